"""Titles of people (the lexicons of rules/people.toml are compiled in name_tries.py): re-reading
an anchor as title parts, and the checks that it really is a title (นาย, not the start of นายก /
นายอำเภอ): a title starts a word and is no longer dictionary word's start. Reading the name after
it is names.py's.

PyThaiNLP's name and word lists are used as signals only (to rescue "นายกฤษดา" whose start
spells the word นายก); a name never needs to be listed.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..tokenize import Tokens
from .name_tries import PeopleLex

if TYPE_CHECKING:
    from .names import Name


def is_thai(ch: str) -> bool:
    """Whether `ch` starts with a character of the Thai block (U+0E00-U+0E7F)."""
    return bool(ch) and "\u0e00" <= ch[0] <= "\u0e7f"


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, family names, dictionary words) from PyThaiNLP; empty when unavailable."""
    try:
        from pythainlp.corpus import (thai_family_names, thai_female_names, thai_male_names,
                                      thai_words)
        return (frozenset(thai_male_names()) | frozenset(thai_female_names()),
                frozenset(thai_family_names()), frozenset(thai_words()))
    except Exception:  # a signal only: names are still found without the lists
        return frozenset(), frozenset(), frozenset()


class TokenStarts:
    """Where tokens start on the tokenized lines (newmm is run lazily, see Tokens)."""

    def __init__(self, tokens: Tokens):
        self.tokens = tokens

    def at(self, pos: int) -> bool | None:
        """Whether a token starts at `pos`; None when the line was not tokenized."""
        return self.tokens.starts_token(pos)


class TitleSpan(NamedTuple):  # NamedTuples: built for every anchor, cheaper than dataclasses
    text: str        # as written (may hold a space: "ว่าที่ ร.ต.")
    start: int
    end: int         # where the name may start (after the title, before any space)
    first_kind: str  # kind of the first part (decides the left boundary check)
    kind: str        # kind of the last part: plain / word / abbr / monk / bare
    last_start: int  # where the last part starts (its right boundary is checked)
    strong: bool     # ranks, academic and medical titles: a given name alone is enough


_WEAK_KINDS = ("plain", "prefix", "suffix")  # titles that do not vouch for a given name alone


def _split_title(text: str, start: int, end: int, lex: PeopleLex, monk: bool) -> TitleSpan | None:
    """Re-read an anchor as title parts; a plain title (นาย, คุณ) only stands first, "ว่าที่" only
    before a rank. The name starts where the valid parts end."""
    pat = lex.monk if monk else lex.title
    m = pat.match(text, start, end)
    if m is not None and m.end() == end:  # one part, the common case: the loop below in short
        kind = lex.titles[m.group()]
        return None if kind in ("prefix", "suffix") else TitleSpan(
            text[start:end], start, end, kind, kind, start, strong=kind not in _WEAK_KINDS)
    parts: list[tuple[str, int, int]] = []
    pos = start
    while pos < end:
        p = pos + 1 if parts and text[pos] == " " else pos
        m = pat.match(text, p, end)
        if m is None:
            break
        kind = lex.titles[m.group()]
        if (parts and kind in ("plain", "monk", "bare")) or (not parts and kind == "suffix"):
            break
        parts.append((kind, m.start(), m.end()))
        pos = m.end()
        q = lex.qualifier.match(text, pos, end) if text.startswith("(", pos) else None
        if q:  # "ผศ.(พิเศษ)"
            parts[-1] = (kind, m.start(), q.end())
            pos = q.end()
    while parts and parts[-1][0] == "prefix":
        parts.pop()
    if not parts:
        return None
    t_end = parts[-1][2]
    return TitleSpan(text[start:t_end], start, t_end, parts[0][0], parts[-1][0], parts[-1][1],
                     strong=any(k not in _WEAK_KINDS for k, _, _ in parts))


def glued_left(text: str, start: int, lex: PeopleLex) -> bool:
    """A title glued to a Thai word that is no lead word ("บ้านบางนางลี่", not "โดยมีนาย…")."""
    return (is_thai(text[start - 1:start])
            and not lex.lead_end.search(text, max(0, start - 24), start))


