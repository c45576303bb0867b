"""Stage 2: normalize text for matching, keeping an offset map back to the original input.

Normalization: NFC; nikhahit + sara aa -> sara am; zero-width characters removed; CRLF -> LF;
unusual spaces -> ' '; Thai digits -> Arabic digits; markup read (markup.py: HTML references
and tags, Markdown emphasis decoded; e-mail quote markers and Word margin notes blanked); damaged
Thai repaired (repair.py: its edits replace any other edit they overlap). Only the length-changing edits are
recorded (as sorted spans); everything between two edits maps by a constant shift, so the
map costs memory in proportion to the number of edits, not to the length of the text.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

import regex

from .markup import blank_margin_notes, blank_quote_markers, emphasis_edits, html_edits
from .repair import repair

# 1:1 replacements (no offset bookkeeping needed).
_THAI_DIGITS = {ord("๐") + i: ord("0") + i for i in range(10)}
_SPACES = {cp: ord(" ") for cp in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
_SPACES.update({ord("\t"): ord("\t"), ord("\u000b"): ord(" "), ord("\u000c"): ord(" ")})
_DASHES = {cp: ord("-") for cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63, 0xFF0D)}
_TRANSLATE = {**_THAI_DIGITS, **_SPACES, **_DASHES}
# The characters the table changes: str.translate with a dict costs a lookup per character,
# so only the few characters present (found by normalize's one scan) are replaced.
_TRANSLATED = {chr(k): chr(v) for k, v in _TRANSLATE.items() if k != v}
_TRANSLATED_RE = re.compile("[" + "".join(map(re.escape, _TRANSLATED)) + "]")

# Length-changing edits: (pattern, replacement). Order matters: one pass over an alternation.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_EDIT_RE = regex.compile(
    r"(?P<am>\u0e4d\s?\u0e32)"  # nikhahit (+ stray space) + sara aa -> sara am
    r"|(?P<zw>[" + _ZERO_WIDTH + r"]+)"
    r"|(?P<crlf>\r\n?)"
)
_EDIT_REPLACEMENT = {"am": "\u0e33", "zw": "", "crlf": "\n"}
# Every edit starts with one of these: a stdlib class scan proves most texts need none.
_EDIT_START = "\u0e4d\r" + _ZERO_WIDTH
_EDIT_START_RE = re.compile("[" + _EDIT_START + "]")
# Every character that some step acts on and ordinary text lacks: the edits' first characters,
# the private-use glyphs that repair maps, the 1:1 replacements. One scan finds those present,
# and each step that can have nothing to do skips its own scan.
_PUA = frozenset(map(chr, range(0xF700, 0xF720)))
# What `NormText.written` keeps as written: the 1:1 translations and the dot leaders blanked.
_KEEP_WRITTEN = frozenset(_TRANSLATED) | {".", "\u2026"}
_RARE_RE = re.compile("[" + _EDIT_START + "\uf700-\uf71f"
                      + "".join(map(re.escape, _TRANSLATED)) + "]")


@dataclass(frozen=True)
class NormText:
    """Normalized text plus the map from its offsets to offsets in `original`.

    `edits` holds (norm_start, norm_end, orig_start, orig_end) for every span where the
    normalized text differs in length from the original; outside them offsets shift by a
    constant.
    """

    original: str
    text: str
    edits: tuple[tuple[int, int, int, int], ...] = ()
    repairs: tuple[tuple[str, int], ...] = ()  # (kind, count) of Thai damage repaired
    decoded: int = 0  # markup edits (HTML references and tags, Markdown emphasis): markup.py

    def _locate(self, pos: int, is_end: bool) -> int:
        if not self.edits:
            return pos
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        ns, ne, os_, oe = self.edits[i]
        if pos >= ne:  # past this edit: constant shift
            return oe + (pos - ne)
        if pos == ns:
            return os_
        # Inside an edit: widen to the whole original span so evidence never cuts a character.
        return oe if is_end else os_

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` to the half-open span of `original` it came from."""
        o_start = self._locate(start, is_end=False)
        o_end = self._locate(end, is_end=True) if end > start else o_start
        return o_start, max(o_start, o_end)

    def original_span(self, start: int, end: int) -> tuple[str, int, int]:
        s, e = self.to_original(start, end)
        return self.original[s:e], s, e

    def written(self, start: int, end: int) -> str:
        """The span [start, end) of `text` as written in the original, but with its damaged Thai
        repaired: a value for people to read (a title, a venue, an objective). Thai digits,
        dashes, unusual spaces and dot leaders stay as written; repairs (sara am, marks in
        order, dictionary fixes, PDF glyphs) and removed zero-width characters are taken from
        the normalized text; so is decoded markup (`&quot;` reads `"`, a tag nothing). Without
        repairs or markup this is the original span itself."""
        o_start, o_end = self.to_original(start, end)
        if not self.repairs and not self.decoded:
            return self.original[o_start:o_end]
        out: list[str] = []
        pos = start
        for ns, ne, os_, oe in self.edits[max(0, bisect.bisect_right(self._starts, start) - 1):]:
            if ns >= end:
                break
            if ne <= start:
                continue
            out.append(self._as_written(pos, ns))
            out.append(self.text[max(ns, start):min(ne, end)])  # a length-changing edit
            pos = min(ne, end)
        if pos < end:
            out.append(self._as_written(pos, end))
        return "".join(out)

    def _as_written(self, start: int, end: int) -> str:
        """A stretch of `text` with no length-changing edit: the original's characters where
        normalization only translated them (digits, spaces, dashes, dot leaders), the
        normalized ones where a repair changed them (marks put in order, glyphs mapped)."""
        norm = self.text[start:end]
        o = self._locate(start, False)
        orig = self.original[o:o + len(norm)]
        if norm == orig:
            return norm
        return "".join(a if a == b or a in _KEEP_WRITTEN else b for a, b in zip(orig, norm))

    def __post_init__(self) -> None:
        # Cached bisect keys; the dataclass stays frozen for its users.
        object.__setattr__(self, "_starts", [e[0] for e in self.edits])


