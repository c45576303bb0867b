"""Positions in the layout of the text: in space-aligned tables and forms (parse/name_columns.py)
the cells of a person's column on the lines under the name, a position that wraps onto an
indented line below, and no position across a column boundary; a bracketed mention's end.

    ผู้รับผิดชอบ         นางจันทร์ทิพย์ พรหมวงศ์ พยาบาลวิชาชีพชำนาญการพิเศษ
                         หัวหน้ากลุ่มงานบริการด้านปฐมภูมิและองค์รวม

A position is then a list of pieces (start, end) of the text, joined when it is given out.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .geo import province_key
from .name_columns import TOLERANCE, Column, cells_below, column_at, column_here, column_of_cell
from .name_tries import PeopleLex
from .name_titles import is_thai
from .names import first_anchor
from .official_roles import line_end
from .pipe_rows import cell_end, continuation
from .positions import head_at, trim

Pieces = tuple[tuple[int, int], ...]
MAX_WRAPPED = 2  # lines a same-line position may wrap onto
_WINDOW = 400  # characters looked at around a name for its line
_LINE_REST = re.compile(r"[ ]*(?:\n|[ ]{3})")  # the end of the line, or of the cell
_LATIN = re.compile("[A-Za-z]")


def cell_position(text: str, title_start: int, name_end: int, lex: PeopleLex,
                  starts: list[int]) -> tuple[Pieces, int] | None:
    """The position of a name that ends its cell in a table's column: the cells of that column
    on the lines below, up to a blank cell, another person, a date, a phone or a stop word.
    (pieces, head_end), or None when the name stands in no column or nothing is under it.
    A name that ends its line must stand after a wide gap (a later column); one followed by a
    wide gap and more cells may also open its line (side-by-side signature blocks). In a `|`
    table, a name ending its cell goes on with the continuation rows below (pipe_rows.py)."""
    if _BAR_AFTER.match(text, name_end):
        return _pipe_position(text, name_end, lex, starts)
    if text[title_start - 1:title_start] == '"':
        quoted = _quoted_position(text, title_start, name_end, lex, starts)
        if quoted is not None:
            return quoted
    nl = text.find("\n", name_end, name_end + _WINDOW)
    if nl < 0:
        return None
    strict = False
    if text[name_end:nl].strip(" "):  # other cells after the name: side-by-side blocks
        col = column_at(text, title_start) or column_of_cell(text, title_start)
        if not text.startswith("   ", name_end) or col is None or col != column_here(text, title_start):
            return None  # the name does not open its cell ("ผู้รายงาน นาง…   วันที่รายงาน …")
        strict = True
    else:
        col = column_at(text, title_start)
        if col is None and text[title_start - 1:title_start] in ("\t", " "):
            return tab_position(text, title_start, nl, lex, starts)
    if col is None:
        return None
    out = _post_pieces(text, cells_below(text, nl + 1, col, len(text)), lex, starts)
    if not out:
        return None
    s, e = out[0]
    head = head_at(text, s, lex, starts)
    if strict and not (head or (text[s] != "(" and lex.org.match(text, s))):
        return None  # under side-by-side names, only a post or an organization
    return tuple(out), head[0] if head and head[0] <= e else s


_TAB_CELL_LEAD = re.compile(r"[ ]*")


def tab_position(text: str, title_start: int, nl: int, lex: PeopleLex,
                 starts: list[int]) -> tuple[Pieces, int] | None:
    """A name alone in the last cell of a tab table's row: its post in the same tab column of
    the rows below that go on the same row (an empty first cell), opening with a position or
    organization word:

        09.30 น.<TAB>ศึกษาดูงาน …<TAB>ผู้ประสานงาน
        <TAB>- รับฟังบรรยายสรุป …<TAB>นางพิกุล  ศรีวิชัย
        <TAB>- เยี่ยมชม …<TAB>ผอ.กองสาธารณสุขฯ

    A row with its own first cell (the next time, the next number) is another row's."""
    ls = text.rfind("\n", max(0, title_start - _WINDOW), title_start) + 1
    tab = text.rfind("\t", ls, title_start)
    if tab < 0 or text[tab + 1:title_start].strip(" "):
        return None  # the name does not open its tab cell
    k = text.count("\t", ls, title_start)
    cells: list[tuple[int, int]] = []
    line = nl + 1
    for _ in range(MAX_WRAPPED):
        stop = line_end(text, line, _WINDOW)
        row = text[line:stop].split("\t")
        if len(row) <= k or row[0].strip(" ") or any("|" in c for c in row):
            break  # no such column, or the next row
        s = line + sum(len(c) + 1 for c in row[:k])
        s = _TAB_CELL_LEAD.match(text, s).end()
        e = s + len(row[k].strip(" "))
        if e - s < 2:
            break
        cells.append((s, e))
        line = stop + 1
    out = _post_pieces(text, cells, lex, starts)
    if not out:
        return None
    s, e = out[0]
    head = head_at(text, s, lex, starts)
    if not (head or lex.org_start.match(text, s)):
        return None  # only a post or an organization (not ทีม…, ฝ่าย…) under the name
    return tuple(out), head[0] if head and head[0] <= e else s


