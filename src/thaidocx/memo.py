"""Memos of pure functions of short pieces of document text (a window's word segmentation, a
place name's lookup in geothai's tables).

They pay off within a document (a venue's address is resolved again for the area) and across a
batch (the same district names recur), and they are bounded (least recently used entries go).
They are kept apart from the tables built once from the rules and dictionaries (lru_cache with
a few entries) so that `clear()` can drop them: bench/bench.py does between passes, so that its
figures are those of documents the process has never seen, not of texts it has memorized.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MEMOS: list[Any] = []


def text_memo(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)`, registered for `clear()`."""
    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _MEMOS.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


def clear() -> None:
    """Forget every memo (the tables built from the rules and dictionaries stay)."""
    for cached in _MEMOS:
        cached.cache_clear()


def sizes() -> dict[str, int]:
    """Entries held, by function: what a long batch run keeps in memory."""
    return {f"{f.__module__}.{f.__qualname__}": f.cache_info().currsize for f in _MEMOS}
