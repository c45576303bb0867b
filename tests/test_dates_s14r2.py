"""Dates, stop 14 round 2: a year-less date under a month heading of the same month takes its year.
Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


# ------------------------------------------------- a month heading dates what is under it (M-e)
def dates(text: str) -> list[str]:
    return [d.value for d in extract(text).dates]


MONTH_HEADING = [
    pytest.param("        ปฏิทินกิจกรรม ประจำเดือน สิงหาคม 2569\n  NCD  คลินิกเบาหวาน ทุกวันจันทร์\n"
                 "  หยุด  12 ส.ค. วันแม่แห่งชาติ (ปิดบริการ)\n", ["2026-08", "2026-08-12"],
                 id="regression-holiday-under-a-monthly-calendar-heading-acc18l"),
    pytest.param("ตารางเวรประจำเดือนมกราคม 2568\n\n5 ม.ค. ประชุม อสม.\n", ["2025-01", "2025-01-05"],
                 id="blank-line-does-not-matter"),
    # counter-examples: another month's date stays year-less; a month in a sentence heads nothing
    pytest.param("ปฏิทินกิจกรรม ประจำเดือน สิงหาคม 2569\nนัดติดตามผล 3 ก.ย. ที่ รพ.สต.\n", ["2026-08"],
                 id="another-months-date-stays-yearless"),
    pytest.param("ที่ประชุมได้ทบทวนผลการดำเนินงานที่ผ่านมาตั้งแต่เดือนสิงหาคม 2569 อย่างละเอียดครบทุกกิจกรรมและทุกหมู่บ้านแล้ว\n"
                 "นัดครั้งต่อไป 12 ส.ค.\n", ["2026-08"], id="month-in-a-long-sentence-heads-nothing"),
]


@pytest.mark.parametrize("text,expected", MONTH_HEADING)
def test_month_heading_lends_its_year(text, expected):
    assert dates(text) == expected
