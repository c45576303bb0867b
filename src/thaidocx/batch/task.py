"""One input -> one outcome: what a worker process (local or on a Dask worker) does per file.

The outcome carries the finished JSONL line, so the parent only writes bytes. Failures are
outcomes too (an error record), never exceptions: one bad input must not end a run.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..load import LoadError
from ..ruleset import RuleSet, load_rules

FIELDS = ("dates", "fiscal_years", "budgets", "participants", "officials", "venues", "objectives")
_HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class Options:
    """How to extract (the same for every file of a run; picklable for worker processes)."""

    rules_dirs: tuple[str, ...] = ()
    encoding: str | None = None
    ocr: bool | None = None
    emit_text: str | None = None
    indent: bool = False  # indented JSON (one file per input, or one Report on stdout)


@dataclass(frozen=True)
class Skip:
    """Inputs an earlier run already recorded (--resume): their sha256, and the paths of
    inputs that could not even be read (they have no sha256)."""

    shas: frozenset[str] = frozenset()
    paths: frozenset[str] = frozenset()

    def has(self, path: str, sha: str | None) -> bool:
        return sha in self.shas if sha is not None else path in self.paths


@dataclass
class Outcome:
    path: str
    status: str  # "ok" | "error" | "skipped"
    sha256: str | None = None
    line: str = ""  # the output record (a Report or an error record), without newline
    error_type: str | None = None
    error_message: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # items found per field


_rules: dict[tuple[str, ...], RuleSet] = {}


def rules_for(dirs: tuple[str, ...]) -> RuleSet:
    """Rules loaded once per process and folder list (workers serve many files)."""
    if dirs not in _rules:
        _rules[dirs] = load_rules([Path(d) for d in dirs])
    return _rules[dirs]


def warm_up(dirs: tuple[str, ...] = ()) -> None:
    """Load the rules, the dictionaries and the tokenizer's models now, so that no file's time
    limit is spent on them (a one-file run builds them lazily, as far as its file needs)."""
    from .. import thaidict
    from ..newmmdict import dictionary
    from ..pipeline import extract
    from ..tokenize import dictionary_for

    rules = rules_for(dirs)
    dictionary_for(rules)  # the tokenizer's (with the rules' domain words)
    dictionary(())  # the text repairs' (pythainlp's words alone)
    thaidict.damaged_am_forms()
    thaidict.unknown_score("ประชุม")
    extract("ประชุมวันที่ 4 เมษายน 2562 งบประมาณ 20,000 บาท ณ อำเภอเมือง โดยนายสมชาย ใจดี",
            rules=rules)


def file_sha256(path: str) -> str | None:
    """The content hash, or None when the file cannot be read (extraction then says why)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_HASH_CHUNK):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def error_outcome(path: str, sha: str | None, etype: str, message: str) -> Outcome:
    record = {"source": {"path": path, "sha256": sha}, "error": {"type": etype, "message": message}}
    return Outcome(path, "error", sha, json.dumps(record, ensure_ascii=False), etype, message)


def process(payload: tuple[str, Options], notify: Callable[[str | None], None] | None = None,
            skip: Skip | None = None) -> Outcome:
    """Extract one file. `notify(sha256)` is called before the work starts, so that a parent
    which has to kill this process (time limit) can still name the content in its record."""
    from ..pipeline import extract_file

    path, opts = payload
    sha = file_sha256(path)
    if skip is not None and skip.has(path, sha):
        return Outcome(path, "skipped", sha)
    if notify is not None:
        notify(sha)
    try:
        report = extract_file(path, rules=rules_for(opts.rules_dirs), encoding=opts.encoding,
                              ocr=opts.ocr, emit_text=opts.emit_text)
    except LoadError as e:
        return error_outcome(path, sha, "LoadError", str(e))
    except Exception as e:  # a bug on one input is that input's error record
        return error_outcome(path, sha, type(e).__name__, str(e) or repr(e))
    line = report.to_json(indent=2 if opts.indent else None)
    counts = {f: len(getattr(report, f)) for f in FIELDS}
    counts.update(title=int(report.title is not None), area=int(report.area is not None))
    return Outcome(path, "ok", report.source.sha256, line, counts=counts)


def failure(payload: tuple[str, Options], kind: str, message: str, sha: str | None,
            timeout: float | None) -> Outcome:
    """The error record of a file whose worker was killed at its time limit or died."""
    path = payload[0]
    if sha is None:  # it died before naming the content: hash it here
        sha = file_sha256(path)
    if kind == "timeout":
        message = (f"extraction took longer than the {timeout:g} s time limit (--timeout); "
                   "its worker was stopped")
    return error_outcome(path, sha, kind, message)


def remember_rules(dirs: tuple[str, ...], rules: RuleSet) -> None:
    """Rules this process already loaded for DIRS (the command line validates them first)."""
    _rules[dirs] = rules
