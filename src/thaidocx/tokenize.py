"""Stage 3: tokenize, with pythainlp's newmm and a domain dictionary, into spaCy Docs.

Only lines that hold a trigger term (lexicons marked `trigger = true` in the rules: people
units, titles, position words …) are tokenized: token-level work is needed only there, and
newmm over a whole 20 MB archive dump would dominate the run. Each tokenized line becomes a
spaCy `Doc` whose text is exactly that line of the normalized text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import regex
import spacy
from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import dict_trie
from spacy.tokens import Doc

from .normalize import NormText
from .ruleset import RuleSet

MAX_CHUNK = 2000  # newmm cost grows with unbroken runs; longer lines are cut at spaces
_LINE = regex.compile(r"[^\n]+")


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets into the normalized text
    end: int


@dataclass(frozen=True)
class Tokens:
    """spaCy Docs for the tokenized lines, keyed by their start offset in the normalized text."""

    starts: tuple[int, ...]
    docs: tuple[Doc, ...]
    ends: tuple[int, ...] = ()  # line ends, cached: Doc.text is rebuilt on every access

    def __post_init__(self) -> None:
        if len(self.ends) != len(self.starts):
            object.__setattr__(self, "ends", tuple(
                s + len(d.text) for s, d in zip(self.starts, self.docs)))

    def line_at(self, pos: int) -> tuple[int, Doc] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos <= self.ends[i]:
            return self.starts[i], self.docs[i]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end) of the normalized text (on tokenized lines)."""
        out: list[Token] = []
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        while i < len(self.starts) and self.starts[i] < end:
            base, doc = self.starts[i], self.docs[i]
            for t in doc:
                s = base + t.idx
                if s >= start and s + len(t.text) <= end:
                    out.append(Token(t.text, s, s + len(t.text)))
            i += 1
        return out


@lru_cache(maxsize=4)
def _vocab_and_trie(domain: tuple[str, ...]):
    nlp = spacy.blank("xx")
    return nlp.vocab, dict_trie(set(thai_words()) | set(domain))


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
    domain = rules.lexicons.get("domain_words")
    vocab, trie = _vocab_and_trie(tuple(sorted(domain.spec.entries)) if domain else ())
    words: list[str] = []
    for chunk in _chunks(line):
        words += [w for w in word_tokenize(chunk, custom_dict=trie, engine="newmm",
                                           keep_whitespace=True) if w]
    return Doc(vocab, words=words, spaces=[False] * len(words))


def tokenize(norm: NormText, rules: RuleSet) -> Tokens:
    trigger = rules.trigger_regex()
    if trigger is None:
        return Tokens((), ())
    starts, docs = [], []
    for m in _LINE.finditer(norm.text):
        if trigger.search(m.group()):
            starts.append(m.start())
            docs.append(tokenize_line(m.group(), rules))
    return Tokens(tuple(starts), tuple(docs))
