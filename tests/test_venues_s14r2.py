"""Venues and area (stop 14, round 2): a room's building named on the next line, rate words per
month or year, trips someone is taken on, | tables without outer bars and their wrapped address
rows, a next-step block, a plan's place, a province hashtag. One row per case; every text is
written for this table."""
from __future__ import annotations

import pytest

from thaidocx import extract
from field_rows import venue_names


_names = venue_names


_BARE = "ครั้งที่ | วันที่ | สถานที่ | ราย\n---|---|---|---\n"

VENUES = [
    # a bare building word ends the line: the next line names the building
    pytest.param("     วันนี้ (4 ส.ค. 68) เวลา 09.00 น. ที่ห้องประชุมลำดวน ชั้น 2 อาคาร\n"
                 "ที่ว่าการอำเภอนาดี  นายสมชาย  ใจดี  นายอำเภอนาดี เป็นประธาน\n",
                 ["ห้องประชุมลำดวน ชั้น 2 อาคารที่ว่าการอำเภอนาดี"],
                 id="regression-a-bare-building-word-cut-the-name-acc18a"),
    pytest.param("ประชุม ณ ห้องประชุม 1 ตึก\nอำนวยการโรงพยาบาลนาดี จำนวน 30 คน\n",
                 ["ห้องประชุม 1 ตึกอำนวยการโรงพยาบาลนาดี"], id="a-bare-tuek-goes-on-too"),
    pytest.param("ประชุม ณ ห้องประชุม ชั้น 2 อาคาร\n1. เปิดประชุม\n", ["ห้องประชุม ชั้น 2 อาคาร"],
                 id="a-list-item-below-a-bare-building-word-stays-out"),
    pytest.param("ประชุม ณ ห้องประชุมสภา อาคารเรียน\nนักเรียนเข้าร่วม 40 คน\n", ["ห้องประชุมสภา อาคารเรียน"],
                 id="a-named-building-at-the-line-end-takes-no-next-line"),
    # a rate per month / year ends a name
    pytest.param("อบรมที่โรงพยาบาลนาดีเดือนละ 2 ครั้ง\n", ["โรงพยาบาลนาดี"], id="per-month-ends-a-name"),
    pytest.param("ตรวจสุขภาพที่ศาลาประชาคมบ้านนาปีละ 1 ครั้ง\n", ["ศาลาประชาคมบ้านนา"], id="per-year-ends-a-name"),
    # a | table drawn without its outer bars, its cells' addresses wrapped onto the row below
    pytest.param(_BARE + "1 | 11 ก.พ. 68 | ศาลาประชาคมบ้านโนน | 42\n2 | 25 ก.พ. 68 | วัดโพธิ์ทอง ต.นาดี | 37\n"
                 "  |  | อ.นาดี | \n3 | 18 มี.ค. 68 | ที่ทำการผู้ใหญ่บ้านโคกงาม | 51\n  |  | หมู่ 6 ต.นาดี | \n",
                 ["ศาลาประชาคมบ้านโนน", "วัดโพธิ์ทอง", "ที่ทำการผู้ใหญ่บ้านโคกงาม"],
                 id="regression-rows-of-a-table-without-outer-bars-were-lost-acc18c"),
    pytest.param("| ครั้งที่ | สถานที่ | เป้าหมาย |\n|---|---|---|\n| 1 | วัดโคกงาม | 40 |\n|  | ต.นาดี อ.นาดี |  |\n",
                 ["วัดโคกงาม"], id="a-cells-address-on-the-row-below-is-no-part-of-its-name"),
    pytest.param("วันที่ | สถานที่ | หมายเหตุ\n12 ก.ค. 68 | ตามที่ชุมชนเสนอ | -\n", [],
                 id="a-bare-table-cell-with-no-facility-stays-none"),
    # a next step's place: kept only when nothing else is the venue
    pytest.param("ตรวจคัดกรองสายตา ณ หอประชุมอำเภอนาดี 120 คน\n\n➡️ ขั้นต่อไป\nผู้ที่สงสัยต้อกระจก\nพบจักษุแพทย์\n"
                 "20–24 เม.ย. 69\nณ โรงพยาบาลนาดี\n",
                 ["หอประชุมอำเภอนาดี"], id="regression-a-next-steps-hospital-was-a-venue-acc18i"),
    pytest.param("➡️ ขั้นตอนต่อไป\nผู้ที่สงสัยต้อกระจกพบจักษุแพทย์ ณ โรงพยาบาลนาดี\n", ["โรงพยาบาลนาดี"],
                 id="a-next-steps-place-alone-stays"),
    pytest.param("ขั้นต่อไป\nคัดกรองซ้ำเดือนหน้า\n\nวันนี้ตรวจสายตา ณ โรงพยาบาลนาดี 40 คน\n", ["โรงพยาบาลนาดี"],
                 id="a-blank-line-ends-the-next-step-block"),
]


