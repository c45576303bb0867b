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


# ------------------------------------------------- bare amounts of a follow-up card (M3-c, acc21g)
def amounts(text: str) -> list[float]:
    return sorted(b.amount for b in extract(text).budgets)


CARDS = [
    P("งบประมาณ 28,740.00 บาท    ใช้จ่ายแล้ว 17,385.00    คงเหลือ 11,355.00", [11355, 17385, 28740],
      id="regression-spent-so-far-before-a-wide-gap-acc21g"),
    P("   งบกิจกรรม 3,000.00 | ใช้จริง 2,425.00   (อาหารว่าง 97 คน x 25 บาท)", [25, 2425, 3000],
      id="regression-activity-budget-and-actual-without-baht-acc21g"),
    P("   เป้าหมาย 52 คน   งบกิจกรรม 5,300.00", [5300], id="activity-budget-after-a-target"),
    # counter-examples: a Thai word right after the number is its unit; counts stay counts
    P("งบประมาณ 2,500 ต้นกล้า", [], id="thai-word-right-after-is-a-unit"),
    P("ใช้จริง 1,200 คน", [], id="spent-cue-before-a-count"),
]


@pytest.mark.parametrize("text,expected", CARDS)
def test_card_amounts(text, expected):
    assert amounts(text) == expected


def test_spent_so_far_is_no_budget():
    assert total("งบประมาณ 28,740.00 บาท    ใช้จ่ายแล้ว 17,385.00    คงเหลือ 11,355.00") == 28740
    assert total("ใช้จ่ายแล้ว 17,385 บาท") is None


# ------------------------------------------------- cost lines under a budget summary, after a blank line (acc21i)
SUMMARY = ("สรุปการใช้งบประมาณ\n"
           "   งบประมาณที่ได้รับอนุมัติ          24,000.00 บาท\n"
           "   ใช้จ่ายจริง                      23,150.00 บาท\n"
           "\n")
COSTS = ("   ค่าตอบแทนวิทยากร                  2,400.00\n"
         "   ค่าอาหารว่างผู้เข้าอบรม             3,750.00\n"
         "   ค่าวัสดุสาธิต                      1,280.00\n")

SUMMARY_COSTS = [
    P(SUMMARY + COSTS, [1280, 2400, 3750, 23150, 24000], id="regression-cost-lines-after-a-blank-line-acc21i"),
    # counter-examples: a block with labels that are not all costs, a block under no money
    P(SUMMARY + "   ค่าตอบแทนวิทยากร                  2,400.00\n   ผู้เข้าอบรม                      3,750.00\n"
      "   ค่าวัสดุสาธิต                      1,280.00\n", [23150, 24000], id="not-every-line-a-cost-after-a-blank"),
    P("สรุปผล\n   ผู้เข้าอบรมทั้งหมด\n\n" + COSTS, [], id="cost-lines-under-no-money"),
]


@pytest.mark.parametrize("text,expected", SUMMARY_COSTS)
def test_cost_lines_after_a_blank(text, expected):
    assert amounts(text) == expected
