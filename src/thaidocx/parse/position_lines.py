"""A person's position on the lines under the name: a list of whole positions (a column going on
with its organization), a "ตำแหน่ง" label alone on its line with the value below, prose wrapped
right after the name, a signature block's "(name)" line with the post under it, alone or in
side-by-side columns. positions.py reads a position at a point.
"""
from __future__ import annotations

import re

from .name_tries import PeopleLex
from .name_titles import is_thai
from .names import first_anchor
from .official_roles import line_end
from .positions import (LABEL_WORD, MAX_POSITION, chunk_end, extend, head_at,
                        position_from, trim)

MAX_LINES = 3  # a signature block's position may run over a few lines
# A centred signature block's lines are indented deeply, a schedule's right column more so.
# A box drawn with characters around a form ("│ ตำแหน่ง … │"): its side is margin, not text.
BOX_SIDES = "\u2502\u2503\u2551"
_INDENT = re.compile(r"[ \t]{0,100}[%s]?[ \t]{1,100}" % BOX_SIDES)
_WS = re.compile(r"[ \t]{1,3}")
_BOX_END = re.compile(r"[ \t]*[%s][ \t]*$" % BOX_SIDES)


def position_lines(text: str, p: int, limit: int, lex: PeopleLex,
                    starts: list[int]) -> tuple[int, int, int] | None:
    """Lines from `p` that each hold a whole position (at most MAX_LINES); a line below one that
    is an organization alone, indented as the post is (a column: "นักวิชาการคอมพิวเตอร์⏎
    รพ.เกษตรสมบูรณ์"; not a letter's department at the margin), goes on with it."""
    found, indent = None, 0
    for _ in range(MAX_LINES):
        q = _INDENT.match(text, p, limit)
        q = q.end() if q else p
        stop = line_end(text, q, MAX_POSITION)
        if text[stop - 1:stop] in BOX_SIDES and stop > q and (side := _BOX_END.search(text, q, stop)):
            stop = side.start()  # the box's right side
        if found is None and _LABEL_ALONE.fullmatch(text, q, stop):
            return _value_below(text, stop + 1, limit, lex, starts)
        here = position_from(text, q, min(limit, stop), lex, starts) if q < limit else None
        org_line = (here is None and found is not None and q < limit
                    and abs(q - p - indent) <= 2 and lex.org.match(text, q) is not None)
        if org_line:
            here = (q, extend(text, q, q, "head", min(limit, stop), lex, starts), q)
        if org_line and trim(text, q, stop) != here[1]:  # type: ignore[index]
            here = _org_field(text, q, stop, limit, lex, starts)
            if here is not None:  # "โรงเรียน…  อ.ท่าวังผา จ.น่าน", "โรงพยาบาล…  โทร. …": its first
                found = (found[0], here[1], found[2])  # field only, and the block ends
            break
        if here is None or trim(text, q, stop) != here[1]:
            break
        indent = q - p if found is None else indent
        found = here if found is None else (found[0], here[1], found[2])
        p = stop + 1
    return found


_FIELD_GAP = re.compile(r"[ \t]{2,}")


def _org_field(text: str, q: int, stop: int, limit: int, lex: PeopleLex,
               starts: list[int]) -> tuple[int, int, int] | None:
    """An organization line under a post that goes on after a wide gap (an address, a phone):
    the organization up to the gap, when it is whole there."""
    gap = _FIELD_GAP.search(text, q, stop)
    if gap is None:
        return None
    end = extend(text, q, q, "head", min(limit, gap.start()), lex, starts)
    return (q, end, q) if end == trim(text, q, gap.start()) else None


_LABEL_ALONE = re.compile(LABEL_WORD + r"[ \t]*:?[ \t]*")


def _value_below(text: str, p: int, limit: int, lex: PeopleLex,
                 starts: list[int]) -> tuple[int, int, int] | None:
    """A form's "ตำแหน่ง" label alone on its line: the line below is the value, whatever word
    opens it ("ตำแหน่ง⏎ประธานชมรมผู้ปกครอง ศพด.บ้านท่าช้าง"), unless it is a phone, a date, the
    next label or another person."""
    q = _INDENT.match(text, p, limit)
    q = q.end() if q else p
    if q >= limit:
        return None
    stop = min(limit, line_end(text, q, MAX_POSITION))
    end = trim(text, q, stop)
    if (end - q < 3 or not is_thai(text[q]) or lex.not_post.match(text, q, stop)
            or first_anchor(starts, q, end) is not None):
        return None
    head = head_at(text, q, lex, starts)
    if head is None and lex.stop.match(text, q):  # (ผู้ is a stop, ผู้อำนวยการ a head)
        return None
    return q, end, head[0] if head else chunk_end(text, q, end)