def _left_boundary_ok(text: str, start: int, term_kind: str, tokens: TokenStarts) -> bool:
    """A title starts a word: after a non-Thai character, or where the tokenizer starts a token.
    Dotted abbreviations may be glued to the word before them ("วิทยากรดร."), but never continue
    another abbreviation ("พ.ศ." holds "ศ.")."""
    prev = text[start - 1] if start > 0 else ""
    if prev == ".":
        return False
    if term_kind == "latin":  # "Dr." not inside a Latin word ("MDr.")
        return not (prev.isascii() and prev.isalnum())
    if not is_thai(prev):
        return True
    if term_kind == "abbr":
        # "ศ." glued to a Thai letter is the end of some word; "ดร.", "พ.ต.อ." are not.
        first_dot = text.find(".", start)
        return first_dot - start >= 2 or text.count(".", start, start + 8) >= 2
    return bool(tokens.at(start))


def _longer_word_at(text: str, start: int, title_len: int, max_len: int = 22) -> str | None:
    """The longest dictionary word starting at `start` and running past the title (นายก, คุณภาพ)."""
    words, prefixes = _words_from(text[start:start + title_len])
    best = None
    stop = min(len(text), start + max_len)
    for e in range(start + title_len + 1, stop + 1):
        piece = text[start:e]
        if piece not in prefixes:  # no longer word goes on from here
            break
        if piece in words:
            best = piece
    return best


@lru_cache(maxsize=1)
def _sorted_words() -> tuple[str, ...]:
    return tuple(sorted(name_lists()[2]))


@lru_cache(maxsize=256)  # one entry per title: the rules' titles are a few dozen
def _words_from(head: str) -> tuple[frozenset[str], frozenset[str]]:
    """The dictionary words starting with `head` (a title), and all their prefixes: the words
    sorted once, a title's are one run of them (a scan of all 60k words per title cost ~13 ms)."""
    ordered = _sorted_words()
    run = ordered[bisect.bisect_left(ordered, head):bisect.bisect_left(ordered, head + "\U0010ffff")]
    words = frozenset(run)
    return words, frozenset(w[:k] for w in words for k in range(1, len(w) + 1))


def first_title(text: str, start: int, end: int, lex: PeopleLex, tokens: TokenStarts,
                monk: bool, defer: bool = False) -> tuple[TitleSpan | None, bool]:
    """The title of an anchor, dropping leading parts that do not start a word: in
    "ขอบคุณ นางสาว…" the anchor "คุณ นางสาว" holds the end of ขอบคุณ. With `defer`, (t, True)
    instead of running the tokenizer when only it can tell whether `t` starts a word and no
    later part would remain if it does not (the caller asks later, if it matters)."""
    pat = lex.monk if monk else lex.title
    while start < end:
        t = _split_title(text, start, end, lex, monk)
        if t is None:
            return None, False
        if defer and _needs_tokens(text, start, t.first_kind):
            first = pat.match(text, start, end)
            if first and first.end() + (text[first.end():first.end() + 1] == " ") >= end:
                return t, True
        if _left_boundary_ok(text, t.start, t.first_kind, tokens):
            return t, False
        first = pat.match(text, start, end)
        start = first.end() + (text[first.end():first.end() + 1] == " ") if first else end
    return None, False


def _needs_tokens(text: str, start: int, term_kind: str) -> bool:
    """Whether `_left_boundary_ok` would ask the tokenizer."""
    prev = text[start - 1] if start > 0 else ""
    return prev != "." and is_thai(prev) and term_kind != "abbr"


def right_boundary_ok(text: str, t: TitleSpan, name: Name, tokens: TokenStarts | None = None) -> bool:
    """A word title must not be the start of a longer word (นายก…, คุณภาพ, พระสงฆ์) unless the
    name after it is a listed given name or has a family name and is no dictionary word. When
    the tokenizer reads the longer word whole (a token ends where it ends, none starts after the
    title: "กลุ่มงาน|เภสัชกรรม|และ…"), only a listed given name keeps the title."""
    if t.kind == "abbr" or name.start > t.end:
        return True
    word = _longer_word_at(text, t.last_start, t.end - t.last_start)
    if word is None:
        return True
    names, _, words = name_lists()
    if (tokens is not None and name.given not in names
            and tokens.at(t.last_start + len(word)) and tokens.at(t.end) is False):
        return False  # "…เภสัชกรรมและคุ้มครองผู้บริโภค": the word, no title and name
    spaced = name.family is not None and not name.split  # "นายกำธร ศรีอ่างทอง"
    return (name.given in names and spaced) or (
        name.given not in words and (name.given in names or spaced))
