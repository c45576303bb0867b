"""Repair Thai text damaged on its way out of a PDF, a scan or an old converter.

Every repair is an edit `(orig_start, orig_end, replacement)` on the text AS READ, so that
normalize.py can fold it into its offset map and evidence still points into the input.
Repairs run in passes; each pass sees the previous pass's output and `_compose` maps its
edits back onto the original.

1. Private Use Area glyphs (U+F700-U+F71F: the shifted marks of Thai fonts) -> standard
   characters; sara am written as nikhahit + sara aa (or doubled: ำา); tone mark typed or
   extracted before its vowel. Always safe: these sequences are never correct Thai.
2. A space or line break in front of a mark or a following vowel, or after a leading vowel,
   is removed: no Thai word starts with a mark or ends with เ แ โ ใ ไ.
3. Only where the text shows damage (pass 1-2 repairs, see `_damaged`): around spaces and
   line breaks next to marks, a small search joins pieces, puts back a lost tone mark and
   moves marks back to their consonant - applied only when the result segments into
   dictionary words with fewer unknown characters, and the best result is unique.
4. Lost nikhahit ("ดาเนิน" -> "ดำเนิน"): a word that is not in the dictionary is repaired
   when its sara-am form is, and both forms fall on word boundaries of their segmentation.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from .thaidict import damaged_am_forms, segment, unknown_score

Edit = tuple[int, int, str]

# The standard meaning of the PUA glyphs in Thai fonts (glyph names in the TLWG fonts:
# uni0E10.descless, uni0E34.left, uni0E48.low_left, ...).
PUA_MAP = {
    0xF700: "\u0e10", 0xF701: "\u0e34", 0xF702: "\u0e35", 0xF703: "\u0e36", 0xF704: "\u0e37",
    0xF705: "\u0e48", 0xF706: "\u0e49", 0xF707: "\u0e4a", 0xF708: "\u0e4b", 0xF709: "\u0e4c",
    0xF70A: "\u0e48", 0xF70B: "\u0e49", 0xF70C: "\u0e4a", 0xF70D: "\u0e4b", 0xF70E: "\u0e4c",
    0xF70F: "\u0e0d", 0xF710: "\u0e31", 0xF711: "\u0e4d", 0xF712: "\u0e47", 0xF713: "\u0e48",
    0xF714: "\u0e49", 0xF715: "\u0e4a", 0xF716: "\u0e4b", 0xF717: "\u0e4c", 0xF718: "\u0e38",
    0xF719: "\u0e39", 0xF71A: "\u0e3a", 0xF71B: "\u0e0e", 0xF71C: "\u0e0f", 0xF71D: "\u0e2c",
    0xF71E: "\u0e4d", 0xF71F: "\u0e47",
}

CONS = "\u0e01-\u0e2e"
LEAD = "\u0e40-\u0e44"  # เ แ โ ใ ไ: written before their consonant
FOLLOW = "\u0e30\u0e32\u0e33\u0e45"  # ะ า ำ ๅ: never start a word
TONE = "\u0e48-\u0e4b"
UPPER = "\u0e31\u0e34-\u0e37\u0e47"  # vowels and marks above the consonant
LOWER = "\u0e38-\u0e3a"
MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
THAI_WORD = "\u0e01-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"  # letters, vowels, marks (no digits, ๆ, ฯ)
_ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_GAP = r"(?:[ \t]{1,3}|[ \t]*\r?\n[ \t]*)"  # a space, or one line break

# Pass 1: character-level damage.
_PUA_RE = regex.compile("[\uf700-\uf71f]")
_CHAR_RE = regex.compile(
    rf"(?P<am>\u0e4d(?P<t1>[{TONE}]?)\s?\u0e32)"  # nikhahit (+tone) + sara aa -> sara am
    rf"|(?P<am2>\u0e33(?P<t2>[{TONE}]?)\u0e32)"  # sara am followed by a stray sara aa
    rf"|(?P<order>(?P<tone>[{TONE}\u0e4c])(?P<vowel>[{UPPER}{LOWER}]))"  # tone before vowel
)
# Pass 2: gaps that cannot lie between two words.
_HARD_GAP_RE = regex.compile(
    rf"(?<=[{THAI_WORD}]){_GAP}(?=[{MARK}{FOLLOW}])|(?<=[{LEAD}]){_GAP}(?=[{CONS}])")
# Pass 3: gaps that may lie inside a word (after a mark, or a line break), and the digit 1
# that some fonts' broken maps give for mai ek ("ที1" = "ที่").
_SOFT_SITE_RE = regex.compile(
    rf"(?<=[{MARK}]){_GAP}(?=[{CONS}{LEAD}])"
    rf"|(?<=[{THAI_WORD}])[ \t]*\r?\n[ \t]*(?=[{CONS}{LEAD}])"
    rf"|(?<=[{CONS}{UPPER}])1(?=[{CONS}{LEAD}]|[ \t\n]|$)")
_RUN_RE = regex.compile(rf"[{THAI_WORD}]+")
_THAI_RE = regex.compile("[\u0e01-\u0e4e\uf700-\uf71f]")

WINDOW = 24  # characters of context on each side of a site for the dictionary search
MAX_SITES = 4  # sites searched together in one window
MAX_STEPS = 3  # edits combined in one window


@dataclass(frozen=True)
class Repairs:
    """Edits on the original text (sorted, disjoint) and how many repairs of each kind."""

    edits: tuple[Edit, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)

    def describe(self) -> str:
        return ", ".join(f"{kind} {n}" for kind, n in self.counts)


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for s, e, r in edits:
        out += [text[pos:s], r]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _compose(t0: str, ea: list[Edit], t1: str, eb: list[Edit]) -> list[Edit]:
    """Edits on t0 equivalent to applying `ea` to t0 (giving t1) and then `eb` to t1."""
    if not eb:
        return ea
    items: list[tuple[int, int, int, object]] = []  # (t1 start, t1 end, kind, payload)
    shift = 0
    for s, e, r in ea:
        items.append((s + shift, s + shift + len(r), 0, (s, e)))
        shift += len(r) - (e - s)
    items += [(s, e, 1, r) for s, e, r in eb]
    items.sort(key=lambda x: (x[0], x[1], x[2]))
    out: list[Edit] = []
    shift_before = 0
    i = 0
    while i < len(items):
        start, end = items[i][0], items[i][1]
        group = [items[i]]
        i += 1
        while i < len(items) and items[i][0] <= end:  # overlapping or touching: one edit
            end = max(end, items[i][1])
            group.append(items[i])
            i += 1
        delta = sum(len(t1[g[0]:g[1]]) - (g[3][1] - g[3][0]) for g in group if g[2] == 0)
        o_start, o_end = start - shift_before, end - shift_before - delta
        local = [(g[0] - start, g[1] - start, g[3]) for g in group if g[2] == 1]
        out.append((o_start, o_end, apply_edits(t1[start:end], local)))
        shift_before += delta
    return [e for e in out if t0[e[0]:e[1]] != e[2]]


def _canon(s: str) -> str:
    """The clean form of a short piece: PUA mapped, sara am joined, marks ordered, NFC."""
    s = regex.sub(f"[{_ZW}]", "", s.translate(PUA_MAP))
    s = _CHAR_RE.sub(_char_replacement, s)
    return unicodedata.normalize("NFC", s)


def _char_replacement(m: regex.Match) -> str:
    if m.lastgroup == "order" or m.group("order"):
        return m.group("vowel") + m.group("tone")
    tone = m.group("t1") or m.group("t2") or ""
    return tone + "\u0e33"


def _pass_chars(text: str, counts: Counter) -> list[Edit]:
    edits = [(m.start(), m.end(), PUA_MAP[ord(m.group())]) for m in _PUA_RE.finditer(text)]
    counts["private-use glyphs"] += len(edits)
    return edits


def _pass_marks(text: str, counts: Counter) -> list[Edit]:
    edits = []
    for m in _CHAR_RE.finditer(text):
        edits.append((m.start(), m.end(), _char_replacement(m)))
        counts["mark order" if m.group("order") else "sara am"] += 1
    return edits


def _pass_hard_gaps(text: str, counts: Counter) -> list[Edit]:
    edits = [(m.start(), m.end(), "") for m in _HARD_GAP_RE.finditer(text)]
    counts["spaces inside words"] += len(edits)
    return edits


def _damaged(text: str, counts: Counter) -> bool:
    """Does the text show damage? Dictionary repairs run only then (and cost only then)."""
    signs = sum(counts.values())
    return signs > 0 and signs >= 1 + len(text) // 2000


# ---- pass 3: dictionary search around soft sites -------------------------------------------

def _windows(text: str) -> list[tuple[int, int]]:
    """Spans of text around soft sites, merged when they overlap, cut at non-Thai text."""
    spans: list[list[int]] = []
    for m in _SOFT_SITE_RE.finditer(text):
        left = _run_bound(text, m.start(), -1)
        right = _run_bound(text, m.end(), +1)
        if spans and left <= spans[-1][1] and spans[-1][2] < MAX_SITES:
            spans[-1][1] = max(spans[-1][1], right)
            spans[-1][2] += 1
        else:
            spans.append([left, right, 1])
    return [(s, e) for s, e, _ in spans]


def _run_bound(text: str, pos: int, step: int) -> int:
    """Walk from pos over Thai letters (at most WINDOW of them) to the end of the run."""
    n = 0
    if step < 0:
        while pos > 0 and n < WINDOW and regex.match(f"[{THAI_WORD}]", text[pos - 1]):
            pos -= 1
            n += 1
    else:
        while pos < len(text) and n < WINDOW and regex.match(f"[{THAI_WORD}]", text[pos]):
            pos += 1
            n += 1
    return pos


def _candidates(s: str) -> set[str]:
    """Strings one edit away: a gap joined or filled with a lost tone, a mark moved left."""
    out = set()
    for m in _SOFT_SITE_RE.finditer(s):
        a, b = m.start(), m.end()
        if m.group() == "1":
            out.add(s[:a] + "\u0e48" + s[b:])
            continue
        out.add(s[:a] + s[b:])
        if m.group() == " " and regex.match(f"[{UPPER}{LOWER}]", s[a - 1]):
            out.update(s[:a] + tone + s[b:] for tone in ("\u0e48", "\u0e49"))
    for m in regex.finditer(f"[{TONE}{UPPER}\u0e4c]", s):
        moved = _move_left(s, m.start())
        if moved:
            out.add(moved)
    return {_canon(c) for c in out}


def _move_left(s: str, i: int) -> str | None:
    """Move the mark at i onto the consonant before its own consonant (same run)."""
    j = i - 1
    while j >= 0 and regex.match(f"[{MARK}]", s[j]):
        j -= 1
    if j <= 0 or not regex.match(f"[{CONS}]", s[j]):
        return None
    k = j - 1  # the previous consonant's marks end at k
    while k >= 0 and regex.match(f"[{MARK}]", s[k]):
        k -= 1
    if k < 0 or not regex.match(f"[{CONS}]", s[k]):
        return None
    marks = s[k + 1:j]
    mark = s[i]
    same_kind = f"[{TONE}\u0e4c]" if regex.match(f"[{TONE}\u0e4c]", mark) else f"[{UPPER}{LOWER}]"
    if regex.search(same_kind, marks):
        return None  # the consonant already has a mark of that kind
    return s[:j] + mark + s[j:i] + s[i + 1:]


def _search(s: str) -> str:
    """Best repair of window s, or s itself when nothing is clearly better."""
    base = _canon(s)
    base_score = unknown_score(base)
    if base_score[0] == 0:
        return base
    frontier = {base: base_score}
    best, best_score, tied = base, base_score, False
    for _ in range(MAX_STEPS):
        nxt: dict[str, tuple[int, int]] = {}
        for cand in frontier:
            for c in _candidates(cand):
                if c not in nxt and c not in frontier:
                    nxt[c] = unknown_score(c)
        if not nxt:
            break
        ranked = sorted(nxt.items(), key=lambda kv: kv[1])
        top = ranked[0][1]
        if top < best_score:
            best, best_score = ranked[0][0], top
            tied = len(ranked) > 1 and ranked[1][1] == top
        if best_score[0] == 0:
            break
        frontier = dict(ranked[:6])
    if tied or best_score[0] >= base_score[0]:
        return base
    return best


def _pass_dictionary(text: str, counts: Counter) -> list[Edit]:
    edits: list[Edit] = []
    for s, e in _windows(text):
        piece = text[s:e]
        fixed = _search(piece)
        if fixed != piece:
            edits.append((s, e, fixed))
    counts["dictionary"] += len(edits)
    return edits


# ---- pass 4: lost nikhahit ------------------------------------------------------------------

def _pass_lost_nikhahit(text: str, counts: Counter) -> list[Edit]:
    forms, pattern = damaged_am_forms()
    edits: list[Edit] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if _aligned(text, s, e, forms[m.group()]):
            edits.append((s, e, forms[m.group()]))
    counts["lost nikhahit"] += len(edits)
    return edits


def _aligned(text: str, s: int, e: int, repaired: str) -> bool:
    """Both the damaged and the repaired span fall on word boundaries of their segmentation
    (so "ชาวนามา" - ชาวนา|มา - is never read as a damaged "นำมา")."""
    left = _run_bound(text, s, -1)
    right = _run_bound(text, e, +1)
    before = text[left:s]
    after = text[e:right]
    damaged_cuts = _cuts(before + text[s:e] + after)
    fixed_cuts = _cuts(before + repaired + after)
    return ({len(before), len(before) + e - s} <= damaged_cuts
            and {len(before), len(before) + len(repaired)} <= fixed_cuts)


@lru_cache(maxsize=4096)
def _cuts(s: str) -> frozenset[int]:
    cuts, pos = {0}, 0
    for tok in segment(s):
        pos += len(tok)
        cuts.add(pos)
    return frozenset(cuts)


PASSES = (_pass_chars, _pass_marks, _pass_hard_gaps, _pass_dictionary, _pass_lost_nikhahit)


def repair(text: str) -> Repairs:
    """The repairs for `text` as read; empty when the text holds no Thai."""
    if not _THAI_RE.search(text):
        return Repairs()
    counts: Counter = Counter()
    edits: list[Edit] = []
    current = text
    for pass_ in PASSES:
        if pass_ is _pass_dictionary and not _damaged(text, counts):
            continue
        step = pass_(current, counts)
        if step:
            nxt = apply_edits(current, step)
            edits = _compose(text, edits, current, step)
            current = nxt
    kinds = tuple((k, n) for k, n in counts.items() if n)
    return Repairs(edits=tuple(edits), counts=kinds)
