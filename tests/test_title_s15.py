"""The title on the documents of stop 15, round 1: a sentence opening with โครงการ + a verb, a
quoted name after แบบเสนอโครงการ, a report's genre label, a form's code and page marker, a news
category label over a wrapped headline, a radio station's masthead and a request form's type
over form field rows, a place-and-date dateline, a file name, a forum tag, a channel name with
its verified badge. One row per case; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import title_of

BODY = ("\n\n          วันนี้ (12 มี.ค. 68) เวลา 09.00 น. ที่หอประชุมอำเภอนาดี นายสมชาย ใจงาม นายอำเภอนาดี "
        "เป็นประธานเปิดการอบรม ผู้ดูแลผู้สูงอายุ จำนวน 60 คน เพื่อให้ผู้ดูแลมีความรู้ในการดูแลผู้สูงอายุที่บ้าน "
        "โดยมีเจ้าหน้าที่สาธารณสุขเป็นวิทยากรบรรยายและสาธิตการพลิกตัวผู้ป่วยติดเตียงให้ผู้ดูแลทุกคนได้ฝึกปฏิบัติจริง\n")
MEMO = ("บันทึกข้อความ\nส่วนราชการ  กองสาธารณสุข อบต.นาดี\nที่  นด 0032/ 88          วันที่  3 มีนาคม 2568\n"
        "เรื่อง  ขออนุมัติโครงการและงบประมาณจากกองทุนหลักประกันสุขภาพ อบต.นาดี\nเรียน  นายก อบต.นาดี\n\n")


_title = title_of


TITLES = [
    # T-a: โครงการ + a verb opens a sentence; the quoted name after แบบเสนอโครงการ is the name.
    pytest.param(MEMO + "        ตามที่ ชมรมผู้สูงอายุ ได้ยื่นแบบเสนอโครงการ \"ยิ้มใสวัยเก๋า\" ปี 2568 เพื่อขอรับการสนับสนุน\n"
                 "งบประมาณ นั้น  โครงการมีวัตถุประสงค์ (1) เพื่อตรวจฟันผู้สูงอายุ\n",
                 "โครงการ \"ยิ้มใสวัยเก๋า\"", id="regression-quoted-name-after-a-proposal-form-word-acc19b"),
    pytest.param(MEMO + "        ตามที่ ชมรมผู้สูงอายุ ได้ยื่นคำขอรับทุน  โครงการมีวัตถุประสงค์ (1) เพื่อตรวจฟันผู้สูงอายุ\n",
                 "ขออนุมัติโครงการและงบประมาณจากกองทุนหลักประกันสุขภาพ อบต.นาดี",
                 id="khrongkan-mi-watthuprasong-is-no-name"),
    pytest.param("ข่าวสาร อบต.นาดี\n\nเมื่อวันที่ 3 มี.ค. 68 อบต.นาดี จัดประชุมชี้แจง\n"
                 "โครงการมีระยะเวลา 24 เดือน ตั้งแต่เดือนกุมภาพันธ์ 2568 งบประมาณรวม 80,000 บาท\n",
                 None, id="regression-heading-line-opening-khrongkan-mi-rayawela-is-a-sentence-acc19k"),
    pytest.param("โครงการมีสุขวัยเก๋า ตำบลนาดี ปีงบประมาณ 2568\n\nวัตถุประสงค์\n1. เพื่อส่งเสริมสุขภาพ\n",
                 "โครงการมีสุขวัยเก๋า ตำบลนาดี ปีงบประมาณ 2568", id="khrongkan-mi-in-a-name-stays"),
    # T-b: a report's genre label over its title.
    pytest.param("                       รายงานสอบสวนโรคฉบับสมบูรณ์ (Final report)\n"
                 "  การสอบสวนการระบาดของโรคไข้เลือดออก บ้านนาดี ตำบลนาดี\n\nบทคัดย่อ\n     วันที่ 3 มีนาคม 2568 ทีม SRRT ได้รับแจ้ง\n",
                 "การสอบสวนการระบาดของโรคไข้เลือดออก บ้านนาดี ตำบลนาดี", id="regression-genre-label-over-the-title-acc19n"),
    pytest.param("Final report\nการประเมินผลโครงการคัดกรองสายตาผู้สูงอายุ อำเภอนาดี\n\nบทคัดย่อ\n",
                 "การประเมินผลโครงการคัดกรองสายตาผู้สูงอายุ อำเภอนาดี", id="english-genre-label-alone"),
    # T-c: a form's code and page marker.
    pytest.param("แบบ LTC-03                                             หน้า 1/2\n"
                 "          แผนการดูแลรายบุคคล (Care Plan) สำหรับผู้สูงอายุที่มีภาวะพึ่งพิง\n\nหน่วยบริการ : รพ.สต.นาดี\n",
                 "แผนการดูแลรายบุคคล (Care Plan) สำหรับผู้สูงอายุที่มีภาวะพึ่งพิง", id="regression-form-code-and-page-line-acc19p"),
    pytest.param("Form HS-2    Page 1 of 3\nรายงานการตรวจสุขาภิบาลอาหาร ร้านอาหารตำบลนาดี ประจำเดือนมีนาคม\n\n",
                 "รายงานการตรวจสุขาภิบาลอาหาร ร้านอาหารตำบลนาดี ประจำเดือนมีนาคม", id="english-form-code-and-page"),
    # T-d: a news category label above a headline wrapped over two lines.
    pytest.param("สำนักงานประชาสัมพันธ์จังหวัดนาดี\nหน้าหลัก | ข่าวจังหวัด | ติดต่อเรา\n\nหมวดข่าว : สังคม / สาธารณสุข\n"
                 "สสจ.นาดี ผนึกท้องถิ่น สอนเด็กว่ายน้ำก่อนปิดเทอมใหญ่\nตั้งเป้าปีนี้ไม่มีเด็กจมน้ำ\n"
                 "วันที่ลงข่าว : 19 มี.ค. 2568   เวลา : 15:48 น.   |   อ่าน 97 ครั้ง\n" + BODY,
                 "สสจ.นาดี ผนึกท้องถิ่น สอนเด็กว่ายน้ำก่อนปิดเทอมใหญ่ ตั้งเป้าปีนี้ไม่มีเด็กจมน้ำ",
                 id="regression-category-label-over-a-wrapped-headline-acc19h"),
    pytest.param("สำนักงานประชาสัมพันธ์จังหวัดนาดี\nหน้าหลัก | ข่าวจังหวัด | ติดต่อเรา\n"
                 "สสจ.นาดี ผนึกท้องถิ่น สอนเด็กว่ายน้ำก่อนปิดเทอมใหญ่\nตั้งเป้าปีนี้ไม่มีเด็กจมน้ำ\n"
                 "วันที่ลงข่าว : 19 มี.ค. 2568   เวลา : 15:48 น.   |   อ่าน 97 ครั้ง\n" + BODY,
                 "ตั้งเป้าปีนี้ไม่มีเด็กจมน้ำ", id="menu-line-above-still-no-wrap"),
    # T-e: a radio station's masthead and a request form's type over the form's field rows.
    pytest.param("สถานีวิทยุชุมชน \"คนนาดี\" FM 99.25 MHz\nแบบขอความอนุเคราะห์ออกอากาศสปอตประชาสัมพันธ์\n-----------\n"
                 "วันที่ยื่นคำขอ : 26 ก.พ. 2568\nหน่วยงานที่ขอ : รพ.สต.นาดี อำเภอนาดี\nชื่อสปอต : ชวนตรวจสายตากันเถอะ\n"
                 "-----------\n\n(SFX : เสียงระฆัง แล้วลดลงเป็นพื้น)\n\nผู้ประกาศ :  ขอเชิญร่วมโครงการคัดกรองสายตาผู้สูงอายุ ตำบลนาดี ปี 2568\n"
                 "             ในวันเสาร์ที่ 8 มีนาคม 2568\n",
                 "โครงการคัดกรองสายตาผู้สูงอายุ ตำบลนาดี ปี 2568", id="regression-radio-masthead-and-form-rows-acc19i"),
    pytest.param("สสจ.นาดี : รณรงค์ตรวจคัดกรองเบาหวานความดันโลหิตสูง ตำบลนาดี 2568\n\n" + BODY,
                 "สสจ.นาดี : รณรงค์ตรวจคัดกรองเบาหวานความดันโลหิตสูง ตำบลนาดี 2568", id="a-headline-with-a-colon-alone-is-no-form-row"),
    # T-f: a release's dateline (place, comma, date; twice in two languages).
    pytest.param("PRESS RELEASE / ข่าวเผยแพร่\n\nTak, 28 January 2026 / ตาก, 28 มกราคม 2569\n\n"
                 "มูลนิธินาดีสุขภาพ จับมือ โรงพยาบาลนาดี เปิดอบรมอาสาสมัครต่างด้าว 38 หมู่บ้าน\n" + BODY,
                 "มูลนิธินาดีสุขภาพ จับมือ โรงพยาบาลนาดี เปิดอบรมอาสาสมัครต่างด้าว 38 หมู่บ้าน",
                 id="regression-place-and-date-dateline-acc19k"),
    # T-g: a file's name, a slide outline's export header and a slide number before a tab.
    pytest.param("คัดกรองวัณโรค_นาดี_v3.pptx\nโครงร่าง (Outline) พร้อมบันทึกย่อของผู้บรรยาย — ส่งออกเมื่อ 23/6/2568\n\n"
                 "1\tคัดกรองวัณโรคเชิงรุกในแรงงานข้ามชาติ ตำบลนาดี\n\tนายสมชาย ใจงาม\n",
                 "คัดกรองวัณโรคเชิงรุกในแรงงานข้ามชาติ ตำบลนาดี", id="regression-file-name-and-outline-header-acc20d"),
    # T-h: a forum's bracketed tag; a channel's name with its verified badge under the video title.
    pytest.param("Pantip\nห้องสวนลุมพินี  >  หมอ พยาบาล\n\n[CR] พาน้องๆ ไปเข้าค่ายเบาหวาน 3 วัน 2 คืน เล่าจากมุมพยาบาลค่ะ\n\n"
                 "สมาชิกหมายเลข 1234567\n19 มีนาคม 2568 เวลา 21:40 น.\n" + BODY,
                 "พาน้องๆ ไปเข้าค่ายเบาหวาน 3 วัน 2 คืน เล่าจากมุมพยาบาลค่ะ", id="regression-forum-tag-dropped-acc19g"),
    pytest.param("YouTube TH\n\nเวทีแลกเปลี่ยนเรียนรู้ \"ชุมชนนาดีไม่ล้ม\" จ.นาดี | LIVE 24 ก.พ. 68\n"
                 "สำนักงานสาธารณสุขจังหวัดนาดี  ✔\nผู้ติดตาม 8.73 พันคน\n\nการดู 1,482 ครั้ง  สตรีมแล้วเมื่อ 24 ก.พ. 2025\n" + BODY,
                 "เวทีแลกเปลี่ยนเรียนรู้ \"ชุมชนนาดีไม่ล้ม\" จ.นาดี | LIVE 24 ก.พ. 68",
                 id="regression-channel-name-with-badge-not-glued-acc19l"),
]


@pytest.mark.parametrize("text, expected", TITLES)
def test_title(text: str, expected: str | None) -> None:
    assert _title(text) == expected
