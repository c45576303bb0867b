"""Dates and fiscal years, stop 16 round 3: numeric dates in the American order as English web software
prints them (date.numeric_us: an English weekday decides the order, Drupal's "D, m/d/Y - H:i" breaks a tie;
a second number above 12 is a day), and months and the fiscal cue set syllable by syllable (date.spaced_month,
fiscal.fiscal_year). Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def dates(text: str) -> list[str]:
    return [d.value + ("/" + d.end if d.end and d.end != d.value else "") for d in extract(text).dates]


P = pytest.param

DATE_ROWS = [
    # an English weekday before a numeric date: the order whose date falls on it
    P("Submitted by admin on Tue, 03/10/2026 - 09:15", ["2026-03-10"], id="weekday-fits-month-first-only"),
    P("Posted Monday, 03/06/2024", ["2024-06-03"], id="weekday-fits-day-first-only"),
    P("Submitted by pr_unit on Mon, 12/01/2025 - 08:40", ["2025-12-01"], id="weekday-fits-month-first-drupal"),
    # both readings on the weekday: Drupal's shape (" - H:i" after it) is month-first, anything else day-first
    P("Submitted by pr_unit on Fri, 11/07/2025 - 15:32", ["2025-11-07"], id="weekday-tie-drupal-shape-month-first"),
    P("Fri, 11/07/2025", ["2025-07-11"], id="weekday-tie-without-time-stays-day-first"),
    # the weekday fitting neither reading: day-first as before
    P("Sat, 11/07/2025 - 10:00", ["2025-07-11"], id="weekday-fits-neither-stays-day-first"),
    # no weekday: month-first only when the second number cannot be a month
    P("ข่าว KM\n2/14/2026\n0 Comments", ["2026-02-14"], id="second-number-no-month-is-month-first"),
    P("ลงวันที่ 11/07/2025", ["2025-07-11"], id="thai-numeric-ce-stays-day-first"),
    P("วันที่ 4/4/2562", ["2019-04-04"], id="thai-numeric-be-unchanged"),
    P("บ้านเลขที่ 2/14/2026", [], id="house-number-is-no-us-date"),
    P("ฉบับที่ 2/14/2568", [], id="be-year-is-never-month-first"),
    # months set syllable by syllable
    P("ระ หว่าง วัน ที่ 22 - 23 กร กฎา คม 2568", ["2025-07-22/2025-07-23"], id="spaced-month-span"),
    P("วัน ที่ 30 กัน ยา ยน 2568", ["2025-09-30"], id="spaced-month-day"),
    P("ประ ชุม 7 มี นา คม พ.ศ. 2567", ["2024-03-07"], id="spaced-month-after-era"),
    P("อบรม 14 พฤศ จิ กา ยน 2568", ["2025-11-14"], id="spaced-month-first-syllable-joined"),
    P("อายุ 30 กัน ยา ยน", [], id="spaced-month-without-year-is-left-out"),
    P("ผู้ป่วย 5 สิง หา คม 25 คน", [], id="spaced-month-two-digit-number-is-no-year"),
    # a table flattened one cell per line: a date cell wrapped around other columns' cells
    P("กิจกรรม\nพ.ย. -\n12,500\nผู้สูงอายุ 300 คน\nม.ค. 69\nนายสมปอง", ["2025-11/2026-01"],
      id="stacked-dangling-month-joins-later-month-year"),
    P("อบรม\nก.ย. 68 -\n4,000\nคลินิก\nธ.ค. 68", ["2025-09/2025-12"], id="stacked-dangling-month-with-year"),
    P("ประชุม\n3-4 มี.ค.\n15,000\nนางวิไล\n2569\nห้องประชุม", ["2026-03-03/2026-03-04"],
      id="stacked-yearless-date-takes-later-year-line"),
    P("พ.ย. -\n12,500\n5 ธ.ค. 68\nม.ค. 69", ["2025-12-05", "2026-01"], id="stacked-date-between-stops-the-join"),
    P("พ.ย. -\n1\n2\n3\n4\n5\n6\nม.ค. 69", ["2026-01"], id="stacked-end-too-far-is-no-join"),
    P("3-4 มี.ค.\n15,000\nเม.ย. 69\n2569", ["2026-04"], id="stacked-yearless-date-stops-at-another-date"),
    P("วันที่ 3-4 มี.ค. ประชุมทีม\n2569", [], id="stacked-date-not-alone-on-its-line-stays-yearless"),
]


@pytest.mark.parametrize("text,expected", DATE_ROWS)
def test_dates_s16r3(text, expected):
    assert dates(text) == expected


FISCAL_ROWS = [
    P("โครง การ ส่ง เสริม สุข ภาพ ปี งบ ประ มาณ 2568", [2568], id="fiscal-cue-set-syllable-by-syllable"),
    P("ปี งบ ประมาณ 2558", [2558], id="fiscal-cue-spaced-once-unchanged"),
    P("ใช้ งบ ประ มาณ 2568 บาท", [], id="budget-amount-is-no-fiscal-year"),
]


@pytest.mark.parametrize("text,expected", FISCAL_ROWS)
def test_fiscal_s16r3(text, expected):
    assert [f.be for f in extract(text).fiscal_years] == expected
