"""Stage 3: tokenize, with pythainlp's newmm and a domain dictionary, into spaCy Docs.

Only lines that hold a trigger term (lexicons marked `trigger = true` in the rules: titles …)
can be tokenized, and only when a parser asks for them: token-level work is needed only there,
and newmm over a whole 20 MB archive dump would dominate the run. Each tokenized line becomes a
spaCy `Doc` whose text is exactly that line of the normalized text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex
from pythainlp.tokenize import word_tokenize
try:  # newmm's segment generator: lets a token start be checked without tokenizing the line
    from pythainlp.tokenize.newmm import _onecut
except ImportError:  # a pythainlp without it: tokenize the chunk whole (same tokens, slower)
    _onecut = None

if TYPE_CHECKING:  # spaCy is imported when a Doc is first built: importing it takes ~0.7 s
    from spacy.tokens import Doc

from .newmmdict import Dictionary, dictionary
from .normalize import NormText
from .ruleset import RuleSet

MAX_CHUNK = 2000  # newmm cost grows with unbroken runs; longer lines are cut at spaces


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets into the normalized text
    end: int


class Tokens:
    """spaCy Docs for the trigger lines of the normalized text.

    A line is tokenized the first time a parser asks for it: most trigger lines hold a trigger
    term inside a longer word (คุณ in คุณภาพ) and are never needed. Which lines hold a trigger
    term is found on demand too (`trigger`), one line at a time for `starts_token`, all of them
    when `starts` / `ends` are first read. The value of each line is a pure function of the
    text, so the object behaves as immutable.
    """

    def __init__(self, text: str, starts: tuple[int, ...] | None, ends: tuple[int, ...] | None,
                 rules: RuleSet | None, trigger: re.Pattern | regex.Pattern | None = None):
        self._text = text
        self._lines = None if starts is None or ends is None else (starts, ends)
        self._trigger = trigger
        self._rules = rules
        self._breaks: list[int] | None = None  # where the line breaks are (lazy line lookups)
        self._is_trigger: dict[int, bool] = {}  # by line start
        self._docs: dict[int, Doc] = {}  # by line start
        self._bounds: dict[int, list[int]] = {}  # by line start: its chunk starts, then its end
        self._lazy: dict[str, _LazyStarts] = {}  # by window text

    @property
    def starts(self) -> tuple[int, ...]:
        return self._all_lines()[0]

    @property
    def ends(self) -> tuple[int, ...]:
        return self._all_lines()[1]

    def _all_lines(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        if self._lines is None:
            self._lines = _trigger_lines(self._text, self._trigger)
        return self._lines

    def __len__(self) -> int:
        return len(self.starts)

    def doc(self, i: int) -> Doc:
        """The Doc of trigger line i (tokenized now if it was not yet)."""
        return self._line_doc(self.starts[i], self.ends[i])

    def _line_doc(self, start: int, end: int) -> Doc:
        d = self._docs.get(start)
        if d is None:
            assert self._rules is not None
            d = self._docs[start] = tokenize_line(self._text[start:end], self._rules)
        return d

    def _line(self, pos: int) -> tuple[int, int] | None:
        """(start, end) of the trigger line holding `pos` (its end counts), or None."""
        if self._lines is not None:
            starts, ends = self._lines
            i = bisect.bisect_right(starts, pos) - 1
            return None if i < 0 or pos > ends[i] else (starts[i], ends[i])
        text = self._text
        if self._breaks is None:
            self._breaks = [m.start() for m in _BREAK.finditer(text)]
        k = bisect.bisect_left(self._breaks, pos)  # the first break at or after pos
        start = self._breaks[k - 1] + 1 if k > 0 else 0
        end = self._breaks[k] if k < len(self._breaks) else len(text)
        if pos < start or pos > end:
            return None
        hit = self._is_trigger.get(start)
        if hit is None:
            # The same lines as `_trigger_lines`: patterns hold no lookarounds, so a term lies
            # inside a line exactly when a search bounded to the line finds one.
            hit = self._is_trigger[start] = (self._trigger is not None
                                             and self._trigger.search(text, start, end) is not None)
        return (start, end) if hit else None

    def starts_token(self, pos: int) -> bool | None:
        """Whether a token starts at `pos` (None when its line is not a trigger line), reading
        newmm's output only over the run of text between the hard spaces around `pos` (see
        `_window`): a title in a long line no longer pays for tokenizing the line up to it.
        Same answer as the offsets of `doc()`."""
        line = self._line(pos)
        if line is None:
            return None
        if pos == line[1]:
            return False
        bounds = self._bounds.get(line[0])
        if bounds is None:
            bounds = self._bounds[line[0]] = _chunk_bounds(line[0], line[1], self._text)
        j = bisect.bisect_right(bounds, pos) - 1
        cs, ce = bounds[j], bounds[j + 1]
        text = self._text
        if pos > cs and _JOINABLE.match(text, pos - 1) and _JOINABLE.match(text, pos):
            # Inside a formatted number word_tokenize may rejoin pieces: ask the full Doc.
            return any(line[0] + t.idx == pos for t in self._line_doc(*line))
        d = dictionary_for(self._rules)
        s, e = _window(text, cs, ce, pos, d)
        whole = _whole_word(text, s, e, d)
        if whole is not None:
            return pos == s or pos == whole
        # newmm's tokens of a window depend on its text only: a window repeated in the
        # document (a month name in several dates) is run once.
        window = text[s:e]
        lazy = self._lazy.get(window)
        if lazy is None:
            lazy = self._lazy[window] = _LazyStarts(window, d.trie)
        return lazy.starts_at(pos - s)

    def line_at(self, pos: int) -> tuple[int, Doc] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos <= self.ends[i]:
            return self.starts[i], self.doc(i)
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end) of the normalized text (on tokenized lines)."""
        out: list[Token] = []
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        while i < len(self.starts) and self.starts[i] < end:
            base = self.starts[i]
            for t in self.doc(i):
                s = base + t.idx
                if s >= start and s + len(t.text) <= end:
                    out.append(Token(t.text, s, s + len(t.text)))
            i += 1
        return out


