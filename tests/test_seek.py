"""The faster searches the match plan builds for a rule (matchplan._seek, matchplan.line_seek,
leads.skips_ahead, leads.opens_line): each must find exactly where the rule's own pattern does."""
from __future__ import annotations

import re

import pytest

from thaidocx import leads, matchplan

DIGITS = frozenset("0123456789")

SKIPS_AHEAD = [
    pytest.param(r"abc", True, id="opens-with-a-literal"),
    pytest.param(r"(?:ณ|ที่)x", True, id="alternatives-each-opening-with-a-literal"),
    pytest.param(r"(?:a|b)c", True, id="group-of-literal-alternatives"),
    pytest.param(r"(?:วัน)?[0-9]", False, id="optional-group-first-gives-no-first-character"),
    pytest.param(r"(?:วันที่)?[ ]?[0-9]{1,2}", False, id="optional-group-then-optional-space"),
    pytest.param(r".x", False, id="any-character-first"),
]


@pytest.mark.parametrize("pattern, expected", SKIPS_AHEAD)
def test_skips_ahead(pattern, expected):
    assert leads.skips_ahead(re.compile(pattern)) is expected


OPENS_LINE = [
    pytest.param(r"^ab", re.M, True, id="caret-then-text"),
    pytest.param(r"^ab", 0, True, id="caret-without-multiline-still-opens"),
    pytest.param(r"^(?:x)?", re.M, False, id="may-match-empty"),
    pytest.param(r"ab", re.M, False, id="no-caret"),
]


@pytest.mark.parametrize("pattern, flags, expected", OPENS_LINE)
def test_opens_line(pattern, flags, expected):
    assert leads.opens_line(re.compile(pattern, flags)) is expected


TEXT = "ประชุมวันที่ 4 เมษายน\nวันที่12 พ.ค. และ 30 มิ.ย.\n1. วัตถุประสงค์\nวัตถุประสงค์ เพื่อ…\n  วัตถุประสงค์"

SEEK = [
    # the keys are every way a match may begin (the plan reads them from the pattern): here a space too
    pytest.param(r"(?:วันที่)?[ ]?[0-9]{1,2}", DIGITS | {"วันที่", " "}, id="optional-day-word-before-digits"),
    pytest.param(r"(?:วัน)?[0-9]", DIGITS | {"วัน"}, id="optional-short-word-before-a-digit"),
]


@pytest.mark.parametrize("pattern, keys", SEEK)
def test_seek_finds_the_same_starts(pattern, keys):
    first = re.compile(pattern)
    seek = matchplan._seek(first, frozenset(keys))
    assert seek is not None
    starts = [p for p in range(len(TEXT)) if first.match(TEXT, p)]
    assert [m.start() for m in seek.finditer(TEXT)] == starts


@pytest.mark.parametrize("pattern, keys", [
    pytest.param(r"abc", frozenset({"abc"}), id="re-skips-ahead-already"),
    pytest.param(r"(?:วัน)?[0-9]", None, id="no-lead-keys"),
    pytest.param(r"(?:x)?.", frozenset(chr(0x0E01 + i) for i in range(45)), id="too-many-first-characters"),
])
def test_seek_not_built(pattern, keys):
    assert matchplan._seek(re.compile(pattern), keys) is None


def test_line_seek_finds_the_lines_the_pattern_opens():
    pattern = re.compile(r"^วัตถุประสงค์", re.M)
    seek = matchplan.line_seek(pattern)
    assert seek is not None
    # the pattern at a text's very start has no newline before it: the plan tries position 0 itself
    starts = [p for p in range(1, len(TEXT)) if pattern.match(TEXT, p)]
    assert [m.end() for m in seek.finditer(TEXT)] == starts


@pytest.mark.parametrize("pattern, flags", [
    pytest.param(r"^วัตถุประสงค์", 0, id="not-multiline"),
    pytest.param(r"วัตถุประสงค์", re.M, id="no-caret"),
])
def test_line_seek_not_built(pattern, flags):
    assert matchplan.line_seek(re.compile(pattern, flags)) is None
