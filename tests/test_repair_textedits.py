"""textedits: Fixer's one-edit fast path composes exactly as compose() does."""
from __future__ import annotations

import random

import pytest

from thaidocx.textedits import _compose_one, apply_edits, compose


def _random_step(rng: random.Random, text: str, count: int) -> list[tuple[int, int, str]]:
    """Sorted, disjoint random edits on text (deletions, insertions, replacements)."""
    cuts = sorted(rng.sample(range(len(text) + 1), min(2 * count, len(text) + 1)))
    step = []
    for s, e in zip(cuts[::2], cuts[1::2]):
        if rng.random() < 0.3:
            e = s  # an insertion
        step.append((s, e, rng.choice(["", "x", "yz", text[s:e], "ก" * rng.randint(1, 4)])))
    return step


@pytest.mark.parametrize("seed", range(300), ids=lambda s: f"seed{s}")
def test_compose_one_matches_compose(seed: int) -> None:
    rng = random.Random(seed)
    t0 = "".join(rng.choice("abcde ก") for _ in range(rng.randint(0, 30)))
    edits: list = []  # as Fixer keeps them: compose() output only
    current = t0
    for _ in range(rng.randint(1, 6)):
        step = _random_step(rng, current, rng.randint(1, 3))
        if not step:
            continue
        nxt = apply_edits(current, step)
        general = compose(t0, edits, current, step)
        if len(step) == 1:
            assert _compose_one(t0, list(edits), current, step[0]) == general
        assert apply_edits(t0, general) == nxt
        edits, current = general, nxt
