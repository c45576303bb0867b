"""One mechanism for sections: which heading governs a line, for every extractor."""
from __future__ import annotations

import re
import sys

import pytest
import regex

from thaidocx import extract, load_rules
from thaidocx.literal_re import WHITE_SPACE
from thaidocx.normalize import normalize
from thaidocx.sections import blank_elsewhere, find_sections

DOC = """โครงการอบรมแกนนำสุขภาพ
หลักการและเหตุผล
ตำบลนี้มีผู้สูงอายุ 900 คน
วัตถุประสงค์
1. เพื่อพัฒนาศักยภาพแกนนำ
กลุ่มเป้าหมาย
อสม. 40 คน
สถานที่ดำเนินการ ศาลาประชาคมหมู่ที่ 3
ผลการดำเนินงาน
มีผู้เข้าร่วม 38 คน
1. สรุปผล
มีผู้เข้าร่วม 12 คน
2. ข้อสั่งการ
ให้รายงานทุกเดือน
ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา
3.1 สถานการณ์โรค
มีผู้ป่วยสะสม 40 ราย
3.1.1 รายตำบล
ตำบลหนึ่ง 12 ราย
3.2 การตั้งจุดบริการ
ใช้อาสาสมัครรวม 72 คน
ระเบียบวาระที่ 4 เรื่องอื่นๆ
นัดประชุมครั้งหน้า
"""

ROWS = [
    pytest.param("โครงการอบรม", None, id="before-any-heading"),
    pytest.param("ตำบลนี้มี", "background", id="under-background"),
    pytest.param("เพื่อพัฒนา", "objectives", id="numbered-item-under-objectives"),
    pytest.param("อสม. 40", "target", id="under-target"),
    pytest.param("ศาลาประชาคม", "venue", id="inline-heading-governs-its-own-line"),
    pytest.param("มีผู้เข้าร่วม 38", "results", id="under-results"),
    pytest.param("มีผู้เข้าร่วม 12", "results", id="under-numbered-heading"),
    pytest.param("ให้รายงาน", "other", id="unknown-numbered-heading-ends-the-section"),
    pytest.param("มีผู้ป่วยสะสม", "background", id="under-dotted-heading"),
    pytest.param("ตำบลหนึ่ง", "background", id="dotted-sub-item-does-not-end-the-section"),
    pytest.param("ใช้อาสาสมัคร", "other", id="dotted-sibling-ends-the-section"),
    pytest.param("นัดประชุม", "agenda", id="agenda-item-ends-the-section"),
]


@pytest.mark.parametrize("needle,kind", ROWS)
def test_section_kind_at(needle, kind):
    norm = normalize(DOC)
    sections = find_sections(norm, load_rules())
    assert sections.kind_at(norm.text.index(needle)) == kind


MENU = "• หน้าหลัก\n• ข้อมูลพื้นฐาน\n• โครงสร้างส่วนราชการ\n• ติดต่อเรา\n"
MENU_ROWS = [
    pytest.param(MENU + "อบรม อสม. 104 คน\n", "อบรม", None,
                 id="regression-menu-entry-is-no-background-heading-acc11p"),
    pytest.param("• หน้าหลัก\n• ข้อมูลพื้นฐาน\n• ITA 2567\nอบรม อสม. 30 คน\n", "อบรม", "background",
                 id="bulleted-heading-over-a-counted-item-still-heads"),
    pytest.param("• กลุ่มเป้าหมาย\n• อสม. 30 คน\n• ผู้สูงอายุ 50 คน\n", "ผู้สูงอายุ", "target",
                 id="bulleted-heading-opening-its-own-list-heads"),
    pytest.param("• ระยะเวลา มีนาคม\n• กลุ่มเป้าหมาย\n- อสม. 30 คน\n", "อสม.", "target",
                 id="heading-with-differently-bulleted-items-heads"),
    pytest.param("• หน้าหลัก\n• ข้อมูลพื้นฐาน\nเนื้อหา\nตำบลมีประชากร 900 คน\n", "ตำบลมี", "background",
                 id="last-bulleted-line-is-a-heading"),
]


@pytest.mark.parametrize("doc,needle,kind", MENU_ROWS)
def test_menu_entries_open_no_section(doc, needle, kind):
    norm = normalize(doc)
    assert find_sections(norm, load_rules()).kind_at(norm.text.index(needle)) == kind


