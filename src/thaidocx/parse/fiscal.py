"""Parse fiscal-year matches (ปีงบประมาณ 2562, ปีงบ 62, งบประมาณประจำปี 2562 …) into FiscalYears.

One mention may name several years ("ปีงบประมาณ 2561-2562", "2561 และ 2562"): each named year
is one item (a range gives its two ends, as written), all with the mention as evidence.
"""
from __future__ import annotations

from ..match import Match, select
from ..model import FiscalYear
from .context import Context, Parsed
from ..literal_re import literal_regex
from .thaidate import fiscal_bounds, resolve_year

_YEAR = literal_regex(r"[0-9]{2,4}")


def parse(ctx: Context) -> Parsed:
    matches = ctx.for_field("fiscal_years")
    if not matches:
        return Parsed()
    items: list[FiscalYear] = []
    for m in select(matches):
        items += _from_match(ctx, m)
    return Parsed(tuple(items))


def _from_match(ctx: Context, m: Match) -> list[FiscalYear]:
    out = []
    evidence = None  # the mention's, shared by the years it names (Evidence is immutable)
    for text in _YEAR.findall(m.groups.get("years") or ""):
        year = resolve_year(text, ctx.rules)
        if year is None:
            continue
        start, end = fiscal_bounds(year.be)
        if evidence is None:
            evidence = ctx.evidence(m.start, m.end, m.rule)
        out.append(FiscalYear(be=year.be, ce=year.ce, start=start, end=end, evidence=evidence))
    return out
