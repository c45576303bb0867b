"""Stage 4: run the rules over the normalized text and collect their matches."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable

from . import prefilter
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


@dataclass(frozen=True)
class Match:
    """One rule's hit: a span of the normalized text and the pattern's named groups."""

    rule: str
    field: str
    start: int
    end: int
    text: str
    priority: int
    groups: dict[str, str | None] = field(hash=False, compare=False, default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(hash=False, compare=False, default_factory=dict)
    attrs: dict = field(hash=False, compare=False, default_factory=dict)


@dataclass(frozen=True)
class MatchResult:
    matches: tuple[Match, ...]
    timeouts: tuple[str, ...] = ()  # ids of rules that hit the safety time limit

    def for_field(self, name: str) -> tuple[Match, ...]:
        return tuple(m for m in self.matches if m.field == name)


def _timeout(rules: RuleSet, text: str) -> float | None:
    """The time limit for each rule on `text`, or None for none (see UNTIMED_MAX_CHARS)."""
    if len(text) <= UNTIMED_MAX_CHARS and all(map(_is_builtin, rules.origins)):
        return None
    return MATCH_TIMEOUT_S


def _run(rule: Rule, text: str, timeout: float | None = MATCH_TIMEOUT_S) -> list[Match]:
    out = []
    names = list(rule.regex.groupindex)
    rid, fld, prio, attrs = rule.id, rule.spec.field, rule.spec.priority, rule.spec.attrs
    if rule.first:
        found = prefilter.finditer(rule.regex, rule.first, text, timeout)
    elif timeout is None:  # even timeout=None costs a little per call
        found = rule.regex.finditer(text)
    else:
        found = rule.regex.finditer(text, timeout=timeout)
    for m in found:
        start, end = m.span()
        if end == start:
            continue
        groups = {n: m.group(n) for n in names} if names else {}
        out.append(Match(
            rule=rid, field=fld, start=start, end=end, text=m.group(), priority=prio,
            groups=groups,
            spans={n: m.span(n) for n in names if groups[n] is not None},
            attrs=dict(attrs),
        ))
    return out


def match_rules(norm: NormText, rules: RuleSet, fields: Iterable[str] | None = None) -> MatchResult:
    wanted = set(fields) if fields is not None else None
    matches: list[Match] = []
    timeouts: list[str] = []
    timeout = _timeout(rules, norm.text)
    for rule in rules.rules:
        if wanted is not None and rule.spec.field not in wanted:
            continue
        try:
            matches += _run(rule, norm.text, timeout)
        except TimeoutError:
            timeouts.append(rule.id)
    matches.sort(key=lambda m: (m.start, -m.priority, -(m.end - m.start)))
    return MatchResult(tuple(matches), tuple(timeouts))


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
