"""Space-aligned tables of people counts (PDF text, typed reports), read for
participant_tables.py from a header cell naming a people unit:

    หมู่ที่   ชื่อหมู่บ้าน          เป้าหมาย     คัดกรอง      ร้อยละ     ผล FIT
                                 (คน)         (คน)                  บวก (ราย)
      1     บ้านหนองบัว            62           58         93.55        2
            รวม                  412          376         91.26       11

The header may leave the label column blank (its first cell stands right of the rows'
labels). The header may take two lines (units or a wrapped word under the names); each column whose
header names a people unit gives the whole numbers of the rows below it, except columns of
findings or shares (ผลบวก, พบ, ปกติ / ผิดปกติ, เสี่ยง, ร้อยละ: results of a screening, not
people taking part). Rows match the header cell
for cell, or line up on the right when they lack cells (a รวม row without a row number). A line
holding one cell (a wrapped label, a rule of dashes) is skipped; a blank line, or a line of
prose left of the table or opening with a list number, ends it.

A row label naming a people unit ("ผ่านเกณฑ์ร้อยละ 80 (คน)     9      33") makes every number of its
row a count, as a header cell does for its column (`spaced_row`).

A two-column table extracted column by column (N label lines, then N lines holding only a
number) is read by pairing labels and numbers in order."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from ..match import Match
from .participant_repeated import count_cell, repeated
from .spaced_table import Cell, align, cells, nearest, overlapping, under_header

if TYPE_CHECKING:
    from .participant_doc import _Doc

TABLE_ROWS = 50  # rows read below a table header
TABLE_COLUMNS = 30  # a header with more cells than this is not a table of the genre
STRONG = ("planned", "actual")
_NUMBER = literal_regex(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
_DIGIT = literal_regex(r"[0-9]")
_UNIT = literal_regex(r"\(\s*(?:คน|ราย|ท่าน)\s*\)")
# Columns of findings or shares: their counts are results of a screening, not people served.
# (ปกติ, เสี่ยง, ป่วย as result classes; กลุ่มเสี่ยง, ผู้ป่วย name groups of people served).
# A condition found (ฟันผุ: caries) heads a column of findings too.
FINDING = literal_regex(r"บวก|ผลลบ|ปกติ|สงสัย|(?<!กลุ่ม)(?<!ผู้)(?:เสี่ยง|ป่วย)|พบ|ร้อยละ|%|ผุ")
# Header cells of another measure than people (under a caption in people, spaced_captioned).
_OTHER_MEASURE = literal_regex(r"ลำดับ|อายุ|ปี|บาท|เงิน|ครั้ง|แห่ง|วัน|ชั่วโมง|ชม\.|หมู่|คะแนน|ครัวเรือน|"
                               r"\((?![ ]*(?:คน|ราย|ท่าน)[ ]*\))")
_ROW_NUMBER = literal_regex(r"[0-9]+[.)]?")
_YEAR = literal_regex(r"2[45][0-9]{2}")  # a Buddhist-era year heading a column
_RULE_LINE = literal_regex(r"[\s\-–—=_.]+")
_SAMPLE_SIZE = literal_regex(r"\([ ]*[nN][ ]*=[ ]*[0-9][0-9,]*[ ]*\)")  # "(n = 56)": a study's sample
CAPTION_LINES = 2
# A header cell naming the result achieved against a target (ผลงาน, ทำได้, เข้าร่วมจริง): it counts in
# the unit of the target column right before it when it names none of its own (_people_columns).
_ACTUAL_HEAD = literal_regex(r"ผลงาน|ผลการดำเนินงาน|ผลการดำเนินการ|ทำได้|(?:เข้าร่วม|ดำเนินการ|ปฏิบัติ)?จริง")
_TARGET_HEAD = literal_regex(r"เป้าหมาย|ตามแผน")
_LIST_OPENING = literal_regex(r"(?:[0-9]+(?:\.[0-9]+)*[.)]|\([0-9]+\)|[-•*])(?:\s|$)")


def _is_names(row: list[Cell]) -> bool:
    """A row of column names: 2+ cells, none a bare number."""
    return 2 <= len(row) <= TABLE_COLUMNS and not any(_NUMBER.fullmatch(c.text) for c in row)


def _continues(names: list[Cell], more: list[Cell]) -> bool:
    """`more` is the second line of the header `names`: no figures, every cell right of the
    first column (the labels), no more cells than columns."""
    return (bool(more) and len(more) <= len(names) and _is_names(names)
            and not any(_DIGIT.search(c.text) for c in more) and more[0].left >= names[0].right)


def _header(doc: _Doc, i: int) -> tuple[int, int | None]:
    """(names line, second header line or None) for a header cell found on line i."""
    here = cells(doc.line(i))
    if i > 0 and _continues(cells(doc.line(i - 1)), here):
        return i - 1, i
    if i + 1 < len(doc.starts) and _continues(here, cells(doc.line(i + 1))):
        return i, i + 1
    return i, None


def _rows(doc: _Doc, first: int, table_left: int) -> list[tuple[int, list[Cell]]]:
    """(line, cells) of the rows of 2+ cells from line `first` to the table's end."""
    out: list[tuple[int, list[Cell]]] = []
    for j in range(first, min(len(doc.starts), first + TABLE_ROWS)):
        line = doc.line(j)
        if not line.strip():
            break
        row = cells(line)
        if len(row) == 1:
            if _RULE_LINE.fullmatch(line):
                continue
            if row[0].left < table_left or _LIST_OPENING.match(row[0].text):
                break  # prose or the next item
            continue  # a wrapped label
        if len(row) > TABLE_COLUMNS:
            break
        out.append((j, row))
    return out


