"""Participant counts, stop 13 cues: one row per case (sentences written for these tests).
Regressions are named after what broke and the corpus document that showed it."""
from __future__ import annotations

import pytest

from field_rows import participant_counts


_counts = participant_counts


CUES_S13 = [
    # a visit's result frame finds (P-a)
    pytest.param("ผลการเยี่ยม พบผู้ที่มีแผลกดทับ 4 ราย และพบว่ามีผู้พิการไม่มีรถเข็น", [],
                 id="regression-visit-result-frame-finds-acc15e"),
    pytest.param("ลงเยี่ยมบ้านผู้ป่วยติดเตียง 18 ราย ผลการเยี่ยมบ้าน พบผู้มีภาวะซึมเศร้า 3 ราย", [18],
                 id="visited-kept-their-finding-dropped"),
    pytest.param("ผลการลงพื้นที่ติดตาม พบเด็กที่ยังไม่ได้รับวัคซีน 9 คน", [], id="field-follow-up-result-finds"),
    pytest.param("ออกเยี่ยมบ้าน พบผู้สูงอายุติดเตียง 12 ราย", [12], id="a-visit-alone-is-a-service-kept"),
    pytest.param("ผลการเยี่ยม พบผู้มีแผลกดทับ 8 ราย ได้รับการทำแผลทุกราย", [8], id="visit-finding-served-after-kept"),
    # per-shop quotas (P-b)
    pytest.param("อสม. 25 คน และเจ้าของร้านชำ 38 คน (ร้านละ 1 คน)", [25, 38],
                 id="regression-per-shop-quota-acc15l"),
    pytest.param("ตัวแทนครัวเรือน 60 คน ครัวเรือนละ 1 คน", [60], id="per-household-quota"),
    pytest.param("อบรม 2 รุ่น รุ่นละ 30 คน", [30], id="per-intake-size-stays-a-count"),
    # role-played casualties, a completed breakdown (P-c)
    pytest.param("ผู้เข้าร่วมซ้อมรวม 120 คน ประกอบด้วย เจ้าหน้าที่ 50 คน อปพร. 45 คน "
                 "และนักเรียนที่อาสาสวมบทผู้บาดเจ็บอีก 25 คน", [120, 50, 45, 25],
                 id="regression-role-played-casualties-take-part-acc15m"),
    pytest.param("ซ้อมแผนโดยมีอาสาสมัครแสดงเป็นผู้บาดเจ็บ 20 คน", [20], id="played-as-injured-kept"),
    pytest.param("ผู้บาดเจ็บจำลอง 30 คน", [30], id="simulated-casualties-kept"),
    pytest.param("อุบัติเหตุรถโดยสาร มีผู้บาดเจ็บ 14 ราย", [], id="real-casualties-stay-a-statistic"),
    pytest.param("ผู้เข้าร่วม 100 คน ประกอบด้วย อสม. 60 คน และผู้ติดเชื้อเอชไอวี 40 คน", [100, 60, 40],
                 id="item-completing-the-stated-total-kept"),
    pytest.param("ผู้เข้าร่วม 100 คน ประกอบด้วย อสม. 60 คน และผู้ติดเชื้อเอชไอวี 30 คน", [100, 60],
                 id="item-not-completing-the-total-stays-dropped"),
    pytest.param("ตำบลมีประชากร 900 คน ประกอบด้วย ชาย 400 คน หญิง 500 คน", [],
                 id="breakdown-of-a-dropped-total-stays-dropped"),
    pytest.param("อบรม อสม. 50 คน ได้แก่ ผู้ติดเชื้อ 50 คน", [50], id="single-item-equal-to-the-total-not-rescued"),
    # past caseloads, suicides (P-d)
    pytest.param("ข่าวประจำปี 2568 วันที่ 3 ก.พ. 2568\nปีงบประมาณ 2567 ห้องฉุกเฉินรับผู้ป่วยอุบัติเหตุ 5,218 ราย",
                 [], id="regression-past-fiscal-year-caseload-acc15m"),
    pytest.param("ข่าว 2568 มอบเครื่องมือ 2568\nหอผู้ป่วยมี 20 เตียง ในปีงบประมาณ 2567 รับผู้ป่วยไว้ดูแล 312 ราย",
                 [], id="regression-past-fiscal-year-admissions-acc15o"),
    pytest.param("รายงานผลการดำเนินงาน ปีงบประมาณ 2567 (ต.ค. 2566 - ก.ย. 2567)\n"
                 "ในปีงบประมาณ 2567 รับผู้ป่วยเข้าโครงการ 40 ราย\nแผนปี 2568 ขยายผล", [40],
                 id="own-fiscal-year-admissions-kept"),
    pytest.param("โครงการดูแลผู้ป่วยระยะท้าย ปีงบประมาณ 2568 (ต.ค. 2567 - ก.ย. 2568) ปี 2568\n"
                 "ซึ่งที่ผ่านมาในปีงบประมาณ 2567 มีผู้ป่วยระยะท้ายในความดูแล 52 ราย", [],
                 id="regression-patients-in-care-in-a-past-year-acc14m"),
    pytest.param("ปีงบประมาณ 2568 มีผู้ป่วยในความดูแลเข้าร่วมกิจกรรม 30 ราย", [30],
                 id="patients-in-care-taking-part-kept"),
    pytest.param("หมอบอกว่าปีที่แล้วจังหวัดเรามีคนฆ่าตัวตายสำเร็จ 85 ราย", [],
                 id="regression-completed-suicides-are-deaths-acc15p"),
    pytest.param("อบรมแกนนำเฝ้าระวังการฆ่าตัวตาย 50 คน", [50], id="suicide-prevention-trainees-kept"),
    # wrapped population figures, a bracketed target aside (P-e)
    pytest.param("ส่วนที่ 1 ข้อมูลทั่วไป\n   อำเภอมี 9 ตำบล ประชากรทั้งสิ้น 64,120 คน  ผู้สูงอายุ\n"
                 "14,305 คน (ร้อยละ 22.3)", [], id="regression-wrapped-population-figure-acc15q"),
    pytest.param("ประชากรทั้งสิ้น 5,120 คน  อบรมผู้สูงอายุ\n60 คน", [60],
                 id="wrapped-count-with-its-own-role-cue-kept"),
    pytest.param("ผลงานคัดกรองปี 2568 ร้อยละ 61.2\n(เป้าหมายร้อยละ 70)  ผู้ป่วยไข้เลือดออกสะสมปี 2568  118 ราย",
                 [], id="regression-bracketed-target-aside-is-no-heading-acc15q"),
    pytest.param("(กลุ่มเป้าหมาย)\nผู้ป่วย 20 คน", [20], id="bracketed-heading-alone-still-a-heading"),
    pytest.param("(1) กลุ่มเป้าหมาย ประชากรวัยทำงาน 80 คน", [80], id="numbered-target-heading-kept"),
]


