"""Parse date matches into DateItems: single dates, ranges, lists of days, English dates.

Each selected match becomes one or more `Found` dates (a start `Part` and, for a range, an end
`Part`). Two single dates joined by a range connector (date.range_join: "ตั้งแต่ … 2565\nถึง
…", "1/10/2565 - 30/9/2566") become one range. Missing years are then filled in: a range end lends its year to the start (and the
other way round), the last date of a list lends its year to the earlier ones, and a date with
no year at all takes the year of the nearest dated mention in the same line. A date in a table
cell that wraps onto the next line is read across the break (date_cells.py). Dates still
without a year are left out; impossible dates (31 กุมภาพันธ์) become warnings, not items.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Callable

import regex

from ..match import Match, select
from ..model import DateItem, Warning
from .context import Context, Parsed
from .date_cells import wrapped
from .date_columns import with_day_columns
from .date_english import english, numeric_us
from .date_parts import Found, Part, iso_of as _iso, range_years as _range_years
from .date_stacked import stacked_cells
from .date_spans import under_month_heading, within_spans
from .items import evidence, maker
from .thaidate import Year, month_number, resolve_year, valid_day


_DATE_ITEM = maker(DateItem)
__all__ = ["Found", "Part", "parse"]  # Found and Part live in date_parts.py


def parse(ctx: Context) -> Parsed:
    found: list[Found] = []
    warnings: list[Warning] = []
    matches = ctx.for_field("dates")
    if not matches:
        return Parsed()
    joins = {m.start: m for m in matches if m.attrs.get("kind") == "join"}
    opens = [m for m in matches if m.attrs.get("kind") == "cell"]
    years = [m for m in matches if m.attrs.get("kind") == "year"]
    for m in select(m for m in matches if m.attrs.get("kind") not in ("join", "cell", "year")):
        f, w = _from_match(ctx, m)
        found += f
        warnings += w
    if opens:  # dates in table cells that wrap onto the next line (date_cells.py)
        found = wrapped(ctx, found, opens, lambda c, m: _from_match(c, m)[0])
    found = [f for f in found if not _in_file_name(ctx.text, f.span)]
    items: list[DateItem] = []
    found = _borrow_years(ctx.text, _join_ranges(found, joins), _clause_break(_openers(ctx)))
    if years:
        found = _years_before(ctx, found, years)
    found = stacked_cells(ctx, found, _with_year)
    found = within_spans(ctx.text, found, _with_year, _weekday_reader(ctx))
    found = under_month_heading(ctx.text, found, _with_year)
    found = with_day_columns(ctx.text, found)
    for f in found:
        result = _to_item(ctx, f)
        if isinstance(result, DateItem):
            items.append(result)
        elif isinstance(result, Warning):
            warnings.append(result)
    return Parsed(tuple(items), tuple(warnings))


# --- matches -> Found -------------------------------------------------------------------

def _from_match(ctx: Context, m: Match) -> tuple[list[Found], list[Warning]]:
    kind = m.attrs.get("kind")
    if kind == "english":
        return english(ctx, m)
    if kind == "english_numeric":
        return numeric_us(ctx, m)
    years: dict[str, Year | None] = {}
    for g in ("y1", "y2"):
        text = m.groups.get(g)
        years[g] = resolve_year(text, ctx.rules) if text else None
        if text and years[g] is None:
            return [], _implausible_year(ctx, m, text)
    span = (m.start, m.end)
    if m.groups.get("head"):
        return _day_list(ctx, m, years["y2"]), []
    m1, m2 = m.groups.get("m1"), m.groups.get("m2")
    month1 = month_number(m1 or m2 or "", ctx.rules)
    if month1 is None:
        return [], []
    start = Part(_int(m.groups.get("d1")), month1, years["y1"])
    if m2 is None:
        return [Found(start, None, span, m.rule)], []
    month2 = month_number(m2, ctx.rules)
    if month2 is None:
        return [], []
    end = Part(_int(m.groups.get("d2")), month2, years["y2"])
    start, end = _range_years(start, end)
    return [Found(start, end, span, m.rule)], []


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _with_year(f: Found, year: Year) -> Found:
    start = f.start._replace(year=year)
    return f._replace(start=start, end=_range_years(start, f.end)[1] if f.end is not None else None)


def _day_list(ctx: Context, m: Match, year: Year | None) -> list[Found]:
    """'5 และ 12 มีนาคม 2565' -> two dates; a day without its own month takes the next one's."""
    month = month_number(m.groups.get("m2") or "", ctx.rules)
    if month is None:
        return []
    nxt = Part(_int(m.groups.get("d2")), month, year)
    ends: list[Part | None] = [None]  # the end of each item that is a span of days (14-15)
    if m.groups.get("d2f"):  # the last item is a span too: "1 - 5 และ 8 - 12 ก.ค." (date.day_list_spans)
        ends, nxt = [nxt], nxt._replace(day=int(m.groups["d2f"]))
    parts = [nxt]
    s, e = m.spans["head"]
    for day, last, name in reversed(_head_regex(_month_pattern(ctx)).findall(ctx.text[s:e])):
        own = month_number(name, ctx.rules) if name else None
        mon = own or nxt.month
        yr = nxt.year.shift(-1) if nxt.year and mon > nxt.month else nxt.year
        nxt = Part(int(day), mon, yr)
        parts.append(nxt)
        ends.append(Part(int(last), mon, yr) if last else None)
    return [Found(p, end, (m.start, m.end), m.rule)
            for p, end in zip(reversed(parts), reversed(ends))]


