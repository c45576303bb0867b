"""Syllable-spaced lines: a PDF extractor that places glyphs one by one can put a space between
the syllables of every word of a justified line (the gaps it sees between glyph groups):

    ณ ห้อง ประ ชุม ราช พฤกษ์ ชั้น 2 โรง พยา บาล คำ เขื่อน แก้ว

Thai writes a space between phrases, not between words and never inside one, so on such a line
many spaces fall INSIDE words. That is the evidence, read per line: the Thai chunks between
single spaces (a run; two spaces, a tab, a digit or a bracket end it) are joined and segmented
with the dictionary; a space where the segmentation has no word boundary lies inside a word.
A line is syllable-spaced when at least MIN_INSIDE of its spaces and a good share of them
(MIN_SHARE) lie inside words, and its chunks look like syllables (few single letters: letter
spacing and calendar rows of weekday initials are something else; none opening with a mark
or a following vowel: that damage is pass 2's). In a document holding such a line, a shorter
line is syllable-spaced too when at least two of its spaces and most of them (WEAK_SHARE) lie
inside words (`วัน ที่ 30 กัน ยา ยน 2568`). On a syllable-spaced line every space between two
Thai chunks goes (the writer's phrase spaces cannot be told from the extractor's, and Thai reads
well without them), except around ณ, which Thai always writes apart, and before a word opening
a clause (มี, โดย, ซึ่ง, เมื่อ…), where Thai puts a phrase space; spaces next to digits,
Latin text and punctuation stay. Ordinary prose, name lists and single-spaced table rows have
their spaces between words, and stay as they are.

Cheap pre-check: a line is looked at only when it holds four short Thai chunks (a syllable is
short) in a row after a space, separated by single spaces.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .repair_chars import FOLLOW, LEAD, MARK, ZERO_WIDTH
from .textedits import Edit
from .thaidict import reading

MIN_INSIDE = 3  # spaces inside words on a syllable-spaced line
MIN_SHARE = 0.4  # of the line's spaces between Thai chunks
MAX_SINGLES = 0.2  # share of one-letter chunks: more is letter spacing or a calendar row
WEAK_INSIDE, WEAK_SHARE = 2, 0.5  # a line in a document with a syllable-spaced line
# Words Thai writes apart whatever the phrase ("ณ ห้องประชุม").
_STANDING_APART = frozenset({"ณ"})
# Words opening a new clause, which Thai writes after a space ("... โรงพยาบาลบ้านนา มีผู้เข้าร่วม
# 40 คน"; the readers of places and times end a name there): a space before one of them, where
# the reading has a word boundary, may be the writer's and stays.
_CLAUSE_OPENERS = frozenset({"มี", "โดย", "โดยมี", "ซึ่ง", "ซึ่งมี", "เพื่อ", "เพื่อให้", "ระหว่าง",
                             "เมื่อ", "ตั้งแต่"})
_TH = "\u0e01-\u0e4e"  # Thai letters, vowels and marks (no digits)
# Four short chunks in a row after a space (opening with a literal space, which `re` scans for
# fast: a few ms per megabyte). Only a few clean documents in a hundred have one; the others
# are spared the dictionary (whose first use in a process costs a second).
_SHORT_ROW = re.compile(f" [{_TH}]{{1,4}} [{_TH}]{{1,4}} [{_TH}]{{1,4}} [{_TH}]{{1,4}}(?![{_TH}])")
_SPACED_PAIR = re.compile(f"[{_TH}] [{_TH}]")
_RUN = re.compile(f"[{_TH}]+(?: [{_TH}]+)+")
_NOT_A_SYLLABLE = re.compile(f"(?:^| )(?:[{MARK}{FOLLOW}]|[{LEAD}](?: |$))")


def _inside_spaces(run: str) -> tuple[list[int], int]:
    """Offsets (in `run`) of its spaces that fall inside a word of the joined run's reading,
    and the number of its spaces."""
    chunks = run.split(" ")
    cuts = reading("".join(chunks)).cuts
    inside, pos, joined = [], 0, 0
    for chunk in chunks[:-1]:
        pos += len(chunk)
        joined += len(chunk)
        if joined not in cuts:
            inside.append(pos)
        pos += 1
    return inside, len(chunks) - 1


class _Line(NamedTuple):
    runs: list  # re.Match objects of the line's runs
    inside: list[int]  # text offsets of the spaces inside words
    spaces: int  # spaces between Thai chunks
    singles: int  # one-letter chunks
    chunks: int
    syllables: bool  # every chunk can be a syllable (no mark or following vowel opening one)


def _line(text: str, start: int, end: int) -> _Line:
    runs = list(_RUN.finditer(text, start, end))
    inside: list[int] = []
    spaces = singles = chunks = 0
    syllables = True
    for run in runs:
        got, n = _inside_spaces(run.group())
        inside += [run.start() + i for i in got]
        spaces += n
        parts = run.group().split(" ")
        chunks += len(parts)
        singles += sum(1 for p in parts if len(p) == 1)
        if _NOT_A_SYLLABLE.search(run.group()):
            syllables = False
    return _Line(runs, inside, spaces, singles, chunks, syllables)


def _bounds(text: str, a: int, b: int) -> tuple[int, int]:
    end = text.find("\n", b)
    return text.rfind("\n", 0, a) + 1, len(text) if end < 0 else end


def _strong(ln: _Line) -> bool:
    return (len(ln.inside) >= MIN_INSIDE and len(ln.inside) >= MIN_SHARE * ln.spaces
            and ln.singles <= MAX_SINGLES * ln.chunks and ln.syllables)


def _weak(ln: _Line) -> bool:
    return (len(ln.inside) >= WEAK_INSIDE and len(ln.inside) >= WEAK_SHARE * ln.spaces
            and ln.singles <= MAX_SINGLES * ln.chunks and ln.syllables)


def _removals(ln: _Line) -> list[Edit]:
    """The spaces between the Thai chunks of the line's runs, but those beside ณ and those
    before a clause opener."""
    out = []
    for run in ln.runs:
        chunks = run.group().split(" ")
        tokens = reading("".join(chunks)).tokens
        opens = set()  # offsets in the joined run where a clause opener begins
        at, prev = 0, ""
        for tok in tokens:
            if tok in _CLAUSE_OPENERS and prev not in _CLAUSE_OPENERS:  # โดย|มี: one opener
                opens.add(at)
            at, prev = at + len(tok), tok
        pos, joined = run.start(), 0
        for left, right in zip(chunks, chunks[1:]):
            pos += len(left)
            joined += len(left)
            if left not in _STANDING_APART and right not in _STANDING_APART \
                    and joined not in opens:
                out.append((pos, pos + 1, ""))
            pos += 1
    return out


_ZW_RE = re.compile(f"[{ZERO_WIDTH}]+")


def spaced_joins(text: str) -> list[Edit]:
    """Edits removing the spaces between Thai chunks on syllable-spaced lines (module doc).
    Zero-width characters (which normalize removes) are read past: the lines are judged
    without them, and the edits mapped back onto `text`."""
    if not _ZW_RE.search(text):
        return _joins(text)
    pieces = [(m.start(), m.end()) for m in _ZW_RE.finditer(text)]
    view = _ZW_RE.sub("", text)
    edits = _joins(view)
    if not edits:
        return []
    # view offset v lies after the zero-width runs ending at or before text offset v + removed
    starts, shifts, removed = [], [], 0
    for a, b in pieces:
        starts.append(a - removed)  # where the run was, in view offsets
        removed += b - a
        shifts.append(removed)
    out = []
    for s, e, r in edits:  # one space each: after every run starting at or before it
        i = bisect.bisect_right(starts, s) - 1
        shift = shifts[i] if i >= 0 else 0
        out.append((s + shift, e + shift, r))
    return out


def _joins(text: str) -> list[Edit]:
    strong: dict[int, _Line] = {}
    for hit in _SHORT_ROW.finditer(text):
        start, end = _bounds(text, hit.start(), hit.end())
        if start not in strong:
            ln = _line(text, start, end)
            strong[start] = ln if _strong(ln) else None
    strong = {k: v for k, v in strong.items() if v is not None}
    if not strong:
        return []
    edits: list[Edit] = []
    done = -1
    for hit in _SPACED_PAIR.finditer(text):
        if hit.start() < done:
            continue
        start, end = _bounds(text, hit.start(), hit.end())
        done = end
        ln = strong.get(start) or _line(text, start, end)
        if start in strong or _weak(ln):
            edits += _removals(ln)
    return edits
