"""The cells of a schedule table's สถานที่ column (a | table, with or without its outer bars, or a
tab-separated one), one list
of pieces per logical row: a row whose first cell is empty, as are half its cells, goes on with
the row above, its cells wrapped onto it ("| 1 | 13 ม.ค. 68 | ศาลาประชาคม | 85 |" / "|  | (ม.1-ม.2) | บ้านในหุบ |  |").
A | row's cells are read by pipe_rows.py, as every reader of such tables reads them; venues.py
reads the place names out of the pieces and joins a cell's pieces with pipe_rows.join_texts."""
from __future__ import annotations

from typing import TypeVar

from . import geo
from .place_lex import PlaceLex
from .pipe_rows import row_cells, wrapped_row

P = TypeVar("P")  # venues.py's _Place, or None

MAX_TABLE_ROWS = 60


def place_cells(text: str, header_start: int, header_end: int, place: int) -> list[list[tuple[int, int]]]:
    """The สถานที่ column's cells below the header row [header_start, header_end) whose place
    cell starts at `place`: for each logical row, the (start, end) of its non-blank pieces
    (stripped), top to bottom. Reading stops at the first line with no separator; a separator
    row (|---|) or a row with too few cells is stepped over."""
    # "| a | b |" rows, or tab-separated ones ("a⇥b⇥c": a first cell with no bar before it)
    sep = "|" if "|" in text[header_start:place] else "\t"
    # "a | b | c": a | table drawn without its outer bars splits like a tab-separated one
    bare = sep == "\t" or not text[header_start:place].lstrip(" \t").startswith("|")
    col = text.count(sep, header_start, place) + bare  # the cell's number, from 1
    rows: list[list[tuple[int, int]]] = []
    pos = text.find("\n", header_end)
    ruled = False
    for _ in range(MAX_TABLE_ROWS):
        if pos < 0:
            break
        start, pos = pos + 1, text.find("\n", pos + 1)
        end = len(text) if pos < 0 else pos
        if sep not in text[start:end]:
            break
        cells = _split_cells(text, start, end, sep) if bare else row_cells(text, start, end)
        if cells is None or len(cells) < col or (bare and _rule_row(text, cells)):
            ruled = True  # a rule row ends the row above: a totals row below it goes on no cell
            continue
        lo, hi = cells[col - 1]
        if rows and not ruled and wrapped_row([a == b for a, b in cells]):
            if lo < hi:
                rows[-1].append((lo, hi))
        else:
            rows.append([(lo, hi)] if lo < hi else [])
        ruled = False
    return [r for r in rows if r]


def _rule_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """A row of dashes under a bare header ("---|---|---"): no cell holds anything else."""
    return all(not text[a:b].strip("-=:+ ") for a, b in cells)


def _split_cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """The cells (stripped spans; empty cells as (p, p)) of the row [start, end) separated by
    `sep` (a tab, or a bar of a table without outer bars): no separator before its first cell
    or after its last."""
    bounds = [start - 1] + [i for i in range(start, end) if text[i] == sep] + [end]
    out: list[tuple[int, int]] = []
    for a, b in zip(bounds, bounds[1:]):
        cell = text[a + 1:b]
        lo, hi = a + 1 + len(cell) - len(cell.lstrip()), b - (len(cell) - len(cell.rstrip()))
        out.append((lo, hi) if lo < hi else (lo, lo))
    return out


def addressed(text: str, place: P, pos: int, lx: PlaceLex) -> P:
    """The place of a table cell with the address its cell goes on with below (a piece opening
    with an address word: "หมู่ 6 อ.ศรีสำโรง"), read unless the place has one already."""
    if place is None or place.parts:
        return place
    parts = geo.read_chain(text, pos, lx.prefixes, lx.aliases, lx.prefix_re)
    return place._replace(end=parts[-1].end, parts=tuple(parts)) if parts else place
