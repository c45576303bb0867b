"""--resume: what an earlier (perhaps killed) run already wrote, and the JSONL writer itself."""
from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Done:
    """What an output already holds: content hashes, and paths of unreadable inputs."""

    shas: set[str] = field(default_factory=set)
    paths: set[str] = field(default_factory=set)


def repair_tail(path: Path) -> int:
    """Cut a torn last line (a run killed in the middle of writing it); returns bytes cut.

    Each line is written with one write(2), but the kernel may still stop a long write part
    way when the process is killed: only complete lines may stay before new ones follow."""
    with path.open("rb+") as fh:
        size = fh.seek(0, os.SEEK_END)
        if size == 0:
            return 0
        pos = size
        while pos > 0:
            step = min(pos, 1 << 16)
            fh.seek(pos - step)
            chunk = fh.read(step)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                keep = pos - step + nl + 1
                break
            pos -= step
        else:
            keep = 0
        if keep < size:
            fh.truncate(keep)
        return size - keep


def scan_jsonl(path: Path, say: Callable[[str], None]) -> Done:
    """The inputs an earlier run's JSONL holds (Reports and error records alike)."""
    done = Done()
    if not path.exists():
        return done
    cut = repair_tail(path)
    if cut:
        say(f"{path}: removed an incomplete last line ({cut} bytes) left by an interrupted run")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                src = json.loads(line)["source"]
            except (ValueError, KeyError, TypeError):
                say(f"{path} line {n}: not a record of thaidocx, ignored by --resume")
                continue
            if src.get("sha256"):
                done.shas.add(src["sha256"])
            elif src.get("path"):
                done.paths.add(src["path"])
    return done


class JsonlWriter:
    """Appends one record per line, each with a single write(2) and no buffering in this
    process: a killed run leaves whole lines behind (see repair_tail for the one exception)."""

    def __init__(self, path: Path, append: bool) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
        self.fd = os.open(path, flags, 0o644)

    def write(self, line: str) -> None:
        # backslashreplace: a lone surrogate (a file name that is not UTF-8) becomes a JSON
        # \\uXXXX escape instead of an encoding error.
        data = memoryview((line + "\n").encode("utf-8", "backslashreplace"))
        while data:
            data = data[os.write(self.fd, data):]

    def close(self) -> None:
        os.close(self.fd)