def position_wrapped(text: str, p: int, limit: int, lex: PeopleLex,
                      starts: list[int]) -> tuple[int, int, int] | None:
    """Prose wrapped right after the name: the next line opens with the position and goes on
    with a clause word ("…ทองมี\nผู้ช่วยเจ้าพนักงานสาธารณสุข รพ.สต.นาหมอม้า เป็นผู้ประสานงาน"),
    or with anything but another person when the post holds a civil-service grade (ชำนาญงาน,
    ชำนาญการ, ปฏิบัติการ: a post of its own, no heading or next person's post)."""
    q = _INDENT.match(text, p, limit)
    q = q.end() if q else p
    stop = min(limit, line_end(text, q, MAX_POSITION))
    here = position_from(text, q, stop, lex, starts) if q < stop else None
    if here is None:
        return None
    r = _WS.match(text, here[1], stop)
    r = r.end() if r else here[1]
    if r < stop and (lex.stop.match(text, r) or lex.role.match(text, r)):
        return here
    if (r < stop and lex.level.search(text, here[2], here[1]) is not None
            and first_anchor(starts, r, r + 1) is None):
        return here  # "…ปินตา⏎เจ้าพนักงานสาธารณสุขชำนาญงาน เทศบาลตำบลลี้ นำทีม…": a graded post
    return None


def position_leading(text: str, p: int, limit: int, lex: PeopleLex,
                     starts: list[int]) -> tuple[int, int, int] | None:
    """The line after a name that stands alone on its line opens with the position, and chatty
    text goes on after it ("นายธีรวัฒน์ บุญเรือง⏎ผู้อำนวยการโรงพยาบาล…นาโพธิ์ ใจดีมากกก…"): the
    position as read from the line's start (it stops at the first word that is no part of it)."""
    q = _INDENT.match(text, p, limit)
    q = q.end() if q else p
    stop = min(limit, line_end(text, q, MAX_POSITION))
    return position_from(text, q, stop, lex, starts) if q < stop else None


def signature_line(text: str, start: int, name_end: int, p: int, limit: int, lex: PeopleLex,
                   starts: list[int]) -> tuple[int, int, int] | None:
    """A signature block's "(name)" line: the line under it is the signer's position even when
    no position word opens it ("(นางสาว…)\nทันตาภิบาลชำนาญงาน"), unless it is a date, a phone,
    the next signature or another person."""
    if text[start - 1:start] != "(" or text[name_end:p].strip(" \t\n") != ")":
        return None
    q = _INDENT.match(text, p, limit)
    q = q.end() if q else p
    stop = min(limit, line_end(text, q, MAX_POSITION))
    if text[q:q + 1] == "(":  # "(นายเอกชัย …)⏎(หัวหน้ากลุ่มงาน…)": the post bracketed too
        q, stop = _bracketed_post(text, q, limit)
    end = trim(text, q, stop)
    if (end - q < 3 or not is_thai(text[q]) or lex.not_post.match(text, q, stop)
            or first_anchor(starts, q, end) is not None):
        return None
    head = head_at(text, q, lex, starts)
    if head is None and lex.stop.match(text, q):  # (ผู้ is a stop, ผู้อำนวยการ a head)
        return None
    return q, end, head[0] if head else chunk_end(text, q, end)


_POST_BRACKET = re.compile(r"\(([^()\n]+(?:\n[ \t]*[^()\n]+){0,%d})\)" % (MAX_LINES - 1))


def _bracketed_post(text: str, q: int, limit: int) -> tuple[int, int]:
    """The inside of a bracketed post under a bracketed name, which may wrap onto the lines
    below up to its ")" ("(นายแพทย์ชำนาญการพิเศษ รักษาการในตำแหน่ง⏎   ผู้อำนวยการ…)"); (q, q)
    when the bracket does not close so."""
    b = _POST_BRACKET.match(text, q, min(limit, q + MAX_POSITION))
    return (b.start(1), b.end(1)) if b else (q, q)


