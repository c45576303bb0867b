"""Side-by-side signature blocks whose posts wrap in each column:

    (นายไพโรจน์ คำมูล)                 (นายบุญเรือน ชาญวิชัย)
    รองปลัด… รักษาราชการแทน             นายกองค์การบริหารส่วนตำบลนาโพธิ์
    ปลัดองค์การบริหารส่วนตำบลนาโพธิ์       ประธานกรรมการกองทุนหลักประกันสุขภาพ
    ๔ ก.ค. ๖๘                          อบต.นาโพธิ์

positions.column_position reads the first line under the "(name)" line; here the lines below it
go on in the same column (each line cut at gaps of 3+ spaces, each piece given to the nearest
name's column) while this column's piece opens with a position or organization word. The other
column's text on the left does not end the wrap, as it does for a post wrapped in prose.
"""
from __future__ import annotations

import re

from .name_tries import PeopleLex
from .names import first_anchor
from .official_roles import line_end
from .positions import head_at, trim

Pieces = tuple[tuple[int, int], ...]
MAX_BELOW = 3  # wrapped lines of one column's post
_BRACKETED = re.compile(r"\([^()\n]{3,80}\)")
_COLUMN_GAP = re.compile(r"[ \t]{3,}")
_SEGMENT = re.compile(r"[^ \t\n]+(?:[ \t]{1,2}[^ \t\n]+)*")


def _centres(text: str, start: int, name_end: int) -> tuple[list[float], int] | None:
    """The centres of the bracketed names on the name's line (as columns) and which is this
    name's; None unless the name is one of 2+ bracketed names apart by wide gaps."""
    if text[start - 1:start] != "(" or text[name_end:name_end + 1] != ")":
        return None
    ls = text.rfind("\n", 0, start) + 1
    groups = list(_BRACKETED.finditer(text, ls, line_end(text, ls, 400)))
    if len(groups) < 2 or not all(_COLUMN_GAP.fullmatch(text, a.end(), b.start())
                                  for a, b in zip(groups, groups[1:])):
        return None
    mine = [i for i, g in enumerate(groups) if g.start() == start - 1]
    if not mine:
        return None
    return [(g.start() + g.end()) / 2 - ls for g in groups], mine[0]


def column_below(text: str, end: int, start: int, name_end: int, lex: PeopleLex,
                 starts: list[int]) -> Pieces | None:
    """The pieces of this name's column on the lines after the one where its post [.., end)
    ends, while they open with a position or organization word; None when there are none."""
    if (cols := _centres(text, start, name_end)) is None:
        return None
    centres, mine = cols
    nl = text.find("\n", end, end + 400)
    out: list[tuple[int, int]] = []
    while nl >= 0 and len(out) < MAX_BELOW:
        ls = nl + 1
        le = line_end(text, ls, 400)
        piece = None
        for seg in _SEGMENT.finditer(text, ls, le):
            centre = (seg.start() + seg.end()) / 2 - ls
            if min(range(len(centres)), key=lambda i: abs(centres[i] - centre)) == mine:
                piece = seg
                break
        if piece is None:
            break
        s, e = piece.start(), trim(text, piece.start(), piece.end())
        if (e - s < 3 or text[s] == "(" or lex.not_post.match(text, s, e)
                or first_anchor(starts, s, e) is not None
                or not (head_at(text, s, lex, starts) or lex.org.match(text, s))):
            break
        out.append((s, e))
        nl = le if le < len(text) and text[le:le + 1] == "\n" else -1
    return tuple(out) or None


# A list's role column: after a wide gap, an agent noun (ผู้…) alone up to the line's end
# ("อ.ดร.ธีรวัฒน์ พลซา          ผู้ร่วมประเมิน").
_AGENT_CELL = re.compile(r"(?:[ ]{3,}|\t)[ \t]*(ผู้[\u0e01-\u0e4e]{2,28})[ \t]*(?=\n|$)")


def agent_cell(text: str, name_end: int, lex: PeopleLex) -> tuple[int, int, int] | None:
    """(start, end, head_end) of an agent-noun cell after the name across a wide gap, filling the
    rest of the line; not an attendance cue (ผู้เข้าร่วม…: the list's role, no post)."""
    m = _AGENT_CELL.match(text, name_end) if text[name_end:name_end + 1] in " \t" else None
    if m is None:
        return None
    r = lex.role.match(text, m.start(1))
    if r and lex.roles.get(r.group()) == "participant":
        return None
    return m.start(1), m.end(1), m.end(1)
