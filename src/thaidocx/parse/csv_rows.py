"""A spreadsheet saved as CSV and filed as text, read as a tab-separated table.

    หมู่ที่,ชื่อหมู่บ้าน,หลังคาเรือน,อสม.ร่วม (คน),ประชาชนร่วม (คน)
    1,บ้านนา,"1,286",18,65
    รวม,,"1,286",18,65
    รายการค่าใช้จ่าย,จำนวน,หน่วย,ราคาต่อหน่วย (บาท),รวม (บาท)
    ทรายกำจัดลูกน้ำ,12,ถัง,"1,650","19,800"

Every reader of tables (money_table.py, participant_tables.py, objective_cells.py, the rules'
tab-table patterns) splits cells at tabs or bars. Rather than teach each of them commas, the
normalized text gets a view of such a sheet as a tab table: each separating comma becomes a tab,
the quotes around a quoted cell ("1,286", a cell holding commas or quotes) become spaces, and of a
doubled quote inside one ("" … "") one quote stays, the other becomes a space on the side of the
cell's outside (so `""ปราบยุงลาย""` reads `"ปราบยุงลาย"` with a space around it). Lengths do not
change: offsets, and evidence (which quotes the original), stay valid; a quoted number's span is
inside its quotes.

A sheet is a block of 3+ consecutive lines, each a well-formed CSV row (quotes balanced, a quoted
cell running to the next comma), with the same number (2+) of separating commas, where Excel's
marks show: an empty cell (",,", or one opening or closing the row) or a quoted cell on some line
of the block. Prose never qualifies: a cell after a comma does not open with a space (", " is
how prose and hand-typed lists part items), and lines of amounts with thousands separators
("ค่าอาหาร 1,200 บาท ค่าที่พัก 3,500 บาท") have neither empty nor quoted cells.
A quoted cell holding a line break (a wrapped Excel cell) is no row: the sheet ends there.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..normalize import NormText

MIN_ROWS = 3  # lines of a sheet
MIN_COMMAS = 2  # separating commas per row (3+ cells)
# One CSV row: cells, each quoted ("..." with "" for a quote) or a run without commas or quotes.
_CELL = r'(?:"(?:[^"\n]|"")*"|[^",\n]*)'
_ROW = re.compile(_CELL + r"(?:," + _CELL + r")+")
_CELLS = re.compile(r'"(?:[^"\n]|"")*"(?=,|$)|[^",\n]*')
_DOUBLED = re.compile('""')


def _row(line: str) -> list[tuple[int, int]] | None:
    """The cells (start, end in the line) of a CSV row, or None when the line is no CSV row
    (see the module doc: a cell after a comma opening with a space makes prose)."""
    if line.count(",") < MIN_COMMAS or _ROW.fullmatch(line) is None:
        return None
    cells: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _CELLS.match(line, pos)
        assert m is not None  # the row matched _ROW: every cell is one of _CELLS' forms
        cells.append((m.start(), m.end()))
        if cells[-1][0] > 0 and line.startswith(" ", cells[-1][0]):
            return None
        pos = m.end()
        if pos >= len(line):
            return cells
        pos += 1  # the comma


def _marked(line: str, cells: list[tuple[int, int]]) -> bool:
    """An Excel mark on the row: an empty cell or a quoted one."""
    return any(a == b or line[a] == '"' for a, b in cells)


def _as_tabs(line: str, cells: list[tuple[int, int]]) -> str:
    """The row with its separating commas as tabs and its cells' quotes as spaces (module doc)."""
    out: list[str] = []
    for k, (a, b) in enumerate(cells):
        if k:
            out.append("\t")
        cell = line[a:b]
        if b - a >= 2 and cell[0] == '"':
            inner = _DOUBLED.sub(lambda m: _one_quote(cell, m.start() + 1), cell[1:-1])
            cell = " " + inner + " "
        out.append(cell)
    return "".join(out)


def _one_quote(cell: str, at: int) -> str:
    """A doubled quote at `at` in `cell` as one quote and a space: the space on the outside of
    the quoted words (before an opening quote, after a closing one)."""
    after = cell[at + 2:at + 3]
    return '" ' if not after or after in ' "\t' else ' "'


def csv_view(norm: NormText) -> NormText:
    """`norm` with every CSV sheet in it read as a tab table (module doc); `norm` itself when it
    holds none (the usual case: one scan for ",," or ',"' rules out most texts at once)."""
    text = norm.text
    if ",," not in text and ',"' not in text and '",' not in text:
        return norm
    lines = text.split("\n")
    out = list(lines)
    changed = False
    k = 0
    while k < len(lines):
        cells = _row(lines[k])
        if cells is None:
            k += 1
            continue
        block = [(k, cells)]
        commas = len(cells) - 1
        j = k + 1
        while j < len(lines):
            more = _row(lines[j])
            if more is None or len(more) - 1 != commas:
                break
            block.append((j, more))
            j += 1
        if len(block) >= MIN_ROWS and any(_marked(lines[i], c) for i, c in block):
            for i, c in block:
                out[i] = _as_tabs(lines[i], c)
            changed = True
        k = j
    if not changed:
        return norm
    view = "\n".join(out)
    assert len(view) == len(text)
    return replace(norm, text=view)
