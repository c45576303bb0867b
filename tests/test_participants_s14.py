"""Participant counts, stop 14 cues: one row per case (sentences written for these tests).
Regressions are named after what broke and the corpus document that showed it."""
from __future__ import annotations

import pytest

from field_rows import participant_counts


_counts = participant_counts


CUES_S14 = [
    # a statistic's sentence ends at a new sentence of the occasion (P-a)
    pytest.param("ตำบลนี้มีประชากร 9,200 คน ปีที่แล้วพบผู้ป่วยความดันรายใหม่ 188 ราย  วันนี้ทีมจิตอาสาจาก"
                 "โรงพยาบาลชุมชน รวม 45 คน ได้ตรวจสุขภาพประชาชน 530 ราย", [45, 530],
                 id="regression-statistic-ends-at-occasion-sentence-acc17a"),
    pytest.param("ปีที่แล้วพบผู้ป่วยรายใหม่ 188 ราย  ในครั้งนี้มีแกนนำ 30 คน", [30],
                 id="nai-khrang-ni-opens-a-sentence"),
    pytest.param("อำเภอมีประชากร 5,000 คน  สำหรับผู้สูงอายุ 800 คน", [],
                 id="samrap-alone-still-breaks-down-the-population"),
    pytest.param("ปีที่แล้วพบผู้ป่วยรายใหม่ 188 ราย และ 40 คน ในหมู่ 3", [],
                 id="no-wide-space-same-statistic"),
    # N ชีวิต after a team noun (P-b)
    pytest.param("ทีมงาน รพ.สต. และ อสม. 41 ชีวิต ถ่ายภาพหมู่หลังเสร็จงาน", [41],
                 id="regression-team-lives-acc17b"),
    pytest.param("เจ้าหน้าที่กู้ภัยช่วยเหลือ 6 ชีวิต ออกจากบ้านน้ำท่วม", [], id="rescued-lives-no-count"),
    pytest.param("ทีมงานค้นหาผู้สูญหายได้ครบ 4 ชีวิต", [], id="team-searching-lives-no-count"),
    # a hypothetical count (P-c)
    pytest.param("สมัครได้ค่ะ ถ้าหมู่ 4 เต็ม 6 คนแล้วจะเลื่อนไปรุ่นหน้า", [],
                 id="regression-quota-full-condition-acc17d"),
    pytest.param("หากมีผู้สมัครเกิน 80 คน จะเปิดรอบที่สอง", [], id="hak-condition"),
    pytest.param("ค้นหากลุ่มเสี่ยง 40 คน ได้รับการตรวจ", [40], id="hak-inside-a-word-is-no-condition"),
    pytest.param("ถ้านับรวมผู้ติดตาม มีผู้เข้าร่วมทั้งสิ้น 120 คน", [120], id="condition-then-main-clause-counts"),
    # absence after other counts (P-d)
    pytest.param("กลุ่มเป้าหมาย 40 คน เข้าร่วมจริง 37 คน (ชาย 10 คน หญิง 27 คน) อีก 3 คนย้ายไปต่างจังหวัด",
                 [40, 37, 10, 27], id="regression-absence-after-breakdown-acc17h"),
    pytest.param("มีผู้เข้าร่วม 60 คน ย้ายไปห้องใหญ่", [60], id="strong-cue-of-its-own-count-keeps"),
    # a purpose before a screened risk group (P-e)
    pytest.param("ขอรับการสนับสนุน 20,000 บาท เพื่อเอกซเรย์ปอดกลุ่มเสี่ยง 180 คน", [180],
                 id="regression-purpose-screening-target-acc17j"),
    pytest.param("ตรวจคัดกรองผู้สูงอายุ 300 คน เพื่อนบ้านกลุ่มเสี่ยง 25 คน", [300],
                 id="phuean-is-not-a-purpose"),
    pytest.param("เอกซเรย์ปอด 300 คน พบกลุ่มเสี่ยง 25 คน", [300], id="finding-without-purpose-dropped"),
    # a turnout against a target under a background heading (P-f)
    pytest.param("ความเป็นมา\nดำเนินโครงการ ณ ศาลากลางบ้าน มีผู้สูงอายุสมัครเรียน\n70 คน จากเป้าหมาย 60 คน",
                 [70, 60], id="regression-turnout-under-background-acc17k"),
    pytest.param("ความเป็นมา\nตำบลมีผู้สูงอายุ 1,200 คน", [], id="background-population-still-dropped"),
    # a list item's hanging continuation line continues its finding (P-h)
    pytest.param("  - คัดกรองสมาชิก 90 คน พบกลุ่มติดบ้าน 4 คน\n    ข้อเข่าเสื่อมรุนแรง 7 คน ส่งต่อรายชื่อ",
                 [90], id="regression-hanging-continuation-finding-acc17n"),
    pytest.param("  - คัดกรองสมาชิก 90 คน พบกลุ่มติดบ้าน 4 คน\n  - อบรมผู้ดูแล 25 คน", [90, 25],
                 id="next-bullet-is-its-own-item"),
    # polite death words (P-i)
    pytest.param("ตลอดปีมีสมาชิกถึงแก่กรรม 4 ราย", [], id="regression-polite-death-acc17n"),
    pytest.param("จ่ายเงินฌาปนกิจสงเคราะห์ 4 ราย", [], id="funeral-benefit-counts-the-dead"),
]


