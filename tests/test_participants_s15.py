"""Participant counts, stop 15 cues: one row per case (sentences written for these tests).
Regressions are named after what broke and the corpus document that showed it."""
from __future__ import annotations

import pytest

from field_rows import participant_counts


_counts = participant_counts


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


STATISTICS_S15B = [
    # the base a target or a dropped statistic was drawn from is the population (Q-a, Q-b)
    pytest.param("กลุ่มเป้าหมายจำนวน 180 คน จากสตรีอายุ 30-70 ปีในตำบล\nทั้งหมด 1,426 คน", [180],
                 id="regression-base-of-a-target-wrapped-acc19a"),
    pytest.param("เป้าหมาย นักเรียนชั้น ป.4-6 จำนวน 80 คน จากนักเรียนทั้งหมด 212 คน", [80],
                 id="base-of-a-target-on-one-line"),
    pytest.param("ผลการคัดกรองปี 2567 พบกลุ่มเสี่ยง 37 ราย จากผู้สูงอายุที่\nได้รับการคัดกรองทั้งหมด 1,104 คน", [],
                 id="regression-base-of-a-finding-acc19b"),
    pytest.param("คัดกรองพัฒนาการเด็ก จำนวน 146 คน จากเด็กทั้งหมด 151 คน", [146, 151],
                 id="base-of-people-served-is-their-target"),
    pytest.param("มีผู้เข้าร่วม 58 คน จากเป้าหมาย 60 คน\n- คัดกรองพัฒนาการเด็ก จำนวน 146 คน จากเด็กทั้งหมด 151 คน",
                 [58, 60, 146, 151], id="list-role-inherited-from-a-turnout-is-no-target-acc11u"),
    pytest.param("มีผู้ปกครองเซ็นยินยอมแล้ว 246 คน จากทั้งหมด 281 คน", [246, 281], id="base-of-consents-stays"),
    pytest.param("เป้าหมาย 50 คน จากเป้าหมายทั้งหมด 60 คน", [50, 60], id="base-named-a-target-stays"),
    # a block under a heading reviewing another year; another place in a past sentence (Q-b)
    pytest.param("1. ทบทวนผลงานปีที่ผ่านมา\n   ปีงบ 68 คัดกรองเบาหวานความดันได้ 286 คน\n\n2. ผู้เข้าร่วมเวที 87 คน",
                 [87], id="regression-review-of-last-year-acc19d"),
    pytest.param("1. ทบทวนผลงานปีที่ผ่านมา\n\nผู้เข้าร่วมเวที 87 คน", [87], id="review-block-ends-at-a-blank-line"),
    pytest.param("ปีที่แล้วทำที่โรงงานอื่น ตรวจได้ 1,100 คน", [], id="regression-last-year-at-another-place-acc20d"),
    pytest.param("ปีที่แล้วมีนักวิ่งร่วมงาน 1,347 คน", [1347], id="last-years-round-of-the-same-event-counts"),
    # a questionnaire's answer choices (Q-c)
    pytest.param("ท่านเคยพบนักเรียนที่มีความคิดทำร้ายตนเองหรือไม่ *\n◯ ไม่เคย\n◯ เคย 1-2 คน\n◯ เคย 3-5 คน", [],
                 id="regression-answer-choices-acc19t"),
    pytest.param("ในห้องเรียนของท่านมีนักเรียนกี่คน\n\n☐ น้อยกว่า 20 คน\n☐ 20-40 คน", [], id="choices-of-a-how-many-question"),
    pytest.param("ผู้เข้าร่วมแบ่งเป็น\n○ ผู้สูงอายุ 30 คน\n○ อสม. 10 คน", [30, 10], id="circle-bullets-under-no-question"),
    # an adverse event befalling people after มี (Q-d)
    pytest.param("คืนนั้นมีน้องน้ำตาลต่ำ 5 คน แต่พี่ๆ จัดการได้ทัน", [], id="regression-hypoglycaemia-incident-acc19g"),
    pytest.param("เมื่อปีที่แล้วมีนักเรียนหมดสติในสนามฟุตบอล 1 ราย", [], id="regression-past-incident-acc19j"),
    pytest.param("อบรมการช่วยเหลือผู้หมดสติ 40 คน", [40], id="event-word-as-a-training-topic"),
    pytest.param("มีผู้เข้าร่วมอบรมช่วยเหลือคนจมน้ำ 40 คน", [40], id="event-word-after-a-role-cue"),
    pytest.param("มีนาคมนี้จัดอบรมผู้หกล้ม 30 คน", [30], id="march-is-no-has"),
    # people with a condition who still need a service (Q-e)
    pytest.param("นักเรียนที่มีฟันผุต้องได้รับการรักษา 55 คน ได้รับการรักษาแล้ว 41 คน", [41],
                 id="regression-condition-needing-treatment-acc19q"),
    pytest.param("นักเรียนที่มีฟันผุ 55 คน ได้รับการรักษาแล้ว 41 คน", [55, 41], id="condition-without-a-need-stays"),
    pytest.param("กลุ่มเป้าหมาย นักเรียนที่มีฟันผุต้องได้รับการรักษา 55 คน", [55], id="condition-need-as-a-target"),
    # footnotes need a role cue (Q-f)
    pytest.param("อบรม อสม. 40 คน¹\n_______________________\n¹ ข้อมูลจากผลสำรวจ พบเด็กอายุ 6 – 12 ปีในตำบล\n"
                 "  233 คน เป็นเด็กที่ว่ายน้ำไม่เป็น 141 คน", [40], id="regression-footnote-survey-acc20b"),
    pytest.param("² ผู้เข้าร่วมอบรมรุ่นที่ 1 จำนวน 40 คน", [40], id="footnote-with-a-role-cue"),
    # a comparison sign before a count: a size threshold (Q-g)
    pytest.param("ขอให้ทำ MOU กับสถานประกอบการ > 500 คน ทุกแห่ง", [], id="regression-company-size-acc20d"),
    pytest.param("ผู้เข้าร่วม > 500 คน", [500], id="sign-after-a-role-cue"),
    # a follow-up appointment is a service still to come: it serves no one found (acc20c)
    pytest.param("## 📊 ผลลัพธ์\n- พบนักเรียนที่มีพฤติกรรมเสี่ยง 9 ราย → นัดติดตามต่อที่คลินิก", [],
                 id="regression-finding-then-a-follow-up-appointment-acc20c"),
    pytest.param("## ทำไมต้องทำ\n- มารดาอายุต่ำกว่า 20 ปี คลอดที่ รพ. ปีที่แล้ว 41 ราย", [],
                 id="regression-markdown-background-heading-acc20c"),
    pytest.param("นัดติดตามผู้ป่วยเบาหวาน 20 ราย", [20], id="follow-up-appointments-are-a-target"),
    pytest.param("2\tทำไมต้องเป็นแรงงานข้ามชาติ\n\t• จังหวัดมีแรงงานข้ามชาติขึ้นทะเบียนราว 2.3 แสนคน\n"
                 "3\tกลุ่มเป้าหมาย\n\t• แรงงานในโรงงาน 1,450 คน", [1450], id="regression-slide-why-heading-acc20d"),
]


