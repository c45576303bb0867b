"""Batch benchmark: `thaidocx extract DIR -o OUT.jsonl` over many files with --jobs 1 and 2.

Prints files/s, the speed-up of 2 jobs over 1 (target >= 1.7x on 2 cores) and the peak memory
of the parent process (not its workers) for a small and a large run (target: within 20%, i.e.
flat: results are written as they come, in order, with a bounded look-ahead). Asserts nothing.

usage: python bench/batch.py [--files 5000] [--small 1000] [--jobs 1 2]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))

# Runs the command line and reports the parent's own peak RSS (workers exit without atexit).
_WRAPPER = """import atexit, resource, sys
atexit.register(lambda: sys.stderr.write(
    f"PEAK_RSS_KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n"))
from thaidocx.cli import main
sys.argv = ["thaidocx", *sys.argv[1:]]
main()
"""


def make_inputs(folder: Path, n: int) -> None:
    """n files of distinct content (the corpus, each copy numbered)."""
    folder.mkdir(parents=True)
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    for i in range(n):
        (folder / f"doc{i:05d}.txt").write_text(f"{texts[i % len(texts)]}\nเลขที่ {i}\n",
                                                encoding="utf-8")


def run(folder: Path, jobs: int, out: Path) -> tuple[float, float]:
    """(wall seconds, parent peak RSS in MB) of one run."""
    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", _WRAPPER, "extract", str(folder), "-o", str(out),
                          "--jobs", str(jobs), "--quiet"], capture_output=True, text=True,
                         check=False)
    wall = time.perf_counter() - t
    if res.returncode != 0:
        sys.exit(f"run failed ({res.returncode}): {res.stderr[-2000:]}")
    peak = next(int(x.split()[1]) for x in res.stderr.splitlines() if x.startswith("PEAK_RSS_KB"))
    return wall, peak / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="thaidocx-bench-") as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        make_inputs(big, args.files)
        make_inputs(small, args.small)
        rates, peaks = {}, {}
        for jobs in args.jobs:
            wall, peak = run(big, jobs, Path(tmp) / f"big-{jobs}.jsonl")
            rates[jobs], peaks[jobs] = args.files / wall, peak
            print(f"{args.files:,} files, --jobs {jobs}: {wall:7.1f} s  {rates[jobs]:6.1f} files/s"
                  f"  parent peak RSS {peak:6.0f} MB")
        if 1 in rates and 2 in rates:
            print(f"speed-up of --jobs 2 over --jobs 1: {rates[2] / rates[1]:.2f}x (target >= 1.7x)")
        jobs = max(args.jobs)
        _, peak_small = run(small, jobs, Path(tmp) / "small.jsonl")
        peak_big = peaks[jobs]
        print(f"parent peak RSS, --jobs {jobs}: {args.small:,} files {peak_small:.0f} MB, "
              f"{args.files:,} files {peak_big:.0f} MB ({100 * (peak_big / peak_small - 1):+.1f}%, "
              "target within 20%)")


if __name__ == "__main__":
    main()
