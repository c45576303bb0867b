"""Where a venue's name ends in the text after its cue, and whether what was cut out is a place
name: a wide space, a clause word, a word that cannot continue a name, another facility of the
same kind, or the start of its address (read here too) ends it (venues.py reads the cues)."""
from __future__ import annotations

import re
from typing import Any

import regex

from . import geo
from .place_lex import PlaceLex, boundaries

_TRIM = " \t,:;-|"
_TH = "\u0e00-\u0e7f"
# Simple classes run on stdlib `re` (a call costs a third of a `regex` one).
_ABBREV_END = re.compile(r"[A-Za-z0-9)]\.$")
_VILLAGE = regex.compile(r"[ \t]+(บ้าน[^\s,|]+)")
_LETTER = re.compile(rf"[{_TH}A-Za-z]")
_LATIN = re.compile(r"[A-Za-z]")
_COMMA_GAP = re.compile(r"[ \t]*")
# A Latin acronym in brackets after a name's head ("คลินิกไร้พุง (DPAC) อาคารผู้ป่วยนอก …").
_ACRONYM = re.compile(r"\([A-Za-z][A-Za-z0-9&./ -]{0,24}\)[ \t]")


def next_split(text: str, pos: int, limit: int, lx: PlaceLex) -> tuple[int, str | None]:
    """A 'และ <facility>' later in the same clause (before a wide space or clause word)."""
    for b in boundaries(lx, text, pos, limit):
        if b.group("space") is not None or b.group("addr"):
            continue
        if b.group("gsplit"):
            return b.end(), "split"
        if b.group() == ",":  # "ณ ห้องประชุมเทศบาล…, หอประชุมอำเภอ…": a list of places
            after = _COMMA_GAP.match(text, b.end()).end()  # type: ignore[union-attr]
            if lx.facility_re.match(text, after, limit):
                return after, "split"
        if b.group("stop") and lx.stop.get(b.group("stop")) == "split":
            if lx.facility_re.match(text, b.end() + (1 if text[b.end():b.end() + 1] == " " else 0)):
                return b.end(), "split"
        return b.end(), None
    return limit, None


def trim_name(name: str) -> str:
    """Trailing punctuation off, and a closing bracket the name did not open ("(ณ โรงแรม)");
    a final dot stays on Thai abbreviations (รพ.สต., อบต.)."""
    name = name.rstrip(_TRIM)
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip(_TRIM)
    while name.endswith(".") and _ABBREV_END.search(name):
        name = name[:-1].rstrip(_TRIM)
    return name


def scan_name(text: str, pos: int, limit: int, lx: PlaceLex) -> tuple[int, str | None, int]:
    """Where the name starting at `pos` ends: (end, why, where scanning may go on).

    A single space ends the name unless what follows continues it (lx.continue_re) or is a
    province completing the name ('ที่ว่าการอำเภอเมือง ลพบุรี')."""
    opening = lx.facility_re.match(text, pos)
    company = lx.company_re.match(text, pos, limit)
    skip = company.end() if company else pos  # a company's name runs to its จำกัด
    for b in boundaries(lx, text, pos, limit):
        if b.start() == pos or b.start() < skip:
            continue
        if b.group("space") is not None and (company := lx.company_re.match(text, b.end(), limit)):
            skip = company.end()  # "โรงอาหาร บริษัท ส.รุ่งเรืองซีฟู้ด จำกัด": the company's canteen
            continue
        if b.group("space") is not None and opening and _same_facility(text, b.end(), opening, lx):
            return b.start(), "split", b.end()  # "ศูนย์พัฒนาเด็กเล็กบ้านป่ายาง ศูนย์พัฒนาเด็กเล็กบ้าน…": a list
        if b.group("addr"):
            return b.start(), "addr", b.start("addr")
        if b.group("gsplit"):  # "ตลาดบ้านนาและคลองบ้านนา": two places glued by และ
            return b.start(), "split", b.end()
        if b.group("stop"):
            return b.start(), lx.stop.get(b.group("stop")), b.end()
        if b.group("space") is not None:
            if (_continues(text, b.end(), lx) or _province_word(text, b.end(), lx)
                    or _acronym_within(text, b.end(), lx)):
                continue
        return b.start(), None, b.end()
    return limit, None, limit


def after_note(text: str, name_end: int, limit: int, lx: PlaceLex) -> int | None:
    """Where a name cut at `name_end` goes on past a bracketed note of where the place stands
    ("ศาลาสวนสมุนไพร (ด้านหลังอาคารแพทย์แผนไทย) โรงพยาบาลเนินสง่า"): the facility word after
    the bracket, or None (no such note, or no facility word after it)."""
    if "(" not in text[name_end:name_end + 3]:  # cheap pre-check: the bracket right after the name
        return None
    m = lx.note_re.match(text, name_end, limit)
    return m.end() if m else None


def _same_facility(text: str, pos: int, opening: re.Match | regex.Match, lx: PlaceLex) -> bool:
    """The word at `pos` is the facility word that opened the name: after a space, a second
    place of the same kind (siblings in a list), not a part of the first ('ห้องประชุม…
    โรงพยาบาล…' is a room in a hospital)."""
    nxt = lx.facility_re.match(text, pos)
    return nxt is not None and nxt.group() == opening.group()


