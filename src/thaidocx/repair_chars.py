"""The Thai character classes, tables and scan patterns of the text repairs (repair.py), and the
canonical form of a short piece (PUA mapped, sara am joined, marks ordered, NFC)."""
from __future__ import annotations

import re
import unicodedata

import regex


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
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZW_RE = regex.compile(f"[{ZERO_WIDTH}]")
_PUA_OR_ZW = re.compile(f"[\uf700-\uf71f{ZERO_WIDTH}]")
# A space or one line break (zero-width characters around them count as part of the gap).
_GAP = rf"(?:[{ZERO_WIDTH}]*[ \t][ \t{ZERO_WIDTH}]{{0,3}}|[ \t{ZERO_WIDTH}]*\r?\n[ \t{ZERO_WIDTH}]*)"
_GAP_END = f" \t\n{ZERO_WIDTH}"  # a _GAP ends with one of these, and starts with one of them or \r

# Pass 1: character-level damage.
_PUA_RE = regex.compile("[\uf700-\uf71f]")
_PUA_HINT = re.compile(_PUA_RE.pattern)  # a stdlib scan of one range is faster
_CHAR_RE = regex.compile(
    rf"(?P<am>\u0e4d(?P<t1>[{TONE}]?)\s?\u0e32)"  # nikhahit (+tone) + sara aa -> sara am
    rf"|(?P<am2>\u0e33(?P<t2>[{TONE}]?)\u0e32)"  # sara am followed by a stray sara aa
    rf"|(?P<am3>\u0e32\u0e4d)"  # sara aa + nikhahit: sara am typed in reverse order
    rf"|(?P<order>(?P<tone>[{TONE}\u0e4c])(?P<vowel>[{UPPER}{LOWER}]))"  # tone before vowel
)
# Pass 2: gaps that cannot lie between two words. The gap and site patterns are compiled
# with stdlib `re` (explicit classes and one-character lookbehinds: it reads them as `regex`
# does), behind a lookahead for the characters every match starts with, which `re` scans for
# in a tight loop: about twice as fast as `regex` on a long text.
_HARD_GAP = (rf"(?<=[{THAI_WORD}]){_GAP}(?=[{MARK}{FOLLOW}])"
             rf"|(?<=[{LEAD}]){_GAP}(?=[{CONS}])")
_HARD_GAP_RE = re.compile(rf"(?=[\r{_GAP_END}])(?:{_HARD_GAP})")
# Pass 3: gaps that may lie inside a word (after a mark, or a line break), and the digit 1
# that some fonts' broken maps give for mai ek ("ที1" = "ที่").
_SOFT_SITE_RE = re.compile(
    rf"(?=[\r1{_GAP_END}])(?:"
    + _HARD_GAP + "|"  # gaps that a repair has just brought next to a mark
    rf"(?<=[{MARK}]){_GAP}(?=[{CONS}{LEAD}])"
    rf"|(?<=[{THAI_WORD}])[ \t{ZERO_WIDTH}]*\r?\n[ \t{ZERO_WIDTH}]*(?=[{CONS}{LEAD}])"
    rf"|(?<=[{CONS}{UPPER}])1(?=[{CONS}{LEAD}]|[ \t\n]|$))")
_THAI_RE = regex.compile("[\u0e01-\u0e4e\uf700-\uf71f]")
# Cheap necessary conditions (stdlib patterns opening with a literal or one character class,
# which `re` scans for in a tight loop): a text with no hit holds no match of the pattern named.
_AM_HINT = re.compile(f"\u0e33[{TONE}]?\u0e32")  # _CHAR_RE's sara am + sara aa
_ORDER_HINT = re.compile(f"[{TONE}\u0e4c][{UPPER}{LOWER}]")  # _CHAR_RE's tone before a vowel
_CHAR_HINT = re.compile(f"\u0e4d|{_AM_HINT.pattern}|{_ORDER_HINT.pattern}")  # one call, short texts
_HARD_GAP_HINT = re.compile(  # _HARD_GAP_RE: a gap before a mark, or after a leading vowel
    f"[\r{_GAP_END}](?:[{MARK}{FOLLOW}]|(?<=[{LEAD}][\r{_GAP_END}]))")
# The same conditions split by their first character: `re` finds a literal several times
# faster than a class member. A text without zero-width characters needs only the first four.
_ORDER_HINTS = tuple(re.compile(f"{t}[{UPPER}{LOWER}]") for t in "\u0e48\u0e49\u0e4a\u0e4b\u0e4c")
_HARD_GAP_HINTS = tuple(re.compile(f"{c}(?:[{MARK}{FOLLOW}]|(?<=[{LEAD}]{c}))")
                        for c in ("\\r", " ", "\\t", "\\n", *ZERO_WIDTH))


