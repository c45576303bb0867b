"""Table columns and rows of people counts: a header cell naming a people unit (| จำนวน (คน) |)
stands for the numbers below it, a row label naming one (| ผู้ทำแบบทดสอบ (คน) | 58 | 56 |) for
the numbers right of it. The parser (participants.py) reads the counts these give like any
other count match.

A caption ending in a people unit right above a tab or pipe table ("4.1 นักเรียนที่เข้าร่วมโครงการ (คน)"
over "ชั้น<TAB>ชาย<TAB>หญิง<TAB>รวม") gives the unit of every column of whole numbers below it, as a
caption in baht does for money (money_table.py), except columns whose header names another
measure (ลำดับ, ร้อยละ, อายุ, a bracketed unit that is not a people one …).

A two-column table flattened one cell per line under such a caption (label, number, label,
number … to a blank line: a web page's table copied as text) gives its numbers too; a table of
several number columns flattened so (pdftotext without -layout: stacked_table.py) gives the
numbers of the columns whose header cell a people unit line completes ("เป้าหมาย" over "(คน)").

Space-aligned tables (PDF text) are read by participant_spaced.py."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..literal_re import literal_regex
from ..match import Match
from .participant_columns import breakdown_columns
from .participant_pairs import spaced_pairs
from .participant_stacked import stacked
from .participant_unitless import unitless_pairs
from .participant_spaced import _ACTUAL_HEAD, FINDING, spaced_captioned, spaced_row, spaced_table
from .stacked_table import StackedTables

if TYPE_CHECKING:
    from .participant_doc import _Doc

EXPANDS = ("column", "caption", "row", "pair", "stacked", "cells", "summed", "unitless")  # attrs.expand of header matches standing for counts
TABLE_ROWS = 50  # rows read below a table header
TABLE_COLUMNS = 30  # a "table" line with more cells than this is not a table of the genre
STRONG = ("planned", "actual")
# A table cell holding only a number (the NUM macro of rules/common.toml, without decimals).
_CELL_NUMBER = literal_regex(r"\s*((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+))\s*")
_DIGIT = literal_regex(r"[0-9]")
# A cell saying nothing: empty, a dash, or a separator row's rule (|---|:--:|).
_BLANK_CELL = literal_regex(r"[\s\-–:=]*")
_UNIT = literal_regex(r"\(\s*(?:คน|ราย|ท่าน)\s*\)")
_TOTAL = "รวม"  # a total row's label opens with it
# Header cells of columns that a caption in people does not make counts of people: row numbers,
# shares, ages, years, money, times, places, things measured, or any other bracketed unit.
_OTHER_COLUMN = literal_regex(
    r"^[ ]*(?:ที่|ข้อ|no\.?)[ ]*$|ลำดับ|ร้อยละ|%|เฉลี่ย|อายุ|ปี|บาท|เงิน|ครั้ง|แห่ง|วัน|ชั่วโมง|ชม\.|หมู่|"
    r"คะแนน|ซี่|กก\.|กิโลกรัม|น้ำหนัก|ส่วนสูง|ครัวเรือน|หลังคาเรือน|\((?![ ]*(?:คน|ราย|ท่าน)[ ]*\))")


def count_start(m: Match) -> int:
    """Where the number of a count match starts."""
    groups = m.groups  # a plain dict: a group took part when its text is not None (as spans)
    for name in ("num", "words"):
        if groups.get(name) is not None:
            return m.spans[name][0]
    return m.start


def _column(doc: _Doc, header: Match) -> list[Match]:
    """The numbers below a table header cell naming a people unit (| จำนวน (คน) |), one match
    each, carrying the header's role cue and the row's label as the group. Cells are split at
    "|", or at tabs for a rule with attrs sep = "tab" (tables pasted from office documents)."""
    if header.attrs.get("sep") == "space":
        # an indented caption over a tab or pipe table looks like a lone unit cell too
        return spaced_table(doc, header) or _captioned(doc, header)
    sep = "\t" if header.attrs.get("sep") == "tab" else "|"
    if doc.background_re.search(doc.text, header.start, header.end):
        return []  # a column of a statistic (ผู้ป่วยสะสม (ราย), อัตราป่วย): cases, not people taking part
    i = doc.index(header.start)
    if doc.bars(i, sep) > TABLE_COLUMNS:  # also bounds the work on hostile input
        return []
    col = doc.text[doc.starts[i]:header.start].count(sep)
    hint = [v for _, v in doc.found_cues(header.start, header.end) if v in STRONG]
    row = _row(doc, header, sep, i, col, hint[-1] if hint else None)
    if row:  # a row label (| ผู้ทำแบบทดสอบ (คน) | 58 | 56 |), not a column header
        return row
    out: list[Match] = []
    rows: list[tuple[int, list[str], str | None]] = []  # (line, cells, label) of the rows read
    for j in range(i + 1, min(len(doc.starts), i + 1 + TABLE_ROWS)):
        row = doc.line(j)
        if sep not in row:  # the table has ended
            break
        if doc.bars(j, sep) > TABLE_COLUMNS:
            continue
        cells = row.split(sep)
        if col >= len(cells) or not (n := _CELL_NUMBER.fullmatch(cells[col])):
            continue
        label = next((c.strip() for c in cells if c.strip() and not _DIGIT.search(c)), None)
        rows.append((j, cells, label))
        out.append(_cell(doc, header, j, cells, col, n, hint, label))
    siblings = breakdown_columns(doc.line(i).split(sep), [c for _, c, _ in rows], col,
                                 _CELL_NUMBER, _OTHER_COLUMN)
    for j, cells, label in rows:  # columns splitting the unit column's people (participant_columns)
        for k in siblings:
            if (n := _CELL_NUMBER.fullmatch(cells[k])) is not None:
                out.append(_cell(doc, header, j, cells, k, n, hint, label))
    return out


def _cell(doc: _Doc, header: Match, j: int, cells: list[str], k: int, n: Any,
          hint: list[str], label: str | None) -> Match:
    """A count match for the number `n` in cell k of table line j, standing for `header`."""
    s = doc.starts[j] + sum(len(c) + 1 for c in cells[:k]) + n.start(1)
    e = s + len(n.group(1))
    return Match(rule=header.rule, field=header.field, start=s, end=e, text=n.group(1),
                 priority=header.priority, groups={"num": n.group(1)}, spans={"num": (s, e)},
                 attrs={"role": hint[-1] if hint else None, "group": label})


def _captioned(doc: _Doc, caption: Match) -> list[Match]:
    """The whole numbers of the tab or pipe table right below a caption naming a people unit
    (module doc): one match per cell of every column whose header names no other measure, with
    the row's label as the group and the caption's strong role cue, if any. Nothing when the
    line below is no header row (a cell of it is a number, or it has no separator)."""
    if caption.attrs.get("sep") == "space" and caption.attrs.get("expand") == "caption":
        # a people caption without a unit over a space-aligned table (tables fixer, s13r1)
        return spaced_captioned(doc, caption)
    i = doc.index(caption.start)
    if i + 1 >= len(doc.starts):
        return []
    header = doc.line(i + 1)
    sep = "\t" if "\t" in header else "|"
    if sep not in header or doc.bars(i + 1, sep) > TABLE_COLUMNS:
        return _alternating(doc, caption)
    names = header.split(sep)
    if any(_DIGIT.search(c) for c in names):
        return []  # a row of figures, not of column names
    people = [bool(c.strip()) and not _OTHER_COLUMN.search(c) for c in names]
    hint = [v for _, v in doc.found_cues(caption.start, caption.end) if v in STRONG]
    out: list[Match] = []
    for j in range(i + 2, min(len(doc.starts), i + 2 + TABLE_ROWS)):
        row = doc.line(j)
        if sep not in row or doc.bars(j, sep) > TABLE_COLUMNS:
            break  # the table has ended
        cells = row.split(sep)
        # the row's label: its first cell that is not a bare number (ป.1, หมู่ 3 …)
        label = next((c.strip() for c in cells if c.strip() and not _CELL_NUMBER.fullmatch(c)), None)
        offset = doc.starts[j]
        for k, cell in enumerate(cells):
            n = _CELL_NUMBER.fullmatch(cell)
            if n is not None and k < len(people) and people[k]:
                s = offset + n.start(1)
                e = s + len(n.group(1))
                out.append(Match(rule=caption.rule, field=caption.field, start=s, end=e,
                                 text=n.group(1), priority=caption.priority,
                                 groups={"num": n.group(1)}, spans={"num": (s, e)},
                                 attrs={"role": hint[-1] if hint else None, "group": label}))
            offset += len(cell) + 1
    return out


def _alternating(doc: _Doc, caption: Match) -> list[Match]:
    """A two-column table flattened one cell per line under its unit cell (a web page's table
    copied as text): label, number, label, number … down to a blank line.

        กลุ่มเป้าหมาย
        จำนวน(คน)
        เด็กเล็กอายุ 2-5 ปี
        46
        ผู้ปกครองเด็ก
        46

    At least two pairs, strictly alternating; nothing for a caption or label naming findings
    or shares (พบ, ผลบวก, ร้อยละ …: results, not people taking part)."""
    if FINDING.search(caption.text):
        return []
    i = doc.index(caption.start)
    hint = [v for _, v in doc.found_cues(caption.start, caption.end) if v in STRONG]
    out: list[Match] = []
    label: str | None = None
    pairs = 0
    for j in range(i + 1, min(len(doc.starts), i + 1 + 2 * TABLE_ROWS)):
        line = doc.line(j)
        if not line.strip():
            break
        n = _CELL_NUMBER.fullmatch(line)
        if (n is not None) != (label is not None) or "\t" in line or "|" in line:
            return []  # two labels or two numbers in a row, or a table's row: another shape
        if n is None:
            label = line.strip()
            continue
        pairs += 1
        if not FINDING.search(label or ""):
            s = doc.starts[j] + n.start(1)
            e = s + len(n.group(1))
            out.append(Match(rule=caption.rule, field=caption.field, start=s, end=e,
                             text=n.group(1), priority=caption.priority,
                             groups={"num": n.group(1)}, spans={"num": (s, e)},
                             attrs={"role": hint[-1] if hint else None, "group": label}))
        label = None
    return out if pairs >= 2 and label is None else []


def _cells(doc: _Doc, unit: Match) -> list[Match]:
    """The numbers of a stacked table's column whose header cell the unit line `unit` ("(คน)"
    alone on its line) completes (stacked_table.py): one match per row, with the header cell's
    strong role cue and the row's label as the group; a sum row's (รวม) too, as in a table."""
    i = doc.index(unit.start)
    tables = StackedTables(doc.text, doc.starts)
    out: list[Match] = []
    for j in range(i + 1, min(len(doc.starts), i + 1 + 4 * TABLE_ROWS)):
        if not doc.line(j).strip():
            break
        found = tables.cell_at(doc.starts[j])
        if found is None:
            continue
        table, _, _ = found
        columns = [c for c, (a, _) in enumerate(table.spans)
                   if a <= unit.start and (c + 1 == len(table.spans) or unit.start < table.spans[c + 1][0])]
        if not columns or columns[0] == 0:
            return []
        col = columns[0]
        a, b = table.spans[col]
        hint = [v for _, v in doc.found_cues(a, b) if v in STRONG]
        for row in table.rows:
            cell = row.cells[col - 1]
            num = doc.text[cell.start:cell.end]
            n = _CELL_NUMBER.fullmatch(num)
            if n is None:
                continue  # a decimal: no count of people
            out.append(Match(rule=unit.rule, field=unit.field, start=cell.start, end=cell.end,
                             text=num, priority=unit.priority, groups={"num": num},
                             spans={"num": (cell.start, cell.end)},
                             attrs={"role": hint[-1] if hint else None, "group": row.label}))
        return out
    return out


def _summed(doc: _Doc, header: Match, plain: list[Match]) -> list[Match]:
    """The whole numbers of a tab or pipe table's column headed by a target with no unit
    (| วันที่ | จุดบริการ | เป้าหมาย |: a target counts people as often as households or
    percents): kept only when the column (two numbers at least) adds up to a count of people the
    document states with its unit ("รวม ...... 710 คน"), the same people split by rows."""
    line = doc.line(doc.index(header.start))
    sep = "\t" if "\t" in line else "|" if "|" in line else None
    if sep is None:
        return []
    cells = _column(doc, header._replace(attrs={**header.attrs, "sep": "tab" if sep == "\t" else None}))
    values = [int(c.text.replace(",", "")) for c in cells]
    if len(values) < 2:
        return []
    stated = {g.replace(",", "") for m in plain if (g := m.groups.get("num")) is not None}
    if str(sum(values)) in stated:
        return cells
    return _stated_total(doc, header, sep, cells, stated)


def _stated_total(doc: _Doc, header: Match, sep: str, cells: list[Match], stated: set[str]) -> list[Match]:
    """The target column `cells` and the result column right after it (| เป้าหมาย | มาจริง |, no unit)
    when the table's total row (a label opening with รวม) holds a count the document states with its
    unit ("สตรี… 320 คน" and a total row "| รวม | 320 | 291 |"): the rows split those people."""
    i = doc.index(header.start)
    names = doc.line(i).split(sep)
    col = doc.text[doc.starts[i]:header.start].count(sep)
    if col + 1 >= len(names) or not _ACTUAL_HEAD.search(names[col + 1]) or _OTHER_COLUMN.search(names[col + 1]):
        return []
    at = doc.starts[i] + sum(len(c) + 1 for c in names[:col + 1]) + len(names[col + 1]) - len(names[col + 1].lstrip())
    result = _column(doc, header._replace(start=at, end=at + len(names[col + 1].strip())))
    totals = [c for c in cells + result if doc.line(doc.index(c.start)).lstrip(" |\t").startswith(_TOTAL)]
    if not any(c.text.replace(",", "") in stated for c in totals):
        return []
    return cells + result


def _row(doc: _Doc, header: Match, sep: str, i: int, col: int, hint: str | None) -> list[Match]:
    """The numbers right of a row label naming a people unit (| จำนวนผู้ทำแบบทดสอบ (คน) | 58 | 56 |):
    the label is the unit of its row as a header is of its column. Only when every cell right
    of the label is a whole number or blank (a decimal or a word says it is no row of counts).
    Each number takes the role cue of the header cell above it (| เป้าหมาย | ผลงาน |), else the
    label's."""
    cells = doc.line(i).split(sep)
    offset = doc.starts[i] + sum(len(c) + 1 for c in cells[:col + 1])
    found: list[tuple[int, int, str]] = []  # (column, start, digits)
    for k in range(col + 1, len(cells)):
        n = _CELL_NUMBER.fullmatch(cells[k])
        if n is not None:
            found.append((k, offset + n.start(1), n.group(1)))
        elif not _BLANK_CELL.fullmatch(cells[k]):
            return []
        offset += len(cells[k]) + 1
    label = _UNIT.sub("", cells[col]).strip() or None
    return [Match(rule=header.rule, field=header.field, start=s, end=s + len(num), text=num,
                  priority=header.priority, groups={"num": num}, spans={"num": (s, s + len(num))},
                  attrs={"role": _column_role(doc, sep, i, k) or hint, "group": label})
            for k, s, num in found]


