"""Money, stop 15 round 2: a sum over several projects (a plan's line "3 โครงการ งบประมาณรวม …") is no one
project's budget. Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def total(text: str) -> float | None:
    """What the scorer takes as budget_total: the first item with role total."""
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


P = pytest.param

PLAN_SUMS = [
    P("แผนงานที่ 6 การพัฒนาระบบการแพทย์ฉุกเฉิน (3 โครงการ งบประมาณรวม 154,860 บาท) รหัสโครงการ 2.6.1 "
      "1. ชื่อโครงการ อบรม FR 8. งบประมาณ รวมทั้งสิ้น 62,060 บาท (หกหมื่นสองพันหกสิบบาทถ้วน)", 62060,
      id="regression-plan-line-sum-of-three-projects-acc22a"),
    P("ที่ประชุมอนุมัติ 12 โครงการ เป็นเงิน 450,000 บาท", None, id="minutes-approving-several-projects"),
    P("แผนงานควบคุมโรค จำนวน 4 โครงการ รวมงบประมาณ 96,500 บาท\nโครงการคัดกรองวัณโรค งบประมาณ 24,000 บาท", 24000,
      id="plan-count-then-one-projects-budget"),
    # counter-examples: one project, a project's own activities, a project number
    P("จำนวน 1 โครงการ งบประมาณ 20,000 บาท", 20000, id="one-project-is-the-project-itself"),
    P("จัด 5 กิจกรรม งบประมาณ 30,000 บาท", 30000, id="activities-of-one-project-sum-to-its-budget"),
    P("รหัสโครงการ 2.6.1 ชื่อโครงการ อบรม อสม. งบประมาณ 18,000 บาท", 18000, id="project-code-is-no-count"),
]


@pytest.mark.parametrize("text,expected", PLAN_SUMS)
def test_plan_sums(text, expected):
    assert total(text) == expected
