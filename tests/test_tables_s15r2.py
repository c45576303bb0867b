"""Tables, stop 15 round 2: tables flattened one cell per line with several number columns
(pdftotext without -layout), a ledger's in/out columns, a numbered people caption over a
space-aligned table, a target column without unit that adds up to a stated count, a schedule's
จุดบริการ column and its date + place rows. Each row is a text written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract


def counts(text: str) -> list[int]:
    report = extract(text)
    for p in report.participants:  # provenance holds for every item
        assert text[p.evidence.start:p.evidence.end] == p.evidence.text
    return sorted({p.count for p in report.participants})


def amounts(text: str) -> list[float]:
    return sorted({b.amount for b in extract(text).budgets})


def roles(text: str) -> dict[float, str | None]:
    return {b.amount: b.role for b in extract(text).budgets}


def venues(text: str) -> list[str]:
    return [v.name for v in extract(text).venues]


# ------------------------------------------------------------ stacked tables: money (T-a)
STACKED_MONEY = (
    "5. งบประมาณ\n"
    "รายการ\nตามแผน\nใช้จริง\n"
    "ค่าอาหารกลางวัน 50 คน x 70 บาท\n(ผู้เข้าอบรม 45 คน เจ้าหน้าที่ 5 คน)\n3,500\n3,430\n"
    "ค่าป้ายไวนิล\n900\n900\n"
    "ค่าวัสดุอบรม\n2,600\n2,470\n"
    "รวม\n7,000\n6,800\n")

MONEY = [
    pytest.param(STACKED_MONEY, [70, 900, 2470, 2600, 3430, 3500, 6800, 7000],
                 id="regression-stacked-plan-and-actual-columns-two-label-lines-acc22c"),
    pytest.param("รายการ\nแผน\nจริง\nอสม.\n30\n28\nแกนนำ\n12\n11\n", [],
                 id="counter-plan-and-actual-alone-head-counts-as-often-as-money"),
    pytest.param("รายการ\nตามแผน\nใช้จริง\nค่าอาหาร\n3,500\n3,430\nค่าป้าย\n900\n900\nรวม\n9,999\n8,888\n", [],
                 id="counter-sum-row-that-no-column-adds-up-to-reads-nothing"),
    pytest.param("รายการ\nตามแผน\nใช้จริง\nค่าอาหาร\n3,500\n3,430\n", [],
                 id="counter-one-row-is-no-table"),
]


@pytest.mark.parametrize("text, expected", MONEY)
def test_stacked_money(text: str, expected: list[float]) -> None:
    assert amounts(text) == expected


def test_stacked_money_roles() -> None:
    r = roles(STACKED_MONEY)
    assert r[7000] == "total"  # the sum row of the plan column
    assert r[6800] == "other"  # the sum row of the spent column
    assert r[3430] == "other"


# ------------------------------------------------------------ stacked tables: people (T-a)
PEOPLE = [
    pytest.param("4.1 จำนวนผู้เข้าร่วม\nรุ่น\nเป้าหมาย\n(คน)\nเข้าร่วม\n(คน)\nร้อยละ\n"
                 "รุ่นที่ 1\n40\n38\n95.00\nรุ่นที่ 2\n40\n41\n102.50\nรวม\n80\n79\n98.75\n",
                 [38, 40, 41, 79, 80], id="regression-stacked-unit-lines-under-their-cells-acc22c"),
    pytest.param("รุ่น\nเป้าหมาย\n(คน)\nเข้าร่วม\n(คน)\nรุ่นที่ 1\n40\n38\nรวม\n99\n99\n", [],
                 id="counter-stacked-one-row-and-a-sum-that-does-not-add-up"),
    pytest.param("กลุ่ม\nจำนวน\n(คน)\nน้ำหนัก\nอสม.\n30\n62\nครู\n5\n58\n", [5, 30],
                 id="stacked-only-the-column-under-the-people-unit"),
]


@pytest.mark.parametrize("text, expected", PEOPLE)
def test_stacked_people(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# ------------------------------------------------------------ ledgers (T-c)
LEDGER = (
    "บัญชีรับ-จ่ายโครงการ (บาท)\n"
    "วันที่      รายการ                              รับ          จ่าย       คงเหลือ\n"
    "03/03/68   รับโอนเงินจากกองทุน              12,000.00              12,000.00\n"
    "15/03/68   ค่าอาหารว่าง                                 1,250.00   10,750.00\n"
    "29/03/68   ค่าวิทยากร                                   3,000.00    7,750.00\n")

LEDGERS = [
    pytest.param(LEDGER, [1250, 3000, 7750, 10750, 12000], id="regression-ledger-in-out-and-balance-columns-acc21k"),
    pytest.param("วันที่      รายการ                    รับ          จ่าย       หมายเหตุ\n"
                 "03/03/68   ประชุม                    12           10         -\n", [],
                 id="counter-in-out-words-without-a-balance-column-are-no-ledger"),
]


@pytest.mark.parametrize("text, expected", LEDGERS)
def test_ledger(text: str, expected: list[float]) -> None:
    assert amounts(text) == expected


def test_ledger_is_no_budget() -> None:
    assert all(role == "other" for role in roles(LEDGER).values())


# ------------------------------------------------------------ people tables without unit (T-b)
BARE = [
    pytest.param("3. จำนวนผู้เข้าร่วม\n"
                 "   กลุ่มเป้าหมาย                     ตามแผน     เข้าร่วมจริง\n"
                 "   เด็กเล็ก                          30           28\n"
                 "   ผู้ปกครอง                         30           25\n",
                 [25, 28, 30], id="regression-numbered-people-caption-over-spaced-table-acc21h"),
    pytest.param("เป้าหมาย\nผู้สัมผัสร่วมบ้าน 50 คน\nผู้ป่วยเบาหวาน 70 คน\nรวม 120 คน\n\n"
                 "วันที่\tจุดบริการ\tเป้าหมาย\n13 ม.ค. 69\tวัดบ้านนา\t55\n14 ม.ค. 69\tวัดโคก\t65\n",
                 [50, 55, 65, 70, 120], id="regression-target-column-adds-up-to-stated-total-acc21v"),
    pytest.param("เป้าหมาย\nผู้สัมผัสร่วมบ้าน 50 คน\nผู้ป่วยเบาหวาน 70 คน\nรวม 120 คน\n\n"
                 "วันที่\tจุดบริการ\tเป้าหมาย\n13 ม.ค. 69\tวัดบ้านนา\t55\n14 ม.ค. 69\tวัดโคก\t40\n",
                 [50, 70, 120], id="counter-target-column-adding-up-to-no-stated-count-stays-unread"),
]


@pytest.mark.parametrize("text, expected", BARE)
def test_people_without_unit(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# ------------------------------------------------------------ schedule venues (T-b, T-e)
VENUES = [
    pytest.param("วันที่\tจุดบริการ\tตำบล\n13 ม.ค. 69\tวัดบ้านขามเรียง\tขามเรียง\n",
                 ["วัดบ้านขามเรียง"], id="regression-service-point-column-of-a-tab-table-acc21v"),
    pytest.param("ค่ายเลิกบุหรี่ :  14 ก.พ. 2569  ศาลาอเนกประสงค์บ้านนา\n"
                 "             21 ก.พ. 2569  ศาลาการเปรียญวัดโพธิ์\n"
                 "             28 ก.พ. 2569  อาคารเอนกประสงค์ รพ.สต.โคก\n",
                 ["ศาลาอเนกประสงค์บ้านนา", "ศาลาการเปรียญวัดโพธิ์", "อาคารเอนกประสงค์ รพ.สต.โคก"],
                 id="regression-date-and-place-schedule-rows-acc22b"),
    pytest.param("16 ก.พ. 69 วัดโพธิ์ศรี\nนายแพทย์สมชาย เป็นประธาน\n2 มี.ค. 69 รพ.สต.เกาะแก้ว\n",
                 ["วัดโพธิ์ศรี", "รพ.สต.เกาะแก้ว"], id="regression-schedule-rows-every-other-line-acc22f"),
    pytest.param("15 ม.ค. 2569 โรงพยาบาลบ้านนา\nจัดประชุมเจ้าหน้าที่\n", [],
                 id="counter-a-lone-dated-line-is-no-schedule"),
]


@pytest.mark.parametrize("text, expected", VENUES)
def test_schedule_venues(text: str, expected: list[str]) -> None:
    assert venues(text) == expected
