"""The title past a document's front matter and wrappers (stop 14): front-matter headings, a
label's bracketed gloss, a social page's category-and-place line, a post's album line, a chat
history's export header, a quoted name with its round, an OCR'd โครงการ, an office's receipt
stamp. One row per case, with counter-examples; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import title_of

BODY = ("\nวันที่ 12 มีนาคม 2568 อบต.นาดี ร่วมกับ รพ.สต.บ้านนาดี จัดกิจกรรมให้ความรู้แก่ผู้ปกครอง "
        "จำนวน 40 คน ณ ศาลาประชาคมหมู่ที่ 3 เพื่อให้ผู้ปกครองดูแลสุขภาพเด็กได้ถูกต้องและต่อเนื่อง "
        "โดยมีเจ้าหน้าที่สาธารณสุขเป็นวิทยากรบรรยายและสาธิตการล้างมือที่ถูกวิธีให้ผู้ปกครองทุกคนได้ฝึกปฏิบัติจริง\n")


_title = title_of


TITLES = [
    # s14r1 C-f: front matter names a part of the book, never the title.
    pytest.param("                     บทสรุปสำหรับผู้บริหาร\n     รายงานการประเมินผลโครงการฟันดีวัยเรียน ตำบลนาดี\n\n"
                 "คณะผู้ประเมิน\n" + BODY,
                 "รายงานการประเมินผลโครงการฟันดีวัยเรียน ตำบลนาดี", id="regression-executive-summary-heading-acc17k"),
    pytest.param("Executive Summary\nรายงานผลการประเมินกิจกรรมลดพุงลดโรค อำเภอนาดี\n" + BODY,
                 "รายงานผลการประเมินกิจกรรมลดพุงลดโรค อำเภอนาดี", id="english-front-matter-heading"),
    pytest.param("บทสรุปสำหรับผู้บริหาร (Executive Summary)\nรายงานผลการประเมินกิจกรรมลดพุงลดโรค อำเภอนาดี\n" + BODY,
                 "รายงานผลการประเมินกิจกรรมลดพุงลดโรค อำเภอนาดี", id="front-matter-heading-with-its-gloss"),
    pytest.param("บทสรุปผลการตรวจคัดกรองผู้สูงอายุ ตำบลนาดี ปี 2568\n" + BODY,
                 "บทสรุปผลการตรวจคัดกรองผู้สูงอายุ ตำบลนาดี ปี 2568", id="a-longer-summary-heading-stays"),
    # s14r1 C-g: a label's bracketed Latin gloss is not its value.
    pytest.param("1. ชื่อโครงการ (Project Title)\n   โครงการอบรมแกนนำสุขภาพช่องปาก (Oral Health Leaders) สำหรับ\n"
                 "   ครูพี่เลี้ยงศูนย์พัฒนาเด็กเล็ก อำเภอนาดี\n\n2. ประเภทโครงการ\n" + BODY,
                 "โครงการอบรมแกนนำสุขภาพช่องปาก (Oral Health Leaders) สำหรับ ครูพี่เลี้ยงศูนย์พัฒนาเด็กเล็ก อำเภอนาดี",
                 id="regression-label-gloss-value-on-wrapped-lines-acc17q"),
    pytest.param("ชื่อโครงการ (ภาษาไทย) : โครงการเด็กนาดีฟันดี ปีงบประมาณ 2568\n" + BODY,
                 "โครงการเด็กนาดีฟันดี ปีงบประมาณ 2568", id="label-gloss-value-on-the-same-line"),
    pytest.param("ชื่อโครงการ (ระยะที่ 2) ส่งเสริมสุขภาพผู้สูงอายุ ตำบลนาดี\n" + BODY,
                 "(ระยะที่ 2) ส่งเสริมสุขภาพผู้สูงอายุ ตำบลนาดี", id="a-thai-bracket-is-part-of-the-value"),
    # s14r1 C-d: a page's category and place line; a post's album line names the activity.
    pytest.param("โรงพยาบาลนาดี Nadi Hospital\nถูกใจ 2.1 พัน คน · ผู้ติดตาม 3 พัน คน\n"
                 "โรงพยาบาล · นาดี, ปราจีนบุรี, Thailand 25220\n\n"
                 "โรงพยาบาลนาดี Nadi Hospital ได้เพิ่มรูปภาพใหม่ 12 รูป ในอัลบั้ม: วันเด็กนาดี \"เล่นสนุก สุขภาพดี\" ปี 2568\n"
                 "3 มกราคม 2026 เวลา 10:20 น. · 🌏\n" + BODY,
                 'วันเด็กนาดี "เล่นสนุก สุขภาพดี" ปี 2568', id="regression-page-category-place-line-and-album-acc17b"),
    pytest.param("สำนักงานสาธารณสุขอำเภอนาดี · 25220 ข่าวการอบรมครู\n" + BODY,
                 "สำนักงานสาธารณสุขอำเภอนาดี · 25220 ข่าวการอบรมครู",
                 id="a-dot-line-with-a-postcode-mid-line-is-no-page-place"),
    # s14r1 C-e: a chat history's export header; a quoted name with its round.
    pytest.param("[LINE] ประวัติการแชทกับ รพ.สต.นาดี\nวันที่บันทึก：2025/08/01 20:15\n\n2025/08/01(ศ.)\n"
                 "09:10\tรพ.สต.นาดี\t\"📣 ขอเชิญชวนผู้ปกครองทุกท่าน 📣\n"
                 "รพ.สต.นาดี ชวนเด็กเล็กมาเคลือบฟลูออไรด์\n🦷 \"\"ฟันน้ำนมสวย ยิ้มใส\"\" รุ่นที่ 2 🦷\n" + BODY,
                 "ฟันน้ำนมสวย ยิ้มใส", id="regression-line-chat-export-header-acc17d"),
    pytest.param("\"ปั่นรักษ์สุขภาพ นาดี\" ครั้งที่ 3\n" + BODY,
                 "ปั่นรักษ์สุขภาพ นาดี", id="quoted-name-with-its-round"),
    pytest.param("\"ปั่นรักษ์สุขภาพ\" ชวนชาวนาดีออกกำลังกายทุกเย็น\n" + BODY,
                 "\"ปั่นรักษ์สุขภาพ\" ชวนชาวนาดีออกกำลังกายทุกเย็น", id="quoted-name-in-a-headline-stays-whole"),
    # s14r1 C-i: an office's receipt stamp dates no post; an OCR'd โครงการ (ค read as ด).
    pytest.param("                                  |  รับที่ 532\n                                  |  วันที่ 4 เม.ย. 68\n"
                 "                                  |  เวลา 09.10 น.\n  องค์การบริหารส่วนตำบลนาดี\n"
                 "  อำเภอนาดี จังหวัคปราจีนบุรี 25220\n           รายงานผลการคำเนินงาน\n"
                 " โดรงการป้องกันโรคไข้เลือดออกตำบลนาดี ประจำปีงบประมาณ 2568\n  ________________\n" + BODY,
                 "โดรงการป้องกันโรคไข้เลือดออกตำบลนาดี ประจำปีงบประมาณ 2568",
                 id="regression-receipt-stamp-and-ocr-project-word-acc17r"),
]


@pytest.mark.parametrize("text,title", TITLES)
def test_title_past_front_matter(text, title):
    assert _title(text) == title
