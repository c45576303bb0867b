"""Money, stop 16 round 0: residual misses of the corpus. Unit prices after x in a table's label cell,
figures a space-aligned row sets off by one or two spaces only, a figure split by a stray space, shares
listed on one line, a rate repeated without บาท. Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract

P = pytest.param


def amounts(text: str) -> list[float]:
    return sorted({b.amount for b in extract(text).budgets})


HEAD = "   รายการ                                   จำนวนเงิน (บาท)\n"
LEDGER = ("วันที่      รายการ                                   รับ          จ่าย       คงเหลือ\n"
          "03/03/68   รับโอนเงินจากกองทุนฯ                      8,000.00                8,000.00\n")
FACTORS = [
    P(HEAD + "     - ค่าอาหารกลางวัน 50 คน x 80                        4,000\n"
      "     - ค่าอาหารว่าง 50 คน x 2 มื้อ x 35             3,500\n", [35, 80, 3500, 4000],
      id="regression-unit-price-after-x-in-a-label-cell-acc22b"),
    P(LEDGER + "15/03/68   ค่าอาหารว่าง 55 คน x 25                         1,375.00   6,625.00\n",
      [25, 1375, 6625, 8000], id="regression-ledger-label-product-is-its-spent-cell-acc21k"),
    P("ลำดับ\tรายการ\tเป็นเงิน (บาท)\n1\tค่าอาหารกลางวัน 40 คน x 60\t2,400\n", [60, 2400],
      id="tab-table-label-product"),
    # counter-examples: a product that does not add up, a count before a unit, a size
    P(HEAD + "     - ค่าอาหารกลางวัน 50 คน x 80                        4,500\n", [4500],
      id="product-not-the-amount-stays-out"),
    P(HEAD + "     - ค่าอาหารว่าง 50 คน x 2 มื้อ                        3,500\n", [3500],
      id="count-before-a-unit-word-is-no-price"),
    P(HEAD + "     - ป้ายไวนิล ขนาด 1.2 x 2.4                            720\n", [720],
      id="a-size-is-no-price"),
]


@pytest.mark.parametrize("text,expected", FACTORS)
def test_factors_in_table_labels(text, expected):
    assert amounts(text) == expected


PLAN = "   รายการ                                   แผนเดิม    ปรับแผน    ใช้จริง\n"
TIGHT = [
    P(PLAN + "   ค่าผ้าดิบ                                  2,400      2,400      2,400\n"
      "   ค่าอาหารกลางวัน 55 คน x 50 บาท (วันทำลูกประคบ) 2,750  2,750      2,650\n",
      [50, 2400, 2650, 2750], id="regression-label-run-on-into-the-money-columns-acc15k"),
    P(LEDGER + "           รวม                                     8,002.14  8,002.14\n",
      [8000, 8002.14], id="regression-doubled-sum-cell-acc21k"),
    P("ลำดับ  โครงการ          ระยะเวลา      งบประมาณ    แหล่งงบ\n"
      "                                       (บาท)\n"
      " 1    คัดกรองมะเร็ง      ม.ค.-มี.ค.      45,600      สปสช.\n"
      " 3    มหกรรมสุขภาพ       10-11 ธ.ค.     1 8,750     เงินบำรุง\n", [18750, 45600],
      id="regression-figure-split-by-a-stray-space-acc15q"),
    # counter-examples: counts, words after the figure in its cell, a split cell over two columns
    P("   กลุ่ม                 แผน    จริง\n   อสม. ผู้ดูแล 40  38      36\n", [],
      id="count-columns-are-no-money"),
    P(PLAN + "   ค่าผ้าดิบ                                  2,400      2,400      2,400\n"
      "   วันที่ 16 มิถุนายน 2568 ทำลูกประคบ 2568 ลูก     2,000\n", [2000, 2400],
      id="a-year-or-count-inside-a-label-stays-out"),
    P("ลำดับ   รายการ      จำนวน   ราคา (บาท)\n 1      ค่าป้าย      2 1,500\n", [],
      id="split-figure-over-a-count-and-a-money-column-stays-out"),
    P("ครั้งที่ 1 8,750 บาท", [8750], id="split-figure-in-prose-is-not-joined"),
]


@pytest.mark.parametrize("text,expected", TIGHT)
def test_tight_figures(text, expected):
    assert amounts(text) == expected


PARTS = [
    P("   ใช้จ่ายจริง                      24,318   บาท\n   เงินคงเหลือส่งคืนกองทุน            552   บาท\n"
      "   (ค่าอาหารเสริม 7,260 / ค่าอบรมผู้ปกครอง 9,458 / ค่าวัสดุแปลงผัก 4,600 / ค่าเครื่องชั่ง 3,000)",
      [552, 3000, 4600, 7260, 9458, 24318], id="regression-shares-on-one-line-two-lines-under-acc21h"),
    P("งบประมาณ 96,500 บาท\n📌 กองทุนฟื้นฟู 60,000\n📌 อบจ. 36,500", [36500, 60000, 96500],
      id="shares-one-per-line-still-kept"),
    # counter-examples: shares that do not add up; counts; a total too far above
    P("ใช้จ่ายจริง 24,318 บาท\n(ค่าอาหารเสริม 7,260 / ค่าอบรม 9,458)", [24318],
      id="shares-that-do-not-add-up-stay-out"),
    P("งบประมาณ 2,562 บาท\nผู้สูงอายุ 1,250 คน / ผู้พิการ 1,312 คน / อื่นๆ", [2562],
      id="a-list-of-counts-stays-out"),
    P("ใช้จ่ายจริง 16,718 บาท\nบรรทัด\nบรรทัด\nบรรทัด\n(ค่าอาหาร 7,260 / ค่าอบรม 9,458)", [16718],
      id="a-total-far-above-is-no-sum-of-them"),
]


@pytest.mark.parametrize("text,expected", PARTS)
def test_inline_shares(text, expected):
    assert amounts(text) == expected


RATES = [
    P("* ค่าที่พักเบิกได้ไม่เกินคืนละ 1,200 บาท ห้องพักโรงแรมคืนละ 1,350 ต้องออกส่วนต่างเองค่ะ", [1200, 1350],
      id="regression-rate-repeated-without-baht-acc21u"),
    P("ค่าอาหารคนละ 100 บาท ผู้ติดตามคนละ 80", [80, 100], id="same-noun-second-rate"),
    # counter-examples: another noun, a count after the same noun, a unit, hours, a far value
    P("ค่าที่พักคืนละ 1,200 บาท อยู่ได้ไม่เกินคนละ 3", [1200], id="another-noun-is-no-parallel-rate"),
    P("คนละ 100 บาท แจกคนละ 2 ชุด", [100], id="a-unit-after-the-second-rate"),
    P("วันละ 300 บาท ทำงานวันละ 8 ชม.", [300], id="hours-after-the-second-rate"),
    P("คนละ 50 บาท รับได้คนละ 1 สิทธิ์", [50], id="a-count-far-below-the-rate"),
    P("ได้รับคนละ 300", [], id="no-rate-in-baht-before"),
]


@pytest.mark.parametrize("text,expected", RATES)
def test_parallel_rates(text, expected):
    assert amounts(text) == expected


def total(text: str) -> float | None:
    """What the scorer takes as budget_total: the first item with role total."""
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


CAL = ("รพ.สต.บ้านหนองแวง\n==========\n   📆 ปฏิทินกิจกรรม ประจำเดือน มีนาคม 2569\n==========\n"
       "💉 อ. 3 มี.ค. 69   ฉีดวัคซีนนักเรียน ณ โรงเรียนบ้านหนองแวง\n"
       "★ พ. 18 มี.ค. 69   โครงการค่ายเบาหวาน ณ ศาลาประชาคม\n     💰 งบประมาณ 12,400 บาท จากกองทุน\n")
CALENDARS = [
    P(CAL, None, id="regression-a-months-calendar-has-no-budget-acc18l"),
    # counter-examples: a project's own calendar, a calendar heading without a period, a project page
    P(CAL.replace("ปฏิทินกิจกรรม ประจำเดือน มีนาคม 2569", "ปฏิทินกิจกรรมโครงการค่ายเบาหวาน ประจำเดือน มีนาคม 2569"),
      12400, id="a-projects-own-calendar-keeps-its-budget"),
    P(CAL.replace("ปฏิทินกิจกรรม ประจำเดือน มีนาคม 2569", "ปฏิทินกิจกรรม"), 12400,
      id="calendar-word-without-a-period-keeps-the-budget"),
    P("โครงการค่ายเบาหวาน\nปฏิทินกิจกรรม\n- 18 มี.ค. 69 ค่าย\nงบประมาณ 12,400 บาท", 12400,
      id="a-project-page-with-its-activity-calendar"),
]


@pytest.mark.parametrize("text,expected", CALENDARS)
def test_calendar_totals(text, expected):
    assert total(text) == expected


FLAT_HEAD = ("5. วิธีดำเนินการ ลำดับ กิจกรรม ระยะเวลา สถานที่ งบประมาณ (บาท) ผู้รับผิดชอบ 1 ประชุมชี้แจง พ.ย. 2568 "
             "ห้องประชุม สสอ. - สสอ. 2 อบรม FR 15-16 ธ.ค. 2568 ห้องประชุมโรงพยาบาล 29,060 งาน ER 3 อบรม อสม. "
             "22 ม.ค. 2569 ห้องประชุม สสอ. 18,000 สสอ./รพ.สต. 4 รณรงค์ ก.พ. 2569 ตลาดนัด 15,000 งาน ER")
FLAT = [
    P(FLAT_HEAD + "\n8. งบประมาณ รวมทั้งสิ้น 62,060 บาท", [15000, 18000, 29060, 62060],
      id="regression-cells-of-a-table-flattened-onto-one-line-acc22a"),
    # counter-examples: cells that add up to nothing stated; no header in baht; counts
    P(FLAT_HEAD + "\n8. งบประมาณ รวมทั้งสิ้น 60,000 บาท", [60000], id="flat-cells-adding-up-to-nothing-stay-out"),
    P(FLAT_HEAD.replace("(บาท)", "") + "\n8. งบประมาณ รวมทั้งสิ้น 62,060 บาท", [62060],
      id="flat-cells-without-a-baht-header-stay-out"),
    P("งบประมาณ (บาท) ประชากร 12,500 คน ผู้สูงอายุ 2,100 คน รวม 14,600 บาท", [14600], id="counts-are-no-flat-cells"),
]


@pytest.mark.parametrize("text,expected", FLAT)
def test_flat_cells(text, expected):
    assert amounts(text) == expected
