"""Participant counts, stop 16 round 3 (fp): one row per case (sentences written for these
tests). Regressions are named after what broke and the corpus document that showed it."""
from __future__ import annotations

import pytest

from field_rows import participant_counts


_counts = participant_counts


CASES_S16 = [
    # a caption's or a table's ordinal is no count (P-1)
    pytest.param("ภาพที่ 4 ท่านนายกเทศมนตรีกล่าวเปิดงาน", [], id="regression-caption-ordinal-before-honorific-acc23b"),
    pytest.param("ตารางที่ 2 คน ที่มารับบริการ", [], id="table-ordinal"),
    pytest.param("เจ้าหน้าที่ 12 คน ร่วมออกหน่วย", [12], id="staff-word-ending-in-thi-counts"),
    pytest.param("ผู้เข้าร่วมที่ 25 คน ได้รับความรู้", [25], id="thi-after-a-group-counts"),
    # kinds of leave are absence (P-2)
    pytest.param("ตรวจสุขภาพพนักงาน 52 คน (ลาพักผ่อน 3 คน ลาคลอด 1 คน)", [52],
                 id="regression-holiday-leave-is-absence-acc23f"),
    pytest.param("อบรมครู 30 คน ไปราชการ 2 คน", [30], id="away-on-duty-is-absence"),
    pytest.param("ลาป่วย 1 คน", [], id="sick-leave-stays-absence"),
    # a bare normal level after a results frame is a finding level (P-3)
    pytest.param("ตรวจสุขภาพ 70 คน ผลการตรวจ ปกติ 41 คน ผิดปกติ 29 คน", [70],
                 id="regression-normal-level-after-results-acc23f"),
    pytest.param("อบรมตามปกติ 30 คน", [30], id="normal-without-screening-counts"),
    # a page's read counter (P-10)
    pytest.param("โดย ฝ่ายข่าว   |   02/05/2568   |   เปิดอ่าน 211 คน", [], id="regression-read-counter-acc23n"),
    # what a team can serve in a day (P-12)
    pytest.param("ทีมแพทย์ 4 คน ตรวจได้วันละประมาณ 70 ราย", [4], id="regression-serving-capacity-per-day-acc24b"),
    pytest.param("ให้บริการผู้ป่วยนอกวันละประมาณ 60 ราย", [60], id="served-per-day-stays"),
    # monks counted in words, and a total after monk counts (P-9)
    pytest.param("กลุ่มเป้าหมาย  พระภิกษุสิบเอ็ดรูป สามเณรสี่รูป รวมสิบห้ารูป", [11, 4, 15],
                 id="regression-monks-in-number-words-acc23l"),
    pytest.param("นิมนต์พระสงฆ์ 7 รูป สามเณร 2 รูป รวม 9 รูป", [7, 2, 9], id="monks-total-after-monk-counts"),
    pytest.param("นิมนต์พระสงฆ์ทุกรูปร่วมพิธี", [], id="every-monk-is-no-count"),
    pytest.param("ภาพกิจกรรม 12 รูป", [], id="pictures-stay-no-count"),
    # the rest of those registered who did not come (P-7)
    pytest.param("ผู้ค้าสมัครไว้ 30 ราย มาอบรม 24 ราย ที่เหลือ 6 ราย ติดขายของ",
                 [30, 24], id="regression-rest-of-registered-did-not-come-acc23j"),
    pytest.param("ผู้ค้าสมัครไว้ 30 ราย มาอบรมรอบเช้า 24 ราย ที่เหลือ 6 ราย อบรมรอบบ่าย",
                 [30, 24, 6], id="rest-of-registered-trained-later-counts"),
    pytest.param("ผู้เข้าร่วม 30 คน อบรมรอบเช้า 24 คน ที่เหลือ 6 คน", [30, 24, 6],
                 id="rest-without-registration-word-counts"),
    pytest.param("ผู้ค้าสมัครไว้ 30 ราย มาอบรม 24 ราย ที่เหลือ 5 ราย", [30, 24, 5],
                 id="rest-that-is-no-difference-counts"),
    # a time limit exceeded in a test is a finding (P-6)
    pytest.param("ทดสอบลุกเดิน TUG 90 คน ใช้เวลาเกิน 12 วินาที 21 คน", [90],
                 id="regression-time-over-limit-in-test-acc23h"),
    pytest.param("อบรมใช้เวลาเกิน 2 ชั่วโมง ผู้เข้าร่วม 38 คน", [38], id="time-word-before-other-count"),
    # outbreak cases and animal-bite victims are background (P-4, P-8)
    pytest.param("โครงการควบคุมโรคมือ เท้า ปาก (เหตุระบาดวันที่ 3 ส.ค. 2567 ผู้ป่วยเด็ก 9 ราย)", [],
                 id="regression-outbreak-cases-acc23k"),
    pytest.param("ปีที่ผ่านมา มีผู้ถูกสุนัขกัดไปรับวัคซีนที่โรงพยาบาลอำเภอ 40 ราย", [],
                 id="regression-dog-bite-victims-acc23a"),
    pytest.param("ฉีดวัคซีนสุนัข 300 ตัว โดยมี อสม. 20 คน ร่วมออกหน่วย", [20], id="vaccinators-count"),
    # a target value (rate) is no target group (P-15)
    pytest.param("1. หลักการและเหตุผล\nอัตราการคลอดสูงกว่าค่าเป้าหมายของประเทศ มีวัยรุ่นคลอดบุตร 35 ราย", [],
                 id="regression-target-value-in-background-acc23v"),
    pytest.param("1. หลักการและเหตุผล\nกลุ่มเป้าหมาย วัยรุ่น 35 ราย", [35], id="target-group-in-background-counts"),
    # findings given an appointment for later treatment were not served (P-12)
    pytest.param("ตรวจแล้ว 500 ราย พบผลผิดปกติ 14 ราย ซึ่งทั้งหมดได้รับการนัดหมายเข้ารับการรักษาต่อแล้ว", [500],
                 id="regression-finding-given-appointment-acc24b"),
    pytest.param("ตรวจแล้ว 500 ราย พบผลผิดปกติ 14 ราย ได้รับการผ่าตัดทุกราย", [500, 14], id="finding-all-served-stays"),
]


@pytest.mark.parametrize("text, counts", CASES_S16)
def test_cases_s16(text, counts):
    assert _counts(text) == counts
