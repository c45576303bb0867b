"""The match prefilter (src/thaidocx/prefilter.py): which patterns get one, and that a rule
filtered by it finds exactly what its plain finditer finds."""
from __future__ import annotations

import pytest

from thaidocx import prefilter
from thaidocx.normalize import normalize
from thaidocx.ruleset import MATCH_TIMEOUT_S, load_rules


class _Lex:
    def __init__(self, pattern: str) -> None:
        self._pattern = pattern

    def pattern(self) -> str:
        return self._pattern


LEX = {"lex": _Lex("(?:ab|c)")}
MACROS = {"ZERO": "(?<=a)", "OPT": "(?:q)?"}


@pytest.mark.parametrize("pattern, atoms", [
    pytest.param("<<lex>>x", ["(?:ab|c)"], id="lexicon-first"),
    pytest.param("(?<![.])(?P<t><<lex>>(?:a)?)", ["(?:ab|c)"], id="after-lookbehind-in-group"),
    pytest.param("<<ZERO>><<lex>>", ["(?:ab|c)"], id="zero-width-macro-skipped"),
    pytest.param("<<OPT>>z", ["q", "z"], id="optional-macro-adds-next"),
    pytest.param("(?:<<lex>>)?x", ["(?:ab|c)", "x"], id="optional-group"),
    pytest.param("(?:<<lex>>|b)x", ["(?:ab|c)", "b"], id="alternation-in-group"),
    pytest.param("<<lex>>x|y", ["(?:ab|c)", "y"], id="top-alternation"),
    pytest.param("ab?c", ["a"], id="literal-before-quantified-char"),
    pytest.param("abc?", ["ab"], id="literal-run"),
    pytest.param(r"\(<<lex>>", [r"\("], id="escaped-punctuation"),
    pytest.param("(?P<a><<lex>>){0,2}", None, id="all-optional-can-be-empty"),
    pytest.param("(?:x|)", None, id="empty-alternative"),
    pytest.param("(?i)<<lex>>", None, id="inline-flag"),
    pytest.param("[(]<<lex>>", None, id="class-first"),
    pytest.param(r"\sx", None, id="class-escape-first"),
    pytest.param(".x", None, id="dot-first"),
    pytest.param("(?>a)", None, id="atomic-group"),
    pytest.param("<<unknown>>", None, id="unknown-placeholder"),
])
def test_first_atoms(pattern, atoms):
    assert prefilter.first_atoms(pattern, MACROS, LEX) == atoms


@pytest.mark.parametrize("atoms, filtered", [
    pytest.param(["(?:ab|c)", "x"], True, id="with-a-lexicon"),
    pytest.param(["ว"], False, id="literal-only-regex-is-fast-already"),
])
def test_compile_prefilter(atoms, filtered):
    assert (prefilter.compile_prefilter(atoms) is not None) == filtered


@pytest.mark.parametrize("pattern, anchored", [
    pytest.param("(?m)^x", True, id="caret"),
    pytest.param(r"\Ax", True, id="string-start"),
    pytest.param(r"a\Kb", True, id="keep-out"),
    pytest.param("[^x]y", False, id="negated-class"),
])
def test_anchored(pattern, anchored):
    assert prefilter.anchored(pattern) == anchored


def _texts() -> list[str]:
    rules = load_rules()
    out = []
    for rule in rules.rules:
        out += [e.text for e in rule.spec.examples] + list(rule.spec.counter_examples)
    out.append(" ".join(out))  # every example in one text: matches next to each other
    return [normalize(t).text for t in out]


def _tried_at_first(rule_re, first, text: str, timeout: float):
    """The rule's matches when it is tried only where its `first` filter matches (what
    match.py does with a start filter): a scan resumes after a match, or one past a miss."""
    pos, end = 0, len(text)
    while (cand := first.search(text, pos, end)) is not None:
        m = rule_re.match(text, cand.start(), end, timeout=timeout)
        if m is None:
            pos = cand.start() + 1
            continue
        yield m
        pos = m.end()


@pytest.mark.parametrize("rule_id", [r.id for r in load_rules().rules if r.first is not None])
def test_filtered_rule_matches_like_finditer(rule_id):
    rule = load_rules().by_id(rule_id)
    for text in _texts():
        plain = [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)]
        filtered = [(m.span(), m.groupdict())
                    for m in _tried_at_first(rule.regex, rule.first, text, MATCH_TIMEOUT_S)]
        assert filtered == plain, text[:80]
