"""newmm's dictionary: pythainlp's word list plus the domain words, shared by tokenization
(stage 3) and the dictionary checks of the PDF-damage repair (stage 2).

Built lazily: a Trie of all 62k words takes ~0.8 s, a large part of a one-file run, and a
document looks up words under only a few first letters.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pythainlp.corpus import thai_words
from pythainlp.util import Trie


@dataclass(frozen=True)
class Dictionary:
    """newmm's dictionary (pythainlp words + the domain words) and what windows need from it."""

    trie: object
    words: frozenset[str]
    # The dictionary words holding a space, by the characters around each of their spaces
    # (only these can make newmm read across a space).
    spaced: dict[tuple[str, str], tuple[tuple[int, str], ...]]
    windows: bool  # False when some word holds a tab or two spaces: tokenize whole chunks


@lru_cache(maxsize=4)
def dictionary(domain: tuple[str, ...]) -> Dictionary:
    words = {w.strip() for w in set(thai_words()) | set(domain)} - {""}  # as the Trie stores them
    spaced: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for w in (w for w in words if " " in w):
        for j, ch in enumerate(w):
            if ch == " ":
                spaced.setdefault((w[j - 1], w[j + 1]), []).append((j, w))
    windows = not any("\t" in w or "  " in w for w in words)
    return Dictionary(_Words(words), frozenset(words), {k: tuple(v) for k, v in spaced.items()},
                      windows)


class _Words:
    """newmm's dictionary, standing in for pythainlp's Trie (newmm only calls `prefixes`, and
    tests it for truth): building a Trie of all 62k words takes ~0.8 s, a large part of a
    one-file run. Here the words of one first letter get their Trie when a word starting with
    that letter is first looked up; `prefixes` gives what the Trie of all words gives."""

    def __init__(self, words: set[str]) -> None:
        self._size = len(words)
        self._by_first: dict[str, list[str]] = {}
        for w in words:
            self._by_first.setdefault(w[0], []).append(w)
        self._tries: dict[str, Trie] = {}

    def __len__(self) -> int:
        return self._size

    def build_all(self) -> None:
        """Every letter's Trie now (a batch run's parent, before its workers fork: then no
        worker spends its first files' time limits on them)."""
        for first, words in self._by_first.items():
            if first not in self._tries:
                self._tries[first] = Trie(words)

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        if start >= len(text):
            return []
        trie = self._tries.get(text[start])
        if trie is None:  # threads building the same one at once build equal ones
            trie = self._tries[text[start]] = Trie(self._by_first.get(text[start], ()))
        return trie.prefixes(text, start)
