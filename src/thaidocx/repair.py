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
3. Only where the text shows damage (pass 1-2 repairs, see `_damaged`): around spaces and
   line breaks next to marks, a small search joins pieces, puts back a lost tone mark and
   moves marks back to their consonant - applied only when the result segments into
   dictionary words with fewer unknown characters, and the best result is unique (or the
   near ties differ only in gaps: the one keeping most). A mark slipped one letter right
   with a stray gap after it ("สตั ว์") is moved back and the gap joined in one step; a mai
   han akat before anything but its final consonant ("สุนขั") is a site too.
4. Lost nikhahit ("ดาเนิน" -> "ดำเนิน"): a word that is not in the dictionary is repaired
   when its sara-am form is, and both forms fall on word boundaries of their segmentation.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

import regex

from .repair_chars import (
    BEAM, MAX_MOVES, MAX_STEPS, MIN_GAIN, MOVE_REACH, NEAR_TIE, PUA_MAP, SEGMENT, WINDOW, _AM_HINT,
    _CHAR_HINT, _CHAR_RE, _CONS_CHARS, _HARD_GAP_HINTS, _HARD_GAP_RE, _MARK_CHARS, _MOVABLE_RE,
    _ORDER_HINTS, _PUA_HINT, _PUA_OR_ZW, _PUA_RE, _RUN_AFTER, _RUN_BEFORE_REVERSED, _SEGMENT_RE,
    _SOFT_SITE_RE, _THAI_CHARS, _THAI_RE, _TONE_CHARS, _VOWEL_MARK_CHARS, _ZW_RE,
)
from .repair_am import _aligned, _pass_lost_nikhahit  # noqa: F401 (tests import _aligned)
from .repair_chars import _run_bound
from .repair_wraps import wrap_joins, wrap_width
from .textedits import Edit, Fixer
from .thaidict import unknown_score

_GAPS_RE = re.compile(r"[ \t\n]+")
# Mai han akat is always followed by a final consonant (after a tone mark, if any); before
# anything else it has slipped one letter right ("สุนขั", "ทาหมนัเคลื่อนที่"): in a damaged
# text, a site for the dictionary search, like a removed gap. (Before a gap and a Thai word,
# the gap is a site already, and a better one: the search can join it too.)
_STRAY_HAN_AKAT = re.compile(
    "\u0e31(?![\u0e48-\u0e4b]?[\u0e01-\u0e2e]|[ \t\n]+[\u0e01-\u0e2e\u0e40-\u0e44])")


