"""The Thai dictionary as the text repairs use it: segmentation, unknown-word score, and the
damaged (lost nikhahit) forms of dictionary words. Loaded once, on first use."""
from __future__ import annotations

import math
import os
import re
import tempfile
from functools import lru_cache
from itertools import accumulate
from typing import Any, Callable, NamedTuple

import regex
from pythainlp.corpus import thai_words, tnc
from pythainlp.tokenize.newmm import segment as _newmm

from .memo import text_memo
from .newmmdict import dictionary

_THAI_FIRST = frozenset(map(chr, range(0x0E01, 0x0E4F)))  # a token starting with one reads as Thai
MIN_DAMAGED_LEN = 4  # shorter damaged forms are too often parts of other words


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    return frozenset(thai_words())


def segment(s: str) -> list[str]:
    """newmm maximal matching with the pythainlp dictionary. Thai letters and spaces go to
    nlpo3 (PyThaiNLP's newmm in Rust, several times faster: the repairs segment hundreds of
    pieces per damaged document); anything else to pythainlp's newmm, because the two treat
    punctuation and other scripts differently. On Thai they agree on nearly every run of the
    corpus (tests/test_repair.py); they can break ties between equally short readings of an
    unknown stretch apart: a word cut short (about 1 in 2,000 random cuts of real text) or a
    rare name ("สุวรรณ์": nlpo3 สุว|รรณ์, newmm สุ|วรรณ์). The repairs only compare scores."""
    fast = _nlpo3()
    if fast is not None and _THAI_RUN.fullmatch(s):
        return fast(s)
    return list(_newmm(s, custom_dict=dictionary(()).trie))


_THAI_RUN = re.compile("[\\u0e01-\\u0e5b \\t\\n]+")


@lru_cache(maxsize=1)
def _nlpo3() -> Callable[[str], list[str]] | None:
    """nlpo3's segment with the pythainlp words (loaded from a file: its only way in), or None
    when nlpo3 is not installed."""
    try:
        import nlpo3
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    name = f"thaidocx-{os.getpid()}-{id(dictionary(()))}"  # load_dict never replaces a name
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "words.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(dictionary(()).words)))
        if not nlpo3.load_dict(path, name)[1]:
            return None
    # The Rust function itself (nlpo3.segment only adds a check for empty or non-str input,
    # which segment() never passes): one Python frame less on each of hundreds of calls.
    from nlpo3._nlpo3_python_backend import segment as rust_segment
    return lambda s: rust_segment(s, name, False, False)


@lru_cache(maxsize=1)
def _costs() -> tuple[dict[str, float], float]:
    """-log relative frequency of each word in the Thai National Corpus (shipped with
    pythainlp), and the cost of a dictionary word the corpus never saw."""
    freqs = dict(tnc.word_freqs())
    total = float(sum(freqs.values()))
    return {w: math.log(total / f) for w, f in freqs.items() if f > 0}, math.log(total)


class Reading(NamedTuple):
    """What newmm's segmentation of a piece of text tells the repairs."""

    tokens: tuple[str, ...]  # newmm's segmentation
    unknown: int  # characters outside dictionary words
    cost: float  # cost of its words (a unigram language model)

    @property
    def cuts(self) -> frozenset[int]:
        """Token boundaries, 0 and len(s) included (built on demand: most readings are only
        scored)."""
        return frozenset(accumulate(map(len, self.tokens), initial=0))


@text_memo(maxsize=65536)
def reading(s: str) -> Reading:
    """Segment `s` once for both its token boundaries and its score: the repairs ask for both
    of the same pieces, and newmm costs over a µs per character."""
    tokens = segment(s)
    word_costs = _word_costs()
    unknown, cost = 0, 0.0
    prev_thai = False
    for tok in tokens:
        c = word_costs.get(tok)
        if c is not None:  # a dictionary word starting with a Thai character
            cost += c
            prev_thai = True
        elif tok[:1] in _THAI_FIRST:
            unknown += len(tok)
            prev_thai = True
        else:
            if prev_thai and tok[:1].isdigit():
                unknown += 1
            prev_thai = False
    return Reading(tuple(tokens), unknown, cost)


@lru_cache(maxsize=1)
def _word_costs() -> dict[str, float]:
    """The cost of every dictionary word that reads as Thai (_THAI_FIRST): one lookup per
    token in `reading` instead of a pattern match, a set test and a dict lookup."""
    costs, unseen = _costs()
    return {w: costs.get(w, unseen) for w in words() if w[:1] in _THAI_FIRST}


def unknown_score(s: str) -> tuple[int, float]:
    """(characters of s outside dictionary words, cost of its words): lower is better.
    The cost (a unigram language model) prefers one frequent long word to rare pieces.
    A digit glued to Thai letters counts as unknown: in damaged text it stands for a mark."""
    return reading(s)[1:]  # (unknown, cost), as a plain tuple


@lru_cache(maxsize=1)
def damaged_am_forms() -> tuple[dict[str, str], re.Pattern]:
    """{damaged: word} for dictionary words with sara am whose form with every sara am read
    as sara aa is not a word itself, and one pattern finding any damaged form."""
    vocab = words()
    forms: dict[str, str] = {}
    for w in vocab:
        if "\u0e33" in w:
            damaged = w.replace("\u0e33", "\u0e32")
            if len(damaged) >= MIN_DAMAGED_LEN and damaged not in vocab and " " not in w:
                forms.setdefault(damaged, w)
    # Not inside a word: no leading vowel before, no mark or following vowel after. The test
    # for a leading vowel follows the first letter ("ก(?<![เ-ไ].)" is "(?<![เ-ไ])ก"): a pattern
    # opening with letters lets `re` skip the other characters in a fast scan.
    pattern = re.compile(_trie_regex(forms, after_first="(?<![\u0e40-\u0e44].)")
                         + "(?![\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])")
    return forms, pattern


@lru_cache(maxsize=1)
def _damaged_automaton() -> Any:  # an ahocorasick.Automaton (imported on first use)
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for form in damaged_am_forms()[0]:
        automaton.add_word(form, len(form))
    automaton.make_automaton()
    return automaton


def damaged_am_starts(text: str) -> list[int]:
    """Where a damaged form begins in `text` (sorted, overlapping forms included): one
    Aho-Corasick pass, ~8x faster than the pattern's own scan over a clean text. The pattern
    can match only there, so it is tried only there."""
    return sorted({end - size + 1 for end, size in _damaged_automaton().iter(text)})


def _trie_regex(keys, after_first: str = "") -> str:
    """One regex for many literals, shaped as a trie so matching never backtracks far;
    `after_first` is inserted after the first character of every literal."""
    root: dict = {}
    for k in keys:
        node = root
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(root, after_first)


def _node_regex(node: dict, after: str = "") -> str:
    alts = [regex.escape(ch) + after + _node_regex(child)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body
