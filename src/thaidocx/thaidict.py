"""The Thai dictionary as the text repairs use it: segmentation, unknown-word score, and the
damaged (lost nikhahit) forms of dictionary words. Loaded once, on first use."""
from __future__ import annotations

from functools import lru_cache

import regex
from pythainlp.corpus import thai_words
from pythainlp.tokenize.newmm import segment as _newmm
from pythainlp.util import dict_trie

_THAI_TOKEN = regex.compile("[\u0e01-\u0e4e]")
MIN_DAMAGED_LEN = 4  # shorter damaged forms are too often parts of other words


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    return frozenset(thai_words())


@lru_cache(maxsize=1)
def _trie():
    return dict_trie(words())


def segment(s: str) -> list[str]:
    """newmm maximal matching with the pythainlp dictionary."""
    return list(_newmm(s, custom_dict=_trie()))


@lru_cache(maxsize=65536)
def unknown_score(s: str) -> tuple[int, int]:
    """(characters in Thai tokens that are not dictionary words, number of Thai tokens):
    lower is better; the second part prefers one long word to two short ones."""
    unknown = tokens = 0
    vocab = words()
    for tok in segment(s):
        if _THAI_TOKEN.match(tok):
            tokens += 1
            if tok not in vocab:
                unknown += len(tok)
    return unknown, tokens


@lru_cache(maxsize=1)
def damaged_am_forms() -> tuple[dict[str, str], regex.Pattern]:
    """{damaged: word} for dictionary words with sara am whose form with every sara am read
    as sara aa is not a word itself, and one pattern finding any damaged form."""
    vocab = words()
    forms: dict[str, str] = {}
    for w in vocab:
        if "\u0e33" in w:
            damaged = w.replace("\u0e33", "\u0e32")
            if len(damaged) >= MIN_DAMAGED_LEN and damaged not in vocab and " " not in w:
                forms.setdefault(damaged, w)
    # Not inside a word: no leading vowel before, no mark or following vowel after.
    pattern = regex.compile("(?<![\u0e40-\u0e44])" + _trie_regex(forms)
                            + "(?![\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])")
    return forms, pattern


def _trie_regex(keys) -> str:
    """One regex for many literals, shaped as a trie so matching never backtracks far."""
    root: dict = {}
    for k in keys:
        node = root
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(root)


def _node_regex(node: dict) -> str:
    alts = [regex.escape(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body
