"""The shares of a total listed right under it, one per line, each a bare number ending its line:

    💰 งบประมาณ 96,500 บาท
    📌 กองทุนฟื้นฟูสมรรถภาพจังหวัด 60,000
    📌 อบจ.ศรีสะเกษ 36,500

money.part_line finds a comma-grouped number ending a line without บาท; it is an amount only as
one of a run of such lines (no blank line between) starting on the line right after another
amount, and only when the run adds up to that amount exactly: the sum is what
says the bare numbers are baht. Any other such number (a count, a code, a population) is dropped.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from .money_cues import Lines

PART_RULE = "money.part_line"
PARTS_MAX = 12  # the most shares a total is split into


class _Amount(Protocol):  # money._Amount (imported there; a Protocol avoids a cycle)
    start: int
    end: int
    value: Decimal
    rule: str


def keep_parts(lines: Lines, found: Sequence[_Amount]) -> list:
    """`found` (sorted by start) without the part_line amounts that are no share of a total."""
    if not any(a.rule == PART_RULE for a in found):
        return list(found)
    keep: set[int] = set()
    i = 0
    while i < len(found):
        if found[i].rule != PART_RULE:
            i += 1
            continue
        j = i
        while j + 1 < len(found) and found[j + 1].rule == PART_RULE \
                and _next_line(lines, found[j].start) == lines.bounds(found[j + 1].start)[0]:
            j += 1
        if i > 0 and _shares(lines, found[i - 1], found[i:j + 1]):
            keep.update(range(i, j + 1))
        i = j + 1
    return [a for k, a in enumerate(found) if a.rule != PART_RULE or k in keep]


def _next_line(lines: Lines, pos: int) -> int:
    return lines.bounds(pos)[1] + 1


def _shares(lines: Lines, total: _Amount, run: Sequence[_Amount]) -> bool:
    """Whether `run` starts on the line after the one `total` ends on and adds up to it."""
    if not 2 <= len(run) <= PARTS_MAX or total.value <= 0 or total.rule == PART_RULE:
        return False
    if _next_line(lines, total.end - 1) != lines.bounds(run[0].start)[0]:
        return False
    return sum((a.value for a in run), Decimal(0)) == total.value
