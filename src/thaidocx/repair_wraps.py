"""Hard wraps: text cut into lines of a fixed number of characters whatever the words (a
converter's or an old mailer's wrapping), so that a break can fall inside a word:

    ... จากการสำรวจ ณ วันที่ 15 ตุ
    ลาคม 2568 ตำบลโพนข่ามีสุนัข ...

Evidence of such wrapping is strong and cheap to see: many lines of exactly the same, greatest,
length (on the corpus, ordinary documents have at most a few lines of their longest length; a
wrapped one has a third or more of its long lines at it). Only then is each break after a line
of that full length looked at, and joined when it cuts a word: the Thai runs on both sides,
read as one, have no word boundary at the break (`ตุ|ลาคม` reads `ตุลาคม`) and no more unknown
characters than the two pieces. A break between two words stays a line break (pieces of one
sentence on two lines are how most documents come anyway).
"""
from __future__ import annotations

import re

from .repair_chars import CONS, LEAD, THAI_WORD, WINDOW, ZERO_WIDTH
from .textedits import Edit
from .thaidict import reading, unknown_score

MIN_FULL_LINES = 5  # lines of the full width
MIN_FULL_SHARE = 0.3  # of the lines at least half as long as the full width
MIN_WIDTH = 30  # narrower lines are lists and tables, not wrapped prose

# Not counted in a line's width: what no wrapper wrote as a character of the line.
_UNCOUNTED = dict.fromkeys(map(ord, "\r" + ZERO_WIDTH))
_UNCOUNTED_RE = re.compile(f"[\r{ZERO_WIDTH}]")
_BEFORE = re.compile(f"[{THAI_WORD}]{{1,{WINDOW}}}$")
_AFTER = re.compile(f"[{CONS}{LEAD}][{THAI_WORD}]{{0,{WINDOW - 1}}}")


def wrap_width(text: str, uncounted: bool = True) -> int | None:
    """The width of the text's hard wrapping, or None when the lines show none (module doc).
    uncounted=False: the caller knows the text holds no character left uncounted."""
    if text.count("\n") < MIN_FULL_LINES:
        return None
    lengths = list(map(len, _lines(text) if uncounted else text.split("\n")))  # (C-speed list methods: no Counter per document)
    width = max(lengths)
    if width < MIN_WIDTH:
        return None
    full = lengths.count(width)
    if full < MIN_FULL_LINES:  # (most documents)
        return None
    long_lines = sum(1 for length in lengths if length * 2 >= width)
    return width if full >= MIN_FULL_SHARE * long_lines else None


def _lines(text: str) -> list[str]:
    lines = text.split("\n")
    if _UNCOUNTED_RE.search(text):
        lines = [line.translate(_UNCOUNTED) for line in lines]
    return lines


def wrap_joins(text: str, width: int, canon) -> list[Edit]:
    """Edits removing the breaks after lines of `width` characters that cut a word.
    `canon` gives the clean form of a piece (marks in order, sara am), for the dictionary."""
    edits: list[Edit] = []
    line_start = 0
    for line in _lines(text)[:-1]:  # every line but the last ends in a break
        brk = text.index("\n", line_start)
        line_start, start = brk + 1, line_start
        if len(line) != width:
            continue
        cut = brk - 1 if text[brk - 1:brk] == "\r" else brk
        before = _BEFORE.search(text, max(start, cut - WINDOW), cut)
        after = _AFTER.match(text, brk + 1)
        if before is None or after is None:
            continue
        left, right = canon(before.group()), canon(after.group())
        joined = left + right
        if len(left) in reading(joined).cuts:
            continue  # a word ends at the break
        if unknown_score(joined)[0] <= unknown_score(left + "\n" + right)[0]:
            edits.append((cut, brk + 1, ""))
    return edits
