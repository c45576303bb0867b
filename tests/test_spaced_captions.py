"""A caption naming the people taking part, without a unit, over a space-aligned table
(participants.table_caption_spaced, participant_spaced.spaced_captioned). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from thaidocx import extract


def _counts(text: str) -> list[int]:
    return [p.count for p in extract(text).participants]


CAPTIONED = [
    pytest.param("   จำนวนผู้เข้าร่วม\n"
                 "   กลุ่ม                        ตามแผน    เข้าร่วมจริง\n"
                 "   ผู้ดูแลผู้สูงอายุ               30        28\n"
                 "   แกนนำครอบครัว                 15        17\n"
                 "   รวม                          45        45\n",
                 [30, 28, 15, 17, 45, 45], id="regression-people-caption-over-plan-actual-columns-acc15k"),
    pytest.param("จำนวนผู้เข้ารับบริการ\n"
                 "หมู่บ้าน          เป้าหมาย     มาจริง     ร้อยละ\n"
                 "บ้านนาดี           40          36        90.00\n",
                 [40, 36], id="share-column-under-a-people-caption-is-no-count"),
    pytest.param("   จำนวนผู้เข้าร่วม\n"
                 "   กลุ่ม          ครั้ง     ค่าใช้จ่าย (บาท)\n"
                 "   อสม.           4        1200\n",
                 [], id="columns-of-other-measures-under-a-people-caption-are-no-counts"),
    pytest.param("จำนวนผู้เข้าร่วมตามแผน 40 คน\nกลุ่ม     เป้าหมาย     ครั้ง\n", [40],
                 id="caption-with-a-count-on-its-line-is-no-caption"),
]


@pytest.mark.parametrize("text,expected", CAPTIONED)
def test_people_caption_over_a_spaced_table(text, expected):
    assert _counts(text) == expected
