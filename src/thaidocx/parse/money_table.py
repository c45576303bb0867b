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

import regex

from .money_cues import LIST_MARKER, Cues, line_bounds

MAX_HEADER_DISTANCE = 80  # lines between a row and its header
_SEP = regex.compile(r"\t|[ ]*\|[ ]*")
_THAI = regex.compile(r"[\u0E01-\u0E4E]")
_DIGIT = regex.compile(r"[0-9]")


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
    cells = _cells(line)
    if len(cells) < 2 or _DIGIT.search(line):
        return None
    roles = [_column_role(c, cues) for _, c in cells]
    return roles if any(roles) else None


def _find_header(text: str, line_start: int, cues: Cues) -> list[str | None] | None:
    """The nearest header row above, within the same block of lines (no blank line between)."""
    pos = line_start
    for _ in range(MAX_HEADER_DISTANCE):
        if pos == 0:
            return None
        ls = text.rfind("\n", 0, pos - 1) + 1
        line = text[ls:pos - 1]
        if not line.strip():
            return None
        header = _header(line, cues)
        if header is not None:
            return header
        pos = ls
    return None


def _row_role(cells: list[tuple[int, str]], cues: Cues) -> str | None:
    """total for a sum row (รวม ...), other for money spent / left over, from the row label."""
    for _, cell in cells:
        if _THAI.search(cell):
            label = cell[LIST_MARKER.match(cell).end():]
            if cues.opening_role(label) in ("sum", "total"):
                return "total"
            return "other" if cues.not_budget.search(label) else None
    return None


def table_cell_role(text: str, start: int, cues: Cues) -> str | None:
    """The role of the number at `start` if it stands in a money column, else None."""
    ls, le = line_bounds(text, start)
    cells = _cells(text[ls:le])
    idx = max(i for i, (off, _) in enumerate(cells) if off <= start - ls)
    header = _find_header(text, ls, cues)
    if header is None:
        return None
    if len(cells) != len(header):  # ragged row: money columns are the rightmost, align there
        idx = len(header) - (len(cells) - idx)
        if idx < 0:
            return None
    column = header[idx]
    if column is None or column in ("unit", "other"):
        return column
    return _row_role(cells, cues) or "item"