def test_inline_heading_does_not_govern_the_lines_below():
    norm = normalize("สถานที่ดำเนินการ ศาลาประชาคมหมู่ที่ 3 ตำบลบ้านใหม่ อำเภอเมือง จังหวัดลำปาง\nมีผู้เข้าร่วม 20 คน\n")
    sections = find_sections(norm, load_rules())
    assert sections.kind_at(norm.text.index("มีผู้")) is None


def test_heading_word_inside_a_sentence_is_not_a_heading():
    norm = normalize("เราได้ตั้งเป้าหมายไว้สูง\nมีผู้เข้าร่วม 20 คน\n")
    sections = find_sections(norm, load_rules())
    assert sections.kind_at(norm.text.index("มีผู้")) is None


GLUED_ROWS = [
    pytest.param("สถานการณ์สมมุติคือ รถโดยสารพลิกคว่ำ ลำเลียงผู้บาดเจ็บไปฝึกต่อที่ห้องอุบัติเหตุและฉุกเฉิน\n",
                 None, id="regression-term-glued-to-a-longer-word-in-prose-was-a-heading-acc15m"),
    pytest.param("สถานการณ์โรคไข้เลือดออก\nมีผู้ป่วยสะสม 40 ราย\n", "background",
                 id="short-heading-with-its-term-glued-stays-a-heading"),
    pytest.param("สถานการณ์ ปีที่ผ่านมาพบผู้ป่วยเบาหวานรายใหม่เพิ่มขึ้นทุกปีในตำบลนี้ 40 ราย\n", "background",
                 id="inline-heading-term-before-a-space-stays"),
]


@pytest.mark.parametrize("doc,kind", GLUED_ROWS)
def test_heading_term_glued_to_the_next_word(doc, kind):
    norm = normalize(doc)
    sections = find_sections(norm, load_rules())
    assert sections.kind_at(len(norm.text.split("\n")[0]) - 5) == kind


INSTRUCTION_ROWS = [
    pytest.param("หลักการและเหตุผล (ระบุที่มาของการทำโครงการ)\nจากการตรวจถุงยาผู้สูงอายุ 118 ราย\n", "จากการ",
                 "background", id="regression-heading-with-a-bracketed-instruction-governed-nothing-acc18g"),
    pytest.param("กลุ่มเป้าหมาย (ทำเครื่องหมาย [x] และระบุจำนวน)\n[x] กลุ่มผู้สูงอายุ  จำนวน 40 คน\n", "[x]",
                 "target", id="instruction-with-a-checkbox-sample"),
    pytest.param("วัตถุประสงค์/ตัวชี้วัด (เลือกจากแผนงานสุขภาพของกองทุน ทำเครื่องหมาย ☑ หน้าข้อที่เลือก)\n"
                 "☑ 1. เพื่อให้ อสม. มีความรู้\n", "☑", "objectives", id="long-instruction-after-a-slashed-heading"),
    pytest.param("ผลการดำเนินงาน (ผู้เข้าร่วมโครงการ 120 คน จากเป้าหมาย 150 คน)\nมีผู้เข้าร่วม 20 คน\n", "มีผู้", None,
                 id="bracket-holding-counts-is-content-not-an-instruction"),
    pytest.param("เป้าหมาย 38 คน  (นำใบยินยอมผู้ปกครองมาด้วยทุกคนในวันรับบริการ)\nสตรีอายุ 30 - 60 ปี 50 คน\n", "สตรี",
                 None, id="counted-line-with-a-bracketed-note-stays-inline-acc18l"),
    pytest.param("กิจกรรม รณรงค์กำจัดลูกน้ำยุงลายในหมู่บ้านทุกหลังคาเรือน (ร่วมกับโรงเรียน)\nมีผู้เข้าร่วม 20 คน\n",
                 "มีผู้", None, id="long-line-of-content-before-the-bracket-stays-inline"),
]


MARKDOWN_ROWS = [
    pytest.param("## 📊 ผลลัพธ์\n\n- มาจริง 611 คน\n", "มาจริง", "outcome",
                 id="regression-markdown-heading-after-an-emoji-acc20c"),
    pytest.param("## ทำไมต้องทำ\n- มารดาคลอด 41 ราย\n", "มารดา", "background", id="markdown-heading-why-do-it"),
    pytest.param("# 1 ผลลัพธ์\nมาจริง 611 คน\n", "มาจริง", "outcome", id="markdown-heading-with-a-number"),
    pytest.param("#ผลลัพธ์ดี\nมาจริง 611 คน\n", "มาจริง", None, id="hashtag-is-no-heading"),
]


