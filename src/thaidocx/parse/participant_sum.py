"""The last item of a breakdown that completes its stated total.

"ผู้เข้าร่วมฝึกรวม 250 คน ประกอบด้วย เจ้าหน้าที่ 85 คน ทหาร 30 นาย กู้ภัย 95 คน และนักศึกษาที่สวมบท
ผู้บาดเจ็บอีก 40 คน": when a kept total is broken down (ประกอบด้วย, ได้แก่ …) and the kept items after it
plus this count add up to it exactly, this count is one of the participants the total names, whatever
a cue word in its group (ผู้บาดเจ็บ, ติดเชื้อ) would say of it alone. The sum is the evidence: a
statistic in the sentence would not complete the total.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..literal_re import literal_regex

if TYPE_CHECKING:
    from .participant_doc import _Doc
    from .participant_restated import Spot

SUM_WINDOW = 400  # the breakdown's introducer is at most this far before the count, on its line
TOTAL_GAP = 24  # the total's number starts at most this far before the introducer
_INTRO = literal_regex(r"ประกอบด้วย|ประกอบไปด้วย|ได้แก่|แบ่งเป็น|จำแนกเป็น")


def completes_total(doc: _Doc, i: int, pos: int, value: int, spots: Sequence[Spot]) -> bool:
    """Does the count at `pos` (line i) complete the breakdown of a kept total on its line: the
    kept counts between the breakdown's introducer and it, plus it, equal the total before it?"""
    start = max(doc.starts[i], pos - SUM_WINDOW)
    intro = None
    for intro in _INTRO.finditer(doc.text, start, pos):
        pass  # the last introducer before the count
    if intro is None:
        return False
    parts = items = 0
    for s in reversed(spots):
        if s.pos < start:
            return False
        if s.pos > intro.start():
            parts, items = parts + s.value, items + 1
            continue
        return items > 0 and intro.start() - s.pos <= TOTAL_GAP and parts + value == s.value
    return False
