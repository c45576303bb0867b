"""The title on the documents of stop 16: a breadcrumb trail from the home page with a long last
crumb, a widget row (search box, add button), a post's category label row, a record's aligned
field rows and an assessment item's code heading, a news list's day heading, an annex label and
a TOR heading, a newsletter's quoted name under its masthead. One row per case; every text is
written for this table."""
from __future__ import annotations

import pytest

from field_rows import title_of

BODY = ("\n\n          วันนี้ (12 มี.ค. 68) เวลา 09.00 น. ที่หอประชุมอำเภอนาดี นายสมชาย ใจงาม นายอำเภอนาดี "
        "เป็นประธานเปิดการอบรม ผู้ดูแลผู้สูงอายุ จำนวน 60 คน เพื่อให้ผู้ดูแลมีความรู้ในการดูแลผู้สูงอายุที่บ้าน "
        "โดยมีเจ้าหน้าที่สาธารณสุขเป็นวิทยากรบรรยายและสาธิตการพลิกตัวผู้ป่วยติดเตียงให้ผู้ดูแลทุกคนได้ฝึกปฏิบัติจริง\n")
HEADLINE = "อบต.นาดี อบรมผู้ดูแลผู้สูงอายุ 60 คน ฝึกพลิกตัวผู้ป่วยติดเตียง"
PROJECT = "โครงการผู้ดูแลผู้สูงอายุใส่ใจ ตำบลนาดี"

TITLES = [
    pytest.param("Skip to main content\nสำนักงานสาธารณสุขอำเภอนาดี\nNadi District Health Office\nMain menu\nหน้าแรก\n"
                 "ข่าวกิจกรรม\nติดต่อเรา\nSearch\nYou are here\n"
                 "หน้าแรก » ข่าวกิจกรรม » กลุ่มงานส่งเสริมสุขภาพและป้องกันโรค ผู้สูงอายุและผู้พิการ\n\n" + HEADLINE
                 + "\nSubmitted by admin on Tue, 03/11/2025 - 10:05\n" + BODY,
                 HEADLINE, id="regression-home-trail-with-a-long-last-crumb-acc23o"),
    pytest.param("สำนักงานประชาสัมพันธ์จังหวัดนาดี\nหน้าหลัก | ข่าวเด่น | ข่าวส่วนราชการ\nค้นหาข่าว...........  [ค้นหา]\n"
                 "หน้าหลัก › ข่าวส่วนราชการ › สาธารณสุข\n\n" + HEADLINE
                 + "\nโดย ส่วนข่าว   |   12/03/2568 14:37   |   เปิดอ่าน 58 คน\n" + BODY,
                 HEADLINE, id="regression-search-box-row-acc23n"),
    pytest.param("กองทุนสุขภาพตำบล\nกองทุน อบต.นาดี › ติดตามโครงการ › บันทึกการติดตาม\n\n" + PROJECT
                 + "\nระยะเวลา 1 เม.ย. 68 – 31 ส.ค. 68        งบประมาณ 18,900.00\n\n"
                 "บันทึกการติดตาม (3 ครั้ง)                     [+ เพิ่มบันทึกการติดตาม]\n" + BODY,
                 PROJECT, id="regression-list-heading-with-an-add-button-acc23j"),
    pytest.param("ธนาคารนาดี  NADI BANK\nหน้าหลัก / ความยั่งยืน / ข่าวสารและกิจกรรม\n\nประเภท : ความรับผิดชอบต่อสังคม (CSR)\n"
                 "วันที่เผยแพร่ 21.11.2025\n\nธนาคารนาดี มอบเครื่องพลิกตัวผู้ป่วยติดเตียง\nให้ อบต.นาดี 12 เครื่อง มูลค่า 480,000 บาท\n" + BODY,
                 "ธนาคารนาดี มอบเครื่องพลิกตัวผู้ป่วยติดเตียง ให้ อบต.นาดี 12 เครื่อง มูลค่า 480,000 บาท",
                 id="regression-category-label-row-and-a-two-line-headline-acc24c"),
    pytest.param("องค์การบริหารส่วนตำบลนาดี  อำเภอนาดี  จังหวัดปราจีนบุรี\nITA 2568  >  ตัวชี้วัดที่ 9  >  O14 รายงานผล\n\n"
                 "O14  รายงานผลการดำเนินงาน\n--------------------\nรายละเอียดข้อมูล        : รายงานผลการดำเนินงาน" + PROJECT + "\n"
                 "ข้อมูล ณ วันที่           : 30 กันยายน 2568\nวันที่เผยแพร่             : 14 ต.ค. 2568\n--------------------\n\n"
                 "รายงานผลการดำเนินงาน\n" + PROJECT + "\nประจำปีงบประมาณ พ.ศ. 2568\n" + BODY,
                 PROJECT, id="regression-assessment-item-heading-and-record-rows-acc23e"),
    pytest.param("จังหวัดนาดี  NADI PROVINCE\nหน้าแรก  ข้อมูลจังหวัด  ข่าวจังหวัด  ติดต่อเรา\nข่าวจังหวัด\n"
                 "ข่าวประจำวันที่ 19 กุมภาพันธ์ พ.ศ. 2569\n" + HEADLINE + "\n" + BODY,
                 HEADLINE, id="regression-news-day-heading-over-the-headline-acc23q"),
    pytest.param("                                        เอกสารแนบท้ายประกาศเทศบาลตำบลนาดี\n"
                 "                                        ลงวันที่ 4 พฤศจิกายน 2568\n"
                 "              ขอบเขตของงาน (Terms of Reference : TOR)\n"
                 "      จ้างเหมาบริการจัดอบรมผู้ดูแลผู้สูงอายุ\n          " + PROJECT + "\n1. ความเป็นมา\n" + BODY,
                 PROJECT, id="regression-annex-label-and-tor-heading-acc23w"),
    pytest.param("จดหมายข่าวอิเล็กทรอนิกส์ (E-Newsletter)\n\"นาดีสุขภาพดี\"\nเทศบาลตำบลนาดี อำเภอนาดี จังหวัดปราจีนบุรี\n"
                 "ปีที่ 3  ฉบับที่ 5  ประจำเดือนพฤษภาคม 2568\n==========\n\nเรื่องจากปก\n" + HEADLINE + "\n" + BODY,
                 HEADLINE, id="regression-newsletter-name-under-its-masthead-acc23c"),
    # Counter-examples: these look alike and stay as they are.
    pytest.param("หน้าแรก | ข่าว | ติดต่อ\n\n\"นาดีสุขภาพดี\" ครั้งที่ 2\n" + BODY,
                 "นาดีสุขภาพดี", id="a-quoted-name-under-a-menu-is-still-the-title"),
    pytest.param("หน้าแรก | ข่าว | ติดต่อ\n\nรายงาน : " + PROJECT + "\n" + BODY,
                 "รายงาน : " + PROJECT, id="a-label-row-naming-a-project-stays-as-it-was"),
    pytest.param("หน้าแรก | ข่าว | ติดต่อ\n\nสรุปอบรม 3 วัน : ฟังให้มาก แล้วคนไข้จะเปลี่ยนเอง\n" + BODY,
                 "สรุปอบรม 3 วัน : ฟังให้มาก แล้วคนไข้จะเปลี่ยนเอง", id="a-headline-with-its-own-colon-is-no-record-row"),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_title(text: str, expected: str | None) -> None:
    assert title_of(text) == expected
