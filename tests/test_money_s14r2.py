"""Money and dates, stop 14 round 2: spoken short amounts (สองพันห้า), … Each row is a text written
for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract
from thaidocx.parse.thainum import spoken_value


def amounts(text: str) -> list[float]:
    return [b.amount for b in extract(text).budgets]


def total(text: str) -> float | None:
    """What the scorer takes as budget_total: the first item with role total."""
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


# ------------------------------------------------- spoken short forms (M-a)
SPOKEN_VALUES = [
    pytest.param("สองพันห้า", 2500, id="thousand-and-a-half"),
    pytest.param("สองหมื่นแปดพันห้า", 28500, id="two-multipliers-then-a-digit"),
    pytest.param("หนึ่งแสนสอง", 120000, id="hundred-thousand"),
    pytest.param("หนึ่งล้านห้า", 1500000, id="million-and-a-half"),
    # counter-examples: no short form
    pytest.param("สามร้อยห้า", None, id="hundreds-are-ambiguous"),
    pytest.param("สองพันห้าร้อย", None, id="full-form-ends-in-a-multiplier"),
    pytest.param("ห้า", None, id="lone-digit"),
]


@pytest.mark.parametrize("text,expected", SPOKEN_VALUES)
def test_spoken_value(text, expected):
    got = spoken_value(text)
    assert (None if got is None else float(got)) == expected


SPOKEN = [
    pytest.param("เดิมญาติต้องไปเช่าเตียงเดือนละสองพันห้า บางบ้านเช่ามาสามปีแล้ว", [2500],
                 id="regression-monthly-rent-spoken-short-acc18k"),
    pytest.param("เตียงละสองหมื่นแปดพันห้า ที่นอนลมสิบสองชุด ชุดละสามพันเก้า รถเข็น", [28500, 3900],
                 id="regression-unit-prices-spoken-short-acc18k"),
    pytest.param("ค่าเช่าสามพันเก้าครับ", [3900], id="after-a-money-cue-with-a-particle"),
    # counter-examples
    pytest.param("ยืมได้ครั้งละหกเดือน ต่ออายุได้", [], id="duration-after-a-rate-is-no-money"),
    pytest.param("จัดซื้อโต๊ะสองพันเก้าอี้", [], id="digit-word-inside-a-noun"),
    pytest.param("ตำบลละสองพันห้า คน", [], id="spoken-count-of-people"),
    pytest.param("ชุดละสองพันห้าร้อยบาท", [2500], id="full-form-with-baht-unchanged"),
]


@pytest.mark.parametrize("text,expected", SPOKEN)
def test_spoken_short_amounts(text, expected):
    assert amounts(text) == expected