@pytest.mark.parametrize("doc,needle,kind", MARKDOWN_ROWS)
def test_markdown_heading_governs(doc, needle, kind):
    norm = normalize(doc)
    assert find_sections(norm, load_rules()).kind_at(norm.text.index(needle)) == kind


@pytest.mark.parametrize("doc,needle,kind", INSTRUCTION_ROWS)
def test_heading_with_a_bracketed_instruction_governs(doc, needle, kind):
    norm = normalize(doc)
    assert find_sections(norm, load_rules()).kind_at(norm.text.index(needle)) == kind


def test_empty_text():
    sections = find_sections(normalize(""), load_rules())
    assert sections.kind_at(0) is None


def test_whitespace_class_is_the_regex_modules_on_every_character():
    """literal_re.WHITE_SPACE (sections, parsers) spells out `regex`'s \\s for stdlib re."""
    ours = re.compile(f"[{WHITE_SPACE}]")
    theirs = regex.compile(r"\s")
    assert [c for c in range(sys.maxunicode + 1)
            if bool(ours.match(chr(c))) != bool(theirs.match(chr(c)))] == []


# --- page chrome (kind "elsewhere"): lists of other pages' items on a web page as stored ----

PAGE = """อบต.นาจาน จัดอบรมแกนนำเยาวชนต้านยาเสพติด
โพสต์เมื่อ 9 ส.ค. 2566
วันที่ 8 สิงหาคม 2566 อบต.นาจาน จัดอบรมแกนนำเยาวชน จำนวน 45 คน ณ หอประชุมโรงเรียนบ้านนาจาน งบประมาณ 12,300 บาท โดยมีวิทยากรจากสถานีตำรวจภูธรและโรงพยาบาลส่งเสริมสุขภาพตำบลมาให้ความรู้เรื่องโทษของยาเสพติดและทักษะการปฏิเสธ
ข่าวที่เกี่ยวข้อง
» อบต.นาจาน แจกข้าวสาร 200 ถุง แก่ผู้สูงอายุ 80 คน มูลค่า 60,000 บาท (2 ส.ค. 2566)
กิจกรรมวันแม่ ณ ศาลาวัดโพธิ์ทอง (12 ส.ค. 2566)
ดูข่าวทั้งหมด »
ความคิดเห็น (2)
ผู้ปกครอง : ขอบคุณค่ะ · 10 ส.ค. 2566
เลขที่ 9 หมู่ 1 ตำบลนาจาน
"""

PROSE = "วันที่ 5 มีนาคม 2567 " + "ก" * 200 + "\n"  # a paragraph of article text

