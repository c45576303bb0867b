"""Hostile input never crashes or hangs the run (no timing asserted: finishing is the test)."""
from __future__ import annotations

import pytest

from thaidocx import LoadError, extract, extract_file
from thaidocx.model import Report

SENTENCE = "โครงการอบรมอสม.จำนวน150คนวันที่4เมษายน2562งบประมาณ20,000บาท"

TEXTS = [
    pytest.param("", id="empty"),
    pytest.param(" \n\t\n", id="whitespace-only"),
    pytest.param("1" * 10_000, id="10k-repeated-digits"),
    pytest.param("1,0" * 5_000, id="separator-soup"),
    pytest.param("12/" * 5_000, id="slash-soup"),
    pytest.param("บาท" * 50_000, id="unit-without-number"),
    pytest.param(SENTENCE * (1_000_000 // len(SENTENCE)), id="1mb-line-without-spaces"),
    pytest.param("นาย" * 20_000, id="title-soup"),
    pytest.param("\x00\x01\x02" * 1000, id="control-characters"),
    pytest.param("\ud800 lone surrogate", id="lone-surrogate"),
    pytest.param("ณ " * 20_000, id="cue-soup"),
    # A dictionary repair shortened a window holding a removed gap, which then pointed past
    # the end of the text: IndexError (found by random damaged texts).
    pytest.param("เพื่ \u200bอ ิ", id="regression-gap-anchor-past-a-shortened-window"),
    # Thousands of equal totals: every total looked back over all earlier ones for its parts,
    # and each amount's request/approval stage was searched from its line's start (quadratic).
    pytest.param("งบประมาณ 1,000 บาท\n" * 20_000, id="regression-thousands-of-equal-totals"),
    # A long line of counts and findings without a sentence break: for every count, the served-
    # after check scanned to the sentence's end and the allocation check searched the line for
    # บาท from its start (quadratic: 20 s for 330k characters).
    pytest.param("ปีที่แล้วตรวจไป 214 คน เจอไข่พยาธิ 31 คน " * 12_000, id="regression-long-line-of-findings"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_hostile_text_gives_a_report(text):
    assert isinstance(extract(text), Report)


def test_empty_input_warns():
    assert [w.code for w in extract("").warnings] == ["empty_input"]


BAD_FILES = [
    pytest.param(b"\x00\x01\x02\x03" * 100, "binary", id="nul-bytes"),
    pytest.param(bytes(range(1, 32)) * 100, "binary", id="control-bytes"),
    pytest.param(b"\xff\xfe\x00\xd8", "utf-16", id="broken-utf16-bom"),
]


@pytest.mark.parametrize("data,message", BAD_FILES)
def test_binary_file_named_txt_is_a_load_error(tmp_path, data, message):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    with pytest.raises(LoadError, match=message):
        extract_file(p)


def test_empty_file_gives_an_empty_report(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    report = extract_file(p)
    assert report.source.chars == 0 and report.dates == []


def test_large_text(tmp_path):
    # A 20 MB archive dump: several thousand real-looking paragraphs.
    para = ("ผลการดำเนินงาน วันที่ 4 เมษายน 2562 มีผู้เข้าร่วม 150 คน งบประมาณ 20,000 บาท "
            "ณ ห้องประชุมโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านใหม่\n")
    text = para * (20_000_000 // len(para.encode("utf-8")) + 1)
    p = tmp_path / "big.txt"
    p.write_text(text, encoding="utf-8")
    report = extract_file(p)
    assert report.source.chars == len(text)