@pytest.mark.parametrize("text,counts", CUES_S13)
def test_cues_s13(text, counts):
    assert _counts(text) == counts


CUES_S13R2 = [
    # a page's like counter (P-a)
    pytest.param("รพ.สต.บ้านหนองเม็ก\nถูกใจ 1.4 พัน คน · ผู้ติดตาม 1.6 พัน คน\nอบรม อสม. 30 คน", [30],
                 id="regression-page-likes-are-no-people-acc15y"),
    pytest.param("อบรม อสม. 30 คน ทุกคนถูกใจกิจกรรมมาก", [30], id="liked-after-the-count-kept"),
    # the screening of a bulleted list governs its sibling bullets (P-b)
    pytest.param("✔️ คัดกรองความดันผู้สูงอายุ ทั้งหมด 120 ราย\n✔️ แจกยาฟรี 40 ราย\n"
                 "✔️ สงสัยความดันสูง 12 ราย เบาหวาน 5 ราย", [120, 40],
                 id="regression-finding-in-a-sibling-bullet-acc15y"),
    pytest.param("✔️ คัดกรองความดันผู้สูงอายุ 120 ราย\n\n✔️ แจกยาฟรี 40 ราย\n✔️ กลุ่มเสี่ยง 12 ราย",
                 [120, 40, 12], id="blank-line-ends-the-sibling-run"),
    pytest.param("- คัดกรองความดันผู้สูงอายุ 120 ราย\n• แจกยาฟรี 40 ราย\n• กลุ่มเสี่ยง 12 ราย",
                 [120, 40, 12], id="another-bullet-is-no-sibling"),
    # refusals (P-c)
    pytest.param("ฉีดได้ 80 ราย จากนักเรียนทั้งหมด 86 ราย (ผู้ปกครองไม่ยินยอม 6 ราย)", [80, 86],
                 id="regression-refusals-are-absent-acc16a"),
    pytest.param("ผู้สูงอายุปฏิเสธ 3 ราย", [], id="refused-dropped"),
    pytest.param("นักเรียน 5 คน ไม่ยินยอมรับวัคซีน", [], id="refusal-after-the-count-dropped"),
    pytest.param("ผู้ปกครองยินยอม 80 คน", [80], id="consent-kept"),
    # a disease state, a statement of cases (P-d, P-e)
    pytest.param("ปีที่แล้วหมอบอกว่าคนบ้านเราเป็นเบาหวาน 64 คน จากคนอายุสี่สิบขึ้นไป 300 คน", [],
                 id="regression-people-with-a-disease-are-cases-acc16d"),
    pytest.param("คัดกรองภาวะแทรกซ้อนทางตาในผู้ที่เป็นเบาหวาน 40 คน", [40],
                 id="service-before-the-disease-state-kept"),
    pytest.param("ผู้ที่เป็นเบาหวาน 25 คน ได้รับการตรวจตา", [25], id="disease-state-served-after-kept"),
    pytest.param("รายงานสถานการณ์ไข้เลือดออกในตำบลตั้งแต่ 1 มกราคม - 31 มีนาคม 2568\n"
                 "มีผู้ป่วย 4 ราย ขอให้ที่ประชุมพิจารณา", [], id="regression-cases-in-a-disease-situation-acc15s"),
    pytest.param("ภายในงานมีผู้ป่วยโรคเรื้อรังและญาติเข้าร่วม 120 คน", [120],
                 id="patients-taking-part-kept"),
    pytest.param("ปัจจุบันอำเภอมีผู้ป่วยธาลัสซีเมียที่ต้องรับเลือดประจำกว่า 900 ราย รพ.จึงตั้งเป้าออกหน่วยรับบริจาค", [],
                 id="cases-then-a-plan-stay-cases"),
    # a finding's items wrapped onto the next line (P-f)
    pytest.param("ตรวจฟันผู้สูงอายุ 200 คน พบผู้ต้องใส่ฟันเทียม 30 ราย ผู้มีฟันผุ\nต้องอุด 45 ราย", [200],
                 id="regression-wrapped-finding-item-acc15x"),
    pytest.param("ตรวจฟันผู้สูงอายุ 200 คน พบฟันผุ 30 ราย\nอบรมผู้ดูแล 20 คน", [200, 20],
                 id="wrapped-line-with-its-own-service-kept"),
    pytest.param("ตรวจฟันผู้สูงอายุ 200 คน พบฟันผุ 30 ราย  อบรมผู้ดูแล\n20 คน", [200, 20],
                 id="new-sentence-after-a-wide-space-kept"),
]