CHROME_ROWS = [
    pytest.param(PAGE, "จัดอบรมแกนนำเยาวชน จำนวน", None, id="content-above-the-related-list"),
    pytest.param(PAGE, "ข่าวที่เกี่ยวข้อง", "elsewhere", id="related-news-heading"),
    pytest.param(PAGE, "แจกข้าวสาร", "elsewhere", id="related-item"),
    pytest.param(PAGE, "กิจกรรมวันแม่", "elsewhere",
                 id="related-headline-opening-with-a-heading-term-stays-chrome"),
    pytest.param(PAGE, "ขอบคุณค่ะ", "elsewhere", id="comment-under-comments-with-count"),
    pytest.param(PAGE, "เลขที่ 9", "elsewhere", id="footer-after-the-lists"),
    pytest.param(PROSE + "ข่าวอื่นๆ ที่น่าสนใจ\nมอบทุน 20 ทุน\n", "มอบทุน", "elsewhere",
                 id="qualifier-word-after-the-term"),
    pytest.param(PROSE + "หัวข้อ\n3 comments:\nnice · March 2, 2024\n", "nice", "elsewhere",
                 id="blog-comment-count-heading"),
    pytest.param(PROSE + "โพสต์\nBlog Archive\n► 2023 (11)\n", "► 2023", "elsewhere", id="blog-archive"),
    pytest.param(PROSE + "โครงการอื่นในกองทุนเดียวกัน\n- โครงการหนูน้อย (8,000 บาท)\n", "- โครงการ",
                 "elsewhere", id="other-projects-of-the-fund"),
    pytest.param(PROSE + "โครงการล่าสุดของกองทุน\n› โครงการฟันดี (9,600 บาท)\n", "› โครงการ",
                 "elsewhere", id="latest-projects-of-the-fund"),
    pytest.param(PROSE + "ประกาศอื่น ๆ\n- ประกาศผู้ชนะ ๔๘,๖๐๐ บาท (๒๗ ม.ค. ๒๕๖๘)\n", "- ประกาศผู้ชนะ",
                 "elsewhere", id="other-announcements-of-the-site"),
    pytest.param(PROSE + "4. เรื่องพิจารณา\n4.3 โครงการอื่นๆ\nอนุมัติ 15,000 บาท\n", "อนุมัติ", None,
                 id="numbered-agenda-item-is-content-not-chrome"),
    pytest.param(PROSE + "ความคิดเห็นของผู้เข้าร่วมโครงการ\nพึงพอใจ 40 คน\n", "พึงพอใจ", None,
                 id="comments-heading-with-a-content-tail-is-not-chrome"),
    pytest.param(PROSE + "ข่าวล่าสุด\n- ประชุม อสม. (3 มี.ค. 67)\n", "ประชุม อสม.", "elsewhere",
                 id="latest-news-after-the-article"),
    pytest.param(PROSE * 3 + "ข่าวล่าสุด\n- ประชุม อสม. (3 มี.ค. 67)\n" + PROSE.replace("5", "6"),
                 "วันที่ 6", None,
                 id="chrome-ends-at-a-line-of-prose"),
    pytest.param(PROSE + "ข่าวล่าสุด\n- ประชุม อสม. (3 มี.ค. 67)\nผลการดำเนินงาน\nมีผู้เข้าร่วม 30 คน\n",
                 "มีผู้เข้าร่วม", "results", id="content-heading-ends-the-chrome"),
    pytest.param(PROSE + "ข่าวกิจกรรมล่าสุด\n[08/11/2023] อบรม อสม. 1,850 คน\n", "[08/11", "elsewhere",
                 id="regression-composed-latest-activity-news-acc11x"),
    pytest.param(PROSE + "อัลบั้มภาพกิจกรรมอื่น ๆ\n[๒๔ ภาพ] รณรงค์ ๑๒ ธ.ค. ๖๖\n", "ภาพ] รณรงค์", "elsewhere",
                 id="regression-composed-other-photo-albums-acc11z"),
    pytest.param(PROSE + "ความเห็น (3)\nผู้อ่าน : ดีมาก\n  เมื่อ 4 กรกฎาคม 2566\n", "  เมื่อ", "elsewhere",
                 id="regression-comments-short-word-with-count-acc12a"),
    pytest.param(PROSE + "ความคิดเห็นที่เกี่ยวข้องมากที่สุด\nร้าน : ขอบคุณ 1,000 กว่าคน\n", "ร้าน",
                 "elsewhere", id="regression-most-relevant-comments-acc12b"),
    pytest.param(PROSE + "วิดีโอแนะนำ\n- คลิปรณรงค์ 3 นาที\n", "- คลิป", "elsewhere",
                 id="composed-recommended-videos"),
    pytest.param(PROSE + "ประกาศจัดซื้อจัดจ้างล่าสุด\n• ประกาศผู้ชนะ จัดซื้อทราย 12 ถัง 9,800 บาท (2025-05-08)\n",
                 "• ประกาศผู้ชนะ", "elsewhere", id="regression-latest-procurement-notices-acc13o"),
    pytest.param(PROSE + "ประกาศประกวดราคาอื่น ๆ\n- จ้างซ่อมถนน 48,000 บาท\n", "- จ้างซ่อม", "elsewhere",
                 id="composed-other-bidding-notices"),
    pytest.param(PROSE + "ประกาศจัดซื้อจัดจ้าง\nจ้างเหมาอาหาร 30 คน\n", "จ้างเหมา", None,
                 id="procurement-label-without-a-mark-is-no-chrome"),
    pytest.param(PROSE + "ภาพกิจกรรม\nอสม. 30 คน\n", "อสม.", "photos",
                 id="photo-heading-without-a-mark-stays-photos"),
    pytest.param(PROSE + "ข่าวกิจกรรม\nอสม. 30 คน\n", "อสม.", None,
                 id="category-label-without-a-mark-is-no-chrome"),
    pytest.param(PROSE + "ความเห็น\nอนุมัติ 30 คน\n", "อนุมัติ", None,
                 id="bare-opinion-heading-of-a-form-is-no-chrome"),
    pytest.param(PROSE + "ความคิดเห็น 12 รายการ   แชร์ 9 ครั้ง\nอสม. 30 คน\n", "อสม.", None,
                 id="reaction-counter-line-is-no-chrome-heading"),
    pytest.param(PROSE + "5. กิจกรรมอื่นๆ ที่เกี่ยวข้อง\nอสม. 30 คน\n", "อสม.", None,
                 id="numbered-composed-heading-is-content"),
    pytest.param(PROSE + "ข่าวกิจกรรมล่าสุดของเทศบาลตำบลนาจาน\nอสม. 30 คน\n", "อสม.", None,
                 id="composed-heading-with-a-content-tail-is-no-chrome"),
    pytest.param("หน้าแรก\nข่าวล่าสุด\nติดต่อเรา\nอบต.นาจาน จัดอบรม อสม. 30 คน\nโพสต์เมื่อ 9 ส.ค. 2566\n"
                 + PROSE, "โพสต์เมื่อ", None, id="menu-item-above-the-article-is-not-chrome"),
    # A news head word, a qualifier, then a mark word: the site's own lists.
    pytest.param(PROSE + "ข่าวภารกิจที่เกี่ยวข้อง\n- แจกถุงยังชีพ 300 ชุด (12 พ.ย. 2567)\n", "- แจกถุง",
                 "elsewhere", id="regression-qualified-related-news-heading-acc14a"),
    pytest.param(PROSE + "ข่าวกิจกรรมชมรมที่เกี่ยวข้อง\n• ตรวจตา 40 คน 8,200 บาท\n", "• ตรวจตา",
                 "elsewhere", id="regression-kind-and-qualifier-before-the-mark-acc13v"),
    pytest.param(PROSE + "บทความสุขภาพล่าสุด\n› ลดเค็ม 5 วิธี\n", "› ลดเค็ม", "elsewhere",
                 id="qualified-latest-articles"),
    pytest.param(PROSE + "กิจกรรมชมรมผู้สูงอายุอื่น ๆ\nรำไม้พลอง 30 คน\n", "รำไม้พลอง", "activities",
                 id="activity-head-takes-no-qualifier-content-list-stays"),
    pytest.param(PROSE + "ข่าวภารกิจของผู้ว่าราชการจังหวัดนาจาน\nอสม. 30 คน\n", "อสม.", None,
                 id="news-head-with-a-qualifier-but-no-mark-is-no-chrome"),
    # Comment headings after an emoji.
    pytest.param(PROSE + "💬 ความคิดเห็น (41)\nสมศักดิ์ ป. · 24 พ.ค. 2025\n", "สมศักดิ์", "elsewhere",
                 id="regression-emoji-led-comment-heading-acc14f"),
    pytest.param(PROSE + "🎯 ความคิดเห็นของผู้เข้าร่วม\nพึงพอใจ 40 คน\n", "พึงพอใจ", None,
                 id="emoji-led-comment-heading-with-a-content-tail-stays"),
    # s12 round 3: an abbreviated qualifier, comment boxes, a first item on the heading's line.
    pytest.param(PROSE + "ข่าวภารกิจผู้ว่าฯ อื่น ๆ\n• มอบถุงยังชีพ 120 ครัวเรือน (3 ก.พ. 2568)\n", "• มอบถุง",
                 "elsewhere", id="regression-qualifier-with-abbreviation-and-blank-before-mark-acc14p"),
    pytest.param(PROSE + "ข่าวสสจ. ล่าสุด\n- ประชุม อสม. 40 คน\n", "- ประชุม", "elsewhere",
                 id="qualifier-with-a-dot-before-the-mark"),
    pytest.param(PROSE + "ข่าวภารกิจของผู้ว่าฯ วันนี้\nอสม. 30 คน\n", "อสม.", None,
                 id="qualified-news-head-with-a-blank-but-no-mark-is-no-chrome"),
    pytest.param(PROSE + "แสดงความคิดเห็น\nคนบ้านนา : พระอาจารย์ใจดีมาก\n", "คนบ้านนา", "elsewhere",
                 id="regression-comment-box-heading-acc14t"),
    pytest.param(PROSE + "ร่วมแสดงความคิดเห็น\nผู้อ่าน : ดีครับ 5 ดาว\n", "ผู้อ่าน", "elsewhere",
                 id="join-the-comments-heading"),
    pytest.param(PROSE + "แสดงความคิดเห็นต่อโครงการ\nพึงพอใจ 40 คน\n", "พึงพอใจ", None,
                 id="comment-verb-with-a-content-tail-is-no-chrome"),
    pytest.param(PROSE + "โครงการอื่นๆ ของกองทุน :: โครงการเฝ้าระวังไข้เลือดออก (18,000 บาท)\n", "(18,000",
                 "elsewhere", id="regression-chrome-heading-with-its-first-item-on-the-line-acc14l"),
    pytest.param(PROSE + "ข่าวล่าสุด » อบต.นาจาน แจกข้าวสาร 200 ถุง\n» ประชุม อสม. 30 คน\n", "» ประชุม",
                 "elsewhere", id="inline-chrome-heading-opens-a-section"),
    pytest.param(PROSE + "กิจกรรมอื่น ๆ : ปลูกต้นไม้ 30 คน\nอสม. 40 คน\n", "ปลูกต้นไม้", None,
                 id="form-field-with-a-single-colon-is-content"),
    pytest.param(PROSE + "กิจกรรมอื่น ๆ | 30 คน | 5,000 บาท |\n", "5,000", None,
                 id="table-row-labelled-other-activities-is-content"),
    pytest.param(PROSE + "ความคิดเห็น | ดีมาก 30 คน\n", "ดีมาก", None,
                 id="comment-label-with-a-bar-is-content"),
    pytest.param(PROSE + "4.3 โครงการอื่นๆ :: อนุมัติ 15,000 บาท\n", "อนุมัติ", None,
                 id="numbered-inline-heading-is-content"),
]


