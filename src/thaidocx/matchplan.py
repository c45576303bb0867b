"""How match.py runs a RuleSet, worked out once per RuleSet: for each rule, the windows it runs
in (its anchor, see match.windows) and the lead keys that tell where it may begin (leads.py),
all scanned for in one Aho-Corasick pass per document."""
from __future__ import annotations

import re
from typing import NamedTuple

import regex

from . import leads, literal_re, prefilter
from .ruleset import Rule, RuleSet

WindowKey = tuple[str, int, int]  # (anchor pattern, flags, reach): rules sharing it share windows


class Step(NamedTuple):
    rule: Rule
    field: str
    window: WindowKey | None  # None: the whole text
    lead: int | None  # the key set in Plan.scan of its `first` pattern (else its own); None: scan
    fast: re.Pattern | None  # the pattern under stdlib `re` (literal_re.stdlib_twin), for untimed runs
    not_after: str | None  # with `lead`: no match begins right after these (leads.not_after)
    check: bool  # with `lead`: try the rule's `first` at each lead place (False: leads.sure)
    seek: re.Pattern | None  # without `lead`: searches where `first` matches (see _seek)


class Anchor(NamedTuple):
    pattern: object  # re.Pattern | regex.Pattern
    reach: int
    lead: int | None  # the anchor's key set in Plan.scan; None: the anchor scans the text
    lines: re.Pattern | None = None  # without `lead`: where a line it may begin starts (line_seek)


class Plan(NamedTuple):
    scan: leads.LeadScan
    steps: tuple[Step, ...]
    anchors: dict[WindowKey, Anchor]


def build(rules: RuleSet) -> Plan:
    sets: dict[frozenset[str], int] = {}
    read: dict[tuple[str, int], frozenset[str] | None] = {}  # rules share starts and anchors

    def keys_of(pattern) -> frozenset[str] | None:
        at = (pattern.pattern, pattern.flags)
        return read[at] if at in read else read.setdefault(at, leads.lead_keys(*at))

    def key_set(pattern) -> int | None:
        if pattern is None:
            return None
        keys = keys_of(pattern)
        return sets.setdefault(keys, len(sets)) if keys and leads.worth_it(keys) else None

    steps: list[Step] = []
    anchors: dict[WindowKey, Anchor] = {}
    shared: dict[tuple[str, int], object] = {}  # one pattern object per anchor: see match_rules
    for rule in rules.rules:
        window = None
        if rule.anchor is not None:
            window = (rule.anchor.pattern, rule.anchor.flags, rule.spec.reach)
            if window not in anchors:
                anchors[window] = _anchor(rule.anchor, rule.spec.reach, key_set(rule.anchor),
                                          shared)
        # A rule without a `first` pattern is tried where its own pattern's keys begin.
        lead = key_set(rule.first if rule.first is not None else _plain(rule.regex))
        # `re` tries a place for half what `regex` costs, but scans a whole text slower for
        # some patterns (no fast search for an inner literal): the twin only where tried.
        fast = None if lead is None and rule.first is None else \
            literal_re.stdlib_twin(rule.regex.pattern, rule.regex.flags)
        plain = _plain(rule.regex)
        skip = None if lead is None or plain is None else leads.not_after(plain.pattern, plain.flags)
        check = lead is None or rule.first is None or not leads.sure(rule.first,
                                                                      keys_of(rule.first))
        seek = None if lead is not None or rule.first is None else \
            _seek(rule.first, keys_of(rule.first))
        steps.append(Step(rule, rule.spec.field, window, lead, fast, skip, check, seek))
    return Plan(leads.LeadScan(list(sets)), tuple(steps), anchors)


def _anchor(pattern, reach: int, lead: int | None, shared: dict[tuple[str, int], object]) -> Anchor:
    """Tried only at its lead places, an anchor needs no fast scan: a `regex` one becomes its
    stdlib twin (cheaper per try) where there is one."""
    key = (pattern.pattern, pattern.flags)
    if key not in shared:
        twin = None if lead is None or not isinstance(pattern, regex.Pattern) else \
            literal_re.stdlib_twin(pattern.pattern, pattern.flags)
        shared[key] = pattern if twin is None else twin
    return Anchor(shared[key], reach, lead, None if lead is not None else line_seek(pattern))


def line_seek(pattern) -> re.Pattern | None:
    """For a stdlib pattern opening with "^" in MULTILINE mode, which no empty match has: the
    newlines before the lines where it matches ("\n(?=<pattern>)"), found by `re`'s fast scan
    for a literal; the pattern itself tries every position of a text (~7 ns each) only to
    fail at "^" on nearly all. None for any other pattern."""
    if not isinstance(pattern, re.Pattern) or not pattern.flags & re.MULTILINE \
            or not leads.opens_line(pattern):
        return None
    body = _GLOBAL_FLAGS.sub("", pattern.pattern, count=1)  # (kept in pattern.flags)
    try:
        return re.compile(r"\n(?=" + body + ")", pattern.flags)
    except (re.error, RecursionError):
        return None


_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")


def _seek(first: re.Pattern, keys: frozenset[str] | None) -> re.Pattern | None:
    """`first`, searched for faster: where `re` can skip to the characters its matches begin
    with. A start pattern opening with an optional group ("(?:วัน…)?[0-9]…") gives `re`'s
    search no first character to skip to, so it tries the whole pattern at every position
    (~20 ns each); "[ว0-9](?<=(?=first)[ว0-9])" matches at the same places (one character
    long: only its start is read), found by `re`'s fast scan for a set of characters. None
    when the first characters are not known (no lead keys) or are too many to pay, or when
    `re` skips ahead already (then the lookarounds only cost)."""
    if not keys or len(chars := sorted({k[0] for k in keys})) > leads.MAX_CLASS \
            or leads.skips_ahead(first):
        return None
    first_char = "[" + "".join(map(re.escape, chars)) + "]"
    try:
        return re.compile(f"{first_char}(?<=(?={first.pattern}){first_char})", first.flags)
    except (re.error, RecursionError):
        return None


def _plain(pattern: regex.Pattern) -> regex.Pattern | None:
    """The pattern, when `re`'s parser reads its lead as the `regex` module does and a match
    tried at a place is what a scan finds there: not for searches backwards, the V1 syntax,
    POSIX classes, or a start depending on where a search begins (prefilter.anchored)."""
    if pattern.flags & (regex.REVERSE | regex.VERSION1) or _POSIX.search(pattern.pattern):
        return None
    return None if prefilter.anchored(pattern.pattern) else pattern


# A POSIX class ("[[:alpha:]]", "[[:^digit:]]") is always written so; a set opening with a
# colon ("[:：]") is none, and `re` reads it as `regex` does.
_POSIX = re.compile(r"\[:\^?[A-Za-z_]+:\]")
