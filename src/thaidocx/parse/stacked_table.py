"""Tables flattened one cell per line with several number columns (pdftotext without -layout):
the header cells each alone on a line (a unit cell such as "(คน)" / "(บาท)" on a line of its
own belongs to the cell above it), then every row as its label line(s) followed by one lone
number line per number column.

    รายการ                          รุ่น
    ตามแผน                          เป้าหมาย
    ใช้จริง                          (คน)
    ค่าอาหารกลางวัน 130 คน x 70 บาท     เข้าร่วม
    (ผู้เข้าอบรม 120 คน …)              (คน)
    9,100                           ร้อยละ
    9,100                           รุ่นที่ 1
    ค่าป้ายไวนิลโครงการ                60
    1,200                           57
    1,200                           95.00
    รวม                             …
    46,800
    45,960

The header opens with a label column's cell (รายการ, ลำดับ, กิจกรรม, รุ่น, กลุ่ม …); the first row's
run of lone numbers tells how many number columns there are (K - 1 for K header cells), and every
row must hold exactly that many. A table is read with two rows at least; when a sum row (รวม …)
closes it, at least one column's figures must add up to its cell there (a column of shares,
ร้อยละ, need not), else the shape is a coincidence and nothing is read. Shared by money_table.py
(which columns hold baht) and participant_tables.py (which hold people).
"""
from __future__ import annotations

import bisect
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from ..literal_re import literal_regex

MAX_ROWS = 40  # rows read below a stacked header
MAX_UP = 120  # lines walked up from a number to its table's header
HEAD_MAX = 30  # characters: a header cell alone on a line is short
MAX_LABEL_LINES = 3  # label lines of one row (an item and its bracketed second line)
MAX_HEAD_LINES = 24  # header cells, their unit lines and the first row's label lines
_LONE = literal_regex(r"[ \t]*[0-9][0-9,]*(?:\.[0-9]+)?(?:\.-)?[ \t]*")
_DIGIT = literal_regex(r"[0-9]")
# A label column's header cell, the whole line.
_LABEL_HEAD = literal_regex(
    r"[ \t]*(?:ลำดับ(?:ที่)?|ที่|รายการ(?:ค่าใช้จ่าย)?|กิจกรรม|รายละเอียด(?:ค่าใช้จ่าย)?|รุ่น(?:ที่)?|"
    r"กลุ่ม(?:เป้าหมาย)?|ประเภท|หมวด(?:รายจ่าย)?|หน่วยงาน|หมู่บ้าน|ตำบล|ชุมชน|โรงเรียน)[ \t]*")
# A unit cell on a line of its own, completing the header cell above it.
_UNIT_LINE = literal_regex(r"[ \t]*\([ ]*(?:หน่วย[ ]*:?[ ]*)?(?:บาท|คน|ราย|ท่าน)[ ]*\)[ \t]*")
_SUM_LABEL = literal_regex(r"[ \t]*(?:รวม|ยอดรวม|รวมทั้งสิ้น|รวมทั้งหมด)")


class Cell(NamedTuple):
    start: int  # the number's offsets in the text
    end: int
    column: int  # index into StackedTable.heads (the label column is 0)


class Row(NamedTuple):
    label: str  # the row's label lines joined with a space
    cells: tuple[Cell, ...]


class StackedTable(NamedTuple):
    heads: tuple[str, ...]  # header cells, units included ("เป้าหมาย (คน)")
    rows: tuple[Row, ...]
    spans: tuple[tuple[int, int], ...]  # each header cell's first line's offsets in the text

    def is_sum(self, row: Row) -> bool:
        return bool(_SUM_LABEL.match(row.label))


def is_lone_number(line: str) -> bool:
    return bool(_LONE.fullmatch(line))


def _value(s: str) -> Decimal | None:
    try:
        return Decimal(s.strip().removesuffix(".-").replace(",", ""))
    except InvalidOperation:
        return None


