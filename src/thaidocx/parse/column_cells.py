"""A table extracted one cell per line (a PDF's attendee list in an appendix): the header's cells
stand on lines of their own, "ชื่อ - สกุล" with "ตำแหน่ง…" on the next line, and each row's cells
follow one a line. The line after a name alone on its line is the name's post, whatever its words
("ผู้ประกอบการร้านอาหาร"), unless it is the next row's number, another person or the signature
cell (the given name written again).

    ลำดับ⏎ชื่อ - สกุล⏎ตำแหน่ง/หน่วยงาน⏎ลายมือชื่อ⏎1⏎นายสมชาย ใจดี⏎ผู้ประกอบการร้านอาหาร⏎สมชาย
"""
from __future__ import annotations

import re
from functools import lru_cache

from .name_tries import PeopleLex
from .name_titles import is_thai
from .names import first_anchor
from .positions import LABEL_WORD, MAX_POSITION, chunk_end, head_at, trim

# The header's name cell, then its position cell alone on the next line.
_HEADER = re.compile(r"(?m)^[ \t]*ชื่อ[ \t]*[-–]?[ \t]*(?:นาม)?สกุล[ \t]*\n[ \t]*"
                     + LABEL_WORD + r"[^\n]{0,30}\n")
_BLANK = re.compile(r"\n[ \t]*\n")
_CELL = re.compile(r"[ \t]*([^\n]*?)[ \t]*(?:\n|$)")
MAX_TABLE = 4000  # how far below its header a table's row may stand


@lru_cache(maxsize=4)
def _headers(text: str) -> tuple[int, ...]:
    if "สกุล" not in text:
        return ()
    return tuple(m.end() for m in _HEADER.finditer(text))


def cell_below(text: str, title_start: int, name_end: int, below: int, limit: int,
               lex: PeopleLex, starts: list[int], given: str) -> tuple[int, int, int] | None:
    """(start, end, head_end) of the post cell on the line at `below` when the titled name
    (`title_start` to `name_end`) fills its line in a cell-per-line table; None otherwise."""
    heads = _headers(text)
    if not heads or heads[0] > title_start:
        return None
    head = max(h for h in heads if h <= title_start)
    if title_start - head > MAX_TABLE or _BLANK.search(text, head, below):
        return None
    line_start = text.rfind("\n", 0, title_start) + 1
    if text[line_start:title_start].strip() or text[name_end:below].strip():
        return None
    cell = _CELL.match(text, below, limit)
    if cell is None:
        return None
    q, end = cell.start(1), trim(text, cell.start(1), cell.end(1))
    if (end - q < 2 or end - q > MAX_POSITION or not (is_thai(text[q]) or text[q].isalpha())
            or first_anchor(starts, q, end) is not None or lex.not_post.match(text, q, end)
            or (given and text.startswith(given, q))):
        return None
    word = head_at(text, q, lex, starts)
    return q, end, word[0] if word else chunk_end(text, q, end)
