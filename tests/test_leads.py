"""Lead keys (leads.py): strings one of which begins every match, read off a pattern only
where that is certain; and the one-pass scan that reports where each key set's keys begin."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from thaidocx import load_rules
from thaidocx.leads import LeadScan, after_none_of, lead_keys, not_after, worth_it
from thaidocx.normalize import normalize

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "docs"

KEYS = [
    # (pattern, flags, keys or None)
    pytest.param("นาย|นาง", 0, {"นาย", "นาง"}, id="literal-alternatives"),
    pytest.param("นา(?:ย|ง)สาวมาก", 0, {"นายสาว", "นางสาว"}, id="cut-at-six-characters"),
    pytest.param("ab|abc", 0, {"ab"}, id="a-key-holding-another-drops"),
    pytest.param("[ab]c", 0, {"ac", "bc"}, id="small-class"),
    pytest.param("x?y", 0, {"xy", "y"}, id="optional-item-both-ways"),
    pytest.param("(?:ab)+c", 0, {"abc", "ababc", "ababab"}, id="repeat-unrolled-to-six"),
    pytest.param("a{2}b", 0, {"aab"}, id="counted-repeat-unrolled"),
    pytest.param(" *-", 0, {" " * k + "-" for k in range(6)} | {" " * 6}, id="spaces-before-a-dash"),
    pytest.param("(?:a?)*b", 0, None, id="repeat-of-maybe-nothing-unbounded"),
    pytest.param(r"(?<![0-9])[0-9]", 0, set("0123456789"), id="lookbehind-skipped"),
    pytest.param(r"(?=ก)ก\s", 0, {"ก" + c for c in " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0"
                                    "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                                    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"},
                 id="space-escape-every-space"),
    pytest.param("(?m)^ab", 0, {"ab"}, id="line-start-skipped"),
    pytest.param("-(?=[12]|x)", 0, {"-1", "-2", "-x"}, id="final-lookahead-extends-the-keys"),
    pytest.param("(?=[12])[0-9]a", 0, {f"{d}a" for d in range(10)}, id="leading-lookahead-skipped"),
    pytest.param("-(?![12])", 0, {"-"}, id="final-negative-lookahead-skipped"),
    pytest.param(".ab", 0, None, id="any-character-first-unbounded"),
    pytest.param("นาย.", 0, {"นาย"}, id="the-key-so-far-before-any-character"),
    pytest.param("ก[^a]", 0, {"ก"}, id="the-key-so-far-before-a-negated-class"),
    pytest.param("[^a]b", 0, None, id="negated-class-unbounded"),
    pytest.param("[ก-๙]", 0, None, id="large-class-unbounded"),
    pytest.param(r"\wx", 0, None, id="word-class-unbounded"),
    pytest.param("a*b", 0, {"a" * k + "b" for k in range(6)} | {"a" * 6}, id="star-unrolled"),
    pytest.param("a?", 0, None, id="may-match-empty"),
    pytest.param("(?:)b|c", 0, {"b", "c"}, id="empty-group"),
    pytest.param("ab1", re.IGNORECASE, {"ab1", "Ab1", "aB1", "AB1"}, id="case-blind-flag"),
    pytest.param("(?i)k", 0, {"k", "K", "\u212a"}, id="case-blind-inline-kelvin-sign"),
    pytest.param("(?i)[s-t]", 0, {"s", "S", "ſ", "t", "T"}, id="case-blind-set"),
    pytest.param("(?i)é", 0, None, id="case-blind-beyond-ascii-and-thai"),
    pytest.param("ก", 0x4000 | re.IGNORECASE, None, id="full-case-folding"),
    pytest.param("x(?i:b)", 0, {"x"}, id="the-key-so-far-before-a-case-blind-group"),
    pytest.param("(?i:b)x", 0, None, id="case-blind-group-first"),
    pytest.param(r"(a)\1", 0, {"a"}, id="backreference-after-the-key"),
    pytest.param(r"(a)?\1b", 0, None, id="backreference-unbounded"),
    pytest.param("(", 0, None, id="invalid-pattern"),
]


@pytest.mark.parametrize("pattern, flags, expected", KEYS)
def test_lead_keys(pattern, flags, expected):
    got = lead_keys(pattern, flags)
    assert (None if got is None else set(got)) == expected


def test_shorter_keys_when_six_characters_give_too_many():
    keys = lead_keys("[0-9a-e]" * 4 + "x")
    assert keys is not None and len(keys) == 15 ** 3 and {len(k) for k in keys} == {3}


def test_no_keys_when_even_three_characters_give_too_many():
    assert lead_keys("[0-9a-f]" * 4 + "x") is None


WORTH = [
    pytest.param({"นาย", "นาง"}, True, id="one-first-character"),
    pytest.param({"   ", " -"}, False, id="one-first-character-spaces-only"),
    pytest.param({"   ", "-1", "จน"}, True, id="spaces-only-beside-other-first-characters"),
    pytest.param({"นาย", "ผู้"}, True, id="several-first-characters"),
    pytest.param({"ab", "1 "}, False, id="digits-and-spaces-only"),
    pytest.param({"ab", "1/2", "12/"}, True, id="digits-with-what-follows"),
]


@pytest.mark.parametrize("keys, expected", WORTH)
def test_worth_it(keys, expected):
    assert worth_it(frozenset(keys)) is expected


def test_scan_reports_every_key_start_per_set_sorted():
    scan = LeadScan([frozenset({"ab", "xbcd"}), frozenset({"b"})])
    assert scan.scan("xbcdab b") == [[0, 4], [1, 5, 7]]


def test_scan_with_no_sets():
    assert LeadScan([]).scan("abc") == []



def test_every_first_and_anchor_match_begins_at_a_lead_key():
    """Over the rule examples and the corpus: wherever a rule's `first` pattern (else its own
    pattern) or its anchor matches, their lead keys begin there (what lets match.py try them
    only at those places)."""
    rules = load_rules()
    texts = [e.text for r in rules.rules for e in r.spec.examples]
    texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts = [normalize(t).text for t in texts]
    checked = 0
    for rule in rules.rules:
        for pattern in filter(None, (rule.first or rule.regex, rule.anchor)):
            keys = lead_keys(pattern.pattern, pattern.flags)
            if not keys:
                continue
            checked += 1
            scan = LeadScan([keys])
            for text in texts:
                starts = set(scan.scan(text)[0])
                for at in range(len(text)):
                    if pattern.match(text, at):
                        assert at in starts, (rule.id, pattern.pattern[:40], text[at:at + 20])
    assert checked >= 40


NOT_AFTER = [
    # (pattern, characters no match can follow)
    pytest.param(r"(?<![ \t\n])-", "\t\n ", id="a-set"),
    pytest.param(r"(?<!x)(?=a)(?<![0-2])a", "012x", id="several-zero-width-items"),
    pytest.param(r"(?<![\u0E01-\u0E03])ณ", "กขฃ", id="a-range"),
    pytest.param(r"a(?<!x)", None, id="not-first"),
    pytest.param(r"(?<!xy)a", None, id="two-characters"),
    pytest.param(r"(?<![^a])b", None, id="negated-set"),
    pytest.param(r"(?<!\s)b", None, id="category"),
    pytest.param(r"(?<=x)a", None, id="positive-lookbehind"),
    pytest.param(r"(?<!x)a|b", None, id="one-alternative-only"),
    pytest.param(r"(?i)(?<!x)a", None, id="case-blind"),
]


@pytest.mark.parametrize("pattern, expected", NOT_AFTER)
def test_not_after(pattern, expected):
    assert not_after(pattern) == expected


def test_after_none_of():
    assert after_none_of(" a-b -", [0, 2, 5], " ") == [0, 2]


def test_case_blind_keys_hold_every_form_regex_matches():
    """What lead keys read case-blind (ASCII, Thai, spaces): every character `regex` matches
    case-blind with one of them, over all code points."""
    import regex

    from thaidocx.leads import _cases

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    chars = [chr(c) for c in range(128)] + [chr(c) for c in range(0xE00, 0xE80)]
    chars += [c for c in every if c.isspace() and not c.isascii()]
    for c in chars:
        forms = set(regex.findall("(?i)" + regex.escape(c), every))
        assert forms <= set(_cases(c)), c


def _reference_keys(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """lead_keys as first written: every path through the pattern followed one by one (tens
    of thousands of calls for the date rules); the memoized analysis must give the same."""
    from re import _constants as C
    from re import _parser as P

    from thaidocx import leads

    if flags & leads._FULL_CASE:
        return None
    flags &= leads._PARSE_FLAGS
    try:
        tree = P.parse(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    blind = bool(tree.state.flags & re.IGNORECASE)

    def add(key, out):
        out.add(key)
        if len(out) > leads.MAX_KEYS:
            raise leads._TooMany

    def keys(items, prefix, out, size):
        if len(prefix) >= size or not items:
            add(prefix, out)
            return
        try:
            step(items, prefix, out, size)
        except leads._Unbounded:
            if not prefix:
                raise
            add(prefix, out)

    def step(items, prefix, out, size):
        (op, av), rest = items[0], items[1:]
        if op is C.LITERAL:
            for c in leads._cases(chr(av)) if blind else [chr(av)]:
                keys(rest, prefix + c, out, size)
        elif op is C.IN or op is C.CATEGORY:
            for c in leads._class(av if op is C.IN else [(op, av)], blind):
                keys(rest, prefix + c, out, size)
        elif op is C.ASSERT and av[0] == 1 and not rest:
            keys(list(av[1].data), prefix, out, size)
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            keys(rest, prefix, out, size)
        elif op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE and not blind:
                raise leads._Unbounded
            keys(list(av[-1].data) + rest, prefix, out, size)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            keys(list(av.data) + rest, prefix, out, size)
        elif op is C.BRANCH:
            for alt in av[1]:
                keys(list(alt.data) + rest, prefix, out, size)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, body = av
            if lo == 0:
                keys(rest, prefix, out, size)
            if hi == 0:
                return
            if body.getwidth()[0] == 0:
                keys(list(body.data), prefix, out, size)
                return
            again = [] if hi == 1 else [(op, (max(lo - 1, 0), hi if hi == C.MAXREPEAT else hi - 1,
                                              body))]
            keys(list(body.data) + again + rest, prefix, out, size)
        else:
            raise leads._Unbounded

    for size in leads.LENGTHS:
        found: set[str] = set()
        try:
            keys(list(tree.data), "", found, size)
        except leads._TooMany:
            continue
        except (leads._Unbounded, RecursionError):
            return None
        if "" in found:
            return None
        return frozenset(k for k in found if not any(k[:i] in found for i in range(1, len(k))))
    return None


def test_memoized_keys_are_the_keys_of_every_path():
    """The analysis works each point of a pattern out once; over the test table and every
    pattern of the built-in rules (their own, start filter, anchor) it reads the same keys as
    following every path does, so the match plan is the same."""
    patterns = {(p.values[0], p.values[1]) for p in KEYS}
    patterns |= {("[0-9a-e]" * 4 + "x", 0), ("[0-9a-f]" * 4 + "x", 0)}
    for rule in load_rules().rules:
        for pattern in filter(None, (rule.regex, rule.first, rule.anchor)):
            patterns.add((pattern.pattern, pattern.flags))
    assert len(patterns) > 150
    for pattern, flags in patterns:
        assert lead_keys(pattern, flags) == _reference_keys(pattern, flags), pattern[:60]


SURE = [
    # (pattern, does it match wherever one of its lead keys begins)
    pytest.param("นาย|นาง(?:สาว)?", True, id="terms"),
    pytest.param("[ab]c|d", True, id="a-class"),
    pytest.param("ab(?=c)", False, id="a-lookahead"),
    pytest.param("(?<!x)ab", False, id="a-lookbehind"),
    pytest.param("ab$", False, id="an-anchor"),
    pytest.param("abcdefgh", False, id="keys-cut-short"),
    pytest.param("a[^x]", False, id="key-before-what-cannot-be-spelt"),
    pytest.param("a\nb", False, id="a-line-break"),
    pytest.param("a++b|a", False, id="possessive"),
]


@pytest.mark.parametrize("pattern, expected", SURE)
def test_sure(pattern, expected):
    from thaidocx.leads import sure

    compiled = re.compile(pattern)
    keys = lead_keys(pattern)
    assert keys and sure(compiled, keys) is expected
