"""Benchmark: thaidocx.extract against newmm tokenization and dateparser.search_dates.

Prints figures; asserts nothing (tests never time anything). Targets (issue 2): thaidocx at least
30x dateparser.search_dates and at least 0.5x newmm tokenization alone; peak RSS under 400 MB;
one-file CLI run under 3 s.

usage: python bench/bench.py [--repeat N] [--dateparser-docs N]
"""
from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def texts() -> list[tuple[str, str]]:
    files = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
    files += sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


def rate(fn, docs: list[str], repeat: int, before_pass=None) -> float:
    """Characters per second of fn over docs, best of `repeat` passes (after one warm-up call);
    `before_pass` runs untimed before each pass."""
    fn(docs[0])
    best = float("inf")
    for _ in range(repeat):
        if before_pass is not None:
            before_pass()
        t = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t)
    return sum(map(len, docs)) / best


def peak_rss_mb(paths: list[str]) -> float:
    """Peak RSS of a fresh process that imports thaidocx and extracts every text."""
    code = ("import resource,sys\nfrom thaidocx import extract_file\n"
            "for p in sys.argv[1:]: extract_file(p)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.strip()) / 1024


def cli_wall(path: str) -> float:
    exe = Path(sys.executable).with_name("thaidocx")
    t = time.perf_counter()
    subprocess.run([str(exe), "extract", path], capture_output=True, check=True)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dateparser-docs", type=int, default=0,
                    help="limit dateparser to the first N texts (0: all); it is slow")
    args = ap.parse_args()

    from dateparser.search import search_dates
    from pythainlp.tokenize import word_tokenize

    from thaidocx import extract, memo

    named = texts()
    docs = [t for _, t in named]
    total = sum(map(len, docs))
    print(f"texts: {len(docs)} ({total:,} chars) — corpus/docs + ../shared/seeds")
    print(f"machine: {platform.machine()}, {platform.processor() or '?'}, "
          f"{__import__('os').cpu_count()} cores, Python {platform.python_version()}")
    # Each pass reads the texts as unseen documents: the memos of text pieces (thaidocx.memo)
    # are cleared first. The tables built from rules and dictionaries stay loaded, as in any
    # run after its first document.
    ours = rate(lambda d: extract(d), docs, args.repeat, before_pass=memo.clear)
    memorized = rate(lambda d: extract(d), docs, args.repeat)
    newmm = rate(lambda d: word_tokenize(d, engine="newmm"), docs, args.repeat)
    dp_docs = docs[: args.dateparser_docs] if args.dateparser_docs else docs
    # Best of the same number of passes as thaidocx: a single pass would flatter the ratio.
    dp = rate(lambda d: search_dates(d, languages=["th"]), dp_docs, args.repeat)
    print(f"thaidocx.extract            {ours:12,.0f} chars/s  (unseen documents)")
    print(f"  same texts again          {memorized:12,.0f} chars/s  (memos warm: not the figure)")
    print(f"pythainlp newmm tokenize    {newmm:12,.0f} chars/s")
    print(f"dateparser.search_dates(th) {dp:12,.0f} chars/s  ({len(dp_docs)} texts)")
    print(f"ratio vs dateparser         {ours / dp:12.1f}x   (target >= 30x)")
    print(f"ratio vs newmm              {ours / newmm:12.2f}x   (target >= 0.5x)")
    paths = [str(p) for p in sorted((ROOT / "corpus" / "docs").glob("*.txt"))]
    print(f"peak RSS, extract all texts {peak_rss_mb(paths):12.0f} MB   (target < 400 MB)")
    one = paths[0]
    print(f"CLI one file wall time      {cli_wall(one):12.2f} s    (target < 3 s; {Path(one).name})")


if __name__ == "__main__":
    main()