def _with_blank_label(names: list[Cell], rows: list[tuple[int, list[Cell]]]) -> list[Cell]:
    """The header's cells with an empty label cell in front when the header leaves the label
    column blank (an indented "ตามแผน (คน)     เข้าร่วมจริง (คน)" over "ผู้สูงอายุ    90    80"):
    every row with one cell more than the header opens with a label standing wholly left of the
    header's first cell, and one such row at least."""
    wider = [row for _, row in rows if len(row) == len(names) + 1]
    if not wider or any(_NUMBER.fullmatch(row[0].text) or _ROW_NUMBER.fullmatch(row[0].text)
                        or row[0].right > names[0].left for row in wider):
        return names
    left = min(row[0].left for row in wider)
    return [Cell(names[0].start, "", left, max(row[0].right for row in wider)), *names]


def _with_row_numbers(names: list[Cell], rows: list[tuple[int, list[Cell]]]) -> list[Cell]:
    """The header's cells with a row-number cell in front when the header's first cell stands over
    both the rows' numbers and their labels ("ที่  โครงการ/กิจกรรม" over "1   คัดกรองเบาหวาน…": two
    spaces merge the header's cells, three part the rows'): every row with one cell more than the
    header opens with a row number standing under the header's first cell, its label starting
    under that cell too; one such row at least."""
    wider = [row for _, row in rows if len(row) == len(names) + 1]
    first = names[0]
    if not wider or any(not _ROW_NUMBER.fullmatch(row[0].text) or row[0].left < first.left - 2
                        or row[0].right > first.right or row[1].left >= first.right for row in wider):
        return names
    left = min(row[0].left for row in wider)
    return [Cell(first.start, "", left, max(row[0].right for row in wider)), *names]


def _column_of(k: int, row: list[Cell], names: list[Cell],
               spans: list[tuple[int, int]] | None) -> int | None:
    """The header column of a row's cell k: by count when the row fills every column; a ragged
    row's cell (a รวม row with only money cells, a row whose 2-space gap merged two cells) stands
    under the column whose cells, in a full row (`spans`), it overlaps on screen, else it lines up
    on the right (spaced_table.align)."""
    if len(row) != len(names) and spans is not None:
        column = overlapping(spans, row[k].left, row[k].right)
        if column is not None:
            return column
    return align(k, len(row), len(names))


