"""Counts of people that an aside about them makes no participants (participants.py, step 2):
1. residents of an area (part_resident_area): "ผู้สูงอายุ 214 คนในหมู่บ้านยังเข้าร่วมน้อย", a
   population, unless a role cue before the count in its sentence (an intent or a forecast,
   part_forecast, is none) or a strong or service cue in the phrase the area opens keeps it;
   so is a people group of an area written before the count, in its own phrase ("(ผู้สูงอายุใน
   เขตเทศบาลทั้งหมด 642 คน)", "ผู้สูงอายุติดเตียงในอำเภอ 186 คน"), unless a role cue in its sentence
   or a role heading over it keeps it ("คัดกรองผู้สูงอายุในหมู่บ้าน 120 คน");
2. a forecast caseload (part_forecast "forecast"): a per-period rate right before the count
   ("คาดว่าจะช่วยผู้ป่วยวิกฤตได้ปีละไม่น้อยกว่า 150 ราย"), with no target cue after the forecast word;
3. a presented study's sample or results (part_study_cue): "ผลงานที่ 1 ทำในผู้ป่วย 42 คน", with no
   role cue between the study cue's own phrase and the count;
4. under an outcome heading, the share of the people just counted who achieved something
   (part_outcome_ability): "ผลลัพธ์ : ผ่านการอบรม 20 คน นำออกกำลังกายในชุมชนได้จริง 17 คน" (the 17);
5. after a result frame (ผลการประเมิน, ผลการตรวจ) in its sentence, people a change word after the
   count describes: "ผลการประเมินความปวดหลังฝึก 2 สัปดาห์ ผู้สูงอายุ 27 คน ระดับความปวดลดลง";
6. both ends of a change between two counts ("…ที่ควบคุมความดันโลหิตได้ เพิ่มจาก 96 คน (ร้อยละ 51.6) เป็น
   128 คน", part_change_from), unless a role cue with no relative clause after it names the people.
Each is an outcome or a statistic about people, not a count of those who take part: like the
background statistics (participant_background.py), they are dropped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from .participant_doc import SENTENCE_END
from .participant_doc import STRONG, SUBGROUP_WINDOW
from .participant_need import sentence_before

if TYPE_CHECKING:
    from .participant_doc import _Doc, _Previous

_SPACE = literal_regex(r"\s")
_SERVICE = STRONG + ("neutral",)  # cues that name people served after the count


def aside(doc: _Doc, i: int, near: int, pos: int, end: int, prev: _Previous | None) -> str | None:
    """Does an aside make the count at `pos` (line i, ending at `end`) no participants? Then
    "statistic" (1-3: the counts right after it may break it down) or "outcome" (4-5: the
    counts around it stand alone), else None."""
    if (_residents(doc, pos, end) or _area_population(doc, i, pos, end)
            or _forecast_rate(doc, i, pos) or _study(doc, i, near, pos, prev)):
        return "statistic"
    if (_ability_outcome(doc, i, near, pos, prev) or _changed_after(doc, pos, end)
            or _changed_from(doc, pos)):
        return "outcome"
    return None


def _cues(doc: _Doc, start: int, end: int) -> list[tuple[str, str]]:
    """(term, value) of every role cue in text[start:end] but "total" (ทั้งสิ้น)."""
    value = doc.pats.cue_value
    return [(c.group(), v) for c in doc.cue_re.finditer(doc.text, start, end)
            if (v := value(c.group())) != "total"]


def _residents(doc: _Doc, pos: int, end: int) -> bool:
    resident_re = doc.pats.resident_re
    area = None if resident_re is None else resident_re.match(doc.text, end)
    if area is None:
        return False
    start = pos - len(sentence_before(doc, pos))
    if any(term not in doc.pats.intent for term, _ in _cues(doc, start, pos)):
        return False
    gap = _SPACE.search(doc.text, area.end())
    phrase_end = len(doc.text) if gap is None else gap.start()
    return not any(v in _SERVICE for _, v in _cues(doc, area.end(), phrase_end))


def _area_population(doc: _Doc, i: int, pos: int, end: int) -> bool:
    """Is the phrase the count closes a people group of an area ("ผู้สูงอายุในเขตเทศบาลทั้งหมด 642 คน",
    "ผู้สูงอายุติดเตียงในอำเภอ 186 คน") that no role cue, heading role or service makes served?"""
    pats = doc.pats
    if not pats.residents or pats.people_start is None:
        return False
    sentence = sentence_before(doc, pos)
    if pats.residents_re is None or pats.residents_re.search(sentence) is None:
        return False  # the phrase below is a piece of the sentence: no area term in it either
    phrase = sentence.rstrip()
    gap = None
    for gap in _SPACE.finditer(phrase):
        pass  # the last space: the count's own phrase starts after it
    phrase = phrase if gap is None else phrase[gap.end():]
    phrase = phrase.lstrip("(-•*▪►✓[")
    if not any(t in phrase for t in pats.residents) or not pats.people_start.match(phrase):
        return False
    if doc.self_role(i) in STRONG or doc.heading_role(i) in STRONG:
        return False
    if _cues(doc, pos - len(sentence), pos):
        return False
    stop = SENTENCE_END.search(doc.text, end)  # "ผู้ป่วยในชุมชน 25 ราย ได้รับการเยี่ยมบ้าน": served
    return not _cues(doc, end, len(doc.text) if stop is None else stop.start())


def _forecast_rate(doc: _Doc, i: int, pos: int) -> bool:
    pats = doc.pats
    if pats.rate_re is None or pats.forecast_re is None:
        return False
    if pats.rate_re.search(doc.text, max(doc.starts[i], pos - SUBGROUP_WINDOW), pos) is None:
        return False
    start = pos - len(sentence_before(doc, pos))
    forecast = None
    for forecast in pats.forecast_re.finditer(doc.text, start, pos):
        pass  # the last forecast word before the count
    return forecast is not None and not any(
        v == "planned" and term not in pats.intent for term, v in _cues(doc, forecast.end(), pos))


def _study(doc: _Doc, i: int, near: int, pos: int, prev: _Previous | None) -> bool:
    """A study cue in the count's sentence, maybe begun on the line above a wrapped line ("…คำนวณ
    ขนาดกลุ่มตัวอย่างด้วยตาราง…⏎ได้ 175 คน"), and no role cue after it but in its own phrase
    ("กลุ่มตัวอย่างเป็นผู้เข้าร่วมโครงการ 175 คน": what the sample is drawn from)?"""
    study_re = doc.pats.study_re
    if study_re is None:
        return False
    start = pos - len(sentence_before(doc, pos))
    if start == doc.starts[i]:
        start = min(start, doc.wrapped_start(i, near, pos, 0 if prev is None else prev.end))
    study = None
    for study in study_re.finditer(doc.text, start, pos):
        pass  # the last study cue before the count
    if study is None:
        return False
    gap = _SPACE.search(doc.text, study.end(), pos)
    return not _cues(doc, pos if gap is None else gap.start(), pos)


def _ability_outcome(doc: _Doc, i: int, near: int, pos: int, prev: _Previous | None) -> bool:
    if (prev is None or prev.line != i or prev.role == "background"
            or doc.kind(i) not in doc.pats.finding_sections):
        return False
    before = doc.text[near:pos].rstrip()
    gap = None
    for gap in _SPACE.finditer(before):
        pass  # the last space: the count's own phrase starts after it
    phrase = before if gap is None else before[gap.end():]
    return bool(phrase) and phrase.endswith(doc.pats.abilities) and not _cues(doc, near, pos)


def _changed_after(doc: _Doc, pos: int, end: int) -> bool:
    pats = doc.pats
    if pats.change_after_re is None or pats.result_re is None:
        return False
    if pats.change_after_re.match(doc.text, end) is None:
        return False
    start = pos - len(sentence_before(doc, pos))
    frame = None
    for frame in pats.result_re.finditer(doc.text, start, pos):
        pass  # the last result frame before the count
    return frame is not None and not _cues(doc, frame.end(), pos)


CHANGE_REACH = 80  # the change word before a count's "เป็น" stands at most this far back (a line break may part them)
_RELATIVE = ("ที่", "ซึ่ง")


def _changed_from(doc: _Doc, pos: int) -> bool:
    """Is the count at `pos` one end of a change between two counts (part_change_from: "เพิ่มจาก 96 คน
    (ร้อยละ 51.6) เป็น 128 คน"), with no role cue naming the people before the change word but one
    followed by a relative clause ("ผู้เข้าร่วมโครงการที่ควบคุมความดันโลหิตได้": those who achieved it)?"""
    pats, text = doc.pats, doc.text
    lo = max(0, pos - CHANGE_REACH)
    if pats.change_from_re is None or pats.change_to_re is None or text.find("จาก", lo, pos) < 0:
        return False  # the literal first: most counts have no จาก before them
    change = pats.change_from_re.search(text, max(lo, pos - SUBGROUP_WINDOW), pos)
    if change is None:
        change = pats.change_to_re.search(text, lo, pos)
    if change is None:
        return False
    start = change.start() - len(sentence_before(doc, change.start()))
    last = None
    for last in doc.cue_re.finditer(text, start, change.start()):
        pass  # the last role cue naming the people
    if last is None or pats.cue_value(last.group()) == "total":
        return True
    return any(text.find(r, last.end(), change.start()) >= 0 for r in _RELATIVE)
