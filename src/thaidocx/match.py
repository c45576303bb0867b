"""Stage 4: run the rules over the normalized text and collect their matches."""
from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import repeat
from operator import itemgetter
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping, NamedTuple

import regex

from . import leads, matchplan
from .normalize import NormText
from .ruleset import MATCH_TIMEOUT_S, Rule, RuleSet, _is_builtin

# The `regex` time limit is not free: each call and each match given `timeout=` reads the
# clock, ~1 µs here: about a fifth of all matching time on ordinary documents. It is a safety
# net against runaway backtracking, which the built-in rules avoid by construction (no nested
# unbounded quantifiers) and which, for such patterns, only long texts could make slow (the
# hostile inputs of tests/test_hostile.py cut to 20,000 characters match in < 0.1 s untimed).
# So it is skipped only when both hold: every rule file is built-in (a user folder may add
# macros that built-in rules expand, or rules of its own) and the text is short.
UNTIMED_MAX_CHARS = 20_000


class Spans(Mapping[str, tuple[int, int]]):
    """The spans of a match's named groups that took part, read from the regex match when
    asked: most matches never are, and a dict of them costs a µs per match to build."""

    __slots__ = ("_m", "_groups")

    def __init__(self, m: regex.Match, groups: Mapping[str, str | None]):
        self._m, self._groups = m, groups

    def __getitem__(self, name: str) -> tuple[int, int]:
        if self._groups.get(name) is None:
            raise KeyError(name)
        return self._m.span(name)

    def __iter__(self) -> Iterator[str]:
        return (n for n, v in self._groups.items() if v is not None)

    def __len__(self) -> int:
        return sum(v is not None for v in self._groups.values())

    def __repr__(self) -> str:
        return repr(dict(self))


_NONE: Mapping[str, Any] = MappingProxyType({})


class Match(NamedTuple):
    """One rule's hit: a span of the normalized text and the pattern's named groups.

    A named tuple, not a dataclass: thousands are made per document, and a frozen dataclass
    costs several times more to build. Compare matches by their fields, never as tuples."""

    rule: str
    field: str
    start: int
    end: int
    text: str
    priority: int
    groups: Mapping[str, str | None] = MappingProxyType({})
    spans: Mapping[str, tuple[int, int]] = MappingProxyType({})
    attrs: Mapping[str, Any] = MappingProxyType({})


def _order(m: Match) -> tuple[int, int, int]:
    return (m.start, -m.priority, -(m.end - m.start))


@dataclass(frozen=True)
class MatchResult:
    by_field: Mapping[str, tuple[Match, ...]]  # each field's matches, in text order
    timeouts: tuple[str, ...] = ()  # ids of rules that hit the safety time limit

    def for_field(self, name: str) -> tuple[Match, ...]:
        return self.by_field.get(name, ())

    @cached_property
    def matches(self) -> tuple[Match, ...]:
        """Every match in text order (by start; then higher priority, then longer first)."""
        return tuple(sorted((m for ms in self.by_field.values() for m in ms), key=_order))


def _timeout(rules: RuleSet, text: str) -> float | None:
    """The time limit for each rule on `text`, or None for none (see UNTIMED_MAX_CHARS)."""
    if len(text) <= UNTIMED_MAX_CHARS and all(map(_is_builtin, rules.origins)):
        return None
    return MATCH_TIMEOUT_S


Window = tuple[int, int]
Pattern = re.Pattern | regex.Pattern


def windows(text: str, anchor: re.Pattern | regex.Pattern, reach: int,
            starts: list[int] | None = None) -> list[Window]:
    """The parts of `text` where a rule with this anchor and reach can match: for every place
    the anchor occurs, the line where it starts and `reach` lines on each side (each line with
    its "\n", so that a lookahead at the line's end sees what it sees in the whole text);
    sorted, with touching or overlapping parts merged. `starts`: every place the anchor may
    begin (its lead keys, see leads.py), tried there instead of scanning the text.

    Why this loses no match: the anchor scan reports, for every place P where the anchor
    matches, a hit starting at or before P and ending after it (a scan resumes only where a
    hit ended; with `starts`, P itself is tried), so P's line is covered. A match holds its
    anchor and reaches at most `reach` lines from the anchor's line, so it lies inside one
    merged part; and a search there restarts cleanly, because no match can begin outside a
    part and run into it."""
    return _lines(text, anchor_hits(text, anchor, starts), reach)


