"""Stop 16 page chrome (parse/page_calendar.py, rules/sections.toml): a blog's calendar widget (a
month between paging arrows or over weekday initials, its day grid), a Medium-style "Responses
(N)" heading over readers' comments. One row per case; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import is_chrome

PROSE = "วันที่ 5 มีนาคม 2567 " + "ก" * 200 + "\n"  # a paragraph of article text
TOP = "บันทึกพยาบาลนาดี\n"
COMMENTS = "\nความคิดเห็น (2)\n  ▸ admin_fund — 1 ก.พ. 2568 09:00\n    โปรดแก้ไขงบประมาณค่ะ\n"
FUND = ("กองทุนหลักประกันสุขภาพ อบต.ทดสอบ\nประวัติสถานะ\n  ● {step} ........ 20 ม.ค. 2568  {who}\n"
        + PROSE + "รวมงบประมาณ 30,000 บาท\n" + COMMENTS)
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
    # A comment by the page's own submitter (the handle its status timeline or record line names) is the page's reply.
    pytest.param(FUND.format(step="ยื่นเสนอโครงการ", who="(preecha_w)") + "  ▸ preecha_w — 3 ก.พ. 2568 10:15\n    ตัดค่าเสื้อ 4,200 บาท ออกแล้วครับ\n",
                 "4,200", False, id="regression-submitter-reply-is-the-pages-acc21l"),
    pytest.param("ผู้บันทึก : preecha_w\n" + FUND.format(step="ยื่นเสนอโครงการ", who="") + "  ▸ preecha_w  3 ก.พ. 2568\n    ตัดค่าเสื้อ 4,200 บาท ออกแล้วครับ\n",
                 "4,200", False, id="submitter-named-by-a-record-line"),
    # Counter-examples: another handle's comment, or a handle the page names in no submitter's role, stays chrome.
    pytest.param(FUND.format(step="ยื่นเสนอโครงการ", who="(preecha_w)") + "  ▸ nok.ja — 3 ก.พ. 2568 10:15\n    ปีที่แล้วได้ 4,200 บาทเองค่ะ\n",
                 "4,200", True, id="another-handles-comment-stays-chrome"),
    pytest.param(FUND.format(step="เข้าชมล่าสุด", who="(preecha_w)") + "  ▸ preecha_w — 3 ก.พ. 2568 10:15\n    ปีที่แล้วได้ 4,200 บาทเองค่ะ\n",
                 "4,200", True, id="a-handle-in-no-submitters-role-stays-chrome"),
]


@pytest.mark.parametrize("doc,needle,inside", ROWS)
def test_page_lines_s16(doc, needle, inside):
    assert is_chrome(doc, needle) == inside