@pytest.mark.parametrize("text,counts", CUES_S14)
def test_cues_s14(text, counts):
    assert _counts(text) == counts


OCCASION_S14R2 = [
    # a past round's screening told with its findings (P-b)
    pytest.param("ปีที่แล้วตรวจไป 214 คน เจอไข่พยาธิตั้ง 31 คน บ้านเราติดอันดับต้นๆ", [],
                 id="regression-past-round-screening-acc18d"),
    pytest.param("เมื่อปีก่อนคัดกรอง 500 คน พบเสี่ยง 40 คน", [], id="muea-pi-kon-past-screening"),
    pytest.param("ปีที่แล้วมีนักวิ่งร่วมงาน 1,347 คน ได้เงินสมทบ 386,500 บาท", [1347],
                 id="past-round-without-finding-counts"),
    pytest.param("ปีที่แล้วคัดกรอง 300 คน  วันนี้ตรวจ 80 คน พบเสี่ยง 5 คน", [300, 80],
                 id="present-opener-ends-the-past-sentence"),
    pytest.param("ตรวจคัดกรอง 120 คน พบเสี่ยง 9 คน", [120], id="no-past-opener-screening-counts"),
    # a nationwide statistic (P-c)
    pytest.param("อุบัติการณ์อยู่ที่ 8 ใน 1,000 ของเด็กเกิดมีชีพ หรือราว 5,000 รายต่อปีทั่วประเทศ", [],
                 id="regression-nationwide-rate-acc18f"),
    pytest.param("มีผู้ป่วยรายใหม่ราว 5,000 รายต่อปี ทั่วประเทศ", [], id="nationwide-after-a-space"),
    pytest.param("ปีนี้มีผู้เข้าร่วม 1,200 คนทั่วประเทศ", [1200], id="role-cue-keeps-a-nationwide-count"),
    # what a place holds (P-g)
    pytest.param("มีห้องประชุมใหญ่รองรับได้ไม่น้อยกว่า 120 คน", [], id="regression-room-capacity-acc18j"),
    pytest.param("ห้องพักไม่เกิน 3 คนต่อห้อง (แยกชาย-หญิง)", [], id="regression-per-room-occupancy-acc18j"),
    pytest.param("ห้องประชุมจุได้ 200 คน", [], id="chu-dai-capacity"),
    pytest.param("รองรับผู้ป่วยได้ 2 เตียง อบรมผู้ดูแล 30 คน", [30], id="number-between-capacity-and-count"),
    pytest.param("อบรม อสม. 30 คน/รุ่น", [30], id="per-session-still-counts"),
    # a statistic designated the target after its counts (P-e)
    pytest.param("ปัจจุบันในเขตเทศบาลเรามีผู้ป่วยติดเตียงสิบเจ็ดราย ติดบ้านสามสิบเอ็ดราย รวมสี่สิบแปดราย "
                 "ทั้งหมดนี้คือกลุ่มเป้าหมายของธนาคารกายอุปกรณ์ครับ", [17, 31, 48],
                 id="regression-statistic-designated-target-acc18k"),
    pytest.param("ประชากรอายุ 35 ปีขึ้นไป 1,150 คน ซึ่งเป็นกลุ่มเป้าหมายของการคัดกรอง", [1150],
                 id="population-designated-target"),
    pytest.param("มีผู้ป่วยติดเตียง 17 ราย ติดบ้าน 31 ราย เป็นกลุ่มเป้าหมาย", [],
                 id="designation-without-all-does-not-reach-back-past-a-count"),
    pytest.param("มีผู้ป่วยติดเตียง 17 ราย  ทั้งหมดนี้คือกลุ่มเป้าหมาย", [],
                 id="designation-past-a-sentence-end-no"),
    # a web page's online-users counter
    pytest.param("© 2568 สสส. | ผู้ใช้งานออนไลน์ 37 คน", [], id="regression-online-users-counter-acc18e"),
]


