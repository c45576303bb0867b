"""Dates, stop 15 round 1: English spans (months joined by a dash, full dates joined by an arrow, "from 27
to 29 January"). Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def dates(text: str) -> list[str]:
    return [d.value + ("/" + d.end if d.end and d.end != d.value else "") for d in extract(text).dates]


ENGLISH_SPANS = [
    pytest.param("The 24-month project (February 2026 - January 2028) has a total budget", ["2026-02/2028-01"],
                 id="regression-month-span-in-english-acc19k"),
    pytest.param("the first cohort is being trained from 27 to 29 January 2026.", ["2026-01-27/2026-01-29"],
                 id="regression-from-day-to-day-acc19k"),
    pytest.param("Date: February 10, 2025 → February 14, 2025\nTags: RH", ["2025-02-10/2025-02-14"],
                 id="regression-arrow-between-full-dates-acc20c"),
    pytest.param("Period: 1 March 2025 -> 31 May 2025", ["2025-03-01/2025-05-31"], id="ascii-arrow"),
    pytest.param("open March 3 through 7, 2025", ["2025-03-03/2025-03-07"], id="through-between-days"),
    pytest.param("in the period January - March 2026 the team", ["2026-01/2026-03"], id="months-with-one-year"),
    pytest.param("from December to February 2026", ["2025-12/2026-02"], id="months-across-the-new-year"),
    pytest.param("January - March 3, 2026", ["2026-03-03"], id="month-to-a-day-is-no-month-span"),
    pytest.param("held between 27 and 29 January 2026 at the centre", ["2026-01-27/2026-01-29"],
                 id="between-day-and-day"),
    pytest.param("รับสมัคร 1 ก.พ. 68 → 5 ก.พ. 68", ["2025-02-01/2025-02-05"], id="arrow-between-thai-dates"),
    pytest.param("Date: 10/02/2025 -> 14/02/2025", ["2025-02-10/2025-02-14"], id="arrow-between-numeric-dates"),
    # counter-examples: an end before the start is two dates; dates in a list stay apart
    pytest.param("moved from 14 February 2025 to 10 February 2025", ["2025-02-14", "2025-02-10"],
                 id="end-before-start-is-no-span"),
    pytest.param("คืนเงิน 9 เม.ย. 2568 -> รายงาน 2 มี.ค. 2568", ["2025-04-09", "2025-03-02"],
                 id="arrow-to-an-earlier-date-is-no-span"),
    pytest.param("Created: January 8, 2025 10:42 AM\nLast edited: March 3, 2025", ["2025-01-08", "2025-03-03"],
                 id="dates-on-separate-lines"),
]


@pytest.mark.parametrize("text,expected", ENGLISH_SPANS)
def test_english_spans(text, expected):
    assert dates(text) == expected
