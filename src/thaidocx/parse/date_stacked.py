"""Date cells of a table flattened one cell per line in content-stream order (PDF text without its
layout), a cell wrapped so that its first and last lines lie a few lines apart, other columns' cells
between them:

    พ.ย. -            a span of months: the start month (maybe with its year) and the dash alone on a line
    17,300
    ขึ้นไป 8,650 คน
    ธ.ค. 68           ... its end, the month and year alone on a later line

    12-13 ม.ค.        a year-less date alone on its line
    38,400
    2569              ... its year alone on a later line

Only lines holding nothing but these pieces are read, at most STACK_LINES apart, and nothing date-like
(another date, a dangling month, a line of a year) may stand between.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

import regex

from .date_parts import Found, Part, range_years
from .thaidate import month_number, resolve_year

if TYPE_CHECKING:
    from .context import Context
    from .thaidate import Year

STACK_LINES = 6  # the most lines from a cell's first line down to its last

_MONTHS = ("date_month_full", "date_month_abbr")


@lru_cache(maxsize=8)
def _regexes(months: str) -> tuple[regex.Pattern, regex.Pattern]:
    dangling = regex.compile(r"[ \t]*+(?P<m>" + months + r")[ \t]*+(?P<y>[0-9]{2}|[0-9]{4})?[ \t]*+-[ \t]*+")
    end = regex.compile(r"[ \t]*+(?P<m>" + months + r")[ \t]*+(?P<y>[0-9]{2}|[0-9]{4})[ \t]*+")
    return dangling, end


_YEAR_LINE = regex.compile(r"[ \t]*+(?:พ\.?[ \t]?ศ\.?[ \t]*+)?(?P<y>2[4-6][0-9]{2})[ \t]*+")
_DANGLE_END = re.compile(r"-[ \t]*\n")  # a line ending with a dash: the few lines a dangling month is looked for on


def stacked_cells(ctx: Context, found: list[Found], with_year: Callable[[Found, Year], Found]) -> list[Found]:
    text = ctx.text
    lex = ctx.rules.lexicons
    months = "|".join(lex[n].pattern() for n in _MONTHS if n in lex)
    if not months:
        return found
    dangling, end_re = _regexes(months)
    starts = {text.rfind("\n", 0, f.span[0]) + 1 for f in found}  # lines on which a date starts
    lead = [m for m in (dangling.fullmatch(text, text.rfind("\n", 0, e.start()) + 1, e.end() - 1)
                        for e in _DANGLE_END.finditer(text)) if m is not None]
    busy = starts | {m.start() for m in lead}
    out = list(found)
    changed = False
    for m in lead:
        hit = _later_line(text, m.end(), busy, lambda line: end_re.fullmatch(line))
        if hit is None:
            continue
        line_start, end = hit
        m1, m2 = month_number(m.group("m"), ctx.rules), month_number(end.group("m"), ctx.rules)
        y1 = resolve_year(m.group("y"), ctx.rules) if m.group("y") else None
        y2 = resolve_year(end.group("y"), ctx.rules)
        if m1 is None or m2 is None or y2 is None:
            continue
        start, stop = range_years(Part(None, m1, y1), Part(None, m2, y2))
        span = (m.start("m"), line_start + end.end("y"))
        cells = [f for f in out if m.start() <= f.span[0] < m.end() or line_start <= f.span[0] < line_start + end.end()]
        out = [f for f in out if f not in cells]  # the ends read alone (ธ.ค. 68) are the span's
        out.append(Found(start, stop, span, cells[-1].rule if cells else "date.month_range"))
        changed = True
    for i, f in enumerate(out):
        if f.start.year is not None or not _alone(text, f.span):
            continue
        hit = _later_line(text, f.span[1], busy, lambda line: _YEAR_LINE.fullmatch(line))
        year = resolve_year(hit[1].group("y"), ctx.rules) if hit is not None else None
        if hit is not None and year is not None:
            g = with_year(f, year)
            out[i] = g._replace(span=(f.span[0], hit[0] + hit[1].end("y")), rule=f.rule)
            changed = True
    return sorted(out, key=lambda f: f.span) if changed else found


def _alone(text: str, span: tuple[int, int]) -> bool:
    """Does the date stand alone on its line?"""
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start:span[0]].strip() and not text[span[1]:line_end].strip()


def _later_line(text: str, pos: int, busy: set[int], want: Callable[[str], regex.Match | None]
                ) -> tuple[int, regex.Match] | None:
    """The first of the next STACK_LINES lines after pos that `want` accepts, with its start; None when
    a line on the way holds a date, a dangling month or a year alone."""
    line_start = text.find("\n", pos)
    for _ in range(STACK_LINES):
        if line_start == -1:
            return None
        line_start += 1
        line_end = text.find("\n", line_start)
        line = text[line_start:len(text) if line_end == -1 else line_end]
        hit = want(line)
        if hit is not None:
            return line_start, hit
        if line_start in busy or _YEAR_LINE.fullmatch(line):
            return None
        line_start = line_end
    return None