@pytest.mark.parametrize("text,names", VENUES)
def test_venues(text, names):
    assert _names(text) == names


NOT_VENUES = [
    pytest.param("ชาวบ้านเล่าว่า ที่ผ่านมาต้องพาภรรยาไปล้างแผลที่โรงพยาบาลนาดีเดือนละ 2 ครั้ง\n",
                 id="regression-a-trip-to-have-a-wound-dressed-was-a-venue-acc18a"),
    pytest.param("ลูกต้องพาแม่ไปหาหมอที่โรงพยาบาลนาดีทุกเดือน\n", id="taking-mother-to-the-doctor"),
]


@pytest.mark.parametrize("text", NOT_VENUES)
def test_not_venues(text):
    assert _names(text) == []


def test_a_vehicle_is_no_trip():
    text = "จัดพาหนะเดินทางไปอบรมที่โรงพยาบาลนาดี\n"
    assert _names(text) == ["โรงพยาบาลนาดี"]


AREAS = [
    pytest.param("คนบ้านโนน\n\nตรวจพยาธิที่ศาลาวัดบ้านโนน\n\n#ลดพยาธิ #เสลภูมิ #ร้อยเอ็ด\n",
                 {"province": "ร้อยเอ็ด"}, "place.area_hashtag",
                 id="regression-a-province-hashtag-was-no-area-acc18d"),
    pytest.param("ออกหน่วยตรวจสุขภาพ ณ วัดโคกงาม ร่วมกับสำนักงานเขตบางขุนเทียน\n"
                 "ในปีหน้ามีแผนขยายการตรวจไปยังโรงเรียนในเขตจอมทอง\n"
                 "โรงพยาบาลนาดี 9 ถ.พระราม 2 แขวงแสมดำ เขตบางขุนเทียน กรุงเทพฯ 10150\n",
                 {"district": "เขตบางขุนเทียน", "province": "กรุงเทพมหานคร"}, "place.address_chain",
                 id="regression-a-plans-district-was-the-area-acc18f"),
    pytest.param("อบรม อสม. ณ วัดโคกงาม\nครั้งต่อไปจัดในอำเภอนาดี จังหวัดปราจีนบุรี\n"
                 "ที่อยู่ 9 ถ.สุวรรณศร ตำบลหน้าเมือง อำเภอเมืองปราจีนบุรี จังหวัดปราจีนบุรี 25000\n",
                 {"district": "เมืองปราจีนบุรี"}, "place.address_chain", id="a-next-events-district-is-no-area"),
]


@pytest.mark.parametrize("text,expected,rule", AREAS)
def test_area(text, expected, rule):
    area = extract(text).area
    assert area is not None
    assert {k: getattr(area, k) for k in expected} == expected
    assert area.evidence.rule == rule


NO_AREA = [
    pytest.param("ตรวจพยาธิที่ศาลาวัดบ้านโนน\n#ร้อยเอ็ดบ้านเฮา #ลดพยาธิ\n", id="a-hashtag-starting-with-a-province-is-a-slogan"),
    pytest.param("ตรวจพยาธิที่ศาลาวัดบ้านโนน\n#เสลภูมิ\n", id="a-district-hashtag-names-no-province"),
]


@pytest.mark.parametrize("text", NO_AREA)
def test_no_area(text):
    assert extract(text).area is None


def test_a_stated_address_beats_a_hashtag():
    area = extract("ตรวจพยาธิ ณ วัดโคกงาม ต.นาดี อ.นาดี จ.ปราจีนบุรี\n#ร้อยเอ็ด\n").area
    assert area is not None and area.province == "ปราจีนบุรี"