def _post_pieces(text: str, cells: Iterable[tuple[int, int]], lex: PeopleLex,
                 starts: list[int]) -> list[tuple[int, int]]:
    """The pieces of a post in the cells below a name, up to the first that is no part of one
    or that holds the next person (an anchor: the piece ends there, the post with it)."""
    out: list[tuple[int, int]] = []
    for s, e in cells:
        a = first_anchor(starts, s, e)
        end = trim(text, s, e if a is None else a)
        if end - s < 2 or not _cell_ok(text, s, end, lex, starts):
            break
        out.append((s, end))
        if a is not None:
            break
    return out


_BAR_AFTER = re.compile(r"[ \t]*\|")


def _pipe_position(text: str, name_end: int, lex: PeopleLex,
                   starts: list[int]) -> tuple[Pieces, int] | None:
    """A name ending its `|` cell: its position on the continuation rows of that cell."""
    if cell_end(text, name_end) != name_end:
        return None
    out = _post_pieces(text, continuation(text, name_end), lex, starts)
    if not out:
        return None
    head = head_at(text, out[0][0], lex, starts)
    return tuple(out), head[0] if head and head[0] <= out[0][1] else out[0][0]


_QUOTE_OPENS = re.compile(r'(?:^|(?<=[\t|]))[ ]*"$', re.MULTILINE)
_QUOTE_CLOSES = re.compile(r'"[ ]*(?:\t|\||\n|$)')


def _quoted_position(text: str, title_start: int, name_end: int, lex: PeopleLex,
                     starts: list[int]) -> tuple[Pieces, int] | None:
    """A spreadsheet or Word-table cell copied as text, quoted because it holds line breaks
    ('<TAB>"นพ.ธนภัทร  ศรีวงศ์ราช⏎ประสาทแพทย์ กลุ่มงานอายุรกรรม"<TAB>'): the name opens the
    cell and ends its line; the cell's other lines, up to its closing quote, are the position
    (the quotes are none of it). None when the cell is not so."""
    ls = text.rfind("\n", max(0, title_start - _WINDOW), title_start) + 1
    if not _QUOTE_OPENS.search(text, ls, title_start):
        return None
    nl = text.find("\n", name_end, name_end + _WINDOW)
    if nl < 0 or text[name_end:nl].strip(" \t"):
        return None
    close = text.find('"', nl, nl + _WINDOW)
    if close < 0 or not _QUOTE_CLOSES.match(text, close) or text.startswith('""', close):
        return None
    out: list[tuple[int, int]] = []
    line = nl + 1
    while line < close and len(out) < MAX_WRAPPED + 1:
        e = min(close, line_end(text, line, _WINDOW))
        s = line + len(text[line:e]) - len(text[line:e].lstrip(" \t"))
        end = trim(text, s, e)
        if (end - s < 2 or first_anchor(starts, s, end) is not None
                or not _cell_ok(text, s, end, lex, starts)):
            return None  # another person or no post in the cell: leave it to the other readers
        out.append((s, end))
        line = e + 1
    if not out or line < close:
        return None
    head = head_at(text, out[0][0], lex, starts)
    return tuple(out), head[0] if head and head[0] <= out[0][1] else out[0][0]


def _cell_ok(text: str, s: int, end: int, lex: PeopleLex, starts: list[int]) -> bool:
    """Whether a cell may be (part of) a position: a position, organization or rank word, a
    province, or other text that is no stop word, role cue, date, phone or signature line."""
    if not (is_thai(text[s]) or _LATIN.match(text, s)) or lex.not_post.match(text, s, end):
        return False
    if (head_at(text, s, lex, starts) or lex.org.match(text, s)
            or province_key(text[s:end]) is not None):
        return True
    return not (lex.stop.match(text, s) or lex.role.match(text, s))


def wrapped_below(text: str, start: int, end: int, name_start: int, limit: int,
                  lex: PeopleLex, starts: list[int]) -> Pieces | None:
    """The lines a position [start, end) written after a name wraps onto: the position ends its
    line (or its cell), and the next line holds nothing but a cell indented to the position's
    column, the column of its cell or of the name's, opening with a position or organization
    word. None when it does not go on. A position ending its `|` cell goes on with the
    continuation rows of that cell (pipe_rows.py), whatever they open with."""
    if _BAR_AFTER.match(text, end) and cell_end(text, end) == end:
        return _pipe_wrapped(text, end, limit, lex, starts)
    rest = _LINE_REST.match(text, end)
    if rest is None:
        return None
    nl = text.find("\n", end, end + _WINDOW)
    if nl < 0 or nl + 1 >= limit:
        return None
    for col in _columns(text, start, name_start):
        pieces = _wrapped(text, nl + 1, col, limit, lex, starts)
        if pieces:
            return pieces
    return None


