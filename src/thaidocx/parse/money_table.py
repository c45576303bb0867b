"""Budget tables: bare numbers in the money columns of a tab-, pipe- or space-separated table.

    ลำดับ  รายการ                 จำนวน  หน่วยละ (บาท)  เป็นเงิน (บาท)
    1      ค่าอาหารกลางวัน          40     60             2,400
           รวมทั้งสิ้น                                    12,550

The rule `money.table_cell` finds every number standing alone in a cell; here a cell counts as
money only when the table's header row names its column as money ("(บาท)", หน่วยละ, เป็นเงิน,
จำนวนเงิน, อนุมัติ ... — the lexicon `money_column`). The column gives the role (หน่วยละ -> unit,
ใช้จริง / คงเหลือ -> other, else item); a row labelled รวม / รวมทั้งสิ้น makes it the total.

Three more shapes, all met in real proposals:
- the unit only in a caption right above the table ("5. แผนงานและงบประมาณ (บาท)" over
  "| กิจกรรม | ปีงบ 2568 | ปีงบ 2569 | รวม |"): every column but the label and counting
  columns (ลำดับ, จำนวน, คน ...) is money;
- a header whose units sit on a line of their own ("จำนวนเงิน" over "(บาท)"): the unit line
  is read together with the header above it;
- columns aligned with runs of spaces (PDF text): there runs of 3+ spaces separate cells, under
  a header of 3+ such cells, in a block of lines that all hold such a gap (cells as
  spaced_table.py splits them: indentation makes no cell, so a number opening an indented row
  is its row number, not an amount).
In a sum row (รวม) of a table with a sum column (รวม 3 ปี), only the sum column holds the total:
the other cells are per-column subtotals (items).
Header rows (which columns hold money) are read by money_headers.py; here, the rows under them.
"""
from __future__ import annotations

import bisect
from decimal import Decimal

from ..literal_re import THAI_RANGE, literal_regex
from .money_cues import LIST_MARKER, Cues, Lines
from .money_cost_lines import CostLines, last_factor_product
from .money_flat_rows import FLAT_RULE, FlatRows
from .money_lone_figures import LoneFigures
from .money_headers import (MIN_SPACED_CELLS, Header, captioned_header, column_role, has_sep,
                            header_row, is_unit_line, stacked_roles, table_cells, with_units)
from .money_stacked import is_lone_number, stacked_row_label
from .stacked_table import StackedTables
from .running_lines import PageBreaks
from .spaced_table import cells as spaced_cells
from .spaced_table import align, char_span, nearest, overlapping, width

MAX_HEADER_DISTANCE = 80  # lines between a row and its header
CARRY_LINES = 15  # lines up to a row of an earlier table whose columns a headerless table carries on
_THAI = literal_regex("[" + THAI_RANGE + "]")
_RULE_LINE = literal_regex(r"[ \t]*[-–—=_─━]{5,}[ \t]*")  # a rule drawn across a table
# A table's group heading row, one line across the columns ("ยุทธศาสตร์ที่ 1  ส่งเสริมสุขภาพ …" in an action
# plan): it keeps the rows under it in the space-aligned table above it, gap or no gap.
_GROUP_ROW = literal_regex(r"[ \t]*(?:ประเด็นยุทธศาสตร์|ยุทธศาสตร์|กลยุทธ์|แผนงาน|มาตรการ|หมวด)ที่[ \t]*[0-9๐-๙]{1,2}(?![0-9๐-๙])")
# Where a label cell ends (a run of 3+ spaces, a tab, a bar) and a number standing at a cell's start.
_CELL_GAP = literal_regex(r"[ ]{3,}|[\t|]")
_CELL_NUM = literal_regex(r"(?<=[ \t|])[0-9][0-9,]*(?:\.[0-9]+)?(?=[ \t|]|$)")
_FIGURE = literal_regex(r"(?<![0-9,.])(?:[0-9]{1,2} (?=[0-9]{1,2},[0-9]{3}))?[0-9][0-9,]*(?:\.[0-9]+)?")
# The rest of a figure's cell: only figures, one or two spaces apart, to a wide gap or the line's end.
_FIGURES_TO_CELL_END = literal_regex(r"(?:[ ]{1,2}[0-9][0-9,]*(?:\.[0-9]+)?)*(?:\.-)?[ ]*(?:[ ]{3}|[\t|]|$)")
_PRICE = literal_regex(r"[0-9][0-9,]*\.[0-9]{2}")  # "4,050.00", "2.50": a price list's amounts


