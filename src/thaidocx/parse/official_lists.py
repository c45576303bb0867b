"""Which name a post belongs to where people are listed one after another: a post after a comma
that runs up to the next name ("…แก้วใส,ผญบ.หมู่ 6 นายสมัย…"), and a post followed by the
person's name in brackets ("…รองผู้ว่าราชการจังหวัดลำพูน นพ.สสจ.ลำพูน (นายแพทย์ธีรวัฒน์ …) …").
officials.py asks; positions.py reads the posts.
"""
from __future__ import annotations

import re

from .name_tries import PeopleLex
from .positions import LABEL_WORD, head_at, trim

Found = tuple[int, int, int]  # a position's (start, end, head_end)

_OPEN = re.compile(r"\([ \t]?$")
_TO_BRACKET = re.compile(r"[ \t]*\([ \t]?")
_CLOSE_INLINE = re.compile(r"[ \t]?\)[ \t]*[^\s]")  # the line goes on after the bracket
_GAPS = re.compile(r"[ \t]+")
_LABEL_AFTER = re.compile(r"[ \t]?\)[ \t]*" + LABEL_WORD)  # "(name) ตำแหน่ง …" on the line


def next_ones(text: str, name_end: int, found: Found, nxt: int) -> bool:
    """A post after a comma that runs right up to the next person is that person's, in a list of
    post + name items ("…นายบุญชู แก้วใส,ผญบ.หมู่ 6 นายสมัย พันธ์ดี")."""
    return (nxt < len(text) and "," in text[name_end:found[0]]
            and not text[found[1]:nxt].strip(" \t"))


def bracketed_inline(text: str, start: int, name_end: int) -> bool:
    """The name alone in brackets inside a line of prose ("… นพ.สสจ.ลำพูน (นายแพทย์ธีรวัฒน์
    กันทะวงศ์) หัวหน้าส่วนราชการ…"): the post written before the bracket is the person's. Not a
    signature's "(name)" line, which ends at the bracket (its post is on the line below), nor
    one whose post is labelled after the bracket ("ลงชื่อ ผู้เสนอโครงการ (นาง…) ตำแหน่ง …")."""
    return (_OPEN.search(text, max(0, start - 2), start) is not None
            and _CLOSE_INLINE.match(text, name_end) is not None
            and _LABEL_AFTER.match(text, name_end) is None)


def before_bracket(text: str, found: Found, nxt: int, lex: PeopleLex,
                   starts: list[int]) -> Found:
    """`found` cut before its last post when it runs up to "(" and the next person's name: that
    post is the bracketed person's ("นางสาว… รองผู้ว่าราชการจังหวัดลำพูน นพ.สสจ.ลำพูน (นายแพทย์…)").
    Unchanged when it holds one post only or is not followed so."""
    gap = _TO_BRACKET.match(text, found[1], nxt)
    if gap is None or gap.end() != nxt:
        return found
    cut = None
    for ws in _GAPS.finditer(text, found[2], found[1]):
        if head_at(text, ws.end(), lex, starts) is not None:
            cut = ws.start()
    if cut is None:
        return found
    end = trim(text, found[0], cut)
    return (found[0], end, min(found[2], end)) if end > found[0] else found


STREAM_LINES = 3  # cells between a streamed name's family name and its post, at most
_CELL_MAX = 40  # characters: a longer line is no table cell


def post_below(text: str, p: int, limit: int, read, anchored) -> Found | None:
    """The post of a name read across interleaved table cells (name_streams.family_below): from `p`
    (the line after the family name), the first of STREAM_LINES short lines that opens a post
    (`read(q)`: position_lines or position_wrapped at the line's start), no other person's title
    (`anchored(lo, hi)`) before it ("บุญประคอง⏎ปีงบประมาณ 2569⏎สุขภาพ อบต.⏎นวก.สธ.⏎ปฏิบัติการ")."""
    for _ in range(STREAM_LINES):
        if p >= limit:
            return None
        e = text.find("\n", p, limit)
        e = limit if e == -1 else e
        if e - p > _CELL_MAX or anchored(p, e):
            return None
        if found := read(p):
            return found
        p = e + 1
    return None
