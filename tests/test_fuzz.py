"""Pieces of the corpus cut anywhere and sprinkled with the debris of real files (stray marks,
dot leaders, zero-width and private-use characters, table bars, Thai digits) never make
extract() fail, and every evidence span still quotes the input exactly. Fixed seeds: a failure
here is reproducible, and its row belongs in the table of the field that broke."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from thaidocx import extract

DOCS = sorted((Path(__file__).resolve().parents[1] / "corpus" / "docs").glob("*.txt"))
DEBRIS = ["\n", "  ", "..", "…", "|", "\t", "(", ")", "๑", "1", "-", "–", "ํ", "่", "\uf70a",
          "\u200b", "ฯ", ".", ",", "/", ":"]
CASES_PER_SEED = 60


def _piece(rng: random.Random, texts: list[str]) -> str:
    text = rng.choice(texts)
    start = rng.randint(0, max(0, len(text) - 400))
    chars = list(text[start:start + rng.randint(1, 600)])
    for _ in range(rng.randint(0, 30)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(DEBRIS))
    return "".join(chars)


def _evidence(obj):
    if isinstance(obj, dict):
        if {"text", "start", "end", "rule"} <= obj.keys():
            yield obj
        for value in obj.values():
            yield from _evidence(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _evidence(value)


@pytest.mark.parametrize("seed", range(8))
def test_debris_never_breaks_extraction(seed):
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in DOCS]
    for _ in range(CASES_PER_SEED):
        piece = _piece(rng, texts)
        report = extract(piece).model_dump()
        for ev in _evidence(report):
            assert piece[ev["start"]:ev["end"]] == ev["text"], (ev, piece)
