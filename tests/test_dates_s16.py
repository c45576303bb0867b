"""Dates, stop 16 round 0: English lists of days (each day a date: GOLD.md, days listed with "and" are
separate dates), English spans with the month on both ends, Thai lists whose last item is a span of days.
Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def dates(text: str) -> list[str]:
    return [d.value + ("/" + d.end if d.end and d.end != d.value else "") for d in extract(text).dates]


P = pytest.param

ROWS = [
    # English lists of days: each day a date
    P("The screening was held on 5 and 6 May 2025 at the hall.", ["2025-05-05", "2025-05-06"],
      id="english-two-days-with-and"),
    P("visits on 5, 6 and 8 May 2025", ["2025-05-05", "2025-05-06", "2025-05-08"], id="english-three-days-listed"),
    P("Sessions: May 5 and 6, 2025 (Tak)", ["2025-05-05", "2025-05-06"], id="english-month-first-list"),
    P("on the 7th & 8th of May 2025", ["2025-05-07", "2025-05-08"], id="english-ampersand-ordinals"),
    # English spans with the month written on both ends
    P("Training: Feb 3-Feb 7, 2025, 9 am", ["2025-02-03/2025-02-07"], id="english-month-first-span-month-repeated"),
    P("Camp 3 Feb - 7 Feb 2025", ["2025-02-03/2025-02-07"], id="english-day-first-span-month-repeated"),
    P("Jan 30 - Feb 2, 2025", ["2025-01-30/2025-02-02"], id="english-span-across-months"),
    P("30 Dec - 2 Jan 2025", ["2024-12-30/2025-01-02"], id="english-span-across-the-new-year"),
    # counter-examples: "between … and" stays a span; a day list needs a month; amounts are no days
    P("held between 27 and 29 January 2026", ["2026-01-27/2026-01-29"], id="between-and-stays-a-span"),
    P("1,250 and 6 May 2025", ["2025-05-06"], id="thousands-group-is-no-listed-day"),
    P("groups 5 and 6 in May 2025", ["2025-05"], id="numbers-before-in-month-are-no-days"),
    P("moved from 14 February 2025 to 10 February 2025", ["2025-02-14", "2025-02-10"],
      id="full-dates-end-before-start-stay-apart"),
    # Thai lists whose last item is a span of days (date.day_list_spans)
    P("วันที่ 1 - 5 และ 8 - 12 กรกฎาคม 2562", ["2019-07-01/2019-07-05", "2019-07-08/2019-07-12"],
      id="thai-two-spans-listed"),
    P("อบรม 3 และ 10-11 มี.ค. 2567", ["2024-03-03", "2024-03-10/2024-03-11"], id="thai-day-then-span"),
    P("อบรม 5, 8-9 และ 12-14 มิ.ย. 68", ["2025-06-05", "2025-06-08/2025-06-09", "2025-06-12/2025-06-14"],
      id="thai-day-span-span"),
    P("ระหว่างวันที่ 5 และ 7 มีนาคม 2565", ["2022-03-05/2022-03-07"], id="thai-between-and-stays-a-span"),
    P("อายุ 5 และ 12-15 ปี", [], id="thai-ages-are-no-days"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_dates_s16(text, expected):
    assert dates(text) == expected
