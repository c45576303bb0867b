"""Pass 3 of the text repairs (repair.py): where the text shows damage, a dictionary search
around the soft sites (spaces and line breaks next to marks) and the removed gaps joins pieces,
puts back a lost tone mark and moves marks back to their consonant.

Line breaks. Lines are what sections, tables and titles read, and the dictionary cannot tell
a word cut by a break from a short line followed by another: a list label or a cell at a line's
end ("ภาคผนวก ก" / "รายชื่อ...", a name / "อสม.") reads as an unknown piece that the next
line's first word would absorb. So a line break is joined only where a wrap can have cut a word:
after a FULL line (at least FULL_LINE of the text's prose width, the length most of its lines
reach) and before a line that is not indented (an indented line is a new item). Any other
break is never removed, and never moved (a mark moves only between two letters of one run);
marks near it may still move. A proportional-font PDF wraps its prose lines at varying widths,
mid-word ("...ในโร" / "งเรียน"): those breaks, after full lines, are the ones joined.
(Pass 2's breaks before a mark or after a leading vowel, and pass 1's hard wraps, are provably
inside a word.) A zero-width character is no gap: a window's runs go over it ("บา\u200bท")."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import NamedTuple

from .repair_chars import (
    BEAM, MAX_MOVES, MAX_STEPS, MIN_GAIN, MOVE_REACH, NEAR_TIE, SEGMENT, WINDOW, ZERO_WIDTH,
    _CONS_CHARS, _MARK_CHARS, _MOVABLE_RE, _SEGMENT_RE, _SOFT_SITE_RE, _THAI_CHARS, _TONE_CHARS,
    _VOWEL_MARK_CHARS, _canon, _recanon, _run_bound,
)
from .textedits import Edit, Fixer
from .thaidict import unknown_score

_GAPS_RE = re.compile(r"[ \t\n]+")
_BREAK_RE = re.compile("\n")
FULL_LINE = 0.8  # share of the prose width that makes a line full (a wrap may cut its last word)
PROSE_RANK = 0.9  # the prose width: the length this share of the non-blank lines reach at most
_UNCOUNTED = dict.fromkeys(map(ord, "\r" + ZERO_WIDTH))  # not characters of a line's width
# After a break: the next line is indented (a tab, or two spaces; one stray space is damage
# as often as layout: "จังหวัดศรี" / " สะเกษ").
_INDENT = re.compile(f"[ {ZERO_WIDTH}]*(?:\t| [{ZERO_WIDTH}]* )")


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


def _candidates(st: _State, join_breaks: bool = True) -> list[_State]:
    """States one edit away: a gap joined or filled with a lost tone, or a mark near a site
    moved left onto the consonant before its own. join_breaks=False: a gap holding a line
    break stays (module doc)."""
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
        if not join_breaks and "\n" in site:
            continue  # the break stays: marks near it may still move
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


def _search(s: str, anchors: tuple[int, ...] = (), join_breaks: bool = True) -> str:
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
            for c in _candidates(st, join_breaks):
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


def _pass_dictionary(text: str, counts: Counter, anchors: list[int],
                     width: int = 0) -> list[Edit]:
    """The dictionary repairs, segment by segment (a segment is a stretch no window can
    cross), so that each sequential step rebuilds a short string only. width: the prose width
    of the text as read (prose_width); 0 lets every line break be joined."""
    edits: list[Edit] = []
    counts["dictionary"] += 0  # the kind keeps its place in the counts
    lines = _Lines(text, width)
    for s, e in _segments(text):
        seg = text[s:e]
        local_anchors = anchors[bisect_left(anchors, s):bisect_right(anchors, e)]
        if not local_anchors and not _SOFT_SITE_RE.search(seg):
            continue  # no site: nothing to search
        local = Fixer(seg)
        _search_sites(local, [a - s for a in local_anchors], lines, s)
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


def prose_width(text: str) -> int:
    """The prose width of a text as read (module doc): the lines as the PDF or the writer made
    them, before any repair joins two."""
    lengths = sorted(len(line.translate(_UNCOUNTED)) for line in text.split("\n") if line.strip())
    return lengths[int(PROSE_RANK * (len(lengths) - 1))] if lengths else 0


class _Lines:
    """The length of a segment's line as far as a break: the segment's own text as repaired
    so far, and before the segment the pass's text (a segment starts where its line does, or
    after a character no repair touches); and the prose width of the text as read."""

    def __init__(self, text: str, width: int) -> None:
        self.text = text
        self.width = width

    def joinable(self, current: str, offset: int, brk: int) -> bool:
        """May the break at brk (current[brk] == "\n"; current is the segment starting at
        offset in the text) be joined? Only after a full line and before an unindented one."""
        if _INDENT.match(current, brk + 1):
            return False
        start = current.rfind("\n", 0, brk) + 1
        line = current[start:brk]
        if not start:
            line = self.text[self.text.rfind("\n", 0, offset) + 1:offset] + line
        return len(line.translate(_UNCOUNTED)) >= FULL_LINE * self.width


def _search_sites(fix: "Fixer", anchors: list[int], lines: _Lines | None = None,
                  offset: int = 0) -> None:
    """Site by site, left to right: each window is the Thai run on each side of the site in
    the text as repaired so far, so a repair can build on the one before it. A line break
    that may not be joined (_Lines.joinable) stays a site, for the marks near it only."""
    def kept(a: int, b: int) -> bool:  # does current[a:b] hold a break that stays?
        brk = fix.current.find("\n", a, b)
        return brk >= 0 and lines is not None and not lines.joinable(fix.current, offset, brk)

    cursor = 0
    sites = _Sites(fix.current)
    searched = None  # the last window searched in vain (the text has not changed since)
    while (site := _next_site(sites, cursor, anchors)) is not None:
        a, b = site
        s, e = _run_bound(fix.current, a, -1, zw=True), _run_bound(fix.current, b, +1, zw=True)
        if e > b and (nxt := _SOFT_SITE_RE.match(fix.current, e)) and nxt.group() != "1" \
                and _unknown_before(fix.current, e):
            # The run ends in a damaged word at the next site ("ผู ้ฉีดวคั ซนี"): a mark moved
            # back in this window would leave that gap no site any more, so the window spans
            # it (one site more: a wider window would hold more damage than a search can fix).
            e = _run_bound(fix.current, nxt.end(), +1, zw=True)
        if (s, e) == searched:  # a short run's sites share their window: same search, same end
            cursor = max(b, a + 1)
            continue
        piece = fix.current[s:e]
        near = anchors[bisect_left(anchors, s):bisect_right(anchors, e)]
        # (a break in the window otherwise, before a mark, is never joined: it stays a line)
        join_breaks = "\n" not in piece or all(
            not kept(s + m.start(), s + m.end()) for m in _BREAK_RE.finditer(piece))
        fixed = _search(piece, tuple(x - s for x in near), join_breaks)
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
