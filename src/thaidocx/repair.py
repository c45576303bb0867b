"""Repair Thai text damaged on its way out of a PDF, a scan or an old converter.

Every repair is an edit `(orig_start, orig_end, replacement)` on the text AS READ, so that
normalize.py can fold it into its offset map and evidence still points into the input.
Repairs run in passes; each pass sees the previous pass's output, and `textedits.compose`
maps its edits back onto the original.

1. Private Use Area glyphs (U+F700-U+F71F: the shifted marks of Thai fonts) -> standard
   characters; sara am written as nikhahit + sara aa (or doubled: ำา); tone mark typed or
   extracted before its vowel. Always safe: these sequences are never correct Thai.
   Then, in a text hard-wrapped at a fixed width, line breaks cutting a word (repair_wraps.py).
2. A space or line break in front of a mark or a following vowel, or after a leading vowel,
   is removed: no Thai word starts with a mark or ends with เ แ โ ใ ไ.
3. Only where the text shows damage (pass 1-2 repairs, see `_damaged`), repair_search.py:
   around spaces and line breaks next to marks, a small search joins pieces, puts back a lost tone mark and
   moves marks back to their consonant - applied only when the result segments into
   dictionary words with fewer unknown characters, and the best result is unique (or the
   near ties differ only in gaps: the one keeping most). A line break is joined only after a
   full line, before an unindented one (a wrap cut a word there; elsewhere lines are structure).
   A mark slipped one letter right
   with a stray gap after it ("สตั ว์") is moved back and the gap joined in one step; a mai
   han akat before anything but its final consonant ("สุนขั") is a site too.
   Then syllable-spaced lines (repair_spaced.py): a line whose spaces fall inside words
   ("ห้อง ประ ชุม") loses the spaces between its Thai chunks; no damage of the letters.
4. Lost nikhahit ("ดาเนิน" -> "ดำเนิน"): a word that is not in the dictionary is repaired
   when its sara-am form is, and both forms fall on word boundaries of their segmentation.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .repair_chars import (
    PUA_MAP, _AM_HINT, _CHAR_RE, _HARD_GAP_HINTS, _HARD_GAP_RE, _ORDER_HINTS, _PUA_HINT, _PUA_RE,
    _THAI_RE, _canon, _char_replacement,
)
from .repair_am import _aligned, _pass_lost_nikhahit  # noqa: F401 (tests import _aligned)
from .repair_search import _pass_dictionary, prose_width
from .repair_spaced import spaced_joins
from .repair_wraps import wrap_joins, wrap_width
from .textedits import Edit, Fixer

# Mai han akat is always followed by a final consonant (after a tone mark, if any); before
# anything else it has slipped one letter right ("สุนขั", "ทาหมนัเคลื่อนที่"): in a damaged
# text, a site for the dictionary search, like a removed gap. (Before a gap and a Thai word,
# the gap is a site already, and a better one: the search can join it too.)
_STRAY_HAN_AKAT = re.compile(
    "\u0e31(?![\u0e48-\u0e4b]?[\u0e01-\u0e2e]|[ \t\n]+[\u0e01-\u0e2e\u0e40-\u0e44])")


SPACED = "syllable-spaced lines"  # spaces removed (repair_spaced.py): no damage of the letters


@dataclass(frozen=True)
class Repairs:
    """Edits on the original text (sorted, disjoint) and how many repairs of each kind."""

    edits: tuple[Edit, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def _char_damage(text: str) -> bool:
    """Might _CHAR_RE match? (A nikhahit, a sara am + sara aa, or a tone before a vowel.)
    Three scans, each fast on a long text, where _CHAR_HINT tries three branches per letter."""
    return "\u0e4d" in text or bool(_AM_HINT.search(text)) \
        or any(hint.search(text) for hint in _ORDER_HINTS)


def _pass_chars(text: str, counts: Counter, glyphs: bool = True) -> list[Edit]:
    if not (glyphs and _PUA_HINT.search(text)):
        counts["private-use glyphs"] += 0  # the kind keeps its place in the counts
        return []
    edits = [(m.start(), m.end(), PUA_MAP[ord(m.group())]) for m in _PUA_RE.finditer(text)]
    counts["private-use glyphs"] += len(edits)
    return edits


def _pass_marks(text: str, counts: Counter) -> list[Edit]:
    edits: list[Edit] = []
    if not _char_damage(text):
        return edits
    for m in _CHAR_RE.finditer(text):
        edits.append((m.start(), m.end(), _char_replacement(m)))
        counts["mark order" if m.group("order") else "sara am"] += 1
    return edits


def _pass_hard_gaps(text: str, counts: Counter, zero_width: bool = True) -> list[Edit]:
    """zero_width=False: the caller knows the text holds no zero-width character."""
    hints = _HARD_GAP_HINTS if zero_width else _HARD_GAP_HINTS[:4]
    if not any(hint.search(text) for hint in hints):
        return []
    edits = [(m.start(), m.end(), "") for m in _HARD_GAP_RE.finditer(text)]
    counts["spaces inside words"] += len(edits)
    return edits


def _damaged(text: str, counts: Counter) -> bool:
    """Does the text show damage? Dictionary repairs run only then (and cost only then).
    Hard wraps joined are no damage of the Thai itself."""
    signs = sum(counts.values()) - counts["hard wraps"]
    return signs > 0 and signs >= 1 + len(text) // 2000


def repair(text: str, glyphs: bool = True, zero_width: bool = True) -> Repairs:
    """The repairs for `text` as read; empty when the text holds no Thai. glyphs=False: the
    caller has seen no private-use glyph in the text (normalize's one scan for rare characters);
    zero_width=False: nor any zero-width character (no pass brings one in)."""
    if not _THAI_RE.search(text):
        return Repairs()
    fix = Fixer(text)
    fix.apply(_pass_chars(fix.current, fix.counts, glyphs))
    # the glyphs mapped one for one: the lines as read (and no pass brings in a \r or a
    # zero-width character)
    width = wrap_width(fix.current, uncounted=zero_width or "\r" in fix.current)
    if width:
        fix.apply(wrap_joins(fix.current, width, _canon), "hard wraps")
    fix.apply(_pass_marks(fix.current, fix.counts))
    gaps = _pass_hard_gaps(fix.current, fix.counts, zero_width)
    anchors, removed = [], 0
    for s, e, _ in gaps:  # where the removed gaps are in the text after the removal
        anchors.append(s - removed)
        removed += e - s
    fix.apply(gaps)
    if _damaged(text, fix.counts):
        stray = [m.end() for m in _STRAY_HAN_AKAT.finditer(fix.current)]
        if stray:
            anchors = sorted(set(anchors).union(stray))
        fix.apply(_pass_dictionary(fix.current, fix.counts, anchors, prose_width(text)))
    fix.apply(spaced_joins(fix.current), SPACED)
    fix.apply(_pass_lost_nikhahit(fix.current, fix.counts))
    kinds = tuple((k, n) for k, n in fix.counts.items() if n)
    return Repairs(edits=tuple(fix.edits), counts=kinds)
