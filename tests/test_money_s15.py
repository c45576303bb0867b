"""Money, stop 15 round 1: a total worked out as a percentage of an amount stated just before it (a fund's
share of its profit) beside the project's own budget; an English "Budget" key. Each row is a text written
for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def total(text: str) -> float | None:
    """What the scorer takes as budget_total: the first item with role total."""
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


# ------------------------------------------------- a percentage share is no budget (M-a)
SHARES = [
    pytest.param("กำไรสุทธิปีบัญชี 2568  86,540  บาท   จัดสรรเป็นเงินสาธารณประโยชน์ร้อยละ 10 = 8,654  บาท\n"
                 "1. ชื่อโครงการ แม่และเด็ก\n9. งบประมาณที่ขอใช้   8,500  บาท (แปดพันห้าร้อยบาทถ้วน)\n", 8500,
                 id="regression-fund-share-of-profit-before-the-request-acc19w"),
    pytest.param("รายรับของกองทุน 250,000 บาท\nกันไว้เป็นค่าบริหารจัดการ 15% เป็นเงิน 37,500 บาท\n"
                 "โครงการอบรม อสม. งบประมาณ 24,000 บาท\n", 24000, id="percent-sign-share-on-the-line-below"),
    # counter-examples: no other total, or the percentage is not that share of an earlier amount
    pytest.param("กำไรสุทธิ 86,540 บาท จัดสรรเป็นเงินสาธารณประโยชน์ร้อยละ 10 = 8,654 บาท\n", 8654,
                 id="the-only-total-stays"),
    pytest.param("รายได้ 3,000 บาท จัดสรรเป็นเงินสาธารณประโยชน์ร้อยละ 10 = 8,654 บาท\nงบประมาณ 8,500 บาท\n", 8654,
                 id="not-that-percentage-of-an-earlier-amount"),
]


@pytest.mark.parametrize("text,expected", SHARES)
def test_percent_share_is_no_budget(text, expected):
    assert total(text) == expected


# ------------------------------------------------- English budget key (M-b)
ENGLISH_KEY = [
    pytest.param("Status: Done\nBudget: ฿18,720.00\nCreated: January 8, 2025\n", 18720,
                 id="regression-notion-budget-property-acc20c"),
    pytest.param("Total budget: 64,800 บาท; expenditure 61,935 บาท.", 64800, id="total-budget-in-english"),
    pytest.param("Total Budget 120,000 Baht (approved)", 120000, id="baht-in-english"),
    # counter-example: a price is no budget
    pytest.param("Ticket price ฿350 per person", None, id="price-is-no-budget"),
    pytest.param("Lunch 50 baht/person", None, id="english-rate-is-no-budget"),
]


@pytest.mark.parametrize("text,expected", ENGLISH_KEY)
def test_english_budget_key(text, expected):
    assert total(text) == expected
