"""Run tasks in N worker processes; yield results in input order.

A task that outlives its time limit gets its worker killed; a worker that dies (a crash, the
kernel's OOM killer) takes only its current task with it. Either way `on_fail` turns that task
into a result and a fresh worker takes the dead one's place, so the run goes on.

Results are yielded in input order. Workers run ahead of the next result to yield by at most
`window` tasks, so a slow file holds back a bounded number of finished results and the parent's
memory does not grow with the size of the run.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .worker import Work, Worker, start_method, wait_any

# on_fail(payload, kind, message, info): kind is "timeout" or "crash"; info is what the worker
# reported when it began the task (None when it died before that).
OnFail = Callable[[Any, str, str, Any], Any]
_TICK = 0.2  # seconds between calls of `tick` (progress refresh) while waiting
_MAX_STILLBORN = 3  # workers in a row that die while starting: the run cannot work at all


def run_ordered(payloads: Sequence[Any], work: Work, on_fail: OnFail, *, jobs: int,
                timeout: float | None, init: Callable[[], None] | None = None,
                tick: Callable[[], None] | None = None, window: int | None = None,
                method: str | None = None) -> Iterator[tuple[int, Any]]:
    """Yield (index, result) for every payload, in order."""
    n = len(payloads)
    if n == 0:
        return
    method = method or start_method()
    jobs = max(1, min(jobs, n))
    window = window or max(64, 16 * jobs)
    workers = [Worker(work, init, method) for _ in range(jobs)]
    results: dict[int, Any] = {}
    next_task = next_out = stillborn = 0
    try:
        while next_out < n:
            for w in workers:  # hand out work
                if w.ready and w.task is None and next_task < min(n, next_out + window):
                    w.send(next_task, payloads[next_task], timeout)
                    next_task += 1
            wait_any(workers, _nearest(workers, timeout))
            alive = []
            for w in workers:
                for _, idx, result in w.receive():
                    results[idx] = result
                failed = check_failed(w, payloads, on_fail)
                if failed is not None:
                    results[failed[0]] = failed[1]
                if not w.dead:
                    alive.append(w)
                    continue
                w.kill()  # reap it
                stillborn = 0 if w.ready else stillborn + 1
                if stillborn > _MAX_STILLBORN:
                    raise RuntimeError(f"worker processes die before they are ready "
                                       f"({w.exit_status()})")
                if next_task < n:  # a fresh worker takes the dead one's place
                    alive.append(Worker(work, init, method))
            workers = alive
            while next_out in results:
                yield next_out, results.pop(next_out)
                next_out += 1
            if tick is not None:
                tick()
    finally:
        for w in workers:
            w.kill() if w.dead else w.stop()


def _nearest(workers: list[Worker], timeout: float | None) -> float:
    """How long to wait: until the next deadline, but never longer than one tick."""
    if not timeout:
        return _TICK
    now = time.monotonic()
    deadlines = [w.task[2] - now for w in workers if w.task is not None]
    return min([_TICK, *deadlines])


def check_failed(w: Worker, payloads: Sequence[Any], on_fail: OnFail) -> tuple[int, Any] | None:
    """The failure result of a worker's task when it timed out or its worker died."""
    if w.task is None:
        return None
    idx, _, deadline, info = w.task
    if w.dead:
        msg = f"the worker process died ({w.exit_status()}) while extracting this input"
        w.task = None
        return idx, on_fail(payloads[idx], "crash", msg, info)
    if time.monotonic() >= deadline:
        w.kill()
        w.task = None
        return idx, on_fail(payloads[idx], "timeout", "", info)
    return None
