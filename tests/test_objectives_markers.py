"""Objectives: list markers and cues beyond digits and วัตถุประสงค์ (stop 13). One row per case;
every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import objective_texts


_objectives = objective_texts


OBJECTIVES = [
    pytest.param("๒. วัตถุประสงค์\n   ก. เพื่อให้แกนนำมีความรู้เรื่องการป้องกันโรคพิษสุนัขบ้า\n"
                 "   ข. เพื่อให้ประชาชนนำสัตว์เลี้ยงมารับวัคซีนครบทุกตัว\n๓. ตัวชี้วัดความสำเร็จ\n",
                 ["เพื่อให้แกนนำมีความรู้เรื่องการป้องกันโรคพิษสุนัขบ้า",
                  "เพื่อให้ประชาชนนำสัตว์เลี้ยงมารับวัคซีนครบทุกตัว"],
                 id="regression-thai-letter-markers-glued-two-items-acc15g"),
    pytest.param("วัตถุประสงค์\n(ก) เพื่อคัดกรองสายตาเด็กนักเรียนชั้นประถม\n(ข) เพื่อส่งต่อเด็กที่สายตาผิดปกติ\n",
                 ["เพื่อคัดกรองสายตาเด็กนักเรียนชั้นประถม", "เพื่อส่งต่อเด็กที่สายตาผิดปกติ"],
                 id="bracketed-thai-letter-markers"),
    pytest.param("วัตถุประสงค์\nข้อที่ 1. เพื่อสำรวจเครื่องสำอางที่วางขายในตลาดนัด\n"
                 "ข้อที่ 2. เพื่อให้ผู้ขายรู้จักเครื่องสำอางที่ไม่ปลอดภัย\n"
                 "ตัวชี้วัดข้อที่ 1. สำรวจแผงครบทุกแผง\n",
                 ["เพื่อสำรวจเครื่องสำอางที่วางขายในตลาดนัด", "เพื่อให้ผู้ขายรู้จักเครื่องสำอางที่ไม่ปลอดภัย"],
                 id="regression-kho-thi-markers-made-one-objective-acc15l"),
    pytest.param("วัตถุประสงค์  (1) เพื่อตรวจวัดสายตาผู้สูงอายุทุกคน (2) เพื่อมอบแว่นสายตาให้ผู้ที่จำเป็น\n"
                 "ตัวชี้วัด  (1) ผู้สูงอายุได้รับการตรวจร้อยละ 90\n",
                 ["เพื่อตรวจวัดสายตาผู้สูงอายุทุกคน", "เพื่อมอบแว่นสายตาให้ผู้ที่จำเป็น"],
                 id="regression-label-then-wide-space-then-numbered-run-was-one-purpose-acc15h"),
    pytest.param("วัตถุประสงค์    เพื่อให้ผู้ปกครองตรวจฟันเด็กได้เอง\n",
                 ["เพื่อให้ผู้ปกครองตรวจฟันเด็กได้เอง"], id="label-then-wide-space-then-purpose"),
    pytest.param("โครงการนี้มีวัตถุประสงค์ 1) เพื่อเยี่ยมบ้านผู้ป่วยติดเตียง 2) เพื่อสอนญาติพลิกตัวผู้ป่วย และ\n"
                 "3) เพื่อมอบที่นอนลมให้ผู้ที่จำเป็น ทีมเยี่ยมบ้านประกอบด้วย พยาบาล อสม. และนักกายภาพ รวม 12 คน\n",
                 ["เพื่อเยี่ยมบ้านผู้ป่วยติดเตียง", "เพื่อสอนญาติพลิกตัวผู้ป่วย", "เพื่อมอบที่นอนลมให้ผู้ที่จำเป็น"],
                 id="regression-last-item-ran-into-who-made-up-the-team-acc15e"),
    pytest.param("การซ้อมแผนครั้งนี้มีจุดประสงค์เพื่อทดสอบการสื่อสารระหว่างหน่วยกู้ภัยกับโรงพยาบาล\n",
                 ["เพื่อทดสอบการสื่อสารระหว่างหน่วยกู้ภัยกับโรงพยาบาล"],
                 id="regression-chut-prasong-cue-missed-acc15m"),
    pytest.param("ข่าวประชาสัมพันธ์\nบริษัทส่งมอบเตียงให้โรงพยาบาล ความช่วยเหลือครั้งนี้มุ่งหวังเพื่อให้ผู้ป่วยได้รับการฟื้นฟูใกล้บ้าน\n",
                 ["เพื่อให้ผู้ป่วยได้รับการฟื้นฟูใกล้บ้าน"], id="regression-purpose-glued-to-mung-wang-missed-acc15o"),
    pytest.param("ข่าวประชาสัมพันธ์\nชมรมจัดกิจกรรมเดินเร็ว เพื่อส่งเสริมการออกกำลังกายของผู้สูงอายุ\n"
                 "ความเห็นของคณะกรรมการ\n( ) อนุมัติงบประมาณ เพื่อสนับสนุนแผนงาน/โครงการ/กิจกรรม จำนวน ........ บาท\n",
                 ["เพื่อส่งเสริมการออกกำลังกายของผู้สูงอายุ"],
                 id="regression-blank-form-option-line-gave-a-purpose-acc15g"),
    pytest.param("ข่าวประชาสัมพันธ์\nชมรมจัดกิจกรรมเดินเร็ว\n✅ กิจกรรมนี้จัดขึ้นเพื่อส่งเสริมการออกกำลังกายของผู้สูงอายุ\n",
                 ["เพื่อส่งเสริมการออกกำลังกายของผู้สูงอายุ"], id="an-emoji-check-bullet-is-no-form-option"),
]


@pytest.mark.parametrize("text,expected", OBJECTIVES)
def test_objectives(text, expected):
    assert _objectives(text) == expected


NOT_OBJECTIVES = [
    pytest.param("วัตถุประสงค์\nต. บ้านนา อ. เมือง จ. ลำปาง\n", id="thai-letter-abbreviation-line-is-no-item"),
    pytest.param("ข่าวประชาสัมพันธ์\nแบบเสนอโครงการ\n[ ] อนุมัติ เพื่อดำเนินโครงการตามที่เสนอ\n"
                 "[ ] ไม่อนุมัติ เพื่อปรับแก้ไข\n", id="only-form-options-give-no-purpose"),
]


@pytest.mark.parametrize("text", NOT_OBJECTIVES)
def test_not_objectives(text):
    assert _objectives(text) == []


SPEECH = [
    pytest.param('ข่าวประชาสัมพันธ์\nนางสาวอรุณี ใจดี พยาบาลวิชาชีพ: "การจัดกิจกรรมครั้งนี้ทำเพื่อให้แม่ครัวลดเกลือในอาหาร"\n',
                 ["เพื่อให้แม่ครัวลดเกลือในอาหาร"], id="regression-purpose-in-quoted-speech-after-a-colon-acc16d"),
    pytest.param('ข่าวประชาสัมพันธ์\nผอ.รพ.สต. กล่าวว่า “กิจกรรมนี้จัดขึ้นเพื่อให้ผู้สูงอายุออกกำลังกายทุกวัน”\n',
                 ["เพื่อให้ผู้สูงอายุออกกำลังกายทุกวัน"], id="purpose-in-quoted-speech-after-kla-wa"),
    pytest.param('ข่าวประชาสัมพันธ์\nชมรมจัดอบรม "ฤๅษีดัดตน เพื่อสุขภาพผู้สูงอายุ" ให้สมาชิก 40 คน\n', [],
                 id="a-quoted-name-holding-phuea-is-no-purpose"),
]


@pytest.mark.parametrize("text,expected", SPEECH)
def test_purposes_in_speech(text, expected):
    assert _objectives(text) == expected


CELLS = [
    pytest.param("| ชื่อโครงการ | ตรวจคัดกรองมะเร็งเต้านม |\n"
                 "| วัตถุประสงค์ | 1) เพื่อให้สตรีอายุ 30-70 ปี ได้รับการสอนตรวจ |\n"
                 "|  | เต้านมด้วยตนเอง |\n|  | 2) เพื่อค้นหาผู้มีก้อนผิดปกติ |\n"
                 "| ตัวชี้วัด | ร้อยละ 80 |\n",
                 ["เพื่อให้สตรีอายุ 30-70 ปี ได้รับการสอนตรวจเต้านมด้วยตนเอง", "เพื่อค้นหาผู้มีก้อนผิดปกติ"],
                 id="regression-objectives-in-a-wrapped-pipe-cell-acc15i"),
    pytest.param("| วัตถุประสงค์ | เพื่อให้สตรีได้รับการสอนตรวจเต้านม |\n| ตัวชี้วัด | ร้อยละ 80 |\n",
                 ["เพื่อให้สตรีได้รับการสอนตรวจเต้านม"], id="a-pipe-cell-without-continuation-reads-as-before"),
]


@pytest.mark.parametrize("text,expected", CELLS)
def test_objectives_in_pipe_cells(text, expected):
    assert _objectives(text) == expected


ORDINALS = [
    pytest.param("การฝึกครั้งนี้มีวัตถุประสงค์ ประการแรก เพื่อทดสอบแผนรับอุบัติเหตุหมู่ ประการที่สอง เพื่อฝึกการสื่อสาร"
                 "ระหว่างหน่วย และ ประการที่สาม เพื่อปรับปรุงแผนของอำเภอ\n",
                 ["เพื่อทดสอบแผนรับอุบัติเหตุหมู่", "เพื่อฝึกการสื่อสารระหว่างหน่วย", "เพื่อปรับปรุงแผนของอำเภอ"],
                 id="regression-ordinal-words-made-one-objective-acc16g"),
    pytest.param('คณบดีกล่าวว่า "ค่ายนี้มีจุดมุ่งหมาย 2 ข้อ ข้อแรกคือเพื่อให้นิสิตฝึกงานในชุมชน '
                 'ข้อที่สองคือเพื่อให้ชาวบ้านได้รับบริการถึงบ้าน" คณบดีกล่าว\n',
                 ["เพื่อให้นิสิตฝึกงานในชุมชน", "เพื่อให้ชาวบ้านได้รับบริการถึงบ้าน"],
                 id="regression-chut-mung-mai-cue-and-quoted-ordinal-items-acc16i"),
    pytest.param("ศูนย์นี้มีวัตถุประสงค์เพื่อดูแลผู้สูงอายุในเวลากลางวัน อาคารเริ่มก่อสร้างเมื่อวันที่ 15 พฤศจิกายน 2566 "
                 "เป็นอาคาร 2 ชั้น\n",
                 ["เพื่อดูแลผู้สูงอายุในเวลากลางวัน"], id="regression-objective-ran-into-a-dated-sentence-acc16j"),
    pytest.param("ข่าวประชาสัมพันธ์\n- ท่านบอกว่าประชุมรอบนี้เพื่อทบทวนผลงานไตรมาสแรก\n",
                 ["เพื่อทบทวนผลงานไตรมาสแรก"], id="regression-purpose-glued-to-rop-ni-missed-acc16m"),
    pytest.param("มีวัตถุประสงค์เพื่อให้ผู้ป่วยได้รับยาต่อเนื่อง ข้อมูลเมื่อวันที่ 5 มีนาคม\n",
                 ["เพื่อให้ผู้ป่วยได้รับยาต่อเนื่อง"], id="a-dated-clause-after-one-space-ends-the-objective"),
]


@pytest.mark.parametrize("text,expected", ORDINALS)
def test_ordinal_items(text, expected):
    assert _objectives(text) == expected
