"""Stop 16 page chrome (parse/page_calendar.py, rules/sections.toml): a blog's calendar widget (a
month between paging arrows or over weekday initials, its day grid), a Medium-style "Responses
(N)" heading over readers' comments. One row per case; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import is_chrome

PROSE = "วันที่ 5 มีนาคม 2567 " + "ก" * 200 + "\n"  # a paragraph of article text
TOP = "บันทึกพยาบาลนาดี\n"
GRID = "อา\tจ\tอ\tพ\tพฤ\tศ\tส\n\t\t\t\t1\t2\t3\n4\t5\t6\t7\t8\t9\t10\n11\t12\t13\t14\t15\t16\t17\n"

ROWS = [
    pytest.param(TOP + "<<\tมกราคม 2569\t>>\n" + GRID + "\n" + PROSE, "มกราคม 2569", True,
                 id="regression-calendar-month-between-arrows-acc24d"),
    pytest.param(TOP + "<<\tมกราคม 2569\t>>\n" + GRID + "\n" + PROSE, "11\t12", True,
                 id="regression-calendar-grid-rows-acc24d"),
    pytest.param(TOP + "มีนาคม 2568\n" + GRID + "\n" + PROSE, "มีนาคม 2568", True,
                 id="calendar-month-over-weekday-initials"),
    pytest.param(TOP + PROSE + "\nขอบคุณทุกคนค่ะ\n\nResponses (2)\nสมศรี ใจดี   Mar 4, 2025\n  อยากไปรุ่นหน้าค่ะ\n",
                 "Mar 4", True, id="regression-responses-heading-opens-comments-acc24e"),
    # Counter-examples: a month line in the article stays content.
    pytest.param(TOP + "มกราคม 2569\n" + PROSE, "มกราคม 2569", False,
                 id="a-month-line-over-prose-is-content"),
    pytest.param(TOP + "มกราคม 2569\n1  ตรวจคัดกรอง 45 คน\n" + PROSE, "มกราคม 2569", False,
                 id="a-month-line-over-a-numbered-row-is-content"),
]


@pytest.mark.parametrize("doc,needle,inside", ROWS)
def test_page_lines_s16(doc, needle, inside):
    assert is_chrome(doc, needle) == inside
