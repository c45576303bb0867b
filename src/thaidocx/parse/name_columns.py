"""Space-aligned tables (PDF text, typed schedules and forms): a person's cell that wraps onto
the lines below in the same column.

    08.30 - 09.00 น.     พิธีเปิดการประชุม "ทิศทาง       นายแพทย์ชาตรี  ภูมิวิเศษ
                         การดำเนินงาน NCD เขต 7"        รองนายแพทย์สาธารณสุข
                                                        จังหวัดขอนแก่น

A cell is a piece of a line with no gap of 3+ spaces inside; a column is where a cell starts.
Thai vowels and tone marks above and below a letter take no width on the page, so writers align
cells by what they see and extractors by characters: a cell below is in the same column when its
start is close to the column's in either measure.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .official_roles import line_end
from .spaced_table import width  # display width, shared with the table readers

TOLERANCE = 4  # characters (or display cells) a wrapped cell's start may stray from its column
MAX_CELL_LINES = 4  # a wrapped cell runs over at most this many lines below its first one
CELL = re.compile(r"[^ \t\n]+(?:[ ]{1,2}[^ \t\n]+)*")  # a cell: no 3-space gap, no tab inside
_LINE_WINDOW = 400
# A line of a table: a cell, a wide gap, then another cell before the two spaces in question
# (PDF text sets a short gap where a cell fills its column: "ม.ค.-ก.ย. 68  นายสมพร").
_TABLE_ROW = re.compile(r"[^ \t][ ]{3,}[^ \t].*[^ ][ ]{2}$")


class Column(NamedTuple):
    chars: int  # the column's start, in characters from the line start
    width: int  # the same, in display cells


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", max(0, pos - _LINE_WINDOW), pos) + 1 or max(0, pos - _LINE_WINDOW)


def column_at(text: str, pos: int) -> Column | None:
    """The column of the cell starting at `pos` when a wide gap after other text on its line
    comes right before it (a table's later column), or two spaces in a row whose earlier cells
    wide gaps part (a cell filling its column: "ม.ค.-ก.ย. 68  นายสมพร"); None at a line's start,
    after a tab (no display column), or after an ordinary space."""
    if text[pos - 2:pos] != "  ":  # (most titles follow no wide gap: no line to look at)
        return None
    ls = _line_start(text, pos)
    before = text[ls:pos]
    if "\t" in before or not before.strip(" "):  # a tab, or only the indentation before it
        return None
    if text[pos - 3:pos] != "   " and not _TABLE_ROW.search(before):
        return None  # two spaces part cells only in a row whose other cells wide gaps part
    return Column(pos - ls, width(before))


def column_of_cell(text: str, pos: int) -> Column | None:
    """The column of the cell holding `pos` (its start: after a wide gap or the indentation)."""
    ls = _line_start(text, pos)
    before = text[ls:pos]
    if "\t" in before:
        return None
    gap = before.rfind("   ")
    start = ls + gap + 3 if gap >= 0 else ls + len(before) - len(before.lstrip(" "))
    return Column(start - ls, width(text[ls:start]))


def column_here(text: str, pos: int) -> Column | None:
    """The column `pos` stands in (None after a tab)."""
    ls = _line_start(text, pos)
    return None if "\t" in text[ls:pos] else Column(pos - ls, width(text[ls:pos]))


def cell_below(text: str, line: int, col: Column) -> tuple[int, int] | None:
    """(start, end) of the cell of the line starting at `line` that stands in column `col`, or
    None (a blank line, or nothing starts near the column)."""
    stop = line_end(text, line, _LINE_WINDOW)
    for seg in CELL.finditer(text, line, stop):
        s = seg.start()
        chars = s - line
        disp = width(text[line:s])
        if "\t" in text[line:s]:
            return None  # no display column after a tab
        if abs(chars - col.chars) <= TOLERANCE or abs(disp - col.width) <= TOLERANCE:
            return s, seg.end()
        if chars > col.chars + TOLERANCE and disp > col.width + TOLERANCE:
            break
    return None


def cells_below(text: str, line: int, col: Column, limit: int,
                max_lines: int = MAX_CELL_LINES) -> list[tuple[int, int]]:
    """The cells in column `col` of consecutive lines from `line` (ending before `limit`), up to
    the first line with nothing in that column."""
    out: list[tuple[int, int]] = []
    for _ in range(max_lines):
        if line >= limit:
            break
        cell = cell_below(text, line, col)
        if cell is None or cell[1] > limit:
            break
        out.append(cell)
        line = line_end(text, line, _LINE_WINDOW) + 1
    return out
