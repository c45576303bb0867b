"""Participant counts, stop 15 cues: one row per case (sentences written for these tests).
Regressions are named after what broke and the corpus document that showed it."""
from __future__ import annotations

import pytest

from thaidocx import extract


def _counts(text: str) -> list[int]:
    report = extract(text)
    for p in report.participants:  # provenance holds for every item
        assert text[p.evidence.start:p.evidence.end] == p.evidence.text
    return [p.count for p in report.participants]


CUES_S15 = [
    # absence or leaving early anywhere in the count's phrase, even under a target heading (P-i, P-c)
    pytest.param("๔. กลุ่มเป้าหมาย\n   ผู้เข้าค่าย ๔๐ คน มารายงานตัว ๓๘ คน ไม่มารายงานตัว ๒ คน", [40, 38],
                 id="regression-not-reporting-in-under-target-heading-acc19v"),
    pytest.param("คงเหลือส่งคืน ๒,๐๐๐ บาท (ผู้อบรมมาไม่ครบ ๔ คน)", [], id="regression-came-incomplete-acc19v"),
    pytest.param("หมายเหตุ ผู้เข้าประชุมบางส่วนกลับก่อนปิดประชุม 5 คน", [],
                 id="regression-left-early-acc19d"),
    pytest.param("ผู้เข้าร่วม 40 คน ออกจากที่ประชุมก่อน 2 คน", [40], id="left-the-meeting-early"),
    pytest.param("ส่งกลับบ้าน 3 คน", [3], id="sent-home-is-no-leaving-early"),
    pytest.param("มารายงานตัว 58 คน", [58], id="reporting-in-counts"),
    # a bracketed breakdown wraps; a decimal share is no item (P-i, P-a)
    pytest.param("มารายงานตัว ๕๘ คน (ชาย ๕๕\nหญิง ๓) ครบทุกคน", [58, 55, 3],
                 id="regression-breakdown-wraps-a-line-acc19v"),
    pytest.param("ผู้เข้าร่วม 1,426 คน (ปีที่แล้วคัดกรองได้เพียงร้อยละ ๔๓.๕)", [1426],
                 id="regression-decimal-share-is-no-breakdown-acc19a"),
    pytest.param("ผู้เข้าร่วม 50 คน (ชาย 20 หญิง 30)", [50, 20, 30], id="breakdown-on-one-line"),
    # self-harm attempts, registries, memberships are statistics (P-b, P-f, P-j)
    pytest.param("มีผู้สูงอายุพยายามทำร้ายตนเอง 2 ราย", [], id="regression-self-harm-attempts-acc19b"),
    pytest.param("ปีนี้มีผู้พยายามฆ่าตัวตาย 9 ราย", [], id="suicide-attempts"),
    pytest.param("อบรมแกนนำป้องกันการฆ่าตัวตาย 50 คน", [50], id="suicide-prevention-leaders-trained"),
    pytest.param("ผอ.รพ.สต. ทะเบียนผู้ป่วยเบาหวาน 312 ราย ยังไม่ได้ตรวจ", [],
                 id="regression-patient-registry-acc19o"),
    pytest.param("วันนี้ลงทะเบียนผู้ป่วยเบาหวาน 30 ราย", [30], id="registering-patients-served"),
    pytest.param("จำนวนสมาชิก  214  คน           เงินทุนหมุนเวียน  10,000 บาท", [],
                 id="regression-fund-membership-acc19w"),
    pytest.param("กลุ่มเป้าหมาย\nจำนวนสมาชิก 30 คน", [30], id="membership-under-target-heading"),
    # a school or fiscal year before ท่าน is no count (P-h)
    pytest.param("ในปีการศึกษา 2568 ท่านเคยพบนักเรียนที่มีปัญหาหรือไม่", [],
                 id="regression-school-year-before-pronoun-acc19t"),
    pytest.param("ปีงบประมาณ 2568 จำนวน 40 คน", [40], id="count-after-fiscal-year"),
    # cases per period in ราย: an incidence or a capacity (P-l, P-m)
    pytest.param("(ผู้สูงอายุ 21.4% / หกล้มปีละราว 4,800 ราย)", [], id="regression-yearly-falls-acc19l"),
    pytest.param("รถเอกซเรย์เคลื่อนที่ 1 คัน รับได้วันละ 500 ราย", [], id="regression-daily-capacity-acc20d"),
    pytest.param("อบรมปีละ 30 คน", [30], id="people-per-year-count"),
    pytest.param("เป้าหมายเยี่ยมบ้านเดือนละ 20 ราย", [20], id="target-per-month-counts"),
    pytest.param("โรงพยาบาลเปิดคลินิก ให้บริการผู้ป่วยนอกวันละประมาณ 60 ราย", [60],
                 id="served-per-day-counts"),
    # a note opened by a background heading term, and its wrapped lines (P-g)
    pytest.param("หมายเหตุ  ข้อมูลพื้นฐาน ต.หนองหาน มีผู้สูงอายุ 2,318 คน คัดกรอง ADL แล้ว 2,204 คน\n"
                 "เป็นกลุ่มติดบ้าน 96 คน ติดเตียง 31 คน", [], id="regression-note-of-basic-data-acc19p"),
    pytest.param("หมายเหตุ  ข้อมูลพื้นฐาน ตำบลมีผู้สูงอายุ 2,318 คน\n\nผู้เข้าร่วม 30 คน", [30],
                 id="note-ends-at-a-blank-line"),
    pytest.param("หมายเหตุ  ผู้เข้าร่วม 30 คน", [30], id="note-without-background-term"),
]


@pytest.mark.parametrize("text,counts", CUES_S15)
def test_cues_s15(text, counts):
    assert _counts(text) == counts
