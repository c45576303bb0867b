"""Thai administrative areas: read address chains ("ต.X อ.Y จ.Z") and resolve them with geothai.

geothai holds every province, district and subdistrict with its DOPA code. Names in documents
are often glued to the next word ("อำเภอเมืองตราดเดินหน้า…") or broken by PDF extraction
("จ.ชั ยภูมิ"), so a name is read as the LONGEST known name that prefixes the text, and only
when nothing fits is the next whitespace-separated piece joined on. A name resolves to a code
only when it is unambiguous: a district within its province, a subdistrict within its district.
The name lookups in geothai's tables are geo_lookup.py's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Mapping, NamedTuple

import geothai
import regex

from ..literal_re import WHITE_SPACE
from ..memo import text_memo
from ..model import AreaCodes
from .geo_lookup import Level, PLAIN, area_index, area_key, longest_key, lookup, province_keys

MAX_NAME = 40  # longest Thai area name is well under this (characters, before normalizing)
_TOKEN_END = regex.compile(r"[\s,|()\[\]“”\"'/:;]")
# Hot simple patterns run with stdlib `re` (a call costs a third of a `regex` one); no \b or
# \w. _PIECE runs up to the next _TOKEN_END, whose \s is spelt out: re's \s would also take
# U+001C-U+001F (tests/test_venues.py checks the two on every character).
_PIECE = re.compile(f"[^{WHITE_SPACE}" r",|()\[\]“”\"'/:;]*")
_MOO_NUM = re.compile(r"[ \t]?([0-9]{1,3})")
_SEP = re.compile(r"[ \t]*,?[ \t]*")
_GAP = re.compile(r"[ \t]*")
BLANK = r"[ \t]{2,12}"  # a form's blank after an address word (rules/places.toml PLACE_BLANK)
_WORD_CHAR = re.compile(r"[\u0e00-\u0e7fA-Za-z0-9]")


class Part(NamedTuple):  # immutable, and cheaper to make than a frozen dataclass
    """One part of an address chain: its level, the name as written, and where it lies."""

    level: Level
    name: str
    start: int  # offsets into the normalized text: the whole part, prefix included
    end: int
    key: str | None = None  # normalized geothai key when the name is a known area


@dataclass(frozen=True)
class Resolved:
    subdistrict: str | None = None
    district: str | None = None
    province: str | None = None
    codes: AreaCodes | None = None
    # names that match several areas in their context and were left unresolved (never guessed)
    ambiguous: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.subdistrict or self.district or self.province)


def _piece_end(text: str, pos: int) -> int:
    """End of the whitespace- and punctuation-free piece at `pos` (at most MAX_NAME long)."""
    return _PIECE.match(text, pos, pos + MAX_NAME).end()  # type: ignore[union-attr]


def read_name(text: str, pos: int, level: Level, aliases: Mapping[str, str],
              piece_end: int | None = None) -> tuple[int, str | None]:
    """Read an area name at text[pos:]: (end offset, geothai key or None if unknown).

    The longest known name that prefixes the first whitespace-free piece wins; when none does,
    the next piece is joined on (PDF damage: "ชั ยภูมิ"). Unknown names end at the piece's end.
    `piece_end`: _piece_end(text, pos), when the caller has it.
    """
    if piece_end is None:
        piece_end = _piece_end(text, pos)
    if level == "province" and text.startswith(tuple(aliases), pos):
        for alias in sorted(aliases, key=len, reverse=True):
            if text.startswith(alias, pos):
                return pos + len(alias), area_key(alias, level, aliases)
    end, k = longest_key(text, pos, piece_end, level, aliases)
    if k:
        return end, k
    # One stray space inside the name: join the next piece, which must be used up whole.
    if piece_end < len(text) and text[piece_end] == " ":
        end2 = _piece_end(text, piece_end + 1)
        if end2 > piece_end + 1:
            k = area_key(text[pos:end2], level, aliases)
            if k:
                return end2, k
    return piece_end, None


def read_chain(text: str, pos: int, prefixes: Mapping[str, str], aliases: Mapping[str, str],
               prefix_re: re.Pattern | regex.Pattern, limit: int = 8) -> list[Part]:
    """Read address parts starting at `pos`: "ม.4 ตำบลเกาะลันตาน้อย อำเภอเกาะลันตา จังหวัดกระบี่"."""
    parts: list[Part] = []
    while len(parts) < limit:
        m = prefix_re.match(text, pos)
        if not m:
            prev = parts[-1] if parts else None
            # "เขตบางรัก กรุงเทพมหานคร", "อำเภอเมือง ขอนแก่น": a bare province after a known place
            if prev and prev.level != "province" and (prev.key or _is_mueang(prev.name)):
                end, key = read_name(text, pos, "province", aliases)
                if key and end > pos:
                    parts.append(Part("province", text[pos:end], pos, end, key))
            break
        level: Level = prefixes[m.group()]  # type: ignore[assignment]
        gap = _GAP.match(text, m.end()).end() - m.end()  # type: ignore[union-attr]
        name_pos = m.end() + (1 if text[m.end():m.end() + 1] == " " else 0)
        if not parts and gap <= 1 and prefix_re.match(text, name_pos):
            pos = name_pos  # "ในเขตตำบลแม่สาย", "เขตอำเภอ…": the area of, not a Bangkok เขต
            continue
        if gap > 1:  # a form's blank: "จังหวัด    นครราชสีมา", read only before a known name
            name_pos = m.end() + gap
            end, key = read_name(text, name_pos, level, aliases)
            if level == "moo" or not key:
                break
            name = text[name_pos:end]
        elif level == "moo":
            mm = _MOO_NUM.match(text, m.end())
            if not mm:
                break
            end, key = mm.end(), None
            name = mm.group(1)
        else:
            end, key = read_name(text, name_pos, level, aliases)
            name = text[name_pos:end]
        if end <= name_pos or not name.strip():
            break
        parts.append(Part(level, name, m.start(), end, key))
        sep = _SEP.match(text, end, end + 8)
        pos = sep.end() if sep else end
    return parts


def _is_mueang(name: str) -> bool:
    return geothai.normalize(name) == "เมือง"


def _one(cands: tuple) -> object | None:
    return cands[0] if len(cands) == 1 else None


class _Named(NamedTuple):
    """What resolve reads of a Part (not where it lies)."""

    level: Level
    name: str
    key: str | None


def resolve(parts: list[Part], aliases: Mapping[str, str] = {}) -> Resolved:
    """Names and codes for a chain; a code only when the name is unambiguous in its parent."""
    return _resolve(tuple([_Named(p.level, p.name, p.key) for p in parts]))


@text_memo(maxsize=4096)
def _resolve(parts: tuple[_Named, ...]) -> Resolved:
    """`resolve`, pure in the parts' levels, names and keys (geothai's tables are fixed), so
    cached: a venue's chain is resolved again for the area, often in other documents too.
    Resolved and its AreaCodes are immutable, so sharing one is safe."""
    by = {p.level: p for p in parts if p.level != "moo"}
    prov = dist = sub = None
    ambiguous: list[str] = []
    if "province" in by and by["province"].key:
        prov = _one(area_index().provinces[by["province"].key])
    if "district" in by:
        dist = _district(by["district"], prov)
        if dist is None and _district_candidates(by["district"], prov) > 1:
            ambiguous.append(f"district {by['district'].name.strip()}")
        if dist is not None and prov is None:
            prov = geothai.province(dist.province_code)
    if "subdistrict" in by and by["subdistrict"].key:
        cands = area_index().subdistricts[by["subdistrict"].key]
        if dist is not None:
            cands = tuple(s for s in cands if s.district_code == dist.code)
        elif prov is not None:
            cands = tuple(s for s in cands if s.province_code == prov.code)
        sub = _one(cands) if dist is not None or prov is not None else None
        if sub is None and len(cands) > 1:
            ambiguous.append(f"subdistrict {by['subdistrict'].name.strip()}")
    resolved = _resolved(by, prov, dist, sub)
    return replace(resolved, ambiguous=tuple(ambiguous)) if ambiguous else resolved


def _district_candidates(part: _Named, prov) -> int:
    if not part.key:
        return 0
    cands = area_index().districts[part.key]
    return len([d for d in cands if prov is None or d.province_code == prov.code])


def _district(part: _Named, prov) -> object | None:
    if part.key:
        cands = area_index().districts[part.key]
        if prov is not None:
            cands = tuple(d for d in cands if d.province_code == prov.code)
        return _one(cands)
    # "อ.เมือง" alone is the capital district of the province named with it (code XX01).
    if prov is not None and prov.code != "10" and _is_mueang(part.name):
        return geothai.district(prov.code + "01")
    return None


def _resolved(by: dict[str, _Named], prov, dist, sub) -> Resolved:
    codes = None
    if prov or dist or sub:
        codes = AreaCodes(subdistrict=sub.code if sub else None,
                          district=dist.code if dist else None,
                          province=prov.code if prov else None)

    def as_written(level: str) -> str | None:
        p = by.get(level)
        return p.name.strip() if p and len(p.name) <= 30 else None

    return Resolved(
        subdistrict=sub.name_th if sub else as_written("subdistrict"),
        district=dist.name_th if dist else as_written("district"),
        province=prov.name_th if prov else None,  # an unknown province is never guessed
        codes=codes,
    )


def province_at(text: str, pos: int, aliases: Mapping[str, str],
                bounded: bool = False) -> tuple[int, str | None]:
    """A province name starting at `pos`: (end, canonical name or None).

    Glued text is allowed unless `bounded`, but a longer district or subdistrict name read at
    the same place wins ("ตากฟ้า" is a district, not ตาก + ฟ้า).
    """
    piece_end = _piece_end(text, pos)
    end, key = read_name(text, pos, "province", aliases, piece_end)
    if not key:
        return pos, None
    if bounded and end < len(text) and _WORD_CHAR.match(text[end]):
        return pos, None
    for level in ("district", "subdistrict"):
        e2, k2 = read_name(text, pos, level, aliases, piece_end)  # type: ignore[arg-type]
        if k2 and e2 > end:
            return pos, None
    p = _one(area_index().provinces[key])
    return end, (p.name_th if p else None)


def province_suffix(text: str, pos: int, end: int) -> tuple[int, int, str | None]:
    """A province name that ENDS the word at text[pos:end] ('วชิระภูเก็ต' -> ภูเก็ต): (start and
    end of the province name, canonical name or None). Only exact names."""
    stop = _PIECE.match(text, pos, end).end()  # type: ignore[union-attr]
    provinces = area_index().provinces
    word = text[pos + 1:stop]
    if PLAIN.fullmatch(word) and not word.endswith(province_keys()):
        # normalize() only strips a leading level word off a plain suffix: a name it finds
        # would end the word.
        return pos, pos, None
    for s in range(pos + 1, stop - 1):  # the longest suffix first
        p = provinces.get(geothai.normalize(text[s:stop]))
        if p and len(p) == 1:
            return s, stop, p[0].name_th
    return pos, pos, None


def without_province(r: Resolved) -> Resolved:
    """`r` with its province (name and code) dropped: the district's or subdistrict's own
    codes stay, since they name the area written."""
    codes = None
    if r.codes and (r.codes.district or r.codes.subdistrict):
        codes = AreaCodes(subdistrict=r.codes.subdistrict, district=r.codes.district)
    return replace(r, province=None, codes=codes)


def province_only(name: str) -> Resolved:
    """A Resolved for a canonical province name (codes included)."""
    key = geothai.normalize(name)
    p = _one(area_index().provinces.get(key, ()))
    if p is None:
        return Resolved()
    return Resolved(province=p.name_th, codes=AreaCodes(province=p.code))


def province_key(name: str) -> str | None:
    return area_key(name, "province", {})


def is_district(name: str) -> bool:
    """Whether `name` is, as a whole, the name of a district (อำเภอ) anywhere in Thailand."""
    return lookup(name, "district") is not None
