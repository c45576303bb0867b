"""A person's name as written in the source, not as the repairs read it.

The repairs (repair.py) fix damaged text by choosing the likeliest spelling in a dictionary of
common words. That serves cues, positions and places, which are such words; but a name is not,
and a dictionary guess inside one is worse than the text: "กาไล คาแหง" (sara am lost in a PDF)
came out "กำไล คาแหง", half repaired, a spelling nobody wrote. So a name is given as its
characters stand in the input, with only what is not spelling undone: Unicode composition (NFC,
nikhahit + sara aa as sara am), a font's private-use glyphs read as the marks they draw,
zero-width characters, white space before a vowel or tone mark (which never begins a word), and
other runs of white space (a line break inside a name) as one space.
The evidence of the official still holds the untouched input.
"""
from __future__ import annotations

import re
import unicodedata

from ..markup import decode
from ..repair_chars import MARK, PUA_MAP, ZERO_WIDTH
from .context import Context

_GLYPHS = {**PUA_MAP, **dict.fromkeys(map(ord, ZERO_WIDTH))}
_SPACES = re.compile(r"\s+")
_BEFORE_MARK = re.compile(rf"\s+(?=[{MARK}])")  # a mark never starts a word


def plain(raw: str) -> str:
    """`raw` without what is not spelling (see the module's docstring)."""
    text = decode(raw)  # HTML references and tags, Markdown emphasis: markup, not spelling
    text = unicodedata.normalize("NFC", text.translate(_GLYPHS)).replace("\u0e4d\u0e32", "\u0e33")
    return _SPACES.sub(" ", _BEFORE_MARK.sub("", text)).strip()


def _squashed(s: str) -> str:
    return _SPACES.sub("", s)


def as_written(ctx: Context, start: int, end: int, read: str) -> str:
    """The name `read` from the normalized span [start, end), as written in the input.

    `read` stays when the repairs changed nothing in the span, and also when it is not simply
    the span's text (a name put together from parts, e.g. around a nickname in brackets): only a
    name the text spells out in one piece is taken back to the input's letters."""
    if _squashed(ctx.text[start:end]) != _squashed(read):
        return read
    source = plain(ctx.norm.original_span(start, end)[0])
    if _squashed(source) == _squashed(read):
        return read
    return _spaced_like(source, read) or source


def _spaced_like(source: str, read: str) -> str | None:
    """The source's letters with the spaces where `read` has them, when the repairs only
    substituted letters (as many in both): a line break or a stray space inside a word is no
    gap between given and family name ("ชานาญ⏎กิจ" is the family name ชานาญกิจ)."""
    letters, parts = _squashed(source), read.split(" ")
    if len(letters) != sum(map(len, parts)):
        return None
    out, i = [], 0
    for part in parts:
        out.append(letters[i:i + len(part)])
        i += len(part)
    return " ".join(out)
