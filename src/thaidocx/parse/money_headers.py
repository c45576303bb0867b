"""A budget table's header row, for money_table.py: which columns hold money, and in which role.

A column counts as money when the header names it so ("(บาท)", หน่วยละ, เป็นเงิน, จำนวนเงิน,
อนุมัติ ... — the lexicon `money_column`; ใช้จริง / คงเหลือ -> other, หน่วยละ -> unit, else item),
when two or more cells name budget categories (`money_category_column`), when a plan stage
(แผนเดิม, ปรับแผน) stands beside a money cell, when a unit line under the header ("(บาท)") stands
under it, or, under a caption in baht, when it neither labels nor counts things. Cells are split
at tabs and bars, or (spaced) at runs of 3+ spaces as spaced_table.py splits them.
"""
from __future__ import annotations

from typing import NamedTuple

from ..literal_re import THAI_RANGE, literal_regex
from .money_cues import Cues
from .spaced_table import cells as spaced_cells
from .spaced_table import char_span, nearest, typed_by_characters, under_header, width

MIN_SPACED_CELLS = 3  # a space-aligned header names at least this many columns (see header_row)
_SEP = literal_regex(r"\t|[ ]*\|[ ]*")
_SEP_SPACED = literal_regex(r"\t|[ ]*\|[ ]*|[ ]{3,}")
_THAI = literal_regex("[" + THAI_RANGE + "]")
_BARE_NUMBER = literal_regex(r"[0-9][0-9,]*(?:\.[0-9]+)?")
# A check box ("[✓] อนุมัติ   [  ] ไม่อนุมัติ"): a line of options on a form, never column names.
_CHECKBOX = literal_regex(r"\[[ ]*[✓✔xX/]?[ ]*\]|[☐☑☒□■✓✔]")
# A header cell or caption tail giving the unit only: "(บาท)", "(หน่วย: บาท)", "หน่วย : บาท".
_UNIT_ONLY = literal_regex(r"\((?:[ ]*หน่วย[ ]*:?)?[ ]*บาท[ ]*\)|หน่วย[ ]*:?[ ]*บาท")
# Beside the units, a spaced header's second line may carry the rest of a wrapped column name ("แหล่ง" /
# "งบ") or the sub-columns' numbers ("ไตรมาส" / "1 2 3 4"): a short Thai word, or single digits.
_WRAPPED_NAME = literal_regex(r"[\u0E01-\u0E4E.]{1,12}|[0-9](?: [0-9]){1,11}")
_PEOPLE_UNIT = literal_regex(r"\([ ]*(?:คน|ราย|ท่าน)[ ]*\)")  # a people column's unit on a unit line
_UNIT_TAIL = literal_regex(r"[ ]*\((?:[ ]*หน่วย[ ]*:?)?[ ]*บาท[ ]*\)[ ]*$")
_CAPTION_UNIT = literal_regex(r"(?:\((?:[ ]*หน่วย[ ]*:?)?[ ]*บาท[ ]*\)|หน่วย[ ]*:?[ ]*บาท)[ \t]*$")
# Header cells of columns that count or number things, not baht (under a caption in baht).
_COUNT_HEAD = r"[ ]*(?:ลำดับ|ที่[ ]*$|ข้อ[ ]*$|จำนวน(?!เงิน)|หน่วย(?!ละ)|คน|ราย|ครั้ง|วัน|เป้าหมาย|ร้อยละ|%)"
_COUNT_COLUMN = literal_regex(_COUNT_HEAD)
# Header cells of columns that hold no money whatever unit stands under them: counts, row
# numbers, labels (a "(บาท)" of a PDF's second header line may sit askew under them).
_NOT_MONEY_HEAD = literal_regex(_COUNT_HEAD + r"|[ ]*(?:รายการ|กิจกรรม|โครงการ|รายละเอียด)")
# Header cells naming a stage of a plan ("แผนเดิม   ปรับแผน   ใช้จริง", "ตั้งไว้   จ่ายจริง": the amount
# set aside): money columns when another cell of the same header names money (ใช้จริง, จ่ายจริง,
# อนุมัติ, เบิกจ่าย ...); alone ("| กลุ่ม | แผน | จริง |", "เป้าหมายที่ตั้งไว้") they head counts of people
# as often as baht.
_PLAN_HEAD = literal_regex(r"[ ]*(?:ตามแผน|แผนเดิม|ปรับแผน|แผนใหม่|แผน(?:[ ]*\(|[ ]*$)|หลังปรับ|ก่อนปรับ"
                           r"|ตั้งไว้|งบที่ตั้งไว้)")


