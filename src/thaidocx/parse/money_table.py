"""Budget tables: bare numbers in the money columns of a tab- or pipe-separated table.

    ลำดับ  รายการ                 จำนวน  หน่วยละ (บาท)  เป็นเงิน (บาท)
    1      ค่าอาหารกลางวัน          40     60             2,400
           รวมทั้งสิ้น                                    12,550

The rule `money.table_cell` finds every number standing alone in a cell; here a cell counts as
money only when the table's header row names its column as money ("(บาท)", หน่วยละ, เป็นเงิน,
จำนวนเงิน, อนุมัติ ... — the lexicon `money_column`). The column gives the role (หน่วยละ -> unit,
ใช้จริง / คงเหลือ -> other, else item); a row labelled รวม / รวมทั้งสิ้น makes it the total.
"""
from __future__ import annotations

import bisect

from ..literal_re import THAI_RANGE, literal_regex
from .money_cues import LIST_MARKER, Cues, Lines

MAX_HEADER_DISTANCE = 80  # lines between a row and its header
_SEP = literal_regex(r"\t|[ ]*\|[ ]*")
_THAI = literal_regex("[" + THAI_RANGE + "]")
_BARE_NUMBER = literal_regex(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset in line, text) of each cell; a line without separators is one cell."""
    out, pos = [], 0
    for m in _SEP.finditer(line):
        out.append((pos, line[pos:m.start()]))
        pos = m.end()
    out.append((pos, line[pos:]))
    return out


def _column_role(cell: str, cues: Cues) -> str | None:
    if cues.not_budget.search(cell):
        return "other"  # ใช้จริง (บาท), คงเหลือ (บาท): spent or left over, not budget
    m = cues.column.search(cell)
    return str(cues.column_lex.get(m.group())) if m else None


def _header(line: str, cues: Cues) -> list[str | None] | None:
    """The role of each column if `line` is a header row naming a money column, else None."""
    if not _SEP.search(line):
        return None
    cells = _cells(line)
    if any(_BARE_NUMBER.fullmatch(c.strip()) for _, c in cells):
        return None  # a row of data, not of column names ("ปี 2565 (บาท)" is a name)
    roles = [_column_role(c, cues) for _, c in cells]
    return roles if any(roles) else None


def _row_role(cells: list[tuple[int, str]], cues: Cues) -> str | None:
    """total for a sum row (รวม ...), other for money spent / left over, from the row label."""
    for _, cell in cells:
        if _THAI.search(cell):
            label = cell[LIST_MARKER.match(cell).end():]
            if cues.opening_role(label) in ("sum", "total"):
                return "total"
            return "other" if cues.not_budget.search(label) else None
    return None


class TableReader:
    """Roles of numbers in table cells; lines and headers are read once per line."""

    def __init__(self, lines: Lines, cues: Cues) -> None:
        self.lines = lines
        self.cues = cues
        self._rows: dict[int, tuple[list[int], str | None]] = {}
        self._headers: dict[int, list[str | None] | None] = {}

    def row(self, line_start: int) -> tuple[list[int], str | None]:
        """The offsets of the row's cells and the role its label gives (cached per line)."""
        if line_start not in self._rows:
            ls, le = self.lines.bounds(line_start)
            cells = _cells(self.lines.text[ls:le])
            self._rows[line_start] = ([off for off, _ in cells], _row_role(cells, self.cues))
        return self._rows[line_start]

    def header_above(self, line_start: int) -> list[str | None] | None:
        """The nearest header row above, within the same block of lines (no blank line)."""
        if line_start not in self._headers:
            self._headers[line_start] = self._find_header(line_start)
        return self._headers[line_start]

    def _find_header(self, line_start: int) -> list[str | None] | None:
        prev = self.lines.previous(line_start)
        for _ in range(MAX_HEADER_DISTANCE):
            if prev is None:
                return None
            line = self.lines.text[prev[0]:prev[1]]
            if not line.strip():
                return None
            header = _header(line, self.cues)
            if header is not None:
                return header
            if prev[0] in self._headers:  # a row above already knows its header
                return self._headers[prev[0]]
            prev = self.lines.previous(prev[0])
        return None

    def role(self, start: int) -> str | None:
        """The role of the number at `start` if it stands in a money column, else None."""
        ls, _ = self.lines.bounds(start)
        header = self.header_above(ls)
        if header is None:
            return None
        offsets, row_role = self.row(ls)
        idx = bisect.bisect_right(offsets, start - ls) - 1
        if len(offsets) != len(header):  # ragged row: money columns are the rightmost
            idx = len(header) - (len(offsets) - idx)
            if idx < 0:
                return None
        column = header[idx]
        if column is None or column in ("unit", "other"):
            return column
        return row_role or "item"
