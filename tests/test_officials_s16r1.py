"""Officials and positions, stop 16 round 1 (FO fixer): posts that stop at a verb, counts that are no
names, lay temple roles and specialist doctors, drawn boxes around a signature, nicknames between the
names, degree brackets before the post. Texts written for these tests; one row per case."""
from __future__ import annotations

import pytest

from field_rows import people_by_name

P = pytest.param

ROWS = [
    P("โดยมีนายวิรัช ปันแก้ว สมาชิกสภาเทศบาลเขต 2 ร่วมตรวจรับงาน",
      {"วิรัช ปันแก้ว": ("นาย", "สมาชิกสภาเทศบาลเขต 2")},
      id="regression-numbered-post-stops-at-a-verb-acc23a"),
    P("นางสมใจ ดีมาก ผู้ใหญ่บ้านหมู่ 4 มอบสิ่งของแก่ผู้สูงอายุ",
      {"สมใจ ดีมาก": ("นาง", "ผู้ใหญ่บ้านหมู่ 4")}, id="numbered-post-stops-at-give"),
    P("นายสมศักดิ์ ใจดี ผู้ใหญ่บ้านหมู่ 4 บ้านหนองแวง กล่าวต้อนรับ",
      {"สมศักดิ์ ใจดี": ("นาย", "ผู้ใหญ่บ้านหมู่ 4 บ้านหนองแวง")},
      id="counter-numbered-post-runs-on-over-its-village"),
    P("กลุ่มเป้าหมาย พระภิกษุยี่สิบสองรูป สามเณรหกรูป รวมยี่สิบแปดรูป", {},
      id="regression-count-in-number-words-is-no-name-acc23l"),
    P("นำโดยสามเณรสมชาย ใจดี", {"สมชาย ใจดี": ("สามเณร", None)}, id="counter-novice-with-a-name"),
    P("ผู้รับผิดชอบโครงการ  นายทองใบ ศรีภูเขียว มัคนายกวัดบ้านหนองบัว",
      {"ทองใบ ศรีภูเขียว": ("นาย", "มัคนายกวัดบ้านหนองบัว")},
      id="regression-lay-temple-role-after-the-name-acc23l"),
    P("นายสมพร ดีงาม ไวยาวัจกรวัดป่าสัก", {"สมพร ดีงาม": ("นาย", "ไวยาวัจกรวัดป่าสัก")},
      id="temple-steward"),
    P("แพทย์หญิงกุลธิดา พรมมา สูตินรีแพทย์ชำนาญการพิเศษ โรงพยาบาลศูนย์สกลนคร",
      {"กุลธิดา พรมมา": ("แพทย์หญิง", "สูตินรีแพทย์ชำนาญการพิเศษ โรงพยาบาลศูนย์สกลนคร")},
      id="regression-obstetrician-gynaecologist-acc23n"),
    P("│ ลงชื่อ .......อุดม....... (นายอุดม พิมพ์ทอง)        │\n"
      "│ ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลดูน เลขานุการกองทุนฯ      │\n"
      "│ วันที่ 13 ธันวาคม 2567                     │",
      {"อุดม พิมพ์ทอง": ("นาย", "ปลัดองค์การบริหารส่วนตำบลดูน เลขานุการกองทุนฯ")},
      id="regression-signature-in-a-drawn-box-acc23g"),
    P("ลงชื่อ (นายอุดม พิมพ์ทอง)\nตำแหน่ง ปลัดองค์การบริหารส่วนตำบลดูน",
      {"อุดม พิมพ์ทอง": ("นาย", "ปลัดองค์การบริหารส่วนตำบลดูน")}, id="counter-signature-without-box"),
    P('โดย นางสาวสุดารัตน์ "พี่แอ๋ว" มีสุข พยาบาลวิชาชีพชำนาญการ หอผู้ป่วยในหญิง — รางวัลชนะเลิศ',
      {"สุดารัตน์ มีสุข": ("นางสาว", "พยาบาลวิชาชีพชำนาญการ หอผู้ป่วยในหญิง")},
      id="regression-quoted-nickname-between-the-names-acc23r"),
    P("นายสมชาย (หมอเอ) ใจดี แพทย์แผนไทย", {"สมชาย ใจดี": ("นาย", "แพทย์แผนไทย")},
      id="bracketed-nickname-between-the-names"),
    P("นายอนุชิต บุญประเสริฐ ผู้อำนวยการภาค ภาคตะวันออกเฉียงเหนือตอนล่าง (Regional Director) "
      "เป็นผู้แทนธนาคาร",
      {"อนุชิต บุญประเสริฐ": ("นาย", "ผู้อำนวยการภาค ภาคตะวันออกเฉียงเหนือตอนล่าง (Regional Director)")},
      id="regression-regional-post-and-english-gloss-acc24c"),
    P("▪ อ.พญ.ชลธิชา รัตนวงศ์ (พ.บ., วว.เวชศาสตร์ครอบครัว) ภาควิชาเวชศาสตร์ครอบครัว คณะแพทยศาสตร์",
      {"ชลธิชา รัตนวงศ์": ("อ.พญ.", "ภาควิชาเวชศาสตร์ครอบครัว คณะแพทยศาสตร์")},
      id="regression-degree-bracket-before-the-unit-acc24e"),
    P("▪ ผศ.ดร.ธนพล แก้วมณี (Ph.D. Clinical Psychology) อาจารย์ประจำสาขาจิตวิทยา",
      {"ธนพล แก้วมณี": ("ผศ.ดร.", "อาจารย์ประจำสาขาจิตวิทยา")},
      id="english-degree-bracket-before-the-post"),
    P("▪ คุณวาสนา พรหมมา (พย.ม. การพยาบาลชุมชน) พยาบาลปฏิบัติการขั้นสูง (APN) คลินิกเลิกบุหรี่",
      {"วาสนา พรหมมา": ("คุณ", "พยาบาลปฏิบัติการขั้นสูง (APN) คลินิกเลิกบุหรี่")},
      id="nursing-degree-bracket-and-a-clinic"),
    P("▪ คุณวาสนา พรหมมา พยาบาลวิชาชีพ\n• คุณวาสนาโชว์ตัวอย่างการให้คำปรึกษา",
      {"วาสนา พรหมมา": ("คุณ", "พยาบาลวิชาชีพ")},
      id="regression-known-given-name-glued-to-a-verb-acc24e"),
    P("ลงชื่อ ผู้เสนอโครงการ (นางอัมพร ปัญญาวงค์) ตำแหน่ง พยาบาลวิชาชีพชำนาญการ วันที่ 21 พฤศจิกายน 2568",
      {"อัมพร ปัญญาวงค์": ("นาง", "พยาบาลวิชาชีพชำนาญการ")},
      id="regression-labelled-post-after-the-bracketed-signer-acc23t"),
    P("ผู้อำนวยการโรงพยาบาลนาดี (นายแพทย์สมชาย ใจดี) กล่าวเปิดงาน",
      {"สมชาย ใจดี": ("นายแพทย์", "ผู้อำนวยการโรงพยาบาลนาดี")},
      id="counter-post-before-a-bracketed-name-in-prose"),
    P("วิทยากรคือ นางสาวกัลยา อินต๊ะวงค์ พยาบาลวิชาชีพชำนาญการ ผู้ผ่านการอบรมหลักสูตรที่ปรึกษานมแม่ กิจกรรมต่อไป",
      {"กัลยา อินต๊ะวงค์": ("นางสาว", "พยาบาลวิชาชีพชำนาญการ")},
      id="regression-post-stops-at-a-qualification-acc23t"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_officials_s16r1(text, expected):
    assert people_by_name(text) == expected
