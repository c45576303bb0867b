"""Where the rules' matching spends its time: each rule's share of a pass over the corpus texts
(unseen documents: memos cleared), slowest first. Prints figures; asserts nothing.

A rule whose pattern is tried at too many places (a variable-length lookbehind first, lead keys
that are everywhere) shows here long before it shows in bench.py's total: run it after adding or
changing a rule.

usage: python bench/rules.py [--top N] [--repeat R]
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

import thaidocx.match as match
from thaidocx import extract, memo

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "corpus" / "docs").glob("*.txt"))]
    for t in texts:  # warm: the rules' tables are built once per process
        extract(t)
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    run = match._run
    for _ in range(args.repeat):
        spent: dict[str, float] = defaultdict(float)

        def timed(rule, *a, **k):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            try:
                return run(rule, *a, **k)
            finally:
                spent[rule.id] += time.perf_counter() - t

        match._run = timed
        try:
            memo.clear()
            for t in texts:
                extract(t)
        finally:
            match._run = run
        for rid, s in spent.items():
            best[rid] = min(best[rid], s)
    total = sum(best.values())
    print(f"{len(texts)} texts, {len(best)} rules tried, {total * 1000:.1f} ms in the rules' matching "
          f"(best of {args.repeat}; the lead-key scan and windows not included)")
    for rid, s in sorted(best.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{s * 1000:8.1f} ms  {100 * s / total:5.1f}%  {rid}")


if __name__ == "__main__":
    main()
