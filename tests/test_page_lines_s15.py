"""Stop 15 round 2 page chrome (parse/related_lists.py, parse/page_lines.py, section_chrome.py):
related lists under headings no lexicon knows, neighbour links of any page kind, "::" tickers,
plain visitor counters, a blog's "N responses to" counter, a "latest closed projects" line. One row
per case; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import is_chrome

PROSE = "วันที่ 5 มีนาคม 2567 " + "ก" * 200 + "\n"  # a paragraph of article text
TOP = "อบต.นาจาน มอบเบี้ยยังชีพผู้สูงอายุ\n"  # a headline over the prose
FOOT = "\nเทศบาลตำบลนาจาน โทร. 0-4400-0000\n"


_chrome = is_chrome


ROWS = [
    # C-a: a heading no lexicon knows over bulleted items each closing with its own date, or a clip's time.
    pytest.param(TOP + PROSE + "\nงานนายกย้อนหลัง\n  ● นายกฯ มอบข้าวสาร 300 ถุง   (16 มิ.ย. 2568)\n"
                 "  ● นายกฯ ประชุม อสม. 45 คน       (13 มิ.ย. 2568)\n" + FOOT, "45 คน", True,
                 id="regression-back-list-items-ending-in-dates-acc21p"),
    pytest.param(TOP + PROSE + "\nคลิปข่าวประจำสัปดาห์\n  ▶ [01:40] รพ. รับบริจาค 3 ล้าน\n  ▶ [02:05] อบรม CPR 90 คน\n" + FOOT,
                 "90 คน", True, id="regression-clip-list-with-running-times-acc21q"),
    pytest.param(TOP + PROSE + "\nอ่านเพิ่มเติม\n  › ชาวนาไถกลบ ได้ไร่ละ 700 บาท\n  › ตลาดนัดคนบางตา\n" + FOOT,
                 "ไร่ละ 700", True, id="regression-read-more-list-acc21r"),
    pytest.param(TOP + PROSE + "\nงานนายกย้อนหลัง\n  ● นายกฯ มอบข้าวสาร 300 ถุง   (16 มิ.ย. 2568)\n" + FOOT,
                 "300 ถุง", False, id="a-single-dated-item-is-no-list"),
    pytest.param(TOP + PROSE + "\nสิ่งที่ได้ทำไปแล้ว\n  ● อบรม อสม. 45 คน\n  ● ตรวจคัดกรอง 120 คน\n" + FOOT,
                 "45 คน", False, id="undated-items-under-an-unknown-heading-are-content"),
    pytest.param(TOP + PROSE + "\nกิจกรรม\n  • อบรม อสม. 45 คน   (12 ม.ค. 2568)\n  • ตรวจคัดกรอง 120 คน   (20 ม.ค. 2568)\n" + FOOT,
                 "45 คน", False, id="dated-items-under-a-content-heading-are-content"),
    pytest.param(TOP + PROSE + "\nไทม์ไลน์\n  • อบรม อสม. 45 คน   (12 ม.ค. 2568)\n  • ตรวจ 120 คน   (20 ม.ค. 2568)\n" + PROSE,
                 "45 คน", False, id="dated-items-with-prose-below-stand-inside-the-article"),
    pytest.param(TOP + "\nไทม์ไลน์\n  • อบรม อสม. 45 คน   (12 ม.ค. 2568)\n  • ตรวจ 120 คน   (20 ม.ค. 2568)\n"
                 + "\n".join(["ข้อความสั้น"] * 3) + "\n" + PROSE, "45 คน", False,
                 id="dated-items-above-the-content-are-content"),
    # C-b: a neighbour link of any page kind after an arrow; a ticker strung with "::".
    pytest.param(TOP + PROSE + "◄ อัลบั้มก่อนหน้า : ตรวจคัดกรองเบาหวาน (27 มิ.ย. 68)\n", "27 มิ.ย.", True,
                 id="regression-previous-album-link-acc21e"),
    pytest.param(TOP + PROSE + "► คลิปถัดไป : อบรม อสม. 30 คน\n", "30 คน", True, id="next-clip-link"),
    pytest.param(TOP + PROSE + "► ครั้งก่อนหน้านี้มีผู้เข้าร่วม 30 คน\n", "30 คน", False,
                 id="arrowed-sentence-with-before-word-is-content"),
    pytest.param(TOP + PROSE + "ผลตรวจครั้งก่อนหน้า : 30 คน\n", "30 คน", False,
                 id="form-field-with-before-word-and-no-arrow-is-content"),
    pytest.param(TOP + ":: ข่าวเด่น :: ชำระภาษีป้าย ถึง 30 เม.ย. 68 :: ปิดถนน 13-15 เม.ย. 68 ::\n" + PROSE,
                 "30 เม.ย.", True, id="regression-double-colon-ticker-acc21f"),
    pytest.param("ข่าวเด่น : วันนี้ 10 มิ.ย. 68 สสอ. จัดอบรม อสม. 30 คน\n" + PROSE, "วันนี้ 10", False,
                 id="headline-label-opening-the-article-is-content"),
    # C-c: plain visitor counters on a footer or post line.
    pytest.param(TOP + "ข่าวที่ 12/2569       ลงวันที่ 22/01/2569       ผู้ชม 611 คน\n" + PROSE, "611", True,
                 id="regression-viewers-cell-on-a-release-line-acc21n"),
    pytest.param(TOP + PROSE + "© อบต.นาจาน  |  ติดต่อ admin  |  ออนไลน์ 17 คน\n", "17 คน", True,
                 id="regression-online-cell-on-a-copyright-line-acc21h"),
    pytest.param(TOP + PROSE + "ผู้เข้าร่วม ห้องประชุม 30 คน  |  ออนไลน์ 17 คน\n", "17 คน", False,
                 id="hybrid-meeting-online-count-is-content"),
    pytest.param(TOP + PROSE + "ออนไลน์ 17 คน\n", "17 คน", False, id="online-count-at-a-line-start-is-content"),
    # C-d: a blog's counter naming its post opens the comments.
    pytest.param(TOP + PROSE + '3 responses to "อบรม R2R"\n\n  noon  13/10/2025 at 8:41 am\n  ไปรุ่น 1 มี 60 คน\n',
                 "60 คน", True, id="regression-responses-to-counter-acc21u"),
    pytest.param(TOP + PROSE + "ได้รับ 3 responses จากแบบสอบถาม\nอสม. 60 คน\n", "60 คน", False,
                 id="responses-word-in-a-sentence-is-content"),
    # C-g: a "latest closed projects" line listing items after a colon, parted by bars.
    pytest.param(TOP + PROSE + "โครงการที่ปิดล่าสุด : โครงการรู้ทันความดัน (คืนเงิน 1,140.00 บาท) | โครงการแม่และเด็ก\n",
                 "1,140", True, id="regression-latest-closed-projects-line-acc21k"),
    pytest.param(TOP + PROSE + "โครงการที่ปิดล่าสุด : โครงการรู้ทันความดัน (คืนเงิน 1,140.00 บาท)\n",
                 "1,140", False, id="a-single-item-after-a-colon-is-a-field"),
    pytest.param(TOP + PROSE + "กิจกรรมอื่น ๆ : ตรวจสุขภาพ 40 คน | แจกแผ่นพับ\n", "40 คน", False,
                 id="form-field-other-activities-with-a-colon-and-bars-is-content"),
]


@pytest.mark.parametrize("doc,needle,inside", ROWS)
def test_page_lines_s15(doc, needle, inside):
    assert _chrome(doc, needle) == inside