def _chars(cls: str) -> frozenset[str]:
    """A character class as a set (every member lies in the Thai block), for loops."""
    pattern = re.compile(f"[{cls}]")
    return frozenset(chr(c) for c in range(0x0E00, 0x0E80) if pattern.match(chr(c)))


_THAI_CHARS = _chars(THAI_WORD)
_MARK_CHARS = _chars(MARK)
_CONS_CHARS = _chars(CONS)
_TONE_CHARS = _chars(f"{TONE}\u0e4c")
_VOWEL_MARK_CHARS = _chars(f"{UPPER}{LOWER}")
_MOVABLE_RE = re.compile(f"[{TONE}{UPPER}\u0e4c]")  # used with pos and endpos: no lookaround
_SEGMENT_RE = re.compile(rf"(?:[{THAI_WORD}1{ZERO_WIDTH} \t]+|\r?\n(?![ \t]*\r?\n))+")
SEGMENT = 1000  # longest stretch searched as one string
MOVE_REACH = 8  # marks this close to a site may have been displaced with it
WINDOW = 24  # characters of context on each side of a site for the dictionary search
MAX_STEPS = 4  # edits combined in one window
MAX_MOVES = 2  # marks moved in one window
BEAM = 4  # candidates kept after each step
NEAR_TIE = 1.5  # cost gap (log frequency) below which two repairs are a guess, not a repair
MIN_GAIN = 10.0  # cost gain that makes a repair worth it without fewer unknown characters
# _run_bound's walks as single stdlib matches: a letter, a "1" after a consonant or an upper
# vowel (a mai ek read as a digit), or (forward only) a gap before a mark or following vowel;
# each step, a whole gap included, counts as one of the WINDOW steps. The backward walk
# matches the reversed text, where "after a consonant" becomes "before one".
_RUN_STEP = rf"[{THAI_WORD}]|(?<=[{CONS}{UPPER}])1"
_RUN_BEFORE_REVERSED = re.compile(rf"(?:[{THAI_WORD}]|1(?=[{CONS}{UPPER}])){{0,{WINDOW}}}")
_RUN_AFTER = re.compile(rf"(?:{_RUN_STEP}|{_GAP}(?=[{MARK}{FOLLOW}])){{0,{WINDOW}}}")


# The dictionary search's windows (zw=True) also go over zero-width characters between two
# letters: no gap, they sit inside a word as extracted ("บา\u200bท"), and a window cut there
# would read a lone "ท" that the next line's first word absorbs.
_ZW_IN_WORD = rf"(?<=[{THAI_WORD}])[{ZERO_WIDTH}]+(?=[{THAI_WORD}])"  # (symmetric: reversible)
_RUN_BEFORE_REVERSED_ZW = re.compile(
    rf"(?:[{THAI_WORD}]|{_ZW_IN_WORD}|1(?=[{CONS}{UPPER}])){{0,{WINDOW}}}")
_RUN_AFTER_ZW = re.compile(
    rf"(?:{_RUN_STEP}|{_ZW_IN_WORD}|{_GAP}(?=[{MARK}{FOLLOW}])){{0,{WINDOW}}}")


def _run_bound(text: str, pos: int, step: int, zw: bool = False) -> int:
    """Walk from pos to the end of its Thai run (at most WINDOW letters), over a mai ek read
    as "1" and over a gap that cannot end a word (before a mark or a following vowel);
    zw=True: over zero-width characters too."""
    if step > 0:
        return (_RUN_AFTER_ZW if zw else _RUN_AFTER).match(text, pos).end()  # type: ignore[union-attr]
    # The WINDOW characters before pos, reversed, plus the one before them (which decides
    # whether a "1" among them is a mai ek) as the last character: never a step of its own.
    behind = text[max(pos - WINDOW - 1, 0):pos][::-1]
    walk = _RUN_BEFORE_REVERSED_ZW if zw else _RUN_BEFORE_REVERSED
    return pos - walk.match(behind).end()  # type: ignore[union-attr]


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


def _recanon(s: str) -> str:
    """_canon of a text derived from a canonical one by joins, tones and moves: it holds no
    PUA glyph and no zero-width character, and seldom a sara am or mark to fix."""
    if _CHAR_HINT.search(s):
        s = _CHAR_RE.sub(_char_replacement, s)
    return unicodedata.normalize("NFC", s)