def _nfc_edits(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """NFC, returned as edits (orig_start, orig_end, replacement) over combining sequences."""
    if unicodedata.is_normalized("NFC", text):
        return text, []
    edits: list[tuple[int, int, str]] = []
    # A combining sequence: one starter followed by marks. NFC only recombines within one.
    for m in regex.finditer(r"\P{M}\p{M}+|\p{M}+", text):
        seg = m.group()
        nfc = unicodedata.normalize("NFC", seg)
        if nfc != seg:
            edits.append((m.start(), m.end(), nfc))
    return text, edits


def normalize(original: str) -> NormText:
    """Normalize `original` and build the offset map."""
    _, nfc_edits = _nfc_edits(original)
    raw_edits: list[tuple[int, int, str]] = list(nfc_edits)
    rare = set(_RARE_RE.findall(original))
    first = _EDIT_START_RE.search(original) if not rare.isdisjoint(_EDIT_START) else None
    if first:
        for m in _EDIT_RE.finditer(original, first.start()):
            raw_edits.append((m.start(), m.end(), _EDIT_REPLACEMENT[m.lastgroup]))
    markup = html_edits(original, _TRANSLATE, _ZERO_WIDTH) + emphasis_edits(original)
    raw_edits += markup
    fixes = repair(original, glyphs=not rare.isdisjoint(_PUA),
                   zero_width=not rare.isdisjoint(_ZERO_WIDTH))
    if fixes.edits:  # a repair's replacement is already normalized: it wins over overlaps
        raw_edits = _outside(raw_edits, fixes.edits) + list(fixes.edits)
    raw_edits.sort()
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    pos = 0  # position in original
    npos = 0  # position in normalized
    for o_start, o_end, repl in raw_edits:
        if o_start < pos:  # overlapping edits (an NFC segment holding sara am): keep the first
            continue
        pieces.append(original[pos:o_start])
        npos += o_start - pos
        pieces.append(repl)
        if len(repl) != o_end - o_start or repl != original[o_start:o_end]:
            edits.append((npos, npos + len(repl), o_start, o_end))
        npos += len(repl)
        pos = o_end
    pieces.append(original[pos:])
    text = "".join(pieces)
    present = rare.intersection(_TRANSLATED)  # no step but NFC brings one in
    if present and nfc_edits:  # NFC maps U+2000/U+2001 (before a mark) to U+2002/U+2003
        present = set(_TRANSLATED_RE.findall(text))
    for ch in present:
        text = text.replace(ch, _TRANSLATED[ch])  # one C pass per character present
    text = blank_margin_notes(blank_quote_markers(_blank_leaders(text)))
    # Only length-changing edits need the map; equal-length ones shift nothing.
    kept = tuple(e for e in edits if (e[1] - e[0]) != (e[3] - e[2]))
    return NormText(original=original, text=text, edits=kept, repairs=fixes.counts,
                    decoded=len(markup))


# Dot leaders of a form's blanks ("..๒๑.. คน", "จังหวัด ..นครราชสีมา..", "ลงชื่อ ........") and
# ellipses: read as spaces of the same length (no offset bookkeeping), so that what was filled
# in stands between spaces as ordinary text does. A single dot (decimals, ม.ค.) stays. Each dot
# next to another dot is one match: a constant replacement, no Python call per leader.
_LEADERS_RE = re.compile("\\.(?=\\.)|(?<=\\.)\\.|\u2026")
# The same as two C passes: runs of dots (a scan for a literal, faster than _LEADERS_RE's
# scan for its first characters), then the ellipses. Tests check both give the same text.
_DOT_RUN_RE = re.compile(r"\.\.+")


def _spaces(m: re.Match) -> str:
    return " " * (m.end() - m.start())


def _blank_leaders(text: str) -> str:
    """`_LEADERS_RE.sub(" ", text)`, in C passes that most texts skip."""
    if ".." in text:
        text = _DOT_RUN_RE.sub(_spaces, text)
    return text.replace("\u2026", " ") if "\u2026" in text else text


def _outside(edits: list[tuple[int, int, str]],
             spans: tuple[tuple[int, int, str], ...]) -> list[tuple[int, int, str]]:
    """The edits that overlap none of the (sorted, disjoint) spans."""
    starts = [s for s, _, _ in spans]
    out = []
    for e in edits:
        i = bisect.bisect_left(starts, e[1]) - 1  # the last span starting before e ends
        if i >= 0 and spans[i][1] > e[0]:
            continue
        out.append(e)
    return out
