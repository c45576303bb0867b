"""The area (province / district / subdistrict where the activity happens) from the address
chains the `place.*` rules find; the place lexicons it shares with venues.py are place_lex.py.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

import regex

from ..match import Match
from ..model import Area
from . import geo
from .area_tags import hashtag_area
from . import venue_clauses as clauses
from .context import Context
from .items import evidence, maker
from .place_lex import PlaceLex

ORG_MENTIONS = 100  # enough to see which province the organizations are named after
HEADING_LINES = 3  # an address chain in the first content lines locates the whole document
_TH = "\u0e00-\u0e7f"
_WORD_CHAR = regex.compile(rf"[{_TH}A-Za-z0-9]")
_AREA = maker(Area)


class Located(NamedTuple):  # immutable, and cheaper to make than a frozen dataclass
    """What choose_area needs of a venue: the address parts read for it, its rule, and the
    area they resolve to (completed from the document's other addresses, see complete())."""

    parts: tuple[geo.Part, ...]
    rule: str
    resolved: geo.Resolved | None = None


class _Chain(NamedTuple):
    parts: tuple[geo.Part, ...]
    rule: str
    postal: bool  # followed by a postal code: a letterhead's sender, not the activity

    @property
    def located(self) -> bool:
        """A chain locates the activity when it names a known province or district."""
        return any(p.key and p.level in ("province", "district") for p in self.parts)


class Addresses:
    """A document's area matches by kind, and its address chains read once and only when
    asked for: every venue's completion and the choice of the area look at the same ones, and
    often neither needs them (a venue's own address decides the area)."""

    def __init__(self, ctx: Context, lx: PlaceLex):
        self._text, self._lx = ctx.text, lx
        self.by_kind: dict[str, list[Match]] = {}
        for m in ctx.for_field("area"):
            self.by_kind.setdefault(m.attrs.get("kind"), []).append(m)  # type: ignore[arg-type]
        self._chains: tuple[_Chain, ...] | None = None

    def of_kind(self, kind: str) -> list[Match]:
        return self.by_kind.get(kind, [])

    @property
    def chains(self) -> tuple[_Chain, ...]:
        """Every address chain, postal addresses included (flagged)."""
        if self._chains is None:
            self._chains = tuple(_chains(self._text, self._lx, self.of_kind("chain")))
        return self._chains


def addresses(ctx: Context, lx: PlaceLex) -> Addresses:
    return Addresses(ctx, lx)


def complete(ctx: Context, lx: PlaceLex, parts: tuple[geo.Part, ...], addrs: Addresses) -> geo.Resolved:
    """Resolve a venue's address; a subdistrict written without its district or province
    ('ศาลาประชาคม หมู่ที่ 1 ตำบลนาดี') is placed by another address in the same document -
    even the sender's letterhead - but only when that address contains the subdistrict."""
    r = geo.resolve(list(parts), lx.aliases)
    if r.province or not any(p.level == "subdistrict" and p.key for p in parts):
        return r
    for c in addrs.chains:
        upper = [p for p in c.parts if p.level in ("district", "province") and p.key]
        if not upper:
            continue
        r2 = geo.resolve(list(parts) + upper, lx.aliases)
        if r2.codes is not None and r2.codes.subdistrict:
            return r2
    return r


def stated(ctx: Context, lx: PlaceLex, r: geo.Resolved, parts: tuple[geo.Part, ...]) -> geo.Resolved:
    """`r` with its province only when its address or the document writes that province
    (any spelling of it in the address: 'จ.ชั ยภูมิ'). geothai can tell the province of a
    district named in one province only, but a clerk enters what the text states:
    'เขตตำบลแม่สาย' or 'อำเภอด่านขุนทด' alone gives no province."""
    if (not r.province or any(p.level == "province" and p.key for p in parts)
            or _province_written(ctx.text, r.province, lx)):
        return r
    return geo.without_province(r)


def _province_written(text: str, province: str, lx: PlaceLex) -> bool:
    names = [province] + [a for a, p in lx.aliases.items() if p == province and a != province]
    for name in names:
        i = text.find(name)
        while i != -1:
            if text.endswith(lx.province_leads, 0, i) or geo.province_at(text, i, lx.aliases, bounded=True)[1] == province:
                return True
            i = text.find(name, i + 1)
    return False


def choose_area(ctx: Context, lx: PlaceLex, venues: list[Located], addrs: Addresses) -> Area | None:
    """The area, in order of trust: a labelled project area, a venue's address, an address
    chain in the heading, one in the body, the organizations named after a province; last, a
    post's hashtag naming a province (area_tags.py).
    Postal addresses say where the sender is, not where the activity happens: only when
    nothing else locates the document."""
    for m in addrs.of_kind("label"):
        s, e = m.spans["value"]
        for c in addrs.chains:
            if c.postal:
                continue
            if s <= c.parts[0].start < e and c.located:
                return _make_area(ctx, lx, c.parts, m.rule)
    for v in venues:
        r = v.resolved or geo.resolve(list(v.parts), lx.aliases)
        if r.province and v.parts:
            return _make_area(ctx, lx, v.parts, v.rule, resolved=r)
    origin_re = ctx.rules.derived(clauses.origin_res)
    post_res = ctx.rules.derived(clauses.affiliation_res)
    plan_re = ctx.rules.derived(clauses.plan_re)
    located = [c for c in addrs.chains if c.located and not c.postal
               and not clauses.from_elsewhere(ctx.text, c.parts[0].start, origin_re)
               and not clauses.affiliated(ctx.text, c.parts[0].start, post_res)
               and not clauses.planned(ctx.text, c.parts[0].start, plan_re)]
    heading_end = _heading_end(ctx.text) if located else 0
    for c in located:
        if c.parts[0].start < heading_end:
            return _make_area(ctx, lx, c.parts, c.rule)
    if located:
        return _make_area(ctx, lx, located[0].parts, located[0].rule)
    return (_page_area(ctx, lx, addrs) or _at_province(ctx, lx) or _org_area(ctx, lx, addrs)
            or _postal_area(ctx, lx, addrs)
            or hashtag_area(ctx, lx.aliases, addrs.of_kind("hashtag")))


def _postal_area(ctx: Context, lx: PlaceLex, addrs: Addresses) -> Area | None:
    """The last resort: the sender's postal address ('…อำเภอกันทรวิชัย จังหวัดมหาสารคาม 44150
    โทร. …' under a fund's letterhead). A local proposal or report that names no other place
    is about where its sender is. Only a local sender's, written down to its district: a
    national department's address gives a street and the province ('ถนนติวานนท์ จังหวัด
    นนทบุรี 11000') and its circulars are about every province."""
    for c in addrs.chains:
        if c.postal and any(p.key and p.level in ("district", "subdistrict") for p in c.parts):
            return _make_area(ctx, lx, c.parts, c.rule)
    return None


def _page_area(ctx: Context, lx: PlaceLex, addrs: Addresses) -> Area | None:
    """'เทศบาลตำบลบางพระ - ฉะเชิงเทรา': a page name whose second half is just a province."""
    for m in addrs.of_kind("page"):
        s, _ = m.spans["value"]
        end, prov = geo.province_at(ctx.text, s, lx.aliases, bounded=True)
        nl = ctx.text.find("\n", end)
        rest = ctx.text[end:nl if nl != -1 else len(ctx.text)]
        if prov and not _WORD_CHAR.search(rest):
            r = geo.province_only(prov)
            return Area(province=r.province, codes=r.codes, evidence=ctx.evidence(s, end, m.rule))
    return None


# ที่ opening a word, glued to what follows: "คอร์ส Motivational Interviewing ที่ขอนแก่น"
_AT = re.compile(r"(?<![\u0e00-\u0e7f])ที่(?=[\u0e00-\u0e7f])")
AT_PROVINCE_CUES = 200  # ที่ read at most: a fallback, the text's first mentions


def _at_province(ctx: Context, lx: PlaceLex) -> Area | None:
    """'…ที่ขอนแก่น': ที่ opening a word and a province's bare name ending at a space, a stop
    or the line end (bounded: 'ที่ตากผ้า' is no province), when no address locates the
    document: where the activity was, as 'จัดขึ้นที่จังหวัด…' says it, though the clerk left
    out จังหวัด (a course attended, a post's heading)."""
    text = ctx.text
    for i, m in enumerate(_AT.finditer(text)):
        if i >= AT_PROVINCE_CUES:
            break
        end, prov = geo.province_at(text, m.end(), lx.aliases, bounded=True)
        if prov:
            r = geo.province_only(prov)
            return Area(province=r.province, codes=r.codes,
                        evidence=ctx.evidence(m.start(), end, "place.area_at_province"))
    return None


def _chains(text: str, lx: PlaceLex, matches: list[Match]) -> list[_Chain]:
    """Every address chain the `chain` matches start, each read once."""
    out: list[_Chain] = []
    last_end = -1
    for m in matches:
        if m.start < last_end:
            continue
        parts = geo.read_chain(text, m.start, lx.prefixes, lx.aliases, lx.prefix_re)
        if parts:
            last_end = parts[-1].end
            out.append(_Chain(tuple(parts), m.rule, _POSTAL.match(text, last_end) is not None))
    return out


_POSTAL = re.compile(r"[ \t]*[0-9]{5}(?![0-9])")  # stdlib: no syntax it reads otherwise


def _heading_end(text: str) -> int:
    """End offset of the first few non-empty lines (title, organization, area line)."""
    seen = pos = 0
    while True:
        nl = text.find("\n", pos)
        end = nl + 1 if nl != -1 else len(text)  # a line with its newline
        if not text[pos:end].isspace() and end > pos:
            seen += 1
            if seen >= HEADING_LINES:
                return end
        if end >= len(text):
            return len(text)
        pos = end


def _make_area(ctx: Context, lx: PlaceLex, parts: tuple[geo.Part, ...], rule: str,
               resolved: geo.Resolved | None = None) -> Area | None:
    r = stated(ctx, lx, resolved or geo.resolve(list(parts), lx.aliases), parts)
    if r.empty or not parts:
        return None
    start, end = parts[0].start, parts[-1].end
    return _AREA({"subdistrict": r.subdistrict, "district": r.district, "province": r.province,
                  "codes": r.codes, "evidence": evidence(ctx.norm, start, end, rule)})


def _org_area(ctx: Context, lx: PlaceLex, addrs: Addresses) -> Area | None:
    """The province most organizations are named after ('เทศบาลเมืองชัยนาท')."""
    found: list[tuple[str, int, int, str]] = []
    for m in addrs.of_kind("org")[:ORG_MENTIONS]:
        pos = m.end + (1 if ctx.text[m.end:m.end + 1] == " " else 0)
        bounded = lx.orgs.get(m.text.rstrip(" \t")) == "bounded"
        end, prov = geo.province_at(ctx.text, pos, lx.aliases, bounded=bounded)
        if prov:
            found.append((prov, m.start, end, m.rule))
    if not found:
        return None
    best = Counter(f[0] for f in found).most_common(1)[0][0]
    _, s, e, rule = next(f for f in found if f[0] == best)
    r = geo.province_only(best)
    return Area(province=r.province, codes=r.codes, evidence=ctx.evidence(s, e, rule))
