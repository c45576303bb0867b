"""A spreadsheet saved as CSV read as a tab table (parse/csv_rows.py), and what the table readers
then find in it (money columns, people columns, objectives in a label's cell). Every row is a
sentence written for this test."""
from __future__ import annotations

import pytest

from thaidocx import extract
from thaidocx.normalize import normalize
from thaidocx.parse.csv_rows import csv_view

SHEET = ("รายการ,จำนวน,หน่วย,ราคาต่อหน่วย (บาท),รวม (บาท)\n"
         "ค่าวัสดุอบรม,40,ชุด,\"1,250\",\"50,000\"\n"
         "ค่าป้าย,2,ผืน,600,\"1,200\"\n"
         "รวม,,,,\"51,200\"\n")

VIEWS = [
    pytest.param(SHEET,
                 "รายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย (บาท)\tรวม (บาท)\n"
                 "ค่าวัสดุอบรม\t40\tชุด\t 1,250 \t 50,000 \n"
                 "ค่าป้าย\t2\tผืน\t600\t 1,200 \n"
                 "รวม\t\t\t\t 51,200 \n", id="commas-become-tabs-quotes-spaces"),
    pytest.param("\"สรุปผล \"\"ร่วมใจ\"\" ปี 2568\",,\nก,ข,ค\n1,,2\n",
                 " สรุปผล  \"ร่วมใจ\"  ปี 2568 \t\t\nก\tข\tค\n1\t\t2\n",
                 id="doubled-quote-keeps-one-quote"),
    pytest.param("ก่อนตาราง\nก,ข,ค\n1,,2\n3,,4\nหลังตาราง, ท้าย\n",
                 "ก่อนตาราง\nก\tข\tค\n1\t\t2\n3\t\t4\nหลังตาราง, ท้าย\n", id="only-the-sheet-block-changes"),
]

UNCHANGED = [
    pytest.param("ค่าอาหาร 1,200 บาท ค่าที่พัก 3,500 บาท\nค่าป้าย 1,000 บาท ค่าวัสดุ 2,500 บาท\n"
                 "ค่าเดินทาง 1,800 บาท ค่าเอกสาร 1,100 บาท\n", id="lines-of-amounts-with-thousands-commas"),
    pytest.param("อสม., แกนนำ, ครู\nนักเรียน, ผู้ปกครอง, ครู\nพระ, ผู้นำ, ชาวบ้าน\n",
                 id="comma-space-lists-are-prose"),
    pytest.param("ก,ข,ค\n1,,2\n", id="two-rows-are-no-sheet"),
    pytest.param("ก,ข,ค\n1,2,3\n4,5,6\n", id="no-empty-or-quoted-cell-no-sheet"),
    pytest.param("ก,ข,ค\n1,,2\n3,4\n5,,6\n", id="rows-of-unequal-width-are-no-sheet"),
    pytest.param("ก,ข,\"ค\n1,,2\n3,,4\n", id="unbalanced-quote-is-no-row"),
    pytest.param("เขากล่าวว่า \"ดี,มาก\",และ,,ยิ้ม\nก,,ข,ค\nด,,ต,ถ\n", id="quote-inside-an-unquoted-cell"),
]


@pytest.mark.parametrize("text,expected", VIEWS)
def test_csv_view(text, expected):
    norm = normalize(text)
    view = csv_view(norm)
    assert view.text == expected
    assert len(view.text) == len(norm.text)


@pytest.mark.parametrize("text", UNCHANGED)
def test_csv_view_leaves_prose(text):
    norm = normalize(text)
    assert csv_view(norm) is norm


def test_quoted_amount_evidence_is_inside_the_quotes():
    report = extract(SHEET)
    found = {m.amount: m.evidence.text for m in report.budgets}
    assert found == {1250: "1,250", 50000: "50,000", 600: "600", 1200: "1,200", 51200: "51,200"}


DENGUE = ("หมู่ที่,ชื่อหมู่บ้าน,หลังคาเรือน,อสม.ร่วม (คน),ประชาชนร่วม (คน),ผู้ป่วยสะสม (ราย)\n"
          "1,บ้านนาดี,\"1,140\",16,57,4\n"
          "2,บ้านโคกสูง,312,9,33,0\n"
          "รวม,,\"1,452\",25,90,4\n")

PEOPLE = [
    pytest.param(DENGUE, [16, 57, 9, 33, 25, 90], id="people-columns-of-a-csv-sheet"),
    pytest.param("หมู่ที่\tอสม.ร่วม (คน)\tผู้ป่วยสะสม (ราย)\n1\t16\t4\n2\t9\t2\n", [16, 9],
                 id="regression-cumulative-cases-column-is-no-people-acc17p"),
    pytest.param("หมู่ที่\tผู้ป่วยสะสม (ราย)\tอสม.ร่วม (คน)\n1\t4\t16\n2\t2\t9\n", [16, 9],
                 id="regression-first-row-not-read-as-the-header-sentence-wrapped-acc17p"),
    pytest.param("หมู่ที่\tประชากร (คน)\tผู้เข้าร่วม (คน)\n1\t820\t45\n2\t610\t38\n", [45, 38],
                 id="population-column-is-no-people"),
    pytest.param("หมู่ที่\tผู้ป่วยติดเตียงที่ได้รับการเยี่ยม (ราย)\n1\t6\n2\t4\n", [6, 4],
                 id="patients-served-column-still-counts"),
]


@pytest.mark.parametrize("text,expected", PEOPLE)
def test_people_columns(text, expected):
    assert sorted(p.count for p in extract(text).participants) == sorted(expected)


def test_objective_on_the_row_under_its_label():
    text = ("หัวข้อ,รายละเอียด,,\n"
            "วัตถุประสงค์,\"1) เพื่อให้ อสม. คัดกรองความดันโลหิตในชุมชน\",,\n"
            ",\"2) เพื่อลดค่าดัชนีลูกน้ำยุงลายในหมู่บ้าน\",,\n"
            "ผู้รับผิดชอบ,นางสาวมาลี ดีใจ,,\n")
    assert [o.text for o in extract(text).objectives] == [
        "เพื่อให้ อสม. คัดกรองความดันโลหิตในชุมชน", "เพื่อลดค่าดัชนีลูกน้ำยุงลายในหมู่บ้าน"]


def test_commas_in_prose_make_no_money_table():
    text = ("โครงการได้รับงบประมาณ 12,000 บาท ใช้จ่ายจริง 11,500 บาท\n"
            "ค่าอาหาร 6,000 บาท ค่าวัสดุ 3,500 บาท ค่าป้าย 2,000 บาท\n"
            "คงเหลือ 500 บาท, ส่งคืนกองทุน, เรียบร้อย\n")
    assert csv_view(normalize(text)).text == normalize(text).text