@pytest.mark.parametrize("text,counts", CUES_S13R2)
def test_cues_s13r2(text, counts):
    assert _counts(text) == counts


CUES_S13R3 = [
    # a pipe-table column headed by the people taking part, no unit (P-a)
    pytest.param("| กิจกรรม | ผู้เข้าร่วม แผน | ผู้เข้าร่วม จริง |\n|---|---|---|\n| อบรมแกนนำ | 30 | 28 |\n"
                 "| แปรงฟัน | 214 | 208 |", [30, 28, 214, 208], id="regression-people-header-no-unit-acc16k"),
    pytest.param("| กิจกรรม | ผู้เข้าร่วม ร้อยละ |\n| อบรม | 80 |", [], id="people-share-column-not-counts"),
    pytest.param("| กิจกรรม | ครั้ง |\n| อบรม | 4 |", [], id="column-naming-no-people-not-counts"),
    # a finding verb with a condition, a screening named earlier in the document (P-c)
    pytest.param("ผู้ป่วยเข้ารับการตรวจเท้าแบบครบวงจร\nผลการดำเนินงาน\n   - มาตามนัด ........ 84 ราย\n"
                 "   - พบเท้ามีความเสี่ยงสูง 13 ราย และมีแผลที่เท้า 5 ราย ได้นัดเข้าคลินิกแผล", [84],
                 id="regression-finding-after-a-screening-named-earlier-acc16h"),
    pytest.param("จัดอบรมผู้ดูแล\n   - ผู้ดูแล 30 คน\n   - พบกลุ่มเสี่ยง 12 ราย เข้าร่วมกิจกรรม", [30, 12],
                 id="no-screening-in-the-document-condition-kept"),
    # a drill's scenario names no participants; the table after a blank line is no breakdown (P-b)
    pytest.param("สถานการณ์สมมุติที่ใช้ในการฝึก คือ มีผู้เลี้ยงไก่ 2 รายมีอาการไข้ มีผู้สัมผัสใกล้ชิด 18 ราย\n\n"
                 "     ทีมที่เข้าร่วมฝึกซ้อม\n     | อำเภอ | จำนวน (คน) |\n     | ทุ่งสง | 10 |\n     | สิชล | 8 |\n"
                 "อสม. 6 คน รับบทผู้ป่วยจำลอง", [10, 8, 6], id="regression-drill-scenario-then-table-acc16g"),
    pytest.param("ตำบลมีประชากร 900 คน ประกอบด้วย\n   - ชาย 400 คน\n   - หญิง 500 คน", [],
                 id="list-breakdown-of-a-statistic-still-dropped"),
]


@pytest.mark.parametrize("text,counts", CUES_S13R3)
def test_cues_s13r3(text, counts):
    assert _counts(text) == counts
