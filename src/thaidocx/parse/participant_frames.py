"""Background statistics told by where a count stands (participant_background.py asks): under a
note opened by a background heading term (part_note_lead), inside a bracket tagged with a data
date or source (part_data_tag), as the population of a per-capita allocation (part_allocation)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .participant_doc import ROLE_WINDOW, STRONG

if TYPE_CHECKING:
    from .participant_doc import _Doc

NOTE_LINES = 3  # a note opened by a background heading term wraps onto at most this many lines



def note_background(doc: _Doc, i: int) -> bool:
    """Does line i, or the note it continues (the lines right above, no blank line, list item or
    heading between, at most NOTE_LINES), open with a note word and a background heading term
    (part_note_lead)?"""
    note = doc.pats.note_background_re
    if note is None or not _notes(doc):
        return False
    for k in range(i, max(-1, i - NOTE_LINES - 1), -1):
        if k < i and (not doc.line(k).strip() or doc.self_role(k + 1) is not None or doc.list_item(k + 1)):
            return False
        if note.match(doc.text, doc.starts[k]) is not None:
            return True
    return False


def _notes(doc: _Doc) -> bool:
    """Might any line open with such a note? Searched once per document (most have none): a
    note at a line's start is one found anywhere."""
    found = doc.present.get("note background")
    if found is None:
        anywhere = doc.pats.note_anywhere_re
        found = doc.present["note background"] = anywhere is None or anywhere.search(doc.text) is not None
    return found


def data_bracket(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` (line i) inside a bracket tagged with a data date or source
    (part_data_tag: "(…ทั้งหมด 1,268 คน … ข้อมูล ณ 30 ก.ย. 67)"), with no strong role cue in the
    bracket before it? Registry figures about the area, not people of this activity."""
    text, tags = doc.text, doc.pats.data_tags
    start = doc.starts[i]
    paren = text.rfind("(", start, pos)
    if paren < 0 or text.find(")", paren, pos) >= 0:
        return False
    close = text.find(")", pos)
    end = doc.starts[i] + len(doc.line(i))
    if 0 <= close < end:
        end = close
    if not any(text.find(t, paren, end) >= 0 for t in tags):
        return False
    return not any(v in STRONG for _, v in doc.found_cues(paren, pos))


def allocation_base(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` the population of a per-capita allocation ("สปสช. จัดสรร (45 บาท x
    19,336 คน)", part_allocation)?"""
    alloc = doc.pats.allocation_re
    if alloc is None:
        return False
    first = doc.first_baht.get(i)
    if first is None:  # where บาท first stands on line i: found once per line, not per count
        line_end = doc.starts[i] + len(doc.line(i))
        first = doc.first_baht[i] = doc.text.find("บาท", doc.starts[i], line_end)
    if first < 0 or first + len("บาท") > pos:
        return False
    return alloc.search(doc.text, max(doc.starts[i], pos - ROLE_WINDOW), pos) is not None
