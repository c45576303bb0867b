"""Where the review page's documents come from: files extracted now, or a JSONL run + its texts."""
from __future__ import annotations

import json

from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import ValidationError

from ..load import LoadError, Loaded, load_file
from ..model import Report
from ..pipeline import extract_file
from ..ruleset import RuleSet
from ..write import write_atomic
from .render import ReviewDoc, build_page

Say = Callable[[str], None]


def docs_from_files(paths: Iterable[Path], rules: RuleSet | None, encoding: str | None,
                    say: Say) -> tuple[list[ReviewDoc], int]:
    """Extract each file now; (documents, number of inputs that failed)."""
    docs: list[ReviewDoc] = []
    failed = 0
    for path in paths:
        try:
            report = extract_file(path, rules=rules, encoding=encoding)
            text = load_file(path, encoding=encoding).text  # the text the offsets index
        except LoadError as e:
            failed += 1
            say(f"{path}: {e}")
            continue
        except Exception as e:  # one bad input must never end the run
            failed += 1
            say(f"{path}: internal error {type(e).__name__}: {e}")
            continue
        docs.append(ReviewDoc(str(path), report, text))
    return docs, failed


def _error_record(line: str) -> str | None:
    """'FILE failed: TYPE: MESSAGE' for an error record of `thaidocx extract`, else None."""
    try:
        rec = json.loads(line)
    except ValueError:
        return None
    if not isinstance(rec, dict) or not isinstance(rec.get("error"), dict):
        return None
    src = (rec.get("source") or {}).get("path")
    err = rec["error"]
    return f"{src} failed in that run: {err.get('type')}: {err.get('message')}"


def read_jsonl(path: Path, say: Say) -> tuple[list[Report], int]:
    """The Reports of a run, one per line; lines that are not a Report are reported and skipped."""
    reports: list[Report] = []
    failed = 0
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = _error_record(line)
            if record is not None:  # an input that failed in the run: nothing to review
                failed += 1
                say(f"{path} line {n}: {record}")
                continue
            try:
                reports.append(Report.model_validate_json(line))
            except (ValidationError, ValueError) as e:
                failed += 1
                say(f"{path} line {n}: not a Report ({str(e).splitlines()[0]})")
    return reports, failed


class TextFinder:
    """Finds the text a Report was made from: its source path (under DIR when --docs is given),
    the same file name under DIR, or a file of the same stem anywhere under DIR.  Among several
    candidates the one with the Report's sha256 wins."""

    def __init__(self, docs_dir: Path | None, suffixes: tuple[str, ...]) -> None:
        self.docs_dir = docs_dir
        self.suffixes = suffixes
        self._stems: dict[str, list[Path]] | None = None

    def _by_stem(self, stem: str) -> list[Path]:
        if self.docs_dir is None:
            return []
        if self._stems is None:  # walk DIR once, on the first Report that needs it
            self._stems = {}
            for f in sorted(self.docs_dir.rglob("*")):
                if f.is_file() and f.suffix.lower() in self.suffixes:
                    self._stems.setdefault(f.stem, []).append(f)
        return self._stems.get(stem, [])

    def candidates(self, source_path: str) -> list[Path]:
        p = Path(source_path)
        if self.docs_dir is None:
            return [p]
        direct = [] if p.is_absolute() else [self.docs_dir / p]
        found = [*direct, self.docs_dir / p.name, *self._by_stem(p.stem)]
        return list(dict.fromkeys(f for f in found if f.is_file()))

    def find(self, report: Report) -> ReviewDoc:
        src = report.source
        name = src.path or f"sha256 {src.sha256[:12]}"
        if not src.path:
            return ReviewDoc(name, report, None, ["the Report names no source path: text not found"])
        loaded: list[Loaded] = []
        for path in self.candidates(src.path):
            try:
                loaded.append(load_file(path, encoding=src.encoding))
            except LoadError:
                continue
        if not loaded:
            where = f" under {self.docs_dir}" if self.docs_dir else ""
            return ReviewDoc(name, report, None, [f"text not found{where}: {src.path}"])
        same = [x for x in loaded if x.source.sha256 == src.sha256]
        if same:
            return ReviewDoc(name, report, same[0].text)
        got = loaded[0]
        return ReviewDoc(name, report, got.text, [
            f"{got.source.path} is not the file this Report was made from (sha256 differs): "
            "each highlight is checked against the text and skipped when it no longer matches"])


def docs_from_jsonl(path: Path, docs_dir: Path | None, suffixes: tuple[str, ...],
                    say: Say) -> tuple[list[ReviewDoc], int]:
    reports, failed = read_jsonl(path, say)
    finder = TextFinder(docs_dir, suffixes)
    docs = [finder.find(r) for r in reports]
    for d in docs:
        if d.text is None:
            failed += 1
        for note in d.notices:
            say(f"{d.name}: {note}")
    return docs, failed


def write_page(docs: list[ReviewDoc], output: Path, say: Say) -> None:
    page, problems = build_page(docs)
    for p in problems:
        say(f"warning: {p}")
    # A text may hold lone surrogates (undecodable input kept as-is): never fail the write on them.
    write_atomic(output, page.encode("utf-8", "replace").decode("utf-8"))
