"""Counts that where they stand on the page makes no people taking part (participants.py, step 2):

- a questionnaire's answer choices: lines opened by an empty choice mark under a question line
  ("ท่านเคยพบนักเรียนที่มีความคิดอยากตายหรือไม่ *⏎◯ ไม่เคย⏎◯ เคย 1-2 คน"): what one may tick
  (option_line; rules/participants.toml part_form_option);
- a footnote, a line opened by a superscript number ("¹ ข้อมูลจาก…", "² … พบเด็กอายุ 6 – 12 ปีในตำบล⏎  233 คน")
  and its indented continuation lines: a source's figures unless a role cue names people taking part
  (footnote).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .participant_doc import _Doc

OPTION_LINES = 12  # choice lines between a count's line and its question, at most
FOOTNOTE_LINES = 3  # continuation lines of a footnote, at most
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"  # a footnote's number opening its line


def _lead(line: str) -> str:
    return line.lstrip(" \t")


def option_line(doc: _Doc, i: int) -> bool:
    """Is line i a choice of a question: opened by an empty choice mark (part_form_option "mark"),
    under a run of such lines (maybe after one blank line) whose first is right below a question
    line (ending with a part_form_option "question" term, or asking with a "question_inside" one)?"""
    marks = doc.pats.option_marks
    if not marks or not _lead(doc.line(i)).startswith(marks):
        return False
    j = i - 1
    while j >= 0 and i - j <= OPTION_LINES and _lead(doc.line(j)).startswith(marks):
        j -= 1
    if j >= 0 and not doc.line(j).strip():
        j -= 1  # a blank line between a question and its choices
    if j < 0:
        return False
    question = doc.line(j).strip()
    return bool(question) and not question.startswith(marks) and (
        question.endswith(doc.pats.question_ends)
        or any(q in question for q in doc.pats.question_inside))


def footnote(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` (line i) in a footnote (a line opened by a superscript number, or an
    indented line continuing one) with no role cue before it in the footnote?"""
    start = _footnote_start(doc, i)
    return start >= 0 and not any(v != "total" for _, v in doc.found_cues(doc.starts[start], pos))


def _footnote_start(doc: _Doc, i: int) -> int:
    """The line opening the footnote that line i is, or continues (indented lines right below
    it, at most FOOTNOTE_LINES); -1 if none."""
    line = doc.line(i)
    lead = _lead(line)
    if lead[:1] and lead[:1] in _SUPERSCRIPTS:
        return i
    if len(lead) == len(line) or not lead:
        return -1  # flush left: no continuation
    for k in range(i - 1, max(-1, i - FOOTNOTE_LINES - 1), -1):
        above = doc.line(k)
        first = _lead(above)[:1]
        if first and first in _SUPERSCRIPTS:
            return k
        if not above.strip() or not above[0].isspace():
            return -1
    return -1
