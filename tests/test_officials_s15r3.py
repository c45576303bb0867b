"""Officials, stop 15 round 2 (officials3 fixer): police and army command posts (ผบก., ผู้บังคับกองพัน);
an English post with its dash and & after คุณ + name; a department glued to ฝ่าย / แผนก right after a
name; a post after a spoken particle ("… ค่ะ เป็นพยาบาล…"); a graded post going on with an agent noun's
post (ผู้เยี่ยมสำรวจ…); a "(name)" standing beside another block's text on its line; the post cell of a
table extracted one cell a line. Sentences written for these tests; one row per case."""
from __future__ import annotations

import pytest

from field_rows import people_by_name


_people = people_by_name


_CELLS = ("ภาคผนวก\nรายชื่อผู้เข้ารับการอบรม\nลำดับ\nชื่อ - สกุล\nตำแหน่ง/หน่วยงาน\nลายมือชื่อ\n"
          "1\nนายสมพร ใจงาม\n{post}\nสมพร\n2\nนางจันทร์ดี ศรีนวล\nอสม. หมู่ที่ 7\nจันทร์ดี\n")

S15R3_PEOPLE = [
    # police / army command posts
    pytest.param("ด้าน พ.ต.อ.สุรชัย แก้วมณี ผบก.ภ.จว.น่าน กล่าวว่า จะตั้งด่านตรวจทุกอำเภอ",
                 {"สุรชัย แก้วมณี": ("พ.ต.อ.", "ผบก.ภ.จว.น่าน")},
                 id="regression-police-commander-abbreviation-acc21o"),
    pytest.param("โดยมี พ.ต.ต.วิชัย ทองสุข รอง ผบก.ภ.จว.แพร่ เป็นประธาน",
                 {"วิชัย ทองสุข": ("พ.ต.ต.", "รอง ผบก.ภ.จว.แพร่")}, id="deputy-police-commander"),
    pytest.param("กำลังพลจากกองพันทหารช่าง นำโดย พ.ท.ธนา ใจเพชร ผู้บังคับกองพัน 35 นาย ร่วมขุดลอกคลอง",
                 {"ธนา ใจเพชร": ("พ.ท.", "ผู้บังคับกองพัน")},
                 id="regression-battalion-commander-not-its-count-acc21x"),
    pytest.param("ร.อ.สมบัติ ดีงาม ผู้บังคับกองร้อยทหารราบที่ 3 มอบถุงยังชีพ",
                 {"สมบัติ ดีงาม": ("ร.อ.", "ผู้บังคับกองร้อยทหารราบที่ 3")}, id="company-commander-with-unit"),
    # an English post after คุณ + name, with its dash and &
    pytest.param("พร้อมด้วย คุณพิมพ์ชนก สายบุญ Senior Vice President – Marketing & Communications และ "
                 "คุณวีระ ทองดี ผู้จัดการโรงงาน ส่งมอบเครื่องกระตุกหัวใจ",
                 {"พิมพ์ชนก สายบุญ": ("คุณ", "Senior Vice President - Marketing & Communications"),
                  "วีระ ทองดี": ("คุณ", "ผู้จัดการโรงงาน")},
                 id="regression-english-post-with-dash-and-ampersand-acc21t"),
    pytest.param("คุณวีระ ทองดี ผู้จัดการโรงงาน - ส่งมอบเครื่องกระตุกหัวใจ",
                 {"วีระ ทองดี": ("คุณ", "ผู้จัดการโรงงาน")}, id="dash-after-a-thai-post-ends-it"),
    # a department glued to its unit word right after a name
    pytest.param("ติดต่อสื่อมวลชน: คุณอรุณี มีสุข ฝ่ายสื่อสารองค์กร โทร. 02-555-0101",
                 {"อรุณี มีสุข": ("คุณ", "ฝ่ายสื่อสารองค์กร")},
                 id="regression-department-after-a-name-acc21t"),
    pytest.param("นายสมชาย มีสุข แผนกผู้ป่วยนอก โรงพยาบาลนาดี เป็นผู้ประสานงาน",
                 {"สมชาย มีสุข": ("นาย", "แผนกผู้ป่วยนอก โรงพยาบาลนาดี")}, id="section-with-its-hospital"),
    pytest.param("นางมาลี ศรีสุข ฝ่าย เดียวกันกับเรา", {"มาลี ศรีสุข": ("นาง", None)},
                 id="bare-unit-word-is-no-post"),
    # a post after a spoken particle
    pytest.param("สวัสดีค่ะ ดิฉัน นางสาวอรอุมา แก้วดี ค่ะ เป็นพยาบาลวิชาชีพชำนาญการ อยู่ตึกศัลยกรรม",
                 {"อรอุมา แก้วดี": ("นางสาว", "พยาบาลวิชาชีพชำนาญการ")},
                 id="regression-post-after-a-particle-acc21u"),
    pytest.param("ผม นายวีระ ทองดี ครับ เป็นคนบ้านนาดีมาแต่เกิด", {"วีระ ทองดี": ("นาย", None)},
                 id="particle-then-no-post"),
    # a graded post going on with an agent noun's post
    pytest.param("และ นางสุดา ทองมา พยาบาลวิชาชีพชำนาญการพิเศษ ผู้ตรวจประเมินภายในเครือข่ายโรงพยาบาล"
                 " จังหวัดยโสธร เป็นกรรมการ",
                 {"สุดา ทองมา": ("นาง", "พยาบาลวิชาชีพชำนาญการพิเศษ ผู้ตรวจประเมินภายในเครือข่ายโรงพยาบาล"
                                        " จังหวัดยโสธร")},
                 id="regression-agent-noun-post-after-a-grade-acc21s"),
    pytest.param("นางสุดา ทองมา พยาบาลวิชาชีพชำนาญการ ผู้ป่วยเบาหวานในตำบลได้รับการดูแลทุกราย",
                 {"สุดา ทองมา": ("นาง", "พยาบาลวิชาชีพชำนาญการ")}, id="patients-after-a-grade-are-no-post"),
    pytest.param("นางสุดา ทองมา พยาบาลวิชาชีพชำนาญการ ผู้ที่ดูแลคลินิกเบาหวาน",
                 {"สุดา ทองมา": ("นาง", "พยาบาลวิชาชีพชำนาญการ")}, id="relative-clause-is-no-post"),
    pytest.param("นางสุดา ทองมา พยาบาลวิชาชีพ ผู้ตรวจประเมินภายใน", {"สุดา ทองมา": ("นาง", "พยาบาลวิชาชีพ")},
                 id="ungraded-post-does-not-run-on"),
    # a "(name)" with another block's text beside it after a wide gap
    pytest.param("                                         อนุมัติ\n"
                 "    ความเห็นของกลุ่มงาน               สุรชัย\n"
                 "        ประภา                     (นายแพทย์สุรชัย ทองเพชร)\n"
                 "     (นางประภา ศรีสม)               นายแพทย์สาธารณสุขจังหวัดตาก\n"
                 "  หัวหน้ากลุ่มงานควบคุมโรค                 3 ม.ค. 69\n",
                 {"สุรชัย ทองเพชร": ("นายแพทย์", "นายแพทย์สาธารณสุขจังหวัดตาก"),
                  "ประภา ศรีสม": ("นาง", "หัวหน้ากลุ่มงานควบคุมโรค")},
                 id="regression-name-beside-another-blocks-post-acc22b"),
    # a table extracted one cell a line
    pytest.param(_CELLS.format(post="ผู้ประกอบการร้านอาหาร"),
                 {"สมพร ใจงาม": ("นาย", "ผู้ประกอบการร้านอาหาร"), "จันทร์ดี ศรีนวล": ("นาง", "อสม. หมู่ที่ 7")},
                 id="regression-cell-per-line-table-post-acc22c"),
    pytest.param(_CELLS.format(post="ป้องกันและบรรเทาสาธารณภัย"),
                 {"สมพร ใจงาม": ("นาย", "ป้องกันและบรรเทาสาธารณภัย"),
                  "จันทร์ดี ศรีนวล": ("นาง", "อสม. หมู่ที่ 7")}, id="cell-per-line-any-words"),
    pytest.param(_CELLS.replace("{post}\n", ""),
                 {"สมพร ใจงาม": ("นาย", None), "จันทร์ดี ศรีนวล": ("นาง", "อสม. หมู่ที่ 7")},
                 id="cell-per-line-signature-is-no-post"),
    pytest.param("รายชื่อ\nนายสมพร ใจงาม\nผู้ประกอบการร้านอาหาร\n", {"สมพร ใจงาม": ("นาย", None)},
                 id="no-cell-header-no-post"),
]


@pytest.mark.parametrize("text, expected", S15R3_PEOPLE)
def test_s15r3_people(text, expected):
    assert _people(text) == expected
