"""`thaidocx extract` over many inputs: choose the runner (here, local worker processes, Dask),
skip what --resume finds already done, and write every outcome to the outputs in input order."""
from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..ruleset import RuleSet
from ..write import write_atomic
from . import task
from .pool import run_ordered
from .progress import Progress
from .resume import Done, JsonlWriter, scan_jsonl
from .task import Options, Outcome, Skip, failure, process, warm_up
from .worker import start_method

if TYPE_CHECKING:  # sqlalchemy is imported only when a run uses a database
    from ..db import Store


@dataclass
class RunConfig:
    inputs: list[Path]
    opts: Options
    rules: RuleSet
    jobs: int
    timeout: float | None
    out_file: Path | None = None
    targets: dict[Path, Path] | None = None  # -o DIR/: input -> DIR/<stem>.json
    db_url: str | None = None
    resume: bool = False
    replace: bool = False
    quiet: bool = False
    dask: str | None = None
    in_process: bool = False  # one input and no time limit asked for: no worker process

    @property
    def to_stdout(self) -> bool:
        return self.out_file is None and self.targets is None and self.db_url is None


def _message(o: Outcome) -> str:
    if o.error_type in ("LoadError", "timeout", "crash"):
        return f"thaidocx: {o.path}: {o.error_message}"
    return f"thaidocx: {o.path}: internal error {o.error_type}: {o.error_message}"


def _skip(cfg: RunConfig, store: Store | None, say) -> tuple[Skip, Done | None]:
    """What --resume skips: inputs done in EVERY output (an input in the JSONL but not yet
    committed to the database is extracted again, and then written only where it is missing)."""
    if not cfg.resume:
        return Skip(), None
    found = []
    jsonl_done = scan_jsonl(cfg.out_file, say) if cfg.out_file else None
    if jsonl_done is not None:
        found.append(jsonl_done)
    if store is not None:
        found.append(Done(*store.done()))
    shas = set.intersection(*(d.shas for d in found))
    paths = set.intersection(*(d.paths for d in found))
    return Skip(frozenset(shas), frozenset(paths)), jsonl_done


def _outcomes(cfg: RunConfig, skip: Skip, tick) -> Iterator[tuple[int, Outcome]]:
    paths = [str(p) for p in cfg.inputs]
    if cfg.in_process:
        for i, p in enumerate(paths):
            yield i, process((p, cfg.opts), skip=skip)
        return
    if cfg.dask:
        from .dask_run import run_dask

        yield from run_dask(cfg.dask, paths, cfg.opts, skip, cfg.timeout, tick)
        return
    method = start_method()
    if method == "fork":
        warm_up(cfg.opts.rules_dirs)  # forked workers inherit warm models: they start at once
    yield from run_ordered(
        [(p, cfg.opts) for p in paths], functools.partial(process, skip=skip),
        functools.partial(failure, timeout=cfg.timeout), jobs=cfg.jobs, timeout=cfg.timeout,
        init=functools.partial(warm_up, cfg.opts.rules_dirs), tick=tick, method=method)


class _Sinks:
    """Every output of the run; each outcome goes to those that do not hold it yet."""

    def __init__(self, cfg: RunConfig, store: Store | None, jsonl_done: Done | None) -> None:
        self.cfg = cfg
        self.store = store
        self.jsonl_done = jsonl_done or Done()
        self.writer = JsonlWriter(cfg.out_file, append=cfg.resume) if cfg.out_file else None

    def write(self, idx: int, o: Outcome) -> None:
        if self.writer is not None and not self.jsonl_done_has(o):
            self.writer.write(o.line)
        if self.store is not None:
            self.store.add(o.line)
        if self.cfg.targets is not None and o.status == "ok":
            write_atomic(self.cfg.targets[self.cfg.inputs[idx]], o.line + "\n")
        if self.cfg.to_stdout and (o.status == "ok" or len(self.cfg.inputs) > 1):
            sys.stdout.write(o.line + "\n")
            sys.stdout.flush()

    def jsonl_done_has(self, o: Outcome) -> bool:
        return (o.sha256 in self.jsonl_done.shas if o.sha256
                else o.path in self.jsonl_done.paths)

    def close(self) -> None:
        try:
            if self.writer is not None:
                self.writer.close()
        finally:
            if self.store is not None:
                self.store.close()


def _open_store(cfg: RunConfig) -> Store | None:
    if cfg.db_url is None:
        return None
    from ..db import Store

    return Store(cfg.db_url, replace=cfg.replace)


def _ticker(progress: Progress, store: Store | None):
    """Called while the run waits: refresh the progress, commit what waits too long."""
    if store is None:
        return progress.tick

    def tick() -> None:
        progress.tick()
        store.flush_if_due()
    return tick


def _mode(cfg: RunConfig) -> str:
    if cfg.quiet or len(cfg.inputs) == 1:
        return "off"
    return "bar" if sys.stderr.isatty() else "log"


def run(cfg: RunConfig) -> int:
    """Run the extraction; returns the exit status (0 all extracted, 1 some failed, 2 the
    database or cluster cannot be used, 130 interrupted)."""
    progress = Progress(len(cfg.inputs), _mode(cfg), 1 if cfg.in_process else cfg.jobs)
    say = progress.say
    task.remember_rules(cfg.opts.rules_dirs, cfg.rules)
    store = None
    try:
        store = _open_store(cfg)
        skip, jsonl_done = _skip(cfg, store, say)
        if store is not None:  # forked workers must not inherit an open database connection
            store.engine.dispose()
        sinks = _Sinks(cfg, store, jsonl_done)
    except Exception as e:  # DbError, the database failing its first query, an unwritable -o
        progress.close()
        if store is not None:
            store.engine.dispose()
        say(f"thaidocx: {e}")
        return 2
    code = 0
    try:
        # closing(): the workers are stopped even when writing an outcome fails
        with contextlib.closing(_outcomes(cfg, skip, _ticker(progress, store))) as outcomes:
            for idx, outcome in outcomes:
                progress.add(outcome)
                if outcome.status == "error":
                    say(_message(outcome))
                if outcome.status != "skipped":
                    sinks.write(idx, outcome)
                progress.tick()
    except KeyboardInterrupt:
        code = 130
    except Exception as e:  # the database went away, the cluster cannot be reached, ...
        say(f"thaidocx: {type(e).__name__}: {e}")
        code = 2
    finally:
        progress.close()
        try:
            sinks.close()
        except Exception as e:  # the last commit failed (DbError)
            say(f"thaidocx: {e}")
            code = code or 2
    return _finish(cfg, progress, store, code)


def _finish(cfg: RunConfig, progress: Progress, store: Store | None, code: int) -> int:
    say = progress.say
    if code == 130:
        say(f"thaidocx: interrupted after {progress.done:,} of {len(cfg.inputs):,} inputs; "
            "run the same command with --resume to go on")
    if not cfg.quiet and len(cfg.inputs) > 1:
        for line in progress.summary():
            say(f"thaidocx: {line}")
        if store is not None:
            s = store.stats
            say(f"thaidocx: database: {s['added']:,} documents added, {s['replaced']:,} replaced, "
                f"{s['unchanged']:,} already there" + ("" if cfg.replace else
                                                        " (--replace updates them)"))
    failed = progress.status["error"]
    if failed and not code:
        say(f"thaidocx: {failed} of {len(cfg.inputs)} inputs failed")
        code = 1
    return code
