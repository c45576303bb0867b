"""Stage 4: run the rules over the normalized text and collect their matches."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable

from . import prefilter
from .normalize import NormText
from .ruleset import MATCH_TIMEOUT_S, Rule, RuleSet


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


def _run(rule: Rule, text: str) -> list[Match]:
    out = []
    names = list(rule.regex.groupindex)
    rid, fld, prio, attrs = rule.id, rule.spec.field, rule.spec.priority, rule.spec.attrs
    found = (prefilter.finditer(rule.regex, rule.first, text, MATCH_TIMEOUT_S) if rule.first
             else rule.regex.finditer(text, timeout=MATCH_TIMEOUT_S))
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
    for rule in rules.rules:
        if wanted is not None and rule.spec.field not in wanted:
            continue
        try:
            matches += _run(rule, norm.text)
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
