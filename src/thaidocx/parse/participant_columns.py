"""Breakdown columns beside a table's people column: a tab or pipe table whose unit column
(รวม (ราย)) counts people often splits them by sex, age or group in columns without a unit
(ประเภทบริการ | ชาย | หญิง | รวม (ราย)). Those cells count people too, as the parts of a
breakdown do (GOLD.md: "Counts inside a breakdown count too").

A set of two or more sibling columns is read only when, on every row of at least two rows, its
whole-number cells add up exactly to the unit column's cell: the same people split by columns.
Columns whose header names another measure (ร้อยละ, อายุ, บาท …: participant_tables._OTHER_COLUMN)
are never candidates (but an age band is: "อายุ 60-69 ปี" heads the people of that age), and a table with many candidate columns is left alone (the subsets to try
grow fast, and such wide tables are rarely a single breakdown)."""
from __future__ import annotations

from itertools import combinations
from typing import Any

from ..literal_re import literal_regex

MAX_CANDIDATES = 6  # sibling columns tried at most (2**6 subsets)
# An age band heading a column of people ("อายุ 60-69 ปี", "70 ปีขึ้นไป", "ต่ำกว่า 15 ปี"): the people of
# that age, not ages (a column of ages would not add up to the people column).
_AGE_BAND = literal_regex(r"อายุ[ ]*(?:ต่ำกว่า|ไม่เกิน|[0-9])|[0-9][ ]*(?:-|–)[ ]*[0-9]+[ ]*ปี|ปีขึ้นไป|ต่ำกว่า[ ]*[0-9]+[ ]*ปี")


def breakdown_columns(header: list[str], rows: list[list[str]], col: int,
                      number: Any, other: Any) -> list[int]:
    """The columns (indexes into each row's cells) of `rows` whose cells add up to column `col`
    on every row; [] when no such set of two or more columns exists. `header` holds the header
    row's cells, `number` matches a whole-number cell (group 1: its digits) and `other` a header
    naming another measure."""
    if len(rows) < 2:
        return []
    totals: list[int] = []
    for cells in rows:
        n = number.fullmatch(cells[col]) if col < len(cells) else None
        if n is None:
            return []
        totals.append(int(n.group(1).replace(",", "")))
    candidates: list[tuple[int, list[int]]] = []
    for k, name in enumerate(header):
        if k == col or not name.strip() or (other.search(name) and not _AGE_BAND.search(name)):
            continue
        values: list[int] = []
        for cells in rows:
            n = number.fullmatch(cells[k]) if k < len(cells) else None
            if n is None:
                break
            values.append(int(n.group(1).replace(",", "")))
        else:
            if any(values):  # a column of zeros adds nothing: no part of the people
                candidates.append((k, values))
    if len(candidates) < 2 or len(candidates) > MAX_CANDIDATES:
        return []
    for size in range(len(candidates), 1, -1):
        for chosen in combinations(candidates, size):
            if all(sum(v[r] for _, v in chosen) == t for r, t in enumerate(totals)):
                return [k for k, _ in chosen]
    return []
