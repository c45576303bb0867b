"""Venues (where the activity takes place), from the `place.venue_*` rules; the area is chosen
in area.py from the same address chains.

A cue rule (ณ …, ที่ <facility>, สถานที่ดำเนินการ …) captures the rest of the line; the place
name is cut out of it (venue_scan.py): it ends at a wide space, a clause word (โดย, เพื่อ, ได้ …),
a word that cannot continue a place name, or where the address begins (ต./อ./จ. …). The address
fills subdistrict / district / province, resolved with geothai (geo.py).
"""
from __future__ import annotations

import re
from typing import NamedTuple

import regex

from ..match import Match
from ..model import Venue
from . import geo
from . import venue_clauses as clauses
from .venue_hints import name_hints
from .venues_doc import doc_lex, one_each, own_places, points_at, row_owners, take_span
from .pipe_rows import join_texts
from .venue_tables import addressed, place_cells
from .venue_scan import (after_note, ends_line, next_split, open_label as label_opens, read_address,
                         scan_name, skip_position_words, trim_name, valid_name)
from .venue_wraps import (building_above, building_below, hanging_line, name_below, org_end_below, places_below,
                          wrapped_inner, wrapped_tail, wrapped_word)
from .area import Located, addresses, choose_area, complete, stated
from .place_lex import PlaceLex, place_lex
from .context import Context, Parsed
from .items import evidence, maker
from .page_chrome import in_spans, sidebars_of

_VENUE = maker(Venue)
# A list item's mark: "1) ", "2. ", "- ", "• " (num is None for a bullet).
_LIST_ITEM = re.compile(r"(?:(?P<num>[0-9]{1,2})(?P<mark>[.)])|(?P<bullet>[-•*]))[ \t]+")
_NUMBER = re.compile(r"[0-9]")  # in an open label's name: an area part (ชุมชนหมู่ที่ 1 – 8)
_INDENT = re.compile(r"[ \t]+")
_PROSE = frozenset({"weak", "strong"})  # cues read in running text (a quoted title may hold one)
_NOT_HERE = frozenset({"background"})  # section kinds (rules/sections.toml) that tell no venue


class _Place(NamedTuple):  # immutable, and cheaper to make than a frozen dataclass
    """A venue found in the text, before it becomes a Venue."""

    name: str
    start: int
    end: int  # end of the name, or of its address when one follows
    parts: tuple[geo.Part, ...]
    rule: str
    priority: int
    named: bool = False  # the address words inside the name are still to be read (_with_hints)
    venue: bool = True  # False: a province after a cue, too wide a venue, still the area
    # a name read from pieces (a table cell wrapped onto continuation rows): their spans
    pieces: tuple[tuple[int, int], ...] = ()
    spaced: bool = False  # the pieces are words of one line: joined with a space, not as a cell's


def parse(ctx: Context) -> Parsed:
    lx = place_lex(ctx.rules)
    places = _venues(ctx, lx)
    addrs = addresses(ctx, lx)
    venues = []
    located = []
    wide = []  # the provinces cued as places: the area after every venue's own address
    warnings = []
    for p in places:
        r = stated(ctx, lx, complete(ctx, lx, p.parts, addrs), p.parts)
        if not p.venue:
            wide.append(Located(p.parts, p.rule, r))
            continue
        if r.ambiguous:
            warnings.append(ctx.warning(
                "ambiguous_place", f"{', '.join(r.ambiguous)}: several areas of Thailand have this "
                "name and the context does not say which; left without a code",
                p.start, p.end, p.rule))
        # as written, damaged Thai repaired (NormText.written)
        written = [ctx.norm.written(a, b) for a, b in p.pieces]
        name = (" ".join(written) if p.spaced else join_texts(written) if written
                else ctx.norm.written(p.start, p.start + len(p.name)))
        if "\n" in name:  # a name wrapped onto the next line: its lines joined as a cell's pieces
            name = join_texts(name.split("\n"))  # ("ชั้น 2" / "อาคาร…" spaced, "โรงพ" / "ยาบาล…" glued)
        venues.append(_VENUE({"name": name, "subdistrict": r.subdistrict, "district": r.district,
                              "province": r.province, "codes": r.codes,
                              "evidence": evidence(ctx.norm, p.start, p.end, p.rule)}))
        located.append(Located(p.parts, p.rule, r))
    area = choose_area(ctx, lx, located + wide, addrs)
    return Parsed(items=tuple(venues), warnings=tuple(warnings),
                  extra={"area": area} if area else {})


# --- venues -------------------------------------------------------------------------------

