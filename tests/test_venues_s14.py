"""Venues (stop 14): one place written short and in full, earlier rounds' places, workplaces,
advice where to come, schedule words glued to a name, a facility word wrapped at an inner word
boundary. One row per case; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import venue_names


_names = venue_names


_WIDE = "   ๓.๒ กิจกรรมอบรมแกนนำครอบครัวและวัดผลครั้งที่ ๑ วันพฤหัสที่ ๖ ก.พ. ๖๘ ณ "

VENUES = [
    # one place written twice: the full form stays, once
    pytest.param("│ • นายอำเภอเปิดหน่วยแพทย์ ที่ รร.บ้านหนองกุง อ.เมือง\n"
                 "วันนี้ ณ โรงเรียนบ้านหนองกุง ตำบลหนองกุง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น นายอำเภอเป็นประธาน\n",
                 ["โรงเรียนบ้านหนองกุง"], id="regression-summary-box-short-form-was-a-second-venue-acc17a"),
    pytest.param("จัดเวทีประชาคม ณ หอประชุมองค์การบริหารส่วนตำบลโคกกลาง\nภาพ: หอประชุม อบต.โคกกลาง\n",
                 ["หอประชุมองค์การบริหารส่วนตำบลโคกกลาง"], id="short-form-later-keeps-the-full-first"),
    pytest.param("ตรวจฟัน ณ รพ.สต.บ้านดอน และประชุมทีม ณ โรงพยาบาลบ้านดอน\n",
                 ["รพ.สต.บ้านดอน", "โรงพยาบาลบ้านดอน"], id="a-hospital-and-a-health-promoting-hospital-stay-two"),
    # earlier rounds: an aside, kept only when nothing else is the venue
    pytest.param("วันนี้ ณ โรงเรียนบ้านนาแก อำเภอนาแก ออกหน่วยแพทย์เคลื่อนที่ ทั้งนี้ปีนี้ออกหน่วยมาแล้ว 2 ครั้ง "
                 "คือ เมื่อวันที่ 3 ธ.ค. 67 ที่อำเภอวังยาง\n",
                 ["โรงเรียนบ้านนาแก"], id="regression-an-earlier-rounds-district-was-a-venue-acc17a"),
    pytest.param("ครั้งก่อนจัดที่ศาลาประชาคมบ้านโนน ครั้งนี้ย้ายมาจัด ณ วัดป่าบ้านโนน\n",
                 ["วัดป่าบ้านโนน"], id="the-last-rounds-hall"),
    pytest.param("อสม.ออกหน่วยมาแล้ว 3 ครั้ง ที่ศาลาประชาคมบ้านโนนทอง\n", ["ศาลาประชาคมบ้านโนนทอง"],
                 id="earlier-rounds-place-stays-when-nothing-else-is-named"),
    pytest.param("โครงการนี้ดำเนินการมาแล้วที่ รพ.สต.บ้านหนองบัว ทุกปี\n", ["รพ.สต.บ้านหนองบัว"],
                 id="ma-laew-without-a-count-of-rounds-keeps-its-place"),
    # a schedule glued to a name ends it
    pytest.param("จัดกิจกรรมที่คลินิกผู้สูงอายุทุกวันพุธ มีผู้สูงอายุมาร่วม 40 คน\n", ["คลินิกผู้สูงอายุ"],
                 id="every-wednesday-glued-to-a-clinic"),
    # work words: only with going to / being kept at work
    pytest.param("ประชุมคณะทำงานที่ห้องประชุมโรงพยาบาลนาดี\n", ["ห้องประชุมโรงพยาบาลนาดี"],
                 id="a-working-groups-meeting-keeps-its-room"),
    # a facility word wrapped at its inner word boundary
    pytest.param(_WIDE + "ห้องประชุมศูนย์บริการ\nสาธารณสุขเทศบาลเมืองบ้านโป่ง อบรมเรื่องอาหาร โดยนักโภชนาการ\n",
                 ["ห้องประชุมศูนย์บริการสาธารณสุขเทศบาลเมืองบ้านโป่ง"],
                 id="regression-health-centre-word-wrapped-cut-the-name-acc17h"),
    pytest.param(_WIDE + "ห้องประชุมโรงพยาบาล\nส่งเสริมสุขภาพตำบลบ้านหนองแวง อบรมเรื่องอาหาร\n",
                 ["ห้องประชุมโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองแวง"], id="sub-district-hospital-word-wrapped"),
    pytest.param("ณ ห้องประชุมศูนย์บริการ\nสาธารณสุขเป็นผู้ดูแล\n", ["ห้องประชุมศูนย์บริการ"],
                 id="a-short-line-is-no-hard-wrap"),
    pytest.param(_WIDE + "ห้องประชุมโรงพยาบาลบ้านโป่ง\nอบรมเรื่องอาหารลดหวาน มัน เค็ม\n",
                 ["ห้องประชุมโรงพยาบาลบ้านโป่ง"], id="a-name-ending-its-line-takes-no-next-line"),
    pytest.param("ตรวจฟันนักเรียน ณ ห้องพยาบาลโรงเรียน 60 คน\n", ["ห้องพยาบาลโรงเรียน"],
                 id="a-count-of-people-after-a-room-is-no-room-number"),
    pytest.param("ประชุม ณ ห้องประชุม ชั้น 5 อาคาร 2 จำนวน 40 คน\n", ["ห้องประชุม ชั้น 5 อาคาร 2"],
                 id="floor-and-building-numbers-stay"),
    # an unnamed venue points at the facility the report's header names with its address
    pytest.param("แบบรายงานผลโครงการ\nโรงเรียนบ้านโคกยาง  ตำบลโคกยาง อำเภอปราสาท จังหวัดสุรินทร์\n"
                 "ตรวจฟันนักเรียน ณ ห้องพยาบาลโรงเรียน จำนวน 60 คน\n",
                 ["โรงเรียนบ้านโคกยาง", "ห้องพยาบาลโรงเรียน"],
                 id="regression-a-schools-own-report-lost-its-header-school-acc17m"),
    pytest.param("แบบรายงานผลโครงการ\nโรงพยาบาลปราสาท  ตำบลกังแอน อำเภอปราสาท จังหวัดสุรินทร์\n"
                 "ตรวจฟันนักเรียน ณ ห้องพยาบาลโรงเรียน จำนวน 60 คน\n",
                 ["ห้องพยาบาลโรงเรียน"], id="an-unnamed-school-infirmary-is-not-the-header-hospital"),
    pytest.param("แบบรายงานผลโครงการ\nโรงเรียนบ้านโคกยาง  ตำบลโคกยาง อำเภอปราสาท จังหวัดสุรินทร์\n"
                 "ตรวจฟันนักเรียน ณ โรงพยาบาลปราสาท จำนวน 60 คน\n",
                 ["โรงพยาบาลปราสาท"], id="a-named-venue-leaves-the-header-school-out"),
]


@pytest.mark.parametrize("text,names", VENUES)
def test_venues(text, names):
    assert _names(text) == names


NOT_VENUES = [
    pytest.param("สวัสดีค่ะคุณแม่ มาได้ที่คลินิกเด็กดีทุกวันอังคารบ่ายค่ะ\n",
                 id="regression-advice-where-to-come-was-a-venue-acc17b"),
    pytest.param("ผู้ป่วยไปรับยาต่อเนื่องไม่ได้ เพราะติดงานกะดึกที่โรงงานผลิตอาหารกระป๋อง\n",
                 id="regression-a-night-shift-factory-was-a-venue-acc17h"),
    pytest.param("สมาชิก 2 คนย้ายไปทำงานที่โรงงานในนิคมอุตสาหกรรมลำพูน\n", id="moved-away-to-work"),
]


@pytest.mark.parametrize("text", NOT_VENUES)
def test_not_venues(text):
    assert _names(text) == []
