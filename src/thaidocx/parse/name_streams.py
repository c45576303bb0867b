"""A family name a few lines below its given name, in a table extracted one cell per line in
content-stream order (PyPDF-style): a wrapped row's visual lines are interleaved, so the cells of the
row's next visual line (a project name's second line, a fund's second line …) stand between the
responsible person's "นางสาวรัตนาภรณ์" and "บุญประคอง"."""
from __future__ import annotations

import re

from .name_titles import name_lists

TH_LETTER = "[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]"
_LONE = re.compile(TH_LETTER + "{2,20}")  # a family name's line: one run of letters
_TITLED = re.compile(TH_LETTER + "{3,45}")  # the given name's line: title and given name, glued
CELL_MAX = 40  # characters: a longer line is prose, no table cell
LINES_BELOW = 5  # a wrapped row's next visual line holds at most this many cells


def family_below(text: str, pos: int, anchored) -> tuple[str, int] | None:
    """(family name, its end) for the given name ending its line at `pos` ("\\n" there), when the
    given name (with its title) is its line's only cell and the next line is no listed family name,
    but one of the next LINES_BELOW lines is: a lone run of letters the family-name list holds,
    every line before it a short cell (CELL_MAX) with no title in it (`anchored(lo, hi)`: another
    person's name would start there). None otherwise: the usual reading (the next line) stands."""
    s = text.rfind("\n", 0, pos) + 1
    if not _TITLED.fullmatch(text, s, pos) and not _TITLED.fullmatch(text, s, pos - 1):  # (a \r before \n)
        return None
    _, families, _ = name_lists()
    if not families:
        return None
    a = pos + 1
    for i in range(LINES_BELOW):
        b = text.find("\n", a)
        b = len(text) if b == -1 else b
        if b - a > CELL_MAX or b == a:
            return None
        word = text[a:b].strip(" \t\r")
        if word in families and _LONE.fullmatch(word):
            if i == 0:
                return None  # the next line: the usual reading
            start = text.find(word, a, b)
            return word, start + len(word)
        if anchored(a, b):
            return None
        a = b + 1
        if a >= len(text):
            return None
    return None
