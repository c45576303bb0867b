"""A headline's rounded count that the body states exactly: "หน่วยแพทย์ … ให้บริการชาวบ้านบนดอยกว่า 700
ราย" over "ผลการให้บริการ มีผู้มารับบริการรวมทั้งสิ้น 736 ราย". The headline only rounds the body's
figure down ("กว่า 700": 700 to 799), so it is no count of its own.

A kept count is such a restatement when
1. it is written as a lower bound (กว่า / มากกว่า before the number, or "700 กว่าราย"; not a
   target's floor, ไม่น้อยกว่า) of a round number (it ends in a zero: the range it rounds is 10, 100, 1,000 … wide);
2. it stands on a headline: a short line (at most HEADLINE_MAX characters) that is no list item;
3. a later count on another line, not itself rounded, falls in that range (700 <= 736 < 800); a
   headline's target ("เป้าหมายกว่า 1.5 หมื่นคน") is restated only by a later target ("รวมทั้งสิ้น 15,500 คน"
   under a target table), never by a result (a different figure).
A body that restates the headline's bound ("รวมกว่า 800 คน") keeps it: it is the count stated.
"""
from __future__ import annotations

from typing import NamedTuple, TYPE_CHECKING

from ..literal_re import literal_regex

if TYPE_CHECKING:
    from .participant_doc import _Doc

HEADLINE_MAX = 120  # characters of a headline line (stripped)
# "กว่า 700", "มากกว่า 700"; not a target's floor ("ไม่น้อยกว่า 50 คน", "ไม่ต่ำกว่า").
_BOUND_BEFORE = literal_regex(r"(?<!ไม่น้อย)(?<!ไม่ต่ำ)กว่า[ \t]*$")
_LIST_ITEM = literal_regex(r"[ \t]*(?:[0-9]+[.)]|[-•*▪►])")


class Spot(NamedTuple):
    """A kept count: its value, where its number starts, its line, and whether it is a bound."""

    value: int
    pos: int
    line: int
    bound: bool
    planned: bool = False


def spot(doc: _Doc, value: int, pos: int, end: int, line: int, role: str) -> Spot:
    """The Spot of a kept count whose number starts at `pos` (its match ends at `end`)."""
    text = doc.text
    lo = max(doc.starts[line], pos - 12)
    # the literal first: most counts have no กว่า before them, and str.find costs less
    bound = ((text.find("กว่า", lo, pos) >= 0 and _BOUND_BEFORE.search(text, lo, pos) is not None)
             or text.find("กว่า", pos, end) >= 0)
    return Spot(value, pos, line, bound, role == "planned")


def restated(doc: _Doc, spots: list[Spot]) -> set[int]:
    """The indexes in `spots` of headline bounds that a later exact count restates."""
    drop: set[int] = set()
    for k, s in enumerate(spots):
        if not s.bound or s.value % 10 or not _headline(doc, s.line):
            continue
        step = 10
        while s.value % (step * 10) == 0:
            step *= 10
        if any(not o.bound and o.line != s.line and o.pos > s.pos and s.value <= o.value < s.value + step
               and (o.planned or not s.planned) for o in spots):
            drop.add(k)
    return drop


def _headline(doc: _Doc, i: int) -> bool:
    line = doc.line(i)
    return len(line.strip()) <= HEADLINE_MAX and _LIST_ITEM.match(line) is None
