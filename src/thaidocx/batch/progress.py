"""Progress while a run goes (a bar on a terminal, periodic log lines otherwise) and the summary
at its end. Messages about single inputs go through `say`, so they never tear the bar."""
from __future__ import annotations

import sys
import time
from collections import Counter
from typing import TextIO

from .task import FIELDS, Outcome

LOG_EVERY = 10.0  # seconds between plain progress lines when stderr is not a terminal


def _duration(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}h{s // 60 % 60:02d}m" if s >= 3600 else (
        f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s")


class Progress:
    """Counts outcomes; shows them as mode "bar", "log" or "off" (--quiet)."""

    def __init__(self, total: int, mode: str, jobs: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.mode = mode
        self.jobs = jobs
        self.stream = stream or sys.stderr
        self.status: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.fields: Counter[str] = Counter()
        self.start = self._last = time.monotonic()
        self._bar = self._task = None
        if mode == "bar":
            self._start_bar()

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        # auto_refresh=False: no refresh thread, so worker processes are forked from a process
        # without threads; the run's main loop refreshes the bar itself.
        self._bar = Bar(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
                        TextColumn("{task.fields[errs]}"),
                        console=Console(file=self.stream), auto_refresh=False,
                        redirect_stdout=False, redirect_stderr=False)
        self._bar.start()
        self._task = self._bar.add_task("extract", total=self.total, rate="", errs="0 errors")

    @property
    def done(self) -> int:
        return sum(self.status.values())

    def rate(self) -> float:
        worked = self.done - self.status["skipped"]
        return worked / max(time.monotonic() - self.start, 1e-9)

    def say(self, msg: str) -> None:
        if self._bar is not None:
            self._bar.console.print(msg, markup=False, highlight=False, soft_wrap=True)
        else:
            print(msg, file=self.stream, flush=True)

    def add(self, outcome: Outcome) -> None:
        self.status[outcome.status] += 1
        if outcome.status == "error":
            self.errors[outcome.error_type or "error"] += 1
        self.fields.update(outcome.counts)

    def tick(self, force: bool = False) -> None:
        now = time.monotonic()
        if self._bar is not None and (force or now - self._last >= 0.1):
            self._last = now
            self._bar.update(self._task, completed=self.done, rate=f"{self.rate():.1f} files/s",
                             errs=f"{self.status['error']} errors")
            self._bar.refresh()
        elif self.mode == "log" and now - self._last >= LOG_EVERY:
            self._last = now
            self.say(f"thaidocx: {self._line()}")

    def _line(self) -> str:
        rate = self.rate()
        left = self.total - self.done
        eta = _duration(left / rate) if rate > 0 else "?"
        pct = 100 * self.done / self.total if self.total else 100
        return (f"{self.done:,}/{self.total:,} files ({pct:.0f}%), {rate:.1f} files/s, "
                f"ETA {eta}, {self.status['error']} errors")

    def close(self) -> None:
        if self._bar is not None:
            self.tick(force=True)
            self._bar.stop()
            self._bar = None

    def summary(self) -> list[str]:
        s = self.status
        failed = ", ".join(f"{k} {v}" for k, v in self.errors.most_common())
        head = (f"{s['ok'] + s['error']:,} files read: {s['ok']:,} extracted, {s['error']:,} failed"
                + (f" ({failed})" if failed else ""))
        if s["skipped"]:
            head += f", {s['skipped']:,} skipped (already in the output)"
        found = ", ".join(f"{f} {self.fields[f]:,}" for f in FIELDS)
        found += f"; titles {self.fields['title']:,}, areas {self.fields['area']:,}"
        took = time.monotonic() - self.start
        speed = f"{self.rate():.1f} files/s over {_duration(took)} with {self.jobs} jobs"
        return [head, f"fields found: {found}", speed] if s["ok"] else [head]