def anchor_hits(text: str, anchor: re.Pattern | regex.Pattern,
                starts: list[int] | None = None) -> list[Any]:
    """Where the anchor occurs (see `windows`), in text order: rules whose anchors differ only
    in reach share them."""
    if starts is None:
        return list(anchor.finditer(text))
    return list(filter(None, map(anchor.match, repeat(text), starts)))


def line_starts(text: str, seek: re.Pattern) -> list[int]:
    """The starts of the lines where a pattern opening with "^" may match: the first line, and
    those after the newlines `seek` finds (matchplan.line_seek)."""
    return [0, *map(_END, seek.finditer(text))]


_END = re.Match.end


def _lines(text: str, hits: list[Any], reach: int) -> list[Window]:
    """The windows of `hits` (sorted by start) with this reach (see `windows`)."""
    out: list[Window] = []
    find, rfind, size = text.find, text.rfind, len(text)
    last = -1  # the end of the line of the last hit's last character
    for hit in hits:
        at, stop = hit.span()
        if stop <= last:
            continue  # begins no earlier and ends on no later line than the last hit: inside
        # Lines from the hit's start to its last character (a lexicon term may hold a line
        # break: "ม.\nค."), and `reach` more on each side.
        start = rfind("\n", 0, at) + 1
        nl = find("\n", stop - 1)
        end = last = size if nl < 0 else nl + 1
        if reach:  # (a loop over range(0) costs as much as the rest of a hit's work)
            for _ in range(reach):
                start = rfind("\n", 0, max(start - 1, 0)) + 1 if start else 0
                nl = find("\n", end)
                end = size if nl < 0 else nl + 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _hits(pattern: Pattern, first: re.Pattern | None, text: str, timeout: float | None,
          parts: list[Window], starts: list[int] | None,
          seek: re.Pattern | None = None) -> list[Any]:
    """What the rule's `finditer` finds in each part, in text order; one loop, no generators
    (a rule runs thousands of times per pass). `pattern`: the rule's regex, or its stdlib
    twin when untimed (matchplan.Step.fast); `first`: where every match begins (prefilter.py);
    `starts`: every place in the text where a lead key of `first` (else of the pattern) begins,
    a superset of where the scan could stop. Tried at those places only, a rule finds what the
    scan finds: a scan resumes where a match ended, and none begins elsewhere. `seek`: a
    pattern found where `first` is (matchplan._seek), searched for instead."""
    match = pattern.match if timeout is None else partial(pattern.match, timeout=timeout)
    out: list[Any] = []
    if starts is not None:
        check = None if first is None else first.match
        for a, b in parts:
            pos = a
            for at in starts[bisect_left(starts, a):bisect_left(starts, b)]:
                if at < pos or (check is not None and check(text, at, b) is None):
                    continue
                m = match(text, at, b)
                if m is not None and m.end() > at:
                    out.append(m)
                    pos = m.end()
    elif first is not None:  # tried only where the start filter matches
        search = (first if seek is None else seek).search
        for a, b in parts:
            pos = a
            while (cand := search(text, pos, b)) is not None:
                at = cand.start()
                m = match(text, at, b)
                if m is None:
                    pos = at + 1
                    continue
                out.append(m)
                pos = m.end() if m.end() > at else at + 1
    elif timeout is None:  # even timeout=None costs a little per call
        for a, b in parts:
            out += pattern.finditer(text, a, b)
    else:
        for a, b in parts:
            out += pattern.finditer(text, a, b, timeout=timeout)  # type: ignore[call-arg]
    return out


_new = tuple.__new__  # Match(...) without the named tuple's Python-level __new__


