"""Year-less dates inside a dated span stated just above them (a schedule under its heading):

    … ระหว่างวันที่ 18 – 19 กันยายน 2568 แบ่งเป็น 2 ช่วง ดังนี้
    ▸ วันพฤหัสบดีที่ 18 ก.ย.  ฝึกซ้อมบนโต๊ะ …
    ▸ วันศุกร์ที่ 19 ก.ย.  ฝึกซ้อมเชิงปฏิบัติการ …

A date still without a year takes the year that puts it inside the nearest day-precision range
ending on one of the SPAN_LINES lines above it (no blank line between); a date falling outside
that range (another event, a deadline after it) stays year-less, and so is left out.
"""
from __future__ import annotations

import bisect
from datetime import date
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # dates.py imports this module
    from .dates import Found, Part
    from .thaidate import Year

Replace = Callable[["Found", "Year"], "Found"]

SPAN_LINES = 6  # the most lines from a range down to a year-less date of its schedule
# A day heading that names its weekday ("--- วันแรก (อังคาร 7 ต.ค.) ---") is dated from a range
# further up, across blank lines, when the weekday is the one that day falls on in that year.
WEEKDAY_SPAN_LINES = 40
WEEKDAY_BEFORE = 16  # the most characters from a weekday name to the day it names


def _day(p: Part) -> date | None:
    try:
        return date(p.year.ce, p.month, p.day)
    except (ValueError, AttributeError, TypeError):
        return None


Weekday = Callable[[str], "int | None"]  # the ISO weekday named in a text (วันอังคารที่ 7 → 2), or None


def within_spans(text: str, found: list[Found], replace: Replace,
                 weekday: Weekday | None = None) -> list[Found]:
    """`found` with year-less single days dated from a range above; `replace(f, year)` gives `f`
    with that year (dates.py's own filling, so a year-less range's end follows too); `weekday`
    reads the weekday a day heading names, which lets the range stand further up."""
    if not any(f.start.year is None for f in found):
        return found
    spans = sorted((f.span[1], f) for f in found
                   if f.end is not None and f.start.year is not None and f.end.year is not None
                   and f.start.day is not None and f.end.day is not None)
    if not spans:
        return found
    ends = [e for e, _ in spans]
    out = []
    for f in found:
        if f.start.year is None and f.start.day is not None:
            f = _dated(text, f, spans, ends, replace, weekday)
        out.append(f)
    return out


def _dated(text: str, f: Found, spans: list[tuple[int, Found]], ends: list[int],
           replace: Replace, weekday: Weekday | None) -> Found:
    i = bisect.bisect_right(ends, f.span[0]) - 1
    if i < 0:
        return f
    end, rng = spans[i]
    rows = text[end:f.span[0]].split("\n")
    named = None  # the weekday the date's heading names, needed when the range is far
    if not 1 < len(rows) <= SPAN_LINES + 1 or any(not r.strip() for r in rows[1:-1]):
        # the range's own line is _borrow_years' concern; too far or a blank line between, unless
        # the date names its weekday
        if weekday is None or not 1 < len(rows) <= WEEKDAY_SPAN_LINES + 1:
            return f
        line_start = text.rfind("\n", 0, f.span[0]) + 1
        named = weekday(text[max(line_start, f.span[0] - WEEKDAY_BEFORE):f.span[1]])
        if named is None:
            return f
    first, last = _day(rng.start), _day(rng.end)
    if first is None or last is None:
        return f
    for year in {rng.start.year, rng.end.year}:
        try:
            d = date(year.ce, f.start.month, f.start.day)
        except ValueError:
            continue
        if first <= d <= last and (named is None or d.isoweekday() == named):
            return replace(f, year)
    return f


# --- a month heading --------------------------------------------------------------------------
# A month-precision date on a short line of its own heads what follows (a monthly calendar or
# schedule: "ปฏิทินกิจกรรม ประจำเดือน สิงหาคม 2569" … "หยุด  12 ส.ค. วันแม่แห่งชาติ"): a year-less date
# of that same month below it takes the heading's year. Another month's date stays year-less.
HEADING_MAX = 70  # the longest line (stripped) read as a heading


def _heading(text: str, f: Found) -> bool:
    if f.end is not None or f.start.day is not None or f.start.year is None:
        return False
    a, b = f.span
    line = text[text.rfind("\n", 0, a) + 1:(text.find("\n", b) + 1 or len(text) + 1) - 1]
    return len(line.strip()) <= HEADING_MAX


def under_month_heading(text: str, found: list[Found], replace: Replace) -> list[Found]:
    """`found` with year-less dates below a month heading of the same month dated from it."""
    if not any(f.start.year is None for f in found):
        return found
    heads = sorted((f.span[0], f) for f in found if _heading(text, f))
    if not heads:
        return found
    starts = [s for s, _ in heads]
    out = []
    for f in found:
        i = bisect.bisect_left(starts, f.span[0]) - 1
        if f.start.year is None and i >= 0:
            head = heads[i][1]
            if head.start.month == f.start.month and (f.end is None or f.end.month == f.start.month):
                f = replace(f, head.start.year)
        out.append(f)
    return out
