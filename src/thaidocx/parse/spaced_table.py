"""Space-aligned tables (PDF text, typed reports), shared by the money and participant table
readers (money_table.py, participant_tables.py).

    หมู่ที่   ชื่อหมู่บ้าน          เป้าหมาย     คัดกรอง      ร้อยละ
                                 (คน)         (คน)
      1     บ้านหนองบัว            62           58         93.55

A run of 3+ spaces (or a tab, or a bar) separates two cells; a cell is never empty (indentation
and trailing spaces make no cell). Where a cell stands on screen is counted in display columns:
Thai vowel and tone marks written above or below a letter take no width, so a Thai header and
the digits under it line up on screen though not in characters. A header's second line (units,
a wrapped word) belongs cell by cell to the column it stands nearest to on screen; a cell of a
row stands under the header cell it overlaps (`overlapping`), which counting cells gets wrong
when two spaces part two cells ("ม.ค.-ก.ย. 68  นายสมพร") or a row lacks one. A cell that wraps
goes on in the cell of the next line that it overlaps (date_cells.py, name_columns.py)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from ..literal_re import literal_regex
from ..repair_chars import MARK, PUA_MAP

# A cell: text without a run of 3+ spaces, a tab or a bar inside it.
_CELL = literal_regex(r"[^ \t|\n](?:[^\t|\n ]|[ ]{1,2}(?=[^ \t|\n]))*")
# No width of their own: Thai vowel and tone marks, and the private-use glyphs of Thai PDF fonts
# that draw a shifted mark (those repair_chars.PUA_MAP reads as a mark; F700, F70F … are letters).
_THAI_MARK = literal_regex(f"[{MARK}" + "".join(
    chr(code) for code, ch in PUA_MAP.items() if regex.fullmatch(f"[{MARK}]", ch)) + "]")


class Cell(NamedTuple):
    start: int  # offset in the line
    text: str
    left: int  # display column where the cell starts
    right: int  # display column after its end


def width(text: str) -> int:
    """Display columns of `text` (Thai vowel and tone marks sit on the letter before)."""
    return len(text) - len(_THAI_MARK.findall(text))


def cells(line: str) -> list[Cell]:
    """The non-empty cells of a line, left to right, with their display columns."""
    out: list[Cell] = []
    col = end = 0
    for m in _CELL.finditer(line):
        between = line[end:m.start()]
        col += width(between) if "\t" not in between else len(between)
        w = width(m.group())
        out.append(Cell(m.start(), m.group(), col, col + w))
        col += w
        end = m.end()
    return out


def nearest(columns: Sequence[tuple[int, int]], left: int, right: int,
            allowed: Callable[[int], bool] | None = None) -> int | None:
    """The index of the column (display span) that the span [left, right) stands under: the one
    it overlaps, else the one it is closest to (ties: the closer centre); only columns for
    which `allowed(index)` holds, if given. None when no column is allowed."""
    best: tuple[int, int] | None = None
    out: int | None = None
    for k, (a, b) in enumerate(columns):
        if allowed is not None and not allowed(k):
            continue
        key = (max(0, a - right, left - b), abs((a + b) - (left + right)))
        if best is None or key < best:
            best, out = key, k
    return out


def cell_at(row: Sequence[Cell], offset: int) -> Cell | None:
    """The cell of a line's `row` holding the line offset `offset`, or None (a gap)."""
    for c in row:
        if c.start <= offset < c.start + len(c.text):
            return c
    return None


def overlapping(columns: Sequence[tuple[int, int]], left: int, right: int) -> int | None:
    """The index of the column (display span) that [left, right) overlaps most on screen;
    None when it overlaps none. Unlike `nearest`, a span standing in a gap has no column."""
    best, out = 0, None
    for k, (a, b) in enumerate(columns):
        overlap = min(b, right) - max(a, left)
        if overlap > best:
            best, out = overlap, k
    return out


def align(k: int, n_cells: int, n_columns: int) -> int | None:
    """The header column of a row's cell k: a row with as many cells as the header fills every
    column; a ragged one (no row number, a label left blank, an amount on a wrapped line) lines
    up on the right, where the figures are. None for a cell left of the first column."""
    column = n_columns - (n_cells - k)
    return column if column >= 0 else None


def under_header(names: Sequence[Cell], more: Sequence[Cell]) -> list[int] | None:
    """The index of the header cell each cell of a header's second line (`more`, units or a
    wrapped word) stands under, when one reading of the screen puts each under a header cell of
    its own: in display columns (Thai marks take no width), else in characters (a header typed
    in an editor that gives every mark a column, its two lines lined up character by character).
    None when neither reading does (the caller falls back on the rows' layout)."""
    fit = _fit(names, more, _on_screen) or _fit(names, more, _in_characters)
    return fit


def typed_by_characters(names: Sequence[Cell], more: Sequence[Cell]) -> bool:
    """Whether a header's two lines line up character by character and not on screen
    (under_header): its table was typed so, and its rows are read in characters too."""
    return _fit(names, more, _on_screen) is None and _fit(names, more, _in_characters) is not None


def char_span(c: Cell) -> tuple[int, int]:
    """A cell's span in characters of its line (where an editor counting marks shows it)."""
    return c.start, c.start + len(c.text)


def _on_screen(c: Cell) -> tuple[int, int]:
    return c.left, c.right


_in_characters = char_span


def _fit(names: Sequence[Cell], more: Sequence[Cell],
         span: Callable[[Cell], tuple[int, int]]) -> list[int] | None:
    columns = [span(c) for c in names]
    got = [overlapping(columns, *span(c)) for c in more]
    if more and None not in got and len(set(got)) == len(got):
        return [k for k in got if k is not None]
    return None