@pytest.mark.parametrize("doc,needle,kind", CHROME_ROWS)
def test_page_chrome_section(doc, needle, kind):
    norm = normalize(doc)
    sections = find_sections(norm, load_rules())
    assert sections.kind_at(norm.text.index(needle)) == kind
    inside = any(s <= norm.text.index(needle) < e for s, e in sections.elsewhere)
    assert inside == (kind == "elsewhere")


# Advertisement blocks: a marker line and the lines under it up to a blank or rule line,
# wherever they stand (above the headline too).
_RULE = "─" * 20
AD_ROWS = [
    pytest.param(f"นาจานนิวส์\n{_RULE}\nADVERTISEMENT\nร้านทองนาจาน ค่ากำเหน็จเริ่ม 450 บาท\n{_RULE}\n"
                 "อบต.นาจาน จัดอบรม อสม. 30 คน\n" + PROSE, "ร้านทอง", True,
                 id="regression-ad-block-above-the-headline-acc14c"),
    pytest.param(f"นาจานนิวส์\n{_RULE}\nADVERTISEMENT\nร้านทองนาจาน ค่ากำเหน็จเริ่ม 450 บาท\n{_RULE}\n"
                 "อบต.นาจาน จัดอบรม อสม. 30 คน\n" + PROSE, "อบต.นาจาน", False,
                 id="ad-block-ends-at-a-rule-line"),
    pytest.param(PROSE + "[ โฆษณา ]\n🏠 บ้านนาจานวิลล์ ผ่อนเริ่ม 5,900 บาท/เดือน\n\nนายก อบต. มอบเงิน 9,000 บาท\n",
                 "บ้านนาจาน", True, id="bracketed-ad-marker-inside-the-article"),
    pytest.param(PROSE + "[ โฆษณา ]\n🏠 บ้านนาจานวิลล์ ผ่อนเริ่ม 5,900 บาท/เดือน\n\nนายก อบต. มอบเงิน 9,000 บาท\n",
                 "นายก อบต.", False, id="ad-block-ends-at-a-blank-line"),
    pytest.param(PROSE + "ค่าโฆษณาประชาสัมพันธ์ 2,000 บาท\nค่าอาหาร 3,000 บาท\n", "ค่าอาหาร", False,
                 id="advertising-cost-line-is-no-ad-marker"),
    # A line opening with a bracketed marker is an ad by itself (s12 round 3).
    pytest.param(PROSE + "[ โฆษณา ] ลดหนัก! ตู้เย็น เริ่มต้น 6,990.- ผ่อน 0%\nนายก อบต. มอบเงิน 9,000 บาท\n",
                 "ตู้เย็น", True, id="regression-ad-line-opening-with-a-bracketed-marker-acc14q"),
    pytest.param(PROSE + "[ โฆษณา ] ลดหนัก! ตู้เย็น เริ่มต้น 6,990.- ผ่อน 0%\nนายก อบต. มอบเงิน 9,000 บาท\n",
                 "นายก อบต.", False, id="ad-line-is-only-its-own-line"),
    pytest.param(PROSE + "(โฆษณา) คอนโดใกล้ตลาด ผ่อน 8,000 บาท/เดือน\n", "คอนโด", True,
                 id="ad-line-with-round-brackets"),
    pytest.param(PROSE + "[AD] ประกันสุขภาพ เบี้ย 950 บาท\n", "ประกัน", True, id="ad-line-with-latin-marker"),
    pytest.param(PROSE + "โฆษณาชวนเชื่อเรื่องอาหารเสริม 30 ราย\n", "โฆษณาชวน", False,
                 id="line-opening-with-the-word-unbracketed-is-content"),
    pytest.param(PROSE + "ค่าป้าย (โฆษณา) 1,200 บาท\n", "ค่าป้าย", False,
                 id="bracketed-marker-inside-a-line-is-no-ad"),
]