def _pipe_wrapped(text: str, end: int, limit: int, lex: PeopleLex,
                  starts: list[int]) -> Pieces | None:
    out: list[tuple[int, int]] = []
    for s, e in continuation(text, end, limit):
        if first_anchor(starts, s, e) is not None or lex.not_post.match(text, s, e):
            break  # another person, a date or a phone: no more of the post
        out.append((s, e))
    return tuple(out) or None


def _columns(text: str, start: int, name_start: int) -> list[Column]:
    """Where a wrapped line of the position may be indented to; never the indentation of the
    name's own line (then it is the next line of the prose or list, not a wrap)."""
    cols = [column_here(text, start), column_of_cell(text, start), column_of_cell(text, name_start)]
    ls = text.rfind("\n", max(0, name_start - _WINDOW), name_start) + 1  # (a bounded look back)
    indent = len(text[ls:name_start]) - len(text[ls:name_start].lstrip(" "))
    return list(dict.fromkeys(c for c in cols if c is not None and c.chars > indent + TOLERANCE))


def _wrapped(text: str, line: int, col: Column, limit: int, lex: PeopleLex,
             starts: list[int]) -> Pieces | None:
    out: list[tuple[int, int]] = []
    for s, e in cells_below(text, line, col, limit, MAX_WRAPPED):
        ls = text.rfind("\n", line, s) + 1 or line
        if first_anchor(starts, s, e) is not None:
            break  # another person
        graded = _graded_rest(text, s, trim(text, s, e), lex)
        if text[ls:s].strip(" ") and not (graded and not out):
            break  # other text on its left (a table's next row; but a two-column page's left
            # column beside a post word's graded rest: "แพทย์เวชศาสตร์" / "ครอบครัวชำนาญการ")
        if not (graded or head_at(text, s, lex, starts)
                or (text[s] != "(" and lex.org.match(text, s))):
            break  # (a bracket opens a note or a signature's "(ลงชื่อ)", not a wrapped post)
        out.append((s, trim(text, s, e)))
    return tuple(out) or None


_THAI_RUN = re.compile("[\u0e01-\u0e4e]{2,40}")


def _graded_rest(text: str, s: int, e: int, lex: PeopleLex) -> bool:
    """A cell that is one run of letters ending with a civil-service grade: the rest of a post
    word the wrap cut, and its grade ("แพทย์เวชศาสตร์" / "ครอบครัวชำนาญการ")."""
    if not _THAI_RUN.fullmatch(text, s, e):
        return False
    g = lex.level.search(text, s, e)
    return g is not None and g.start() > s and g.end() == e


def joined(text: str, pieces: Pieces, lex: PeopleLex) -> str:
    """The pieces of a position as one text: a space between them, none where a word runs on
    across the break (a rank word, ชำนาญการ; a position word cut by the wrap)."""
    out = " ".join(text[pieces[0][0]:pieces[0][1]].split())
    for s, e in pieces[1:]:
        piece = " ".join(text[s:e].split())
        both = out + piece
        across = lex.level.match(piece) is not None or _graded_rest(text, s, e, lex) or any(
            (h := lex.position.match(both, i)) is not None and h.end() > len(out)
            for i in range(max(0, len(out) - 40), len(out)))
        out = both if across and is_thai(out[-1:]) else out + " " + piece
    return out


_OPEN_BEFORE = re.compile(r"\([ \t]?$")


def bracket_end(text: str, start: int, name_end: int, nxt: int) -> int:
    """A mention bracketed with its position ("พี่เพ็ญ(นางสาวเพ็ญศรี ใจดี จพ.สาธารณสุข รพ.สต.…)มาแจ้ง")
    ends at the closing bracket; a bracket closing right after the name ("(นายสมชาย ใจดี)" of a
    signature) leaves the lines below it to the position."""
    if not _OPEN_BEFORE.search(text, max(0, start - 2), start):
        return nxt
    close = text.find(")", name_end, min(nxt, line_end(text, name_end, 200)))
    if close < 0 or not text[name_end:close].strip():
        return nxt
    return close


_WIDE_GAP = re.compile(r"[ ]{3,}|\t")
_CELL_START = re.compile(r".*(?:[ ]{3}|\t|\|)", re.DOTALL)
_LETTER = re.compile("[\u0e01-\u0e2eA-Za-z]")


def across_columns(text: str, start: int, end: int, name_start: int, line_start: int) -> bool:
    """A position before the name across a wide gap (3+ spaces, a tab: a table's column
    boundary) that does not fill its own cell: the end of another column's text ("บทบาทพยาบาล
    ผู้จัดการรายกรณี        ผศ.ดร.…" is a session title), not the name's position. A label cell
    ("ผู้รับผิดชอบโครงการ      นางสาว…") fills its cell."""
    if not _WIDE_GAP.search(text, end, name_start):
        return False
    cell = _CELL_START.match(text, line_start, start)
    return _LETTER.search(text, cell.end() if cell else line_start, start) is not None
