"""Background cues that depend on their sentence (rules/participants.toml, part_background_cue):
new cases (รายใหม่) that are new people instead, and people not yet served (ยังไม่ได้รับบริการ)
that a target cue makes the project's target."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from .participant_findings import served_after

if TYPE_CHECKING:
    from .participant_doc import _Doc

ROLE_WINDOW = 150  # characters before a cue (same line) read as its sentence
_WIDE_GAP = literal_regex(r"[ \t]{2,}")  # Thai sentences end at a wide space


def new_people(doc: _Doc, start: int, end: int) -> bool:
    """Is the cue at start:end รายใหม่ naming new people, not new cases: after a people word
    (สมาชิกรายใหม่) or with a service word earlier in its sentence (ให้บริการฝากครรภ์…รายใหม่)?"""
    if doc.text[start:end] not in doc.pats.new_case:
        return False
    if doc.text[max(0, start - 20):start].rstrip().endswith(doc.pats.new_people):
        return True
    sentence = sentence_before(doc, start)
    return any(w in sentence for w in doc.pats.new_served)


def sentence_before(doc: _Doc, pos: int) -> str:
    """The text of pos's sentence before it: on its line, after the last wide space, at most
    ROLE_WINDOW characters (read once per position: the asides ask for it in turn)."""
    sentence = doc.sentences.get(pos)
    if sentence is None:
        sentence = doc.sentences[pos] = _sentence_before(doc, pos)
    return sentence


def _sentence_before(doc: _Doc, pos: int) -> str:
    i = doc.index(pos)
    before = doc.text[max(doc.starts[i], pos - ROLE_WINDOW):pos]
    gap = None
    for gap in _WIDE_GAP.finditer(before):
        pass
    return before if gap is None else before[gap.end():]


def unserved_target(doc: _Doc, bg_start: int, bg_end: int, end: int) -> bool:
    """Is the governing cue one of people not yet served (ยังไม่ได้รับบริการ) that a target cue
    earlier in its sentence makes the project's target ("กลุ่มเป้าหมายคือเด็กที่ยังไม่ได้รับวัคซีน
    45 คน"), or whom the sentence after the count (ending at `end`) says were served ("ยังไม่ได้รับ
    การรักษา 12 ราย ได้ส่งต่อโรงพยาบาลทุกราย", as for findings)? Without either, "ยังไม่ได้รับบริการ
    อีก 86 ราย" is a statistic of unmet need."""
    if doc.text[bg_start:bg_end] not in doc.pats.unserved:
        return False
    if served_after(doc, end):
        return True
    start = bg_start - len(sentence_before(doc, bg_start))
    return any(v == "planned" for _, v in doc.found_cues(start, bg_start))