def _row_role(cells: list[tuple[int, str]], cues: Cues) -> str | None:
    """total for a sum row (รวม ...), other for money spent / left over (also a sum row of it:
    รวมใช้จ่ายจริง), from the row label."""
    for _, cell in cells:
        if _THAI.search(cell):
            label = cell[LIST_MARKER.match(cell).end():]
            if cues.not_budget.search(label):
                return "other"  # รวมใช้จ่ายจริง, รวมเบิกจ่ายจริง: the sum spent, not the budget
            return "total" if cues.opening_role(label) in ("sum", "total") else None
    return None


def _same_shape(row: str, template: str, header: Header) -> bool:
    """`row` lays out its cells as `template`, a row under `header` (TableReader._carried)."""
    if header.spaced:
        a, b = spaced_cells(row), spaced_cells(template)
        spans = [(y.left, y.right) for y in b]
        return len(a) == len(b) >= MIN_SPACED_CELLS and all(
            nearest(spans, x.left, x.right) == k for k, x in enumerate(a))
    a2, b2 = table_cells(row), table_cells(template)
    if len(a2) != len(b2) or len(a2) < 2:
        return False
    money = [i for i in range(len(a2)) if (align(i, len(a2), len(header.roles)) is not None
                                           and header.roles[align(i, len(a2), len(header.roles))])]
    return bool(money) and all(_PRICE.fullmatch(a2[i][1].strip()) and _PRICE.fullmatch(b2[i][1].strip())
                               for i in money)


def _figure_spans(line: str, by_chars: bool) -> dict[int, tuple[int, int]]:
    """Each figure of a line (its offset) with its span on screen (in characters for a table typed
    character by character); "1 8,750" (a figure split by a stray space) as one."""
    out: dict[int, tuple[int, int]] = {}
    for m in _FIGURE.finditer(line):
        if by_chars:
            out[m.start()] = (m.start(), m.end())
        else:
            left = width(line[:m.start()]) if "\t" not in line else m.start()
            out[m.start()] = (left, left + m.end() - m.start())
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


