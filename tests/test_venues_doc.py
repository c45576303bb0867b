"""Venues read across a line and among the document's venues: a name that goes on in a hanging
indent, a text that only points back at a part of another venue, a name cut short of another,
a later part's place ("ส่วน… จะจัดขึ้นที่…"). One row per case; every sentence is written for
this table (the single-cue cases are in test_venues.py)."""
from __future__ import annotations

import pytest

from field_rows import venue_names

_LONG = "   ๖.๒ จัดอบรมเชิงปฏิบัติการ ๒ วัน ระหว่างวันที่ ๒๐ – ๒๑ มกราคม ๒๕๖๘ "  # a full PDF line's start


_names = venue_names


DOCUMENT_VENUES = [
    # a hanging indent: a full line, the next one indented deeper and opened by a facility word
    pytest.param(_LONG + "ณ ห้องประชุมสภา\n       เทศบาลตำบลเวียงชัย วิทยากรจากโรงพยาบาลเวียงชัย\n",
                 ["ห้องประชุมสภาเทศบาลตำบลเวียงชัย"],
                 id="regression-name-wrapped-onto-a-hanging-indent-was-cut-acc13f"),
    pytest.param(_LONG + "ณ ห้องประชุม\n       โรงพยาบาลนาดี อำเภอนาดี จังหวัดปราจีนบุรี\n",
                 ["ห้องประชุมโรงพยาบาลนาดี"], id="facility-word-alone-at-the-line-end-goes-on"),
    pytest.param("สถานที่ดำเนินการ ศาลาประชาคมบ้านนา\n   โรงเรียนบ้านนา\n", ["ศาลาประชาคมบ้านนา"],
                 id="a-short-line-is-no-wrap"),
    pytest.param(_LONG + "ณ วัดศรีสว่างบ้านนาดี\n   วัดโพธิ์บ้านโคก\n", ["วัดศรีสว่างบ้านนาดี"],
                 id="the-same-facility-word-on-the-next-line-is-a-sibling-not-a-wrap"),
    pytest.param(_LONG + "ณ ห้องประชุมสภา\nเทศบาลตำบลเวียงชัยจัดประชุมต่อ\n", ["ห้องประชุมสภา"],
                 id="a-line-not-indented-deeper-is-no-wrap"),
    # a name cut short of another venue's name
    pytest.param("๘. สถานที่ดำเนินการ  ห้องประชุมสภาเทศบาลตำบลเวียงชัย และศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ\n"
                 "เทศบาลตำบลเวียงชัย\n๙. งบประมาณ\n"
                 "ติดตามทุกเดือน ณ ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุเทศบาลตำบลเวียงชัย\n",
                 ["ห้องประชุมสภาเทศบาลตำบลเวียงชัย", "ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุเทศบาลตำบลเวียงชัย"],
                 id="regression-a-name-cut-short-of-another-venue-was-kept-acc13f"),
    pytest.param("สถานที่ดำเนินการ ศูนย์พัฒนาเด็กเล็กบ้านนา และศูนย์พัฒนาเด็กเล็กบ้านนาคำ\n",
                 ["ศูนย์พัฒนาเด็กเล็กบ้านนา", "ศูนย์พัฒนาเด็กเล็กบ้านนาคำ"],
                 id="a-longer-village-name-is-another-place"),
    pytest.param("ประชุม ณ โรงพยาบาลนาดี เวลา 09.00 น. และเยี่ยมชม ณ ห้องประชุมโรงพยาบาลนาดี\n",
                 ["โรงพยาบาลนาดี", "ห้องประชุมโรงพยาบาลนาดี"], id="a-room-in-a-venue-is-not-cut-short"),
    # a text made only of kind words
    pytest.param("ประชุม ณ ห้องประชุมราชพฤกษ์ ชั้น 3 โรงแรมริมบึงแก่นนคร อำเภอเมืองขอนแก่น\n"
                 "18.00 - 20.00 น.     งานเลี้ยงสังสรรค์ (ณ ห้องอาหารโรงแรม)\n",
                 ["ห้องประชุมราชพฤกษ์ ชั้น 3 โรงแรมริมบึงแก่นนคร"],
                 id="regression-the-hotels-restaurant-was-a-venue-acc13p"),
    pytest.param("แจกหน้ากากอนามัย ณ บริเวณหน้าศูนย์บริการสาธารณสุขเทศบาล โดยมีนายกเทศมนตรีเป็นประธาน\n",
                 ["ศูนย์บริการสาธารณสุขเทศบาล"], id="kind-words-alone-in-a-document-stay"),
    pytest.param("ตรวจฟันนักเรียน เมื่อวันที่ 4 ก.ค. 2567 ที่ห้องพยาบาลโรงเรียน พบฟันผุ 22 คน\n"
                 "อบรมผู้ปกครอง ณ ห้องประชุมโรงเรียนบ้านหนองกุง เมื่อวันที่ 20 ก.ค. 2567\n",
                 ["ห้องพยาบาลโรงเรียน", "ห้องประชุมโรงเรียนบ้านหนองกุง"],
                 id="regression-a-facility-of-its-own-beside-a-named-venue-was-left-out-acc14l"),
    pytest.param("อบรมผู้ปกครอง ณ ห้องประชุมโรงเรียนบ้านหนองกุง เวลา 09.00 น.\n12.00 น. รับประทานอาหาร ณ ห้องอาหารโรงเรียน\n",
                 ["ห้องประชุมโรงเรียนบ้านหนองกุง"], id="a-kind-of-room-beside-a-named-venue-stays-out"),
    pytest.param("อบรมแกนนำ ณ ศาลาประชาคมบ้านหนองกุง เมื่อวันที่ 3 มี.ค. 2567\n"
                 "ช่วงฝนตกย้ายไปออกกำลังกาย ณ ศาลาประชาคม ทุกเย็น\n",
                 ["ศาลาประชาคมบ้านหนองกุง"], id="a-facility-word-starting-another-venues-name-is-that-venue"),
    # a later part's place
    pytest.param("การอบรมจัดขึ้น ณ ห้องประชุมโรงพยาบาลนาดี ส่วนการฝึกซ้อมแผนภาคสนาม (Functional Exercise) "
                 "จะจัดขึ้นที่โรงพยาบาลนางรอง ในเดือนมิถุนายน 2567\n",
                 ["ห้องประชุมโรงพยาบาลนาดี"], id="a-later-parts-place-beside-the-venue"),
    pytest.param("กิจกรรมที่ 1 อบรมแกนนำ ส่วนกิจกรรมที่ 2 จะจัดขึ้นที่โรงเรียนบ้านโคก\n",
                 ["โรงเรียนบ้านโคก"], id="an-asides-place-alone-is-the-venue"),
    pytest.param("การอบรมจัดขึ้น ณ ห้องประชุมโรงพยาบาลนาดี ส่วนการฝึกซ้อมภาคสนามจัดที่โรงพยาบาลนางรอง\n",
                 ["ห้องประชุมโรงพยาบาลนาดี", "โรงพยาบาลนางรอง"], id="an-aside-without-future-keeps-its-place"),
    # a facility word alone ending the line, the next line naming it
    pytest.param("กิจกรรมที่ 2 แกนนำพาเต้นบาสโลบ สัปดาห์ละ 3 วัน เวลา 17.00-18.00 น. ที่ลานกีฬา\n"
                 "บ้านหนองไผ่ ตั้งแต่เดือนมิถุนายน 2567\n",
                 ["ลานกีฬาบ้านหนองไผ่"], id="regression-facility-word-ending-a-line-lost-its-village-acc13t"),
    pytest.param("ตรวจคัดกรองเบาหวาน ณ โรงเรียน\n   ชุมชนวัดใหม่ เวลา 08.00 น.\n",
                 ["โรงเรียนชุมชนวัดใหม่"], id="the-named-line-may-be-indented"),
    pytest.param("เต้นแอโรบิกทุกเย็น ที่ลานกีฬา\nบ้านเลขที่ 12 เป็นจุดรับสมัคร\n", [],
                 id="a-house-number-names-no-place"),
    pytest.param("ประชุม ณ ห้องประชุมสภา\nบ้านหนองไผ่ส่งตัวแทน 3 คน\n", ["ห้องประชุมสภา"],
                 id="a-named-facility-does-not-take-the-next-line"),
    # a contest's next round
    pytest.param("ประกวด อสม.ดีเด่นระดับอำเภอ ณ หอประชุมอำเภอนาดี เมื่อวันที่ 3 มีนาคม 2568 ผู้ชนะเลิศจะเป็นตัวแทนอำเภอ"
                 "เข้าประกวดระดับจังหวัด ณ โรงแรมนาดีแกรนด์ ในวันที่ 9 เมษายน 2568\n",
                 ["หอประชุมอำเภอนาดี"], id="regression-the-next-rounds-hotel-was-a-venue-acc14d"),
    pytest.param("ผู้ชนะเลิศจะเป็นตัวแทนอำเภอเข้าประกวดระดับจังหวัด ณ โรงแรมนาดีแกรนด์ ในวันที่ 9 เมษายน 2568\n",
                 ["โรงแรมนาดีแกรนด์"], id="the-next-rounds-place-alone-stays"),
    pytest.param("นายอำเภอเป็นตัวแทนผู้ว่าราชการจังหวัดมอบถุงยังชีพ ณ ศาลาประชาคมบ้านนา และเยี่ยมผู้ป่วย ณ โรงพยาบาลนาดี\n",
                 ["ศาลาประชาคมบ้านนา", "โรงพยาบาลนาดี"], id="a-representative-without-will-is-the-event-itself"),
    # the next line gives the building the room is in
    pytest.param("      ระหว่างวันที่ 7 – 9 ตุลาคม 2568  ณ ห้องประชุมลำดวน ชั้น 3\n"
                 "      อาคารอุบัติเหตุ โรงพยาบาลพะเยา\n",
                 ["ห้องประชุมลำดวน ชั้น 3 อาคารอุบัติเหตุ โรงพยาบาลพะเยา"],
                 id="regression-room-building-on-the-next-line-was-cut-acc15r"),
    pytest.param("ประชุม ณ ห้องประชุมสภา\nชั้น 2 เป็นห้องของกองช่าง\n", ["ห้องประชุมสภาชั้น 2"],
                 id="floor-with-its-number-on-the-next-line-goes-on"),
    pytest.param("ประชุม ณ โรงเรียนบ้านนา\nชั้นเรียนที่ 1 มีนักเรียน 20 คน\n", ["โรงเรียนบ้านนา"],
                 id="a-class-on-the-next-line-is-no-floor"),
    pytest.param("อบรม ณ ห้องประชุมโรงพยาบาลพะเยา อ.เมืองพะเยา\nอาคารใหม่ยังไม่เสร็จ\n", ["ห้องประชุมโรงพยาบาลพะเยา"],
                 id="a-name-with-its-address-does-not-go-on"),
    # a | schedule table whose cells wrap onto continuation rows (an empty first cell)
    pytest.param("| ครั้งที่ | วันที่ | สถานที่ | เป้าหมาย |\n|---|---|---|---|\n"
                 "| 1 | 3 ก.พ. 68 | ศาลาการเปรียญ | 40 |\n|  | (ม.1-ม.3) | วัดโคกงาม |  |\n"
                 "| 2 | 10 ก.พ. 68 | รพ.สต. | 35 |\n|  |  | บ้านดอนแก้ว |  |\n"
                 "| 3 | 17 ก.พ. 68 | โรงเรียนบ้านนา | 30 |\n|  |  | โรงเรียนบ้านโคก |  |\n",
                 ["ศาลาการเปรียญวัดโคกงาม", "รพ.สต.บ้านดอนแก้ว", "โรงเรียนบ้านนา", "โรงเรียนบ้านโคก"],
                 id="regression-table-cells-wrapped-onto-continuation-rows-acc15i"),
    pytest.param("| ครั้งที่ | วันที่ | สถานที่ | เป้าหมาย | มาจริง |\n|---|---|---|---|---|\n"
                 "| 1 | 3 ก.พ. 68 | ศาลาประชาคมบ้านนา | 40 | 38 |\n|  | 4 ก.พ. 68 | วัดโคกงาม | 35 | 30 |\n",
                 ["ศาลาประชาคมบ้านนา", "วัดโคกงาม"], id="a-grouped-row-with-its-own-counts-is-no-continuation"),
    pytest.param("| ครั้งที่ | สถานที่ | เป้าหมาย |\n|---|---|---|\n| 1 | รพ.สต. ในเครือข่าย | 40 |\n|  | ทุกแห่ง |  |\n",
                 [], id="a-wrapped-cell-of-several-places-stays-none"),
    # a related-news list below the article
    pytest.param("ข่าวจังหวัด\nผู้ว่าราชการจังหวัดเป็นประธานเปิดงานมหกรรมสุขภาพดีวิถีชีวิตใหม่ ณ โดมอเนกประสงค์ศูนย์ราชการ "
                 "มีประชาชนเข้าร่วมงานกว่า 1,500 คน ภายในงานมีหน่วยบริการตรวจสุขภาพ คัดกรองเบาหวาน ความดันโลหิตสูง "
                 "ตรวจสุขภาพช่องปาก ตรวจตา และให้คำปรึกษาด้านสุขภาพจิตแก่ผู้สูงอายุ ผู้พิการ และผู้ป่วยติดเตียงที่มาร่วมงาน\n\nข่าวภารกิจที่เกี่ยวข้อง\n"
                 "- จังหวัดจัดงานลอยกระทง ณ สวนสาธารณะบึงนาดี (15 พ.ย. 2567)\n"
                 "- ผู้ว่าฯ มอบถุงยังชีพ ณ ที่ว่าการอำเภอนาดี (10 พ.ย. 2567)\n",
                 ["โดมอเนกประสงค์ศูนย์ราชการ"], id="regression-related-mission-news-list-gave-a-venue-acc14a"),
]


@pytest.mark.parametrize("text,names", DOCUMENT_VENUES)
def test_document_venues(text, names):
    assert _names(text) == names