def _venues(ctx: Context, lx: PlaceLex) -> list[_Place]:
    found: list[_Place] = []
    taken: list[tuple[int, int]] = []  # spans already used, sorted and disjoint
    matches = ctx.for_field("venues")
    sidebar = sidebars_of(ctx) if matches else []
    if sidebar:  # a sidebar list above the article: other pages' places
        matches = tuple(m for m in matches if not in_spans(sidebar, m.start))
    # "ไม่สะดวกมารับบริการที่คลินิก…" in the background: a place the text talks about, not
    # where the activity is held (a weak cue needs the activity around it).
    cued = [m for m in matches if m.attrs.get("kind") != "fallback"
            and not (m.attrs.get("kind") == "weak" and ctx.section_at(m.start) in _NOT_HERE)]
    fallback = [m for m in matches if m.attrs.get("kind") == "fallback"]
    future_re = ctx.rules.derived(clauses.future_re)
    errand_re = ctx.rules.derived(clauses.errand_re)
    contact_re = ctx.rules.derived(clauses.contact_re)
    work_re = ctx.rules.derived(clauses.work_re)
    escort_re = ctx.rules.derived(clauses.escort_re)
    depart_res = ctx.rules.derived(clauses.departure_res)
    reason_re = ctx.rules.derived(clauses.reason_re)
    # an errand word may end with the cue itself ("ผู้สนใจสมัครได้ที่ รพ.สต.…"): read up to the place
    cued = [m for m in cued if not clauses.later_event(ctx.text, m.start, future_re)
            and not clauses.later_event(ctx.text, m.spans.get("place", (m.start,))[0], errand_re,
                                        clauses.ERRAND_CONTEXT)
            and not clauses.contact_desk(ctx.text, m.start, contact_re)
            and not clauses.workplace(ctx.text, m.spans.get("place", (m.start,))[0], work_re)
            and not clauses.escorted(ctx.text, m.spans.get("place", (m.start,))[0], escort_re)
            and not clauses.hardship(ctx.text, m.spans.get("place", (m.start,))[0], reason_re)
            and not clauses.departure_point(ctx.text, m.start, depart_res)
            and not (m.attrs.get("kind") in _PROSE and clauses.in_title(ctx.text, m.start))]
    agenda = ctx.rules.derived(clauses.agenda_res)
    if cued and agenda[0].search(ctx.text):  # minutes: agenda items speak of other events too
        cued = [m for m in cued if not clauses.invited_elsewhere(ctx.text, m.start, agenda)]
    aside_re = ctx.rules.derived(clauses.aside_re)
    round_re = ctx.rules.derived(clauses.round_re)
    ordinal_res = ctx.rules.derived(clauses.ordinal_res)
    hold_re = ctx.rules.derived(clauses.will_hold_re)
    past_re = ctx.rules.derived(clauses.past_re)
    step_re = ctx.rules.derived(clauses.next_step_re)
    aside: list[_Place] = []  # "ส่วนการฝึกซ้อม… จะจัดขึ้นที่…": another, later part's place
    for m in sorted(cued, key=lambda m: (-m.priority, m.start)):
        places = (_table_places(ctx.text, m, lx) if m.attrs.get("kind") == "table"
                  else _places_from(ctx.text, m, lx, future_re, round_re))
        if m.attrs.get("name") == "proper":  # "อบรมผู้สัมผัสอาหารในโรงอาหารโรงเรียน": a kind of place
            places = [p for p in places if not doc_lex(ctx.rules).kind_only.fullmatch(p.name)]
        later = bool(places) and (clauses.aside(ctx.text, m.start, aside_re)
                                   or clauses.next_round(ctx.text, m.start, round_re)
                                   or clauses.later_round(ctx.text, m.start, ordinal_res)
                                   or clauses.will_hold(ctx.text, m.start, hold_re)
                                   or clauses.earlier_event(ctx.text, m.start, past_re)
                                   or clauses.next_step(ctx.text, m.start, step_re))
        for p in places:
            if take_span(taken, p.start, p.end):
                (aside if later else found).append(p)
    if not any(p.venue for p in found):  # a proposal's parts all lie ahead: the aside's place
        found += aside                      # is the venue then
    # the first facility given with its address; when every venue found is unnamed ("ณ
    # ห้องพยาบาลโรงเรียน"), the first of the facility it points at (the school of the header)
    unnamed = [p.name for p in found if p.venue and doc_lex(ctx.rules).kind_only.fullmatch(p.name)]
    for m in fallback if len(unnamed) == sum(p.venue for p in found) else ():
        first = _places_from(ctx.text, m, lx)[:1]
        if first and (not unnamed or points_at(unnamed, first[0].name, doc_lex(ctx.rules))):
            found += first
            break
    out = one_each(sorted(found, key=lambda p: p.start), doc_lex(ctx.rules))
    if any(p.venue for p in out) and any(p.venue and not _area_named(p, lx) for p in out):
        # "…นำร่องที่อำเภอพังโคน" beside "ที่หอประชุมอำเภอพังโคน": a bare subdistrict or district
        # is where the work is, its area; the facility named is the venue
        out = [p._replace(venue=False) if p.venue and _area_named(p, lx) else p for p in out]
    wide = [p for p in out if not p.venue]
    out = own_places([p for p in out if p.venue], [p.name for p in out if p.venue], doc_lex(ctx.rules))
    rows = {m.rule for m in matches if m.attrs.get("kind") == "table" or m.attrs.get("row")}
    if rows and len(out) > 1:
        out = row_owners(out, [p.name for p in out], [p.rule in rows for p in out], doc_lex(ctx.rules))
    return [_with_hints(ctx.text, p, lx) for p in out] + wide