class TableReader:
    """Roles of numbers in table cells; lines and headers are read once per line."""

    def __init__(self, lines: Lines, cues: Cues) -> None:
        self.lines = lines
        self.cues = cues
        self._rows: dict[int, tuple[list[int], str | None]] = {}
        self._headers: dict[int, Header | None] = {}
        self._own: dict[int, Header | None] = {}
        self._at: dict[tuple[int, bool], Header | None] = {}  # _header_at per (line, gapped)
        self._breaks: PageBreaks | None = None
        self._cost_lines = CostLines(lines, cues)  # headerless cost lines under a budget
        self._flat = FlatRows(lines, cues)  # single-spaced budget rows (money_flat_rows.py)
        self._lone = LoneFigures(lines, cues)  # one cell per line (money_lone_figures.py)
        self._across: dict[int, tuple[int, int] | None] = {}  # _across_page_break per blank line
        self.project_rows: set[int] = set()  # lines of money cells in rows of a table of projects
        self._stacked_tables: StackedTables | None = None  # tables flattened one cell per line

    def _line(self, bounds: tuple[int, int]) -> str:
        return self.lines.text[bounds[0]:bounds[1]]

    def row(self, line_start: int, spaced: bool = False) -> tuple[list[int], str | None]:
        """The offsets of the row's cells and the role its label gives (cached per line)."""
        if line_start not in self._rows:
            cells = table_cells(self._line(self.lines.bounds(line_start)), spaced)
            self._rows[line_start] = ([off for off, _ in cells], _row_role(cells, self.cues))
        return self._rows[line_start]

    def header_above(self, line_start: int) -> Header | None:
        """The nearest header row above, within the same block of lines (no blank line); for a
        block without one, the header of an earlier table whose rows it matches (_carried)."""
        if line_start not in self._headers:
            self._headers[line_start] = self._own_header(line_start) or self._carried(line_start)
        return self._headers[line_start]

    def _own_header(self, line_start: int) -> Header | None:
        """The header of the line's own block (_find_header), cached; never a carried one."""
        if line_start not in self._own:
            self._own[line_start] = self._find_header(line_start)
        return self._own[line_start]

    def _carried(self, line_start: int) -> Header | None:
        """A table's second part without a header row, set off by a caption ("รายการที่ 2 …") or
        a blank line, whose rows have the shape of the rows of the table just above: it takes
        that table's columns. Same shape: as many cells, each nearest on screen to the template's
        cell of the same rank (space-aligned); for tab or pipe rows, as many cells with the money
        cells of both rows written as prices (x.xx), counting alone being too weak."""
        row = self._line(self.lines.bounds(line_start))
        if not has_sep(row, True):
            return None
        prev = self.lines.previous(line_start)
        for _ in range(CARRY_LINES):
            if prev is None:
                return None
            line = self._line(prev)
            if line.strip() and has_sep(line, True):
                # A row already read keeps its header (maybe carried); else its block's own: no
                # recursion through _carried, however many headerless lines stand above.
                header = self._headers[prev[0]] if prev[0] in self._headers else self._own_header(prev[0])
                if header is not None and _same_shape(row, line, header):
                    return header
            prev = self.lines.previous(prev[0])
        return None

    def _find_header(self, line_start: int) -> Header | None:
        gapped = has_sep(self._line(self.lines.bounds(line_start)), True)
        prev = self.lines.previous(line_start)
        for _ in range(MAX_HEADER_DISTANCE):
            if prev is None:
                return None
            line = self._line(prev)
            if not line.strip():
                prev = self._across_page_break(prev)
                if prev is None:
                    return None
                line = self._line(prev)
            if _RULE_LINE.fullmatch(line):  # a rule of dashes under a header: no cells, no end
                prev = self.lines.previous(prev[0])
                continue
            # every amount of a table walks up the same lines: each line is judged once
            key = (prev[0], gapped)
            if key not in self._at:
                self._at[key] = self._header_at(prev, line, gapped)
            header = self._at[key]
            if header is not None:
                return header
            if prev[0] in self._headers:  # a row above already knows its header
                return self._headers[prev[0]]
            gapped = gapped and (has_sep(line, True) or _GROUP_ROW.match(line) is not None)
            prev = self.lines.previous(prev[0])
        return None

    def _across_page_break(self, blank: tuple[int, int]) -> tuple[int, int] | None:
        """The last row of the table above a page break that starts at the blank line `blank`
        (running footer and header lines between: running_lines.py), or None when the blank line
        ends the table. The line above the break must be a row (cells) itself. Cached: the
        rows of every table below the break walk up to the same blank line."""
        if blank[0] not in self._across:
            self._across[blank[0]] = self._row_above_break(blank)
        return self._across[blank[0]]

    def _row_above_break(self, blank: tuple[int, int]) -> tuple[int, int] | None:
        if self._breaks is None:
            self._breaks = PageBreaks(self.lines.text)
        above = self._breaks.above(blank, self.lines.previous)
        if above is None or not has_sep(self._line(above), True):
            return None
        return above

    def _header_at(self, bounds: tuple[int, int], line: str, gapped: bool) -> Header | None:
        """The header a line makes, alone, with the unit line under it, or under a caption.
        Space-aligned headers count only when every line down to the row has a wide gap."""
        for spaced in (False, True) if gapped else (False,):
            if is_unit_line(line, spaced):
                above = self.lines.previous(bounds[0])
                if above is not None:
                    header = with_units(self._line(above), line, self.cues, spaced)
                    if header is not None:
                        return header
            header = header_row(line, self.cues, spaced)
            if header is not None:
                return header
        if has_sep(line):
            above = self.lines.previous(bounds[0])
            if above is not None:
                return captioned_header(line, self._line(above), self.cues)
        return None

    def _stacked(self, ls: int, le: int) -> str | None:
        """The role of a lone number in a table flattened one cell per line (money_stacked.py)."""
        if not is_lone_number(self._line((ls, le))):
            return None
        if self._stacked_tables is None:
            self._stacked_tables = StackedTables(self.lines.text, self.lines.starts)
        found = self._stacked_tables.cell_at(ls)
        if found is not None:  # several number columns (stacked_table.py)
            table, row, cell = found
            column = stacked_roles(table.heads, self.cues)[cell.column]
            if column is None or column in ("unit", "other"):
                return column
            return _row_role([(0, row.label)], self.cues) or "item"
        label = stacked_row_label(self.lines, ls, self.cues, column_role)
        if label is None:
            return None
        return _row_role([(0, label)], self.cues) or "item"

    def _under(self, header: Header, ls: int, idx: int) -> int | None:
        """The column a spaced row's cell stands under on screen: the header cell its display
        span overlaps most (a row may merge two cells over a 2-space gap, or lack one, so
        counting cells misplaces it); None when it overlaps none. A row with a cell under each
        header cell keeps its cell's rank when that cell overlaps the header cell of its rank on
        screen or in characters (a table typed in an editor that gives Thai marks a column drifts
        on screen: a Thai label left of it shifts the row's figures)."""
        cells = spaced_cells(self._line(self.lines.bounds(ls)))  # never none: the number is one
        if idx >= len(cells):
            return None
        cell = cells[idx]
        if header.by_chars:  # a table typed character by character (money_headers.with_units)
            return overlapping(header.spans, *char_span(cell))
        if len(cells) == len(header.spans) and header.chars and (
                _overlaps(header.spans[idx], (cell.left, cell.right))
                or _overlaps(header.chars[idx], char_span(cell))):
            return idx  # a full row whose cell stands under its own header cell, on screen or in characters
        return overlapping(header.spans, cell.left, cell.right)

    def factor_role(self, start: int, value: Decimal) -> str | None:
        """The role of a bare factor or result in a cost line's label (unit / item): in a headerless
        block of cost lines (money_cost_lines.py), or in a table's label cell ("ค่าอาหารกลางวัน 50 คน
        x 80" over "4,000" under "จำนวนเงิน (บาท)"; a ledger's "55 คน x 25" over its จ่าย cell): the
        last factor after x is the unit price when the product is a money cell of its row."""
        ls, le = self.lines.bounds(start)
        header = self.header_above(ls)
        if header is None:
            return self._cost_lines.factor_role(start, value)
        line = self._line((ls, le))
        gap = _CELL_GAP.search(line, start - ls)
        if gap is None:
            return None
        product = last_factor_product(line, start - ls, gap.start())
        if product is None:
            return None
        for m in _CELL_NUM.finditer(line, gap.start()):
            if self.role(ls + m.start()) not in (None, "unit") \
                    and Decimal(m.group().replace(",", "")) == product:
                return "unit"
        return None

    def beside_projects(self, amounts: list, bounds: list[tuple[int, int]],
                        roles: list[str]) -> list[str]:
        """A document whose table lists several projects, each row its own budget (a fund's annual
        report, an action plan), is about none of them: a total stated outside the table ("รวมวงเงิน
        ที่ขอ 86,000 บาท" for the items turned down) is no budget (other), unless its own line names
        the project it pays for ("งบประมาณโครงการนี้ 25,000 บาท")."""
        if len(self.project_rows) < 2 or "total" not in roles:
            return roles
        text = self.lines.text
        return ["other" if r == "total" and a.role is None and (
                    self.cues.nearest_role(text[ls:a.start]) == "sum"
                    or not self.cues.mentions_project(text, ls, a.start)) else r
                for a, (ls, _), r in zip(amounts, bounds, roles)]

    def lone_role(self, start: int) -> str | None:
        """The role of a figure alone on its line that adds up with others (money_lone_figures.py)."""
        return self._lone.role(start)

    def role(self, start: int) -> str | None:
        """The role of the number at `start` if it stands in a money column, else None."""
        ls, le = self.lines.bounds(start)
        header = self.header_above(ls)
        if header is None:
            return self._stacked(ls, le) or self._cost_lines.role(start)
        roles = header.roles
        offsets, row_role = self.row(ls, header.spaced)
        idx = bisect.bisect_right(offsets, start - ls) - 1
        # A row with more cells than its header (two spaces merged the header's "ที่  ชื่อโครงการ",
        # three part the row's) lines up on the right by count, where the figures are: on screen a
        # header typed character by character and its right-aligned figures need not overlap.
        wider = len(offsets) > len(roles)
        under = self._under(header, ls, idx) if header.spans and not wider else None
        if idx == 0 and (start == ls or header.spaced) and len(offsets) > 1:
            pass  # a number opening a row of cells is in the first column (a row number)
        elif under is not None:
            idx = under
        elif len(offsets) != len(roles):  # ragged row: money columns are the rightmost
            column = align(idx, len(offsets), len(roles))
            if column is None:
                return None
            idx = column
        return self._column_role(ls, idx, header, row_role)

    def _column_role(self, ls: int, idx: int, header: Header, row_role: str | None) -> str | None:
        """The role of a figure in column `idx` of the row at `ls` (its label's role `row_role`)."""
        column = header.roles[idx]
        if column is not None and header.projects:
            self.project_rows.add(ls)
        if column is None or column in ("unit", "other"):
            return column
        if row_role == "total" and header.sums and idx not in header.sums:
            return "item"  # a per-column subtotal in a table with a sum column
        if row_role == "total" and header.projects:
            return "other"  # the sum of several projects' budgets: no one project's total
        return row_role or "item"

    def tight_role(self, start: int, end: int, rule: str = "") -> str | None:
        """The role of a figure a space-aligned row sets off from its neighbours by only one or two
        spaces (a label run on into the money columns: "…(วันทำลูกประคบ) 2,750  2,750      2,650"; a
        doubled sum cell "21,002.14  21,002.14"; a figure split by a stray space "1 8,750"): on screen
        it stands under one header column only, a money column, and no other figure of its row
        stands under that column. None otherwise. A single-spaced row's figures: money_flat_rows.py."""
        if rule == FLAT_RULE:
            return self._flat.role(start)
        ls, le = self.lines.bounds(start)
        header = self.header_above(ls)
        if header is None or not header.spaced or not header.spans:
            return None
        line = self._line((ls, le))
        if len(spaced_cells(line)) < 2 or not _FIGURES_TO_CELL_END.match(line, end - ls):
            return None  # no row of the table, or words follow it in its cell
        spans = header.chars if header.by_chars else header.spans
        where = _figure_spans(line, header.by_chars)
        own = where.get(start - ls)
        if own is None or not spans:
            return None
        hit = [k for k, (a, b) in enumerate(spans) if min(b, own[1]) > max(a, own[0])]
        if len(hit) != 1 or header.roles[hit[0]] is None:
            return None
        k = hit[0]
        a, b = spans[k]
        if any(off != start - ls and min(b, r) > max(a, lft) for off, (lft, r) in where.items()
               if not start - ls <= off < end - ls):
            return None  # another figure stands under the same column
        return self._column_role(ls, k, header, self.row(ls, True)[1])
