"""Money, stop 13 round 2: budget tables cut by a page break or continued without a header,
fill-in dates, donations listed after a funding cue. Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract
from thaidocx.parse.running_lines import PageBreaks, is_page_number_line


def amounts(text: str) -> list[float]:
    return [b.amount for b in extract(text).budgets]


_HEAD = "\tรายการ\t\t\tอัตรา\t\tจำนวนเงิน (บาท)\n"
_BREAK = ("\n________________________\nโครงการอบรมแม่ครัว ปีงบประมาณ 2569\t\t\tหน้า 2 / 3\n\n"
          "เทศบาลตำบลโนนงาม\tอำเภอเมือง\n\t\t\tกองสาธารณสุข\n\n")
_LETTERHEAD = "เทศบาลตำบลโนนงาม\tอำเภอเมือง\n\t\t\tกองสาธารณสุข\n\n"

# ------------------------------------------------------------- a table cut by a page break (M-d)
PAGE_BREAK = [
    pytest.param(_LETTERHEAD + _HEAD + "\t1. ค่าอาหาร 40 คน x 2 วัน\t\t60 บาท\t\t4,800\n" + _BREAK
                 + "\t2. ค่าวัสดุ (กระดาษ ปากกา)\t\t\t\t1,250\n\t\t\t\tรวม\t\t6,050",
                 [60, 4800, 1250, 6050],
                 id="regression-table-rows-after-a-word-page-break-running-header-footer-acc16c"),
    pytest.param("ลำดับ\tรายการ\tเป็นเงิน (บาท)\n1\tค่าอาหาร\t2,400\n\n- 2 -\n\n2\tค่าป้าย\t450",
                 [2400, 450], id="page-number-line-alone-between-rows"),
    pytest.param("ลำดับ\tรายการ\tเป็นเงิน (บาท)\n1\tค่าอาหาร\t2,400\n\nกลุ่มเป้าหมาย\n1\tอสม.\t30",
                 [2400], id="blank-line-without-a-page-number-still-ends-the-table"),
    pytest.param("ลำดับ\tรายการ\tเป็นเงิน (บาท)\n1\tค่าอาหาร\t2,400\nจึงเรียนมาเพื่อโปรดพิจารณา\n\n"
                 "หน้า 2\n\n1\tอสม.\t30", [2400], id="page-break-after-prose-ends-the-table"),
]


@pytest.mark.parametrize("text,expected", PAGE_BREAK)
def test_table_across_page_break(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize("line,expected", [
    pytest.param("- 2 -", True, id="dashes"),
    pytest.param("                  -๓-", True, id="thai-digit-dashes"),
    pytest.param("แบบเสนอโครงการ กปท.        หน้า 2/3", True, id="running-title-then-page"),
    pytest.param("รพ.สต.บ้านหนองสาหร่าย\t\tหน้า 1 จาก 2", True, id="page-n-of-m-thai"),
    pytest.param("Page 2 of 5", True, id="page-english"),
    pytest.param("ดูรายละเอียดในหน้า 2", False, id="page-reference-in-prose"),
    pytest.param("ค่าอาหาร\t-\t2\t-", False, id="dash-cells"),
    pytest.param("เวลา 10.00 - 12.00 น.", False, id="time-range"),
])
def test_page_number_line(line, expected):
    assert is_page_number_line(line) is expected


def test_page_break_needs_a_page_number():
    text = "แถว ก\t1\n\nหัวกระดาษ\n\nแถว ข\t2\n\nหัวกระดาษ\n\nแถว ค\t3"
    lines = text.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    breaks = PageBreaks(text)

    def prev(ls):
        i = starts.index(ls)
        return (starts[i - 1], starts[i] - 1) if i else None
    assert breaks.above((starts[7], starts[7]), prev) is None  # repeated lines, no page number


# -------------------------------------------------------- a table continued without a header (M-b)
CARRIED = [
    pytest.param(
        "    ลำดับ  รายการ                      จำนวน    หน่วย    ราคา/หน่วย    จำนวนเงิน\n"
        "      1    สายวัดรอบเอว                   40      เส้น        35.00      1,400.00\n"
        "      2    เครื่องชั่งน้ำหนัก                 2      เครื่อง    890.00      1,780.00\n"
        "                                                       รวม     3,180.00\n"
        "    รายการที่ 2  วัสดุสำนักงาน\n"
        "      1    กระดาษ A4 80 แกรม               5      รีม        125.00        625.00\n"
        "      2    แฟ้มเอกสาร                    30      แฟ้ม        15.00        450.00\n",
        [35, 1400, 890, 1780, 3180, 125, 625, 15, 450],
        id="regression-second-item-table-without-header-carries-the-columns-acc15v"),
    pytest.param(
        "ลำดับ\tรายการ\tจำนวน\tราคา/หน่วย\tจำนวนเงิน\n1\tสายวัด\t40\t35.00\t1,400.00\n\n"
        "วัสดุสำนักงาน\n1\tกระดาษ\t5\t125.00\t625.00\n",
        [35, 1400, 125, 625], id="tab-rows-of-prices-carry-the-columns"),
    pytest.param(
        "ลำดับ\tรายการ\tจำนวน\tเป็นเงิน (บาท)\n1\tค่าอาหาร\t40\t2,400\n\n"
        "กลุ่มเป้าหมาย\n1\tอสม.\t30\t28\n",
        [2400], id="tab-rows-of-counts-after-a-money-table-stay-no-money"),
    pytest.param(
        "    ลำดับ  รายการ                      จำนวน    หน่วย    ราคา/หน่วย    จำนวนเงิน\n"
        "      1    สายวัดรอบเอว                   40      เส้น        35.00      1,400.00\n\n"
        "    ผลการคัดกรอง\n"
        "      หมู่ 1      62      58\n",
        [35, 1400], id="spaced-rows-of-another-shape-take-no-columns"),
]


@pytest.mark.parametrize("text,expected", CARRIED)
def test_carried_columns(text, expected):
    assert amounts(text) == expected


# ------------------------------------------------------------ a form's fill-in date (M-a)
FORM = [
    pytest.param("คำสั่ง     [✓] อนุมัติ      [  ] ไม่อนุมัติ\n"
                 "              ลงชื่อ ...........................\n"
                 "              วันที่ ....8.... / ....พ.ค.... / ....68....", [],
                 id="regression-checkbox-options-are-no-money-header-fill-in-year-was-money-acc15t"),
    pytest.param("คำสั่ง     ☑ อนุมัติ      ☐ ไม่อนุมัติ\n              ลำดับ   12   68", [],
                 id="ballot-box-options-are-no-money-header"),
    pytest.param("รายการ     อนุมัติ (บาท)     ใช้จริง (บาท)\nค่าอาหาร     2,400     2,350", [2400, 2350],
                 id="approved-column-without-checkboxes-stays-a-money-header"),
]


@pytest.mark.parametrize("text,expected", FORM)
def test_form_lines(text, expected):
    assert amounts(text) == expected


def dates(text: str) -> list[str]:
    return [d.value for d in extract(text).dates]


@pytest.mark.parametrize("text,expected", [
    pytest.param("ผู้อำนวยการ\n      วันที่ ....8.... / ....พ.ค.... / ....68....", ["2025-05-08"],
                 id="regression-fill-in-date-day-month-year-between-dot-leaders-acc15t"),
    pytest.param("ลงวันที่ 12/ก.ย./2567", ["2024-09-12"], id="slashed-abbreviated-month-glued"),
    pytest.param("วันที่ ......./......../........", [], id="empty-fill-in-is-no-date"),
    pytest.param("ห้อง 3 / มีนาคม", [], id="slash-and-month-without-year-is-no-slashed-date"),
])
def test_fill_in_dates(text, expected):
    assert dates(text) == expected


def total(text: str) -> float | None:
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


# ------------------------------------------------------------- sponsors' money is no budget (M-c)
@pytest.mark.parametrize("text,expected", [
    pytest.param("ทั้งนี้ได้รับการสนับสนุนจากผู้สนับสนุนหลัก ได้แก่ บริษัท ทองดีฟาร์ม จำกัด 40,000 บาท "
                 "ธนาคารกรุงไทย สาขาวังน้อย 25,000 บาท", None,
                 id="regression-sponsor-list-after-a-funding-cue-is-donations-acc16b"),
    pytest.param("งานนี้ได้รับเงินสนับสนุนจากร้านสมใจการค้า 5,000 บาท", None,
                 id="support-from-a-shop-is-a-donation"),
    pytest.param("โครงการได้รับงบประมาณสนับสนุนจาก สปสช. 20,000 บาท", 20000,
                 id="support-from-a-public-fund-stays-the-budget"),
    pytest.param("ได้รับการสนับสนุนจากกองทุนหลักประกันสุขภาพ อบต.หนองแวง เป็นเงิน 15,000 บาท", 15000,
                 id="support-from-a-local-fund-stays-the-budget"),
])
def test_sponsor_money(text, expected):
    assert total(text) == expected


def test_many_headerless_rows_carry_nothing_and_never_recurse():
    text = "ลำดับ   รายการ   จำนวนเงิน (บาท)\n1   ค่าอาหาร   2,400\n\n" + "".join(
        f"      {i}    รายการ {i}      {i * 10}     {i * 3}\n" for i in range(1500))
    assert amounts(text) == [2400]