# A bank-book ledger's columns of money in and out ("วันที่ | รายการ | รับ | จ่าย | คงเหลือ"), whole cells:
# money (other: received or paid, not a budget) in a header that has a balance column too.
_LEDGER_HEAD = literal_regex(r"[ ]*(?:รับ|จ่าย|รายรับ|รายจ่าย|เงินรับ|เงินจ่าย|ฝาก|ถอน|เงินฝาก|เงินถอน)"
                             r"(?:[ ]*\((?:[ ]*หน่วย[ ]*:?)?[ ]*บาท[ ]*\))?[ ]*")
_BALANCE_HEAD = literal_regex(r"[ ]*(?:ยอด|เงิน)?คงเหลือ")


def has_sep(line: str, spaced: bool = False) -> bool:
    """Whether `line` holds a separator (_SEP; _SEP_SPACED when spaced: a line of a space-aligned
    table holds one): a tab, a bar, or three spaces. str's search, not a regex tried at every
    character of a long prose line."""
    return "\t" in line or "|" in line or (spaced and "   " in line)


class Header(NamedTuple):
    roles: list[str | None]  # per column: unit / item / other, None for no money
    sums: frozenset[int]  # columns headed by a sum word (รวม ...)
    spaced: bool  # cells separated by runs of spaces
    spans: tuple[tuple[int, int], ...] = ()  # spaced: each column's display span on screen
    projects: bool = False  # the label column names projects: a sum row sums several projects
    by_chars: bool = False  # spaced, typed character by character: `spans` count characters
    chars: tuple[tuple[int, int], ...] = ()  # spaced: each column's span in characters of its line


# A label column of projects ("ชื่อโครงการ", "ที่  โครงการ/กิจกรรม", "แผนงาน/โครงการ"): a table of several
# projects (a fund's approvals, an action plan), each row its own budget.
_PROJECTS_HEAD = literal_regex(r"(?:^|[ /])(?:ชื่อ)?โครงการ(?![ก-๛])")


def _names_projects(cells: list[tuple[int, str]], roles: list[str | None]) -> bool:
    """Whether a cell naming no money names the rows as projects (_PROJECTS_HEAD)."""
    return any(r is None and _PROJECTS_HEAD.search(c.strip()) for (_, c), r in zip(cells, roles))


def _char_spans(cells: list[tuple[int, str]]) -> tuple[tuple[int, int], ...]:
    """The span in characters of each cell of a spaced line."""
    return tuple((off, off + len(c)) for off, c in cells)


def _spans(line: str, cells: list[tuple[int, str]]) -> tuple[tuple[int, int], ...]:
    """The display span of each cell of a spaced line (spaced_table.py's columns)."""
    return tuple((width(line[:off]), width(line[:off]) + width(c)) for off, c in cells)


def table_cells(line: str, spaced: bool = False) -> list[tuple[int, str]]:
    """(offset in line, text) of each cell; a line without separators is one cell. Spaced
    cells are never empty (indentation and trailing spaces make no cell: spaced_table.py)."""
    if spaced:
        return [(c.start, c.text) for c in spaced_cells(line)] or [(0, line)]
    out, pos = [], 0
    for m in (_SEP_SPACED if spaced else _SEP).finditer(line):
        out.append((pos, line[pos:m.start()]))
        pos = m.end()
    out.append((pos, line[pos:]))
    return out


def column_role(cell: str, cues: Cues) -> str | None:
    """The role a header cell names (unit / item / other), None for no money: none for a cell
    giving a count unit in brackets without baht ("ผู้บริจาค(ราย)", "ปริมาณ(ซีซี)")."""
    if "(" in cell and "บาท" not in cell and cues.count_column is not None \
            and cues.count_column.search(cell):
        return None
    if cues.not_budget.search(cell):
        return "other"  # ใช้จริง (บาท), คงเหลือ (บาท): spent or left over, not budget
    if cues.opening_role(cell.strip()) == "other":
        return "other"  # มูลค่าสิ่งของ (บาท): the value of goods, as มูลค่า before an amount in prose
    m = cues.column.search(cell)
    return str(cues.column_lex.get(m.group())) if m else None


