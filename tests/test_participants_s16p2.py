"""Participant counts, stop 16 round 3, second pass (fp2): one row per case (sentences and tables
written for these tests). Regressions are named after what broke and the corpus document that
showed it."""
from __future__ import annotations

import pytest

from field_rows import participant_counts

_counts = participant_counts

_SEX_TAB = ("มีผู้รับบริการ 120 คน แยกดังนี้\nบริการ\tชาย\tหญิง\tรวม (ราย)\n"
            "ตรวจฟัน\t20\t25\t45\nตรวจตา\t30\t45\t75")
_SEX_PIPE = "| กลุ่ม | ชาย | หญิง | รวม (คน) |\n|---|---|---|---|\n| อสม. | 4 | 16 | 20 |\n| แกนนำ | 7 | 3 | 10 |"
_AGE_TAB = "กลุ่ม\tอายุ 60-69 ปี\tอายุ 70 ปีขึ้นไป\tรวม (คน)\nชาย\t12\t8\t20\nหญิง\t15\t10\t25"
_TRACKING = ("ทดสอบแล้ว 112 คน\nกิจกรรม              เป้าหมาย   ผลจริง   สถานะ\n"
             "1 คัดกรองความเสี่ยง    120        112      เสร็จ\n2 ยืดเหยียด            60         54       เสร็จ\n"
             "3 ติดราวจับ            9 หลัง     9 หลัง   เสร็จ")
_OWN_YEAR = "สรุปอบรมปี 2568 มีผู้เข้าอบรม 72 คน เมื่อ 26 ก.พ. 2568 ปีงบประมาณ 2568\n"

