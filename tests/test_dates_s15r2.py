"""Dates, stop 15 round 2: calendar badges stacked on lines of their own, a blog theme's month-first date, day
headings naming their weekday far under the span that dates them. Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def dates(text: str) -> list[str]:
    return [d.value + ("/" + d.end if d.end and d.end != d.value else "") for d in extract(text).dates]


P = pytest.param

BADGES = [
    P("บันทึกกิจกรรม (3)\n\n   14\n ธ.ค. 67\n ▸ กิจกรรมที่ 1  ประชุมชี้แจง", ["2024-12-14"],
      id="regression-day-above-month-and-year-acc21g"),
    P("ข่าวกิจกรรม\n\n18\nส.ค.\n2568\n\nอบต.ศาลา นำทีมเยี่ยมบ้าน", ["2025-08-18"],
      id="regression-day-month-year-on-three-lines-acc21d"),
    P("กิจกรรมที่ 3 เสร็จแล้ว\n\n  ก.พ.\n   68\n ▸ กิจกรรมที่ 4  ตรวจเลือดซ้ำ", ["2025-02"],
      id="regression-month-badge-above-its-year-acc21g"),
    P("\n   3\n มีนาคม 2569\n อบรมแกนนำ", ["2026-03-03"], id="badge-at-the-top-full-month"),
    # counter-examples: columns of a table flattened one cell per line, a count ending a sentence's line
    P("เดือน\nจำนวน\n\nต.ค.\n45\nพ.ย.\n38\nธ.ค.\n52", [], id="month-and-count-cells-are-no-badge"),
    P("ผู้เข้าร่วม\n\n12\nพ.ย.\n38\nธ.ค.\n52", [], id="count-month-count-cells-are-no-badge"),
    P("ผลงาน\n\n  ก.พ.\n   68\n   72", [], id="month-above-two-numbers-is-a-column"),
    P("สรุปผล 30\nก.พ.\n68", [], id="number-ending-a-sentence-is-no-badge-day"),
    P("ประชุม 14\nธ.ค. 67 ที่ศาลา", ["2024-12"], id="day-ending-a-text-line-stays-apart"),
]

MONTH_FIRST = [
    P("ธันวาคม 8, 2025   pr_satunhos   ข่าวกิจกรรม, จิตอาสา", ["2025-12-08"],
      id="regression-wordpress-thai-month-first-acc21x"),
    P("โพสต์เมื่อ มีนาคม 17, 2568 โดยแอดมิน", ["2025-03-17"], id="month-first-be-year"),
    # counter-examples: a month followed by counts or amounts
    P("ผลงานเดือนธันวาคม 8, 12 และ 15 ราย", [], id="month-then-a-list-of-counts"),
    P("เดือนมีนาคม 5, 2500 คน", [], id="month-then-a-count-of-people"),
]

DAY_HEADINGS = [
    P("อบรมเมื่อวันที่ 7-9 ต.ค. 68 ที่ลำปาง\n\nสรุปสิ่งที่ได้\n\n--- วันแรก (อังคาร 7 ต.ค.) ---\nเปิดงาน\n\n"
      "--- วันที่สอง (พุธ 8 ต.ค.) ---\nสถิติ", ["2025-10-07/2025-10-09", "2025-10-07", "2025-10-08"],
      id="regression-weekday-headings-far-under-the-span-acc21u"),
    P("ออกหน่วยระหว่างวันที่ 11-12 กุมภาพันธ์ 2569\n\nภาพรวม\n\nวันพุธที่ 11 ก.พ. ที่โรงเรียน", ["2026-02-11/2026-02-12", "2026-02-11"],
      id="weekday-lead-far-under-the-span"),
    # counter-examples: a weekday that the day does not fall on, a heading without a weekday
    P("อบรมเมื่อวันที่ 7-9 ต.ค. 68 ที่ลำปาง\n\nสรุป\n\n--- วันแรก (พุธ 7 ต.ค.) ---\n", ["2025-10-07/2025-10-09"],
      id="wrong-weekday-takes-no-year"),
    P("อบรมเมื่อวันที่ 7-9 ต.ค. 68 ที่ลำปาง\n\nสรุป\n\n--- วันแรก (7 ต.ค.) ---\n", ["2025-10-07/2025-10-09"],
      id="far-heading-without-weekday-takes-no-year"),
]


@pytest.mark.parametrize("text,expected", BADGES)
def test_badges(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text,expected", MONTH_FIRST)
def test_month_first(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text,expected", DAY_HEADINGS)
def test_day_headings(text, expected):
    assert dates(text) == expected
