"""Address words inside a venue's name locate it ('สำนักงานสาธารณสุขจังหวัดตรัง' is in ตรัง,
'ศูนย์ฟื้นฟูเทศบาลเมืองนครพนม' in นครพนม, 'โรงพยาบาลวชิระภูเก็ต' in ภูเก็ต): read by venues.py
for the places it keeps, before their own address parts.
"""
from __future__ import annotations

from . import geo
from .place_lex import PlaceLex


def name_hints(text: str, start: int, end: int, lx: PlaceLex) -> list[geo.Part]:
    """Address words inside the name locate it: 'สำนักงานสาธารณสุขจังหวัดตรัง' is in ตรัง,
    'ศูนย์ฟื้นฟูเทศบาลเมืองนครพนม' in นครพนม."""
    out: list[geo.Part] = []
    for h in lx.hint_re.finditer(text, start, end):
        level = lx.hints[h.group()]
        name_pos = h.end() + (1 if text[h.end():h.end() + 1] == " " else 0)
        stop, key = geo.read_name(text, name_pos, level, lx.aliases)  # type: ignore[arg-type]
        if stop > name_pos:
            out.append(geo.Part(level, text[name_pos:stop], h.start(), stop, key))  # type: ignore[arg-type]
    if not any(p.level == "province" and p.key for p in out):
        prov = (_org_province(text, start, end, lx) or _suffix_province(text, start, end, lx)
                or _last_province(text, start, end, lx))
        if prov:
            out.append(prov)
    return out


def _suffix_province(text: str, start: int, end: int, lx: PlaceLex) -> geo.Part | None:
    """'…อาคารศูนย์แพทยศาสตร์ โรงพยาบาลวชิระภูเก็ต': a hospital named with its province last."""
    for o in lx.org_suffix_re.finditer(text, start, end):
        s, stop, prov = geo.province_suffix(text, o.end(), end)
        if prov:
            return geo.Part("province", prov, s, stop, geo.province_key(prov))
    return None


def _last_province(text: str, start: int, end: int, lx: PlaceLex) -> geo.Part | None:
    """'ห้องประชุม… ศูนย์อนามัยที่ 8 อุดรธานี': a name ending in a bare province after a space
    (venue_scan keeps such a province in the name) is in that province."""
    sp = max(text.rfind(" ", start, end), text.rfind("\t", start, end))
    if sp < 0:
        return None
    stop, prov = geo.province_at(text, sp + 1, lx.aliases, bounded=True)
    if prov and stop == end:
        return geo.Part("province", prov, sp + 1, stop, geo.province_key(prov))
    return None


def _org_province(text: str, start: int, end: int, lx: PlaceLex) -> geo.Part | None:
    for o in lx.org_re.finditer(text, start, end):
        bounded = lx.orgs.get(o.group().rstrip(" \t")) == "bounded"
        stop, prov = geo.province_at(text, o.end(), lx.aliases, bounded=bounded)
        if prov and stop <= end:
            return geo.Part("province", prov, o.end(), stop, geo.province_key(prov))
    return None
