"""geothai's tables as lookups: the geothai key of an area name at a level (province, district,
subdistrict), also for names damaged by PDF extraction (tone marks lost, sara am read as sara aa)
and for the longest name prefixing a piece of text (names are often glued to the next word).
Reading names out of documents and resolving them to codes is geo.py's."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Mapping

import geothai
import regex

from ..memo import text_memo

Level = Literal["subdistrict", "district", "province", "moo"]


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
def area_index() -> _Index:
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
    ix = area_index()
    return {"province": ix.provinces, "district": ix.districts, "subdistrict": ix.subdistricts}[level]


def area_key(raw: str, level: Level, aliases: Mapping[str, str]) -> str | None:
    """The geothai key of `raw` at `level` (after aliases such as กทม.), or None."""
    if level == "province" and raw in aliases:
        raw = aliases[raw]
    return lookup(raw, level)


@text_memo(maxsize=65536)
def lookup(raw: str, level: Level) -> str | None:
    """`area_key` without aliases: pure (geothai's tables are fixed), so cached per name."""
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
PLAIN = regex.compile("[\u0e00-\u0e7f\uf700-\uf71f0-9a-z]+")
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


def longest_key(text: str, pos: int, end: int, level: Level,
                 aliases: Mapping[str, str]) -> tuple[int, str | None]:
    """The longest text[pos:e] (pos + 2 <= e <= end) that is a known name: (e, key) or (end, None).

    Same answer as trying `area_key` on every e from the longest down, without normalizing each.
    The caller has read any alias at `pos`, so no text[pos:e] is one."""
    n, k = _plain_longest(text[pos:end], level)
    if k:
        return pos + n, k
    if n == 0:
        return end, None
    for e in range(pos + n, pos + 1, -1):  # what the one-pass reading cannot tell
        k = area_key(text[pos:e], level, aliases)
        if k:
            return e, k
    return end, None


@text_memo(maxsize=16384)
def _plain_longest(piece: str, level: Level) -> tuple[int, str | None]:
    """(n, key) for the longest prefix piece[:n] (n >= 2) that is a name, or (n, None): no
    prefix longer than n is one, shorter ones are still to be tried by `area_key` (n = 0: none is).
    A PLAIN piece is read in one pass; in any other every prefix is tried. Pure, so cached
    per piece (one name, often glued to the next word)."""
    if not PLAIN.fullmatch(piece):
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


@lru_cache(maxsize=1)
def province_keys() -> tuple[str, ...]:
    return tuple(area_index().provinces)
