"""Venues and area (stop 15, round 1): patients' and specimens' own trips, lodging and a trip's
gathering point, clauses glued to a bare facility word, company names, Thai names ending in a
lodging word, lists after a bare facility word, names wrapped onto the next line, visit tables
and study-visit schedules, a hall said in short. One row per case; every text is written for
this table."""
from __future__ import annotations

import pytest

from thaidocx import extract
from field_rows import venue_names


_names = venue_names


def _flat(names: list[str]) -> list[str]:
    return ["".join(n.split()) for n in names]


_VISIT_HEAD = "| ลำดับ | หน่วยบริการ | วันที่นิเทศ | คะแนน |\n|---|---|---|---|\n"
_SCHEDULE = "เวลา\tกิจกรรม\tหมายเหตุ\n"

VENUES = [
    # a patient's or a specimen's own trip, right before the cue
    pytest.param("ทบทวนเวชระเบียนผู้ป่วยที่มารับการรักษาที่โรงพยาบาลนาดี ระหว่างวันที่ 3–5 พ.ค. 2568\n"
                 "ประชุมสรุป ณ ศาลาประชาคมบ้านโคก\n", ["ศาลาประชาคมบ้านโคก"],
                 id="regression-the-hospital-patients-were-treated-at-was-a-venue-acc19n"),
    pytest.param("เก็บตัวอย่างอุจจาระ 12 ตัวอย่าง ส่งตรวจที่ศูนย์วิทยาศาสตร์การแพทย์ที่ 9 นครราชสีมา\n", [],
                 id="regression-the-lab-a-sample-was-sent-to-was-a-venue-acc19n"),
    pytest.param("มารดาอายุต่ำกว่า 20 ปี คลอดที่ รพ.นาดี ปีที่แล้ว 41 ราย\n", [],
                 id="regression-the-hospital-of-births-was-a-venue-acc20c"),
    pytest.param("ได้เก็บเสมหะส่งตรวจทันที ส่วนตำบลต่อไปคือ ต.โคกงาม ในวันที่ 18 พ.ย. 68 ณ โรงเรียนบ้านโคกงาม\n",
                 ["โรงเรียนบ้านโคกงาม"], id="a-specimen-word-far-before-the-cue-leaves-it-a-venue"),
    # lodging right before a cue; a trip's gathering point
    pytest.param("อบรม ณ ค่ายลูกเสือนาดี จ.สุรินทร์ (พักที่อาคารกองร้อยฝึก 2 หลัง)\n", ["ค่ายลูกเสือนาดี"],
                 id="regression-lodging-buildings-were-a-venue-acc19v"),
    pytest.param("อบรมที่อาคารกองร้อยฝึก 2 โรงเรียนนาดี\n", ["อาคารกองร้อยฝึก 2 โรงเรียนนาดี"],
                 id="a-numbered-building-without-lodging-stays"),
    pytest.param(_SCHEDULE + "06.30 น.\tพร้อมกัน ณ ลานจอดรถสำนักงานเทศบาลตำบลนาดี ลงทะเบียน\n"
                 "07.00 น.\tออกเดินทางสู่จังหวัดเชียงราย\n"
                 "09.30 น.\tศึกษาดูงาน ศูนย์ฟื้นฟูสุขภาพผู้สูงอายุเทศบาลตำบลโคกงาม\tผู้ประสานงาน\n",
                 ["ศูนย์ฟื้นฟูสุขภาพผู้สูงอายุเทศบาลตำบลโคกงาม"],
                 id="regression-a-trips-gathering-point-was-a-venue-and-the-visited-site-missed-acc19e"),
    pytest.param("08.30 น. ผู้เข้าอบรมพร้อมกัน ณ ห้องประชุมโรงพยาบาลนาดี ลงทะเบียน\n09.00 น. พิธีเปิด\n",
                 ["ห้องประชุมโรงพยาบาลนาดี"], id="gathering-with-no-departure-is-the-venue"),
    pytest.param(_SCHEDULE + "13.30 น.\tศึกษาดูงาน ธนาคารกายอุปกรณ์ชุมชนบ้านดอน ตำบลดอนแก้ว\t\n",
                 ["ธนาคารกายอุปกรณ์ชุมชนบ้านดอน"], id="a-visited-site-needs-no-facility-word"),
    pytest.param(_SCHEDULE + "09.00 น.\tศึกษาดูงาน ศูนย์ดูแลผู้สูงอายุกลางวัน (Day Care) เทศบาลตำบล\t\n"
                 "\tโคกงาม อำเภอนาดี  รับฟังการนำเสนอ\n",
                 ["ศูนย์ดูแลผู้สูงอายุกลางวัน (Day Care) เทศบาลตำบลโคกงาม"],
                 id="an-organisation-word-ending-a-cell-goes-on-below"),
    # clauses glued to a bare facility word
    pytest.param("การให้แรงงานลางานมาตรวจที่โรงพยาบาลทำให้ทั้งนายจ้างและลูกจ้างเสียรายได้\n", [],
                 id="regression-a-clause-glued-to-a-bare-hospital-was-a-venue-acc19u"),
    pytest.param("เด็กไม่กล้ามาคลินิกวัยรุ่นที่โรงพยาบาลเพราะกลัวเจอคนรู้จัก\n", [],
                 id="regression-because-glued-to-a-bare-hospital-acc20c"),
    pytest.param("สไลด์ชุดนี้สรุปงานที่โรงงานเมื่อต้นเดือน ตัวเลขทั้งหมด\n", [],
                 id="regression-a-time-word-glued-to-a-bare-factory-acc20d"),
    # a company's name runs to จำกัด
    pytest.param("ออกหน่วยตรวจสุขภาพ ณ โรงอาหาร บริษัท ส.มั่นคงฟู้ด จำกัด ต.ท่าไม้ อ.กระทุ่มแบน จ.สมุทรสาคร\n",
                 ["โรงอาหาร บริษัท ส.มั่นคงฟู้ด จำกัด"], id="regression-a-canteen-lost-its-company-acc19u"),
    pytest.param("ตรวจสุขภาพ ณ บริษัท ไทยรุ่งเรือง จำกัด (มหาชน) โดยมีผู้จัดการ\n",
                 ["บริษัท ไทยรุ่งเรือง จำกัด (มหาชน)"], id="a-public-company-as-the-venue"),
    # Thai names ending in a lodging word; new facility words
    pytest.param("ปีนี้จัดวันที่ 5-7 ธ.ค. 68 ที่บ้านสวนริมปิง รีสอร์ท อ.สารภี จ.เชียงใหม่ ค่ะ\n",
                 ["บ้านสวนริมปิง รีสอร์ท"], id="regression-a-resort-with-a-plain-thai-name-missed-acc19g"),
    pytest.param("ได้พาเด็กไปฝึกในแหล่งน้ำจริงที่บ่อน้ำสาธารณะบ้านโคก ตำบลนาดี\n", ["บ่อน้ำสาธารณะบ้านโคก"],
                 id="regression-a-public-pond-where-children-practised-missed-acc19h"),
    pytest.param("ต้องพาภรรยาไปล้างแผลที่โรงพยาบาลนาดี เดือนละ 2 ครั้ง\n", [],
                 id="an-escorted-patient-trip-stays-out"),
    pytest.param("| วันที่ | สถานที่ | ผู้เข้าร่วม |\n|---|---|---|\n| 14 ก.พ. 68 | กศน.อำเภอนาดี | 114 |\n",
                 ["กศน.อำเภอนาดี"], id="regression-an-adult-education-centre-cell-missed-acc20c"),
    # a race kit picked up the day before
    pytest.param("รับเสื้อและเบอร์วิ่ง วันเสาร์ที่ 13 ธ.ค. 68 ที่หอประชุมเทศบาลนาดี\n", [],
                 id="regression-the-race-kit-pickup-was-a-venue-acc19x"),
    # a second place after และ + a space; places listed after a bare facility word
    pytest.param("7. สถานที่ดำเนินการ    ศาลาประชาคมบ้านโคก หมู่ที่ 6 และ รพ.สต.บ้านนาดี\n",
                 ["ศาลาประชาคมบ้านโคก หมู่ที่ 6", "รพ.สต.บ้านนาดี"],
                 id="regression-the-place-after-and-space-was-missed-acc19w"),
    pytest.param("ประชุม ณ ศาลาประชาคมบ้านโคก และ นายสมชาย ใจดี เป็นประธาน\n", ["ศาลาประชาคมบ้านโคก"],
                 id="and-space-before-a-person-opens-no-place"),
    pytest.param("ทีมทันตบุคลากร รวม 6 คน ออกตรวจที่โรงเรียน\n2 แห่ง ได้แก่ โรงเรียนบ้านโคก (ตรวจวันที่ 19 พ.ย. 67)"
                 " และโรงเรียนบ้านดอน\n(ตรวจวันที่ 3 ธ.ค. 67) โดยใช้ห้องสมุด\n",
                 ["โรงเรียนบ้านโคก", "โรงเรียนบ้านดอน"], id="regression-schools-listed-after-n-places-missed-acc19q"),
    pytest.param("ออกหน่วยที่ รพ.สต. 3 แห่ง คือ รพ.สต.บ้านนา, รพ.สต.บ้านโคก และ รพ.สต.บ้านดง\n",
                 ["รพ.สต.บ้านนา", "รพ.สต.บ้านโคก", "รพ.สต.บ้านดง"], id="health-centres-listed-after-kue"),
    # a name's rest hard-wrapped onto a line of its own
    pytest.param("        กิจกรรมที่ 1 อบรมเชิงปฏิบัติการ ใจดี สุขภาพดี วันที่ 22 – 23 พฤษภาคม 2568 ณ อาคารศูนย์ส่งเสริม\n"
                 "สุขภาพผู้สูงวัยตำบลนาดี\n        กิจกรรมที่ 2 เยี่ยมบ้าน\n",
                 ["อาคารศูนย์ส่งเสริมสุขภาพผู้สูงวัยตำบลนาดี"],
                 id="regression-a-name-wrapped-at-a-word-boundary-was-cut-acc19b"),
    # a visit table's unit column beside a date column
    pytest.param(_VISIT_HEAD + "| 1 | รพ.สต.บ้านนาดี | 21 ม.ค.68 | 86 |\n| 2 | รพ.สต.บ้านโคก | 22 ม.ค.68 | 76 |\n"
                 "|---|---|---|---|\n|  | เฉลี่ย |  | 81 |\n",
                 ["รพ.สต.บ้านนาดี", "รพ.สต.บ้านโคก"],
                 id="regression-a-supervision-tables-units-missed-acc19o"),
    pytest.param("| ลำดับ | หน่วยบริการ | เป้าหมาย | ผลงาน |\n|---|---|---|---|\n| 1 | รพ.สต.บ้านนาดี | 120 | 86 |\n",
                 [], id="a-results-table-by-unit-without-dates-names-no-venue"),
    # a hall said in short beside its full name
    pytest.param("             ณ ศาลาการเปรียญวัดโพธิ์ทองบ้านนา\nผู้ประกาศ : ย้ำอีกครั้ง ที่ศาลาวัดโพธิ์ทองบ้านนา\n",
                 ["ศาลาการเปรียญวัดโพธิ์ทองบ้านนา"], id="regression-a-hall-said-in-short-was-a-second-venue-acc19i"),
    pytest.param("ประชุม ณ ศาลาวัดนา\nและที่ ศาลาการเปรียญวัดนาคำ\n", ["ศาลาวัดนา", "ศาลาการเปรียญวัดนาคำ"],
                 id="another-temples-hall-stays"),
    pytest.param("อบรม ณ อาคาร 2 โรงพยาบาลนาดี และที่อาคารโรงพยาบาลนาดี\n",
                 ["อาคาร 2 โรงพยาบาลนาดี", "อาคารโรงพยาบาลนาดี"], id="a-numbered-building-is-not-said-in-short"),
]


@pytest.mark.parametrize("text, names", VENUES)
def test_venues(text, names):
    assert _flat(_names(text)) == _flat(names)


def test_the_visited_sites_give_both_provinces():
    text = (_SCHEDULE + "09.30 น.\tศึกษาดูงาน ศูนย์ฟื้นฟูสุขภาพผู้สูงอายุเทศบาลตำบลป่าแดด อำเภอเมืองเชียงใหม่\t\n"
            "09.00 น.\tศึกษาดูงาน ศูนย์ดูแลผู้สูงอายุกลางวัน เทศบาลตำบลเหมืองง่า อำเภอเมืองลำพูน\t\n")
    assert {v.province for v in extract(text).venues} == {"เชียงใหม่", "ลำพูน"}
