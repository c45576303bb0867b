"""Stage 7: write Reports — indented JSON, JSON Lines, or one JSON file per input."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from .model import Report


def to_json(report: Report, indent: int | None = 2) -> str:
    return report.to_json(indent=indent)


def write_jsonl_line(fh: IO[str], report: Report) -> None:
    # One complete line per write + flush: an interrupted run leaves only whole lines behind.
    fh.write(report.to_json() + "\n")
    fh.flush()


def write_atomic(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    # mkstemp creates 0600; give the file the permissions open() would have given it.
    os.chmod(tmp, 0o666 & ~_umask())
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def output_names(inputs: Iterable[Path], out_dir: Path) -> dict[Path, Path]:
    """Map each input to OUT_DIR/<stem>.json; raises ValueError naming inputs that collide."""
    names: dict[Path, Path] = {}
    seen: dict[Path, Path] = {}
    clashes = []
    for p in inputs:
        target = out_dir / f"{p.stem}.json"
        if target in seen:
            clashes.append(f"{seen[target]} and {p} would both write {target}")
        seen.setdefault(target, p)
        names[p] = target
    if clashes:
        raise ValueError("; ".join(clashes))
    return names
