"""A table with a month column and a day column (a yearly plan or summary, one row a month):

    เดือน<TAB>วันที่<TAB>กิจกรรมหลัก<TAB>ผู้มาร่วม (คน)
    มกราคม 2567<TAB>10<TAB>ประชุมประจำเดือน<TAB>58

A month-precision date filling a whole cell, with a bare day number (1-31) in the next cell,
is that day of the month, when the table's header names the two columns (a cell opening with
เดือน, then one that is วันที่ / วัน / วันที่จัด …). Tab- or |-separated cells only: in
space-aligned text a number after a month-year is too often a count. Without such a header the
month stays a month ("มกราคม 2567<TAB>10" under "เดือน<TAB>จำนวน (คน)" is a count).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:  # dates.py imports this module
    from .dates import Found

HEADER_LINES = 60  # the most table rows between a row and its header
_SEP = regex.compile(r"\t|\|")
# The next cell: a day number alone (spaces around it), then the cell's end.
_DAY_CELL = regex.compile(r"[ ]*(?:\t|\|)[ ]*(3[01]|[12][0-9]|0?[1-9])[ ]*(?=\t|\||\n|$)")
_MONTH_HEAD = regex.compile(r"[ ]*เดือน")
_DAY_HEAD = regex.compile(r"[ ]*วัน(?:ที่)?(?:[ ]*(?:จัด|ประชุม|ดำเนินการ)[\u0E00-\u0E7F]{0,12})?[ ]*")


def with_day_columns(text: str, found: list[Found]) -> list[Found]:
    """`found` with each month-year cell of such a table read with the day cell beside it."""
    if "\t" not in text and "|" not in text:
        return found
    if not any(f.end is None and f.start.day is None for f in found):
        return found
    headers: dict[int, list[str] | None] = {}  # a table's first line -> its header cells
    out = []
    for f in found:
        if f.end is None and f.start.day is None and f.start.year is not None:
            f = _with_day(text, f, headers)
        out.append(f)
    return out


def _with_day(text: str, f: Found, headers: dict[int, list[str] | None]) -> Found:
    s, e = f.span
    m = _DAY_CELL.match(text, e)
    if m is None:
        return f
    ls = text.rfind("\n", 0, s) + 1
    before = text[ls:s]
    cut = max(before.rfind("\t"), before.rfind("|"))
    if before[cut + 1:].strip():
        return f  # the month does not open its cell
    col = len(_SEP.findall(before))
    cells = _header(text, ls, headers)
    if cells is None or col + 1 >= len(cells):
        return f
    if not _MONTH_HEAD.match(cells[col]) or not _DAY_HEAD.fullmatch(cells[col + 1]):
        return f
    return f._replace(start=f.start._replace(day=int(m.group(1))), span=(s, m.end(1)))


def _header(text: str, ls: int, headers: dict[int, list[str] | None]) -> list[str] | None:
    """The cells of the first line of the table holding the line at `ls` (the lines above it
    that hold a cell separator, up to a line without one)."""
    top, n = ls, 0
    while top > 0 and n < HEADER_LINES:
        prev = text.rfind("\n", 0, top - 1) + 1
        if not _SEP.search(text, prev, top - 1):
            break
        top, n = prev, n + 1
    if top == ls:
        return None  # the row is the table's first line: no header above it
    if top not in headers:
        end = text.find("\n", top)
        headers[top] = _SEP.split(text[top:end if end >= 0 else len(text)])
    return headers[top]