@dataclass(frozen=True)
class Repairs:
    """Edits on the original text (sorted, disjoint) and how many repairs of each kind."""

    edits: tuple[Edit, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


def _canon(s: str) -> str:
    """The clean form of a short piece: PUA mapped, sara am joined, marks ordered, NFC."""
    if _PUA_OR_ZW.search(s):  # pass 1 has mapped the PUA glyphs; zero-width ones are rare
        s = _ZW_RE.sub("", s.translate(PUA_MAP))
    return _recanon(s)


def _char_replacement(m: regex.Match) -> str:
    if m.group("order"):
        return m.group("vowel") + m.group("tone")
    tone = m.group("t1") or m.group("t2") or ""
    return tone + "\u0e33"


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


# ---- pass 3: dictionary search around soft sites -------------------------------------------

class _Sites:
    """The soft sites of a text, left to right, from one scan: `next(cursor)` is the first at
    or after cursor. Sites do not overlap and the cursor never stops inside one, so a scan's
    next site is what a new search from the cursor would find; after an edit, `rescan`."""

    def __init__(self, text: str) -> None:
        self.rescan(text, 0)

    def rescan(self, text: str, cursor: int) -> None:
        self._iter = _SOFT_SITE_RE.finditer(text, cursor)
        self._site = next(self._iter, None)

    def next(self, cursor: int) -> tuple[int, int] | None:
        while self._site is not None and self._site.start() < cursor:
            self._site = next(self._iter, None)
        return self._site.span() if self._site is not None else None


def _next_site(sites: _Sites, cursor: int, anchors: list[int]) -> tuple[int, int] | None:
    """The next soft site or removed gap (anchor, sorted) at or after cursor, as a span."""
    site = sites.next(cursor)
    i = bisect_left(anchors, cursor)
    if i < len(anchors) and (site is None or anchors[i] < site[0]):
        return anchors[i], anchors[i]
    return site


class _State(NamedTuple):
    """A candidate repair of a window: its text, the consonants that received a moved mark
    (their marks stay put: no mark travels twice), the moves left, and the extra sites."""

    text: str
    frozen: frozenset[int] = frozenset()
    moves: int = MAX_MOVES
    anchors: tuple[int, ...] = ()


def _shifted(positions, a: int, removed: int):
    return [x - removed if x >= a + removed else min(x, a) for x in positions]


def _candidates(st: _State) -> list[_State]:
    """States one edit away: a gap joined or filled with a lost tone, or a mark near a site
    moved left onto the consonant before its own."""
    s, frozen, moves, anchors = st
    out: list[tuple[str, frozenset[int], int, tuple[int, ...]]] = []
    near = [(x - MOVE_REACH, x + MOVE_REACH) for x in anchors]
    for m in _SOFT_SITE_RE.finditer(s):
        a, b = m.span()
        near.append((a - MOVE_REACH, b + MOVE_REACH))
        site = m.group()
        if site == "1":
            out.append((s[:a] + "\u0e48" + s[b:], frozen, moves, anchors))
            continue
        joined = s[:a] + s[b:]
        out.append((joined, frozenset(_shifted(frozen, a, b - a)), moves,
                    tuple(_shifted(anchors, a, b - a))))
        if moves and s[a - 1] in _MARK_CHARS and _unknown_before(s, a):
            # A mark shifted one letter right, a stray gap after the letter it landed on
            # ("สตั ว์", "กุมภาพนั ธ์"): once moved back, the gap is no site any more, so the
            # move and the join are one step.
            moved = _move_left(joined, a - 1, frozenset(_shifted(frozen, a, b - a)), bare=True)
            if moved:
                out.append((moved[0], frozenset(_shifted(frozen, a, b - a)) | {moved[1]},
                            moves - 1, tuple(_shifted(anchors, a, b - a))))
        if site == " " and s[a - 1] in _VOWEL_MARK_CHARS:
            out += [(s[:a] + tone + s[b:], frozen, moves, anchors) for tone in ("\u0e48", "\u0e49")]
    if moves:
        for i in _marks_near(s, near):
            moved = _move_left(s, i, frozen)
            if moved:
                out.append((moved[0], frozen | {moved[1]}, moves - 1, anchors))
    return [_State(_recanon(t), f, n, a) for t, f, n, a in out]


def _unknown_before(s: str, a: int) -> bool:
    """Does the Thai run ending at a read with unknown characters? A mark slipped off its
    consonant leaves one (สตั, วคั); a word that reads well ("เกียรติ อสม.") keeps its mark
    and its gap, whatever the letters after the gap would gain from them."""
    i = a
    while i > 0 and a - i < WINDOW and s[i - 1] in _THAI_CHARS:
        i -= 1
    return unknown_score(s[i:a])[0] > 0


def _marks_near(s: str, near: list[tuple[int, int]]) -> list[int]:
    """The movable marks of s lying in one of the closed spans `near`, left to right."""
    marks: list[int] = []
    if not near:
        return marks
    for m in _MOVABLE_RE.finditer(s):  # one scan: s is a short window with few marks
        i = m.start()
        for lo, hi in near:
            if lo <= i <= hi:
                marks.append(i)
                break
    return marks


def _recanon(s: str) -> str:
    """_canon of a text derived from a canonical one by joins, tones and moves: it holds no
    PUA glyph and no zero-width character, and seldom a sara am or mark to fix."""
    if _CHAR_HINT.search(s):
        s = _CHAR_RE.sub(_char_replacement, s)
    return unicodedata.normalize("NFC", s)


def _move_left(s: str, i: int, frozen: frozenset[int],
               bare: bool = False) -> tuple[str, int] | None:
    """Move the mark at i onto the consonant before the letter it sits on (same run);
    bare=True: only onto a consonant without marks (a mark slipped off it leaves it bare)."""
    j = i - 1
    while j >= 0 and s[j] in _MARK_CHARS:
        j -= 1
    if j <= 0 or s[j] not in _THAI_CHARS or j in frozen:
        return None
    k = j - 1  # the previous consonant's marks end at k
    while k >= 0 and s[k] in _MARK_CHARS:
        k -= 1
    if k < 0 or s[k] not in _CONS_CHARS:
        return None
    same_kind = _TONE_CHARS if s[i] in _TONE_CHARS else _VOWEL_MARK_CHARS
    if (bare and k + 1 < j) or not same_kind.isdisjoint(s[k + 1:j]):
        return None  # the consonant already has a mark of that kind
    return s[:j] + s[i] + s[j:i] + s[i + 1:], k


def _search(s: str, anchors: tuple[int, ...] = ()) -> str:
    """The best repair of window s: fewest characters outside dictionary words, then the
    likeliest words. s itself unless the best has fewer unknown characters (or as many, in
    far likelier words: damage often reads as rare short words) and no other candidate comes
    close (a near tie is a guess, and a guess is not a repair)."""
    base = _canon(s)
    base_score = unknown_score(base)
    if base_score[0] == 0:
        return base
    seen = {base: base_score}
    frontier = [_State(base, anchors=anchors)]
    for _ in range(MAX_STEPS):
        fresh: dict[str, _State] = {}
        for st in frontier:
            for c in _candidates(st):
                if c.text not in seen and c.text not in fresh:
                    fresh[c.text] = c
        if not fresh:
            break
        for text in fresh:
            seen[text] = unknown_score(text)
        ranked = sorted(fresh, key=seen.__getitem__)
        if seen[ranked[0]][0] == 0:
            break
        frontier = [fresh[t] for t in ranked[:BEAM]]
    return _decide(base, seen)


def _decide(base: str, seen: dict[str, tuple[int, float]]) -> str:
    ranked = sorted(seen, key=seen.__getitem__)
    best, (unknown, cost) = ranked[0], seen[ranked[0]]
    base_unknown, base_cost = seen[base]
    if unknown > base_unknown or (unknown == base_unknown and base_cost - cost < MIN_GAIN):
        return base
    close = [t for t in ranked[1:] if seen[t][0] == unknown and seen[t][1] - cost < NEAR_TIE]
    if close:
        # A near tie is a guess, unless the readings differ only in their gaps (a space
        # between two words costs nothing): then the one that keeps the most of them.
        bare = _GAPS_RE.sub("", best)
        if any(_GAPS_RE.sub("", t) != bare for t in close):
            return base
        kept = sorted((-len(_GAPS_RE.findall(t)), t) for t in [best, *close])
        if len(kept) > 1 and kept[0][0] == kept[1][0]:
            return base
        return kept[0][1]
    return best


def _pass_dictionary(text: str, counts: Counter, anchors: list[int]) -> list[Edit]:
    """The dictionary repairs, segment by segment (a segment is a stretch no window can
    cross), so that each sequential step rebuilds a short string only."""
    edits: list[Edit] = []
    counts["dictionary"] += 0  # the kind keeps its place in the counts
    for s, e in _segments(text):
        seg = text[s:e]
        local_anchors = anchors[bisect_left(anchors, s):bisect_right(anchors, e)]
        if not local_anchors and not _SOFT_SITE_RE.search(seg):
            continue  # no site: nothing to search
        local = Fixer(seg)
        _search_sites(local, [a - s for a in local_anchors])
        counts["dictionary"] += local.counts["dictionary"]
        edits += [(a + s, b + s, r) for a, b, r in local.edits]
    return edits


def _segments(text: str) -> list[tuple[int, int]]:
    """Spans holding sites, cut at characters no window spans (Latin, digits but 1,
    punctuation, blank lines) and at spaces every SEGMENT characters."""
    spans = []
    for m in _SEGMENT_RE.finditer(text):
        s, e = m.span()
        while e - s > SEGMENT:
            cut = text.rfind(" ", s + SEGMENT // 2, s + SEGMENT)
            cut = cut if cut > s else s + SEGMENT
            spans.append((s, cut))
            s = cut
        spans.append((s, e))
    return spans


def _search_sites(fix: "Fixer", anchors: list[int]) -> None:
    """Site by site, left to right: each window is the Thai run on each side of the site in
    the text as repaired so far, so a repair can build on the one before it."""
    cursor = 0
    sites = _Sites(fix.current)
    searched = None  # the last window searched in vain (the text has not changed since)
    while (site := _next_site(sites, cursor, anchors)) is not None:
        a, b = site
        s, e = _run_bound(fix.current, a, -1), _run_bound(fix.current, b, +1)
        if e > b and (nxt := _SOFT_SITE_RE.match(fix.current, e)) and nxt.group() != "1" \
                and _unknown_before(fix.current, e):
            # The run ends in a damaged word at the next site ("ผู ้ฉีดวคั ซนี"): a mark moved
            # back in this window would leave that gap no site any more, so the window spans
            # it (one site more: a wider window would hold more damage than a search can fix).
            e = _run_bound(fix.current, nxt.end(), +1)
        if (s, e) == searched:  # a short run's sites share their window: same search, same end
            cursor = max(b, a + 1)
            continue
        piece = fix.current[s:e]
        near = anchors[bisect_left(anchors, s):bisect_right(anchors, e)]
        fixed = _search(piece, tuple(x - s for x in near))
        shift = len(fixed) - len(piece)
        cursor = max(b + shift, a + 1)  # just past the site (the run after it kept its length)
        if fixed == piece:
            searched = s, e
            continue
        fix.apply([_narrowed(piece, fixed, s, e)], "dictionary")
        # The window's own anchors were searched with it; left where they were, one could
        # point past the shortened text (regression: IndexError on "เพื่ \u200bอ ิ").
        anchors = [x + shift if x >= e else x for x in anchors if not s <= x < e]
        sites.rescan(fix.current, cursor)
        searched = None


def _narrowed(piece: str, fixed: str, s: int, e: int) -> Edit:
    """The edit of piece = text[s:e] into fixed, without the ends they share: a window is
    wide, and an edit as wide would map a name or a value next to the repair onto the whole
    window (evidence and names as written take the original span of what they read)."""
    n = min(len(piece), len(fixed))
    head = 0
    while head < n and piece[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < n - head and piece[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    # A mark is never cut from its consonant: the edit starts and ends between letters.
    while head and (piece[head] if head < len(piece) else "") in _MARK_CHARS:
        head -= 1
    while tail and piece[len(piece) - tail] in _MARK_CHARS:
        tail -= 1
    return s + head, e - tail, fixed[head:len(fixed) - tail]


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
        fix.apply(_pass_dictionary(fix.current, fix.counts, anchors))
    fix.apply(_pass_lost_nikhahit(fix.current, fix.counts))
    kinds = tuple((k, n) for k, n in fix.counts.items() if n)
    return Repairs(edits=tuple(fix.edits), counts=kinds)
