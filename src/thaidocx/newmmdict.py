"""newmm's dictionary: pythainlp's word list plus the domain words, shared by tokenization
(stage 3) and the dictionary checks of the PDF-damage repair (stage 2).

Sets, not a Trie: pythainlp's Trie of its 62k words takes ~0.8 s to build; the sets here give
newmm the same answers and take ~0.15 s.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pythainlp.corpus import thai_words


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
    base = _base()
    extra = frozenset({w.strip() for w in domain} - {""}) - base.words  # stripped, as in a Trie
    words = base.words | extra
    spaced: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for w in (w for w in words if " " in w):
        for j, ch in enumerate(w):
            if ch == " ":
                spaced.setdefault((w[j - 1], w[j + 1]), []).append((j, w))
    windows = not any("\t" in w or "  " in w for w in words)
    return Dictionary(_Words(base, _Prefixed(extra)), words,
                      {k: tuple(v) for k, v in spaced.items()}, windows)


class _Prefixed:
    """Words and every prefix of them: the prefixes of a text that are words, shortest first,
    are read by extending a slice while it is a prefix of some word (what a Trie walk does)."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self.prefixes = frozenset(w[:k] for w in words for k in range(1, len(w) + 1))


@lru_cache(maxsize=1)
def _base() -> _Prefixed:
    return _Prefixed(frozenset({w.strip() for w in thai_words()} - {""}))


class _Words:
    """newmm's dictionary, standing in for pythainlp's Trie (newmm only calls `prefixes`, and
    tests it for truth). pythainlp's Trie of its 62k words takes ~0.8 s to build, a large part
    of a one-file run and, built per letter on demand, of each batch worker's first files;
    the sets here take ~0.15 s and give the same answers. The pythainlp words' sets are shared
    by every dictionary; the domain words are a small second pair."""

    def __init__(self, base: _Prefixed, extra: _Prefixed) -> None:
        self._base, self._extra = base, extra
        self._size = len(base.words) + len(extra.words)

    def __len__(self) -> int:
        return self._size

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        words, prefixes = self._base.words, self._base.prefixes
        extra_words, extra_prefixes = self._extra.words, self._extra.prefixes
        out = []
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            if piece not in prefixes and piece not in extra_prefixes:
                break
            if piece in words or piece in extra_words:
                out.append(piece)
        return out
