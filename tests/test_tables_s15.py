"""Tables, stop 15 round 1: space-aligned tables whose header merges the row-number and label
columns, whose second header line is lined up character by character, whose result column takes
the unit of the target column before it; money columns of such tables. Each row is a text written
for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def counts(text: str) -> list[int]:
    report = extract(text)
    for p in report.participants:  # provenance holds for every item
        assert text[p.evidence.start:p.evidence.end] == p.evidence.text
    return [p.count for p in report.participants]


def amounts(text: str) -> list[float]:
    return [b.amount for b in extract(text).budgets]


def total(text: str) -> float | None:
    """What the scorer takes as budget_total: the first item with role total."""
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


# A header "ที่  โครงการ" (two spaces: one cell) over rows "1   โครงการ…" (three: two cells).
MERGED_HEADER = (
    "ที่  กิจกรรม               ตัวชี้วัด       เป้าหมาย   ผลงาน    ร้อยละ\n"
    "                                          (คน)                \n"
    "------------------------------------------------------------------\n"
    "1   อบรมแกนนำ            ร้อยละ 80       120        112      93.33\n"
    "    ครอบครัว\n"
    "2   เยี่ยมบ้าน             HI < 10         ๖ หมู่  ๕    83.33\n"
    "3   คัดกรองสายตา         ร้อยละ 90        86         80      93.02\n")

# ------------------------------------------------- people columns of space-aligned tables (B-a, B-e)
SPACED = [
    pytest.param(MERGED_HEADER, [120, 112, 86, 80],
                 id="regression-header-merging-row-number-and-label-result-column-takes-target-unit-acc19m"),
    pytest.param("ที่  โครงการ               ผู้เสนอ          งบที่อนุมัติ   เป้าหมาย   ผลงาน\n"
                 "                                                 (บาท)       (คน)      (คน)\n"
                 "1   คัดกรองเบาหวาน       รพ.สต.บ้านนา       38,500      1,850     1,796\n"
                 "2   ฟันดี                 ชมรมผู้สูงอายุ      15,600        120       117\n"
                 "    รวม" + " " * 35 + "54,100\n",
                 [1850, 1796, 120, 117],
                 id="regression-units-line-typed-by-characters-total-row-of-money-only-acc20e"),
    pytest.param("ที่  กิจกรรม          เป้าหมาย (คน)   ผลงาน   ร้อยละ\n"
                 "1   อบรม               40              38      95.00\n",
                 [40, 38], id="result-column-after-a-target-in-people-on-one-header-line"),
    # counter-examples
    pytest.param("ที่  กิจกรรม          จำนวน (คน)   ผลงาน   ร้อยละ\n"
                 "1   อบรม               40              38      95.00\n",
                 [40], id="result-column-after-a-count-that-is-no-target-stays-unread"),
    pytest.param("ที่  กิจกรรม       เป้าหมาย   ผลงาน     ร้อยละ\n"
                 "                   (คน)       (ร้อยละ)\n"
                 "1   อบรม            40         95.00     95.00\n",
                 [40], id="result-column-with-its-own-other-unit-stays-unread"),
    pytest.param("กิจกรรม          เป้าหมาย (คน)   ผลงาน (คน)\n"
                 "1  อบรม             40              38\n",
                 [40, 38], id="one-line-header-unchanged"),
]


@pytest.mark.parametrize("text,expected", SPACED)
def test_spaced_people_tables(text, expected):
    assert counts(text) == expected


# ------------------------------------------------- money columns of space-aligned tables (B-a, B-e)
PLAN_TABLE = (
    "ที่  โครงการ/กิจกรรม        เป้าหมาย   ผลงาน    งบประมาณ   เบิกจ่าย\n"
    "                              (คน)       สะสม     ที่ได้รับ    สะสม\n"
    "--------------------------------------------------------------------\n"
    "1   คัดกรองเบาหวาน           1,200      1,100     48,000     31,250\n"
    "2   อบรม อสม.                 320        296      96,000     88,740\n"
    "--------------------------------------------------------------------\n"
    "    รวม                                          144,000    119,990\n")
def typed(*rows: tuple[str, ...], at: tuple[int, ...] = (0, 26, 38, 50, 60)) -> str:
    """Rows whose cells start at the character offsets `at`, as in an editor giving every Thai
    mark a column (a table typed so: its header and rows line up character by character)."""
    lines = []
    for row in rows:
        line = ""
        for col, cell in zip(at, row):
            line = (line + " " * max(3 if line.strip() else 0, col - len(line))) + cell if cell else line
        lines.append(line)
    return "\n".join(lines) + "\n"


FUND_TABLE = typed(("ที่  ชื่อโครงการ", "งบที่อนุมัติ", "ใช้จริง", "เป้าหมาย", "ผลงาน"),
                   ("", "(บาท)", "(บาท)", "(คน)", "(คน)"),
                   ("1   คัดกรองเบาหวาน", "38,500", "38,220", "1,850", "1,796"),
                   ("2   ฟันดีสู่ผู้สูงวัย", "15,600", "14,930", "120", "117"),
                   ("    รวม", "54,100", "53,150"))
ACTIVITY_TABLE = (
    "ที่  กิจกรรม              งบประมาณ\n"
    "                          (บาท)\n"
    "1   ค่าอาหารกลางวัน        6,000\n"
    "2   ค่าวิทยากร             3,600\n"
    "    รวม                   9,600\n")

MONEY = [
    pytest.param(PLAN_TABLE, [48000, 31250, 96000, 88740, 144000, 119990],
                 id="regression-header-over-a-rule-line-budget-and-paid-out-columns-acc19m"),
    pytest.param(FUND_TABLE, [38500, 38220, 15600, 14930, 54100, 53150],
                 id="regression-units-line-of-baht-and-people-no-row-numbers-no-counts-acc20e"),
    pytest.param(ACTIVITY_TABLE, [6000, 3600, 9600], id="activity-table-unchanged"),
]


@pytest.mark.parametrize("text,expected", MONEY)
def test_spaced_money_tables(text, expected):
    assert amounts(text) == expected


TOTALS = [
    pytest.param(PLAN_TABLE, None, id="regression-sum-of-a-table-of-projects-is-no-budget-acc19m"),
    pytest.param(FUND_TABLE, None, id="regression-sum-of-approved-projects-is-no-budget-acc20e"),
    # counter-example: a table of one project's activities keeps its total
    pytest.param(ACTIVITY_TABLE, 9600, id="sum-of-a-projects-activities-is-its-budget"),
]


@pytest.mark.parametrize("text,expected", TOTALS)
def test_spaced_table_totals(text, expected):
    assert total(text) == expected


# ------------------------------------------------- cost lines whose unit is a note (B-f)
ESTIMATE = (
    "ประมาณการรายจ่าย\n"
    "  เสื้อที่ระลึก 800 ตัว x 150                               120,000\n"
    "  น้ำดื่มและผลไม้ จุดบริการ 5 จุด                           25,000\n"
    "  ป้ายประชาสัมพันธ์                                        8,500\n"
    "                                               รวมรายจ่าย   153,500\n")
COST_NOTES = [
    # 150: the unit price after x (800 x 150 = 120,000), read by money.cost_factor
    pytest.param(ESTIMATE + "หมายเหตุ หน่วย : บาท\n", [150, 120000, 25000, 8500, 153500],
                 id="regression-unit-note-under-an-estimate-acc19x"),
    pytest.param("(หน่วย: บาท)\n" + ESTIMATE, [150, 120000, 25000, 8500, 153500],
                 id="unit-note-over-the-lines"),
    # counter-examples
    pytest.param(ESTIMATE, [], id="no-unit-no-money"),
    pytest.param(ESTIMATE + "\nหมายเหตุ หน่วย : บาท\n", [], id="unit-note-of-another-paragraph"),
    pytest.param("จำนวนผู้เข้าร่วม\n  อสม.                         30\n  ผู้สูงอายุ                      45\n"
                 "  แกนนำ                         12\nหมายเหตุ หน่วย : คน\n", [], id="unit-note-in-people"),
]


@pytest.mark.parametrize("text,expected", COST_NOTES)
def test_cost_lines_with_a_unit_note(text, expected):
    assert amounts(text) == expected


# ------------------------------------------------- findings, counted cells, a repeated table (B-c)
SCHOOL_ONE = (
    "ตารางที่ 1 โรงเรียนบ้านหนองบัว\n"
    "ชั้น     เป้าหมาย   ได้รับการ    ฟันผุ      เคลือบ\n"
    "         (คน)       ตรวจ(คน)    (คน)       หลุม(คน)\n"
    "ป.1       30        28          4          12 (40 ซี่)\n"
    "ป.2       26        26          6           -\n")
SCHOOL_TWO = (
    "ตารางที่ 2 โรงเรียนบ้านโนนดู่\n"
    "ชั้น  | เป้าหมาย | ตรวจ | ฟันผุ | เคลือบหลุม\n"
    "ป.1   |   15     | 14   |   3   |    9 (31 ซี่)\n"
    "ป.2   |   17     | 17   |   5   |    -\n")
REPEATED = [
    pytest.param(SCHOOL_ONE, [30, 28, 12, 26, 26],
                 id="regression-caries-column-is-a-finding-count-before-a-bracketed-measure-acc19q"),
    pytest.param(SCHOOL_ONE + "\n" + SCHOOL_TWO, [30, 28, 12, 26, 26, 15, 14, 9, 17, 17],
                 id="regression-second-table-repeating-the-column-names-without-units-acc19q"),
    # counter-examples
    pytest.param(SCHOOL_ONE + "\n" + SCHOOL_TWO.replace("| ตรวจ |", "| ชั่วโมง |"), [30, 28, 12, 26, 26],
                 id="second-table-naming-another-column-is-not-read"),
    pytest.param(SCHOOL_TWO, [], id="a-table-without-units-alone-is-not-read"),
    pytest.param("กลุ่ม        จำนวน (คน)\nอสม.          12 (3 หมู่บ้าน)\n", [12],
                 id="count-before-a-bracketed-count-of-places"),
    pytest.param("กลุ่ม        จำนวน (คน)\nอสม.          12 (ร้อยละ 80)\n", [],
                 id="bracket-opening-with-a-word-is-no-measure"),
]


@pytest.mark.parametrize("text,expected", REPEATED)
def test_repeated_tables_and_counted_cells(text, expected):
    assert counts(text) == expected


# ------------------------------------------------- a sample's statistics (B-d), drifting rows (B-b)
SAMPLE = [
    pytest.param("ตารางที่ 1 ลักษณะทั่วไปของผู้ป่วย (n = 56)\n"
                 "---------------------------------------------\n"
                 "  ลักษณะ               จำนวน (ราย)      ร้อยละ\n"
                 "---------------------------------------------\n"
                 "  เพศชาย                   31          55.36\n"
                 "  เพศหญิง                  25          44.64\n",
                 [], id="regression-table-captioned-with-a-sample-size-is-statistics-acc19n"),
    # counter-example
    pytest.param("ตารางที่ 1 ผู้เข้ารับการอบรม\n"
                 "  กลุ่ม                  จำนวน (คน)       ร้อยละ\n"
                 "  อสม.                      31          55.36\n"
                 "  แกนนำ                     25          44.64\n",
                 [31, 25], id="table-captioned-without-a-sample-size-is-read"),
]


@pytest.mark.parametrize("text,expected", SAMPLE)
def test_sample_captions(text, expected):
    assert counts(text) == expected


# A one-line header typed character by character: the rows' figures drift left on screen by the
# Thai marks of the labels before them, but stay under their own header cell in characters.
DRIFT = (typed(("รหัส", "ผู้ดูแลที่รับผิดชอบ", "ครั้ง/เดือน", "งบประมาณ(บาท)"), at=(0, 10, 40, 54))
         + typed(("A-01", "CG1", "8", "9,600"), ("A-02", "CG2", "4", "6,000"), at=(0, 10, 49, 56)))
MONEY_DRIFT = [
    pytest.param(DRIFT, [9600, 6000], id="regression-full-rows-keep-their-cells-rank-acc19p"),
]


@pytest.mark.parametrize("text,expected", MONEY_DRIFT)
def test_full_rows_keep_their_cells_rank(text, expected):
    assert amounts(text) == expected