# Characters that word_tokenize's rejoin_formatted_num may glue across a token boundary
# (its pattern is (\d+[.,:])+\d+, with stdlib re's Unicode \d).
_JOINABLE = re.compile(r"[\d.,:]")
_BREAK = re.compile("\n")


class _LazyStarts:
    """The token starts of one chunk as word_tokenize(newmm) gives them, read lazily off
    newmm's generator. Its tokens are final as they come; the rejoining of formatted numbers
    is the only post-processing, and callers handle the positions it can touch."""

    def __init__(self, text: str, trie) -> None:
        self.text = text
        self._gen = (_onecut(text, trie) if _onecut is not None else
                     iter(word_tokenize(text, custom_dict=trie, engine="newmm", keep_whitespace=True)))
        self._starts: set[int] = set()
        self._pos = 0

    def starts_at(self, q: int) -> bool:
        while self._pos <= q:
            tok = next(self._gen, None)
            if tok is None:
                break
            if tok:
                self._starts.add(self._pos)
                self._pos += len(tok)
        return q in self._starts


def dictionary_for(rules: RuleSet) -> Dictionary:
    """newmm's dictionary for these rules: pythainlp's words and the rules' domain words."""
    domain = rules.lexicons.get("domain_words")
    return dictionary(tuple(sorted(domain.spec.entries)) if domain else ())


@lru_cache(maxsize=1)
def _vocab():
    import spacy

    return spacy.blank("xx").vocab


def _crossed(text: str, k: int, d: Dictionary) -> bool:
    """Whether a dictionary word holding a space occurs in `text` across the space at `k`."""
    for j, w in d.spaced.get((text[k - 1:k], text[k + 1:k + 2]), ()):
        if k >= j and text.startswith(w, k - j):
            return True
    return False


def _hard(text: str, k: int, d: Dictionary) -> bool:
    """A space or tab at `k` that no dictionary word runs across: newmm always ends a token
    there and restarts after the run of spaces from a clean state (a space is a character
    cluster of its own, and no word starts or ends with one), so the tokens on either side do
    not depend on the text on the other side."""
    if text[k] == "\t" or (k > 0 and text[k - 1] in " \t") or text[k + 1:k + 2] in ("", " ", "\t"):
        return True  # no word holds a tab or two spaces (else windows are off), nor ends in one
    return not _crossed(text, k, d)


