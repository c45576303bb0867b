"""A venue's name that a line break cuts: the cue's line ends inside a facility word ("ณ โรงพ" /
"ยาบาลหันคา", "ณ ห้องประชุมศูนย์บริการ" / "สาธารณสุข…"), a hard wrap carries a word's last letters onto a line of their own, a hanging
indent goes on with the name, a facility word alone ends the line and the next line names
which one ("ที่ลานกีฬา" / "บ้านโคกสะอาด …"), or the next line gives the building a room is in
("ณ ห้องประชุม… ชั้น 5" / "อาคาร… โรงพยาบาล…"), or names the building a bare building word ends
the line with ("… ชั้น 3 อาคาร" / "สำนักงาน…"). venues.py reads the cues."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Callable

from .place_lex import ORG_WORD, WRAP_PIECE, PlaceLex

_TH = "\u0e00-\u0e7f"
_INDENT = re.compile(r"[ \t]+")


# A full line of a PDF hard-wrapped at a fixed width, whose last word ends on the next line.
WRAPPED_LINE = 60  # characters: the cue's line was cut because it was full
WRAPPED_TAIL = 40  # characters: at most this much of a name carried onto a line of its own
WORD_TAIL = 12  # characters: at most this much of one word's end
_TAIL = re.compile(rf"[{_TH}]{{1,{WRAPPED_TAIL}}}(?=[ \t]*(?:\n|$))")


def wrapped_tail(text: str, nl: int, lx: PlaceLex) -> int | None:
    """Where the word the cue's line ends with really ends, when a hard wrap carried its last
    letters onto a line of their own ("…และศูนย์พัฒนาเด็กเล็กบ้านเวียง" / "พางคำ" / "6. งบ…"), or
    the rest of the name ("… ณ อาคารศูนย์ส่งเสริม" / "สุขภาพผู้สูงวัยตำบลนาดี"): the line is full
    and ends in a Thai letter, the next line is one run of Thai letters alone. A run longer than
    a word's tail that opens with a facility word is a sentence of its own ("… ณ ห้องประชุมสภา" /
    "เทศบาลตำบลเวียงชัยจัดประชุมต่อ": the council as its subject)."""
    line_start = text.rfind("\n", 0, nl) + 1
    if nl - line_start < WRAPPED_LINE or not re.match(rf"[{_TH}]", text[nl - 1:nl]):
        return None
    tail = _TAIL.match(text, nl + 1)
    if tail is None or (tail.end() - tail.start() > WORD_TAIL and lx.facility_re.match(text, nl + 1)):
        return None
    return tail.end()


def hanging_line(text: str, nl: int, lx: PlaceLex) -> tuple[int, int] | None:
    """(where the facility word opening the next line starts, that line's end) when a full
    line ending in a Thai letter goes on in a hanging indent: the next line is indented deeper
    than the cue's and opens with an organisation or facility word ("   ๖.๒ จัดอบรม… ณ
    ห้องประชุมสภา" / "       เทศบาลตำบลเวียงชัย วิทยากร…"); at the cue line's own indent
    only an organisation word that needs its name (a hard-wrapped paragraph: "  กิจกรรมที่ 1
    อบรม… ณ ห้องประชุมจำปาขาว" / "  โรงเรียนบ้านโนนสำราญ ผู้เข้าอบรม 40 คน", as on one line a
    space would not end the room's name before it). A short line is a list, one place a line."""
    line_start = text.rfind("\n", 0, nl) + 1
    if nl - line_start < WRAPPED_LINE or not re.match(rf"[{_TH}]", text[nl - 1:nl]):
        return None
    own = _INDENT.match(text, line_start)
    own_width = own.end() - own.start() if own else 0
    nxt = _INDENT.match(text, nl + 1)
    width = nxt.end() - nxt.start() if nxt else 0
    start = nxt.end() if nxt else nl + 1
    if width > own_width:
        if not lx.facility_re.match(text, start):
            return None
    elif width < own_width or not text.startswith(lx.facility_long, start):
        return None
    end = text.find("\n", start)
    return start, end if end != -1 else len(text)


def wrapped_word(text: str, pos: int, nl: int, lx: PlaceLex) -> bool:
    """The cue's line ends inside a facility word that the next line finishes: a text
    hard-wrapped at a fixed width ("ณ โรงพ" / "ยาบาลหันคา")."""
    piece = text[pos:nl].rstrip(" \t")
    if not piece or len(piece) > 30:
        return False
    words = lx.facility_sorted  # the words piece begins are a run of them, sorted
    for j in range(bisect_left(words, piece), len(words)):
        f = words[j]
        if not f.startswith(piece):
            return False
        if f != piece and text.startswith(f[len(piece):], nl + 1):
            return True
    return False


MIN_PIECE = WRAP_PIECE  # letters of a facility word on each side of the break


def wrapped_inner(text: str, pos: int, nl: int, lx: PlaceLex) -> bool:
    """A full line of a hard-wrapped paragraph breaks inside a facility word of the name, at the
    boundary of its own words, and the next line finishes it ("… ณ ห้องประชุมศูนย์บริการ" /
    "สาธารณสุขเทศบาลตำบลบ้านแหลม อบรม…", "… ห้องประชุมโรงพยาบาล" / "ส่งเสริมสุขภาพตำบลบ้านนา"):
    the word's head ends the cue's line after `pos`, its rest opens the next line."""
    line_start = text.rfind("\n", 0, nl) + 1
    if nl - line_start < WRAPPED_LINE or not re.match(rf"[{_TH}]", text[nl + 1:nl + 2]):
        return False
    # every word's cuts by the tail the next line opens with: a lookup per tail length
    for size, tails in lx.facility_cuts.items():
        for head, k in tails.get(text[nl + 1:nl + 1 + size], ()):
            if nl - k >= pos and text.startswith(head, nl - k):
                return True
    return False


def name_below(text: str, pos: int, nl: int, lx: PlaceLex) -> tuple[int, int] | None:
    """(where the next line's text starts, that line's end) when the cue's line ends with a
    facility word alone, which names no place by itself, and the next line opens with the
    village or community that names it ("… ที่ลานกีฬา" / "บ้านโคกสะอาด ตั้งแต่เดือน…")."""
    fm = lx.facility_re.match(text, pos, nl)
    if fm is None or text[fm.end():nl].strip(" \t"):
        return None
    start = nl + 1
    indent = _INDENT.match(text, start)
    start = indent.end() if indent else start
    if not lx.name_below_re.match(text, start) or text.startswith("บ้านเลขที่", start):
        return None
    end = text.find("\n", start)
    return start, end if end != -1 else len(text)


def building_below(text: str, nl: int, lx: PlaceLex) -> tuple[int, int] | None:
    """(where the next line's text starts, that line's end) when it opens with the building or
    floor the name ending the cue's line is in ("ณ ห้องประชุมปทุมรัตน์ ชั้น 5" / "อาคารเฉลิม
    พระเกียรติ โรงพยาบาล…"): a building word never opens a sentence of its own there. The caller
    joins it only when the name fills the cue's line."""
    start = nl + 1
    indent = _INDENT.match(text, start)
    start = indent.end() if indent else start
    if not lx.building_below_re.match(text, start):
        return None
    end = text.find("\n", start)
    return start, end if end != -1 else len(text)


def building_above(text: str, pos: int, nl: int, lx: PlaceLex) -> tuple[int, int] | None:
    """(where the next line's text starts, that line's end) when the cue's line ends with a
    bare building word after the room ("ที่ห้องประชุมพนมดงรัก ชั้น 3 อาคาร" / "สำนักงานองค์การ
    บริหารส่วนจังหวัด…"): a building word names no building alone, the next line says which.
    The next line must open with a Thai letter (not a list item, a date or a bullet)."""
    if nl - pos < 6 or not lx.building_end_re.search(text, pos, nl):
        return None
    start = nl + 1
    indent = _INDENT.match(text, start)
    start = indent.end() if indent else start
    if not re.match(rf"[{_TH}]", text[start:start + 1]):
        return None
    end = text.find("\n", start)
    return start, end if end != -1 else len(text)


MIN_ORG_WORD = ORG_WORD  # letters: an organisation word that needs its name (เทศบาลตำบล, โรงเรียน), not ศาลา


def org_end_below(text: str, pos: int, nl: int, lx: PlaceLex) -> tuple[int, int] | None:
    """(where the next line's text starts, that line's end) when the cue's line (a table cell)
    ends with an organisation word that needs its name, and the indented next line opens with
    Thai letters: the cell wrapped ("⇥ศึกษาดูงาน ศูนย์ดูแลผู้สูงอายุกลางวัน (Day Care) เทศบาลตำบล⇥" /
    "⇥เหมืองง่า อำเภอเมืองลำพูน …"). Not a short word that also ends names (ศาลา, วัด)."""
    end = nl
    while end > pos and text[end - 1] in " \t":
        end -= 1
    if not text.endswith(lx.facility_long, pos + 1, end):  # a word of MIN_ORG_WORD+ after pos
        return None
    indent = _INDENT.match(text, nl + 1)
    if indent is None or not re.match(rf"[{_TH}]", text[indent.end():indent.end() + 1]):
        return None
    stop = text.find("\n", indent.end())
    return indent.end(), stop if stop != -1 else len(text)


_LIST_GOES_ON = re.compile(r"[ \t]*(?:และ|หรือ|,)[ \t]*")


def list_below(text: str, nl: int, lx: PlaceLex) -> tuple[int, int] | None:
    """(where the next place starts, its line's end) when the line below goes on with the list
    of places the cue's line ends with: it opens (after any indent) with และ / หรือ / a comma and
    a facility word ("สถานที่ดำเนินการ  ศพด.… , ศพด.…" / "        และโรงเรียนเทศบาล 1 (…)"). A
    line opening with a conjunction never starts a sentence of its own; the caller asks only
    when the places read fill the cue's line."""
    start = nl + 1
    m = _LIST_GOES_ON.match(text, start)
    if m is None or not lx.facility_re.match(text, m.end()):
        return None
    end = text.find("\n", m.end())
    return m.end(), end if end != -1 else len(text)


def places_below(text: str, nl: int, lx: PlaceLex, room: int,
                 read: Callable[[int, int], tuple[Any, int, bool]]) -> list[Any]:
    """The places on the lines below that go on with the cue's list ("…, ศพด.บ้านดอนกลอย" /
    "    และโรงเรียนเทศบาล 1 (…)": list_below), while each line's places fill it. `read(pos,
    limit)` reads one place as venues.py does: (place or None, where the next may start, whether
    one may)."""
    out: list[Any] = []
    while room > 0 and (below := list_below(text, nl, lx)) is not None:
        pos, limit = below
        place = None
        while pos < limit and room > 0:
            place, after, split = read(pos, limit)
            if place:
                out.append(place)
                room -= 1
            if not (split and after < limit):
                break
            pos = after
        if place is None or limit >= len(text) or text[place.end:limit].strip(" \t,"):
            break
        nl = limit
    return out