@pytest.mark.parametrize("text,counts", STATISTICS_S15B)
def test_statistics_s15b(text, counts):
    assert _counts(text) == counts


# Stop 15 round 2 (people3): absence, the rest served later or gone, findings, caps (acc21*, acc22*)
STATISTICS_S15C = [
    # absence phrases joined into one; a no-show (P3-a)
    pytest.param("มาเรียนในวันนี้ 65 คน ลาป่วยและติดธุระ 7 คน ทั้งนี้ หลักสูตรเปิดเรียน", [65],
                 id="regression-joined-absence-phrases-acc21c"),
    pytest.param("มาเรียนในวันนี้ 65 คน ติดธุระ 7 คน", [65], id="busy-is-absent"),
    pytest.param("อบรม อสม.และแกนนำ 40 คน", [40], id="joined-groups-are-no-absence"),
    pytest.param("เป้าหมาย\nผู้มารับการเอกซเรย์ทั้งหมด 667 คน\nไม่มาตามนัด 43 คน ส่วนใหญ่ติดงาน", [667],
                 id="regression-no-show-under-a-target-heading-acc21v"),
    # the rest of the people, served in a later round or gone elsewhere (P3-a)
    pytest.param("ติดตามผลซ้ำ 51 คน (อีก 4 คนไปกรีดยางที่\n   จังหวัดสตูล) อาการปวดหลังลดลง", [51],
                 id="regression-the-rest-gone-to-another-province-acc21k"),
    pytest.param("ผู้ป่วยที่เหลืออีก 69 ราย มีโรคประจำตัวที่ต้องควบคุมก่อน จะนัดผ่าตัดที่โรงพยาบาลศูนย์ในรอบถัดไป", [],
                 id="regression-the-rest-served-next-round-acc21n"),
    pytest.param("จักษุแพทย์ 6 คน และเจ้าหน้าที่สนับสนุนอีก 22 คน ใช้งบประมาณ 6.8 แสนบาท", [6, 22],
                 id="another-without-a-clause-stays"),
    pytest.param("ผู้เข้าร่วม 50 คน จะติดตามผลในครั้งต่อไป", [50], id="later-follow-up-without-the-rest-stays"),
    pytest.param("ผู้ป่วยอีก 30 รายที่มาจากต่างจังหวัด ได้รับการตรวจ", [30], id="people-who-came-from-afar-stay"),
    pytest.param("ครูอีก 20 คนไปอบรมที่จังหวัดขอนแก่น", [20], id="gone-to-be-trained-stays"),
    # findings (P3-b)
    pytest.param("ในการทบทวนยาแบบ Brown Bag พบนักเรียนที่กินยาซ้ำซ้อนหรือเก็บยาหมดอายุไว้ 19 คน", [],
                 id="regression-medication-review-finding-acc21c"),
    pytest.param("ตรวจ 108 คน (รวมผู้ที่ขอตรวจเพิ่มเอง) ผลปกติ 21 คน ปลอดภัย 35 คน\n   มีความเสี่ยง 37 คน ไม่ปลอดภัย 15 คน",
                 [108], id="regression-result-levels-acc21g"),
    pytest.param("ตรวจสุขภาพ อาสาสมัครความปลอดภัย 20 คน", [20], id="safety-volunteers-are-no-result"),
    pytest.param("ชั่งน้ำหนักวัดส่วนสูงครั้งที่ 2 เด็กผอม 6 คน มีน้ำหนักอยู่ในเกณฑ์แล้ว 4 คน", [6],
                 id="regression-back-in-range-outcome-acc21h"),
    pytest.param("       ผลลัพธ์ : จากการชั่งน้ำหนักวัดส่วนสูงครั้งแรก (3 มิ.ย. 68) พบเด็กผอม 6 คน และเตี้ย 5 คน รวม 11 คน\n"
                 "       ได้รับไข่ต้มวันละ 1 ฟองและนมจืด 1 กล่อง", [6, 5, 11],
                 id="regression-finding-total-served-on-the-wrapped-line-acc21h"),
    pytest.param("จากการชั่งน้ำหนัก พบเด็กผอม 6 คน และเตี้ย 5 คน รวม 11 คน", [], id="finding-total-not-served"),
    pytest.param("ตรวจฟัน 80 คน พบฟันผุ 20 คน\nให้ความรู้ผู้ปกครอง", [80], id="short-line-is-no-wrapped-sentence"),
    # caps and capacities (P3-d)
    pytest.param("ชุดตรวจ (ตรวจได้ชุดละ 100 คน) จำนวน 12 ชุด", [], id="regression-per-kit-capacity-acc22f"),
    pytest.param("ผู้เข้าอบรมต้องรอคิวฝึก ควรจัดรุ่นละไม่เกิน 40 คน", [], id="regression-recommended-cap-acc22c"),
    pytest.param("อบรม 2 รุ่น รุ่นละ 40 คน", [40], id="per-intake-size-stays"),
]


@pytest.mark.parametrize("text,counts", STATISTICS_S15C)
def test_statistics_s15c(text, counts):
    assert _counts(text) == counts
