"""People's names (the lexicons of rules/people.toml are compiled in name_tries.py): the
checks that a title anchor really is a title (นาย, not the start of นายก / นายอำเภอ), and reading
the name after it (given + family name, ending where a position, a cue or the next title begins
when the text glues them together).

PyThaiNLP's name and word lists are used as signals only (to rescue "นายกฤษดา" whose start
spells the word นายก, or to split a glued "วันเพ็ญศรีอุดมพร"); a name never needs to be listed.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

import regex

from ..tokenize import Tokens
from .name_tries import PeopleLex

# Thai letters and marks, without digits, ฯ (U+0E2F), ๆ (U+0E46) and ฿: what names are made of.
TH_LETTER = "[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]"
MAX_RUN = 60  # bounded runs keep hostile inputs (a 1 MB line without spaces) linear
# Plain character classes (no \b, no \w) match the same with stdlib re, at less cost per call.
_RUN = re.compile(TH_LETTER + "{1,%d}" % MAX_RUN)
_SPACES = re.compile("[ \t]{1,3}")
_BLANK = frozenset(" \t")  # what _SPACES starts with (checked first: most names follow no space)
_PALI = regex.compile(r"\u0e3a|\u0e42[\u0e01-\u0e2e]$")  # ฐิตธมฺโม, ปญฺญาวโร
_NOBLE = re.compile("ณ " + TH_LETTER + "{3,20}(?![\u0e00-\u0e7f])")
MAX_GIVEN = 25  # longer runs that nothing cuts are not names
MAX_FAMILY = 20
GLUED_MIN = 11  # shorter runs are one given name ("ไกรสิทธิ์"), not given + family glued


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
    while parts and parts[-1][0] == "prefix":
        parts.pop()
    if not parts:
        return None
    t_end = parts[-1][2]
    return TitleSpan(text[start:t_end], start, t_end, parts[0][0], parts[-1][0], parts[-1][1],
                     strong=any(k not in _WEAK_KINDS for k, _, _ in parts))


def _glued_left(text: str, start: int, lex: PeopleLex) -> bool:
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


class Name(NamedTuple):
    given: str
    family: str | None
    start: int
    end: int
    glued: bool  # the name ran straight into a position / cue
    split: bool = False  # given and family were one run, split by the name lists

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}" if self.family else self.given


def _bad_start(text: str, pos: int, lex: PeopleLex, tokens: TokenStarts) -> bool:
    """A name part cannot start with a stop word, a position, a role cue or a royal word. A short
    stop word (จะ, ณ) counts only as a whole token: "ณ" must not end the name "ณรงค์"."""
    if lex.bad_start.match(text, pos) is not None:  # (first: it spares the tokenizer)
        return True
    stop = lex.stop.match(text, pos)
    return bool(stop) and (len(stop.group()) >= 3 or not is_thai(text[stop.end():stop.end() + 1])
                           or bool(tokens.at(stop.end())))


def first_anchor(anchors: Anchors, lo: int, hi: int) -> int | None:
    """The first anchor start in [lo, hi) (`anchors` is sorted)."""
    i = bisect.bisect_left(anchors, lo)
    return anchors[i] if i < len(anchors) and anchors[i] < hi else None


class Anchors:
    """The title anchors of a document, in text order. A "pending" anchor still needs the
    tokenizer to tell whether it starts a word; that is asked only when a lookup reaches it or
    its own name is read (most are word parts: คุณภาพ, นายกเทศมนตรี, that no lookup reaches)."""

    def __init__(self, tokens: TokenStarts) -> None:
        self.tokens = tokens
        self.starts: list[int] = []
        self.titles: list[TitleSpan] = []
        self._state: list[bool | None] = []  # starts a word; None: not known yet

    def add(self, t: TitleSpan, pending: bool) -> None:
        self.starts.append(t.start)
        self.titles.append(t)
        self._state.append(None if pending else True)

    def ok(self, i: int) -> bool:
        """Whether anchor i is a title (asks the tokenizer the first time, for a pending one)."""
        state = self._state[i]
        if state is None:
            state = self._state[i] = bool(self.tokens.at(self.starts[i]))
        return state

    def first(self, lo: int, hi: int) -> int | None:
        """The first title start in [lo, hi)."""
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.starts) and self.starts[i] < hi:
            if self.ok(i):
                return self.starts[i]
            i += 1
        return None

    def title_at(self, pos: int) -> TitleSpan | None:
        i = bisect.bisect_left(self.starts, pos)
        return self.titles[i] if i < len(self.starts) and self.starts[i] == pos else None


def _cut(text: str, start: int, end: int, pat: re.Pattern, anchors: Anchors,
         min_len: int = 2, family: bool = False) -> int:
    """Where a run of letters [start, end) stops: at a glued term or at the next title anchor.
    In a `family` name, a plain title that ends the run with no name after it is part of the
    name ("คำมุงคุณ พยาบาลวิชาชีพ…"), not the start of another person."""
    # Terms may end just past the run of letters: "รองนายกฯ", "ผอ.".
    m = pat.search(text, start + min_len, end + 2) if end - start > min_len else None
    cut = m.start() if m and m.start() < end else end
    a = anchors.first(start + min_len, cut)
    if a is not None and family and cut == end and _final_plain_title(text, anchors.title_at(a), end):
        return cut
    return a if a is not None else cut


_NEXT_RUN = re.compile(r"[ \t]{0,3}(" + TH_LETTER + "{1,%d})" % MAX_RUN)


def _final_plain_title(text: str, t: TitleSpan | None, end: int) -> bool:
    """Whether `t` starts with a plain title (คุณ, นาย) ending the run at `end` and no listed
    given name follows it: the end of a family name, not a title. Anything the anchor stacks
    after it must be a position word ("คุณ พยาบาลวิชาชีพ…" is "…คุณ" + a position)."""
    if t is None or t.first_kind != "plain" or t.end < end or t.start == end:
        return False
    if t.text[end - t.start:end - t.start + 1] not in ("", " ", "\t"):  # a part ends the run
        return False
    if t.last_start != t.start and t.kind != "word":  # "…คุณ นพ.สมชาย": a title and a name
        return False
    nxt = _NEXT_RUN.match(text, end)
    return nxt is None or nxt.group(1) not in name_lists()[0]


def _split_glued(given: str) -> tuple[str, str | None]:
    """"วันเพ็ญศรีอุดมพร" -> ("วันเพ็ญ", "ศรีอุดมพร") when the run is long, a listed given name
    starts it and the rest is no dictionary word (so "ประเสริฐศักดิ์" stays whole)."""
    names, families, words = name_lists()
    if given in names or len(given) < GLUED_MIN:
        return given, None
    for n in range(len(given) - 4, 2, -1):
        head, rest = given[:n], given[n:]
        if head in names and (rest in families or rest not in words):
            return head, rest
    return given, None


def _read_name(text: str, pos: int, limit: int, lex: PeopleLex, anchors: Anchors,
               tokens: TokenStarts, strong: bool, monk: bool = False) -> Name | None:
    """The name starting at `pos` (after a title and at most a few spaces), or None. A strong
    title (ดร., พ.ต.อ.) vouches for a given name alone; after นาย / คุณ it must look like a name.
    A monk's name is never split into given and family name."""
    sp = _SPACES.match(text, pos, limit) if text[pos:pos + 1] in _BLANK else None
    start = sp.end() if sp else pos
    run = _RUN.match(text, start, limit)
    if run is None or _bad_start(text, start, lex, tokens):
        return None
    cut = _cut(text, start, run.end(), lex.glue_name, anchors)
    given = text[start:cut]
    if len(given) < 2 or len(given) > MAX_GIVEN or lex.royal.search(given):
        return None
    if text[cut:cut + 1] == "." and len(given) <= 4:  # an abbreviation (นพ.สสจ.), not a name
        return None
    if cut < run.end():
        ok = strong or _plausible_given(given)
        return Name(given, None, start, cut, glued=True) if ok else None
    family, end = _family(text, cut, limit, lex, anchors, tokens)
    if family is None:
        g, family = (given, None) if monk else _split_glued(given)
        if family is not None:
            return Name(g, family, start, cut, glued=False, split=True)
        if not (strong or given in name_lists()[0]):  # "นายสิบตำรวจ", "คุณประโยชน์"
            return None
        return Name(given, None, start, cut, glued=False)
    return Name(given, family, start, end, glued=end < len(text) and is_thai(text[end]))


