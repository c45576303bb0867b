"""Objectives (stop 14, round 2): a form's menu of objectives with tick boxes, notes under an
item, a heading closed by a bracketed instruction. One row per case; every text is written for
this table."""
from __future__ import annotations

import pytest

from thaidocx import extract


def _objectives(text: str) -> list[str]:
    return [o.text for o in extract(text).objectives]


_MENU = ("วัตถุประสงค์/ตัวชี้วัด (เลือกจากแผนงานของกองทุน ทำเครื่องหมาย ☑ หน้าข้อที่เลือก)\n"
         "☑ 1. เพื่อให้แกนนำครอบครัวมีความรู้เรื่องการจัดเก็บยาในบ้าน\n"
         "      ตัวชี้วัด : ร้อยละ 85 ของแกนนำผ่านแบบทดสอบ\n"
         "☐ 2. เพื่อส่งเสริมการออกกำลังกายในกลุ่มวัยเรียน\n"
         "☑ 3. เพื่อให้ทุกครัวเรือนมีตู้ยาสามัญประจำบ้าน\n"
         "      ตัวชี้วัด : ครัวเรือนมีตู้ยาครบทุกหลัง\n"
         "\n"
         "กลุ่มเป้าหมาย\n")

OBJECTIVES = [
    pytest.param(_MENU, ["เพื่อให้แกนนำครอบครัวมีความรู้เรื่องการจัดเก็บยาในบ้าน",
                         "เพื่อให้ทุกครัวเรือนมีตู้ยาสามัญประจำบ้าน"],
                 id="regression-ticked-menu-objectives-missed-acc18g"),
    pytest.param("วัตถุประสงค์ (ทำเครื่องหมายเลือกได้มากกว่า 1 ข้อ)\n"
                 "[ ] เพื่อลดอัตราป่วยด้วยโรคไข้เลือดออกในหมู่บ้าน\n"
                 "[x] เพื่อให้โรงเรียนปลอดลูกน้ำยุงลายตลอดปีการศึกษา\n"
                 "[/] เพื่อสร้างแกนนำนักเรียนจิตอาสาพิชิตลูกน้ำ\n",
                 ["เพื่อให้โรงเรียนปลอดลูกน้ำยุงลายตลอดปีการศึกษา", "เพื่อสร้างแกนนำนักเรียนจิตอาสาพิชิตลูกน้ำ"],
                 id="square-bracket-boxes-first-unticked"),
    pytest.param("วัตถุประสงค์/ตัวชี้วัด\n"
                 "ข้อ 1  เพื่อให้ผู้ดูแลผู้ป่วยติดเตียงจัดท่านอนได้ถูกวิธีทุกสองชั่วโมง\n"
                 "      ตัวชี้วัด : ผู้ดูแลร้อยละ 90 สาธิตย้อนกลับได้\n"
                 "      ผลที่ได้ : ร้อยละ 94   [✔] บรรลุ\n"
                 "ข้อ 2  เพื่อลดการเกิดแผลกดทับรายใหม่ในผู้ป่วยติดเตียง\n"
                 "      ตัวชี้วัด : ไม่มีแผลกดทับรายใหม่\n",
                 ["เพื่อให้ผู้ดูแลผู้ป่วยติดเตียงจัดท่านอนได้ถูกวิธีทุกสองชั่วโมง",
                  "เพื่อลดการเกิดแผลกดทับรายใหม่ในผู้ป่วยติดเตียง"],
                 id="notes-under-each-item-do-not-end-the-list"),
    pytest.param("วัตถุประสงค์\n"
                 "1. เพื่อให้ผู้สูงอายุได้รับการคัดกรองภาวะซึมเศร้าทุกคน\n"
                 "2. เพื่อส่งต่อผู้มีความเสี่ยงเข้ารับการรักษา\n"
                 "ตัวชี้วัดความสำเร็จ\n"
                 "ผู้สูงอายุได้รับการคัดกรองร้อยละ 90 ของทั้งหมดในตำบล\n",
                 ["เพื่อให้ผู้สูงอายุได้รับการคัดกรองภาวะซึมเศร้าทุกคน", "เพื่อส่งต่อผู้มีความเสี่ยงเข้ารับการรักษา"],
                 id="indicator-heading-without-colon-still-ends-the-list"),
]


@pytest.mark.parametrize("text,expected", OBJECTIVES)
def test_objectives(text, expected):
    assert _objectives(text) == expected


NOT_OBJECTIVES = [
    pytest.param("วัตถุประสงค์ (เลือกจากแผนงานของกองทุน)\n"
                 "☐ 1. เพื่อลดจำนวนผู้ป่วยโรคเบาหวานรายใหม่\n"
                 "☐ 2. เพื่อส่งเสริมการออกกำลังกายในกลุ่มวัยทำงาน\n",
                 id="blank-menu-states-no-objective"),
]


@pytest.mark.parametrize("text", NOT_OBJECTIVES)
def test_not_objectives(text):
    assert _objectives(text) == []
