"""Whose occasion a count is (participants.py, step 2), told by the words around it:

- a sentence opened by a past period whose count a finding follows ("ปีที่แล้วตรวจไป 214 คน เจอไข่พยาธิ
  31 คน"): an earlier round's screening told as the background of its findings (past_sentence); without
  a finding after it, the past round's people stay counts ("ปีที่แล้วมีนักวิ่งร่วมงาน 1,347 คน"), unless the
  sentence names another place or project before the count ("ปีที่แล้วทำที่โรงงานอื่น… ตรวจได้ 1,100 คน":
  part_past_review "elsewhere"), another occasion;
- a capacity ("ห้องประชุมรองรับได้ไม่น้อยกว่า 120 คน") or a per-room occupancy ("ห้องพักไม่เกิน 3 คน
  ต่อห้อง"): what a place holds, no one counted (capacity);
- a designation after the counts of a statistic ("มีผู้ป่วยติดเตียง 17 ราย ติดบ้าน 31 ราย รวม 48 ราย
  ทั้งหมดนี้คือกลุ่มเป้าหมายของ…"): the people the statistic names are the project's target
  (target_after);
- a form's field label for a name closed by a bracketed count ("ชื่อองค์กร/กลุ่มคน (5 คน)      ชมรม อสม."):
  the printed form's requirement on the proposers, no count of people taking part (form_label); so is
  an instruction in the bracket after any short label ("กลุ่มคน (ระบุ 5 คน)").
The words are the rules/participants.toml lexicon part_occasion.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from .participant_doc import SENTENCE_END

if TYPE_CHECKING:
    from .participant_doc import _Doc

_DIGIT = literal_regex(r"[0-9]")
# What may stand before a past opener at its sentence's start: a bullet, a number, a quote.
_LEAD = literal_regex(r"[ \t]*(?:[-•*▪►●✓✔\"“'(]|[0-9]{1,2}[.)])?[ \t]*")
_CASE_UNIT = "ราย"
_GAP = literal_regex(r"[\s(/]")
CAPACITY_WINDOW = 30  # a per-period word's phrase is read at most this far before the count
# A capacity word stands at most this far before the count: its people and a hedge may stand
# between ("รองรับผู้ป่วยได้เพิ่มขึ้นประมาณ 24 ราย").
CAPACITY_REACH = 40
# a people count between a statistic's count and its designation
_PEOPLE_COUNT = literal_regex(r"(?:คน|ราย|ท่าน)(?![\u0E01-\u0E4E])")
# a bracket opened right before the count, after the label with no space inside it
_LABEL_BRACKET = literal_regex(r"[^\s(]{1,30}[ ]?\([ ]*")
_INDENT = literal_regex(r"[ \t]*")  # a line's indent (it stops at the line's break)
# the bracket closed right after the count, then the field's value after a wide space (or nothing)
_LABEL_CLOSE = literal_regex(r"[ ]*\)(?:[ ]{3,}|\t|[ \t]*(?:\n|$))")


def past_sentence(doc: _Doc, i: int, pos: int, end: int) -> bool:
    """Is the count at `pos` (line i, ending at `end`) in a sentence opened by a past period
    (part_occasion "past"), with no new sentence of the present occasion (part_sentence_opener)
    between, and a finding verb (part_finding_cue "found") after it in its sentence?"""
    past_re = doc.pats.past_opener_re
    if past_re is None:
        return False
    text = doc.text
    # The opener first: it is one match at the sentence's start, while the finding verb is looked
    # for over the rest of the sentence (on a long line of many counts, that order is linear).
    start = _sentence_start(doc, i, pos)
    lead = _LEAD.match(text, start, pos)
    at = start if lead is None else lead.end()
    if past_re.match(text, at, pos) is None:
        return False
    opener = doc.pats.opener_re
    if opener is not None and opener.search(text, at, pos) is not None:
        return False
    elsewhere = doc.pats.elsewhere_re
    if elsewhere is not None and elsewhere.search(text, at, pos) is not None:
        return True  # "ปีที่แล้วทำที่โรงงานอื่น… ตรวจได้ 1,100 คน": another occasion
    stop = SENTENCE_END.search(text, end)
    found = None
    for found in doc.pats.finding_re.finditer(text, end, len(text) if stop is None else stop.start()):
        if found.group("found") is not None:
            break
    return found is not None and found.group("found") is not None


def _sentence_start(doc: _Doc, i: int, pos: int) -> int:
    """Where the sentence holding `pos` starts on line i: after the last line break or wide space
    before it. The line's gaps are found once (doc.sentence_gaps) and bisected."""
    gaps = doc.sentence_gaps.get(i)
    if gaps is None:
        line_end = doc.starts[i + 1] if i + 1 < len(doc.starts) else len(doc.text)
        gaps = doc.sentence_gaps[i] = [m.end() for m in
                                       SENTENCE_END.finditer(doc.text, doc.starts[i], line_end)]
    k = bisect_right(gaps, pos)
    return gaps[k - 1] if k else doc.starts[i]


