"""How far a dropped statistic reaches, and counts no statistic or heading may take:

- a new sentence opened after a wide space by a word of the present occasion ("…รายใหม่ในอำเภอ 412 ราย
  สำหรับวันนี้ทีมแพทย์อาสา… รวม 96 คน"): the statistic's sentence has ended (sentence_break);
- a list item's hanging continuation (a bulleted line, then a line indented deeper with no bullet:
  "- … พบกลุ่มติดบ้าน 6 คน กลุ่มติดเตียง 2 คน⏎    ข้อเข่าเสื่อมระดับรุนแรง 11 คน"): the same sentence
  as the statistic ending the item's line (hanging_continuation);
- a turnout stated against a target right after the count ("86 คน จากเป้าหมาย 80 คน"): people
  reached, even under a background heading (turnout);
- a count in a condition ("ถ้าตำบลหลักสามเต็ม 5 คนแล้ว…", "ถ้าหมู่ 4 เต็ม 6 คน"): a hypothetical, no one counted
  (hypothetical);
- the base a target or a dropped statistic was drawn from ("กลุ่มเป้าหมายจำนวน 180 คน จากสตรี…ในตำบล⏎ทั้งหมด 1,426 คน",
  "พบกลุ่มเสี่ยง 37 ราย จากผู้สูงอายุที่⏎ได้รับการคัดกรองทั้งหมด 1,104 คน"): the population, a background figure
  (statistic_base); the base of people served is their target and stays ("คัดกรอง 146 คน จากเด็กทั้งหมด 151 คน").
The words are rules/participants.toml lexicons part_sentence_opener, part_condition and part_base_all.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from .participant_doc import PEOPLE_COUNT, ROLE_WINDOW, SENTENCE_END, STRONG

if TYPE_CHECKING:
    from .participant_doc import _Doc, _Previous

_WIDE_GAP = literal_regex(r"[ \t]{2,}")
_SPACE = literal_regex(r"\s")
CONDITION_WINDOW = 40  # a condition word opens a phrase at most this far before the count
_BULLET_LINE = literal_regex(r"[ \t]*(?:[-•*▪►●○◦■□➢➤✓✔]|[0-9]{1,2}[.)])")
BASE_REACH = 120  # characters from a count's end to the count of its base, at most
_BASE_OF = ("planned", "background")  # the roles whose base is the population they come from
_TURNOUT = literal_regex(r"[ \t]*\(?[ \t]*จาก[ \t]*(?:กลุ่ม)?เป้าหมาย")


def sentence_break(doc: _Doc, start: int, pos: int) -> bool:
    """Does a new sentence, opened after a wide space by a part_sentence_opener word, begin
    between `start` (a statistic's end) and the count at `pos`?"""
    opener = doc.pats.opener_re
    if opener is None:
        return False
    for gap in _WIDE_GAP.finditer(doc.text, start, pos):
        if opener.match(doc.text, gap.end(), pos) is not None:
            return True
    return False


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def hanging_continuation(doc: _Doc, i: int, pos: int) -> bool:
    """Is line i (holding the count at `pos`) the hanging continuation of a list item on the
    line above: that line opens with a bullet, line i has none, is indented deeper than the
    bullet and has no wide space before the count (one sentence, not a cell of a table)?"""
    if i == 0:
        return False
    above, line = doc.line(i - 1), doc.line(i)
    if not line.strip() or _BULLET_LINE.match(line) is not None:
        return False
    if _BULLET_LINE.match(above) is None or _indent(line) <= _indent(above):
        return False
    start = doc.starts[i] + _indent(line)
    return _WIDE_GAP.search(doc.text, start, pos) is None


def turnout(doc: _Doc, end: int) -> bool:
    """Is the count ending at `end` stated against a target right after it ("86 คน จากเป้าหมาย
    80 คน")? Those are people reached, not a statistic of the area."""
    return _TURNOUT.match(doc.text, end) is not None


def hypothetical(doc: _Doc, near: int, pos: int) -> bool:
    """Is the count at `pos` inside a condition: a part_condition word opening a phrase (after a
    space, or opening the text) at most CONDITION_WINDOW before it, in its sentence and after
    `near`? Only opening a phrase: หาก is also inside words (ค้นหากลุ่มเสี่ยง)."""
    cond = doc.pats.condition_re
    if cond is None:
        return False
    text = doc.text
    lo = max(near, pos - CONDITION_WINDOW)
    if cond.search(text, lo, pos) is None:  # none in the window: none in its last sentence
        return False
    for gap in SENTENCE_END.finditer(text, lo, pos):
        lo = gap.end()
    for c in cond.finditer(text, lo, pos):
        if c.start() == 0 or text[c.start() - 1].isspace():
            # "ถ้านับรวมผู้ติดตาม มีผู้เข้าร่วมทั้งสิ้น 120 คน": a people-taking-part cue in a
            # later phrase is the main clause, a real count.
            gap = _SPACE.search(text, c.end(), pos)
            return gap is None or not any(v == "actual" for _, v in doc.found_cues(gap.end(), pos))
    return False


def statistic_base(doc: _Doc, i: int, pos: int, prev: _Previous | None) -> bool:
    """Is the count at `pos` (line i) the base of the count before it, that count a target or a
    dropped statistic: "จาก<group>…ทั้งหมด" (part_base_all) between them, on the same line or
    wrapped onto the next, naming no target (จากเป้าหมายทั้งหมด: a turnout's)?"""
    if prev is None or prev.role not in _BASE_OF or not 0 <= i - prev.line <= 1:
        return False
    text, base_re = doc.text, doc.pats.base_re
    if base_re is None or pos - prev.end > BASE_REACH or text.find("จาก", prev.end, pos) < 0:
        return False
    if base_re.fullmatch(text, prev.end, pos) is None or PEOPLE_COUNT.search(text, prev.end, pos):
        return False  # no base, or another count of people between
    if any(v in STRONG for _, v in doc.found_cues(prev.end, pos)):
        return False
    # A target named as one: by a target cue before it on its line, or a target heading. A
    # count that only inherits a list's role is not ("…จากเป้าหมาย 60 คน⏎- คัดกรอง… 146 คน
    # จากเด็กทั้งหมด 151 คน": the 146 were served, the 151 their target).
    return prev.role == "background" or doc.heading_role(prev.line) == "planned" or any(
        v == "planned" for _, v in doc.found_cues(max(doc.starts[prev.line], prev.end - ROLE_WINDOW), prev.end))
