"""`extract --dask tcp://scheduler:8786`: the same extraction on a Dask distributed cluster.

The client (this process) submits one task per input, keeps at most `window` of them in flight
and yields outcomes in input order, exactly as the local pool does, so the outputs, the
resume semantics and the error records are the same. Inputs are named by path: every worker
must see them at the same path (a shared file system) and have thaidocx installed.

On the worker, each Dask thread extracts in a child process of its own (started once, reused),
so a pathological file is stopped at its time limit and a crash takes only that file.
"""
from __future__ import annotations

import functools
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence

from .pool import check_failed
from .task import Options, Outcome, Skip, error_outcome, failure, file_sha256, process, warm_up
from .worker import Worker, wait_any

_TICK = 0.2
_START_LIMIT = 300.0  # seconds a worker's child may take to import thaidocx and load rules
CONNECT_TIMEOUT = 30.0  # seconds to reach the scheduler before giving up
_local = threading.local()


class DaskError(Exception):
    """The scheduler cannot be reached."""


def _child(opts: Options) -> Worker:
    w = getattr(_local, "worker", None)
    if w is not None and not w.dead:
        return w
    w = Worker(process, functools.partial(warm_up, opts.rules_dirs), method="exec")
    for _ in range(int(_START_LIMIT / _TICK)):
        wait_any([w], _TICK)
        w.receive()
        if w.ready or w.dead:
            break
    if not w.ready:
        w.kill()
        raise RuntimeError("thaidocx's worker process did not start on this Dask worker")
    _local.worker = w
    return w


def dask_task(path: str, opts: Options, skip: Skip, timeout: float | None) -> Outcome:
    """Runs on a Dask worker: one input, isolated in this thread's child process."""
    sha = file_sha256(path)
    if skip.has(path, sha):
        return Outcome(path, "skipped", sha)
    w = _child(opts)
    w.send(0, (path, opts), timeout)
    on_fail = functools.partial(_on_fail, timeout=timeout)
    while True:
        wait_any([w], _TICK)
        for _, _, outcome in w.receive():
            return outcome
        failed = check_failed(w, [(path, opts)], on_fail)
        if failed is not None:
            w.kill()
            return failed[1]


def _on_fail(payload: tuple[str, Options], kind: str, message: str, sha: str | None,
             timeout: float | None) -> Outcome:
    return failure(payload, kind, message, sha, timeout)


def run_dask(address: str, paths: Sequence[str], opts: Options, skip: Skip,
             timeout: float | None, tick: Callable[[], None] | None = None,
             window: int = 256) -> Iterator[tuple[int, Outcome]]:
    """Yield (index, outcome) for every path, in order, computed on the cluster at ADDRESS."""
    try:
        from distributed import Client
    except ImportError as e:
        raise DaskError("--dask needs Dask: pip install 'thaidocx[dask]'") from e
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise DaskError(f"cannot reach the Dask scheduler at {address}: {e}") from e
    run = uuid.uuid4().hex[:12]  # task keys unique to this run: no result cached from another
    try:
        skip_f = client.scatter(skip, broadcast=True, hash=False)
        futures = {}
        next_task = next_out = 0
        while next_out < len(paths):
            while next_task < min(len(paths), next_out + window):
                futures[next_task] = client.submit(
                    dask_task, paths[next_task], opts, skip_f, timeout, pure=False,
                    key=f"thaidocx-{run}-{next_task}")
                next_task += 1
            try:
                outcome = futures[next_out].result(timeout=_TICK)
            except TimeoutError:
                if tick is not None:
                    tick()
                continue
            except Exception as e:  # the task's Dask worker died again and again, ...
                kind = "crash" if type(e).__name__ == "KilledWorker" else type(e).__name__
                path = paths[next_out]
                outcome = error_outcome(path, file_sha256(path), kind, f"on the Dask cluster: {e}")
            del futures[next_out]
            yield next_out, outcome
            next_out += 1
            if tick is not None:
                tick()
    finally:
        client.close()
