"""Venues and the area (stop 16, round 3): a next activity's teaser block, the space under a
raised building, a patient's own trip for a service, an invitation to a later service, a
bracketed locator note inside a name, a room's institution on a hard-wrapped line, a quoted
title or slogan, a hardship given as a reason, a bare district beside a facility, a table row's
short form of a venue, a wrapped name without a raw newline, a bare province after ที่. One row
per case; every text is written for this table."""
from __future__ import annotations

import pytest

from thaidocx import extract
from field_rows import venue_names


def _flat(names: list[str]) -> list[str]:
    return ["".join(n.split()) for n in names]


VENUES = [
    # a teaser of the next activity: its block's place is a later event's
    pytest.param("อบรมการทำลูกประคบ ณ ห้องประชุมเทศบาลตำบลนาดี ผู้เข้าร่วม 40 คน\n\n"
                 "📌 กิจกรรมต่อไป\nกิจกรรมที่ 2 นวดไทย วันที่ 20 ก.ค. 2568\nณ ศาลาการเปรียญวัดนาดี  รับ 30 คน\n",
                 ["ห้องประชุมเทศบาลตำบลนาดี"], id="regression-a-next-activity-teasers-temple-was-a-venue-acc23d"),
    pytest.param("นัดหมายครั้งต่อไป\nวันที่ 3 ส.ค. 2568 ณ ศาลาประชาคมบ้านโคก\n\nอบรม อสม. ณ วัดโคกงาม 30 คน\n",
                 ["วัดโคกงาม"], id="a-next-appointment-heading-opens-a-later-block"),
    pytest.param("📌 กิจกรรมต่อไป\nวันที่ 20 ก.ค. 2568 ณ ศาลาการเปรียญวัดนาดี\n",
                 ["ศาลาการเปรียญวัดนาดี"], id="a-teaser-alone-keeps-its-place"),
    pytest.param("กิจกรรมต่อไปเป็นการสาธิต ณ ห้องประชุมโรงพยาบาลนาดี\n\nจบกิจกรรม\n",
                 ["ห้องประชุมโรงพยาบาลนาดี"], id="the-next-item-of-the-same-day-alone-stays"),
    # the space under a raised building
    pytest.param("จัดอบรมที่ใต้ถุนอาคารศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุเทศบาลตำบลนาดี (ข้างตลาดสด) 45 คน\n",
                 ["ใต้ถุนอาคารศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุเทศบาลตำบลนาดี"],
                 id="regression-the-space-under-a-building-was-missed-acc23d"),
    pytest.param("เด็กๆ ชอบเล่นที่ใต้ถุนบ้าน\n", [], id="the-space-under-a-house-names-no-venue"),
    # a patient's own trip for a service; an invitation to a later service
    pytest.param("ออกหน่วยฉีดวัคซีน ณ ลานวัดนาดี ปีที่ผ่านมามีผู้ถูกสุนัขกัดไปรับวัคซีนที่โรงพยาบาลนาดี 57 ราย\n",
                 ["ลานวัดนาดี"], id="regression-bitten-people-going-for-vaccine-gave-a-venue-acc23a"),
    pytest.param("ผู้ป่วยไปพบแพทย์ที่โรงพยาบาลนาดีเดือนละครั้ง\nอบรม ณ วัดโคก\n", ["วัดโคก"],
                 id="going-to-see-a-doctor-is-a-patients-trip"),
    pytest.param("ทีมงานลงไปฉีดวัคซีนที่โรงเรียนบ้านนาดี 120 คน\n", ["โรงเรียนบ้านนาดี"],
                 id="staff-going-to-vaccinate-at-a-school-is-the-venue"),
    pytest.param("อบรม ณ ศาลาสวนสมุนไพร โรงพยาบาลนาดี\nผู้ที่สนใจสามารถมารับบริการนวดประคบได้ที่คลินิกแพทย์แผนไทย "
                 "โรงพยาบาลนาดี ในวันและเวลาราชการ\n",
                 ["ศาลาสวนสมุนไพร โรงพยาบาลนาดี"], id="regression-a-later-service-invitation-was-a-venue-acc23m"),
    pytest.param("ประชาชนมารับบริการตรวจสุขภาพที่ศาลาประชาคมบ้านโคก 80 คน\n", ["ศาลาประชาคมบ้านโคก"],
                 id="people-who-came-for-the-service-without-dai-keep-the-venue"),
    # a bracketed locator note inside a name
    pytest.param("จัดอบรม ณ ศาลาสวนสมุนไพร (ด้านหลังอาคารแพทย์แผนไทย) โรงพยาบาลเนินดี อำเภอนาดี\n",
                 ["ศาลาสวนสมุนไพร โรงพยาบาลเนินดี"], id="regression-a-name-was-cut-at-a-locator-note-acc23m"),
    pytest.param("จัดอบรม ณ ศาลาสวนสมุนไพร (ด้านหลังอาคารแพทย์แผนไทย) ผู้เข้าร่วม 40 คน\n",
                 ["ศาลาสวนสมุนไพร"], id="a-locator-note-before-no-facility-ends-the-name"),
    pytest.param("ประชุม ณ คลินิกไร้พุง (DPAC) อาคารผู้ป่วยนอก โรงพยาบาลนาดี\n",
                 ["คลินิกไร้พุง (DPAC) อาคารผู้ป่วยนอก โรงพยาบาลนาดี"], id="an-acronym-in-brackets-stays-in-the-name"),
    # a room's institution on a hard-wrapped line at the same indent
    pytest.param("  กิจกรรมที่ 1 อบรมแกนนำนักเรียน \"อย.น้อย\" วันศุกร์ที่ 17 มกราคม 2568 ณ ห้องประชุมจำปาขาว\n"
                 "  โรงเรียนบ้านโนนดี ผู้เข้าอบรม 40 คน\n",
                 ["ห้องประชุมจำปาขาว โรงเรียนบ้านโนนดี"], id="regression-a-rooms-school-on-the-wrapped-line-was-cut-acc23g"),
    pytest.param("  อบรม ณ ห้องประชุมจำปาขาว\n  โรงเรียนบ้านโนนดี จัดกิจกรรมแปรงฟัน\n", ["ห้องประชุมจำปาขาว"],
                 id="a-short-line-is-no-wrap"),
    # a quoted title or slogan
    pytest.param("จัดงานภายใต้แนวคิด \"เล่าเรื่องดี ส่งต่อความรู้สู่ชุมชน\" ณ ห้องประชุมพระวิหาร ชั้น 4 โรงพยาบาลนาดี\n",
                 ["ห้องประชุมพระวิหาร ชั้น 4 โรงพยาบาลนาดี"], id="regression-a-slogans-refer-word-blocked-the-venue-acc23r"),
    pytest.param("ส่งต่อผู้ป่วย 12 ราย ณ โรงพยาบาลนาดี\nอบรม ณ วัดโคก\n", ["วัดโคก"],
                 id="referral-outside-quotes-still-a-later-destination"),
    pytest.param("อบรม ณ วัดโคก\n  ➌ \"ฟันดีที่ศูนย์เด็กเล็ก\" โดย ทพญ.ชนิดา แสงดี\n", ["วัดโคก"],
                 id="regression-a-story-titles-thi-gave-a-venue-acc23r"),
    pytest.param("นายก กล่าวว่า \"วันนี้เรามาจัดกิจกรรมกันที่ศาลาประชาคมบ้านนาดี ขอบคุณทุกท่านที่มาร่วมงานกันมากมายในวันนี้\"\n",
                 ["ศาลาประชาคมบ้านนาดี"], id="a-long-quoted-speech-may-tell-the-venue"),
    # a hardship given as a reason
    pytest.param("ผู้ป่วยมาพบแพทย์ช้า เพราะต้องเดินทางไกลมาตรวจที่โรงพยาบาลตรังซึ่งมีเครื่องเดียว\n"
                 "ตรวจคัดกรอง ณ โรงพยาบาลนาดี\n",
                 ["โรงพยาบาลนาดี"], id="regression-a-reasons-hospital-was-a-venue-acc24b"),
    pytest.param("ผู้สูงอายุชอบมาก เพราะจัดที่ศาลาประชาคมบ้านโคก ใกล้บ้าน\n", ["ศาลาประชาคมบ้านโคก"],
                 id="a-reason-without-tong-may-tell-the-venue"),
    # a bare district beside a facility
    pytest.param("ตรวจคัดกรองมะเร็ง นำร่องที่อำเภอพังโคน\n\nเมื่อวันที่ 11 มี.ค. 2569 ที่หอประชุมอำเภอพังโคน มีผู้เข้าร่วม 300 คน\n",
                 ["หอประชุมอำเภอพังโคน"], id="regression-a-headlines-bare-district-was-a-venue-acc23n"),
    pytest.param("ออกหน่วยครั้งนี้ที่อำเภอนาเยีย จังหวัดอุบลราชธานี\n", ["อำเภอนาเยีย"],
                 id="a-bare-district-alone-stays"),
    # a table row's short form of a venue named in full
    pytest.param("บริจาคโลหิต ณ ลานกิจกรรมชั้น 1 ศูนย์การค้านาดีพลาซ่า\n\n"
                 "  วันที่        จุดรับบริจาค                 ผู้บริจาค(ราย)\n"
                 "  6 พ.ย. 68    ศูนย์การค้านาดีพลาซ่า\n",
                 ["ลานกิจกรรมชั้น 1 ศูนย์การค้านาดีพลาซ่า"], id="regression-a-table-rows-short-form-was-a-second-venue-acc24f"),
    pytest.param("ประชุม ณ มัสยิดนูรุลดี และมอบรางวัลที่ลานหน้ามัสยิดนูรุลดี\n",
                 ["มัสยิดนูรุลดี", "ลานหน้ามัสยิดนูรุลดี"], id="a-facility-and-its-forecourt-in-prose-are-two-venues"),
]