def _column_role(doc: _Doc, sep: str, i: int, k: int) -> str | None:
    """The strong role cue of the nearest header cell above row i in column k, if any."""
    for j in range(i - 1, max(-1, i - 1 - TABLE_ROWS), -1):
        if sep not in doc.line(j) or doc.bars(j, sep) > TABLE_COLUMNS:
            return None  # above the table
        cells = doc.line(j).split(sep)
        if k >= len(cells) or _BLANK_CELL.fullmatch(cells[k]):
            continue
        if _DIGIT.search(cells[k]):
            continue  # a row of figures, not the header
        start = doc.starts[j] + sum(len(c) + 1 for c in cells[:k])
        cues = [v for _, v in doc.found_cues(start, start + len(cells[k])) if v in STRONG]
        return cues[-1] if cues else None
    return None


def expanded(doc: _Doc, matches: list[Match]) -> list[Match]:
    """Count matches with table-column headers replaced by the counts in their column."""
    headers = [m for m in matches if m.attrs.get("expand") in EXPANDS]
    if not headers:  # most documents: the matches as they are (select() gave them in text order)
        return sorted(matches, key=lambda m: m.start)
    plain = [m for m in matches if m.attrs.get("expand") not in EXPANDS]
    taken = {count_start(m) for m in plain}
    out = list(plain)
    spaced: set[int] = set()  # lines whose space-aligned table is read (all its columns at once)
    # column headers first: a column's own unit (| จำนวน (คน) |) says more than a caption
    for m in sorted(headers, key=lambda m: m.attrs.get("expand") == "caption"):
        expand = m.attrs.get("expand")
        if m.attrs.get("sep") == "space" and expand == "column":
            if doc.index(m.start) in spaced:
                continue
            spaced.add(doc.index(m.start))
        if expand == "row":  # a row label naming a people unit (space-aligned)
            found = spaced_row(doc, m)
        elif expand == "pair":  # a column of "planned / actual" pairs (space-aligned)
            found = spaced_pairs(doc, m)
        elif expand == "stacked":  # an infographic's count, one piece per line
            found = stacked(doc, m)
        elif expand == "cells":  # a unit line of a table flattened one cell per line
            found = _cells(doc, m)
        elif expand == "summed":  # a target column without unit, summing to a stated count
            found = _summed(doc, m, plain)
        elif expand == "unitless":  # target / result columns without unit, rows of stated counts
            found = unitless_pairs(doc, m, plain)
        else:
            found = _captioned(doc, m) if expand == "caption" else _column(doc, m)
        for c in found:
            if c.start not in taken:
                taken.add(c.start)
                out.append(c)
    return sorted(out, key=lambda m: m.start)
