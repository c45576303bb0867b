"""The area from a post's hashtags: the last resort of area.choose_area, when the text states
no address, names no organization after its province and gives no postal address. A hashtag
that is exactly a province's name ('#ร้อยเอ็ด', the `place.area_hashtag` rule) says where the
post is about; a district's tag ('#เสลภูมิ') names no province by itself, and a tag that only
begins with a province's name ('#ร้อยเอ็ดบ้านเฮา') is a slogan."""
from __future__ import annotations

from ..model import Area
from . import geo
from .context import Context


def hashtag_area(ctx: Context, aliases: dict[str, str], tags: list) -> Area | None:
    """The province of the first hashtag (a `hashtag` match of the area rules) that is exactly
    a province's name, or None."""
    for m in tags:
        s, e = m.spans["value"]
        end, prov = geo.province_at(ctx.text, s, aliases, bounded=True)
        if prov and end == e:
            r = geo.province_only(prov)
            return Area(province=r.province, codes=r.codes, evidence=ctx.evidence(s, e, m.rule))
    return None