CASES_S16P2 = [
    # columns splitting a table's people column (P2-1)
    pytest.param(_SEX_TAB, [120, 20, 25, 45, 30, 45, 75], id="regression-sex-columns-beside-unit-column-acc23p"),
    pytest.param(_SEX_PIPE, [4, 16, 20, 7, 3, 10], id="sex-columns-in-a-pipe-table"),
    pytest.param(_AGE_TAB, [12, 8, 20, 15, 10, 25], id="age-band-columns-add-up"),
    pytest.param("บริการ\tชาย\tหญิง\tรวม (ราย)\nตรวจฟัน\t20\t25\t45", [45], id="one-row-proves-no-breakdown"),
    pytest.param("กลุ่ม\tเป้าหมาย\tร้อยละ\tจำนวน (คน)\nอสม.\t30\t90\t27\nแกนนำ\t10\t80\t8", [27, 8],
                 id="columns-not-adding-up-stay-unread"),
    pytest.param("หมู่บ้าน\tครัวเรือน\tบ้านเช่า\tจำนวน (คน)\nบ้านนา\t20\t5\t25\nบ้านดง\t14\t6\t20", [25, 20],
                 id="household-column-is-no-breakdown"),
    # a note on what one person may do (P2-1)
    pytest.param("มีผู้มารับบริการ 214 คน (1 คนสามารถรับได้หลายบริการ)", [214],
                 id="regression-one-person-may-note-acc23p"),
    pytest.param("อสม. 1 คน อาจเข้าร่วมได้มากกว่า 1 กิจกรรม", [], id="one-person-may-join-more-than-one"),
    pytest.param("ทีมแพทย์ 1 คน และพยาบาล 3 คน ออกให้บริการ", [1, 3], id="one-doctor-counts"),
    # another year's results quoted on a results line (P2-3)
    pytest.param(_OWN_YEAR + "• ผลของ รพ.ชุมแพ ปี 2567 : คนไข้ที่ได้รับคำปรึกษา 148 ราย", [72],
                 id="regression-past-year-result-line-acc24e"),
    pytest.param(_OWN_YEAR + "• ผลการดำเนินงานปี 2568 : คัดกรอง 148 ราย", [72, 148], id="own-year-result-line-counts"),
    pytest.param(_OWN_YEAR + "• ผลงาน : คัดกรอง 148 ราย", [72, 148], id="result-line-without-year-counts"),
    pytest.param(_OWN_YEAR + "• ผลการดำเนินงานปี 2567 มีผู้เข้าร่วม 148 ราย", [72, 148],
                 id="past-result-line-with-strong-cue-counts"),
    # a subset of a finding served right after its count (P2-4)
    pytest.param("ตรวจคัดกรอง 212 คน พบผู้มีภาวะการได้ยินบกพร่อง 87 ราย ในจำนวนนี้ 31 ราย ได้รับการพิมพ์แบบหูทันที",
                 [212, 31], id="regression-served-subset-of-finding-acc24a"),
    pytest.param("ตรวจคัดกรอง 212 คน พบฟันผุ 87 ราย ในจำนวนนี้มี 40 ราย ได้รับการอุดฟัน", [212, 40],
                 id="served-subset-with-mi"),
    pytest.param("ตรวจคัดกรอง 212 คน พบผู้มีภาวะการได้ยินบกพร่อง 87 ราย ในจำนวนนี้ 31 ราย จะได้รับการพิมพ์แบบหู",
                 [212], id="subset-to-be-served-later-stays-out"),
    pytest.param("ตรวจคัดกรอง 212 คน พบผู้มีภาวะการได้ยินบกพร่อง 87 ราย ในจำนวนนี้เป็นผู้สูงอายุ 31 ราย ได้รับการส่งต่อ",
                 [212], id="subset-described-before-its-count-stays-out"),
    pytest.param("มีผู้ป่วยที่ถูกจำหน่าย 637 ราย ในจำนวนนี้กลับมารักษาซ้ำภายใน 28 วัน 89 ราย\nการอบรมครั้งนี้มีวัตถุประสงค์",
                 [], id="readmitted-subset-of-statistic-stays-out"),
    # a pipe table's unitless target / result columns whose total row is a stated count (older acc15i)
    pytest.param("สตรีที่ยังไม่เคยตรวจ 165 คน\n| ครั้งที่ | วันที่ | เป้าหมาย | มาจริง |\n|---|---|---|---|\n"
                 "| 1 | 13 ม.ค. 68 | 85 | 79 |\n| 2 | 20 ม.ค. 68 | 80 | 74 |\n| รวม |  | 165 | 153 |",
                 [165, 85, 79, 80, 74, 165, 153], id="regression-unitless-pair-with-stated-total-row-acc15i"),
    pytest.param("สำรวจ 30 คน\n| ครั้งที่ | วันที่ | เป้าหมาย | มาจริง |\n|---|---|---|---|\n"
                 "| 1 | 13 ม.ค. 68 | 85 | 79 |\n| 2 | 20 ม.ค. 68 | 80 | 74 |\n| รวม |  | 165 | 153 |",
                 [30], id="unitless-pair-with-unstated-total-stays-unread"),
    # a tracking table's target / result columns without unit (P2-2)
    pytest.param(_TRACKING + "\nค่าอาหารว่าง 60 คน x 25 บาท", [112, 120, 112, 60, 54, 60],
                 id="regression-unitless-target-result-rows-acc23h"),
    pytest.param(_TRACKING, [112, 120, 112], id="only-rows-with-a-stated-count-are-read"),
    pytest.param("อบรม 30 คน\nกิจกรรม              เป้าหมาย   ผลจริง   สถานะ\n1 สำรวจบ้าน            40         38       เสร็จ",
                 [30], id="unitless-row-without-stated-count-stays-unread"),
    pytest.param("ทดสอบแล้ว 112 คน\nกิจกรรม              เป้าหมาย   ร้อยละ   สถานะ\n1 คัดกรองความเสี่ยง    120        112      เสร็จ",
                 [112], id="target-beside-a-share-is-no-pair"),
]


@pytest.mark.parametrize("text, counts", CASES_S16P2)
def test_cases_s16p2(text, counts):
    assert _counts(text) == counts
