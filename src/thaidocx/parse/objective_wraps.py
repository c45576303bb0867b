"""Objectives: whether a line break inside a sentence is the wrap of a full line in a hard-wrapped
paragraph (PDF text, a news body wrapped at a width), so that the sentence goes on past it.
objectives.py asks, with its own test of whether the next line goes on in prose.
"""
from __future__ import annotations

import re
from typing import Callable

from .spaced_table import width

# A hard-wrapped paragraph (PDF text, a news body wrapped at a width): a line this close to the
# paragraph's width broke only because it was full; the next line goes on with the sentence.
WRAP_FULL = 0.85  # of the widest line of the paragraph
WRAP_LINES = 40  # lines of the paragraph looked at, each way
# … but no page is this wide: a longer line is a whole paragraph of its own (news text pasted
# one paragraph a line), and the next line starts another.
WRAP_MAX = 160  # display columns
# … and in a paragraph of first-line indent, a flush line this full of the widest is wrapped.
WRAP_INDENTED = 0.7
_INDENT = re.compile(r"(?: {3,}|\t)[^ \t\n]")


def hard_wrapped(text: str, brk: re.Match, goes_on: Callable[[str, int], bool]) -> bool:
    """Is the line break `brk` (one newline) the wrap of a full line in a hard-wrapped paragraph:
    the line as wide as the paragraph's widest (WRAP_FULL), another line of it as wide too, and
    the next line going on in prose ("…จัดการอาการปวด" / "อาการหอบเหนื่อย…")?"""
    if brk.group().count("\n") != 1 or not goes_on(text, brk.end()):
        return False
    nl = text.index("\n", brk.start())
    start = text.rfind("\n", 0, nl) + 1
    lines = [text[start:nl]]
    a = start - 1  # the paragraph's lines above, up to a blank line
    while a > 0 and len(lines) < WRAP_LINES:
        b = text.rfind("\n", 0, a) + 1
        if not text[b:a].strip():
            break
        lines.append(text[b:a])
        a = b - 1
    n_above = len(lines)
    z = nl + 1  # … and below
    while z < len(text) and len(lines) < n_above + WRAP_LINES:
        e = text.find("\n", z)
        e = len(text) if e == -1 else e
        if not text[z:e].strip():
            break
        lines.append(text[z:e])
        z = e + 1
    widths = [width(x.rstrip().expandtabs(8)) for x in lines]
    if widths[0] > WRAP_MAX:
        return False
    full = WRAP_FULL * max(widths)
    if full <= widths[0] and sum(w >= full for w in widths) >= 2:
        return True
    # A paragraph with its first line indented and the rest flush left ("          ผอ.… รายงานว่า"
    # / "จากกระทรวง…"): a flush line under a fairly full one is its wrap, whatever the proportional
    # font's widths (a PDF wraps by pixels, not characters).
    top = lines[n_above - 1]
    return (n_above >= 2 and _INDENT.match(top) is not None and not text[nl + 1:nl + 2].isspace()
            and all(not x[:1].isspace() for x in lines[:n_above - 1])
            and widths[0] >= WRAP_INDENTED * max(widths))
