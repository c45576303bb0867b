"""Objectives (stop 15, round 2, officials3 fixer): a โดย clause telling when or where ends an inline
objective; a run of sub-numbered items on one line ("3.1 เพื่อ… 3.2 เพื่อ…") split at the numbers, the
last ended by the next numbered section. One row per case; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import objective_texts_folded


_objectives = objective_texts_folded


OBJECTIVES = [
    pytest.param("หน่วยแพทย์เคลื่อนที่ออกให้บริการครั้งนี้มีจุดประสงค์เพื่อให้ผู้สูงอายุในพื้นที่ห่างไกลได้รับการตรวจตา"
                 " โดยให้บริการระหว่างวันที่ 4-5 มีนาคม 2569 ที่วัดบ้านนาดี\n",
                 ["เพื่อให้ผู้สูงอายุในพื้นที่ห่างไกลได้รับการตรวจตา"],
                 id="regression-method-clause-with-its-dates-acc21q"),
    pytest.param("โครงการมีวัตถุประสงค์เพื่อให้ผู้สูงอายุได้รับการตรวจฟัน ณ รพ.สต.นาดี\n",
                 ["เพื่อให้ผู้สูงอายุได้รับการตรวจฟัน"], id="venue-still-ends-it"),
    pytest.param("โครงการมีวัตถุประสงค์เพื่อให้ผู้สูงอายุได้รับการตรวจฟัน โดยใช้นวัตกรรมแปรงฟันที่ชุมชนพัฒนาขึ้นเอง\n",
                 ["เพื่อให้ผู้สูงอายุได้รับการตรวจฟัน โดยใช้นวัตกรรมแปรงฟันที่ชุมชนพัฒนาขึ้นเอง"],
                 id="method-without-a-date-stays"),
    pytest.param("2. หลักการและเหตุผล อำเภอนาดีมีผู้ป่วยฉุกเฉินเพิ่มขึ้นทุกปี 3. วัตถุประสงค์ 3.1 เพื่อฝึกทักษะการช่วยเหลือ"
                 "ผู้บาดเจ็บ ณ จุดเกิดเหตุ ให้แก่อาสาสมัครกู้ชีพ 3.2 เพื่อให้ อสม. แจ้งเหตุผ่านหมายเลข 1669 ได้ถูกต้อง"
                 " 3.3 เพื่อลดการเสียชีวิตจากอุบัติเหตุทางถนน 4. เป้าหมาย 4.1 อาสาสมัครกู้ชีพ 40 คน\n",
                 ["เพื่อฝึกทักษะการช่วยเหลือผู้บาดเจ็บ ณ จุดเกิดเหตุ ให้แก่อาสาสมัครกู้ชีพ",
                  "เพื่อให้ อสม. แจ้งเหตุผ่านหมายเลข 1669 ได้ถูกต้อง", "เพื่อลดการเสียชีวิตจากอุบัติเหตุทางถนน"],
                 id="regression-sub-numbered-items-on-one-line-acc22a"),
    pytest.param("วัตถุประสงค์ 1) เพื่อตรวจคัดกรองเบาหวาน 2) เพื่อให้ความรู้เรื่องอาหาร\n",
                 ["เพื่อตรวจคัดกรองเบาหวาน", "เพื่อให้ความรู้เรื่องอาหาร"], id="plain-numbered-run-stays"),
    pytest.param("โครงการมีวัตถุประสงค์เพื่อให้เด็กได้รับวัคซีนครบ 5. ผู้รับผิดชอบ นางมาลี ศรีสุข\n",
                 ["เพื่อให้เด็กได้รับวัคซีนครบ"], id="next-section-number-ends-an-inline-objective"),
]


@pytest.mark.parametrize("text, expected", OBJECTIVES)
def test_s15r3_objectives(text, expected):
    assert _objectives(text) == expected
