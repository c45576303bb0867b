"""The speed promises rules make (`start`, `anchor` + `reach`, see DEVELOPERS.md) hold, and a
rule run with them finds exactly what its plain `finditer` finds over the whole text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from thaidocx import load_rules
from thaidocx.leads import LeadScan, lead_keys
from thaidocx.match import match_rules, windows
from thaidocx.normalize import normalize

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "docs"


def _texts() -> list[str]:
    rules = load_rules()
    examples = []
    for rule in rules.rules:
        examples += [e.text for e in rule.spec.examples] + list(rule.spec.counter_examples)
    docs = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    # The examples one per line and all on one line; every corpus document, also flattened.
    out = examples + ["\n".join(examples), " ".join(examples)]
    out += docs + [d.replace("\n", " ") for d in docs]
    return [normalize(t).text for t in out]


TEXTS = _texts()
RULES = load_rules()


@pytest.mark.parametrize("rule_id", [r.id for r in RULES.rules if r.spec.start is not None])
def test_every_match_begins_where_start_matches(rule_id):
    rule = RULES.by_id(rule_id)
    for text in TEXTS:
        for m in rule.regex.finditer(text):
            assert rule.first.match(text, m.start()), (rule_id, m.group())


@pytest.mark.parametrize("rule_id", [r.id for r in RULES.rules if r.anchor is not None])
def test_every_match_lies_in_the_anchor_windows(rule_id):
    rule = RULES.by_id(rule_id)
    for text in TEXTS:
        parts = windows(text, rule.anchor, rule.spec.reach)
        for m in rule.regex.finditer(text):
            assert any(a <= m.start() and m.end() <= b for a, b in parts), (rule_id, m.group())


def test_match_rules_finds_what_plain_finditer_finds():
    for text in TEXTS:
        got = {(m.rule, m.start, m.end, tuple(m.groups.items())) for m in match_rules(
            normalize(text), RULES).matches}
        plain = {(r.id, *m.span(), tuple(m.groupdict().items()))
                 for r in RULES.rules for m in r.regex.finditer(text) if m.end() > m.start()}
        assert got == plain, text[:80]


WINDOWS = [
    # (text, anchor, reach, windows): each line with its "\n"; merged when they touch.
    pytest.param("aa\nxb\ncc", "b", 0, [(3, 6)], id="the-anchor-line-only"),
    pytest.param("aa\nxb\ncc", "b", 1, [(0, 8)], id="reach-one-line-each-side"),
    pytest.param("ab\nb\ncc", "b", 0, [(0, 5)], id="adjacent-lines-merge"),
    pytest.param("b\naa\nb", "b", 0, [(0, 2), (5, 6)], id="apart-lines-stay-apart"),
    pytest.param("aa\nb", "b", 0, [(3, 4)], id="last-line-without-newline"),
    pytest.param("xa\nb\ncc", "a\nb", 0, [(0, 5)], id="anchor-across-a-line-break"),
    pytest.param("aa\ncc", "b", 0, [], id="no-anchor-no-window"),
    pytest.param("b", "b", 3, [(0, 1)], id="reach-beyond-the-text"),
    pytest.param("bb\nb\nxx\nx\nb", "b", 0, [(0, 5), (10, 11)], id="hits-on-one-line-one-window"),
    pytest.param("xa\nb\nc\nab", "a\nb|b", 0, [(0, 5), (7, 9)], id="a-hit-inside-an-earlier-hits-lines"),
    pytest.param("a\nb\nc\nd\ne\nb", "b", 2, [(0, 11)], id="reach-two-merges-over-the-gap"),
]


@pytest.mark.parametrize("text, anchor, reach, expected", WINDOWS)
def test_windows(text, anchor, reach, expected):
    assert windows(text, re.compile(anchor), reach) == expected


def test_a_user_macro_drops_the_builtin_promises_that_use_it(tmp_path):
    # The day may now end in "st": date.day_month's start (written for digits then spaces)
    # would miss "5st มีนาคม", so the rule must run everywhere again.
    (tmp_path / "days.toml").write_text(
        "[macros]\nDATE_DAY = '(?:3[01]|[12][0-9]|0?[1-9])(?:st)?(?![0-9])'\n", encoding="utf-8")
    rules = load_rules([tmp_path])
    assert rules.by_id("date.day_month").first is None
    assert rules.by_id("money.digits").first is not None  # does not use DATE_DAY
    text = normalize("ประชุมวันที่ 5st มีนาคม").text
    found = [m.text for m in match_rules(normalize(text), rules, ["dates"]).matches
             if m.rule == "date.day_month"]
    assert found == ["วันที่ 5st มีนาคม"]


def test_a_user_rule_keeps_its_own_promises(tmp_path):
    (tmp_path / "beds.toml").write_text(
        "[[rules]]\nid = 'user.beds'\nfield = 'participants'\n"
        "pattern = '(?P<num>[0-9]+) เตียง'\nstart = '[0-9]'\nanchor = 'เตียง'\n", encoding="utf-8")
    rule = load_rules([tmp_path]).by_id("user.beds")
    assert rule.first is not None and rule.anchor is not None


@pytest.mark.parametrize("text, anchor, reach, expected", WINDOWS)
def test_windows_from_lead_places(text, anchor, reach, expected):
    """Given every place the anchor may begin (its lead keys), the same windows."""
    keys = lead_keys(anchor)
    starts = LeadScan([keys]).scan(text)[0] if keys else list(range(len(text)))
    assert windows(text, re.compile(anchor), reach, starts) == expected