def _window(text: str, cs: int, ce: int, pos: int, d: Dictionary) -> tuple[int, int]:
    """The span of chunk [cs, ce) whose newmm tokens are those of the chunk around `pos`: from
    after the last hard space before `pos` to just past the first one after it (the space is
    kept: a character cluster rule looks one character ahead)."""
    if not d.windows or text[pos] in " \t":  # windows start after a run of spaces, not in it
        return cs, ce
    s = pos
    while True:
        k = max(text.rfind(" ", cs, s), text.rfind("\t", cs, s))
        if k < 0:
            s = cs
            break
        if _hard(text, k, d):
            s = k + 1
            break
        s = k
    e = pos
    while True:
        sp, tab = text.find(" ", e, ce), text.find("\t", e, ce)
        k = min(sp, tab) if sp >= 0 and tab >= 0 else max(sp, tab)
        if k < 0:
            return s, ce
        if _hard(text, k, d):
            return s, k + 1
        e = k + 1


def _whole_word(text: str, s: int, e: int, d: Dictionary) -> int | None:
    """Where the window [s, e) ends (before its closing space) when it is one dictionary word:
    then newmm makes it one token, without running. (Its edge from s is in the graph from the
    first step, as at most 50 prefixes end inside it, and no shorter path exists.)"""
    k = e - 1 if e > s and text[e - 1] in " \t" else e
    if k - s > 50 or text[s:k] not in d.words:
        return None
    return k


def _chunk_bounds(start: int, end: int, text: str) -> list[int]:
    bounds = [start]
    for chunk in _chunks(text[start:end]):
        bounds.append(bounds[-1] + len(chunk))
    if len(bounds) == 1:
        bounds.append(end)
    return bounds


def _chunks(line: str) -> list[str]:
    if len(line) <= MAX_CHUNK:
        return [line]
    out, pos = [], 0
    while pos < len(line):
        cut = line.rfind(" ", pos, pos + MAX_CHUNK)
        cut = cut + 1 if cut > pos else min(len(line), pos + MAX_CHUNK)
        out.append(line[pos:cut])
        pos = cut
    return out


def tokenize_line(line: str, rules: RuleSet) -> Doc:
    trie = dictionary_for(rules).trie
    words: list[str] = []
    for chunk in _chunks(line):
        words += [w for w in word_tokenize(chunk, custom_dict=trie, engine="newmm",
                                           keep_whitespace=True) if w]
    from spacy.tokens import Doc

    return Doc(_vocab(), words=words, spaces=[False] * len(words))


def tokenize(norm: NormText, rules: RuleSet) -> Tokens:
    """The lines of `norm` that hold a trigger term, ready to be tokenized on demand (which
    lines they are is found on demand as well: a parser may ask about a few lines only)."""
    return Tokens(norm.text, None, None, rules, rules.derived(_trigger_regex))


def _trigger_lines(text: str, trigger: re.Pattern | regex.Pattern | None
                   ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of the lines of `text` that hold a trigger term."""
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    # One search over the text jumps to the next line that may hold a term (trigger patterns
    # are plain term alternations, no lookarounds: a term inside a line is also found by
    # an unbounded search, at that start or before it); a hit running past the line's end
    # is re-checked within the line.
    while trigger is not None and (m := trigger.search(text, pos)) is not None:
        s = m.start()
        if text[s] == "\n":  # lines hold no line breaks: a term starting on one is in no line
            pos = s + 1
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", s)
        line_end = len(text) if line_end < 0 else line_end
        if m.end() <= line_end or trigger.search(text, line_start, line_end):
            starts.append(line_start)
            ends.append(line_end)
        pos = line_end
    return tuple(starts), tuple(ends)


def _trigger_regex(rules: RuleSet) -> re.Pattern | regex.Pattern | None:
    """The trigger terms, compiled with stdlib re when it can: the pattern is a plain trie of
    escaped terms, which re scans over a whole text about twice as fast as regex."""
    pattern = rules.trigger_regex()
    if pattern is None:
        return None
    try:
        return re.compile(pattern.pattern, pattern.flags & (re.IGNORECASE | re.MULTILINE))
    except re.error:
        return pattern
