"""A table repeating the column names of the people table just above it, without their units:

    ตารางที่ 1 โรงเรียนบ้านหนองบัว
    ชั้น     เป้าหมาย   ได้รับการ    ร้อยละ
             (คน)       ตรวจ(คน)
    ป.1       24        23          95.83
    ตารางที่ 2 โรงเรียนบ้านโนนดู่
    ชั้น  | เป้าหมาย | ตรวจ | ร้อยละ
    ป.1   |   9     |  9   | 100.00

The second table (one school, one site, one year after another) counts what the first counts: its
columns take the people columns of the first (participant_spaced.py), when its header has as many
cells and each names the same column (equal, or one name inside the other once spaces and units are
dropped: "ตรวจ" under "ได้รับการ ตรวจ(คน)"). Its cells are split at bars, tabs or runs of 3+ spaces."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from ..match import Match
from .spaced_table import align, cells

if TYPE_CHECKING:
    from .participant_doc import _Doc

GAP_LINES = 6  # the most lines between the first table's last row and the second's header
TABLE_ROWS = 50
_UNIT = literal_regex(r"\(\s*(?:คน|ราย|ท่าน)\s*\)|\s")
_NUMBER = literal_regex(r"\s*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s*")
_DIGIT = literal_regex(r"[0-9]")
_COUNTED_AND_MEASURE = literal_regex(
    r"[ ]*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)[ ]*\([ ]*[0-9][0-9,.]*[ ]*[^\s()0-9][^()]*\)[ ]*")


def count_cell(text: str) -> tuple[int, str] | None:
    """(offset, digits) of the count a people column's cell gives: a whole number, or one followed
    by a bracketed measure of something else ("18 (64 ซี่)": 18 pupils, 64 teeth sealed)."""
    m = _NUMBER.fullmatch(text) or _COUNTED_AND_MEASURE.fullmatch(text)
    return (m.start(1), m.group(1)) if m else None


def _split(line: str) -> list[tuple[int, str]]:
    """(offset, text) of a row's cells: at bars, else tabs, else runs of 3+ spaces."""
    for sep in ("|", "\t"):
        if sep in line:
            out, pos = [], 0
            for part in line.split(sep):
                out.append((pos, part))
                pos += len(part) + 1
            if sep == "|" and not line[:out[0][0] + len(out[0][1])].strip():
                out = out[1:]  # "| a | b |": no cell before the first bar
            if sep == "|" and out and not out[-1][1].strip():
                out = out[:-1]
            return out
    return [(c.start, c.text) for c in cells(line)]


def _same(a: str, b: str) -> bool:
    a, b = _UNIT.sub("", a), _UNIT.sub("", b)
    return bool(a) and bool(b) and (a in b or b in a)


def repeated(doc: _Doc, source: Match, names: list[str], columns: dict[int, str | None],
             last_row: int) -> list[Match]:
    """The counts of a table below line `last_row` whose header repeats `names` (each column's
    header text, both lines), in the columns `columns` ({column: role}) of the table above, whose
    header match is `source`."""
    if not columns:
        return []
    for i in range(last_row + 1, min(len(doc.starts), last_row + 1 + GAP_LINES)):
        header = _split(doc.line(i))
        if len(header) == len(names) and not any(_DIGIT.search(t) for _, t in header) \
                and all(_same(t, n) for (_, t), n in zip(header, names)):
            return _rows(doc, source, i, len(names), columns)
    return []


def _rows(doc: _Doc, source: Match, header: int, width: int,
          columns: dict[int, str | None]) -> list[Match]:
    out: list[Match] = []
    for j in range(header + 1, min(len(doc.starts), header + 1 + TABLE_ROWS)):
        line = doc.line(j)
        row = _split(line)
        if not line.strip() or len(row) < 2 or len(row) > width:
            break
        label = next((t.strip() for _, t in row if t.strip() and not _NUMBER.fullmatch(t)), None)
        for k, (off, text) in enumerate(row):
            n = count_cell(text)
            column = align(k, len(row), width)
            if n is None or column not in columns:
                continue
            s = doc.starts[j] + off + n[0]
            out.append(Match(rule=source.rule, field=source.field, start=s, end=s + len(n[1]),
                             text=n[1], priority=source.priority, groups={"num": n[1]},
                             spans={"num": (s, s + len(n[1]))},
                             attrs={"role": columns[column], "group": label}))
    return out
