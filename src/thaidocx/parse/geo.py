"""Thai administrative areas: read address chains ("ต.X อ.Y จ.Z") and resolve them with geothai.

geothai holds every province, district and subdistrict with its DOPA code. Names in documents
are often glued to the next word ("อำเภอเมืองตราดเดินหน้า…") or broken by PDF extraction
("จ.ชั ยภูมิ"), so a name is read as the LONGEST known name that prefixes the text, and only
when nothing fits is the next whitespace-separated piece joined on. A name resolves to a code
only when it is unambiguous: a district within its province, a subdistrict within its district.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, Mapping, NamedTuple

import geothai
import regex

from ..literal_re import WHITE_SPACE
from ..memo import text_memo
from ..model import AreaCodes

Level = Literal["subdistrict", "district", "province", "moo"]
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


@dataclass(frozen=True)
class _Index:
    provinces: dict[str, tuple]
    districts: dict[str, tuple]
    subdistricts: dict[str, tuple]


def _group(items, key) -> dict[str, tuple]:
    out: dict[str, list] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _index() -> _Index:
    provs = geothai.provinces()
    dists = [d for p in provs for d in geothai.districts(p.code)]
    subs = [s for d in dists for s in geothai.subdistricts(d.code)]
    norm = geothai.normalize
    return _Index(_group(provs, lambda p: norm(p.name_th)), _group(dists, lambda d: norm(d.name_th)),
                  _group(subs, lambda s: norm(s.name_th)))


# Tone marks, thanthakhat, maitaikhu, spaces, and the private-use glyphs some PDF fonts put
# in their place (U+F700-U+F71F).
_DAMAGE = regex.compile("[\u0e48-\u0e4c\u0e47\uf700-\uf71f\\s]")


def _skeleton(key: str) -> str:
    """A name as damaged PDF text writes it: tone marks lost, sara am read as sara aa."""
    return _DAMAGE.sub("", key).replace("\u0e33", "\u0e32")


@lru_cache(maxsize=4)
def _skeletons(level: Level) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for k in _table(level):
        out.setdefault(_skeleton(k), set()).add(k)
    return {sk: tuple(v) for sk, v in out.items()}


def _table(level: Level) -> dict[str, tuple]:
    ix = _index()
    return {"province": ix.provinces, "district": ix.districts, "subdistrict": ix.subdistricts}[level]


def _key(raw: str, level: Level, aliases: Mapping[str, str]) -> str | None:
    """The geothai key of `raw` at `level` (after aliases such as กทม.), or None."""
    if level == "province" and raw in aliases:
        raw = aliases[raw]
    return _lookup(raw, level)


@text_memo(maxsize=65536)
def _lookup(raw: str, level: Level) -> str | None:
    """`_key` without aliases: pure (geothai's tables are fixed), so cached per name."""
    k = geothai.normalize(raw)
    if not k:
        return None
    if k in _table(level):
        return k
    damaged = _skeletons(level).get(_skeleton(k), ())  # "ลาพูน" = ลำพูน, when unambiguous
    return damaged[0] if len(damaged) == 1 else None


# A piece of only these characters is left alone by geothai.normalize (no case, no spaces,
# dots, apostrophes or hyphens) apart from a leading level word ("อำเภอ…"), so the keys of all
# its prefixes can be read in one pass (`_prefix_keys`).
_PLAIN = regex.compile("[\u0e00-\u0e7f\uf700-\uf71f0-9a-z]+")
_DROPPED = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c") | frozenset(map(chr, range(0xF700, 0xF720)))


@lru_cache(maxsize=4)
def _skeleton_prefixes(level: Level) -> frozenset[str]:
    """Every prefix of every skeleton at `level`: a scan stops where no name can go on."""
    return frozenset(sk[:i] for sk in _skeletons(level) for i in range(1, len(sk) + 1))


def _prefix_keys(rest: str, level: Level) -> list[tuple[int, str]]:
    """(n, skeleton of rest[:n]) for every n where rest[:n] may be a name at `level`, ascending.

    rest[:n] can only be a key, or a damaged spelling of one, when its skeleton is one; the
    skeleton grows one kept character at a time, so the scan ends at the first character no
    name continues with."""
    prefixes, skeletons = _skeleton_prefixes(level), _skeletons(level)
    out: list[tuple[int, str]] = []
    sk = ""
    for i, ch in enumerate(rest):
        if ch not in _DROPPED:
            sk += "\u0e32" if ch == "\u0e33" else ch
            if sk not in prefixes:
                break
        if sk in skeletons:
            out.append((i + 1, sk))
    return out


def _longest_key(text: str, pos: int, end: int, level: Level,
                 aliases: Mapping[str, str]) -> tuple[int, str | None]:
    """The longest text[pos:e] (pos + 2 <= e <= end) that is a known name: (e, key) or (end, None).

    Same answer as trying `_key` on every e from the longest down, without normalizing each.
    The caller has read any alias at `pos`, so no text[pos:e] is one."""
    n, k = _plain_longest(text[pos:end], level)
    if k:
        return pos + n, k
    if n == 0:
        return end, None
    for e in range(pos + n, pos + 1, -1):  # what the one-pass reading cannot tell
        k = _key(text[pos:e], level, aliases)
        if k:
            return e, k
    return end, None


@text_memo(maxsize=16384)
def _plain_longest(piece: str, level: Level) -> tuple[int, str | None]:
    """(n, key) for the longest prefix piece[:n] (n >= 2) that is a name, or (n, None): no
    prefix longer than n is one, shorter ones are still to be tried by `_key` (n = 0: none is).
    A _PLAIN piece is read in one pass; in any other every prefix is tried. Pure, so cached
    per piece (one name, often glued to the next word)."""
    if not _PLAIN.fullmatch(piece):
        return len(piece), None
    norm = geothai.normalize(piece)
    if not piece.endswith(norm):
        return len(piece), None  # not as expected: every prefix is tried
    w = len(piece) - len(norm)  # a leading level word, stripped from every longer prefix
    table, skeletons = _table(level), _skeletons(level)
    for n, sk in reversed(_prefix_keys(norm, level)):
        if w + n < 2:
            break
        k = norm[:n]
        if k in table:
            return w + n, k
        damaged = skeletons[sk]
        if len(damaged) == 1:
            return w + n, damaged[0]
    return w, None  # names inside the level word itself are still to be tried


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
                return pos + len(alias), _key(alias, level, aliases)
    end, k = _longest_key(text, pos, piece_end, level, aliases)
    if k:
        return end, k
    # One stray space inside the name: join the next piece, which must be used up whole.
    if piece_end < len(text) and text[piece_end] == " ":
        end2 = _piece_end(text, piece_end + 1)
        if end2 > piece_end + 1:
            k = _key(text[pos:end2], level, aliases)
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
        prov = _one(_index().provinces[by["province"].key])
    if "district" in by:
        dist = _district(by["district"], prov)
        if dist is None and _district_candidates(by["district"], prov) > 1:
            ambiguous.append(f"district {by['district'].name.strip()}")
        if dist is not None and prov is None:
            prov = geothai.province(dist.province_code)
    if "subdistrict" in by and by["subdistrict"].key:
        cands = _index().subdistricts[by["subdistrict"].key]
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
    cands = _index().districts[part.key]
    return len([d for d in cands if prov is None or d.province_code == prov.code])


def _district(part: _Named, prov) -> object | None:
    if part.key:
        cands = _index().districts[part.key]
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
    p = _one(_index().provinces[key])
    return end, (p.name_th if p else None)


def province_suffix(text: str, pos: int, end: int) -> tuple[int, int, str | None]:
    """A province name that ENDS the word at text[pos:end] ('วชิระภูเก็ต' -> ภูเก็ต): (start and
    end of the province name, canonical name or None). Only exact names."""
    stop = _PIECE.match(text, pos, end).end()  # type: ignore[union-attr]
    provinces = _index().provinces
    word = text[pos + 1:stop]
    if _PLAIN.fullmatch(word) and not word.endswith(_province_keys()):
        # normalize() only strips a leading level word off a plain suffix: a name it finds
        # would end the word.
        return pos, pos, None
    for s in range(pos + 1, stop - 1):  # the longest suffix first
        p = provinces.get(geothai.normalize(text[s:stop]))
        if p and len(p) == 1:
            return s, stop, p[0].name_th
    return pos, pos, None


@lru_cache(maxsize=1)
def _province_keys() -> tuple[str, ...]:
    return tuple(_index().provinces)


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
    p = _one(_index().provinces.get(key, ()))
    if p is None:
        return Resolved()
    return Resolved(province=p.name_th, codes=AreaCodes(province=p.code))


def province_key(name: str) -> str | None:
    return _key(name, "province", {})


def is_district(name: str) -> bool:
    """Whether `name` is, as a whole, the name of a district (อำเภอ) anywhere in Thailand."""
    return _lookup(name, "district") is not None