def _run(rule: Rule, text: str, timeout: float | None = MATCH_TIMEOUT_S,
         parts: list[Window] | None = None, starts: list[int] | None = None,
         pattern: Pattern | None = None, check: bool = True,
         seek: re.Pattern | None = None) -> list[Match]:
    """The rule's matches in `text`; only inside `parts` when given (see `windows`); `starts`:
    where the lead keys of `rule.first` begin (see `_hits`); `pattern`: what to match with
    (default: the rule's regex); `check`: False when `first` surely matches at every start
    (matchplan.Step.check); `seek`: a faster search for `first` (matchplan.Step.seek)."""
    hits = _hits(rule.regex if pattern is None else pattern,
                 rule.first if check or starts is None else None, text, timeout,
                 [(0, len(text))] if parts is None else parts, starts, seek)
    if not hits:
        return hits  # (most runs of a rule on a document: no attribute read)
    rid, fld, prio, attrs = rule.id, rule.spec.field, rule.spec.priority, rule.attrs
    out = []
    if rule.group_names:
        for m in hits:
            start, end = m.span()
            if end != start:
                groups = m.groupdict()
                out.append(_new(Match, (rid, fld, start, end, m.group(), prio, groups,
                                        Spans(m, groups), attrs)))
    else:
        for m in hits:
            start, end = m.span()
            if end != start:
                out.append(_new(Match, (rid, fld, start, end, m.group(), prio, _NONE, _NONE,
                                        attrs)))
    return out


def _in_order(ms: list[Match]) -> None:
    """Sort one field's matches by _order. Most starts are distinct: sorted by start alone
    (C speed), the list is then in order unless two share a start; only then the full key,
    on a list whose full-key ties are still in their first order (both sorts are stable)."""
    ms.sort(key=_START)
    if len(set(map(_START, ms))) < len(ms):
        ms.sort(key=_order)


_START = itemgetter(2)  # Match.start


def match_rules(norm: NormText, rules: RuleSet, fields: Iterable[str] | None = None) -> MatchResult:
    wanted = set(fields) if fields is not None else None
    found: dict[str, list[Match]] = {}  # by field: parsers ask for one field at a time
    timeouts: list[str] = []
    text = norm.text
    timeout = _timeout(rules, text)
    plan = rules.derived(matchplan.build)
    places = plan.scan.scan(text)  # where each key set's keys begin in this text
    parts: dict[matchplan.WindowKey, list[Window]] = {}  # rules sharing an anchor scan once
    anchored: dict[object, list[Any]] = {}  # by anchor pattern: where it occurs
    for rule, field, window, lead, fast, not_after, check, seek in plan.steps:
        if wanted is not None and field not in wanted:
            continue
        where = starts = None
        if window is not None:
            where = parts.get(window)
            if where is None:
                a = plan.anchors[window]
                hits = anchored.get(a.pattern)
                if hits is None:
                    hits = anchored[a.pattern] = anchor_hits(
                        text, a.pattern, places[a.lead] if a.lead is not None  # type: ignore[arg-type]
                        else None if a.lines is None else line_starts(text, a.lines))
                where = parts[window] = _lines(text, hits, a.reach)
            if not where:
                continue  # no anchor: no match
        if lead is not None:
            starts = places[lead]
            if not_after is not None and starts:
                starts = leads.after_none_of(text, starts, not_after)
            if not starts:
                continue  # no lead key: no match
        try:
            got = _run(rule, text, timeout, where, starts, fast if timeout is None else None,
                       check, seek)
        except TimeoutError:
            timeouts.append(rule.id)
            continue
        if got:
            if field in found:
                found[field] += got
            else:
                found[field] = got
    for ms in found.values():
        _in_order(ms)
    return MatchResult(MappingProxyType({f: tuple(ms) for f, ms in found.items()}),
                       tuple(timeouts))


def select(matches: Iterable[Match]) -> list[Match]:
    """Resolve overlaps: higher priority first, then the longer span; survivors in text order."""
    ranked = sorted(matches, key=lambda m: (-m.priority, -(m.end - m.start), m.start))
    starts: list[int] = []  # taken spans, kept sorted and disjoint: O(log n) overlap checks
    taken: list[Match] = []
    for m in ranked:
        i = bisect.bisect_right(starts, m.start)
        if i > 0 and taken[i - 1].end > m.start:
            continue
        if i < len(taken) and taken[i].start < m.end:
            continue
        starts.insert(i, m.start)
        taken.insert(i, m)
    return taken
