"""The fast paths of normalize and repair give what the general patterns give."""
from __future__ import annotations

import random

import pytest

from thaidocx import normalize as N
from thaidocx.repair_chars import (
    _HARD_GAP_HINT, _HARD_GAP_HINTS, _ORDER_HINT, _ORDER_HINTS, ZERO_WIDTH,
)

# Characters the hints and leaders turn on, and ordinary Thai around them.
_ALPHABET = ("กขนมเแโใไ่้๊๋์ัิีึืุูำาะๅ็ํ" + " \t\n\r" + ZERO_WIDTH + ".…a1")


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(200)]


def _leaders(text: str) -> str:
    """normalize's dot-leader step as written before its fast path."""
    return N._LEADERS_RE.sub(" ", text)


_fast_leaders = N._blank_leaders


@pytest.mark.parametrize("seed", range(20), ids=lambda s: f"seed{s}")
def test_hints_match_their_general_pattern(seed: int) -> None:
    for text in _texts(seed):
        assert any(h.search(text) for h in _ORDER_HINTS) == bool(_ORDER_HINT.search(text)), text
        assert any(h.search(text) for h in _HARD_GAP_HINTS) == bool(_HARD_GAP_HINT.search(text))
        if not any(c in text for c in ZERO_WIDTH):
            assert any(h.search(text) for h in _HARD_GAP_HINTS[:4]) \
                == bool(_HARD_GAP_HINT.search(text)), text


@pytest.mark.parametrize("text", [
    "ลงชื่อ ........ ผู้รายงาน", "..๒๑.. คน", "ม.ค. 2567", "a.b", "...…..", ".…", "…", "", ".",
    "จังหวัด ..นครราชสีมา..", "1.5 ล้าน...",
], ids=lambda t: repr(t))
def test_dot_leaders_fast_path(text: str) -> None:
    assert _fast_leaders(text) == _leaders(text)


@pytest.mark.parametrize("seed", range(10), ids=lambda s: f"seed{s}")
def test_dot_leaders_fast_path_random(seed: int) -> None:
    for text in _texts(seed):
        assert _fast_leaders(text) == _leaders(text), text