def _plausible_given(given: str) -> bool:
    names, _, words = name_lists()
    return given in names or given not in words


def _family(text: str, pos: int, limit: int, lex: PeopleLex, anchors: Anchors,
            tokens: TokenStarts) -> tuple[str | None, int]:
    """The family name after the given name: across 1-3 spaces, or at the start of the next line
    when the given name ends its line (then it must not be a plain dictionary word)."""
    sp = _SPACES.match(text, pos, limit) if text[pos:pos + 1] in _BLANK else None
    next_line = False
    if sp:
        start = sp.end()
    elif text[pos:pos + 1] == "\n":
        start, next_line = pos + 1, True
    else:
        return None, pos
    if start >= limit or anchors.first(start, start + 1) is not None:
        return None, pos
    noble = _NOBLE.match(text, start, limit) if text.startswith("ณ ", start) else None
    if noble:  # "ณ อยุธยา", "ณ ป้อมเพชร"
        return noble.group(), noble.end()
    run = _RUN.match(text, start, limit)
    if run is None or _bad_start(text, start, lex, tokens):
        return None, pos
    cut = _cut(text, start, run.end(), lex.glue_name, anchors, family=True)
    family = text[start:cut]
    if len(family) < 2 or len(family) > MAX_FAMILY or lex.royal.search(family):
        return None, pos
    if text[cut:cut + 1] == "." and len(family) <= 4:  # an abbreviation (รพ.สต.), no name
        return None, pos
    if family.endswith("ว่า"):  # a speech verb after a given name alone: "แถลงว่า", "ระบุว่า"
        return None, pos
    if next_line:
        _, families, words = name_lists()
        if (family in words and family not in families) or cut < run.end():
            return None, pos
    elif cut == run.end() and (tail := _wrapped_tail(text, cut, limit, lex, anchors, tokens)):
        if len(family) + tail[1] - tail[0] <= MAX_FAMILY:
            return family + text[tail[0]:tail[1]], tail[1]
    return family, cut