def _people_columns(doc: _Doc, names_i: int, names: list[Cell], more_i: int | None,
                    geometry: list[Cell], whole: set[int | None],
                    captioned: bool = False) -> tuple[dict[int, str | None], list[str]]:
    """({column: role cue} of the columns whose header (both lines) names a people unit and no
    finding, each column's header text); a cell of the second line belongs to the column it stands nearest to, on screen,
    in the rows' own layout when a row fills every column (a PDF header may sit askew), among
    the columns holding whole numbers (a unit of people heads no column of labels or shares)."""
    parts: list[list[tuple[int, Cell]]] = [[(names_i, c)] for c in names]
    if more_i is not None:
        spans = [(c.left, c.right) for c in geometry]
        more = cells(doc.line(more_i))
        own = cells(doc.line(names_i))  # `names` may have a label or number cell put in front
        fit = under_header(own, more)
        for i, c in enumerate(more):
            k = fit[i] + len(names) - len(own) if fit is not None else nearest(
                spans, c.left, c.right, whole.__contains__)
            if k is not None:
                parts[k].append((more_i, c))
    out: dict[int, str | None] = {}
    for k, part in enumerate(parts):
        text = " ".join(c.text for _, c in part)
        if FINDING.search(text) or not (_UNIT.search(text) if not captioned else (
                k in whole and k > 0 and not _OTHER_MEASURE.search(text))) and not _result_of_target(
                    k, parts, out, whole):
            continue
        cues = [v for j, c in part
                for _, v in doc.found_cues(doc.starts[j] + c.start, doc.starts[j] + c.start + len(c.text))
                if v in STRONG]
        out[k] = cues[-1] if cues else None
    return out, [" ".join(c.text for _, c in part) for part in parts]


def _result_of_target(k: int, parts: list[list[tuple[int, Cell]]], people: dict[int, str | None],
                      whole: set[int | None]) -> bool:
    """A result column without a unit right after a people target column ("เป้าหมาย (คน)   ผลงาน
    สะสม"): the result counts what the target counts. Not another measure's (ร้อยละ, บาท …)."""
    text = " ".join(c.text for _, c in parts[k])
    return (k - 1 in people and k in whole and bool(_ACTUAL_HEAD.search(text))
            and not _OTHER_MEASURE.search(text) and not _UNIT.search(text)
            and bool(_TARGET_HEAD.search(" ".join(c.text for _, c in parts[k - 1]))))


def spaced_captioned(doc: _Doc, caption: Match) -> list[Match]:
    """The counts of a space-aligned table right below a caption naming people taking part
    ("จำนวนผู้เข้าร่วม" over "กลุ่ม     ตามแผน     เข้าร่วมจริง"): every column of whole numbers
    but the labels' and those of findings or other measures (ร้อยละ, บาท, ครั้ง …), as a
    caption in people does for a tab or pipe table (participant_tables._captioned)."""
    i = doc.index(caption.start)
    if i + 1 >= len(doc.starts):
        return []
    line = doc.line(i + 1)
    if "|" in line or "\t" in line or len(cells(line)) < 2:
        return []  # (a tab or pipe table is read by its own header cells)
    return spaced_table(doc, caption, i + 1)


def spaced_table(doc: _Doc, header: Match, captioned: int | None = None) -> list[Match]:
    """The counts in the people columns of the space-aligned table around a header cell (module
    doc); else the column-by-column shape under a header cell ending its line. `captioned`: the
    line of the header under a people caption (`spaced_captioned`)."""
    names_i, more_i = _header(doc, doc.index(header.start) if captioned is None else captioned)
    names = cells(doc.line(names_i))
    if not _is_names(names) or _sample_caption(doc, names_i):
        return []
    first = (more_i if more_i is not None else names_i) + 1
    rows = _rows(doc, first, names[0].left)
    labelled = _with_blank_label(names, rows)
    names = labelled if labelled is not names else _with_row_numbers(names, rows)
    rows = [(j, row) for j, row in rows if len(row) <= len(names)]
    full = next((row for _, row in rows if len(row) == len(names)), None)
    spans = [(c.left, c.right) for c in full] if full is not None else None
    full = full or names
    whole = {_column_of(k, row, names, spans) for _, row in rows  # short rows line up right
             for k, c in enumerate(row) if count_cell(c.text) is not None}
    columns, heads = _people_columns(doc, names_i, names, more_i, full, whole, captioned is not None)
    out: list[Match] = []
    for j, row in rows:
        label = next((c.text for c in row
                      if not _NUMBER.fullmatch(c.text) and not _ROW_NUMBER.fullmatch(c.text)), None)
        for k, c in enumerate(row):
            column = _column_of(k, row, names, spans)
            n = count_cell(c.text) if column in columns else None
            if n is not None:
                s = doc.starts[j] + c.start + n[0]
                out.append(Match(rule=header.rule, field=header.field, start=s, end=s + len(n[1]),
                                 text=n[1], priority=header.priority, groups={"num": n[1]},
                                 spans={"num": (s, s + len(n[1]))},
                                 attrs={"role": columns[column], "group": label}))
    if rows and columns:  # a table below repeating these column names counts the same
        out += repeated(doc, header, heads, columns, rows[-1][0])
    if rows or not columns or captioned is not None:
        return out
    return _column_by_column(doc, header)