@pytest.mark.parametrize("doc,needle,inside", AD_ROWS)
def test_advertisement_blocks_are_chrome(doc, needle, inside):
    norm = normalize(doc)
    sections = find_sections(norm, load_rules())
    pos = norm.text.index(needle)
    assert any(s <= pos < e for s, e in sections.elsewhere) == inside


def test_blanking_chrome_keeps_offsets_and_lines():
    norm = normalize(PAGE)
    blanked = blank_elsewhere(norm, find_sections(norm, load_rules()))
    assert len(blanked.text) == len(norm.text)
    assert blanked.text.count("\n") == norm.text.count("\n")
    assert "60,000" not in blanked.text and "12,300" in blanked.text


# Extract level: a page with content and chrome gives only the content's values.
EXTRACT_ROWS = [
    pytest.param("dates", {"2023-08-09", "2023-08-08"}, id="related-and-comment-dates-dropped"),
    pytest.param("money", {12300.0}, id="related-item-amount-dropped"),
    pytest.param("participants", {45}, id="related-item-count-dropped"),
    pytest.param("venues", {"หอประชุมโรงเรียนบ้านนาจาน"}, id="related-item-venue-dropped"),
]


@pytest.mark.parametrize("field,expected", EXTRACT_ROWS)
def test_page_chrome_values_are_not_extracted(field, expected):
    report = extract(PAGE)
    got = {"dates": lambda: {d.value for d in report.dates},
           "money": lambda: {b.amount for b in report.budgets},
           "participants": lambda: {p.count for p in report.participants},
           "venues": lambda: {v.name for v in report.venues}}[field]()
    assert got == expected


def test_page_chrome_evidence_quotes_the_original():
    report = extract(PAGE)
    for b in report.budgets:
        assert PAGE[b.evidence.start:b.evidence.end] == b.evidence.text



def _no_ad_terms(rules):
    return None  # as for a lexicon of another key: no pre-check


@pytest.mark.parametrize("text", [
    "ข่าว\nโฆษณา\nลดราคา 990 บาท\n\nเนื้อหา", "ข่าว\n[ AD ] แอร์ 8,990.-\nเนื้อหา",
    "ไม่มีโฆษณ\nA D\nเนื้อหา", "(Sponsored) ขาย\nต่อ", "",
], ids=["marker-line", "inline-marker", "no-marker", "sponsored", "empty"])
def test_ad_blocks_precheck_changes_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The literal pre-check of the ad markers only skips scans that would find nothing."""
    from thaidocx import section_chrome as S
    rules = load_rules()
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    fast = S.ad_blocks(text, lines, starts, rules)
    monkeypatch.setattr(S, "_ad_terms", _no_ad_terms)
    assert S.ad_blocks(text, lines, starts, rules) == fast
