"""Fiscal years: ปีงบประมาณ BE N runs 1 Oct of N-1 to 30 Sep of N. A bare year is not one."""
from __future__ import annotations

import pytest

from thaidocx import extract

P = pytest.param

FISCAL = [
    P("โครงการ ประจำปีงบประมาณ 2562 โดยมี", [2562], id="prajam-pi-ngop"),
    P("ปีงบประมาณ 2562", [2562], id="pi-ngop-pramarn"),
    P("ประจำปีงบประมาณ พ.ศ. 2562", [2562], id="with-era"),
    P("ประจำปีงบประมาณ พ.ศ.2562", [2562], id="with-era-no-space"),
    P("ปีงบ 62", [2562], id="short-cue-two-digit-year"),
    P("ปีงบฯ 2566", [2566], id="short-cue-paiyannoi"),
    P("ปีงบประมาณ ๒๕๖๒", [2562], id="thai-digits"),
    P("ใช้งบประมาณประจำปี 2562 ของเทศบาล", [2562], id="ngop-pramarn-prajam-pi"),
    P("จากงบประมาณปี 63", [2563], id="ngop-pramarn-pi"),
    P("แผนปฏิบัติการ ปี งบประมาณ 2558", [2558], id="space-inside-cue"),
    P("ปีงบประมาณ 2561-2562", [2561, 2562], id="range-two-items"),
    P("ปีงบประมาณ 2561 – 2562", [2561, 2562], id="range-spaced-dash"),
    P("ปีงบประมาณ 2561 และ 2562", [2561, 2562], id="two-years-lae"),
    P("โครงการ ปีงบประมาณ 2566 \nสรุปผล ปีงบประมาณ 2566", [2566, 2566], id="each-mention-an-item"),
    P("ปีงบประมาณ 2562 และ 12 มีนาคม 2562", [2562], id="a-day-after-lae-is-no-year"),
    P("ชื่อโครงการ : ป้องกันการหกล้ม\nปีงบประมาณ : 2567\nงบประมาณ : 20,000 บาท", [2567],
      id="labelled-field-colon-web02"),
    P("ปีงบประมาณ: 2567", [2567], id="labelled-field-colon-no-space"),
    P("ปีงบประมาณ：2567", [2567], id="labelled-field-full-width-colon"),
    P("งบประมาณประจำปี : 2566", [2566], id="budget-year-labelled-field"),
    P("เรื่อง ขอเสนอโครงการหนูน้อยฟันดี ยิ้มสวย ปี\nงบประมาณ 2568", [2568], id="pdf-wrap-between-pi-and-ngop"),
    P("แผนปฏิบัติการประจำปีงบประมาณ\n๒๕๖๘", [2568], id="pdf-wrap-between-cue-and-year"),
    P("ปี งบ ประมาณ 2558", [2558], id="spaced-ngop-pramarn"),
    # NOT fiscal years
    P("ปี 2562", [], id="year-alone"),
    P("ประจำปี 2562", [], id="prajam-pi-alone"),
    P("ปีการศึกษา 2562", [], id="school-year"),
    P("งบประมาณ 20,000 บาท", [], id="budget-amount"),
    P("งบประมาณ 2562 บาท", [], id="budget-amount-looking-like-a-year"),
    P("งบประมาณ : 20,000 บาท", [], id="labelled-budget-amount"),
    P("ปีงบประมาณ : 20,000 บาท", [], id="labelled-amount-after-fiscal-cue"),
    P("ผู้สูงอายุ 60 ปี\nงบประมาณ 20,000 บาท", [], id="age-at-a-line-end-then-a-budget"),
    P("ตลอดปีงบประมาณ\n12,000 บาท", [], id="amount-on-the-line-after-the-cue"),
    P("ปีงบประมาณ\n\n2568", [], id="a-blank-line-ends-the-mention"),
    P("ขอสนับสนุนงบประมาณ งบส่งเสริมป้องกันโรค (PP.Basic) จากโรงพยาบาล ปี 2562 เป็นเงิน 20,000 บาท",
      [], id="budget-then-year-later-in-sentence"),
    P("ปีงบประมาณ 12345", [], id="not-a-year-number"),
    P("วันที่ 4 เมษายน 2562", [], id="date-is-not-a-fiscal-year"),
]


@pytest.mark.parametrize("text,expected", FISCAL)
def test_fiscal_years(text, expected):
    assert [f.be for f in extract(text).fiscal_years] == expected


def test_fiscal_year_fields():
    (fy,) = extract("ประจำปีงบประมาณ ๒๕๖๒ ของเทศบาล").fiscal_years
    assert fy.model_dump() == {
        "be": 2562, "ce": 2019, "start": "2018-10-01", "end": "2019-09-30",
        "evidence": {"text": "ประจำปีงบประมาณ ๒๕๖๒", "start": 0, "end": 20,
                     "rule": "fiscal.fiscal_year"},
    }


def test_fiscal_year_from_ce_number():
    (fy,) = extract("ปีงบประมาณ 2019").fiscal_years
    assert (fy.be, fy.ce, fy.start, fy.end) == (2562, 2019, "2018-10-01", "2019-09-30")
