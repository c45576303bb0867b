"""Venues (where the activity takes place) and the area, from the `place.*` rules.

A cue rule (ณ …, ที่ <facility>, สถานที่ดำเนินการ …) captures the rest of the line; the place
name is cut out of it: it ends at a wide space, a clause word (โดย, เพื่อ, ได้ …) or where the
address begins (ต./อ./จ. …). The address fills subdistrict / district / province and is resolved
with geothai (geo.py). The area is, in order of trust: a labelled project area, a venue's
address, an address chain in the heading, one in the body, an organization named after its
province (เทศบาลเมืองแพร่).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from ..match import Match
from ..model import Area, Venue
from ..ruleset import RuleSet
from . import geo
from .context import Context, Parsed

CHAIN_RULE = "place.address_chain"
_TH = "\u0e00-\u0e7f"
HEADING_LINES = 3  # an address chain in the first content lines locates the whole document
_TRIM = " \t,:;-|"


@dataclass(frozen=True)
class _Lex:
    """Regexes and tables built once per RuleSet from the place_* lexicons."""

    prefixes: dict[str, str]
    aliases: dict[str, str]
    prefix_re: regex.Pattern
    boundary_re: regex.Pattern
    stop: dict[str, str]
    facility: dict[str, str]
    facility_re: regex.Pattern
    position_re: regex.Pattern
    generic_re: regex.Pattern
    hint_re: regex.Pattern
    hints: dict[str, str]
    org_re: regex.Pattern
    orgs: dict[str, str]
    continue_re: regex.Pattern
    not_facility_re: regex.Pattern
    generic_word_re: regex.Pattern


_LEX_CACHE: dict[int, tuple[RuleSet, _Lex]] = {}


def _lex(rules: RuleSet) -> _Lex:
    hit = _LEX_CACHE.get(id(rules))
    if hit and hit[0] is rules:
        return hit[1]
    lx = _build_lex(rules)
    _LEX_CACHE[id(rules)] = (rules, lx)
    return lx


def _entries(rules: RuleSet, name: str) -> dict[str, str]:
    return {k: str(v) for k, v in rules.lexicon(name).spec.entries.items()}


def _build_lex(rules: RuleSet) -> _Lex:
    pat = lambda name: rules.lexicon(name).pattern()
    address = pat("place_address")
    boundary = (
        r"[ \t]{2,}|[|\t“”\",]"
        rf"|(?P<glued>{pat('place_stop_glued')})"
        rf"|[ \t](?P<stop>{pat('place_stop')})(?=[ \t{_TH}A-Za-z0-9])"
        rf"|[ \t](?P<addr>{address})(?=[ \t]?[{_TH}0-9])"
        r"|(?P<space>[ \t])"
    )
    cont = pat("place_continue")
    return _Lex(
        prefixes=_entries(rules, "place_address"),
        aliases=_entries(rules, "place_province_alias"),
        prefix_re=regex.compile(address + rf"(?=[ \t]?[{_TH}0-9])"),
        boundary_re=regex.compile(boundary),
        stop=_entries(rules, "place_stop"),
        facility=_entries(rules, "place_facility"),
        facility_re=regex.compile(pat("place_facility")),
        position_re=regex.compile(pat("place_position") + r"[ \t]?"),
        generic_re=regex.compile(r"[ \t]?" + pat("place_generic_tail")),
        hint_re=regex.compile(pat("place_name_hint")),
        hints=_entries(rules, "place_name_hint"),
        not_facility_re=regex.compile(pat("place_not_facility")),
        generic_word_re=regex.compile(pat("place_generic_word")),
        org_re=regex.compile(pat("place_org_province") + r"[ \t]?"),
        orgs=_entries(rules, "place_org_province"),
        # What may follow a space inside a place name: another facility, a floor / building
        # word, a Latin word, a bracket; a number only right after a floor / room word.
        continue_re=regex.compile(
            rf"(?:{pat('place_facility')}|{cont}|[A-Za-z(])"
            rf"|(?<=(?:{cont})[ \t]?[^\s]{{0,20}}[ \t])[0-9]{{1,4}}(?![0-9,.])"),
    )


@dataclass(frozen=True)
class _Place:
    """A venue found in the text, before it becomes a Venue."""

    name: str
    start: int
    end: int  # end of the name, or of its address when one follows
    parts: tuple[geo.Part, ...]
    rule: str
    priority: int


def parse(ctx: Context) -> Parsed:
    lx = _lex(ctx.rules)
    places = _venues(ctx, lx)
    venues = []
    for p in places:
        r = geo.resolve(list(p.parts), lx.aliases)
        venues.append(Venue(name=p.name, subdistrict=r.subdistrict, district=r.district,
                            province=r.province, codes=r.codes,
                            evidence=ctx.evidence(p.start, p.end, p.rule)))
    area = _area(ctx, lx, places)
    return Parsed(items=tuple(venues), extra={"area": area} if area else {})


# --- venues -------------------------------------------------------------------------------

def _venues(ctx: Context, lx: _Lex) -> list[_Place]:
    found: list[_Place] = []
    for m in sorted(ctx.for_field("venues"), key=lambda m: (-m.priority, m.start)):
        for p in _places_from(ctx.text, m, lx):
            if not any(p.start < q.end and q.start < p.end for q in found):
                found.append(p)
    out: list[_Place] = []
    seen: set[str] = set()
    for p in sorted(found, key=lambda p: p.start):
        key = regex.sub(r"\s+", "", p.name)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _places_from(text: str, m: Match, lx: _Lex) -> list[_Place]:
    """One or more places from a cue ('โรงพยาบาล X และโรงเรียน Y' gives two)."""
    pos, limit = m.spans["place"][0], m.spans["place"][1]
    out: list[_Place] = []
    strong = m.rule in ("place.venue_na", "place.venue_held", "place.venue_located", "place.venue_pin")
    while pos < limit and len(out) < 5:
        pos = _skip_position_words(text, pos, lx)
        place, after, split = _one_place(text, pos, limit, m, lx, strong)
        if place:
            out.append(place)
        if not split:
            break
        pos = after
        strong = False  # after และ only a facility starts another place
    return out


def _skip_position_words(text: str, pos: int, lx: _Lex) -> int:
    pm = lx.position_re.match(text, pos)
    if pm and (pm.group().startswith("บริเวณ") or lx.facility_re.match(text, pm.end())):
        return pm.end()
    return pos


def _one_place(text: str, pos: int, limit: int, m: Match, lx: _Lex,
               strong: bool) -> tuple[_Place | None, int, bool]:
    """The place at `pos`: (place or None, where the next one may start, whether one may)."""
    if lx.prefix_re.match(text, pos):  # the place is an area itself: "ที่ตำบลหัวไผ่ อำเภอ…"
        parts = geo.read_chain(text, pos, lx.prefixes, lx.aliases, lx.prefix_re)
        if not parts or parts[0].key is None or parts[0].level == "moo":
            return None, pos, False
        p0 = parts[0]
        name = text[p0.start:p0.end]
        return _Place(name, p0.start, parts[-1].end, tuple(parts), m.rule, m.priority), parts[-1].end, False
    name_end, kind, nxt = _scan(text, pos, limit, lx)
    parts: list[geo.Part] = []
    end = name_end
    if kind == "addr":
        name_end, parts = _address(text, pos, name_end, nxt, limit, lx)
        end = parts[-1].end if parts else name_end
        kind = None
    name = _trim(text[pos:name_end])
    name_end = pos + len(name)
    split = kind == "split"
    if not _valid(name, lx, strong):
        return None, nxt, split
    parts = _name_hints(text, pos, name_end, lx) + parts
    return _Place(name, pos, max(end, name_end), tuple(parts), m.rule, m.priority), nxt, split


def _trim(name: str) -> str:
    """Trailing punctuation off; a final dot stays on Thai abbreviations (รพ.สต., อบต.)."""
    name = name.rstrip(_TRIM)
    while name.endswith(".") and regex.search(r"[A-Za-z0-9)]\.$", name):
        name = name[:-1].rstrip(_TRIM)
    return name


def _scan(text: str, pos: int, limit: int, lx: _Lex) -> tuple[int, str | None, int]:
    """Where the name starting at `pos` ends: (end, why, where scanning may go on).

    A single space ends the name unless what follows continues it (lx.continue_re) or is a
    province completing the name ('ที่ว่าการอำเภอเมือง ฉะเชิงเทรา')."""
    for b in lx.boundary_re.finditer(text, pos, limit):
        if b.start() == pos:
            continue
        if b.group("addr"):
            return b.start(), "addr", b.start("addr")
        if b.group("stop"):
            return b.start(), lx.stop.get(b.group("stop")), b.end()
        if b.group("space") is not None:
            if lx.continue_re.match(text, b.end()) or _province_word(text, b.end(), lx):
                continue
        return b.start(), None, b.end()
    return limit, None, limit


def _province_word(text: str, pos: int, lx: _Lex) -> bool:
    end, prov = geo.province_at(text, pos, lx.aliases, bounded=True)
    return prov is not None


def _address(text: str, pos: int, name_end: int, addr: int, limit: int,
             lx: _Lex) -> tuple[int, list[geo.Part]]:
    """Read the address after a name. A generic hall keeps its หมู่ and village in its name
    ('ศาลาประชาคมหมู่ที่ 5 บ้านโนนสะอาด'), since without them it names no one place."""
    parts = geo.read_chain(text, addr, lx.prefixes, lx.aliases, lx.prefix_re)
    fm = lx.facility_re.match(text, pos)
    generic = fm is not None and lx.facility.get(fm.group()) == "generic"
    if generic and parts and parts[0].level == "moo":
        moo_end = parts[0].end
        village = regex.match(r"[ \t]+(บ้าน[^\s,|]+)", text[moo_end:limit])
        new_end = moo_end + (village.end() if village else 0)
        rest = geo.read_chain(text, new_end + 1, lx.prefixes, lx.aliases, lx.prefix_re)
        return new_end, rest
    return name_end, parts


def _valid(name: str, lx: _Lex, strong: bool) -> bool:
    """A place name: a named facility, a Latin name, or (after ณ / จัดขึ้นที่) any noun phrase."""
    if len(name) < 3 or not regex.search(rf"[{_TH}A-Za-z]", name):
        return False
    if lx.not_facility_re.match(name) or lx.generic_word_re.search(name):
        return False
    fm = lx.facility_re.match(name)
    if fm:
        rest = name[fm.end():]
        if not rest.strip() and lx.facility.get(fm.group()) != "generic":
            return False  # "โรงพยาบาล" alone names no place
        return not (rest and lx.generic_re.match(rest))
    if regex.match(r"[A-Za-z]", name):
        return True
    return strong


def _name_hints(text: str, start: int, end: int, lx: _Lex) -> list[geo.Part]:
    """Address words inside the name locate it: 'สำนักงานสาธารณสุขจังหวัดยโสธร' is in ยโสธร,
    'ศูนย์ฟื้นฟูเทศบาลเมืองนครพนม' in นครพนม."""
    out: list[geo.Part] = []
    for h in lx.hint_re.finditer(text, start, end):
        level = lx.hints[h.group()]
        name_pos = h.end() + (1 if text[h.end():h.end() + 1] == " " else 0)
        stop, key = geo.read_name(text, name_pos, level, lx.aliases)  # type: ignore[arg-type]
        if stop > name_pos:
            out.append(geo.Part(level, text[name_pos:stop], h.start(), stop, key))  # type: ignore[arg-type]
    if not any(p.level == "province" and p.key for p in out):
        prov = _org_province(text, start, end, lx)
        if prov:
            out.append(prov)
    return out


def _org_province(text: str, start: int, end: int, lx: _Lex) -> geo.Part | None:
    for o in lx.org_re.finditer(text, start, end):
        bounded = lx.orgs.get(o.group().rstrip(" \t")) == "bounded"
        stop, prov = geo.province_at(text, o.end(), lx.aliases, bounded=bounded)
        if prov and stop <= end:
            return geo.Part("province", prov, o.end(), stop, geo.province_key(prov))
    return None


# --- area ---------------------------------------------------------------------------------

def _area(ctx: Context, lx: _Lex, places: list[_Place]) -> Area | None:
    chains = _chains(ctx, lx)
    for m in ctx.for_field("area"):
        if m.rule == "place.area_label":
            s, e = m.spans["value"]
            for c in chains:
                if s <= c[0].start < e and _located(c):
                    return _make_area(ctx, lx, list(c), m.rule)
    for p in places:
        located = [q for q in p.parts if q.key and q.level in ("district", "province")]
        if located:
            r = geo.resolve(list(p.parts), lx.aliases)
            if r.province:
                addr = [q for q in p.parts if q.start >= p.start]
                return _make_area(ctx, lx, addr, CHAIN_RULE if addr else p.rule, resolved=r)
    heading_end = _heading_end(ctx.text)
    located = [c for c in chains if _located(c)]
    for c in located:
        if c[0].start < heading_end:
            return _make_area(ctx, lx, list(c), CHAIN_RULE)
    if located:
        return _make_area(ctx, lx, list(located[0]), CHAIN_RULE)
    return _org_area(ctx, lx)


def _chains(ctx: Context, lx: _Lex) -> list[tuple[geo.Part, ...]]:
    """Every address chain in the text, except postal addresses (a letterhead's sender)."""
    out: list[tuple[geo.Part, ...]] = []
    last_end = -1
    for m in ctx.for_field("area"):
        if m.rule != CHAIN_RULE or m.start < last_end:
            continue
        parts = geo.read_chain(ctx.text, m.start, lx.prefixes, lx.aliases, lx.prefix_re)
        if parts:
            last_end = parts[-1].end
            if not _POSTAL.match(ctx.text, last_end):
                out.append(tuple(parts))
    return out


_POSTAL = regex.compile(r"[ \t]*[0-9]{5}(?![0-9])")


def _located(chain: tuple[geo.Part, ...]) -> bool:
    """A chain locates the activity when it names a known province or district."""
    return any(p.key and p.level in ("province", "district") for p in chain)


def _heading_end(text: str) -> int:
    """End offset of the first few non-empty lines (title, organization, area line)."""
    seen = 0
    for lm in regex.finditer(r"[^\n]*\n?", text):
        if lm.group().strip():
            seen += 1
            if seen >= HEADING_LINES:
                return lm.end()
        if lm.end() >= len(text):
            break
    return len(text)


def _make_area(ctx: Context, lx: _Lex, parts: list[geo.Part], rule: str,
               resolved: geo.Resolved | None = None) -> Area | None:
    r = resolved or geo.resolve(parts, lx.aliases)
    if r.empty or not parts:
        return None
    start, end = parts[0].start, parts[-1].end
    return Area(subdistrict=r.subdistrict, district=r.district, province=r.province,
                codes=r.codes, evidence=ctx.evidence(start, end, rule))


def _org_area(ctx: Context, lx: _Lex) -> Area | None:
    """The province most organizations are named after ('เทศบาลเมืองสุพรรณบุรี')."""
    found: list[tuple[str, int, int]] = []
    for m in ctx.for_field("area"):
        if m.rule != "place.area_org":
            continue
        pos = m.end + (1 if ctx.text[m.end:m.end + 1] == " " else 0)
        bounded = lx.orgs.get(m.text.rstrip(" \t")) == "bounded"
        end, prov = geo.province_at(ctx.text, pos, lx.aliases, bounded=bounded)
        if prov:
            found.append((prov, m.start, end))
    if not found:
        return None
    best = Counter(p for p, _, _ in found).most_common(1)[0][0]
    _, s, e = next(f for f in found if f[0] == best)
    r = geo.province_only(best)
    return Area(province=r.province, codes=r.codes, evidence=ctx.evidence(s, e, "place.area_org"))