_BRACKETED = re.compile(r"\([^()\n]{3,80}\)")
_COLUMN_GAP = re.compile(r"[ \t]{3,}")
_SEGMENT = re.compile(r"[^ \t\n]+(?:[ \t]{1,2}[^ \t\n]+)*")  # a column's piece: no 3-space gap


def column_position(text: str, start: int, name_end: int, lex: PeopleLex,
                    starts: list[int]) -> tuple[int, int, int] | None:
    """Side-by-side signature blocks: when the "(name)" line holds two or more bracketed names
    apart by wide gaps ("(นายบุญมา ทองดี)      (นางสมพิศ …)"), the line below is cut into
    columns (at gaps of 3+ spaces) and each piece goes to the name whose column it is nearest.
    (start, end, head_end) of this name's piece, or None when the names do not stand so."""
    if text[start - 1:start] != "(" or text[name_end:name_end + 1] != ")":
        return None
    ls = text.rfind("\n", 0, start) + 1
    le = line_end(text, ls, 400)
    groups = list(_BRACKETED.finditer(text, ls, le))
    if not any(g.start() == start - 1 for g in groups):
        return None
    if len(groups) < 2:
        groups = _beside_block(text, start - 1, name_end + 1, ls, le)
        if groups is None:
            return None
    for a, b in zip(groups, groups[1:]):
        if not _COLUMN_GAP.fullmatch(text, a.end(), b.start()):
            return None  # "(นาย ก)(นาย ข)" or words between: no columns
    below = le + 1
    if below >= len(text):
        return None
    centres = [(g.start() + g.end()) / 2 - ls for g in groups]
    mine = next(i for i, g in enumerate(groups) if g.start() == start - 1)
    stop = line_end(text, below, 400)
    for seg in _SEGMENT.finditer(text, below, stop):
        centre = (seg.start() + seg.end()) / 2 - below
        if min(range(len(centres)), key=lambda i: abs(centres[i] - centre)) != mine:
            continue
        q, end = seg.start(), trim(text, seg.start(), seg.end())
        if (end - q < 3 or not is_thai(text[q]) or lex.not_post.match(text, q, end)
                or first_anchor(starts, q, end) is not None):
            return None
        head = head_at(text, q, lex, starts)
        if head is None and lex.stop.match(text, q):  # (ผู้ is a stop, ผู้อำนวยการ a head)
            return None
        return q, end, head[0] if head else chunk_end(text, q, end)
    return _role_above(text, ls, centres, mine, lex, starts)


_WIDE_GAP = re.compile(r"[ \t]{5,}")


def _beside_block(text: str, lo: int, hi: int, ls: int, le: int) -> list[re.Match] | None:
    """The pieces of the "(name)" line when the bracketed name stands alone in its piece and
    another block's text is beside it after a wide gap (a page's two signature blocks, only one
    name bracketed on this line: "(นาง… มีศรี)      นายแพทย์สาธารณสุขจังหวัด…"); None otherwise."""
    segs = list(_SEGMENT.finditer(text, ls, le))
    i = next((k for k, g in enumerate(segs) if g.start() == lo), None)
    if i is None or segs[i].end() != hi or len(segs) < 2:
        return None
    near = [segs[k] for k in (i - 1, i + 1) if 0 <= k < len(segs)]
    if not all(_WIDE_GAP.fullmatch(text, min(g.end(), segs[i].end()), max(g.start(), lo))
               for g in near):
        return None
    return segs


def _role_above(text: str, ls: int, centres: list[float], mine: int, lex: PeopleLex,
                starts: list[int]) -> tuple[int, int, int] | None:
    """No post under this name's column: the post word that ends the signing line above it, in
    its column ("ลงชื่อ ……… เหรัญญิก" over "(นาง…)"; the dot leader reads as spaces), when one
    stands there."""
    if ls < 2:
        return None
    above = text.rfind("\n", 0, ls - 1) + 1
    last = None
    for seg in _SEGMENT.finditer(text, above, ls - 1):
        centre = (seg.start() + seg.end()) / 2 - above
        if min(range(len(centres)), key=lambda i: abs(centres[i] - centre)) == mine:
            last = seg
    head = head_at(text, last.start(), lex, starts) if last is not None else None
    if head is None or lex.signoff.match(text, last.start()):  # type: ignore[union-attr]
        return None
    return last.start(), trim(text, last.start(), last.end()), head[0]  # type: ignore[union-attr]