def _area_named(p: _Place, lx: PlaceLex) -> bool:
    """The place is an area itself (read at an address word: "ที่ตำบลท่าเสา"), not a facility."""
    return bool(p.parts) and p.parts[0].start == p.start and lx.prefix_re.match(p.name) is not None


def _with_hints(text: str, p: _Place, lx: PlaceLex) -> _Place:
    """The place with the address words inside its name first among its parts: read only
    for the places kept (a third of those found overlap another or repeat one)."""
    if not p.named:
        return p
    hints = name_hints(text, p.start, p.start + len(p.name), lx)
    return _Place(p.name, p.start, p.end, tuple(hints) + p.parts, p.rule, p.priority)



def _places_from(text: str, m: Match, lx: PlaceLex,
                 future_re: re.Pattern | regex.Pattern | None = None,
                 round_re: re.Pattern | regex.Pattern | None = None) -> list[_Place]:
    """One or more places from a cue ('โรงพยาบาล X และโรงเรียน Y' gives two)."""
    pos = m.spans["place"][0]
    if (listed := lx.listing_re.match(text, pos)) is not None:
        pos = listed.end()  # "ที่โรงเรียน 2 แห่ง ได้แก่ โรงเรียน…": the places listed
    nl = text.find("\n", pos, pos + 220)
    limit = nl if nl != -1 else min(len(text), pos + 220)  # the cue's line: address included
    if nl != -1 and (wrapped_word(text, pos, nl, lx)  # "ณ โรงพ\nยาบาลหันคา": the next line too
                     or wrapped_inner(text, pos, nl, lx)):  # "…ศูนย์บริการ\nสาธารณสุข…"
        nl = text.find("\n", nl + 1, nl + 221)
        limit = nl if nl != -1 else min(len(text), limit + 221)
    elif nl != -1 and (tail := wrapped_tail(text, nl, lx)):  # "…บ้านเวียง\nพางคำ"
        limit = tail
    hang = ((hanging_line(text, nl, lx) or name_below(text, skip_position_words(text, pos, lx), nl, lx)
             or building_below(text, nl, lx) or building_above(text, pos, nl, lx)
             or org_end_below(text, pos, nl, lx))
            if limit == nl != -1 else None)
    kind = m.attrs.get("kind")
    if kind == "label" and (item := _LIST_ITEM.match(text, pos)):
        return _label_list(text, pos, item, m, lx)
    if kind == "weak" and clauses.purpose_led(text, m.start):
        return []
    if kind in ("weak", "strong") and (clauses.followup(text, m.start, lx.followup_re)
                                       or lx.own_trip_re.search(text, max(0, m.start - 16), m.start)):
        return []  # "นัดตรวจที่…", "(พักที่อาคาร…", "คลอดที่ รพ.…": not where the activity is
    out: list[_Place] = []
    open_label = kind == "label" and label_opens(text, m, pos, lx)
    strong = kind == "strong" or open_label
    while pos < limit and len(out) < MAX_PLACES:
        pos = skip_position_words(text, pos, lx)
        place, after, split = _one_place(text, pos, limit, m, lx, strong)
        if hang and ends_line(text, pos, limit, place, lx):
            # "ณ ห้องประชุมสภา" / "       เทศบาลตำบลเวียงชัย วิทยากร…": the name goes on
            joined = _joined(text, pos, place, hang[0], hang[1], m, lx)
            if joined:
                limit, (place, after, split) = hang[1], joined
            hang = None
        if place and not (open_label and _NUMBER.search(place.name)):
            out.append(place)
        strong = open_label = False  # after และ / a second ที่ only a facility starts another place
        if split and after < limit:
            pos = _INDENT.match(text, after).end() if _INDENT.match(text, after) else after
            continue  # "… และ รพ.สต.…": the next place after the space
        # "… ที่ตลาดสด… และวันศุกร์ที่ 15 ที่วัด…": another ที่ / ณ + facility on the line (the
        # cue's rule took the whole line, so no match of its own starts there)
        nxt = _again(text, place.end if place else pos, limit, lx)
        if nxt is not None and future_re is not None and (
                clauses.later_event(text, nxt, future_re)
                or (round_re is not None and clauses.next_round(text, nxt, round_re))):
            break  # "… ณ ห้องประชุม…  ครั้งต่อไปจัดที่โรงแรม…": the next event's place
        if nxt is None:
            break
        pos = nxt
    if out and limit == nl != -1 and not text[out[-1].end:limit].strip(" \t,"):
        out += places_below(text, nl, lx, MAX_PLACES - len(out),
                            lambda a, b: _one_place(text, a, b, m, lx, False))
    return out