def _continues(text: str, pos: int, lx: PlaceLex) -> bool:
    """lx.continue_re matches at `pos`: its word part on stdlib re first; its number part
    (a lookbehind re cannot run) only where a digit stands."""
    return bool(lx.continue_word_re.match(text, pos)
                or ("0" <= text[pos:pos + 1] <= "9" and lx.continue_re.match(text, pos))
                or ("0" <= text[pos - 2:pos - 1] <= "9" and lx.numbered_name_re.match(text, pos)))


def _acronym_within(text: str, pos: int, lx: PlaceLex) -> bool:
    """A bracketed Latin acronym at `pos` that the name goes on after ("คลินิกไร้พุง (DPAC)
    อาคารผู้ป่วยนอก โรงพยาบาล…"): the acronym is the head's short name, not the name's end.
    Before a clause ("… (DPAC) ทุกวันพฤหัสบดี") the name ends before it."""
    if text[pos:pos + 1] != "(":
        return False
    a = _ACRONYM.match(text, pos)
    return a is not None and _continues(text, a.end(), lx)


def _province_word(text: str, pos: int, lx: PlaceLex) -> bool:
    return geo.province_at(text, pos, lx.aliases, bounded=True)[1] is not None


def read_address(text: str, pos: int, name_end: int, addr: int, limit: int,
             lx: PlaceLex) -> tuple[int, list[geo.Part]]:
    """Read the address after a name. A generic hall keeps its หมู่ and village in its name
    ('ศาลาประชาคมหมู่ที่ 5 บ้านโนนสะอาด'), since without them it names no one place."""
    parts = geo.read_chain(text, addr, lx.prefixes, lx.aliases, lx.prefix_re)
    fm = lx.facility_re.match(text, pos)
    generic = fm is not None and lx.facility.get(fm.group()) == "generic"
    if generic and parts and parts[0].level == "moo":
        moo_end = parts[0].end
        village = _VILLAGE.match(text[moo_end:limit])
        new_end = moo_end + (village.end() if village else 0)
        rest = geo.read_chain(text, new_end + 1, lx.prefixes, lx.aliases, lx.prefix_re)
        return new_end, rest
    return name_end, parts


def valid_name(name: str, lx: PlaceLex, strong: bool) -> bool:
    """A place name: a named facility, a Latin name, or (after ณ / จัดขึ้นที่) any noun phrase."""
    if len(name) < 3 or not _LETTER.search(name):
        return False
    if name in lx.same or lx.not_facility_re.match(name) or lx.generic_word_re.search(name):
        return False
    if lx.site_generic_re.match(name):  # "ณ สถานที่อบรม": the venue named elsewhere
        return False
    if lx.station_re.match(name):  # "ณ จุดคัดกรอง": a service point of the event, unnamed
        return False
    fm = lx.facility_re.match(name)
    if fm:
        rest = name[fm.end():]
        if not rest.strip() and lx.facility.get(fm.group()) != "generic":
            return False  # "โรงพยาบาล" alone names no place
        if lx.facility.get(fm.group()) == "before" and not lx.facility_re.match(rest):
            return strong  # "ที่ลานหน้าบ้าน": no named place (after ณ any noun phrase names one)
        if rest.strip(" \t") in lx.same:
            return False  # "ห้องประชุมเดิม": the room used before, named elsewhere or not at all
        return not (rest and lx.generic_re.match(rest))
    if _LATIN.match(name) or lx.thai_kind_re.search(name):  # "บ้านสวนริมน่าน รีสอร์ท"
        return True
    # A word cut off by a line break ("ณ โรงพ\nยาบาล…") is no name.
    return strong and not any(t.startswith(name) for t in lx.facility)


def skip_position_words(text: str, pos: int, lx: PlaceLex) -> int:
    """'บริเวณหน้าศูนย์…' -> 'ศูนย์…' (หน้า only before a facility: 'หน้าที่…' is a word)."""
    for _ in range(3):
        pm = lx.position_re.match(text, pos)
        if not pm or not (pm.group().startswith("บริเวณ") or lx.facility_re.match(text, pm.end())
                          or lx.position_re.match(text, pm.end())):
            break
        pos = pm.end()
    return pos


def ends_line(text: str, pos: int, limit: int, place: Any, lx: PlaceLex) -> bool:
    """The name read at `pos` fills its line, with no address: or a facility word alone does
    ("ณ ห้องประชุม" / "   โรงพยาบาลนาดี")."""
    if place is not None:
        return not place.parts and not text[place.start + len(place.name):limit].strip()
    fm = lx.facility_re.match(text, pos, limit)
    return fm is not None and not text[fm.end():limit].strip()


def open_label(text: str, m: Any, pos: int, lx: PlaceLex) -> bool:
    """A สถานที่ label's value on the label's own line names the venue whatever word opens it
    ("สถานที่ สระว่ายน้ำโรงเรียน…", "สถานที่จัดกิจกรรม : ลานวัฒนธรรม…"), unless it opens with a
    vague word, a digit or a person's title (place_label_vague). On the next line it may be the
    form's next label (an empty value): a facility word must open it there."""
    return ("\n" not in text[m.start:pos] and not lx.facility_re.match(text, pos)
            and not lx.label_vague_re.match(text, pos))
