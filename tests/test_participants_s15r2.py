"""Participant counts, stop 15 round 2 (people4): one row per case (sentences written for these
tests). Regressions are named after what broke and the corpus document that showed it."""
from __future__ import annotations

import pytest

from field_rows import participant_counts


_counts = participant_counts


STAT = "- ในประเทศไทยมีผู้ป่วยหัวใจหยุดเต้นนอกโรงพยาบาลปีละกว่า 54,000 คน แต่รอดชีวิตไม่ถึงร้อยละ 10\n"

CASES_S15R2 = [
    # a list item opened by a date or an occasion's ordinal starts a new fact (P4-a)
    pytest.param(STAT + "- 3 ก.ค. 68 รุ่นที่ 2 อสม. หมู่ 6 – หมู่ 10 จำนวน 43 คน", [43],
                 id="regression-dated-caption-item-after-statistic-acc21e"),
    pytest.param(STAT + "- รุ่นที่ 2 อสม. จำนวน 43 คน", [43], id="round-item-after-statistic"),
    pytest.param("- ตำบลมีประชากร 900 คน\n- ชาย 400 คน\n- หญิง 500 คน", [],
                 id="breakdown-items-of-a-statistic-stay-dropped"),
    # cases said to have risen are a statistic (P4-b)
    pytest.param("ผวจ. สั่งทุกอำเภอเปิด EOC ไข้เลือดออก หลังผู้ป่วยพุ่งเกิน 2 พันราย", [],
                 id="regression-cases-surge-in-headline-acc21p"),
    pytest.param("ผู้ป่วยโรคทางเดินหายใจที่มา รพ. เพิ่มขึ้นจากช่วงเดียวกันของปีก่อน 12,384 ราย", [],
                 id="regression-cases-up-on-last-year-acc21r"),
    pytest.param("ผู้ป่วยเบาหวานเข้าร่วมโครงการ 40 ราย", [40], id="patients-taking-part-count"),
    # an organisation's boilerplate; a capacity with its people and a hedge between (P4-c)
    pytest.param("เกี่ยวกับ SBP\nบริษัท สยามไบโอ จำกัด (มหาชน) ก่อตั้งเมื่อปี 2548 มีพนักงานกว่า 680 คน", [],
                 id="regression-company-boilerplate-staff-acc21t"),
    pytest.param("เกี่ยวกับโครงการ\nมีผู้เข้าร่วม 50 คน", [50], id="about-heading-with-strong-cue-keeps"),
    pytest.param("เกี่ยวกับ SBP\n\nอบรม อสม. 50 คน", [50], id="boilerplate-block-ends-at-blank-line"),
    pytest.param("เมื่อได้รับเครื่องเพิ่มจะเปิดรอบบริการเพิ่มได้อีก 1 รอบต่อวัน รองรับผู้ป่วยได้เพิ่มขึ้นประมาณ 24 ราย", [],
                 id="regression-capacity-forecast-acc21t"),
    pytest.param("ห้องประชุมรองรับได้ 3 ห้อง ผู้เข้าร่วม 40 คน", [40], id="capacity-word-before-another-number"),
    # a form's instruction in a label's bracket (P4-d)
    pytest.param("กลุ่มคน (ระบุ 5 คน)\n   1. นายอับดุล สาและ         อิหม่าม", [],
                 id="regression-form-instruction-in-label-acc21l"),
    pytest.param("ผู้เข้าร่วม (อสม. 5 คน)", [5], id="bracketed-breakdown-is-no-instruction"),
    # a research article's sample and key informants; a change between two counts (P4-e)
    pytest.param("กลุ่มตัวอย่างเป็นผู้เข้าร่วมโครงการ 175 คน และผู้มีส่วนได้ส่วนเสีย 12 คน", [],
                 id="regression-sample-drawn-from-participants-acc22d"),
    pytest.param("ประชากร คือ ผู้เข้าร่วมโครงการ 312 คน คำนวณขนาดกลุ่มตัวอย่างด้วยตารางของ Krejcie & Morgan\n"
                 "ได้ 175 คน สุ่มแบบแบ่งชั้น และเลือกผู้ให้ข้อมูลหลักแบบเจาะจง 12 คน", [312],
                 id="regression-sample-size-on-wrapped-line-acc22d"),
    pytest.param("ผู้เข้าร่วมโครงการที่ควบคุมความดันโลหิตได้ เพิ่มจาก 96 คน\n(ร้อยละ 51.6) เป็น 128 คน (ร้อยละ 68.8)", [],
                 id="regression-outcome-change-from-to-acc22d"),
    pytest.param("ผู้ป่วยที่คุมน้ำตาลได้ลดลงจาก 40 คน เหลือ 25 คน", [], id="outcome-change-down"),
    pytest.param("จำนวนผู้เข้าร่วมเพิ่มจาก 80 คน เป็น 120 คน", [80, 120], id="turnout-change-keeps-both"),
    # a finding whose service is detailed below (P4-g)
    pytest.param("คัดกรองสายตาผู้สูงอายุ รวม 1,245 ราย พบผู้ที่ต้องได้รับการผ่าตัด 356 ราย "
                 "ซึ่งได้รับการผ่าตัดในครั้งนี้ ดังนี้", [1245], id="regression-finding-served-as-follows-acc21n"),
    pytest.param("ผู้สูงอายุได้รับการคัดกรองสายตา 318 คน พบต้อกระจก 41 ราย ได้รับการผ่าตัดทุกราย", [318, 41],
                 id="finding-all-served-counts"),
    # the rest of the people, appointed to come back (P4-i)
    pytest.param("เด็กที่ผ่านการทดสอบ 81 คน ที่เหลือ 9 คนจะนัดมาฝึกซ้ำในวันที่ 19 เมษายน 2568", [81],
                 id="regression-rest-appointed-to-train-again-acc14q"),
    pytest.param("ผ่าตัดได้ 40 ราย ส่วนที่เหลือ 13 ราย นัดต่อเนื่องในปีงบประมาณ 2569", [40],
                 id="regression-rest-appointed-next-year-acc15x"),
    pytest.param("บริจาคได้จริง 236 ราย ที่เหลือ 35 ราย ความเข้มข้นของเลือดไม่ผ่าน แนะนำให้กลับมาใหม่ในอีก 3 เดือน",
                 [236], id="regression-rest-to-come-back-acc14t"),
    pytest.param("ผู้เข้าร่วม 40 คน ที่เหลือ 9 คน ได้รับการอบรมในห้องประชุม", [40, 9],
                 id="rest-served-here-counts"),
    # lives counting health workers (P4-f)
    pytest.param("ประเด็น : ทันตแพทย์-ผู้ช่วยฯ 25 ชีวิต เดินทางกว่า 3 ชั่วโมง ขึ้นดอยให้บริการ", [25],
                 id="regression-dentists-counted-in-lives-acc21q"),
    pytest.param("แพทย์ช่วยเหลือผู้บาดเจ็บ 3 ชีวิต", [], id="lives-rescued-by-doctors"),
    # a screening-results heading ends a target section (P3-f leftover)
    pytest.param("3\tเป้าหมายของงาน\n\t• แรงงานทุกคนในโรงงาน เป้าหมาย 1,450 คน\n\n5\tผลการคัดกรอง\n"
                 "\tคัดกรองอาการด้วยแบบสอบถาม\t\t1,412 คน\nบันทึกย่อ:\nที่ยังไม่ได้ตรวจ 38 คน ลากลับประเทศ",
                 [1450, 1412], id="regression-not-yet-examined-under-results-heading-acc20d"),
    pytest.param("กลุ่มเป้าหมาย\nผู้ที่ยังไม่ได้ตรวจคัดกรอง 38 คน", [38], id="unscreened-under-target-heading-are-target"),
    # the activity's general facts are no background section (P4-h)
    pytest.param("--- ข้อมูลทั่วไปของการอบรม ---\n* ผู้เข้าอบรม : 96 คน จาก 8 จังหวัด", [96],
                 id="regression-general-facts-of-the-training-acc21u"),
    pytest.param("ข้อมูลทั่วไปของตำบล\nผู้สูงอายุ 500 คน", [], id="general-facts-of-an-area-are-background"),
    pytest.param("ข้อมูลทั่วไป\nผู้สูงอายุ 500 คน", [], id="general-facts-heading-is-background"),
]


@pytest.mark.parametrize("text, counts", CASES_S15R2)
def test_cases_s15r2(text, counts):
    assert _counts(text) == counts