@pytest.mark.parametrize("text,counts", OCCASION_S14R2)
def test_occasion_s14r2(text, counts):
    assert _counts(text) == counts


_PAIR_HEADER = "  วันที่          กิจกรรม                       คนเข้าร่วม (วางแผน/จริง)   งบ (วางแผน/ใช้จริง)\n"
PAIRS_S14R2 = [
    # a space-aligned column of "planned / actual" pairs (P-a)
    pytest.param(_PAIR_HEADER
                 + "  ▸ 23 พ.ย. 67  ประชุมสภาผู้นำชุมชนครั้งที่ 1   25 / 27                 1,250.00 / 1,350.00\n"
                 + "  ▸ 11 ม.ค. 68  สำรวจการดื่มในครัวเรือน        146 หลัง / 139 หลัง      3,000.00 / 2,780.00\n"
                 + "  ▸ ส.ค. 68     ประกาศใช้ธรรมนูญหมู่บ้าน       150 / -                6,000.00 / -\n",
                 [25, 27, 150], id="regression-plan-actual-pair-column-acc18e"),
    pytest.param("กิจกรรม              ผู้เข้าร่วม (เป้าหมาย/จริง)\nอบรมแกนนำ            30 / 28\n\nรวม 5 / 6",
                 [30, 28], id="pair-column-ends-at-blank-line"),
    pytest.param("กิจกรรม              คนเข้าร่วม (วางแผน/จริง)\nอบรมแกนนำ            ชาย / หญิง", [],
                 id="pair-cell-of-words-no-count"),
    pytest.param("กิจกรรม              งบ (วางแผน/จริง)\nอบรมแกนนำ            300 / 280", [],
                 id="pair-column-not-of-people"),
]


@pytest.mark.parametrize("text,counts", PAIRS_S14R2)
def test_pairs_s14r2(text, counts):
    assert sorted(_counts(text)) == sorted(counts)


STACKED_S14R2 = [
    # an infographic's counts, one piece per line (P-d)
    pytest.param("👵👴\n2,140\nคน\nเป้าหมาย\n\n👁️\n1,863\nคน\nได้รับการคัดกรอง\n87.06%\nของเป้าหมาย\n\n"
                 "ชาย\n812\nหญิง\n1,051\n\n🔍\n214\nราย\nสงสัยต้อกระจก\n\n⚠️\n58\nราย\nสายตาเลือนราง\n(VA < 6/18)\n",
                 [2140, 1863, 812, 1051], id="regression-infographic-stacked-counts-acc18i"),
    pytest.param("🙋 ทีมคัดกรอง\nอสม.\n156\nคน\nพยาบาลวิชาชีพ\n13\nคน\n", [156, 13],
                 id="regression-infographic-labelled-counts-acc18i"),
    pytest.param("👁️\n1,863\nคน\nได้รับการคัดกรอง\n\nชาย\n800\nหญิง\n1,051\n", [1863],
                 id="stacked-block-not-adding-up-is-no-breakdown"),
    pytest.param("🔍\n214\nราย\n\n", [], id="stacked-count-without-caption-or-label"),
    pytest.param("สงสัยต้อกระจก\n214\nราย\n", [], id="stacked-finding-label"),
    pytest.param("🏥\n13\nแห่ง\nจุดคัดกรอง\n", [], id="stacked-places-no-count"),
]


@pytest.mark.parametrize("text,counts", STACKED_S14R2)
def test_stacked_s14r2(text, counts):
    assert _counts(text) == counts


FORM_S14R2 = [
    # a form's field label for a name closed by a bracketed count (P-f)
    pytest.param("ชื่อองค์กร/กลุ่มคน (5 คน)      ชมรม อสม.ตำบลขามเรียง", [],
                 id="regression-form-name-label-bracket-acc18g"),
    pytest.param("ชื่อกลุ่ม (5 คน)", [], id="form-name-label-at-line-end"),
    pytest.param("ชื่อกิจกรรม อบรมแกนนำ (30 คน)      ห้องประชุม", [30], id="name-field-value-with-a-count"),
    pytest.param("อบรมแกนนำ (30 คน)      ห้องประชุม", [30], id="no-name-label-bracket-counts"),
]


@pytest.mark.parametrize("text,counts", FORM_S14R2)
def test_form_s14r2(text, counts):
    assert _counts(text) == counts