_THAI_MONTHS = ("date_month_full", "date_month_abbr", "date_month_short")


def _month_pattern(ctx: Context) -> str:
    lex = ctx.rules.lexicons
    return "|".join(lex[n].pattern() for n in _THAI_MONTHS if n in lex)


@lru_cache(maxsize=8)
def _head_regex(months: str) -> regex.Pattern:
    # The days of a list head (or spans of days, 14-15), each with its month when it has one.
    return regex.compile(
        r"(?<![0-9])([0-9]{1,2})(?![0-9])(?:[ \t]*[-–][ \t]*([0-9]{1,2})(?![0-9]))?"
        r"(?:[ \t]*(?:เดือน[ \t]*)?(" + months + "))?")


def _implausible_year(ctx: Context, m: Match, text: str) -> list[Warning]:
    # Only a day-precision mention is clearly meant as a date ("วันที่ 14 ต.ค. 19", cut off);
    # a month followed by a small number ("กพ 12") is usually no date at all.
    if not (m.groups.get("d1") or m.groups.get("head")):
        return []
    return [ctx.warning("implausible_year", f"{text!r} is not a plausible year; date left out",
                        m.start, m.end, m.rule)]


# --- ranges whose ends are separate dates -------------------------------------------------

def _join_ranges(found: list[Found], joins: dict[int, Match]) -> list[Found]:
    """Join each single date to the next one when a range connector lies exactly between them
    (the connector may reach into the next date's "วันที่")."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        link = joins.get(prev.span[1]) if prev is not None else None
        if prev is not None and link is not None and link.start < f.span[0] <= link.end:
            joined = _joined(prev, f, link.rule)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(f)
    return out


def _joined(a: Found, b: Found, rule: str) -> Found | None:
    """a … b as one range, or None when they are no range (a range already, mixed precision,
    or an end before the start)."""
    if a.end is not None or b.end is not None or (a.start.day is None) != (b.start.day is None):
        return None
    start, end = _range_years(a.start, b.start)
    if start.year is not None and end.year is not None and _iso(end) < _iso(start):
        return None
    return Found(start, end, (a.span[0], b.span[1]), rule)


_SPACE = regex.compile(r"\s")
_FILE_NAME = regex.compile(r"[^\s_]_[^\s_]|\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|zip|rar|txt|csv)$",
                           regex.IGNORECASE)


def _in_file_name(text: str, span: tuple[int, int]) -> bool:
    """Is the date part of a file name (its run of non-space characters joins words with "_" or
    ends in a file extension: "สรุปผลการคัดกรอง_PHQA_พย68.pdf")? Blanks of a form (วันที่____5) are
    no file name."""
    start = span[0]
    while start > 0 and not text[start - 1].isspace():
        start -= 1
        if span[0] - start > FILE_NAME_MAX:
            return False
    end = _SPACE.search(text, span[1], span[1] + FILE_NAME_MAX)
    token = text[start:end.start() if end is not None else min(len(text), span[1] + FILE_NAME_MAX)]
    return _FILE_NAME.search(token) is not None


FILE_NAME_MAX = 120  # the longest run of non-space characters read as one file name


def _weekday_reader(ctx: Context) -> Callable[[str], int | None] | None:
    lex = ctx.rules.lexicons.get("date_weekday")
    if lex is None:
        return None
    pat = _weekday_regex(lex.pattern())

    def named(text: str) -> int | None:
        hit = pat.search(text)
        value = lex.get(hit.group()) if hit is not None else None
        return int(value) if isinstance(value, int) else None
    return named


@lru_cache(maxsize=8)
def _weekday_regex(names: str) -> regex.Pattern:
    return regex.compile(names)


# --- years from the same line ---------------------------------------------------------------

def _openers(ctx: Context) -> str:
    lex = ctx.rules.lexicons.get("date_clause_opener")
    return lex.pattern() if lex is not None else ""


@lru_cache(maxsize=8)
def _clause_break(openers: str) -> regex.Pattern:
    # A space then a word opening a new clause, or a ! / ? closing a sentence.
    return regex.compile(r"[!?]|[ \t](?:" + openers + ")" if openers else r"[!?]")


def _borrow_years(text: str, found: list[Found], brk: regex.Pattern) -> list[Found]:
    """A date without any year takes the year of the nearest dated mention in its line
    (the following one first: "4 เม.ย. … และ 6 พ.ค. 2562"), not across a new clause ("ภายใน
    15 ก.ย. นี้ แล้วเดือนหน้า (ต.ค. 68)"); otherwise it stays year-less."""
    donors = sorted((f for f in found if f.start.year is not None), key=lambda f: f.span)
    starts = [d.span[0] for d in donors]
    out = []
    for f in found:
        if f.start.year is None:
            year = _donor_year(text, f, donors, starts, brk)
            if year is not None:
                start = f.start._replace(year=year)
                end = _range_years(start, f.end)[1] if f.end is not None else None
                f = f._replace(start=start, end=end)
        out.append(f)
    return out


def _donor_year(text: str, f: Found, donors: list[Found], starts: list[int],
                brk: regex.Pattern) -> Year | None:
    line_start = text.rfind("\n", 0, f.span[0]) + 1
    line_end = text.find("\n", f.span[1])
    line_end = len(text) if line_end == -1 else line_end
    i = bisect.bisect_left(starts, f.span[1])
    if i < len(donors) and donors[i].span[1] <= line_end:
        if brk.search(text, f.span[1], donors[i].span[0]) is None:
            return donors[i].start.year
    if i > 0 and donors[i - 1].span[0] >= line_start and donors[i - 1].span[1] <= f.span[0] \
            and brk.search(text, donors[i - 1].span[1], f.span[0]) is None:
        return donors[i - 1].parts[-1].year
    return None


YEAR_GAP = 30  # the most characters between a year written alone and the year-less date after it


def _years_before(ctx: Context, found: list[Found], years: list[Match]) -> list[Found]:
    """A date still without a year takes the year written alone just before it (date.year_before:
    "ปี 68 ช่วง 26 พ.ค.-6 มิ.ย."): a few words apart, no newline and no other number between."""
    text = ctx.text
    ends = sorted(m.end for m in years)
    by_end = {m.end: m for m in years}
    out = []
    for f in found:
        i = bisect.bisect_right(ends, f.span[0])
        if f.start.year is None and i:
            m = by_end[ends[i - 1]]
            gap = text[m.end:f.span[0]]
            year = resolve_year(m.groups.get("y1") or "", ctx.rules)
            if year is not None and len(gap) <= YEAR_GAP and "\n" not in gap \
                    and not any(c.isdigit() for c in gap):
                start = f.start._replace(year=year)
                end = _range_years(start, f.end)[1] if f.end is not None else None
                f = Found(start, end, (m.start, f.span[1]), m.rule)
        out.append(f)
    return out


# --- Found -> DateItem ------------------------------------------------------------------------

def _to_item(ctx: Context, f: Found) -> DateItem | Warning | None:
    if any(p.year is None for p in f.parts):
        return None  # no year in the text for it: not a date we can state
    for p in f.parts:
        assert p.year is not None
        if p.day is not None and not valid_day(p.year.ce, p.month, p.day):
            return ctx.warning("impossible_date", f"day {p.day} of month {p.month} does not exist",
                               *f.span, f.rule)
    value = _iso(f.start)
    end = _iso(f.end) if f.end is not None else None
    if end is not None and end < value:
        return ctx.warning("reversed_range", f"range ends ({end}) before it starts ({value})",
                           *f.span, f.rule)
    assert f.start.year is not None
    return _DATE_ITEM({"value": value, "end": end if end != value else None,
                       "precision": "day" if f.start.day is not None else "month",
                       "era": f.start.year.era, "evidence": evidence(ctx.norm, *f.span, f.rule)})
