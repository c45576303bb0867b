"""Venues (stop 15, round 2): ที่ ending a word (เคลื่อนที่), ณ before a date written with a space
(วัน ที่) or before the scene of an incident, บริเวณ + a facility as a cue, a walking street as a
facility, a hospital's in-/outpatient building as a kind of place, a shop's branch after an
address, a headline's short name of the body's venue without its brand, a hotel's transliterated
tail, a place cleaned or painted. One row per case; every
text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import venue_names


_names = venue_names


def _flat(names: list[str]) -> list[str]:
    return ["".join(n.split()) for n in names]


VENUES = [
    # ที่ ending เคลื่อนที่ (mobile) is no cue
    pytest.param("โครงการผ่าตัดต้อกระจกเคลื่อนที่ อำเภอนาเยีย ช่วยผู้สูงอายุ 120 ราย\n", [],
                 id="regression-mobile-service-then-a-district-was-a-venue-acc21n"),
    pytest.param("คัดกรองวัณโรคด้วยรถเอกซเรย์เคลื่อนที่ ตำบลนาดี อำเภอเมือง\n", [],
                 id="regression-mobile-xray-then-a-subdistrict-was-a-venue-acc21v"),
    pytest.param("ออกหน่วยแพทย์เคลื่อนที่ ที่โรงเรียนบ้านนาดี\n", ["โรงเรียนบ้านนาดี"],
                 id="a-mobile-unit-at-a-school-keeps-the-school"),
    pytest.param("ออกหน่วยครั้งนี้ที่อำเภอนาเยีย จังหวัดอุบลราชธานี\n", ["อำเภอนาเยีย"],
                 id="a-plain-at-the-district-stays"),
    # ณ before a date or the scene of an incident
    pytest.param("จากการสำรวจ ณ วัน ที่ 15 ตุลาคม 2568 พบผู้สัมผัสโรค 12 ราย\n", [],
                 id="regression-na-before-a-spaced-date-word-was-a-venue-acc22e"),
    pytest.param("ช่วยเหลือผู้บาดเจ็บ ณ จุดเกิดเหตุ และนำส่งโรงพยาบาลอย่างรวดเร็ว\n", [],
                 id="regression-the-scene-of-an-incident-was-a-venue-acc22a"),
    pytest.param("ตั้งจุดบริการประชาชน ณ จุดบริการตลาดบ้านนา\n", ["จุดบริการตลาดบ้านนา"],
                 id="a-named-service-point-stays"),
    # บริเวณ + a facility; a walking street
    pytest.param("ทีมได้ตรวจแผงลอยจำหน่ายอาหารบริเวณถนนคนเดินริมโขง 40 ร้าน\n", ["ถนนคนเดินริมโขง"],
                 id="regression-a-walking-street-after-boriwen-was-missed-acc21f"),
    pytest.param("จิตอาสาเก็บขยะบริเวณตลาดสดเทศบาลนาดี\n", ["ตลาดสดเทศบาลนาดี"],
                 id="boriwen-before-a-market-is-a-cue"),
    pytest.param("ผู้ค้าที่ขายของบริเวณหน้าบ้าน 12 ราย\n", [], id="boriwen-before-no-facility-is-no-cue"),
    pytest.param("ประชุม ณ ห้องประชุมชั้น 2 โรงพยาบาลนาดี\nจากนั้นปลูกต้นไม้ 50 ต้น บริเวณอาคารผู้ป่วยใน\n",
                 ["ห้องประชุมชั้น 2 โรงพยาบาลนาดี"],
                 id="the-inpatient-building-beside-the-hospitals-room-is-a-part-of-it"),
    # a second site after an address; a branch
    pytest.param("บริจาคโลหิต ณ ศูนย์การค้าโลตัสมาร์ท ถนนโพศรี อำเภอเมืองอุดรธานี และสาขาหนองบัว (เฉพาะวันศุกร์)\n",
                 ["ศูนย์การค้าโลตัสมาร์ท", "สาขาหนองบัว"],
                 id="regression-a-branch-after-the-address-was-missed-acc21w"),
    pytest.param("ตรวจสุขภาพพนักงานที่สาขาเซ็นทรัลพลาซา อุดรธานี\n", ["สาขาเซ็นทรัลพลาซา อุดรธานี"],
                 id="a-branch-after-thi-is-a-venue"),
    pytest.param("ฝึกอบรมในสาขาวิชาชีพการพยาบาล 30 คน\n", [], id="a-field-of-study-is-no-branch"),
    pytest.param("อบรมในสาขาการพยาบาลเวชปฏิบัติ\n", [], id="a-field-of-nursing-is-no-branch"),
    # a headline's short name of the body's venue, its inner (brand) name left out
    pytest.param("ร่วมให้เลือด ที่ศูนย์กระจายสินค้าอุดรธานี ได้โลหิต 80,000 ซีซี\n\n"
                 "จัดกิจกรรมเมื่อวันที่ 5 มีนาคม 2569 ณ อาคารสำนักงาน ศูนย์กระจายสินค้าโลตัสมาร์ท อุดรธานี ถนนทหาร\n",
                 ["อาคารสำนักงาน ศูนย์กระจายสินค้าโลตัสมาร์ท อุดรธานี"],
                 id="regression-the-headlines-short-name-was-a-second-venue-acc21w"),
    pytest.param("อบรม ณ โรงพยาบาลศรีนครินทร์ ขอนแก่น\nและศึกษาดูงานที่โรงพยาบาลขอนแก่น\n",
                 ["โรงพยาบาลศรีนครินทร์ ขอนแก่น", "โรงพยาบาลขอนแก่น"],
                 id="a-hospital-without-the-inner-name-is-another-hospital"),
    # a hotel's transliterated tail
    pytest.param("ไปอบรมเมื่อวันที่ 7-9 ต.ค. 68 ที่โรงแรมเวียงทอง ริเวอร์ไซด์ จ.ลำปาง\n",
                 ["โรงแรมเวียงทอง ริเวอร์ไซด์"], id="regression-a-hotels-riverside-tail-was-cut-acc21u"),
    pytest.param("ประชุม ณ โรงแรมนาดี ฮิลล์ อ.เมือง จ.เลย\n", ["โรงแรมนาดี ฮิลล์"], id="a-hotels-hill-tail"),
    # a place worked on: cleaned, painted
    pytest.param("กิจกรรมแบ่งเป็น 2 โซน\n โซน 1 ล้างเครื่องปรับอากาศ 40 เครื่อง\n"
                 " โซน 2 ทำความสะอาดอาคารศูนย์สุขภาพชุมชนเมืองนาดี (ศสม.) ถนนนาดี\n",
                 ["อาคารศูนย์สุขภาพชุมชนเมืองนาดี"], id="regression-the-centre-cleaned-was-missed-acc21x"),
    pytest.param("จิตอาสาร่วมกันทาสีศาลาประชาคมบ้านหนองแวง 40 คน\n", ["ศาลาประชาคมบ้านหนองแวง"],
                 id="the-hall-painted-is-a-venue"),
    pytest.param("ควรทำความสะอาดห้องน้ำโรงเรียนทุกวัน\n", [], id="cleaning-a-kind-of-room-names-no-venue"),
]


@pytest.mark.parametrize("text, names", VENUES)
def test_venues(text, names):
    assert _flat(_names(text)) == _flat(names)
