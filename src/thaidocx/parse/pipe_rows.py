"""Logical rows of a `|` table whose cells wrap onto continuation rows (web pages pasted as
markdown, fund-site records):

    | ผู้รับผิดชอบ | นางกาญจนา รักษ์ทอง พยาบาลวิชาชีพ |
    |  | ชำนาญการ รพ.สต.บ้านในหุบ |
    | สถานที่ | ศาลาประชาคม |
    |  | บ้านในหุบ |

A continuation row is a `|` row with an empty first cell right under another `|` row of as many
cells (the separator `|---|` is none): each of its cells goes on the cell of the same column
above. A cell of a logical row is then a list of pieces (start, end) of the text, trimmed, one
per physical line; its text joins them (`text_of`). Shared by the readers of such tables
(officials' positions in column_positions.py, venues, objectives), so they agree on what a
cell holds. Everything here looks at a few lines around a position: no scan of the whole text."""
from __future__ import annotations

import re

Pieces = tuple[tuple[int, int], ...]
MAX_CONTINUATION = 6  # continuation rows a cell may run on over
_WINDOW = 2000  # the longest line looked at
_SEPARATOR = re.compile(r"[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*$")
_THAI = re.compile("[\u0e01-\u0e4e]")


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    ls = text.rfind("\n", max(0, pos - _WINDOW), pos) + 1 if pos else 0
    if ls == 0 and pos > _WINDOW:
        ls = pos - _WINDOW
    le = text.find("\n", pos, pos + _WINDOW)
    return ls, (le if le >= 0 else min(len(text), pos + _WINDOW))


def row_cells(text: str, ls: int, le: int) -> list[tuple[int, int]] | None:
    """The cells (trimmed spans; empty cells as (p, p)) of the `|` row on the line [ls, le), or
    None when the line is no `|` row (it must open and close with a bar) or is a separator."""
    line = text[ls:le]
    body = line.strip(" \t")
    if len(body) < 2 or body[0] != "|" or body[-1] != "|" or _SEPARATOR.match(line):
        return None
    first = ls + line.index("|")
    last = ls + line.rindex("|")
    out: list[tuple[int, int]] = []
    s = first + 1
    while s <= last:
        e = text.find("|", s, last + 1)
        a, b = s, e
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        out.append((a, b) if a < b else (a, a))
        s = e + 1
    return out


def _cell_index(cells: list[tuple[int, int]], pos: int) -> int | None:
    for k, (a, b) in enumerate(cells):
        if a <= pos <= b and (a < b or k):
            return k
    return None


def wrapped_row(empty: list[bool]) -> bool:
    """Do a row's cells (empty or not, left to right) go on the row above: its first cell empty,
    and at least half of them? A row with its own values under an empty first cell ("|  | 14 ม.ค.
    | วัดโคก | 40 | 38 |": the same group as above) is a row of its own. Shared by every reader of
    wrapped table rows (here and venue_tables.py)."""
    return len(empty) > 1 and empty[0] and 2 * sum(empty) >= len(empty)


def is_continuation(cells: list[tuple[int, int]] | None, above: list[tuple[int, int]] | None) -> bool:
    """A row going on the row above (wrapped_row), under a `|` row of as many cells."""
    return (cells is not None and above is not None and len(cells) == len(above)
            and wrapped_row([a == b for a, b in cells]))


def continues_above(text: str, ls: int, le: int) -> bool:
    """Whether the line [ls, le) is a continuation row of the `|` row right above it."""
    if ls < 2 or text[ls:ls + 1] not in ("|", " ", "\t"):
        return False
    above = _line_bounds(text, ls - 1)
    return is_continuation(row_cells(text, ls, le), row_cells(text, *above))


def continuation(text: str, pos: int, limit: int | None = None) -> Pieces:
    """The pieces the `|` cell holding `pos` goes on with on the continuation rows below it
    (non-empty cells of the same column, up to the first empty one or the next logical row);
    () when `pos` is in no `|` cell or the cell does not go on. Pieces end before `limit`."""
    ls, le = _line_bounds(text, pos)
    cells = row_cells(text, ls, le)
    if cells is None:
        return ()
    k = _cell_index(cells, pos)
    if k is None:
        return ()
    out: list[tuple[int, int]] = []
    above = cells
    for _ in range(MAX_CONTINUATION):
        if le >= len(text) or (limit is not None and le + 1 >= limit):
            break
        ls, le = _line_bounds(text, le + 1)
        row = row_cells(text, ls, le)
        if not is_continuation(row, above):
            break
        assert row is not None
        a, b = row[k]
        if a == b or (limit is not None and b > limit):
            break
        out.append((a, b))
        above = row
    return tuple(out)


def cell_end(text: str, pos: int) -> int | None:
    """The end of the `|` cell holding `pos` (before its trailing spaces) when it ends at a bar,
    else None (`pos` in no `|` row)."""
    ls, le = _line_bounds(text, pos)
    cells = row_cells(text, ls, le)
    if cells is None:
        return None
    k = _cell_index(cells, pos)
    return None if k is None else cells[k][1]


def text_of(text: str, pieces: Pieces) -> str:
    """The pieces of a cell as one text: a Thai word cut by the wrap runs on without a space
    ("ศาลาประชาคม" / "บ้านในหุบ", "รพ.สต." / "บ้านในหุบ"), other pieces are parted by one space."""
    return join_texts([text[s:e] for s, e in pieces])


def join_texts(parts: list[str]) -> str:
    """Pieces' texts joined as `text_of` joins a cell's pieces."""
    out = ""
    for part in parts:
        piece = " ".join(part.split())
        if out and not (_THAI.match(piece) and (_THAI.match(out[-1]) or out[-1] == ".")):
            out += " "
        out += piece
    return out
