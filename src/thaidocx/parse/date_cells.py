"""Dates in the cells of a space-aligned table (PDF text) that wrap onto the next line:

    ลำดับ  โครงการ          ระยะเวลา        ผู้รับผิดชอบ
    1      อบรม อสม.        ต.ค.67-         น.ส.มาลี
                            ธ.ค.67          ใจดี
    2      คัดกรองเบาหวาน    12-13 มี.ค.     นายสมพร
                            68              ศรีสุข

A date that leaves its cell unfinished, ending it with a dash or with no year (the rule
date.cell_wrapped finds them), goes on in the cell of the next line that stands under it on
screen (spaced_table.py). The two cells are read together as one text with the date rules; what
that gives replaces the dates read from either cell alone, when one of its dates runs from the
first cell into the second and the second holds nothing but its end.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, cast

from ..literal_re import literal_regex
from ..match import Match, match_rules, select
from ..normalize import normalize
from .context import Context
from .spaced_table import cell_at, cells, overlapping

if TYPE_CHECKING:
    from .dates import Found

MAX_CELL = 60  # characters: a longer "cell" is a line of prose, not a table's date cell
# What may follow a date in an unfinished cell: a dash, then the cell's end.
_CELL_REST = literal_regex(r"[ \t]*(?:-[ \t]*)?(?:$|\n|[ ]{3}|\t)")

Reader = Callable[[Context, Match], "list[Found]"]


def wrapped(ctx: Context, found: list[Found], opens: Iterable[Match], read: Reader) -> list[Found]:
    """`found` with the dates of wrapped cells read across the line break (module doc)."""
    text = ctx.text
    joins: list[tuple[tuple[int, int], tuple[int, int], list[Found]]] = []
    seen: set[int] = set()
    for m in opens:
        pair = _cell_pair(text, m)
        if pair is None or pair[0][0] in seen:
            continue
        seen.add(pair[0][0])
        got = _read_joined(ctx, *pair, m.rule, read)
        if got:
            joins.append((*pair, got))
    if not joins:
        return found

    def covered(f: Found) -> bool:
        return any(a <= f.span[0] < b or c <= f.span[0] < d for (a, b), (c, d), _ in joins)

    out = [f for f in found if not covered(f)] + [f for *_, got in joins for f in got]
    out.sort(key=lambda f: f.span)
    return out


def _cell_pair(text: str, m: Match) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the cell a cell_wrapped match ends and of the cell under it on the next
    line, or None: no table row (fewer than 2 cells), no cell below."""
    if _CELL_REST.match(text, m.end) is None:
        return None
    ls = text.rfind("\n", 0, m.start) + 1
    le = text.find("\n", m.end)
    if le < 0:
        return None
    row = cells(text[ls:le])
    cell = cell_at(row, m.start - ls)
    if len(row) < 2 or cell is None or len(cell.text) > MAX_CELL:
        return None
    ne = text.find("\n", le + 1)
    below_row = cells(text[le + 1:len(text) if ne < 0 else ne])
    k = overlapping([(c.left, c.right) for c in below_row], cell.left, cell.right)
    if k is None or len(below_row[k].text) > MAX_CELL:
        return None
    below = below_row[k]
    a = ls + cell.start
    b = le + 1 + below.start
    return (a, a + len(cell.text)), (b, b + len(below.text))


def _read_joined(ctx: Context, first: tuple[int, int], second: tuple[int, int], rule: str,
                 read: Reader) -> list[Found]:
    """The dates of the two cells read as one text "first second", at their places in the
    document; [] unless a date runs across the join to the end of the second cell."""
    head = ctx.text[first[0]:first[1]]
    joined = head + " " + ctx.text[second[0]:second[1]]
    norm = normalize(joined)
    if norm.text != joined:
        return []
    matches = match_rules(norm, ctx.rules, ["dates"]).for_field("dates")
    sub = Context(norm=norm, tokens=cast(Any, None), matches=cast(Any, None), rules=ctx.rules)
    found: list[Found] = []
    for m in select(m for m in matches if m.attrs.get("kind") not in ("join", "cell")):
        found += read(sub, m)
    n = len(head)
    if not any(f.span[0] < n and f.span[1] == len(joined) for f in found):
        return []

    def at(p: int) -> int:
        return first[0] + p if p <= n else second[0] + p - n - 1

    return [f._replace(span=(at(f.span[0]), at(f.span[1])),
                       rule=rule if f.span[0] < n < f.span[1] else f.rule) for f in found]
