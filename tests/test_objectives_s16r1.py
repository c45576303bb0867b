"""Objectives (stop 16, round 1, FO fixer): a clause set inside an objective whose complement resumes
after it ("… ซึ่งจะจัดขึ้น… ณ … ให้เป็นไปอย่าง…"); a prose paragraph under a list's last item that runs
well past the item's line ends the list. One row per case; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import objective_texts_folded

P = pytest.param

OBJECTIVES = [
    P("การประชุมครั้งนี้มีวัตถุประสงค์เพื่อเตรียมความพร้อมด้านสุขาภิบาลอาหารในงานเทศกาลลำไย ซึ่งจะจัดขึ้นระหว่างวันที่"
      " 5 – 9 สิงหาคม 2569 ณ สนามกีฬากลางจังหวัด ให้เป็นไปอย่างเรียบร้อย\n",
      ["เพื่อเตรียมความพร้อมด้านสุขาภิบาลอาหารในงานเทศกาลลำไย ซึ่งจะจัดขึ้นระหว่างวันที่ 5 – 9 สิงหาคม 2569"
       " ณ สนามกีฬากลางจังหวัด ให้เป็นไปอย่างเรียบร้อย"],
      id="regression-clause-inside-then-complement-resumes-acc23q"),
    P("โครงการมีวัตถุประสงค์เพื่อให้ผู้สูงอายุได้รับการตรวจฟัน ซึ่งจัดโดยโรงพยาบาลนาดี\n",
      ["เพื่อให้ผู้สูงอายุได้รับการตรวจฟัน"], id="counter-clause-without-a-resuming-complement-ends-it"),
    P("โครงการมีวัตถุประสงค์เพื่อให้ผู้สูงอายุได้รับการตรวจฟัน ณ รพ.สต.นาดี\nให้เป็นไปอย่างทั่วถึง\n",
      ["เพื่อให้ผู้สูงอายุได้รับการตรวจฟัน"], id="counter-complement-on-the-next-line-does-not-count"),
    P("\tการประชุมครั้งนี้มีวัตถุประสงค์ ดังนี้\n\t1) เพื่อทบทวนแนวทางการดูแลผู้ป่วยจิตเวชในชุมชน\n"
      "\t2) เพื่อพัฒนาระบบส่งต่อผู้ป่วยผ่านโปรแกรมออนไลน์\n"
      "\tผู้เข้าร่วมประชุมประกอบด้วย พยาบาลจิตเวชจากโรงพยาบาลชุมชนทั้ง 6 แห่ง แห่งละ 3 คน และเจ้าหน้าที่"
      "สาธารณสุขอำเภอ รวมทั้งสิ้น 30 คน ประชุม ณ ห้องประชุมโรงพยาบาลจังหวัด\n",
      ["เพื่อทบทวนแนวทางการดูแลผู้ป่วยจิตเวชในชุมชน", "เพื่อพัฒนาระบบส่งต่อผู้ป่วยผ่านโปรแกรมออนไลน์"],
      id="regression-prose-paragraph-under-the-last-item-acc23o"),
    P("วัตถุประสงค์\n1. เพื่อให้ผู้ป่วยเบาหวานที่ควบคุมระดับน้ำตาลไม่ได้ได้รับการเยี่ยมบ้านและติดตามการใช้ยา\n"
      "อย่างต่อเนื่องทุกเดือน\n2. เพื่อลดภาวะแทรกซ้อน\n",
      ["เพื่อให้ผู้ป่วยเบาหวานที่ควบคุมระดับน้ำตาลไม่ได้ได้รับการเยี่ยมบ้านและติดตามการใช้ยา อย่างต่อเนื่องทุกเดือน",
       "เพื่อลดภาวะแทรกซ้อน"], id="counter-wrapped-item-shorter-than-its-line-joins"),
]


@pytest.mark.parametrize("text, expected", OBJECTIVES)
def test_s16r1_objectives(text, expected):
    assert objective_texts_folded(text) == expected
