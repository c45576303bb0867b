"""Money, stop 14 round 2: spoken short amounts (สองพันห้า), a total's shares listed under it without บาท,
the budget a spending used named by a value word, planned / actual pairs in one money cell. Each row is
a text written for this test."""
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


# ------------------------------------------------- a total's shares under it, without บาท (M-b)
PARTS = [
    pytest.param("💰\nงบประมาณ\n96,500\nบาท\n📌 กองทุนฟื้นฟูสมรรถภาพจังหวัด 60,000\n📌 อบจ.ศรีสะเกษ 36,500\n",
                 [96500, 60000, 36500], id="regression-shares-under-a-stacked-total-acc18i"),
    pytest.param("งบประมาณทั้งสิ้น 150,000 บาท\n- สสส. 100,000\n- เทศบาล 30,000\n- ชุมชนสมทบ 20,000",
                 [150000, 100000, 30000, 20000], id="three-shares-under-a-total"),
    # counter-examples: numbers that do not add up, or not right under the amount, stay no money
    pytest.param("งบประมาณ 96,500 บาท\nประชากร 12,000\nครัวเรือน 3,400", [96500],
                 id="statistics-under-a-total-do-not-add-up"),
    pytest.param("งบประมาณ 96,500 บาท\n\nกลุ่ม ก 60,000\nกลุ่ม ข 36,500", [96500],
                 id="blank-line-between-total-and-shares"),
    pytest.param("งบประมาณ 90,000 บาท\nผู้ป่วยสะสม 90,000", [90000], id="one-number-is-no-breakdown"),
]


@pytest.mark.parametrize("text,expected", PARTS)
def test_shares_of_a_total(text, expected):
    assert amounts(text) == expected


# ------------------------------------------------- what a spending used, named by a value word (M-d)
SPENT_VALUE = [
    pytest.param("กิจกรรมครั้งนี้ใช้งบประมาณ CSR ของโรงพยาบาล มูลค่ารวม 742,000 บาท (ค่าตรวจ EKG ครั้งละ 450 บาท)",
                 742000, id="regression-budget-used-named-as-a-value-acc18f"),
    pytest.param("โครงการนี้ใช้เงินงบประมาณของบริษัท มูลค่าทั้งสิ้น 120,000 บาท", 120000,
                 id="budget-used-with-value-total-word"),
    # counter-examples: the value of goods stays other; an approximate aggregate stays other
    pytest.param("มอบอุปกรณ์การแพทย์ มูลค่ารวม 50,000 บาท", None, id="value-of-goods-given-is-no-budget"),
    pytest.param("ใช้งบประมาณไปแล้วรวมกว่า 12 ล้านบาท", None, id="approximate-aggregate-stays-other"),
    pytest.param("ใช้งบประมาณ 20,000 บาท จัดซื้อสิ่งของ มูลค่ารวม 5,000 บาท", 20000,
                 id="value-after-another-amount-stays-other"),
]


@pytest.mark.parametrize("text,expected", SPENT_VALUE)
def test_spent_value_is_the_budget(text, expected):
    assert total(text) == expected


# ------------------------------------------------- planned / actual in one money cell (M-c)
_LOG = ("  วันที่            กิจกรรม                        คนเข้าร่วม (วางแผน/จริง)   งบ (วางแผน/ใช้จริง)\n")
PAIRS = [
    pytest.param(_LOG + "  ▸ 5 ม.ค. 2568   ประชุมแกนนำ                     25 / 27                  1,250.00 / 1,350.00\n"
                 "  ▸ ส.ค. 2568     ประกาศใช้กติกา                  150 / -                  6,000.00 / -\n",
                 [1250, 1350, 6000], id="regression-planned-and-spent-in-one-cell-acc18e"),
    pytest.param("กิจกรรม | งบที่ได้รับ (บาท)\nอบรม | 3,000 / 2,800", [3000, 2800], id="pair-in-a-pipe-cell"),
    # counter-examples: pairs under columns of people, or with no header, are no money
    pytest.param("  วันที่            กิจกรรม                        คนเข้าร่วม (วางแผน/จริง)   หมายเหตุ\n"
                 "  ▸ 5 ม.ค. 2568   ประชุมแกนนำ                     25 / 27                  เลื่อน\n", [],
                 id="pair-of-counts-is-no-money"),
    pytest.param("ผลงาน   1,250 / 1,350   ครัวเรือน", [], id="pair-without-a-money-header"),
]


@pytest.mark.parametrize("text,expected", PAIRS)
def test_pairs_in_money_cells(text, expected):
    assert amounts(text) == expected