WRAPPED_TAIL = 6  # letters at most: the end of a family name a PDF line break carried over
_TAIL_LINE = re.compile("\n[ \t]{0,2}(" + TH_LETTER + "{1,%d})[ \t]+" % WRAPPED_TAIL)


def _wrapped_tail(text: str, pos: int, limit: int, lex: PeopleLex, anchors: Anchors,
                  tokens: TokenStarts) -> tuple[int, int] | None:
    """The span of a family name's last letters that a hard line break carried onto the next
    line ("…สุพัตรา ชำนาญ⏎กิจ นักโภชนาการชำนาญการ…"): a few letters alone before a space, then a
    position word, which shows the name ended there. None when the line goes on otherwise."""
    if text[pos:pos + 1] != "\n":
        return None
    t = _TAIL_LINE.match(text, pos, limit)
    if (t is None or anchors.first(t.start(1), t.end()) is not None
            or _bad_start(text, t.start(1), lex, tokens)):
        return None
    after = lex.position.match(text, t.end(), limit)
    return (t.start(1), t.end(1)) if after and lex.position.match(text, t.start(1)) is None else None


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


def person_name(text: str, t: TitleSpan, lex: PeopleLex, anchors: Anchors,
                tokens: TokenStarts) -> Name | None:
    """The name after a title anchor, or None when the anchor is no person's title."""
    pos = lex.position.match(text, t.start)
    if pos and pos.end() > t.end:  # นายอำเภอ, นายกเทศมนตรี, นพ.สสจ.: a position word
        return None
    if pos and pos.end() == t.end and lex.org_start.match(text, t.end):
        return None  # "อาจารย์ภาควิชา…", "เภสัชกรโรงพยาบาล…": a post glued to its organization
    if t.kind in ("monk", "bare") and lex.royal.search(text, max(0, t.start - 12), t.start):
        return None  # "สมเด็จพระ…", "กรมพระ…": royal, not a monk
    limit = min(len(text), t.end + 2 * MAX_RUN + 8)
    name = _read_name(text, t.end, limit, lex, anchors, tokens, t.strong,
                     monk=t.kind in ("monk", "bare"))
    if name is None or not _right_boundary_ok(text, t, name):
        return None
    if t.first_kind == "plain" and _glued_left(text, t.start, lex) \
            and name.given not in name_lists()[0]:
        return None
    if t.kind == "bare" and not (name.family and _PALI.search(name.family)):
        return None  # bare พระ: only before a Pali monastic surname (ฐิตธมฺโม), not พระนารายณ์
    return name


def _right_boundary_ok(text: str, t: TitleSpan, name: Name) -> bool:
    """A word title must not be the start of a longer word (นายก…, คุณภาพ, พระสงฆ์) unless the
    name after it is a listed given name or has a family name and is no dictionary word."""
    if t.kind == "abbr" or name.start > t.end:
        return True
    word = _longer_word_at(text, t.last_start, t.end - t.last_start)
    if word is None:
        return True
    names, _, words = name_lists()
    spaced = name.family is not None and not name.split  # "นายกำธร ศรีอ่างทอง"
    return (name.given in names and spaced) or (
        name.given not in words and (name.given in names or spaced))
