"""Hard wraps (repair_wraps.py): lines cut at a fixed number of characters whatever the words.
A break after a full-width line that cuts a word is joined; a break between two words, and
any break in a text whose lines show no fixed width, stays."""
from __future__ import annotations

import pytest

from thaidocx import extract
from thaidocx.normalize import normalize
from thaidocx.repair_wraps import wrap_width

WIDTH = 40
PROSE = ("จากการสำรวจของเจ้าหน้าที่สาธารณสุขในพื้นที่ตำบลหนองบัว พบว่าประชาชนส่วนใหญ่"
         "ยังขาดความรู้เรื่องการป้องกันโรคไข้เลือดออก จึงได้จัดทำโครงการรณรงค์กำจัดลูกน้ำ"
         "ยุงลายในหมู่บ้านและโรงเรียนทุกแห่ง โดยมีอาสาสมัครสาธารณสุขประจำหมู่บ้านร่วมกับ"
         "ครูและนักเรียนออกสำรวจบ้านเรือนทุกหลังคาเรือนเป็นประจำทุกสัปดาห์ ")


def _wrapped(text: str, width: int = WIDTH) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _with_break_at(word: str, cut: int) -> str:
    """PROSE and a sentence ending in `word`, wrapped so that the break falls `cut` letters
    into `word` (cut=0: between the word and the one before it)."""
    before = " ประชุมร่วมกับผู้นำชุมชน"
    pad = " " * ((-cut - len(PROSE) - len(before)) % WIDTH)
    return _wrapped(PROSE + pad + before + word + " 2568 ณ ห้องประชุม")


@pytest.mark.parametrize("word,cut", [
    pytest.param("ตุลาคม", 2, id="month-cut-after-sara-u"),
    pytest.param("กันยายน", 3, id="month-cut-after-mai-han-akat"),
    pytest.param("หน้าที่", 4, id="compound-cut"),
])
def test_break_inside_a_word_is_joined(word, cut):
    text = _with_break_at(word, cut)
    assert word[:cut] + "\n" + word[cut:] in text  # the wrap did cut the word
    assert word in normalize(text).text


def test_break_between_words_stays():
    text = _with_break_at("อาสาสมัคร", 0)
    assert "ชุมชน\nอาสาสมัคร" in text and "ชุมชน\nอาสาสมัคร" in normalize(text).text


def test_break_inside_a_word_without_fixed_width_stays():
    # The same cut word in a text whose lines have no common width: no evidence of wrapping.
    text = "รายงานผลการดำเนินงาน\nประชุมวันที่ 15 ตุ\nลาคม 2568\nณ ห้องประชุมใหญ่ของโรงพยาบาล\nปิดประชุม"
    assert normalize(text).text == text


@pytest.mark.parametrize("lengths,width", [
    pytest.param([62] * 10 + [30, 12, 5], 62, id="wrapped"),
    pytest.param([62, 61, 59, 60, 62, 58, 62, 40, 12], None, id="ragged-prose"),
    pytest.param([20] * 30, None, id="narrow-list"),
    pytest.param([106] * 4 + list(range(50, 100)), None, id="a-few-longest-lines"),
])
def test_wrap_width(lengths, width):
    assert wrap_width("\n".join("ก" * n for n in lengths)) == width


def test_evidence_quotes_the_wrapped_input():
    text = _with_break_at("ตุลาคม", 2)
    report = extract(text)
    assert [d.value for d in report.dates] and all(
        text[d.evidence.start:d.evidence.end] == d.evidence.text for d in report.dates)
    assert any("ตุ\nลาคม" in d.evidence.text for d in report.dates)


def test_crlf_and_zero_width_do_not_count_in_the_width():
    text = _with_break_at("ตุลาคม", 2).replace("\n", "\r\n").replace(" ", " \u200b")
    assert "ตุลาคม" in normalize(text).text
