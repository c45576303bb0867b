"""Page chrome told by single lines (parse/page_lines.py) and a chrome heading over a column
label (sections.py): which text is blanked as another page's. One row per case; every text is
written for this table."""
from __future__ import annotations

import pytest

from field_rows import is_chrome
from thaidocx import extract

PROSE = "วันที่ 5 มีนาคม 2567 " + "ก" * 200 + "\n"  # a paragraph of article text
TOP = "อบต.นาจาน มอบเบี้ยยังชีพผู้สูงอายุ\n"  # a headline over the prose


_chrome = is_chrome
SIGNED = ("ความคิดเห็น (2)\n  นางพรทิพย์ ชาวดอน  พี่เลี้ยงโครงการ · 28 ม.ค. 68 08:12\n"
          "    ผลตรวจกลุ่มเสี่ยง 15 คน ควรส่งพบแพทย์ค่ะ\n  somphong_dw · 28 ม.ค. 68 19:40\n    รับทราบครับ\n")


ROWS = [
    # C-a: links to the neighbour pages name other pages.
    pytest.param(TOP + PROSE + "◄ ข่าวก่อนหน้า : มอบเบี้ยความพิการ ประจำเดือนกรกฎาคม 2568 (1,000 บาท/คน/เดือน)\n",
                 "มอบเบี้ยความพิการ", True, id="regression-previous-news-link-acc15e"),
    pytest.param(TOP + PROSE + "► ข่าวถัดไป : รับสมัครผู้ดูแล รุ่นที่ 2\nนายก อบต. มอบเงิน 9,000 บาท\n",
                 "นายก อบต.", False, id="link-is-its-own-line-only"),
    pytest.param(TOP + PROSE + "บทความถัดไป: อบรม อสม. 30 คน\n", "อบรม อสม.", True,
                 id="next-article-label-with-a-colon"),
    pytest.param(TOP + PROSE + "« Previous Post  ตรวจสุขภาพผู้สูงอายุ 12 มี.ค. 2567\n", "ตรวจสุขภาพ", True,
                 id="latin-label-after-an-arrow"),
    pytest.param(TOP + PROSE + "ก่อนหน้านี้ รพ.สต. ตรวจคัดกรองไปแล้ว 120 คน\n", "ตรวจคัดกรอง", False,
                 id="sentence-opening-with-before-this-is-content"),
    pytest.param(TOP + PROSE + "ถัดไปเป็นการบรรยาย 2 ชั่วโมง\n", "การบรรยาย", False,
                 id="sentence-opening-with-next-is-content"),
    pytest.param(TOP + PROSE + "Next year we plan 3 more camps\n", "we plan", False,
                 id="english-sentence-opening-with-next-is-content"),
    # C-f: a sponsored line with its marker and a colon.
    pytest.param(TOP + PROSE + "📢 Sponsored : ประกันอุบัติเหตุ 500,000 บาท  >> สมัครเลย\nนายก อบต. มอบเงิน\n",
                 "ประกันอุบัติเหตุ", True, id="regression-sponsored-line-acc15m"),
    pytest.param(TOP + PROSE + "📢 Sponsored : ประกันอุบัติเหตุ 500,000 บาท\nนายก อบต. มอบเงิน\n",
                 "นายก อบต.", False, id="sponsored-line-is-its-own-line-only"),
    pytest.param(TOP + PROSE + "\nผลิตภัณฑ์แนะนำ\n  สินเชื่อเกษตรกร วงเงิน 300,000 บาท\n\nนายก อบต. มอบเงิน\n",
                 "สินเชื่อ", True, id="regression-product-sidebar-is-an-ad-block-acc15o"),
    # C-d: readers' comments under a comment counter closing a post's line.
    pytest.param(TOP + PROSE + "ป้ายกำกับ: อบรม    |    💬 3 ความคิดเห็น\n\nครูแดง  7 ก.ย. 68 เวลา 21:40\n"
                 "  ไว้มาสอนที่โรงเรียนบ้างนะคะ\n", "ครูแดง", True,
                 id="regression-comments-under-a-blogger-counter-acc15p"),
    pytest.param(TOP + "โพสต์เมื่อ 5 มี.ค. 2567 | 💬 3 ความคิดเห็น\nวันนี้ อสม. 30 คน ร่วมกิจกรรม\n" + PROSE,
                 "อสม. 30", False, id="counter-on-the-post-line-above-the-article-opens-nothing"),
    pytest.param(TOP + PROSE + "มีผู้ให้ข้อเสนอแนะ 12 ความคิดเห็น\nอสม. 30 คน\n", "อสม. 30", False,
                 id="count-of-opinions-inside-a-sentence-is-content"),
    pytest.param(TOP + PROSE + "💬 2 ความคิดเห็น\nต้อม : ดีมากครับ\n" + PROSE, "วันที่ 5", False,
                 id="comments-under-a-counter-end-at-prose"),
    # C-e: partner-content headings.
    pytest.param(TOP + PROSE + "เนื้อหาเพิ่มเติมจากพันธมิตรของเรา\n • ลอตเตอรี่ รางวัลที่ 1 รับ 6 ล้านบาท — หวยทูเดย์ • 3 ชม.\n",
                 "ลอตเตอรี่", True, id="regression-partner-content-heading-acc15n"),
    # C-c: a record's footer line below a comments list is the record's.
    pytest.param(TOP + PROSE + "ร่วมแสดงความคิดเห็น (0)\n  กรุณาเข้าสู่ระบบ\nปรับปรุงข้อมูลเมื่อ 18 ต.ค. 2567   ผู้เข้าชม 96 คน\n",
                 "18 ต.ค.", False, id="regression-record-footer-date-after-comments-acc15j"),
    pytest.param(TOP + PROSE + "ร่วมแสดงความคิดเห็น (0)\n  กรุณาเข้าสู่ระบบ\nปรับปรุงข้อมูลเมื่อ 18 ต.ค. 2567   ผู้เข้าชม 96 คน\n",
                 "ผู้เข้าชม 96", True, id="record-footer-view-count-stays-chrome"),
    pytest.param(TOP + PROSE + "💬 ความคิดเห็น (2)\n  yaowa_ph · 13/02/2568 08:30\n    อัปเดตล่าสุด 12 ก.พ. 2568 ค่ะ\n",
                 "อัปเดตล่าสุด 12", True, id="indented-update-word-inside-a-comment-stays-chrome"),
    pytest.param(TOP + PROSE + "ความคิดเห็น (1)\nต้อม : ดีมาก\n\nโรงพยาบาลนาแก อำเภอนาแก จังหวัดนครพนม 48130   โทร 0-4257-0000\n",
                 "จังหวัดนครพนม", False, id="site-footer-address-line-stays-the-pages"),
    # C-b: a chrome heading over its list's column label after a wide gap.
    pytest.param(TOP + PROSE + "ข่าวกิจกรรมอื่น ๆ                                   อ่าน\n"
                 " · รณรงค์ฉีดวัคซีน HPV (20 ก.พ. 68)      311\n", "รณรงค์", True,
                 id="regression-chrome-heading-over-a-column-label-acc15f"),
    pytest.param(TOP + PROSE + "ความคิดเห็น                           ดีมาก\nอสม. 30 คน\n", "อสม. 30", False,
                 id="form-row-with-a-comment-label-and-a-value-is-content"),
    # s13r2 C-b / C-c: a social page's comments, under a word-first counter or closed by their action bar.
    pytest.param(TOP + PROSE + "👍 214        ความคิดเห็น 23 รายการ   แชร์ 17 ครั้ง\nถูกใจ   แชร์\n\nKanya Tour\n"
                 "โปรทัวร์ คนละ 1,290 บาท\n", "โปรทัวร์", True, id="regression-comments-under-a-facebook-reactions-bar-acc15y"),
    pytest.param(TOP + PROSE + "ความคิดเห็น 87 รายการ        ≡ เรียงตาม\n\n@somsri  6 วันที่ผ่านมา\nคิดถึงบ้าน\n",
                 "คิดถึงบ้าน", True, id="counter-at-a-line-start-with-a-sort-button-acc16d"),
    pytest.param(TOP + PROSE + "สรุปความคิดเห็น 23 รายการ ส่วนใหญ่พอใจ\nอสม. 30 คน\n", "อสม. 30", False,
                 id="count-of-opinions-in-a-summary-sentence-is-content"),
    pytest.param(TOP + "วันนี้ อสม. 30 คน\n\nKanya Tour เกาะคา\nโปรทัวร์ คนละ 1,290 บาท\n3 ชม.   ถูกใจ   ตอบกลับ\n",
                 "โปรทัวร์", True, id="regression-spam-comment-closed-by-its-action-bar-acc15y"),
    pytest.param(TOP + "วันนี้ อสม. 30 คน\n\n@Taweesak  5 วันที่ผ่านมา\nที่ อบต.ผมก็ทำ\n👍 3   👎   ตอบกลับ\n",
                 "อบต.ผม", True, id="regression-youtube-comment-closed-by-its-bar-acc16d"),
    pytest.param(TOP + "วันนี้ อสม. 30 คน\n\nบุญมี\nขอบคุณค่ะ\nถูกใจ · ตอบกลับ · 1 ชม.\n", "วันนี้ อสม.", False,
                 id="comment-block-stops-at-the-blank-line-above-it"),
    pytest.param("เทศบาลตำบลบ้านแฮด\n" + PROSE + "บุญมี\nขอบคุณค่ะ\nถูกใจ · ตอบกลับ · 1 ชม.\n  เทศบาลตำบลบ้านแฮด\n"
                 "  รอบต่อไป 5 เม.ย. 68\n  ถูกใจ · ตอบกลับ · 1 ชม.\n", "รอบต่อไป", False,
                 id="the-pages-own-reply-is-the-pages-web09"),
    # s15r1b R-c: the page's own reply with no action bar under it (the next commenter follows).
    pytest.param("รพ.สต.บ้านดอนแก้ว\n" + PROSE + "ความคิดเห็น 12 รายการ\nป้าแดง\n   ปีหน้าจัดอีกไหมคะ\n"
                 "   1 วัน   ตอบกลับ\n   ↳ รพ.สต.บ้านดอนแก้ว  ผู้เขียน\n        รอบหน้าประมาณ มี.ค. 69 ค่ะ\n"
                 "ลุงสม\n   ขอบคุณครับ 100 บาท\n", "รอบหน้า", False,
                 id="regression-pages-reply-without-a-bar-acc17b"),
    pytest.param("รพ.สต.บ้านดอนแก้ว\n" + PROSE + "ความคิดเห็น 12 รายการ\nป้าแดง\n   ปีหน้าจัดอีกไหมคะ\n"
                 "   1 วัน   ตอบกลับ\n   ↳ รพ.สต.บ้านดอนแก้ว  ผู้เขียน\n        รอบหน้าประมาณ มี.ค. 69 ค่ะ\n"
                 "ลุงสม\n   ขอบคุณครับ 100 บาท\n", "ลุงสม", True,
                 id="the-next-commenter-after-a-pages-reply-stays-chrome"),
    pytest.param("รพ.สต.บ้านดอนแก้ว\n" + PROSE + "ความคิดเห็น 12 รายการ\nป้าแดง\n   ปีหน้าจัดอีกไหมคะ\n"
                 "   1 วัน   ตอบกลับ\n   ↳ ร้านแว่นดอนแก้ว\n        ลดราคา 1 มี.ค. 69 ค่ะ\n", "ลดราคา", True,
                 id="another-accounts-marked-reply-stays-chrome"),
    pytest.param(TOP + PROSE + "ถูกใจ   แสดงความคิดเห็น   แชร์\nอสม. 30 คน\n", "อสม. 30", False,
                 id="a-posts-own-bar-without-a-reply-button-closes-no-comment"),
    # s13r2 C-a: a video page's shopping shelf and its next-video list.
    pytest.param(TOP + PROSE + "\n🛍 สินค้าในวิดีโอ\n  เครื่องวัดความเค็ม   ฿890.00   Shopee\n\nอสม. 30 คน\n",
                 "฿890", True, id="regression-video-shopping-shelf-acc16d"),
    pytest.param(TOP + PROSE + "\n🛍 สินค้าในวิดีโอ\n  เครื่องวัดความเค็ม   ฿890.00   Shopee\n\nอสม. 30 คน\n",
                 "อสม. 30", False, id="shopping-shelf-ends-at-a-blank-line"),
    # s13r3 C-a: a news ticker lists other notices.
    pytest.param(TOP + "▶ ข่าววิ่ง :  ขอเชิญชำระภาษี ภายใน 30 ก.ย. 2568  ||  งดจ่ายน้ำ 12 ก.ค. 68\n" + PROSE,
                 "ขอเชิญชำระภาษี", True, id="regression-news-ticker-line-acc16e"),
    pytest.param(TOP + "▶ ข่าววิ่ง :  ขอเชิญชำระภาษี ภายใน 30 ก.ย. 2568\nวันนี้ อสม. 30 คน\n" + PROSE,
                 "วันนี้ อสม.", False, id="news-ticker-is-its-own-line-only"),
    pytest.param(TOP + PROSE + "ประกาศด่วน : ปิดถนนสายหลัก 3 ก.ค. 68  ||  รับสมัคร อสม. 12 อัตรา\n",
                 "ปิดถนน", True, id="urgent-label-over-bar-joined-notices-is-a-ticker"),
    pytest.param("ข่าวด่วน : วันนี้ 10 มิ.ย. 68 สสอ. จัดอบรม อสม. 30 คน\n" + PROSE,
                 "วันนี้ 10", False, id="urgent-label-opening-the-article-itself-is-content"),
    pytest.param(TOP + PROSE + "ข่าววิ่งเล่นในสวน 30 คน\n", "ข่าววิ่งเล่น", False,
                 id="ticker-word-inside-a-sentence-is-content"),
    # s13r3 C-d: a blog's about-the-author line below the comments is the page's own.
    pytest.param(TOP + PROSE + "ความคิดเห็น (2)\n  ต้อม — 20 พ.ย. 68\n    ดีมากครับ\n\n"
                 "เกี่ยวกับผม : นายสมหมาย ใจดี สาธารณสุขอำเภอนาดี เขียนบล็อกนี้ไว้จดงาน\n", "นายสมหมาย", False,
                 id="regression-about-the-author-line-below-comments-acc16m"),
    pytest.param(TOP + PROSE + "ความคิดเห็น (2)\n  ต้อม — 20 พ.ย. 68\n    เกี่ยวกับผมนะ ขอบคุณครับ 500 บาท\n",
                 "500 บาท", True, id="about-me-words-inside-a-comment-stay-chrome"),
    # s13r3 C-b: a news chrome heading with a spaced, dotted qualifier.
    pytest.param(TOP + PROSE + "ข่าว รพ.สต.ถ่ายโอน อื่นๆ\n› รพ.สต.บ้านหว้า ตรวจคัดกรอง 120 ราย  [30 มิ.ย. 2568]\n",
                 "บ้านหว้า", True, id="regression-spaced-qualifier-news-heading-acc16f"),
    pytest.param(TOP + PROSE + "ข่าว รพ.สต. แจ้งว่ามีผู้ป่วยรายใหม่ 3 ราย และยังรอผลรายอื่น ๆ อีก\nอสม. 30 คน\n",
                 "อสม. 30", False, id="long-news-sentence-ending-in-other-is-content"),
    pytest.param(TOP + PROSE + "วิดีโอถัดไป\n▶ ทำยาหม่องขาย 35 บาท EP.2     6:58   การดู 5.2K ครั้ง\n",
                 "ยาหม่อง", True, id="regression-next-video-list-acc16d"),
    # s14r1 C-b: an ad labelled between runs of rule characters.
    pytest.param(TOP + PROSE + "━━━━━━━━  โฆษณา  ━━━━━━━━\nประกันอุบัติเหตุ จ่ายวันละ 7 บาท  [ ดูเพิ่ม ]\n"
                 "━━━━━━━━━━━━━━━━━━━━\n" + PROSE, "จ่ายวันละ", True, id="regression-ruled-ad-block-acc17a"),
    pytest.param(TOP + PROSE + "━━━━━━━━  โฆษณา  ━━━━━━━━\nประกันอุบัติเหตุ จ่ายวันละ 7 บาท\n"
                 "━━━━━━━━━━━━━━━━━━━━\nมอบถุงยังชีพ 50 ชุด ชุดละ 300 บาท\n", "มอบถุงยังชีพ", False,
                 id="ruled-ad-block-ends-at-its-closing-rule"),
    pytest.param(TOP + PROSE + "——— โฆษณา ———  ร้านแว่นนาจาน แว่นคู่ละ 890.-  โทร 04x\n" + PROSE,
                 "แว่นคู่ละ", True, id="regression-ruled-ad-label-inline-acc17e"),
    pytest.param(TOP + PROSE + "——— ค่าใช้จ่าย ———  ค่าอาหาร 40 คน 2,000 บาท\n", "ค่าอาหาร", False,
                 id="ruled-content-label-is-no-ad"),
    # s14r1 C-a: a blog's comment timestamps and sidebar widgets (recent posts, archive, comment form).
    pytest.param(TOP + PROSE + "  ลุงมา หมู่ 2\n  6 มีนาคม 2026 at 19:40\n  ขอบคุณครับ\n", "6 มีนาคม", True,
                 id="regression-comment-timestamp-with-at-acc17f"),
    pytest.param(TOP + PROSE + "  ลุงมา หมู่ 2\n  6 มีนาคม 2026 at 19:40\n  ขอบคุณครับ\n", "ขอบคุณ", False,
                 id="comment-text-under-its-timestamp-stays"),
    pytest.param(TOP + PROSE + "ประชุมวันที่ 6 มีนาคม 2026 เวลา 19:40 น. ที่ศาลา\n", "ประชุมวันที่", False,
                 id="a-date-and-time-in-a-sentence-is-content"),
    pytest.param(TOP + PROSE + "แสดงความเห็น\nชื่อ *   อีเมล *\n\nเรื่องล่าสุด\n  อบรม อสม. ขายลูกละ 35 บาท\n"
                 "คลังเก็บ\n  มีนาคม 2026 (2)\n", "ขายลูกละ", True, id="regression-blog-sidebar-recent-posts-acc17f"),
    pytest.param(TOP + PROSE + "แสดงความเห็น\nชื่อ *   อีเมล *\n\nเรื่องล่าสุด\n  อบรม อสม. ขายลูกละ 35 บาท\n"
                 "คลังเก็บ\n  มีนาคม 2026 (2)\n", "มีนาคม 2026 (2)", True, id="blog-sidebar-archive-months"),
    # s16r0 FD: a comment signed by a titled person with a post (a fund's mentor, a committee member)
    # keeps its header line (writer, post, day); its text and anonymous readers' comments stay chrome.
    pytest.param(TOP + PROSE + SIGNED, "พี่เลี้ยงโครงการ", False, id="regression-mentor-comment-header-acc21g"),
    pytest.param(TOP + PROSE + SIGNED, "กลุ่มเสี่ยง 15 คน", True, id="signed-comment-text-stays-chrome"),
    pytest.param(TOP + PROSE + SIGNED, "somphong_dw", True, id="user-handle-comment-stays-chrome"),
    pytest.param(TOP + PROSE + "ความคิดเห็น (3)\n  ▸ นายมาหามะ ลาเต๊ะ กรรมการกองทุนฯ — 24 ม.ค. 2568 16:20\n"
                 "    ขอให้ตัดค่าอาหารออกครับ\n", "นายมาหามะ", False,
                 id="regression-committee-member-comment-header-with-a-dash-acc21l"),
    pytest.param(TOP + PROSE + "ความคิดเห็น (1)\n  นายสมชาย ใจดี · 24 ม.ค. 2568 16:20\n    ดีมากครับ\n",
                 "นายสมชาย", True, id="titled-reader-without-a-post-stays-chrome"),
    pytest.param(TOP + PROSE + "ความคิดเห็น (1)\n  ป้าแดง อสม. · 24 ม.ค. 2568\n    ดีมากค่ะ\n",
                 "ป้าแดง", True, id="untitled-reader-with-a-post-stays-chrome"),
    pytest.param(TOP + PROSE + "ความคิดเห็น (1)\n  นางพรทิพย์ ชาวดอน พี่เลี้ยงโครงการ มาช่วยงานครับ\n",
                 "พี่เลี้ยงโครงการ", True, id="titled-post-in-comment-text-without-a-stamp-stays-chrome"),
]


@pytest.mark.parametrize("doc,needle,inside", ROWS)
def test_page_lines(doc, needle, inside):
    assert _chrome(doc, needle) == inside


def test_signed_comment_header_gives_the_person_and_the_day():
    report = extract(TOP + PROSE + SIGNED)
    assert [(o.title, o.name, o.position) for o in report.officials] == [("นาง", "พรทิพย์ ชาวดอน", "พี่เลี้ยงโครงการ")]
    assert "2025-01-28" in {d.value for d in report.dates}
    assert 15 not in {p.count for p in report.participants}


def test_previous_news_amount_and_date_are_not_extracted():
    report = extract(TOP + PROSE + "◄ ข่าวก่อนหน้า : มอบเบี้ยความพิการ ประจำเดือนกรกฎาคม 2568 (1,000 บาท/คน/เดือน)\n")
    assert 1000.0 not in {b.amount for b in report.budgets}
    assert not any(d.value.startswith("2025-07") for d in report.dates)
