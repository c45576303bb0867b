"""English dates, read through dateparser: we find the span and decide the order, dateparser
does the final parse of the English date string.

`english`: date.english matches (a day, a month name, a year; spans, lists and spans of months).
`numeric_us`: date.numeric_us matches, numeric dates English web software prints in the American
order (month/day/year): after an English weekday ("Submitted by … on Tue, 02/10/2026 - 16:05",
Drupal's default) the order whose date falls on that weekday; when both do, Drupal's own shape
(the weekday, then " - H:i" after the date) decides month-first, anything else day-first as the
Thai numeric dates; without a weekday, a date whose second number is no month (2/14/2026).
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

import regex

from ..match import Match
from ..model import Warning
from .context import Context
from .date_parts import Found, Part, iso_of, range_years
from .thaidate import Year, month_number, resolve_year

# Of dateparser's default parsers, "absolute-time" is the one that reads what date.english
# matches (a day, a month name, a year). The others come first and cannot: "timestamp" wants
# digits only, "relative-time" a unit word or ago / in ("3 days ago"), "custom-formats" the
# formats we do not pass. Skipping them saves a quarter of each call.
_EN_PARSERS = ["absolute-time"]
_SETTINGS: dict[str, dict[str, Any]] = {
    "day": {"STRICT_PARSING": True, "DATE_ORDER": "DMY", "PARSERS": _EN_PARSERS},
    "month": {"REQUIRE_PARTS": ["month", "year"], "PREFER_DAY_OF_MONTH": "first", "PARSERS": _EN_PARSERS},
    "MDY": {"STRICT_PARSING": True, "DATE_ORDER": "MDY", "PARSERS": _EN_PARSERS},
    "DMY": {"STRICT_PARSING": True, "DATE_ORDER": "DMY", "PARSERS": _EN_PARSERS},
}


@lru_cache(maxsize=4)
def _dateparser(kind: str) -> Any:
    """A dateparser DateDataParser for English, made once per kind of date (dateparser.parse
    makes one per call, settings merged anew each time)."""
    from dateparser.date import DateDataParser  # heavy import: only documents holding English dates pay

    return DateDataParser(languages=["en"], settings=_SETTINGS[kind])


def _read(ctx: Context, m: Match, text: str, kind: str
          ) -> tuple[datetime | None, Year | None, list[Warning]]:
    """dateparser's reading of `text` (settings `kind`) and its year resolved as the rules say
    (a year out of range: None, no warning); no reading: an impossible_date warning."""
    dt: datetime | None = _dateparser(kind).get_date_data(text)["date_obj"]
    if dt is None:
        return None, None, [ctx.warning("impossible_date", f"{m.text!r} is not a calendar date",
                                        m.start, m.end, m.rule)]
    return dt, resolve_year(str(dt.year), ctx.rules), []


def english(ctx: Context, m: Match) -> tuple[list[Found], list[Warning]]:
    has_day = bool(m.groups.get("ed") or m.groups.get("ed2"))
    first = m.groups.get("ef") or m.groups.get("ef2")  # a span's first day: "21-22 February 2025"
    text = m.text
    head = m.groups.get("eh") or m.groups.get("eh2")  # a list's earlier days: "5 and 6 May 2025"
    if first or head:  # dateparser reads the span's (the list's) last day, written as one date
        text = f"{m.groups.get('ed') or m.groups.get('ed2')} " \
               f"{m.groups.get('em') or m.groups.get('em3') or m.groups.get('em2')} {m.groups.get('ey')}"
    elif m.groups.get("emf"):  # ... and the span's last month: "January - March 2026"
        text = f"{m.groups.get('em2')} {m.groups.get('ey')}"
    dt, year, warnings = _read(ctx, m, text, "day" if has_day else "month")
    if dt is None or year is None:
        return [], warnings
    part = Part(dt.day if has_day else None, dt.month, year)
    month1 = m.groups.get("emf")  # a span of months with one year: "January - March 2026"
    if month1 and not has_day:
        start = Part(None, month_number(month1, ctx.rules) or dt.month, None)
        start, part = range_years(start, part)
        return [Found(start, part, (m.start, m.end), m.rule)], []
    if first:  # its month: written after the first day ("3 Feb-7 Feb"), before it ("Feb 3-Mar 2"), or the end's
        own = m.groups.get("efm") or (m.groups.get("em2") if m.groups.get("em3") else None)
        start = Part(int(_EN_DIGITS.match(first).group()), (month_number(own, ctx.rules) if own else None)
                     or dt.month, None)
        start, part = range_years(start, part)
        if iso_of(part) < iso_of(start):  # "29-21 May": no span, the date written in full
            return [Found(part, None, (m.start, m.end), m.rule)], []
        return [Found(start, part, (m.start, m.end), m.rule)], []
    if head:  # each earlier day of the list is a date of its own, in the last day's month
        return [*(Found(Part(int(d), dt.month, year), None, (m.start, m.end), m.rule)
                  for d in _EN_DIGITS.findall(head)), Found(part, None, (m.start, m.end), m.rule)], []
    return [Found(part, None, (m.start, m.end), m.rule)], []


_EN_DIGITS = regex.compile(r"[0-9]+")


# --- numeric dates in the American order ------------------------------------------------------

def numeric_us(ctx: Context, m: Match) -> tuple[list[Found], list[Warning]]:
    a, b, y = (m.groups.get(g) or "" for g in ("ea", "eb", "ey"))
    dt, year, warnings = _read(ctx, m, f"{a}/{b}/{y}", _order(ctx, m, int(a), int(b), int(y)))
    if dt is None or year is None:
        return [], warnings
    return [Found(Part(dt.day, dt.month, year), None, (m.start, m.end), m.rule)], []


def _order(ctx: Context, m: Match, a: int, b: int, y: int) -> str:
    """MDY or DMY: the order whose date falls on the weekday written before it; both fitting,
    Drupal's "D, m/d/Y - H:i" shape is month-first; neither, day-first (a Thai document's order)
    unless the second number cannot be a month."""
    if b > 12:
        return "MDY"
    if a > 12:
        return "DMY"
    lex = ctx.rules.lexicons.get("date_weekday_en")
    named = m.groups.get("ewd")
    want = lex.get(named) if lex is not None and named else None
    if not isinstance(want, int):
        return "DMY"
    fits_md, fits_dm = _weekday(y, a, b) == want, _weekday(y, b, a) == want
    if fits_md != fits_dm:
        return "MDY" if fits_md else "DMY"
    return "MDY" if fits_md and m.groups.get("etime") is not None else "DMY"


def _weekday(y: int, month: int, day: int) -> int | None:
    try:
        return date(y, month, day).isoweekday()
    except ValueError:
        return None
