"""Sections of a document: which heading governs each line (one mechanism for every field).

A heading is a short line that opens (after any list number or bullet) with a term of the
`section_headings` lexicon (rules/sections.toml); it governs the lines below it until the next
heading. A short numbered line with no digits after its number ("2. ข้อสั่งการ") also ends the
section above it when its number follows the heading's, even if its term is not listed: it is
then a section of kind "other". Numbers may be dotted ("3.1 สถานการณ์"): a later sibling ("3.2
…") or a later number at any level above ("4.") ends the section; its sub-items ("3.1.1") do not.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate

import regex

from .literal_re import WHITE_SPACE
from .normalize import NormText
from .ruleset import RuleSet

HEADING_MAX = 40  # a line opening with a heading term and no longer than this is a heading
# The per-line patterns run on stdlib `re` (a call costs a third of a `regex` one), with the
# `regex` module's \s spelt out (literal_re.WHITE_SPACE).
_LEAD = re.compile(rf"[{WHITE_SPACE}0-9.)(\-*•·:]+")
# A list number opening a line: "2." / "2)", or dotted "3.1" / "3.1." / "3.1)".
_NUMBERED = re.compile(rf"[{WHITE_SPACE}]*([0-9]+(?:\.[0-9]+)+|[0-9]+(?=[.)]))[.)]?(?![0-9])")
_DIGIT = re.compile(r"[0-9]")


@dataclass(frozen=True)
class Sections:
    """Per line of the normalized text: the heading kind opening it, and the section above it."""

    line_starts: tuple[int, ...]
    own: tuple[str | None, ...]  # kind of a heading term opening the line itself (any length)
    above: tuple[tuple[str, int] | None, ...]  # (kind, heading line) governing the line

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def kind_at(self, pos: int) -> str | None:
        """The section kind at `pos`: the line's own heading term, else the heading above."""
        i = self.line_of(pos)
        if self.own[i] is not None:
            return self.own[i]
        return self.above[i][0] if self.above[i] is not None else None


def _heading_regex(rules: RuleSet) -> re.Pattern | regex.Pattern:
    pattern = "^" + rules.lexicon("section_headings").pattern()  # a trie both engines read alike
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


def _candidate_regex(rules: RuleSet) -> re.Pattern | regex.Pattern:
    """The lines find_sections must look at, each found with its newline before it: a heading
    term or a digit after characters that are neither letters nor newlines (which is where
    _LEAD's characters, \\s of either engine included, can lead to). A superset: no other line
    is a heading or ends a section. Stdlib `re` scans this trie of literals fastest."""
    body = r"[^\n\u0e00-\u0e7fA-Za-z]*(?:[0-9]|" + rules.lexicon("section_headings").pattern() + ")"
    try:
        return re.compile(r"\n" + body)
    except re.error:
        return regex.compile(r"\n" + body)


def _number(written: str) -> tuple[int, ...]:
    return tuple(int(part) for part in written.split("."))


def _follows(line: tuple[int, ...], heading: tuple[int, ...]) -> bool:
    """A numbered line ends the heading's section: it comes later ("3.2" or "4." after "3.1")
    and is not one of the heading's own sub-items ("3.1.1")."""
    return line > heading and line[:len(heading)] != heading


def find_sections(norm: NormText, rules: RuleSet) -> Sections:
    text = norm.text
    lines = text.split("\n")
    starts = list(accumulate([len(line) + 1 for line in lines[:-1]], initial=0))
    n = len(starts)
    lexicon = rules.lexicon("section_headings")
    head_re = rules.derived(_heading_regex)
    own: list[str | None] = [None] * n
    above: list[tuple[str, int] | None] = [None] * n
    current: tuple[str, int] | None = None
    number: tuple[int, ...] | None = None  # the list number of the current section's heading
    done = 0  # lines before this one have their `above` filled in
    # The first line (no newline before it) is always looked at.
    candidates = [0] + [bisect.bisect_right(starts, cm.start()) for cm in
                        rules.derived(_candidate_regex).finditer(text)]
    for i in candidates:
        if i < done:
            continue
        above[done:i] = [current] * (i - done)
        done = i + 1
        raw = lines[i]
        lead = _LEAD.match(raw)
        line = (raw[lead.end():] if lead else raw).strip()
        m = head_re.match(line)
        kind = str(lexicon.get(m.group())) if m else None
        own[i] = kind
        above[i] = current
        if len(line) > HEADING_MAX:
            continue  # neither a heading nor the end of a section
        if kind is not None:
            numbered = _NUMBERED.match(raw)
            current, number = (kind, i), _number(numbered.group(1)) if numbered else None
        elif number is not None and (numbered := _NUMBERED.match(raw)) \
                and _follows(_number(numbered.group(1)), number) and not _DIGIT.search(line):
            current, number = ("other", i), _number(numbered.group(1))
    above[done:n] = [current] * (n - done)
    return Sections(tuple(starts), tuple(own), tuple(above))
