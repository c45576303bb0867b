"""Bracketed breakdowns of a count: "..๕.. คน (ติดบ้าน ๓ ติดเตียง ๒)", "๑๓๘ คน (ผู้สูงอายุ ๙๔ /
ผู้ป่วยโรคเรื้อรัง ๔๔)". Forms and reports split a count of people into groups in brackets right
after it, writing the unit once: the bare numbers there count people too.

A bracket is read as a breakdown only when it is nothing but two or more "<group word> <number>"
items (separated by spaces, "/", "," or และ), opening right after a count of people that was
kept, and its numbers add up to that count or stay within it. Anything else in the bracket (a
unit, a percentage, a range, a word with no number) means it is not such a list; a group word
naming an age, a year, an address or an ordinal (อายุ, พ.ศ., เลขที่, หมู่ที่: part_breakdown_not_group)
means the numbers are no counts.
"""
from __future__ import annotations

from typing import NamedTuple

import regex

BRACKET_GAP = 3  # at most this many spaces between the count and its bracket
BRACKET_MAX = 160  # characters inside a breakdown bracket
_WORD = r"[^\s0-9/,;:()\[\]%+\-–=]+"
# A number followed by a decimal part (ร้อยละ 43.5) is a share, never a count: not an item.
_ITEM = (r"(?P<w>" + _WORD + r"(?:[ \t]+" + _WORD + r")*?)[ \t]*(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,6})"
         r"(?![.][0-9])")
# Items may wrap onto the next line ("(ชาย ๕๕⏎หญิง ๓)"): one line break between two items.
_SEP = r"[ \t]*(?:\n[ \t]*)?(?:[/,;]|และ)?[ \t]*"
_BRACKET = regex.compile(
    r"[ \t]{0," + str(BRACKET_GAP) + r"}\([ \t]*" + _ITEM + r"(?:" + _SEP + _ITEM + r")+[ \t]*\)")


class Part(NamedTuple):
    """One item of a breakdown: the number's span, its value and the group word before it."""

    start: int
    end: int
    count: int
    group: str


def breakdown(text: str, end: int, total: int, deny: frozenset[str]) -> list[Part]:
    """The items of a bracketed breakdown opening at `end` (right after a count of `total`
    people), or [] when there is none."""
    if text.find("(", end, end + BRACKET_GAP + 1) < 0:
        return []  # the common case: no bracket right after the count
    m = _BRACKET.match(text, end, min(len(text), end + BRACKET_GAP + BRACKET_MAX))
    if m is None:
        return []
    words, nums = m.captures("w"), m.spans("n")
    counts = [int(text[s:e].replace(",", "")) for s, e in nums]
    if sum(counts) > total or any(t in deny for w in words for t in w.split()):
        return []
    return [Part(s, e, c, w.strip()) for (s, e), c, w in zip(nums, counts, words) if c > 0]
