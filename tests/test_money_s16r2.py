"""Money, stop 16 round 1 (second money pass): a fund's summary counting several projects per group, whose
project lines each state a bare approved amount (no single budget); a table column giving the value of goods
(มูลค่า… (บาท)) is no budget column. Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract

P = pytest.param


def budget(text: str) -> float | None:
    totals = [b.amount for b in extract(text).budgets if b.role == "total"]
    return totals[0] if totals else None


def amounts(text: str) -> list[float]:
    return sorted({b.amount for b in extract(text).budgets})


GROUPS = ("หมวดที่ 1  สนับสนุนหน่วยบริการ   (2 โครงการ · 41,300 บาท)\n"
          "  1) โครงการตรวจคัดกรองเบาหวานเชิงรุก\n     ผู้เสนอ รพ.สต.บ้านโคก · อนุมัติ 21,300 บาท\n"
          "  2) โครงการพัฒนาศักยภาพ อสม. ด้านยาปลอดภัย\n     ผู้เสนอ รพ.สต.บ้านโคก · อนุมัติ 20,000 บาท\n\n")
SEVERAL = [
    P(GROUPS + "หมวดที่ 4  บริหารจัดการกองทุน   (1 รายการ · 18,500 บาท)\n"
      "  3) ค่าใช้จ่ายบริหารจัดการกองทุนและประชุมคณะกรรมการ · อนุมัติ 18,500 บาท\n", None,
      id="regression-fund-summary-counting-projects-per-group-acc23k"),
    P("ประเภทที่ 2 กลุ่มองค์กรประชาชน (3 โครงการ งบประมาณรวม 64,000 บาท)\n"
      "1. โครงการแม่บ้านลดพุง\n   อนุมัติ 22,000 บาท\n2. โครงการลานกีฬาต้านยา\n   อนุมัติ 30,000 บาท\n"
      "3. ค่าใช้จ่ายในการติดตามโครงการ อนุมัติ 12,000 บาท\n", None, id="group-heading-with-a-budget-word"),
    # counter-examples: one project page (no count of several projects) keeps its budget; a count of
    # projects in a background sentence with one project line keeps it too
    P("1) โครงการตรวจคัดกรองเบาหวานเชิงรุก\n   ผู้เสนอ รพ.สต.บ้านโคก · อนุมัติ 21,300 บาท\n"
      "ค่าใช้จ่ายในการดำเนินงาน 21,300 บาท\n", 21300, id="one-project-page-keeps-its-budget"),
    P("ปีนี้กองทุนอนุมัติ 12 โครงการ เป็นเงิน 450,000 บาท\n"
      "โครงการเดินวิ่งเพื่อสุขภาพ งบประมาณ 25,000 บาท\n", 25000, id="one-project-beside-a-count-keeps-its-budget"),
]


@pytest.mark.parametrize("text,expected", SEVERAL)
def test_several_projects_counted(text, expected):
    assert budget(text) == expected


VALUE_COLUMNS = [
    P("รายละเอียดการสนับสนุน ดังนี้\n\nโรงเรียน\tเงินสด (บาท)\tอุปกรณ์\tมูลค่าอุปกรณ์ (บาท)\n"
      "ร.ร.บ้านหนองบัว\t200,000\tคอมพิวเตอร์ 10 เครื่อง\t250,000\n"
      "ร.ร.บ้านโนนสูง\t100,000\tคอมพิวเตอร์ 5 เครื่อง\t125,000\n"
      "รวม\t300,000\t15 เครื่อง\t375,000\n", None, id="regression-sum-of-a-goods-value-column-acc24c"),
    P("เดือน | น้ำหนัก (กก.) | มูลค่า (บาท)\nมกราคม | 120 | 1,450.00\nกุมภาพันธ์ | 98 | 1,180.00\n", None,
      id="value-of-sold-waste-column"),
    # counter-example: a budget table's amount column keeps the sum as the budget
    P("รายการ\tจำนวน\tจำนวนเงิน (บาท)\nค่าอาหาร\t50 คน\t5,000\nค่าวิทยากร\t3 ชม.\t1,800\n"
      "รวม\t\t6,800\n", 6800, id="amount-column-sum-stays-the-budget"),
]


@pytest.mark.parametrize("text,expected", VALUE_COLUMNS)
def test_value_columns(text, expected):
    assert budget(text) == expected


def test_value_column_amounts_stay_money():
    text = ("เดือน | น้ำหนัก (กก.) | มูลค่า (บาท)\nมกราคม | 120 | 1,450.00\nกุมภาพันธ์ | 98 | 1,180.00\n")
    assert amounts(text) == [1180, 1450]


INSTALMENTS = [
    P("การเงิน\n  งวดที่ 1 (ร้อยละ 70)    9,450.00    รับเมื่อ 2 ก.พ. 2567\n"
      "  งวดที่ 2 (ร้อยละ 30)    4,050.00    รับเมื่อ 10 มิ.ย. 2567\n  รวมรับ                  13,500.00\n",
      [4050, 9450, 13500], id="regression-instalment-rows-without-baht-acc23h"),
    P("งวดเงินที่ 1   18,000.00\nงวดเงินที่ 2   12,000.00\n", [12000, 18000], id="instalment-money-rows"),
    # counter-examples: an instalment's percentage, date or count is no amount
    P("งวดที่ 1 ร้อยละ 60.00 ของงบประมาณ\n", [], id="instalment-percentage-stays-out"),
    P("งวดที่ 2 ส่งมอบงาน 1,200 ชุด ภายใน 15 มิ.ย. 2567\n", [], id="instalment-count-stays-out"),
]


@pytest.mark.parametrize("text,expected", INSTALMENTS)
def test_instalments(text, expected):
    assert amounts(text) == expected


PAGE = ("โครงการลดเค็มลดโรคในชุมชน ปี 2567\nงบประมาณ   18,400.00 บาท\n"
        "กิจกรรมอบรมแกนนำครอบครัวลดเค็ม 60 คน และติดตามวัดความดันทุกเดือนเป็นเวลาหกเดือน\n\n")
OTHER_PROJECTS = [
    P(PAGE + "โครงการอื่นของ กลุ่ม อสม.ตำบลบ้านใหม่\n• 66-L5210-2-04 ออกกำลังกายยางยืด 12,500.00 บาท\n"
      "• 65-L5210-2-09 ฟันสวยยิ้มใส 7,900.00 บาท\n", [18400], id="regression-owner-s-other-projects-acc23h"),
    P(PAGE + "โครงการอื่น ๆ ในกองทุนเดียวกัน\n- เดินวิ่งสู้โรค 20,000 บาท\n- ลานกีฬาต้านยา 35,000 บาท\n",
      [18400], id="other-projects-of-the-fund"),
    P(PAGE + "โครงการที่เกี่ยวข้อง\n• ครัวเรือนลดหวาน 9,000 บาท\n", [18400], id="related-projects"),
    # counter-examples: minutes' numbered agenda item, a sentence about other projects, a list that is no
    # bulleted list under the heading
    P("4.3 โครงการอื่นๆ\n• โครงการเดินวิ่งสู้โรค งบประมาณ 20,000 บาท\n", [20000],
      id="numbered-agenda-item-stays-content"),
    P(PAGE + "โครงการอื่นของชมรมในปี 2566 ใช้งบประมาณ 12,000 บาท\n", [12000, 18400],
      id="a-sentence-with-digits-stays-content"),
    P(PAGE + "โครงการอื่นของ กลุ่ม อสม.\nเดินวิ่งสู้โรค 20,000 บาท\n", [18400, 20000],
      id="unbulleted-lines-stay-content"),
]


@pytest.mark.parametrize("text,expected", OTHER_PROJECTS)
def test_other_projects(text, expected):
    assert amounts(text) == expected


STACK_HEAD = "ที่\nโครงการ/กิจกรรม\nเป้าหมาย\nงบประมาณ\nผู้รับผิดชอบ\n(บาท)\n"
LONE = [
    P(STACK_HEAD + "1\n1. โครงการลดเค็มในชุมชน\n30,500\nรพ.สต.\n1.1 อบรมแกนนำ\n60 คน\n12,000\n1.2 รณรงค์\n"
      "18,500\n2\n2. โครงการเดินวิ่ง\n9,000\nรวมยุทธศาสตร์ที่ 1\n39,500\n3\n3. โครงการตรวจฟัน\n6,000\n"
      "รวมยุทธศาสตร์ที่ 2\n6,000\nรวมทั้งสิ้น\n45,500\n",
      [6000, 9000, 12000, 18500, 30500, 39500, 45500], id="regression-one-cell-per-line-figures-add-up-acc23s"),
    P(STACK_HEAD + "1. อบรม\n4,000\n2. รณรงค์\n2,500\nรวม\n6,500\n", [2500, 4000, 6500],
      id="rows-under-a-sum-line"),
    # counter-examples: a count table adds up too, figures that do not add up, no money header
    P("ที่\nหมู่บ้าน\nประชากร\n(คน)\n1. บ้านโคก\n1,200\n2. บ้านนา\n1,300\nรวม\n2,500\n", [],
      id="count-table-stays-out"),
    P(STACK_HEAD + "1. อบรม\n4,000\n2. รณรงค์\n2,500\nรวม\n7,000\n", [], id="figures-that-do-not-add-up-stay-out"),
    P("1. อบรม\n4,000\n2. รณรงค์\n2,500\nรวม\n6,500\n", [], id="no-money-header-stays-out"),
]


@pytest.mark.parametrize("text,expected", LONE)
def test_lone_figures(text, expected):
    assert amounts(text) == expected


def test_lone_figures_are_no_budget():
    assert budget(STACK_HEAD + "1. อบรม\n4,000\n2. รณรงค์\n2,500\nรวม\n6,500\n") is None
