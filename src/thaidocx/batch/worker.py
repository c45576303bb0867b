"""A worker process that runs one task at a time and can be killed without harm.

Two ways to start one:
- "fork": a child of this process (on Linux): it inherits the loaded rules and models, so
  it starts at once, and restarting one after a time-out or a crash is cheap. The parent forks
  before it starts any thread of its own (the progress bar is refreshed from the main loop).
- "exec": a fresh Python running exec_main(), talking over its stdin/stdout. Used inside
  Dask workers, which are daemon processes that multiprocessing forbids to have children, and
  where forking a multi-threaded process would be unsafe.

Protocol: the parent sends (index, payload) or None (stop); the child answers ("ready",) once,
then per task ("start", index, info) when work begins and ("done", index, result). A child that
dies closes its pipe: the parent reads EOF and knows.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import signal
import subprocess
import sys
import time
import weakref
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import Any

Work = Callable[[Any, Callable[[Any], None]], Any]


def serve(rx: Connection, tx: Connection, work: Work, init: Callable[[], None] | None) -> None:
    """The child's loop."""
    # Ctrl-C in a terminal reaches the whole process group: the parent decides, children go on.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if init is not None:
        init()
    tx.send(("ready",))
    while True:
        try:
            msg = rx.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if msg is None:
            return
        idx, payload = msg
        try:
            result = work(payload, lambda info, idx=idx: tx.send(("start", idx, info)))
            tx.send(("done", idx, result))
        except (BrokenPipeError, ConnectionResetError):  # the parent is gone (killed)
            return


# The parent's ends of every forked worker's pipe. A forked child inherits copies of them all,
# its own included: it closes them first, otherwise a pipe would not read as closed when the
# parent dies (the orphan would wait forever) nor when a sibling dies.
_PARENT_ENDS: weakref.WeakSet[Connection] = weakref.WeakSet()


def _fork_main(conn: Connection, work: Work, init: Callable[[], None] | None) -> None:
    for inherited in list(_PARENT_ENDS):
        inherited.close()
    serve(conn, conn, work, init)


def start_method() -> str:
    # fork only on Linux: macOS system libraries are not fork-safe once loaded.
    return "fork" if sys.platform.startswith("linux") else "exec"


class Worker:
    """One child process; `task` is (index, payload, deadline, info) while it works."""

    def __init__(self, work: Work, init: Callable[[], None] | None = None,
                 method: str = "fork") -> None:
        self.task: tuple[int, Any, float, Any] | None = None
        self.ready = False
        self.dead = False
        self._reaped = False
        self._proc: Any
        if method == "fork":
            ctx = mp.get_context("fork")
            here, there = ctx.Pipe()
            _PARENT_ENDS.add(here)
            self._proc = ctx.Process(target=_fork_main, args=(there, work, init), daemon=True)
            self._proc.start()
            there.close()  # so that the child's death reads as EOF here
            self.rx = self.tx = here
        else:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _EXEC_MAIN], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, close_fds=True)
            self.rx = Connection(os.dup(self._proc.stdout.fileno()), writable=False)
            self.tx = Connection(os.dup(self._proc.stdin.fileno()), readable=False)
            self._proc.stdout.close()
            self._proc.stdin.close()
            self.tx.send_bytes(pickle.dumps((work, init)))

    @property
    def pid(self) -> int:
        return self._proc.pid

    def send(self, idx: int, payload: Any, timeout: float | None) -> None:
        deadline = time.monotonic() + timeout if timeout else float("inf")
        self.task = (idx, payload, deadline, None)
        try:
            self.tx.send((idx, payload))
        except (BrokenPipeError, OSError):
            self.dead = True

    def receive(self) -> list[tuple]:
        """Every message waiting; marks the worker dead on EOF."""
        out: list[tuple] = []
        try:
            while not self.dead and self.rx.poll():
                msg = self.rx.recv()
                if msg[0] == "ready":
                    self.ready = True
                elif msg[0] == "start" and self.task is not None:
                    self.task = (*self.task[:3], msg[2])
                else:
                    out.append(msg)
                    self.task = None
        except (EOFError, OSError):
            self.dead = True
        return out

    def exit_status(self) -> str:
        """How the child ended, for the error record ("killed by SIGKILL", "exit code 3")."""
        if isinstance(self._proc, subprocess.Popen):
            try:
                code = self._proc.wait(5)
            except subprocess.TimeoutExpired:
                code = None
        else:
            self._proc.join(5)
            code = self._proc.exitcode
        if code is None:
            return "it stopped answering"
        if code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit code {code}"

    def kill(self) -> None:
        """Kill (if still running) and reap the child; safe to call more than once."""
        self.dead = True
        if self._reaped:
            return
        try:  # an unreaped child keeps its pid, so this cannot hit another process
            os.kill(self._proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._reap()

    def stop(self) -> None:
        """Ask the child to finish; kill it when it does not within a moment."""
        try:
            self.tx.send(None)
        except (BrokenPipeError, OSError):
            pass
        try:
            if isinstance(self._proc, subprocess.Popen):
                self._proc.wait(2)
            else:
                self._proc.join(2)
        except subprocess.TimeoutExpired:
            pass
        self.kill()

    def _reap(self) -> None:
        self._reaped = True
        for conn in {self.rx, self.tx}:
            conn.close()
        if isinstance(self._proc, subprocess.Popen):
            self._proc.wait()
        else:
            self._proc.join()


def wait_any(workers: list[Worker], timeout: float) -> None:
    """Sleep until a worker has something to say (or died), at most `timeout` seconds."""
    conns = [w.rx for w in workers if not w.dead]
    if conns:
        wait(conns, timeout=max(0.0, timeout))
    else:
        time.sleep(max(0.0, min(timeout, 0.05)))


_EXEC_MAIN = "from thaidocx.batch.worker import exec_main; exec_main()"


def exec_main() -> None:
    """The "exec" child: results go through a copy of the real stdout; the child's own prints
    go to stderr, so a library that prints cannot corrupt the protocol."""
    out_fd = os.dup(1)
    os.dup2(2, 1)
    rx = Connection(0, writable=False)
    tx = Connection(out_fd, readable=False)
    try:
        work, init = pickle.loads(rx.recv_bytes())
    except (EOFError, OSError):  # the parent went away before saying what to do
        return
    serve(rx, tx, work, init)