def _sum_columns(cells: list[tuple[int, str]], cues: Cues) -> frozenset[int]:
    return frozenset(i for i, (_, c) in enumerate(cells)
                     if c.strip() and cues.opening_role(c.strip()) == "sum")


def _names_columns(cells: list[tuple[int, str]]) -> bool:
    """A row of column names: no cell is a bare number ("ปี 2565 (บาท)" is a name)."""
    return not any(_BARE_NUMBER.fullmatch(c.strip()) for _, c in cells)


def header_row(line: str, cues: Cues, spaced: bool = False) -> Header | None:
    """The header if `line` is a header row naming a money column, else None."""
    if not has_sep(line, spaced) or _CHECKBOX.search(line):
        return None
    if spaced and "บาท" not in line and len(_SEP_SPACED.findall(line)) < MIN_SPACED_CELLS - 1:
        # Too few cells (a separator stands between any two), and no unit cell of a label and
        # amount header (_UNIT_ONLY names baht): no need to cut the line into cells.
        return None
    cells = table_cells(line, spaced)
    if spaced and len(cells) < MIN_SPACED_CELLS and not _label_and_amount(cells):
        return None
    if not _names_columns(cells):
        return None
    roles = _with_categories(cells, [column_role(c, cues) for _, c in cells], cues)
    if not any(roles):
        return None
    roles = _with_ledger(cells, _with_plan_stages(cells, roles))
    return Header(roles, _sum_columns(cells, cues), spaced, _spans(line, cells) if spaced else (),
                  _names_projects(cells, roles), chars=_char_spans(cells) if spaced else ())


def _label_and_amount(cells: list[tuple[int, str]]) -> bool:
    """A two-column spaced header "รายการ        จำนวนเงิน (บาท)": a label cell, then a cell
    naming its unit in baht. Two cells with no unit are too often a line of prose with a wide gap."""
    return len(cells) == 2 and bool(_THAI.search(cells[0][1])) and not _UNIT_ONLY.search(cells[0][1]) \
        and bool(_UNIT_ONLY.search(cells[1][1]))


def _with_categories(cells: list[tuple[int, str]], roles: list[str | None],
                     cues: Cues) -> list[str | None]:
    """A header of budget categories ("ค่าตอบแทน | ค่าใช้สอย | ค่าวัสดุ | รวม", at least two whole
    cells of `money_category_column`) names money columns, the sum column included."""
    if cues.category_lex.spec.key == "compact" and not _any_category(cells, cues):
        return roles
    cats = [cues.category_lex.get(_UNIT_TAIL.sub("", c).strip()) is not None for _, c in cells]
    if sum(cats) < 2:
        return roles
    sums = _sum_columns(cells, cues)
    return [r or ("item" if cat or i in sums else None)
            for i, (r, cat) in enumerate(zip(roles, cats))]


def _any_category(cells: list[tuple[int, str]], cues: Cues) -> bool:
    """Whether a key of the (compact) category lexicon stands in the cells' compact form (dots,
    spaces and tabs dropped, as ruleset.compact does): a cell whose compact form is a key puts
    it there, so without any no cell needs a lookup."""
    joined = "".join(c for _, c in cells).replace(".", "").replace(" ", "").replace("\t", "")
    return any(key in joined for key in cues.category_lex.table)


def _with_plan_stages(cells: list[tuple[int, str]], roles: list[str | None]) -> list[str | None]:
    """A header naming money in one cell (ใช้จริง, อนุมัติ) makes its plan-stage cells money too:
    "รายการ   แผนเดิม   ปรับแผน   ใช้จริง" (a reallocation between budget lines)."""
    if not any(r in ("item", "other") for r in roles):
        return roles
    return [r or ("item" if _PLAN_HEAD.match(c) else None) for (_, c), r in zip(cells, roles)]


