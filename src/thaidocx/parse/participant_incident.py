"""Counts that the phrase right before them makes no people taking part (participants.py, step 2):

- an adverse event that befell people, "มี + people + event" closing the count's phrase ("คืนนั้นมีน้อง
  น้ำตาลต่ำ 5 คน", "เมื่อปีที่แล้วมีนักเรียนหมดสติในสนามฟุตบอล 1 ราย"): an incident statistic (incident);
- people with a condition who still need a service, "ที่มี<condition>ต้อง/ควร<service>" ("นักเรียนที่มี
  ฟันผุต้องได้รับการรักษา 55 คน"): a need, no one served yet (condition_need);
- a size threshold, a comparison sign right before the count ("สถานประกอบการ > 500 คน"): no one
  counted (size_sign);
- cases said to have risen, a trend or rise word between the case word and the count ("หลังผู้ป่วยพุ่งเกิน
  2 พันราย"): a surge, a statistic (case_rise, asked by participant_caseload for a case word).
A role cue in the phrase keeps the count (มีผู้เข้าร่วม…). The words are rules/participants.toml
lexicons part_incident, part_need_modal and part_comparison_sign.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from .participant_doc import ROLE_WINDOW, SENTENCE_END

if TYPE_CHECKING:
    from .participant_doc import _Doc

PHRASE_WINDOW = 80  # the phrase closed by a count is read at most this far back
_HAS = "มี"  # the existential verb of an incident ("มีนักเรียนหมดสติ")
_WITH = "ที่มี"  # a relative clause naming a condition ("นักเรียนที่มีฟันผุ")
_SPACE = literal_regex(r"\s")
_NOT_MONTH = "นาคม"  # มีนาคม is a month, not มี


def _phrase(doc: _Doc, near: int, pos: int) -> int:
    """Where the phrase the count at `pos` closes starts: after the last white space before it
    (the spaces right before the number aside), not before `near`."""
    text = doc.text
    hi = pos
    while hi > near and text[hi - 1] in " \t":
        hi -= 1
    lo = max(near, hi - PHRASE_WINDOW)
    start = lo
    for gap in _SPACE.finditer(text, lo, hi):
        start = gap.end()
    return start


def _has_at(text: str, k: int) -> bool:
    return not text.startswith(_NOT_MONTH, k + len(_HAS))


def incident(doc: _Doc, near: int, pos: int) -> bool:
    """Is the count at `pos` the people an adverse event befell: a part_incident word in the phrase
    the count closes, after มี in that phrase, with no role cue after มี?"""
    event_re = doc.pats.event_re
    text = doc.text
    lo = max(near, pos - PHRASE_WINDOW)
    if event_re is None or text.find(_HAS, lo, pos) < 0:
        return False
    start = _phrase(doc, near, pos)
    event = event_re.search(text, start, pos)
    if event is None:
        return False
    has = text.rfind(_HAS, start, event.start())
    while has >= 0 and not _has_at(text, has):
        has = text.rfind(_HAS, start, has)
    if has < 0:
        return False
    return not any(v != "total" for _, v in doc.found_cues(has, pos))


def condition_need(doc: _Doc, i: int, near: int, pos: int) -> bool:
    """Is the count at `pos` people with a condition who still need a service: "ที่มี", then a
    need modal (part_need_modal), in the phrase the count closes ("นักเรียนที่มีฟันผุต้องได้รับการ
    รักษา 55 คน")? A target cue before the relative clause in its sentence, or a target heading,
    keeps it (a target group)."""
    text = doc.text
    lo = max(near, pos - PHRASE_WINDOW)
    k = text.rfind(_WITH, lo, pos)
    if k < 0 or not doc.pats.needs:
        return False
    start = _phrase(doc, near, pos)
    if k < start:
        return False
    after = k + len(_WITH)
    if not any(text.find(need, after, pos) > after for need in doc.pats.needs):
        return False  # the condition first, then its need
    if doc.heading_role(i) == "planned":
        return False  # under a target heading: the target group
    return not any(v in ("planned", "actual") for _, v in
                   doc.found_cues(max(near, doc.starts[i], pos - ROLE_WINDOW), k))


def size_sign(doc: _Doc, near: int, pos: int) -> bool:
    """Is the count at `pos` a size threshold: a comparison sign (part_comparison_sign) right
    before it, with no role cue in the phrase before the sign?"""
    text = doc.text
    hi = pos
    while hi > near and text[hi - 1] in " \t":
        hi -= 1
    signs = doc.pats.signs
    if not signs or not text.endswith(signs, max(near, hi - 2), hi):
        return False
    sign = next(s for s in signs if text.endswith(s, max(near, hi - 2), hi))
    lo = hi - len(sign)
    while lo > near and text[lo - 1] in " \t":
        lo -= 1
    return not any(v != "total" for _, v in doc.found_cues(_phrase(doc, near, lo), lo))


def case_rise(doc: _Doc, case: int, case_end: int, pos: int) -> bool:
    """Are the cases a case word (at `case`, ending at `case_end`) names said to have risen by the
    count at `pos`: a trend or rise word (part_caseload "trend" / "rise") between them in one
    sentence, with no role cue ("หลังผู้ป่วยพุ่งเกิน 2 พันราย", "ผู้ป่วย…ที่มา รพ. เพิ่มขึ้นจากช่วงเดียวกัน
    ของปีก่อน 12,384 ราย")? A surge of cases, a statistic; "ผู้ป่วยที่เข้ารับบริการเพิ่มขึ้นจาก…" (a
    role cue) names people served."""
    rise_re, text = doc.pats.rise_re, doc.text
    if rise_re is None or rise_re.search(text, case_end, pos) is None:
        return False
    if SENTENCE_END.search(text, case, pos) is not None:
        return False
    return not any(v != "total" for _, v in doc.found_cues(case, pos))
