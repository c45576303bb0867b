"""Money, stop 14 round 1: a spending table headed ตั้งไว้ / จ่ายจริง, a procurement's ceiling
(วงเงินที่จะจ้าง), a budget named after an agency's revenue (งบประมาณเงินรายได้). Each row is a text
written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def budgets(text: str) -> list[tuple[float, str]]:
    return [(b.amount, b.role) for b in extract(text).budgets]


def total(text: str) -> float | None:
    """What the scorer takes as budget_total: the first item with role total."""
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


# ------------------------------------------------- plan / actual columns without บาท (M-f)
_SET_SPENT = "   รายการ                              ตั้งไว้          จ่ายจริง\n"
PLAN_SPENT = [
    pytest.param(_SET_SPENT + "   ค่าอาหารว่าง ๖๐ คน x ๒ วัน x ๒๕ บาท    ๓,๐๐๐          ๒,๘๒๕\n"
                 "   ค่าจัดทำป้าย                          ๑,๔๐๐          ๑,๔๕๐\n",
                 [(25, "unit"), (3000, "item"), (2825, "other"), (1400, "item"), (1450, "other")],
                 id="regression-set-aside-and-spent-columns-acc17h"),
    pytest.param("รายการ | ตั้งไว้ | จ่ายจริง\nค่าวัสดุ | 7,000 | 6,850",
                 [(7000, "item"), (6850, "other")], id="set-aside-and-spent-pipe-columns"),
    # counter-examples: a set-aside column alone, or of people, names no money
    pytest.param("กลุ่ม | ตั้งไว้ | มาจริง\nอสม. | 30 | 28", [], id="set-aside-column-alone-names-no-money"),
    pytest.param("กลุ่ม        เป้าหมายที่ตั้งไว้    เข้าร่วมจริง\nอสม.          30                28",
                 [], id="target-set-aside-is-a-count-column"),
]


@pytest.mark.parametrize("text,expected", PLAN_SPENT)
def test_plan_and_spent_columns(text, expected):
    assert budgets(text) == expected


# ------------------------------------------------- budget totals (M-g, M-h)
TOTALS = [
    pytest.param("   ๓. ราคากลาง  ๒๔,๐๐๐ บาท\n   ๔. วงเงินที่จะจ้าง  ๒๔,๐๐๐ บาท (สองหมื่นสี่พันบาทถ้วน)\n"
                 "ค่าจ้างพ่นหมอกควัน ๘๖๐ หลัง x ๒ รอบ x ๑๒ บาท เป็นเงิน ๒๐,๖๔๐ บาท\n"
                 "รวมเป็นเงินทั้งสิ้น ๒๓,๖๔๐ บาท", 24000,
                 id="regression-procurement-ceiling-beats-the-order-total-acc17l"),
    pytest.param("ขอจัดซื้อวัสดุ วงเงินจัดซื้อ 12,500 บาท", 12500, id="purchase-ceiling-is-the-budget"),
    pytest.param("สินเชื่อเกษตรกร วงเงินสูงสุด 300,000 บาท ผ่อนนาน 60 งวด", None,
                 id="loan-limit-is-no-budget"),
    pytest.param("9. งบประมาณ\n   งบประมาณเงินรายได้คณะ ประจำปีงบประมาณ พ.ศ. 2568 รวมทั้งสิ้น 64,800 บาท", 64800,
                 id="regression-budget-from-an-agencys-revenue-acc17q"),
    pytest.param("ใช้งบเงินรายได้ของเทศบาล จำนวน 15,000 บาท", 15000, id="revenue-budget-short-form"),
    # counter-examples: income stays income, and spending of a revenue budget stays spending
    pytest.param("รายได้จากการจำหน่ายผลิตภัณฑ์ 5,000 บาท", None, id="income-is-no-budget"),
    pytest.param("งบประมาณเงินรายได้คณะ ใช้จ่ายจริง 5,000 บาท", None,
                 id="spending-of-a-revenue-budget-is-no-budget"),
]


@pytest.mark.parametrize("text,expected", TOTALS)
def test_budget_total(text, expected):
    assert total(text) == expected


# ------------------------------------------------- headerless cost lines under a budget (M-i)
_BUDGET = "งบประมาณ\n   กองทุนหลักประกันสุขภาพ อบต.         68,500 บาท\n   รวมงบประมาณทั้งสิ้น                 88,500 บาท\n"
COST_LINES = [
    pytest.param(_BUDGET + "   ──────────────────────\n"
                 "   ค่าอาหารค่าย 35 คน x 7 วัน x 3 มื้อ x 50 บาท          36,750\n"
                 "   ค่าวิทยากร 24 ชม. x 600 บาท                            14,400\n"
                 "   เสื้อทีม + ป้าย                                           4,600\n"
                 "   อาหารว่างทีมติดตาม 6 เดือน                            12,000\n",
                 [68500, 88500, 50, 36750, 600, 14400, 4600, 12000],
                 id="regression-right-aligned-cost-lines-after-a-rule-acc17o"),
    pytest.param("รวมเป็นเงิน 9,000 บาท\nค่าอาหาร                 4,000\nค่าวัสดุ                 3,000\n"
                 "ค่าป้าย                  2,000\n", [9000, 4000, 3000, 2000], id="cost-lines-right-under-a-total"),
    # counter-examples: counts, a schedule, cost lines under no money, too short a block
    pytest.param("รวมงบประมาณ 9,000 บาท\nอสม.                 30\nแกนนำ                 12\nครู                 5\n",
                 [9000], id="count-lines-under-money-stay-counts"),
    pytest.param("ค่าอาหาร                 4,000\nค่าวัสดุ                 3,000\nค่าป้าย                  2,000\n",
                 [], id="cost-lines-under-no-money-stay-out"),
    pytest.param("งบประมาณ 9,000 บาท\nลงทะเบียน              08.30\nพิธีเปิด               09.00\nบรรยาย        10.15\n",
                 [9000], id="schedule-times-under-money-stay-out"),
    pytest.param("รวมเป็นเงิน 9,000 บาท\nค่าอาหาร                 4,000\nค่าวัสดุ                 3,000\n",
                 [9000], id="two-cost-lines-are-too-few"),
]


@pytest.mark.parametrize("text,expected", COST_LINES)
def test_headerless_cost_lines(text, expected):
    assert [b.amount for b in extract(text).budgets] == expected
