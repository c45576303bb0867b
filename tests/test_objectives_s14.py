"""Objectives (stop 14): a line that is a whole paragraph is no hard wrap, minutes' record lines
and a later meeting's purpose, the word เพื่อน. One row per case; every text is written for this
table."""
from __future__ import annotations

import pytest

from field_rows import objective_texts


_objectives = objective_texts


_LONG = ("     ลำปาง – สำนักงานสาธารณสุขจังหวัดลำปาง ร่วมกับโรงพยาบาลลำปาง จัดโครงการคัดกรองโรคตับอักเสบซี"
         "เชิงรุกในชุมชน ระหว่างวันที่ 3 – 7 ก.พ. 2569 ณ ศาลาประชาคมบ้านป่าตัน โดยนำทีมตรวจเลือดเคลื่อนที่ "
         "2 ทีมเข้าไปให้บริการ กิจกรรมครั้งนี้มีเป้าหมายเพื่อค้นหาผู้ติดเชื้อให้เร็วและเข้าสู่การรักษา\n")
_NEXT = ("     วันนี้(7 ก.พ.69) นายแพทย์สาธารณสุขจังหวัดลำปาง ได้ร่วมติดตามการดำเนินงานวันสุดท้าย โดยเปิดเผยว่า"
         " ตลอด 5 วันมีประชาชนเข้ารับการตรวจ 1,850 ราย พบผลบวก 23 ราย ซึ่งได้ส่งต่อเข้ารับยาแล้วทุกราย"
         "ในโรงพยาบาลลำปางและโรงพยาบาลชุมชน\n")

OBJECTIVES = [
    pytest.param("ข่าวประชาสัมพันธ์\n" + _LONG + _NEXT, ["เพื่อค้นหาผู้ติดเชื้อให้เร็วและเข้าสู่การรักษา"],
                 id="regression-a-paragraph-a-line-ran-into-the-next-acc17e"),
    pytest.param("ข่าวประชาสัมพันธ์\nเพื่อนสุขภาพ ใกล้บ้าน ใกล้ใจ\n"
                 "วันนี้ อสม. จัดกิจกรรมตรวจเลือด เพื่อให้เกษตรกรรู้ระดับสารเคมีในเลือด\n",
                 ["เพื่อให้เกษตรกรรู้ระดับสารเคมีในเลือด"], id="regression-friend-tagline-was-a-purpose-acc17f"),
    pytest.param("ข่าวประชาสัมพันธ์\nชมรมอบรมแกนนำ อสม. เพื่อนำความรู้ไปถ่ายทอดให้เพื่อนบ้าน\n",
                 ["เพื่อนำความรู้ไปถ่ายทอดให้เพื่อนบ้าน"], id="phuea-nam-is-a-purpose"),
    pytest.param("ข่าวประชาสัมพันธ์\nอบต.จัดกิจกรรม เพื่อนักเรียนได้ฝึกแปรงฟันอย่างถูกวิธี\n",
                 ["เพื่อนักเรียนได้ฝึกแปรงฟันอย่างถูกวิธี"], id="phuea-nakrian-is-a-purpose"),
    pytest.param("ข่าวประชาสัมพันธ์\nชมรมจัดประชุมครั้งนี้เพื่อทบทวนแผนงานประจำปีของชมรมผู้สูงอายุ\n",
                 ["เพื่อทบทวนแผนงานประจำปีของชมรมผู้สูงอายุ"], id="this-meetings-purpose-stays"),
]


@pytest.mark.parametrize("text,expected", OBJECTIVES)
def test_objectives(text, expected):
    assert _objectives(text) == expected


_MINUTES = ("รายงานการประชุมคณะกรรมการกองทุนหลักประกันสุขภาพ อบต.บ้านใหม่ ครั้งที่ 4/2568\n"
            "ระเบียบวาระที่ 5 เรื่องอื่น ๆ\n"
            "      กำหนดประชุมครั้งต่อไปวันที่ 10 ตุลาคม 2568 เพื่อพิจารณาแผนการเงินประจำปีงบประมาณ 2569 ของกองทุน\n"
            "ปิดประชุมเวลา 15.40 น.\n")

NOT_OBJECTIVES = [
    pytest.param(_MINUTES, id="regression-next-meetings-purpose-was-an-objective-acc17j"),
]


@pytest.mark.parametrize("text", NOT_OBJECTIVES)
def test_not_objectives(text):
    assert _objectives(text) == []


def test_a_record_line_of_minutes_is_no_wrap_of_the_line_above():
    text = ("ข่าวประชาสัมพันธ์\n"
            "      ที่ประชุมเห็นชอบให้จัดอบรมแกนนำในเดือนหน้า เพื่อเตรียมความพร้อมรับมือโรคไข้เลือดออกในชุม\n"
            "ปิดประชุมเวลา 16.05 น. ผู้จดรายงานการประชุม นางสาวสมใจ ใจดี ตำแหน่งนักวิชาการ\n")
    assert _objectives(text) == ["เพื่อเตรียมความพร้อมรับมือโรคไข้เลือดออกในชุม"]
