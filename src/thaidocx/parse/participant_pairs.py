"""A space-aligned column of count pairs under a header cell naming people with a bracket of two
figures' names (rules/participants.toml participants.table_column_pair_spaced):

      วันที่            กิจกรรม                     คนเข้าร่วม (วางแผน/จริง)   งบ (วางแผน/ใช้จริง)
      ▸ 23 พ.ย. 2567  ประชุมสภาผู้นำชุมชน         25 / 27                 1,250.00 / 1,350.00
      ▸ 11 ม.ค. 2568  สำรวจการดื่มในครัวเรือน      146 หลัง / 139 หลัง      3,000.00 / 2,780.00

Each row's cell standing under the header cell on screen (spaced_table.overlapping) gives its two
whole numbers ("-" for a figure not yet known), each with the role cue of its half of the bracket.
A cell with anything else ("146 หลัง / 139 หลัง": houses, not people) gives nothing; a blank line
ends the table."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from ..match import Match
from .spaced_table import cells, overlapping

if TYPE_CHECKING:
    from .participant_doc import _Doc

TABLE_ROWS = 50  # rows read below the header
STRONG = ("planned", "actual")
_NUM = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
_PAIR = literal_regex(r"(?P<a>" + _NUM + r"|[-–])[ ]?/[ ]?(?P<b>" + _NUM + r"|[-–])")


def spaced_pairs(doc: _Doc, header: Match) -> list[Match]:
    """The counts of the pair cells under `header` (module doc), one match per number."""
    i = doc.index(header.start)
    at = header.start - doc.starts[i]
    head = next((c for c in cells(doc.line(i)) if c.start <= at < c.start + len(c.text)), None)
    if head is None:
        return []
    slash = header.text.rfind("/")
    roles = []
    for lo, hi in ((header.start, header.start + slash), (header.start + slash, header.end)):
        cues = [v for _, v in doc.found_cues(lo, hi) if v in STRONG]
        roles.append(cues[-1] if cues else None)
    span = [(head.left, head.right)]
    out: list[Match] = []
    for j in range(i + 1, min(len(doc.starts), i + 1 + TABLE_ROWS)):
        line = doc.line(j)
        if not line.strip():
            break
        row = cells(line)
        cell = next((c for c in row if overlapping(span, c.left, c.right) == 0), None)
        pair = None if cell is None else _PAIR.fullmatch(cell.text)
        if pair is None:
            continue
        label = next((c.text for c in row if c is not cell and not c.text[:1].isdigit()), None)
        base = doc.starts[j] + cell.start
        for k, name in enumerate(("a", "b")):
            num = pair.group(name)
            if not num[0].isdigit():
                continue
            s = base + pair.start(name)
            out.append(Match(rule=header.rule, field=header.field, start=s, end=s + len(num),
                             text=num, priority=header.priority, groups={"num": num},
                             spans={"num": (s, s + len(num))},
                             attrs={"role": roles[k], "group": label}))
    return out
