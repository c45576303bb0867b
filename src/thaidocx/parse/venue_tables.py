"""The cells of a schedule table's สถานที่ column (a | table, or a tab-separated one), one list
of pieces per logical row: a row whose first cell is empty, as are half its cells, goes on with
the row above, its cells wrapped onto it ("| 1 | 13 ม.ค. 68 | ศาลาประชาคม | 85 |" / "|  | (ม.1-ม.2) | บ้านในหุบ |  |").
venues.py reads the place names out of the pieces."""
from __future__ import annotations

import re

from .pipe_rows import wrapped_row

MAX_TABLE_ROWS = 60
_RULE_ROW = re.compile(r"[ \t]*\|?[ \t:|-]*$")  # "|---|:---|"


def place_cells(text: str, header_start: int, header_end: int, place: int) -> list[list[tuple[int, int]]]:
    """The สถานที่ column's cells below the header row [header_start, header_end) whose place
    cell starts at `place`: for each logical row, the (start, end) of its non-blank pieces
    (stripped), top to bottom. Reading stops at the first line with no separator."""
    # "| a | b |" rows, or tab-separated ones ("a⇥b⇥c": a first cell with no bar before it)
    sep = "|" if "|" in text[header_start:place] else "\t"
    lead = 0 if sep == "|" else 1
    col = text.count(sep, header_start, place) + lead  # separators before its cell
    rows: list[list[tuple[int, int]]] = []
    pos = text.find("\n", header_end)
    for _ in range(MAX_TABLE_ROWS):
        if pos < 0:
            break
        start, pos = pos + 1, text.find("\n", pos + 1)
        end = len(text) if pos < 0 else pos
        if sep not in text[start:end]:
            break
        if sep == "|" and _RULE_ROW.match(text, start, end):
            continue
        # a tab row has no bar before its first cell or after its last: count the line's ends
        bars = [start - 1] * lead + [i for i in range(start, end) if text[i] == sep] + [end] * lead
        if len(bars) <= col:
            continue
        lo = bars[col - 1] + 1
        hi = bars[col] if col < len(bars) else end
        cell = text[lo:hi]
        lo += len(cell) - len(cell.lstrip())
        hi -= len(cell) - len(cell.rstrip())
        cont = rows and _continues(text, bars)
        if cont:
            if lo < hi:
                rows[-1].append((lo, hi))
        else:
            rows.append([(lo, hi)] if lo < hi else [])
    return [r for r in rows if r]


def _continues(text: str, bars: list[int]) -> bool:
    """A continuation row (pipe_rows.wrapped_row), its cells between the separators `bars`."""
    return wrapped_row([not text[a + 1:b].strip() for a, b in zip(bars, bars[1:])])


_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"[A-Za-z0-9]")


def joined_pieces(pieces: list[str]) -> str:
    """A cell's pieces as one name: a Thai name wraps inside a word, with no space
    ("ศาลาการเปรียญ" + "วัดถ้ำใหญ่"); Latin words and numbers keep a space between them."""
    out = pieces[0]
    for p in pieces[1:]:
        out += (" " if _LATIN_END.search(out) and _LATIN_START.match(p) else "") + p
    return out