@pytest.mark.parametrize("text, names", VENUES)
def test_venues(text, names):
    assert _flat(venue_names(text)) == _flat(names)


WRAPPED = [
    pytest.param("จัดประชุม ณ ห้องประชุมชั้น 2\nอาคารโรงจอดรถ เทศบาลเมืองนาดี\n",
                 "ห้องประชุมชั้น 2 อาคารโรงจอดรถ เทศบาลเมืองนาดี", id="regression-a-wrapped-name-kept-its-newline-acc23f"),
    pytest.param("ประชุม ณ โรงพ\nยาบาลหันคา ต.หันคา\n", "โรงพยาบาลหันคา", id="a-word-wrapped-inside-is-glued"),
]


@pytest.mark.parametrize("text, name", WRAPPED)
def test_wrapped_names_have_no_raw_newline(text, name):
    assert venue_names(text) == [name]


AREAS = [
    pytest.param("โน้ตจากคอร์ส Motivational Interviewing ที่ขอนแก่น (ยาวหน่อย)\nสถานที่ : ห้องประชุมกัลปพฤกษ์ โรงแรมแกรนด์วิว\n",
                 "ขอนแก่น", id="regression-a-bare-province-after-thi-was-missed-acc24e"),
    pytest.param("อบรม ณ วัดโคก อ.เมืองน่าน จ.น่าน\nคราวก่อนไปดูงานที่ขอนแก่น\n", "น่าน",
                 id="a-stated-address-beats-a-bare-province"),
]


@pytest.mark.parametrize("text, province", AREAS)
def test_area_province(text, province):
    area = extract(text).area
    assert area is not None and area.province == province


NO_AREA = [
    pytest.param("ไม่มีที่ตากผ้าเลย\n", id="a-province-glued-into-a-word-is-none"),
    pytest.param("อบรมเรื่องโรคที่แพร่ระบาด ณ วัดโคก\n", id="a-spread-disease-is-no-province"),
]


@pytest.mark.parametrize("text", NO_AREA)
def test_no_area(text):
    assert extract(text).area is None