MAX_PLACES = 5  # places read after one cue




def _joined(text: str, start: int, place: _Place | None, pos: int, limit: int, m: Match,
            lx: PlaceLex) -> tuple[_Place, int, bool] | None:
    """The place at `start` whose name a hanging line goes on (see venue_wraps), as
    _one_place gives it; None when the line opens another place of the same kind
    ("ศาลาประชาคมบ้านนา" / "ศาลาประชาคมบ้านโคก") or no name."""
    first, second = lx.facility_re.match(text, start), lx.facility_re.match(text, pos)
    if first and second and first.group() == second.group():
        return None
    more, after, split = _one_place(text, pos, limit, m, lx, True)
    if more is None:
        return None
    name = text[start:more.start + len(more.name)]
    if place is None:
        return _Place(name, start, more.end, more.parts, m.rule, m.priority, named=True), after, split
    return place._replace(name=name, end=more.end, parts=more.parts), after, split


MAX_LIST_ITEMS = 12


def _label_list(text: str, pos: int, item: re.Match, m: Match, lx: PlaceLex) -> list[_Place]:
    """A label whose value is a list, one place a line ("สถานที่ดำเนินการ\n 1) ศาลา… ต.… อ.…\n
    2) วัด… ม.3 …"): the items that follow, numbered on (2, 3 …, with the same mark after the
    number) or with the same bullet; a facility word must open each place."""
    num, mark = item.group("num"), item.group("mark")
    out: list[_Place] = []
    for i in range(MAX_LIST_ITEMS):
        nl = text.find("\n", pos)
        limit = nl if nl != -1 else len(text)
        start = item.end()
        if lx.facility_re.match(text, start, limit):
            place, _, _ = _one_place(text, start, limit, m, lx, False)
            if place:
                out.append(place)
        if nl == -1:
            break
        indent = _INDENT.match(text, nl + 1)
        pos = indent.end() if indent else nl + 1
        item = _LIST_ITEM.match(text, pos)
        if (item is None or item.group("mark") != mark
                or (num is not None and item.group("num") != str(int(num) + i + 1))):
            break
    return out


def _again(text: str, pos: int, limit: int, lx: PlaceLex) -> int | None:
    """Where the place after the next ที่ / ณ + facility in text[pos:limit] starts, or None
    when a purpose (เพื่อ) or a follow-up (นัด…ที่) leads to it."""
    a = lx.again_re.search(text, pos, limit)
    if a is None or "เพื่อ" in text[pos:a.start()] or clauses.followup(text, a.start(), lx.followup_re):
        return None
    return a.end()


def _table_places(text: str, m: Match, lx: PlaceLex) -> list[_Place]:
    """The places in the สถานที่ column of a | (or tab-separated) table, from the rows below its
    header row: a cell that starts with a facility word ("| 13 ก.ค. | คัดกรอง | วัดโพธิ์ทอง
    บ้านหนองแวง | 142 คน |"). A cell wrapped onto continuation rows (venue_tables) is one name
    ("ศาลาการเปรียญ" / "วัดถ้ำใหญ่"); a piece opening with the cell's facility word again starts
    another place (a list of sites in one cell)."""
    head_start = text.rfind("\n", 0, m.start) + 1
    out: list[_Place] = []
    for pieces in place_cells(text, head_start, m.end, m.spans["place"][0]):
        place, lo, hi = None, -1, -1  # the place read so far and its first piece
        for lo2, hi2 in pieces:
            if lo >= 0 and not _same_head(text, lo, lo2, hi2, lx):
                if place is not None and text[place.start + len(place.name):hi].strip():
                    break  # the name does not fill its piece: the piece below is not its tail
                if lx.prefix_re.match(text, lo2, hi2):  # "วัดโคก" / "หมู่ 6 อ.ศรีสำโรง": its address
                    place, hi = addressed(text, place, lo2, lx), hi2
                    continue
                place = _wrapped(text, place, lo, hi, lo2, hi2, m, lx)
                if place is None:
                    break
                hi = hi2
                continue
            if place is not None:
                out.append(place)
            place, lo, hi = None, lo2, hi2
            if not lx.facility_re.match(text, lo2, hi2):
                break
            place, _, _ = _one_place(text, lo2, hi2, m, lx, False)
        if place:
            out.append(place)
    return out


