"""Normalization and its offset map: every normalized span maps back to the original exactly."""
from __future__ import annotations

import pytest

from field_rows import assert_spans_map_back
from thaidocx.normalize import normalize

CASES = [
    pytest.param("๔ เมษายน ๒๕๖๒", "4 เมษายน 2562", id="thai-digits"),
    pytest.param("ดำเนินการ", "ดำเนินการ", id="sara-am-untouched"),
    pytest.param("ดําเนินการ", "ดำเนินการ", id="nikhahit-plus-sara-aa"),
    pytest.param("ดํ าเนินการ", "ดำเนินการ", id="nikhahit-space-sara-aa"),
    # sara am typed in reverse order (sara aa, then nikhahit): an old typing habit
    pytest.param("ดาํเนินการ", "ดำเนินการ", id="sara-aa-plus-nikhahit"),
    pytest.param("ประจ าํปี", "ประจำปี", id="space-sara-aa-plus-nikhahit"),
    pytest.param("น้าํ", "น้ำ", id="tone-sara-aa-plus-nikhahit"),
    pytest.param("นานา ตาม", "นานา ตาม", id="sara-aa-without-nikhahit-stays"),
    pytest.param("ก\u200bข\u200cค\ufeffง", "กขคง", id="zero-width-removed"),
    pytest.param("a\r\nb\rc", "a\nb\nc", id="crlf-and-cr"),
    pytest.param("20,000\u00a0บาท", "20,000 บาท", id="nbsp"),
    pytest.param("30 ก.ย. \u2013 2 ต.ค. 62", "30 ก.ย. - 2 ต.ค. 62", id="en-dash"),
    pytest.param("e\u0301", "\u00e9", id="nfc-compose"),
    pytest.param("", "", id="empty"),
    pytest.param("จำนวน ..๒๑.. คน", "จำนวน   21   คน", id="dot-leaders-of-a-form-blank"),
    pytest.param("ลงชื่อ ...... ผู้รายงาน", "ลงชื่อ        ผู้รายงาน", id="dot-leaders-of-a-signature"),
    pytest.param("ฯลฯ … และอื่นๆ", "ฯลฯ   และอื่นๆ", id="ellipsis"),
    pytest.param("1.5 ม.ค. 2.12.2019", "1.5 ม.ค. 2.12.2019", id="single-dots-stay"),
    # NFC turns an en quad before a mark into an en space, which must still become ' '.
    pytest.param("a\u2000\u0301b", "a \u0301b", id="nfc-brings-in-a-space"),
    pytest.param("..\u2026.", "   .", id="leaders-and-ellipsis-touching"),
]


@pytest.mark.parametrize("original,expected", CASES)
def test_normalized_text(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize("original,expected", CASES)
def test_every_span_maps_back_inside_the_original(original, expected):
    assert_spans_map_back(original)


MAPPINGS = [
    # (original, normalized substring, expected original substring)
    pytest.param("ที่ ต\u200bาบล ๔ เม.ย. ๖๒", "4 เม.ย. 62", "๔ เม.ย. ๖๒", id="after-zero-width"),
    pytest.param("นํามา 20,000 บาท", "20,000 บาท", "20,000 บาท", id="after-nikhahit"),
    pytest.param("นํามา 20,000 บาท", "นำ", "นํา", id="nikhahit-itself"),
    pytest.param("ก\r\n\r\n5 คน", "5 คน", "5 คน", id="after-crlf"),
    pytest.param("e\u0301 5 คน", "5 คน", "5 คน", id="after-nfc"),
]


@pytest.mark.parametrize("original,norm_sub,orig_sub", MAPPINGS)
def test_span_maps_to_the_original_characters(original, norm_sub, orig_sub):
    norm = normalize(original)
    i = norm.text.index(norm_sub)
    text, s, e = norm.original_span(i, i + len(norm_sub))
    assert text == orig_sub == original[s:e]


FORM_BLANKS = [
    # A form filled in between dot leaders reads as the same text written plainly.
    pytest.param("ผู้เข้าร่วม ..๒๑.. คน", "participants", [21], id="count-between-leaders"),
    pytest.param("ประชุมวันที่ ..๕.. ต.ค. ๖๗", "dates", ["2024-10-05"], id="day-between-leaders"),
    pytest.param("งบประมาณ ....5,000.... บาท", "budgets", [5000], id="amount-between-leaders"),
]


@pytest.mark.parametrize("text, field, expected", FORM_BLANKS)
def test_form_blanks_read_as_plain_text(text, field, expected):
    from thaidocx import extract

    items = getattr(extract(text), field)
    got = [getattr(i, {"participants": "count", "dates": "value", "budgets": "amount"}[field])
           for i in items]
    assert got == expected