class StackedTables:
    """The stacked tables of one text, found from their number lines (cached per header)."""

    def __init__(self, text: str, starts: list[int] | tuple[int, ...]) -> None:
        self.text = text
        self.starts = starts
        self._by_head: dict[int, StackedTable | None] = {}
        self._cells: dict[int, tuple[StackedTable, Row, Cell]] = {}  # number start -> its cell
        self._tried: set[int] = set()  # number lines already walked up from

    def _line(self, i: int) -> str:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[i]:end]

    def cell_at(self, pos: int) -> tuple[StackedTable, Row, Cell] | None:
        """The table, row and cell of the lone number on the line holding `pos`, if any."""
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[i]
        if start in self._cells or start in self._tried:
            return self._cells.get(start)
        self._tried.add(start)
        if not is_lone_number(self._line(i)):
            return None
        for j in range(i - 1, max(-1, i - 1 - MAX_UP), -1):
            line = self._line(j)
            if not line.strip():
                return None  # a blank line ends the block
            if _LABEL_HEAD.fullmatch(line):
                if j not in self._by_head:
                    self._by_head[j] = self._read(j)
                    table = self._by_head[j]
                    for row in table.rows if table else ():
                        for cell in row.cells:
                            ls = self.starts[bisect.bisect_right(self.starts, cell.start) - 1]
                            self._cells[ls] = (table, row, cell)
                if start in self._cells:
                    return self._cells[start]
        return None

    def _read(self, h: int) -> StackedTable | None:
        """The table whose header opens at line h, or None when the lines below have no
        table's shape (module doc)."""
        n = len(self.starts)
        j = h
        short: list[str] = []  # the header cells and the first row's label lines
        while j < n and len(short) < MAX_HEAD_LINES:
            line = self._line(j)
            if not line.strip() or is_lone_number(line):
                break
            short.append(line.strip())
            j += 1
        k = 0  # the number columns: the first row's run of lone numbers
        while j + k < n and is_lone_number(self._line(j + k)):
            k += 1
        if k < 1:
            return None
        heads: list[str] = []
        spans: list[tuple[int, int]] = []
        used = 0
        for cell in short:
            if len(heads) == k + 1 and not _UNIT_LINE.fullmatch(cell):
                break
            if len(cell) > HEAD_MAX or _DIGIT.search(cell):
                return None
            if _UNIT_LINE.fullmatch(cell) and heads:
                heads[-1] = heads[-1] + " " + cell
            else:
                heads.append(cell)
                line = self._line(h + used)
                lo = self.starts[h + used] + len(line) - len(line.lstrip())
                spans.append((lo, lo + len(cell)))
            used += 1
        labels = short[used:]
        if len(heads) != k + 1 or not labels or len(labels) > MAX_LABEL_LINES:
            return None
        rows: list[Row] = []
        j = h + len(short)
        while len(rows) < MAX_ROWS:
            cells = []
            for c in range(k):
                if j + c >= n or not is_lone_number(self._line(j + c)):
                    break
                s = self.starts[j + c]
                line = self._line(j + c)
                lo = s + len(line) - len(line.lstrip())
                cells.append(Cell(lo, s + len(line.rstrip()), c + 1))
            if len(cells) != k or (j + k < n and is_lone_number(self._line(j + k))):
                break  # a row with another number of figures: the table ended above it
            rows.append(Row(" ".join(labels), tuple(cells)))
            j += k
            labels = []
            while j < n and len(labels) <= MAX_LABEL_LINES:
                line = self._line(j)
                if not line.strip() or is_lone_number(line):
                    break
                labels.append(line.strip())
                j += 1
            if not labels or len(labels) > MAX_LABEL_LINES:
                break
        table = StackedTable(tuple(heads), tuple(rows), tuple(spans))
        return table if len(rows) >= 2 and self._sums_hold(table) else None

    def _sums_hold(self, table: StackedTable) -> bool:
        """No sum row, or one whose cell some column's figures above it add up to."""
        above: list[Row] = []
        for row in table.rows:
            if not table.is_sum(row):
                above.append(row)
                continue
            for c, cell in enumerate(row.cells):
                total = _value(self.text[cell.start:cell.end])
                parts = [_value(self.text[r.cells[c].start:r.cells[c].end]) for r in above]
                known = [v for v in parts if v is not None]
                if total is not None and len(known) == len(parts) >= 2 and sum(known) == total:
                    return True
            return False
        return True