def _sample_caption(doc: _Doc, names_i: int) -> bool:
    """Whether the table's caption (a line or two above its header, rule lines stepped over)
    gives a sample size, "ตารางที่ 1 ลักษณะทั่วไปของผู้ป่วย (n = 56)": a study's statistics
    (cases described by sex, age, treatment), not people taking part."""
    seen = 0
    for i in range(names_i - 1, max(-1, names_i - 4), -1):
        line = doc.line(i)
        if not line.strip() or seen == CAPTION_LINES:
            return False
        if _RULE_LINE.fullmatch(line):
            continue
        if _SAMPLE_SIZE.search(line):
            return True
        seen += 1
    return False


def _column_by_column(doc: _Doc, header: Match) -> list[Match]:
    """A two-column table extracted column by column: a run of N label lines, then a run of N
    lines holding only a number, paired in order. Any other shape gives nothing."""
    i = doc.index(header.start)
    hint = [v for _, v in doc.found_cues(header.start, header.end) if v in STRONG]
    role = hint[-1] if hint else None
    labels: list[str] = []
    numbers: list[tuple[int, str]] = []  # bare-number lines after the labels
    for j in range(i + 1, min(len(doc.starts), i + 1 + TABLE_ROWS)):
        line = doc.line(j)
        stripped = line.strip()
        if not stripped:
            break
        if _NUMBER.fullmatch(stripped):
            numbers.append((doc.starts[j] + line.index(stripped), stripped))
        elif numbers:  # the run of numbers has ended
            break
        else:
            labels.append(stripped)
    if not numbers or len(numbers) != len(labels):
        return []
    return [Match(rule=header.rule, field=header.field, start=s, end=s + len(num), text=num,
                  priority=header.priority, groups={"num": num}, spans={"num": (s, s + len(num))},
                  attrs={"role": role, "group": label})
            for (s, num), label in zip(numbers, labels)]


def spaced_row(doc: _Doc, label: Match) -> list[Match]:
    """The whole numbers right of a row label naming a people unit, in a space-aligned row
    (module doc): one match each, grouped by the label. Nothing when the label is not the row's
    last text cell, when a cell right of it is no whole number, or when every one is a year (a
    header row: ผู้ป่วย (ราย)   2565   2566)."""
    i = doc.index(label.start)
    row = cells(doc.line(i))
    at = label.end - doc.starts[i]
    k = next((k for k, c in enumerate(row) if c.start < at <= c.start + len(c.text)), None)
    if k is None or len(row) > TABLE_COLUMNS:
        return []
    numbers = row[k + 1:]
    if len(numbers) < 2 or not all(_NUMBER.fullmatch(c.text) for c in numbers) \
            or all(_YEAR.fullmatch(c.text) for c in numbers):
        return []
    group = _UNIT.sub("", row[k].text).strip() or None
    hint = [v for _, v in doc.found_cues(label.start, label.end) if v in STRONG]
    out: list[Match] = []
    for c in numbers:
        s = doc.starts[i] + c.start
        out.append(Match(rule=label.rule, field=label.field, start=s, end=s + len(c.text),
                         text=c.text, priority=label.priority, groups={"num": c.text},
                         spans={"num": (s, s + len(c.text))},
                         attrs={"role": hint[-1] if hint else None, "group": group}))
    return out
