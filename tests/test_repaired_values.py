"""Values people read (title, venues, objectives) are the text as written with damaged Thai
repaired (NormText.written); evidence still quotes the input exactly. One row per case."""
from __future__ import annotations

import pytest

from thaidocx import extract
from thaidocx.normalize import normalize

WRITTEN = [
    pytest.param("ห้องประชุมช้ัน ๒", "ห้องประชุมชั้น ๒", id="mark-order-repaired-thai-digit-kept"),
    pytest.param("ทีมงานนํ้าใจ", "ทีมงานน้ำใจ", id="nikhahit-tone-aa-made-sara-am"),
    pytest.param("วันท่ี ๑๒–๑๓\r\nเดือน", "วันที่ ๑๒–๑๓\nเดือน", id="dash-kept-crlf-read-as-newline"),
    pytest.param("ลงชื่อ.........ผู้รายงาน เพ่ือ", "ลงชื่อ.........ผู้รายงาน เพื่อ", id="dot-leaders-kept"),
]


@pytest.mark.parametrize("text,expected", WRITTEN)
def test_written(text, expected):
    n = normalize(text)
    assert n.repairs, "each row holds damage to repair"
    assert n.written(0, len(n.text)) == expected


def test_written_is_the_original_span_without_repairs():
    n = normalize("ห้องประชุมชั้น ๒ อาคาร ๑")
    assert not n.repairs
    assert n.written(3, 12) == n.original[3:12]


def test_damaged_values_are_repaired_and_evidence_is_exact():
    text = ("โครงการส่งเสริมสุขภาพช่องปากผู้สูงอายุ ปีงบประมาณ ๒๕๖๘\n\nวัตถุประสงค์\n"
            "1. เพ่ือให้ผู้สูงอายุได้รับคําแนะนําท่ีเหมาะสม\n2. เพ่ือพัฒนาศักยภาพ อสม.\n\n"
            "จัดอบรมในวันท่ี 5 มีนาคม 2568 ณ ห้องประชุมโรงพยาบาลเข่ืองใน\n")
    r = extract(text)
    assert [o.text for o in r.objectives] == ["เพื่อให้ผู้สูงอายุได้รับคำแนะนำที่เหมาะสม", "เพื่อพัฒนาศักยภาพ อสม."]
    assert [v.name for v in r.venues] == ["ห้องประชุมโรงพยาบาลเขื่องใน"]
    for item in [*r.objectives, *r.venues]:
        ev = item.evidence
        assert text[ev.start:ev.end] == ev.text
