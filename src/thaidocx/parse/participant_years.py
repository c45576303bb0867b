"""Past years in a participant count's sentence: a year before the document's own.

"ในปีงบประมาณ 2567 รับผู้ป่วยไว้ดูแล 386 ราย" in a news item of 2568 is the institution's past
caseload (participant_caseload.past_caseload), like "ในปีที่ผ่านมา". Past means earlier than the
document's own year, not earlier than today: a report of its own fiscal year 2567 states that
year's people served. The own year is the BE year the document names most often (the latest on a
tie): a report names its own year again and again (the title, the dates, the fiscal year), a past
year once or twice for comparison; a plan for next year is named seldom in a report of this one.

A block under a heading reviewing another year's results ("1. ทบทวนผลงานปีที่ผ่านมา⏎   ปีงบ 68 …
คัดกรองเบาหวานความดันได้ 286 คน", rules/participants.toml part_past_review "review") reports that
year's people: background of this document's activity (past_review). So does the block under an
organisation's boilerplate heading ("เกี่ยวกับ SBP⏎บริษัท … มีพนักงานกว่า 680 คน", part_past_review "profile"
on a short line): its staff, no one this activity reached. So does a line of results opened by a
result word and naming a year before the document's own ahead of the count ("• ผลของ รพ.ชุมแพ ปี 2567 :
คนไข้ที่ได้ MI 148 ราย เลิกบุหรี่ได้…" in notes of 2568, part_past_review "result": past_result).
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from .participant_doc import STRONG

if TYPE_CHECKING:
    from .participant_doc import _Doc

# Any BE year of this era written in full (not inside a longer number: 25,670 คน, 125670).
_BE_YEAR = literal_regex(r"(?<![0-9,.])25[0-9]{2}(?![0-9,.][0-9]|[0-9])")
REVIEW_LINES = 4  # lines of a review block under its heading, at most
PROFILE_MAX = 40  # characters of an organisation's boilerplate heading line ("เกี่ยวกับ SBP"), at most
# A heading's list number or bullet, before its term.
_MARKER = literal_regex(r"[ \t]*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|[-•*▪►●○◦■□➢➤])?[ \t]*")
# A year named as a period: ปี 2567, ปีงบประมาณ 2567, ปีงบฯ 67 (two-digit BE), ปี พ.ศ. 2567.
_YEAR_PERIOD = literal_regex(r"ปี(?:งบประมาณ|งบฯ|งบ)?[ \t]*(?:พ\.ศ\.?[ \t]*)?(25[0-9]{2}|[5-9][0-9])(?![0-9])")


def own_year(doc: _Doc) -> int | None:
    """The document's own BE year: the one it names most often, the latest on a tie."""
    if doc.own_year is None:
        counts = Counter(int(y) for y in _BE_YEAR.findall(doc.text))
        doc.own_year = max(counts, key=lambda y: (counts[y], y)) if counts else 0
    return doc.own_year or None


def past_year(doc: _Doc, start: int, end: int) -> int:
    """The end of the last year period in text[start:end] earlier than the document's own
    year ("ปีงบประมาณ 2567" in a document of 2568), or -1."""
    found = -1
    for m in _YEAR_PERIOD.finditer(doc.text, start, end):
        year = int(m.group(1))
        if year < 100:
            year += 2500
        own = own_year(doc)
        if own is not None and year < own:
            found = m.end()
    return found


def past_review(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` (line i) in the block under a heading reviewing another year's results
    (part_past_review "review" opening a line at most REVIEW_LINES above, after its list number;
    no blank line between), with no strong role cue before it on its line?"""
    review, profile = doc.pats.review, doc.pats.profile
    if past_result(doc, i, pos):
        return True
    if not review and not profile:
        return False
    text = doc.text
    for k in range(i - 1, max(-1, i - REVIEW_LINES - 1), -1):
        line = doc.line(k)
        if not line.strip():
            return False
        lead = _MARKER.match(text, doc.starts[k])
        at = doc.starts[k] if lead is None else lead.end()
        if (review and text.startswith(review, at)) or (
                profile and len(line.strip()) <= PROFILE_MAX and text.startswith(profile, at)):
            return not any(v in STRONG for _, v in doc.found_cues(doc.starts[i], pos))
    return False


def past_result(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` on a line opened (after its list number or bullet) by a result word
    (part_past_review "result": ผลของ, ผลการดำเนินงาน …) that names a year before the document's own
    ahead of the count, with no strong role cue between that year and the count? Another year's
    results quoted as an example or a baseline, not this activity's people."""
    result = doc.pats.result
    if not result:
        return False
    lead = _MARKER.match(doc.text, doc.starts[i])
    at = doc.starts[i] if lead is None else lead.end()
    if not doc.text.startswith(result, at):
        return False
    year_end = past_year(doc, at, pos)
    return year_end >= 0 and not any(v in STRONG for _, v in doc.found_cues(year_end, pos))
