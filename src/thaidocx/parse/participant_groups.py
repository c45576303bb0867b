"""The people group a count names: the phrase just before it, cut at spaces, with cue words
stripped from its edges (participants.py, step 4)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..literal_re import literal_regex

if TYPE_CHECKING:
    from .participant_cues import Patterns
    from .participant_doc import _Doc

_PHRASE_SPLIT = literal_regex(r"[\s:;,|()\[\]\"“”'‘’]+")
_HEAD_JUNK = regex.compile(r"^[^\p{L}]+")
_TAIL_JUNK = regex.compile(r"[^\p{L}\p{M}.]+$")
# Thai and Latin characters that these leave alone at a phrase's start / end: most phrases
# begin and end with one, and then need no regex call (the sets are read off the patterns).
_COMMON = [chr(c) for c in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0x0E01, 0x0E5C))]
_HEAD_OK = frozenset(c for c in _COMMON if not _HEAD_JUNK.match(c))
_TAIL_OK = frozenset(c for c in _COMMON if not _TAIL_JUNK.search(c))
_NUMBERLIKE = literal_regex(r"^[0-9.,]+$")
_DIGIT = literal_regex(r"[0-9]")


def strip_affixes(phrase: str, pats: Patterns) -> str:
    """Strip cue words from the edges; never strip a suffix that leaves a bare ผู้ (ผู้เข้าร่วม)."""
    changed = True
    while changed and phrase:
        if not (phrase.startswith(pats.prefixes) or phrase.endswith(pats.suffixes)):
            break  # no term at either edge: this round would change nothing
        changed = False
        for term, prefix, suffix in pats.affix_items:
            if prefix and phrase.startswith(term):
                phrase, changed = phrase[len(term):].strip(), True
            elif suffix and phrase.endswith(term):
                rest = phrase[: -len(term)].strip()
                if not rest.endswith("ผู้"):
                    phrase, changed = rest, True
    return phrase


def _name(doc: _Doc, chunk: str) -> tuple[str, bool]:
    """A phrase's group name (maybe empty), and whether it began at an introduced people word."""
    cut = None
    if doc.introducer is not None:
        for m in doc.introducer.finditer(chunk):
            cut = m.end()
    if cut is not None:
        chunk = chunk[cut:]
    return strip_affixes(chunk, doc.pats), cut is not None


def _is_rate(doc: _Doc, phrase: str) -> bool:
    """รุ่นละ 50 คน, แต่ละ…: a per-unit rate names no group (but และ only looks like one)."""
    terms = doc.pats.distributive
    return phrase.endswith(terms) and any(
        phrase.endswith(t) and not phrase.endswith("แ" + t) for t in terms)


def _trim(chunk: str) -> str:
    """The chunk without non-letters at its start and non-letters/marks at its end."""
    if chunk[0] not in _HEAD_OK:
        chunk = _HEAD_JUNK.sub("", chunk)
    if chunk and chunk[-1] not in _TAIL_OK:
        chunk = _TAIL_JUNK.sub("", chunk)
    return chunk


def group_name(doc: _Doc, lo: int, hi: int) -> str | None:
    """The people group named just before a count: the last phrase that is not only cue words
    (asked by the absence check, then for the item: answered once)."""
    key = (lo, hi)
    if key not in doc.groups:
        doc.groups[key] = _read_group(doc, lo, hi)
    return doc.groups[key]


def _read_group(doc: _Doc, lo: int, hi: int) -> str | None:
    chunks = [c for c in _PHRASE_SPLIT.split(doc.text[lo:hi]) if c]
    for k in range(len(chunks) - 1, max(-1, len(chunks) - 5), -1):
        raw = _trim(chunks[k])
        if _is_rate(doc, raw):
            return None
        name, introduced = _name(doc, raw)
        if not name:
            continue
        # After a number, the phrase starts with that number's unit (21 แห่ง): no group here.
        if k > 0 and _NUMBERLIKE.match(chunks[k - 1]) and not introduced:
            return None
        return None if _DIGIT.search(name) else name
    return None