def _with_ledger(cells: list[tuple[int, str]], roles: list[str | None]) -> list[str | None]:
    """A ledger's header (a balance column beside columns of money in and out: _LEDGER_HEAD)
    makes its in and out columns money, other (received or paid, no budget)."""
    if not any(_BALANCE_HEAD.match(c) for _, c in cells):
        return roles
    return [r or ("other" if _LEDGER_HEAD.fullmatch(c) else None) for (_, c), r in zip(cells, roles)]


def is_unit_line(line: str, spaced: bool) -> bool:
    """A header's second line holding only units, one in baht at least: "   (บาท)   (บาท)",
    "   (บาท)   (บาท)   (คน)   (คน)" (a table of money and people columns)."""
    if "บาท" not in line:  # a unit cell in baht (_UNIT_ONLY) is needed: no need to cut cells
        return False
    cells = [c.strip() for _, c in table_cells(line, spaced) if c.strip()]
    return bool(cells) and all(_UNIT_ONLY.fullmatch(c) or _PEOPLE_UNIT.fullmatch(c)
                               or (spaced and _WRAPPED_NAME.fullmatch(c)) for c in cells) \
        and any(_UNIT_ONLY.fullmatch(c) for c in cells)


def with_units(above: str, units: str, cues: Cues, spaced: bool) -> Header | None:
    """The header line `above` completed by the unit line under it: a column without a role
    of its own is money when a unit stands under it (the nearest column on screen that does
    not count, number or label things)."""
    cells = table_cells(above, spaced)
    if len(cells) < 2 or not _names_columns(cells):
        return None
    roles = [column_role(c, cues) for _, c in cells]
    spans = _spans(above, cells)
    unit_cells = [(off, cell) for off, cell in table_cells(units, spaced) if cell.strip()]
    # spaced: each unit under its own header cell, on screen or character by character
    fit = under_header(spaced_cells(above), spaced_cells(units)) if spaced else None
    for n, (off, cell) in enumerate(unit_cells):
        if fit is not None and len(fit) == len(unit_cells):
            i: int | None = fit[n]
        else:
            at = width(units[:off])
            i = nearest(spans, at, at + width(cell), lambda k: not _NOT_MONEY_HEAD.match(cells[k][1]))
        if i is not None and _UNIT_ONLY.fullmatch(cell.strip()):
            roles[i] = roles[i] or "item"
        elif i is not None and roles[i] != "other":
            roles[i] = None  # a people unit: "เป้าหมาย (คน)" counts people whatever its words
    if not any(roles):
        return None
    by_chars = spaced and typed_by_characters(spaced_cells(above), spaced_cells(units))
    if by_chars:
        spans = tuple(char_span(c) for c in spaced_cells(above))
    return Header(roles, _sum_columns(cells, cues), spaced, spans if spaced else (),
                  _names_projects(cells, roles), by_chars, _char_spans(cells) if spaced else ())


def captioned_header(line: str, caption: str, cues: Cues) -> Header | None:
    """A header naming no money column under a caption in baht: every column but the first
    (labels) and those counting things is money."""
    if not _CAPTION_UNIT.search(caption) or has_sep(caption):
        return None
    cells = table_cells(line)
    if not _names_columns(cells):
        return None
    roles: list[str | None] = []
    label_seen = False
    for _, cell in cells:
        c = cell.strip()
        role = column_role(c, cues) if c else None
        if role is None and c:
            if not label_seen or _COUNT_COLUMN.match(c):
                role = None
            else:
                role = "item"
            label_seen = True
        roles.append(role)
    return Header(roles, _sum_columns(cells, cues), False) if any(roles) else None


def stacked_roles(heads: tuple[str, ...], cues: Cues) -> list[str | None]:
    """The roles of a stacked table's header cells (stacked_table.py; the first is the label
    column): as a header row's cells, a unit "(บาท)" making its cell money, "(คน)" none."""
    roles: list[str | None] = [None]
    for head in heads[1:]:
        if _PEOPLE_UNIT.search(head):
            roles.append(None)
        elif _UNIT_ONLY.search(head):
            roles.append(column_role(head, cues) or "item")
        else:
            roles.append(column_role(head, cues))
    if not any(roles):
        return roles
    return _with_plan_stages([(0, h) for h in heads], roles)
