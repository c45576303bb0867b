"""literal_regex: the stdlib `re` only where it matches exactly as the `regex` module does."""
from __future__ import annotations

import re

import pytest
import regex

from thaidocx.literal_re import literal_regex
from thaidocx.ruleset import load_rules

P = pytest.param
# Spaces of every kind, including \x1c-\x1f (a space to `re`, not to `regex`), Thai, digits,
# and the punctuation the patterns below use.
TEXTS = [
    "งบประมาณ 20,000 บาท", "ม.ค. 62  มค\t62", "a\x1cb\x1dc \x1e\x1f", "\xa0\u3000\u2005\u200b\x85",
    "x - y [z] (w) “q” ‘r’", "ต่อหัว 1,500 บาท/คน\n", "จังหวัด\x1cมี 5 คน", "", "\n\n \t",
]


@pytest.mark.parametrize("pattern", [
    P(r"(?:งบ(?:ประมาณ)?|เป็นเงิน)", id="lexicon-alternation"),
    P(r"(?:ม\.?\s?ค\.?)", id="compact-key-space"),
    P(r"[\s:;,|()\[\]\"“”'‘’]+", id="space-in-set"),
    P(r"[^\s0-9]{0,3}", id="space-in-negated-set"),
    P(r"\s*([0-9]+)\s*", id="space-outside-sets"),
    P(r"(?m)^[ \t\-•*|0-9.)]*x|[:|]", id="anchors-and-plain-sets"),
    P(r"(?:ได้แก่|[:.])\s*$", id="space-before-end"),
])
def test_stdlib_where_it_matches_the_same(pattern):
    fast, ref = literal_regex(pattern), regex.compile(pattern)
    assert isinstance(fast, re.Pattern)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in ref.finditer(text)]
        assert fast.split(text) == ref.split(text)


@pytest.mark.parametrize("pattern", [
    P(r"\p{L}+", id="property"),
    P(r"\bx", id="word-boundary"),
    P(r"\d", id="digit-class"),
    P(r"a{e<=1}", id="fuzzy"),
    P(r"[[:alpha:]]", id="posix-set"),
    P(r"[\s-x]", id="space-next-to-hyphen-in-set"),
    P(r"a\\s", id="escaped-backslash"),
])
def test_regex_kept_for_anything_else(pattern):
    assert isinstance(literal_regex(pattern), regex.Pattern)


def test_cue_lexicons_all_go_to_the_stdlib():
    from thaidocx.parse.money_cues import cues_for
    from thaidocx.parse.participant_cues import Patterns
    rules = load_rules()
    cues, pats = cues_for(rules), rules.derived(Patterns.from_rules)
    for p in (cues.role, cues.not_budget, cues.source_start, cues.source_label, pats.cue_re,
              pats.background_re, pats.frame_re):
        assert isinstance(p, re.Pattern)
