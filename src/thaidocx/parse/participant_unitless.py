"""Space-aligned target / result column pairs with no unit (a fund website's tracking table):

    กิจกรรม                          กำหนดการ              เป้าหมาย   ผลจริง   สถานะ
    1 คัดกรองความเสี่ยงหกล้ม (TUG)   14-15 มี.ค. 2567      120         112       ✔ เสร็จ
    2 ยืดเหยียดด้วยยางยืด            3 เม.ย. - 22 พ.ค. 2567  60          54        ✔ เสร็จ
    3 ติดราวจับห้องน้ำ               มิ.ย. 2567            9 หลัง      9 หลัง    ✔ เสร็จ

A bare target counts people as often as houses, sessions or percents, so a row's two whole
numbers are read only when the document states one of them with a people unit elsewhere
("ทดสอบ TUG แล้ว 112 คน", "อาหารว่าง 60 คน x 25 บาท"): the row counts those people, planned and
achieved. This is the row-wise form of participant_tables._summed (a target column adding up to a
stated count). A row whose cells carry a unit of their own (9 หลัง) or other text gives nothing;
only rows filling every column of the header are read."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from ..match import Match
from .participant_spaced import FINDING, TABLE_COLUMNS, _ACTUAL_HEAD, _OTHER_MEASURE, _rows
from .spaced_table import cells

if TYPE_CHECKING:
    from .participant_doc import _Doc

_WHOLE = literal_regex(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
_NUMBER_CELL = literal_regex(r"[0-9]+[.)]?")


def unitless_pairs(doc: _Doc, header: Match, plain: list[Match]) -> list[Match]:
    """The counts of the target / result columns headed at `header` (module doc); `plain` are
    the document's count matches with a unit, whose numbers corroborate a row."""
    i = doc.index(header.start)
    names = cells(doc.line(i))
    col = header.start - doc.starts[i]
    t = next((k for k, c in enumerate(names) if c.start == col), None)
    if t is None or t + 1 >= len(names) or len(names) > TABLE_COLUMNS:
        return []
    result = names[t + 1].text
    if not _ACTUAL_HEAD.search(result) or _OTHER_MEASURE.search(result) or FINDING.search(result):
        return []
    stated = {g.replace(",", "") for m in plain if (g := m.groups.get("num")) is not None}
    out: list[Match] = []
    for j, row in _rows(doc, i + 1, names[0].left):
        if len(row) != len(names):
            continue
        pair = row[t], row[t + 1]
        if not all(_WHOLE.fullmatch(c.text) for c in pair):
            continue
        if not any(c.text.replace(",", "") in stated for c in pair):
            continue
        label = next((c.text for c in row if not _NUMBER_CELL.fullmatch(c.text)), None)
        for c, role in zip(pair, ("planned", "actual")):
            s = doc.starts[j] + c.start
            out.append(Match(rule=header.rule, field=header.field, start=s, end=s + len(c.text),
                             text=c.text, priority=header.priority, groups={"num": c.text},
                             spans={"num": (s, s + len(c.text))},
                             attrs={"role": role, "group": label}))
    return out