def capacity(doc: _Doc, i: int, pos: int, per: str | None) -> bool:
    """Is the count at `pos` (line i) what a place holds: a capacity word (part_occasion "capacity")
    shortly before it in its sentence with no number between, or a per-room rate after it
    (part_occasion "per_room": "3 คนต่อห้อง")?"""
    pats = doc.pats
    if per and per.strip(" \t/").removeprefix("ต่อ").strip() in pats.per_room:
        return True
    text = doc.text
    lo = max(doc.starts[i], pos - CAPACITY_REACH)
    if pats.capacity_re is None or pats.capacity_re.search(text, lo, pos) is None:
        return False  # no capacity word in the window, so none in the sentence's part of it
    for gap in SENTENCE_END.finditer(text, lo, pos):
        lo = gap.end()
    for term in pats.capacity:
        k = text.rfind(term, lo, pos)
        if k >= 0 and _DIGIT.search(text, k, pos) is None:
            return True
    return False


def periodic_cases(doc: _Doc, near: int, pos: int, end: int) -> bool:
    """Is the count at `pos` cases per period ("หกล้มปีละราว 4,800 ราย", "รับได้วันละ 500 ราย"): a per-period
    word (part_caseload "period") right before a count in ราย, with no role cue in its phrase nor a service
    word (part_new_people "service") shortly before? An incidence or a capacity, no one counted;
    "อบรมปีละ 30 คน" (people, not cases) and "ให้บริการผู้ป่วยวันละ 60 ราย" are untouched."""
    rate_re = doc.pats.rate_re
    text = doc.text
    if rate_re is None or text.find(_CASE_UNIT, pos, end) < 0:
        return False
    lo = max(near, pos - CAPACITY_WINDOW)
    period = rate_re.search(text, lo, pos)
    if period is None:
        return False
    start = max(near, period.start() - CAPACITY_WINDOW)
    for gap in _GAP.finditer(text, start, period.start()):
        start = gap.end()  # the period word's own phrase ("หกล้มปีละ")
    if any(text.find(w, max(near, start - CAPACITY_WINDOW), pos) >= 0 for w in doc.pats.new_served):
        return False  # "ให้บริการผู้ป่วยนอกวันละประมาณ 60 ราย": people served
    return not any(v != "total" for _, v in doc.found_cues(start, pos))


def target_after(doc: _Doc, end: int) -> bool:
    """Does the sentence after the count ending at `end` designate it a target (part_occasion
    "target": "… 48 ราย ทั้งหมดนี้คือกลุ่มเป้าหมาย")? Past other counts of people only when the
    designation takes them all (part_occasion "all" right before it: ทั้งหมดนี้)."""
    target_re = doc.pats.target_after_re
    if target_re is None:
        return False
    text = doc.text
    stop = SENTENCE_END.search(text, end)
    limit = len(text) if stop is None else stop.start()
    t = target_re.search(text, end, limit)
    if t is None:
        return False
    return t.group("all") is not None or _PEOPLE_COUNT.search(text, end, t.start()) is None


def form_label(doc: _Doc, i: int, pos: int, end: int) -> bool:
    """Is the count at `pos` (line i, ending at `end`) a bracket closing a form's field label for a
    name (part_occasion "form_label" opening the line: "ชื่อองค์กร/กลุ่มคน (5 คน)      ชมรม …"), or of any short
    label with an instruction opening the bracket (part_occasion "form_instruction": "กลุ่มคน (ระบุ 5 คน)")?"""
    labels, instruction = doc.pats.form_labels, doc.pats.form_instruction_re
    text = doc.text
    if text.find("(", doc.starts[i], pos) < 0:
        return False  # no bracket before the count on its line: most counts
    lead = _INDENT.match(text, doc.starts[i]).end()  # type: ignore[union-attr]
    if labels and text.startswith(labels, lead, pos):
        label = _LABEL_BRACKET.fullmatch(text, lead, pos) is not None
    else:  # "กลุ่มคน (ระบุ 5 คน)": any short label with an instruction in the bracket
        label = instruction is not None and instruction.fullmatch(text, lead, pos) is not None
    return label and _LABEL_CLOSE.match(text, end) is not None
