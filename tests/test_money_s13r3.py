"""Money and dates, stop 13 round 3: budget tables flattened one cell per line (PDF text), a sum
row of money spent, year-less days of a schedule under a dated span. Each row is a text written
for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def budgets(text: str) -> list[tuple[float, str]]:
    return [(b.amount, b.role) for b in extract(text).budgets]


def total(text: str) -> float | None:
    """What the scorer takes as budget_total: the first item with role total."""
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.value, d.end) for d in extract(text).dates]


_STACKED = "5. งบประมาณ ใช้เงินบำรุงของหน่วยบริการ\nรายการ\nจำนวนเงิน (บาท)\n"

# ------------------------------------------------- a table flattened one cell per line (M-a, M-b)
STACKED = [
    pytest.param(_STACKED + "5.1 ค่าอาหารกลางวัน 40 คน x 65 บาท\n2,600\n5.2 ค่าป้ายโครงการ 1 ป้าย\n450\n"
                 "รวมเป็นเงินทั้งสิ้น\n3,050\n(สามพันห้าสิบบาทถ้วน)",
                 [(65, "unit"), (2600, "item"), (450, "item"), (3050, "total")],
                 id="regression-amount-alone-under-item-line-acc16n"),
    pytest.param("ลำดับ\nเป็นเงิน (บาท)\nค่าวัสดุสาธิต\n๑,๒๐๐\nรวม\n๑,๒๐๐",
                 [(1200, "item"), (1200, "total")], id="thai-digits-ordinal-label-head"),
    pytest.param(_STACKED + "ค่าเอกสาร\n900\nใช้จ่ายจริง\n850",
                 [(900, "item"), (850, "other")], id="spent-row-label-is-other"),
    # counter-examples: no stacked header, a number under a number, a blank line between
    pytest.param("ค่าอาหารกลางวัน 40 คน x 65 บาท\n2,600", [(65, "unit")], id="no-stacked-header-no-amount"),
    pytest.param(_STACKED + "ค่าอาหาร\n2563\n15", [(2563, "item")], id="number-under-number-stays-out"),
    pytest.param("รายการ\nจำนวนเงิน (บาท)\n\nผู้เข้าร่วม\n30", [], id="blank-line-ends-the-block"),
    pytest.param("รายการ\nจำนวน (คน)\nอสม.\n30", [], id="count-column-head-is-no-money"),
]


@pytest.mark.parametrize("text,expected", STACKED)
def test_stacked_table(text, expected):
    assert budgets(text) == expected


def test_stacked_total_is_the_budget_total():
    text = _STACKED + "ค่าอาหาร\n2,600\nค่าป้าย\n450\nรวมเป็นเงินทั้งสิ้น\n3,050"
    assert total(text) == 3050


# ------------------------------------------------------ a sum row of money spent (M-c)
SPENT_SUM = [
    pytest.param("งบประมาณตั้งไว้ 20,000 บาท\nรายการ\tจำนวน\tอัตรา (บาท)\tรวม (บาท)\n"
                 "ค่าอาหาร\t50 คน\t80\t4,000\nค่าวัสดุ\t\t1,500\t1,500\nรวมใช้จ่ายจริง\t\t\t5,500",
                 20000, id="regression-sum-spent-row-is-not-the-total-acc16o"),
    pytest.param("รายการ\tจำนวน\tอัตรา (บาท)\tรวม (บาท)\nค่าอาหาร\t50 คน\t80\t4,000\n"
                 "ค่าวัสดุ\t\t1,500\t1,500\nรวมทั้งสิ้น\t\t\t5,500", 5500, id="plain-sum-row-stays-the-total"),
]


@pytest.mark.parametrize("text,expected", SPENT_SUM)
def test_spent_sum_row(text, expected):
    assert total(text) == expected


# ---------------------------------------------- year-less days under a dated span (M-d)
SPAN_DAYS = [
    pytest.param("จัดอบรมระหว่างวันที่ 3 – 4 มีนาคม 2568 ดังนี้\n- วันจันทร์ที่ 3 มี.ค. ภาคทฤษฎี\n"
                 "- วันอังคารที่ 4 มี.ค. ภาคปฏิบัติ",
                 [("2025-03-03", "2025-03-04"), ("2025-03-03", None), ("2025-03-04", None)],
                 id="regression-schedule-days-take-the-span-year-acc16g"),
    pytest.param("ระหว่างวันที่ 30 ธ.ค. 2567 – 2 ม.ค. 2568\n• 31 ธ.ค. ตั้งจุดตรวจ\n• 1 ม.ค. สรุปผล",
                 [("2024-12-30", "2025-01-02"), ("2024-12-31", None), ("2025-01-01", None)],
                 id="span-across-new-year"),
    # counter-examples: outside the span, a blank line between, no span above
    pytest.param("ระหว่างวันที่ 3 – 4 มีนาคม 2568\n- ส่งรายงานภายใน 20 มี.ค.",
                 [("2025-03-03", "2025-03-04")], id="day-outside-the-span-stays-out"),
    pytest.param("ระหว่างวันที่ 3 – 4 มีนาคม 2568\n\n- วันที่ 3 มี.ค. ภาคทฤษฎี",
                 [("2025-03-03", "2025-03-04")], id="blank-line-between-stays-out"),
    pytest.param("ประชุมวันที่ 3 มีนาคม 2568\n- วันที่ 3 มี.ค. ภาคทฤษฎี",
                 [("2025-03-03", None)], id="single-date-above-lends-nothing"),
]


@pytest.mark.parametrize("text,expected", SPAN_DAYS)
def test_days_within_span(text, expected):
    assert dates(text) == expected
