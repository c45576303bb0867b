"""Money, stop 16 round 1: budget tables whose column gaps collapsed to single spaces (rows whose counts
times the price make the amount, sum rows adding them up), count columns whose header holds a money word
("ผู้บริจาค(ราย)"), a balance left over (คงเหลือ) as a bare amount in a money strip. Each row is a text
written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract

P = pytest.param


def amounts(text: str) -> list[float]:
    return sorted({b.amount for b in extract(text).budgets})


def roles(text: str) -> dict[float, set[str]]:
    out: dict[float, set[str]] = {}
    for b in extract(text).budgets:
        out.setdefault(b.amount, set()).add(b.role)
    return out


FLAT_HEAD = "ค่าใช้จ่าย รายการ จำนวน ราคาต่อหน่วย รวมเงิน (บาท)\n"
FLAT = [
    P(FLAT_HEAD + "- ค่าอาหารกลางวัน 40 คน x 1 มื้อ 80 3,200\n- ค่าอาหารว่าง 40 คน x 2 มื้อ 25 2,000\n"
      "- ค่าตอบแทนวิทยากร 4 ชม. 500 2,000\nรวมกิจกรรมที่ 1 7,200\n"
      "- ค่าแผ่นพับ 100 แผ่น 5 500\nรวมกิจกรรมที่ 2 500\nรวมทั้งสิ้น 7,700\n",
      [5, 25, 80, 500, 2000, 3200, 7200, 7700], id="regression-single-spaced-rows-and-sums-acc23t"),
    P("(1) ค่าวัสดุอุปกรณ์ 12 ชุด 350 4,200\n(2) ค่าป้ายไวนิล 1 ป้าย 900 900\nรวม 5,100\n",
      [350, 900, 4200, 5100], id="numbered-rows-one-group"),
    # counter-examples: figures that do not multiply, no cost line, a sum that adds nothing up
    P("- ค่าอาหารกลางวัน 40 คน x 1 มื้อ 80 3,000\n", [], id="product-not-the-amount-stays-out"),
    P("- ผู้เข้าร่วม 40 คน x 1 มื้อ 80 3,200\n", [], id="no-item-cue-stays-out"),
    P("- ค่าอาหารกลางวัน 40 คน 2 130\nรวม 130\n", [], id="counts-that-do-not-multiply-stay-out"),
    P("- ค่าอาหารกลางวัน 40 คน x 1 มื้อ 80 3,200\nรวมผู้เข้าร่วม 45\n", [80, 3200],
      id="a-sum-of-people-stays-out"),
]


@pytest.mark.parametrize("text,expected", FLAT)
def test_single_spaced_rows(text, expected):
    assert amounts(text) == expected


def test_flat_sum_roles():
    got = roles(FLAT_HEAD + "- ค่าอาหารกลางวัน 40 คน x 1 มื้อ 80 3,200\nรวมกิจกรรมที่ 1 3,200\n"
                "- ค่าแผ่นพับ 100 แผ่น 5 500\nรวมกิจกรรมที่ 2 500\nรวมทั้งสิ้น 3,700\n")
    assert got[80] == {"unit"} and got[3700] == {"total"} and "total" not in got[500]


COUNT_COLUMNS = [
    P("  วันที่        จุดรับบริจาค          ผู้บริจาค(ราย)   โลหิต(ยูนิต)   ปริมาณ(ซีซี)\n"
      "  5 พ.ย. 68    หอประชุม                 214            214         96,300\n"
      "  รวม                                  214            214         96,300\n", [],
      id="regression-count-columns-with-a-money-word-acc24f"),
    P("  ลำดับ   ผู้รับเงินช่วยเหลือ (คน)   จำนวนเงิน (บาท)\n"
      "  1       120                      60,000\n", [60000], id="count-column-beside-a-baht-column"),
    # counter-example: a column in baht naming a donation stays money
    P("  ลำดับ   ผู้บริจาค          เงินบริจาค (บาท)\n  1       นายสมชาย ใจดี      5,000\n"
      "  2       นางสมศรี มีสุข      3,000\n", [3000, 5000], id="donation-column-in-baht-stays"),
]


@pytest.mark.parametrize("text,expected", COUNT_COLUMNS)
def test_count_columns(text, expected):
    assert amounts(text) == expected


BALANCE = [
    P("ระยะเวลา 1 เม.ย. 68 – 31 ส.ค. 68        งบประมาณ 15,000.00 | เบิกจ่ายแล้ว 9,750.00 | คงเหลือ 5,250.00\n",
      [5250, 9750, 15000], id="regression-balance-in-a-money-strip-acc23j"),
    # counter-examples: a count left over, a year
    P("ผู้ป่วยคงเหลือ 1,250 ราย\n", [], id="a-count-left-over-stays-out"),
    P("ยอดคงเหลือ 25 เม.ย. 2568\n", [], id="a-date-after-the-cue-stays-out"),
]


@pytest.mark.parametrize("text,expected", BALANCE)
def test_balance_cue(text, expected):
    assert amounts(text) == expected
