"""A service's or a body's own figures, not people taking part (participant_background.py asks):
patients or cases averaged per period, compared with another period, in an incident report or
said to have risen; an institution's past caseload; a service statistics row by patient class;
the membership a meeting's attendance is counted against (part_caseload, part_roster_attendance)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from .participant_doc import ROLE_WINDOW, SENTENCE_END, STRONG, SUBGROUP_WINDOW
from .participant_incident import case_rise
from .participant_years import past_year

if TYPE_CHECKING:
    from .participant_doc import _Doc

ROSTER_WINDOW = 80  # an attendance count and the "จาก" of its base, right before a count
_SPACE = literal_regex(r"\s")



def roster(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` (line i) the base of a meeting attendance ("กรรมการมาประชุม 10 คน
    จากทั้งหมด 12 คน"): the body's membership (part_roster_attendance), not a target?"""
    roster_re = doc.pats.roster_re
    lo = max(doc.starts[i], pos - ROSTER_WINDOW)
    if roster_re is None or doc.text.find("จาก", lo, pos) < 0:
        return False
    m = roster_re.search(doc.text, lo, pos)
    return m is not None and not any(v != "total" for _, v in doc.found_cues(m.start("base"), pos))


def caseload(doc: _Doc, near: int, pos: int, end: int) -> bool:
    """Is the count at `pos` patients or cases averaged per period ("ผู้ป่วยฉุกเฉินซึ่งมีเฉลี่ย
    เดือนละ 45 ราย")? A service's workload, not people taking part (part_caseload). Or cases
    compared with another period, or in an incident report (_case_statistic), or said to have
    risen (participant_incident.case_rise)."""
    pats = doc.pats
    if pats.caseload_re is None or pats.case_re is None:
        return False
    lo = max(near, pos - ROLE_WINDOW)
    case = None
    for case in pats.case_re.finditer(doc.text, lo, pos):
        pass  # the last case word before the count
    if case is None:
        return False
    if pats.caseload_re.search(doc.text, max(lo, pos - SUBGROUP_WINDOW), pos) is not None:
        return True
    return _case_statistic(doc, case.start(), pos, end) or case_rise(doc, case.start(), case.end(), pos)


def _case_statistic(doc: _Doc, case: int, pos: int, end: int) -> bool:
    """Patients or cases (a case word opening the count's phrase, at `case`) compared with
    another period right after the count, or counted in an incident report (on the count's line
    or the line above), and not named as served (a service word or a role cue between)."""
    pats, text = doc.pats, doc.text
    if (case > 0 and not text[case - 1].isspace()) or _SPACE.search(text, case, pos - 1):
        return False  # ผู้ดูแลผู้ป่วย 30 คน: caregivers; or the case word is in an earlier phrase
    i = doc.index(pos)
    if not (pats.trend_re.match(text, end) is not None or pats.incident_re.search(
            text, doc.starts[max(0, i - 1)], pos) is not None):
        return False
    if any(text.find(w, case, pos) >= 0 for w in pats.new_served):
        return False
    return not any(v != "total" for _, v in doc.found_cues(case, pos))


def past_caseload(doc: _Doc, near: int, pos: int) -> bool:
    """Is the count at `pos` an institution's past caseload: an admission verb before it, after
    a past period (or a year before the document's own: participant_years) in the same sentence, with no strong role cue after that period ("ในปีที่ผ่านมา
    NICU ของโรงพยาบาลรับดูแลทารกแรกเกิด… 168 ราย")? (part_caseload admit / past)"""
    pats, text = doc.pats, doc.text
    if pats.admit_re is None or pats.past_re is None:
        return False
    lo = max(near, pos - ROLE_WINDOW)
    admit = None
    for admit in pats.admit_re.finditer(text, lo, pos):
        pass  # the last admission verb before the count
    if admit is None or SENTENCE_END.search(text, admit.end(), pos) is not None:
        return False
    start = max(doc.starts[doc.index(pos)], admit.start() - ROLE_WINDOW)
    past_end = -1
    for past in pats.past_re.finditer(text, start, admit.start()):
        past_end = past.end()  # the last past period before the verb
    # ... or a year before the document's own ("ในปีงบประมาณ 2567" in a news item of 2568)
    past_end = max(past_end, past_year(doc, start, admit.start()))
    if past_end < 0 or SENTENCE_END.search(text, past_end, admit.start()) is not None:
        return False
    return not any(v in STRONG for _, v in doc.found_cues(past_end, pos))


def service_row(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` on a line labelled by a patient class (a hospital's service
    statistics: "ผู้ป่วยใน (IPD) 3,118 ราย"), with no role cue between the label and the count?
    (part_caseload class)"""
    class_re = doc.pats.class_re
    if class_re is None:
        return False
    label = class_re.match(doc.text, doc.starts[i], pos)
    return label is not None and not any(v != "total" for _, v in doc.found_cues(label.end(), pos))
