"""One mechanism for sections: which heading governs a line, for every extractor."""
from __future__ import annotations

import re
import sys

import pytest
import regex

from thaidocx import load_rules
from thaidocx.literal_re import WHITE_SPACE
from thaidocx.normalize import normalize
from thaidocx.sections import find_sections

DOC = """โครงการอบรมแกนนำสุขภาพ
หลักการและเหตุผล
ตำบลนี้มีผู้สูงอายุ 900 คน
วัตถุประสงค์
1. เพื่อพัฒนาศักยภาพแกนนำ
กลุ่มเป้าหมาย
อสม. 40 คน
สถานที่ดำเนินการ ศาลาประชาคมหมู่ที่ 3
ผลการดำเนินงาน
มีผู้เข้าร่วม 38 คน
1. สรุปผล
มีผู้เข้าร่วม 12 คน
2. ข้อสั่งการ
ให้รายงานทุกเดือน
ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา
3.1 สถานการณ์โรค
มีผู้ป่วยสะสม 40 ราย
3.1.1 รายตำบล
ตำบลหนึ่ง 12 ราย
3.2 การตั้งจุดบริการ
ใช้อาสาสมัครรวม 72 คน
ระเบียบวาระที่ 4 เรื่องอื่นๆ
นัดประชุมครั้งหน้า
"""

ROWS = [
    pytest.param("โครงการอบรม", None, id="before-any-heading"),
    pytest.param("ตำบลนี้มี", "background", id="under-background"),
    pytest.param("เพื่อพัฒนา", "objectives", id="numbered-item-under-objectives"),
    pytest.param("อสม. 40", "target", id="under-target"),
    pytest.param("ศาลาประชาคม", "venue", id="inline-heading-governs-its-own-line"),
    pytest.param("มีผู้เข้าร่วม 38", "results", id="under-results"),
    pytest.param("มีผู้เข้าร่วม 12", "results", id="under-numbered-heading"),
    pytest.param("ให้รายงาน", "other", id="unknown-numbered-heading-ends-the-section"),
    pytest.param("มีผู้ป่วยสะสม", "background", id="under-dotted-heading"),
    pytest.param("ตำบลหนึ่ง", "background", id="dotted-sub-item-does-not-end-the-section"),
    pytest.param("ใช้อาสาสมัคร", "other", id="dotted-sibling-ends-the-section"),
    pytest.param("นัดประชุม", "agenda", id="agenda-item-ends-the-section"),
]


@pytest.mark.parametrize("needle,kind", ROWS)
def test_section_kind_at(needle, kind):
    norm = normalize(DOC)
    sections = find_sections(norm, load_rules())
    assert sections.kind_at(norm.text.index(needle)) == kind


def test_inline_heading_does_not_govern_the_lines_below():
    norm = normalize("สถานที่ดำเนินการ ศาลาประชาคมหมู่ที่ 3 ตำบลบ้านใหม่ อำเภอเมือง จังหวัดลำปาง\nมีผู้เข้าร่วม 20 คน\n")
    sections = find_sections(norm, load_rules())
    assert sections.kind_at(norm.text.index("มีผู้")) is None


def test_heading_word_inside_a_sentence_is_not_a_heading():
    norm = normalize("เราได้ตั้งเป้าหมายไว้สูง\nมีผู้เข้าร่วม 20 คน\n")
    sections = find_sections(norm, load_rules())
    assert sections.kind_at(norm.text.index("มีผู้")) is None


def test_empty_text():
    sections = find_sections(normalize(""), load_rules())
    assert sections.kind_at(0) is None


def test_whitespace_class_is_the_regex_modules_on_every_character():
    """literal_re.WHITE_SPACE (sections, parsers) spells out `regex`'s \\s for stdlib re."""
    ours = re.compile(f"[{WHITE_SPACE}]")
    theirs = regex.compile(r"\s")
    assert [c for c in range(sys.maxunicode + 1)
            if bool(ours.match(chr(c))) != bool(theirs.match(chr(c)))] == []