def _same_head(text: str, lo: int, lo2: int, hi2: int, lx: PlaceLex) -> bool:
    """The piece at lo2 opens with the facility word the cell's first piece opened with: another
    place of the same kind ("โรงเรียนบ้านนา" / "โรงเรียนบ้านโคก"), not a wrapped name."""
    first, second = lx.facility_re.match(text, lo), lx.facility_re.match(text, lo2, hi2)
    return first is not None and second is not None and first.group() == second.group()


def _wrapped(text: str, place: _Place | None, lo: int, hi: int, lo2: int, hi2: int, m: Match,
             lx: PlaceLex) -> _Place | None:
    """The place whose name, read from the piece(s) up to `hi` ("รพ.สต.", a facility word alone:
    None), goes on in the piece [lo2, hi2); None when the whole names no place."""
    more, _, _ = _one_place(text, lo2, hi2, m, lx, True)
    if more is None:
        return None
    head = place.pieces if place is not None and place.pieces else (
        (lo, place.start + len(place.name) if place else hi),)
    spans = head + ((lo2, lo2 + len(more.name)),)
    name = join_texts([text[a:b] for a, b in spans])
    if not valid_name(name, lx, False):  # "รพ.สต. ในเครือข่าย" / "ทุกแห่ง"
        return None
    return _Place(name, lo, more.end, more.parts or (place.parts if place else ()), m.rule,
                  m.priority, pieces=spans)



def _one_place(text: str, pos: int, limit: int, m: Match, lx: PlaceLex,
               strong: bool) -> tuple[_Place | None, int, bool]:
    """The place at `pos`: (place or None, where the next one may start, whether one may)."""
    if lx.prefix_re.match(text, pos):  # the place is an area itself: "ที่ตำบลท่าเสา อำเภอ…"
        parts = geo.read_chain(text, pos, lx.prefixes, lx.aliases, lx.prefix_re)
        if not parts or parts[0].key is None or parts[0].level == "moo":
            return None, pos, False
        p0 = parts[0]
        name = text[p0.start:p0.end]
        # a province is too wide to be a venue ("จัดขึ้นที่จังหวัดบุรีรัมย์"): it gives the area
        return _Place(name, p0.start, parts[-1].end, tuple(parts), m.rule, m.priority,
                      venue=p0.level != "province"), parts[-1].end, False
    name_end, kind, nxt = scan_name(text, pos, limit, lx)
    head = None  # the name's head before a bracketed locator note, its tail read after the note
    if kind is None and (resume := after_note(text, name_end, limit, lx)) is not None:
        head = (pos, pos + len(trim_name(text[pos:name_end])))
        pos = resume
        name_end, kind, nxt = scan_name(text, pos, limit, lx)
    parts: list[geo.Part] = []
    end = name_end
    if kind == "addr":
        name_end, parts = read_address(text, pos, name_end, nxt, limit, lx)
        end = parts[-1].end if parts else name_end
        kind = None
    if kind is None:  # "ศาลาประชาคมหมู่ที่ 2 บ้านนา และโรงพยาบาล…": a split may still follow
        nxt, kind = next_split(text, max(end, name_end), limit, lx)
    name = trim_name(text[pos:name_end])
    name_end = pos + len(name)
    split = kind == "split"
    if head is not None:  # "ศาลาสวนสมุนไพร (ด้านหลังอาคาร…) โรงพยาบาลเนินสง่า": the note left out
        pieces = (head, (pos, name_end))
        name = " ".join(text[a:b] for a, b in pieces)
        if not valid_name(name, lx, strong):
            return None, nxt, split
        return _Place(name, head[0], max(end, name_end), tuple(parts), m.rule, m.priority,
                      pieces=pieces, spaced=True), nxt, split
    if not valid_name(name, lx, strong) or lx.count_of_places_re.match(text, name_end):
        return None, nxt, split
    return _Place(name, pos, max(end, name_end), tuple(parts), m.rule, m.priority, named=True), nxt, split
