"""Money, stop 15 round 1: a total worked out as a percentage of an amount stated just before it (a fund's
share of its profit) beside the project's own budget; an English "Budget" key. Each row is a text written
for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def total(text: str) -> float | None:
    """What the scorer takes as budget_total: the first item with role total."""
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


# ------------------------------------------------- a percentage share is no budget (M-a)
SHARES = [
    pytest.param("กำไรสุทธิปีบัญชี 2568  86,540  บาท   จัดสรรเป็นเงินสาธารณประโยชน์ร้อยละ 10 = 8,654  บาท\n"
                 "1. ชื่อโครงการ แม่และเด็ก\n9. งบประมาณที่ขอใช้   8,500  บาท (แปดพันห้าร้อยบาทถ้วน)\n", 8500,
                 id="regression-fund-share-of-profit-before-the-request-acc19w"),
    pytest.param("รายรับของกองทุน 250,000 บาท\nกันไว้เป็นค่าบริหารจัดการ 15% เป็นเงิน 37,500 บาท\n"
                 "โครงการอบรม อสม. งบประมาณ 24,000 บาท\n", 24000, id="percent-sign-share-on-the-line-below"),
    # counter-examples: no other total, or the percentage is not that share of an earlier amount
    pytest.param("กำไรสุทธิ 86,540 บาท จัดสรรเป็นเงินสาธารณประโยชน์ร้อยละ 10 = 8,654 บาท\n", 8654,
                 id="the-only-total-stays"),
    pytest.param("รายได้ 3,000 บาท จัดสรรเป็นเงินสาธารณประโยชน์ร้อยละ 10 = 8,654 บาท\nงบประมาณ 8,500 บาท\n", 8654,
                 id="not-that-percentage-of-an-earlier-amount"),
]


@pytest.mark.parametrize("text,expected", SHARES)
def test_percent_share_is_no_budget(text, expected):
    assert total(text) == expected


# ------------------------------------------------- English budget key (M-b)
ENGLISH_KEY = [
    pytest.param("Status: Done\nBudget: ฿18,720.00\nCreated: January 8, 2025\n", 18720,
                 id="regression-notion-budget-property-acc20c"),
    pytest.param("Total budget: 64,800 บาท; expenditure 61,935 บาท.", 64800, id="total-budget-in-english"),
    pytest.param("Total Budget 120,000 Baht (approved)", 120000, id="baht-in-english"),
    # counter-example: a price is no budget
    pytest.param("Ticket price ฿350 per person", None, id="price-is-no-budget"),
    pytest.param("Lunch 50 baht/person", None, id="english-rate-is-no-budget"),
]


@pytest.mark.parametrize("text,expected", ENGLISH_KEY)
def test_english_budget_key(text, expected):
    assert total(text) == expected


# ------------------------------------------------- a cost line's bare factors (round 1b, R-a)
def roles(text: str) -> list[tuple[float, str]]:
    return [(b.amount, b.role) for b in extract(text).budgets if b.evidence.rule == "money.cost_factor"]


NOTE = "หมายเหตุ หน่วย : บาท\n"
SPENDING = ("ประมาณการรายจ่าย\n"
            "  เสื้อ 600 ตัว x 220                                    132,000\n"
            "  อาหารอาสาสมัคร 80 คน x 2 มื้อ x 60                         9,600\n"
            "  ป้ายและประชาสัมพันธ์                                   12,000\n")
INCOME = ("ประมาณการรายรับ\n"
          "  ค่าสมัคร 10 กม. 200 x 400 = 80,000 / 5 กม. 300 x 300 = 90,000   รวม   170,000\n"
          "  เงินอุดหนุน                                            50,000\n"
          "                                           รวมรายรับ   220,000\n")
FACTORS = [
    pytest.param(SPENDING + NOTE, [(220, "unit"), (60, "unit")], id="regression-price-after-x-in-a-noted-block-acc19x"),
    pytest.param(INCOME + NOTE, [(400, "unit"), (80000, "item"), (300, "unit"), (90000, "item")],
                 id="regression-results-after-equals-acc19x"),
    pytest.param("รวมงบประมาณทั้งสิ้น                       25,600 บาท\n"
                 "  ค่าอาหาร 40 คน x 3 มื้อ x 80                        9,600\n"
                 "  ค่าวิทยากร 6 ชม. x 600                               3,600\n"
                 "  ค่าวัสดุ                                           12,400\n", [(80, "unit"), (600, "unit")],
                 id="block-under-a-budget-in-baht"),
    # counter-examples
    pytest.param(SPENDING, [], id="no-unit-no-factors"),
    pytest.param(SPENDING.replace("x 220", "x 200") + NOTE, [(60, "unit")], id="product-that-does-not-add-up"),
    pytest.param("ถ้วยรางวัล 48 ใบ x 750\n", [], id="a-lone-line-is-no-block"),
    pytest.param(SPENDING.replace("x 2 มื้อ x 60", "x 2 x 60") + NOTE, [(220, "unit"), (60, "unit")],
                 id="a-middle-factor-is-a-count"),
    pytest.param("ขนาดพื้นที่\n  ห้อง ก 4 x 5                 20\n  ห้อง ข 6 x 5                 30\n"
                 "  ห้อง ค 3 x 4                 12\nหมายเหตุ หน่วย : ตร.ม.\n", [], id="block-in-another-unit"),
]


@pytest.mark.parametrize("text,expected", FACTORS)
def test_cost_line_factors(text, expected):
    assert roles(text) == expected


# ------------------------------------------------- totals beside a table of several projects (round 1b, R-b)
PROJECTS = (
    "ที่  โครงการ/กิจกรรม        เป้าหมาย   ผลงาน    งบประมาณ   เบิกจ่าย\n"
    "                              (คน)       สะสม     ที่ได้รับ    สะสม\n"
    "1   ตรวจคัดกรองสายตา          400        380      12,000     11,600\n"
    "2   อบรมแกนนำวัยรุ่น           60         58      27,500     26,900\n"
    "    รวม                                           39,500     38,500\n\n")
BESIDE = [
    pytest.param(PROJECTS + "ปัญหาอุปสรรค โครงการ 2 รายการไม่ผ่านการพิจารณา รวมวงเงินที่ขอ 54,000 บาท\n", None,
                 id="regression-sum-asked-for-by-rejected-items-acc20e"),
    pytest.param(PROJECTS + "ปีถัดไปกองทุนฯ ตั้งงบประมาณสนับสนุนไว้ 150,000 บาท\n", None,
                 id="fund-allocation-beside-a-projects-table"),
    # counter-examples: the document's own project named on the total's line; no table of projects
    pytest.param(PROJECTS + "ทั้งนี้ ขอเสนอโครงการเยี่ยมบ้านผู้ป่วยติดเตียง งบประมาณ 18,000 บาท\n", 18000,
                 id="a-named-projects-budget-stays"),
    pytest.param(PROJECTS.replace("โครงการ/กิจกรรม", "กิจกรรม        ") + "งบประมาณทั้งสิ้น 39,500 บาท\n", 39500,
                 id="table-of-activities-keeps-the-total"),
]


@pytest.mark.parametrize("text,expected", BESIDE)
def test_total_beside_a_table_of_projects(text, expected):
    assert total(text) == expected


# ------------------------------------------------- an action plan's spaced table (round 1b, R-c acc15q)
def amounts(text: str) -> list[float]:
    return [b.amount for b in extract(text).budgets]


PLAN_HEAD = ("ลำดับ  โครงการ/กิจกรรม      เป้าหมาย        ง บ ป ร ะ ม า ณ    แหล่ง      ไตรมาส\n"
             "                                             (บาท)        งบ        1 2 3 4\n")
PLAN_ROWS = (" 1    โครงการอบรมแกนนำ      อสม. 80 คน      32,400       กองทุน      /\n"
             " 2    โครงการคัดกรองสายตา    ผู้สูงอายุ        17,850       เงิน         / /\n")
PLANS = [
    pytest.param(PLAN_HEAD + "ยุทธศาสตร์ที่ 1  ส่งเสริมสุขภาพและป้องกันโรค\n" + PLAN_ROWS, [32400, 17850],
                 id="regression-strategy-heading-row-and-wrapped-header-words-acc15q"),
    pytest.param(PLAN_HEAD + PLAN_ROWS, [32400, 17850], id="wrapped-header-words-beside-the-unit"),
    # counter-examples: a line of prose between ends the table; a header's second line of prose is no unit line
    pytest.param(PLAN_HEAD + "ทั้งนี้ได้ปรับแผนตามมติที่ประชุม\n" + PLAN_ROWS, [], id="prose-line-ends-the-table"),
    pytest.param(PLAN_HEAD.replace("งบ        1 2 3 4", "ที่ได้รับการจัดสรรตามมติที่ประชุม") + PLAN_ROWS, [],
                 id="long-wrapped-text-is-no-unit-line"),
]


@pytest.mark.parametrize("text,expected", PLANS)
def test_action_plan_table(text, expected):
    assert amounts(text) == expected
