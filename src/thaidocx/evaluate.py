"""`thaidocx eval`: score extracted Reports against gold annotations.

Fields and matching rules are those of the project scorer (shared/eval/score.py; gold format
in GOLD.md), reproduced so that both give the same figures: texts compare after `norm` (titles,
venues, positions, objectives may differ a little: `similar`), numbers after `num`; values are
deduplicated (not officials), matched greedily one-to-one in gold order, and counted over all
documents (micro-average). A document without a prediction is scored as an empty Report.
"""
from __future__ import annotations

import fnmatch
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .load import LoadError
from .pipeline import extract_file
from .ruleset import RuleSet
# FIELDS, project, score_doc and similar are imported from here too (tests, the CLI).
from .scoring import (  # noqa: F401
    EMPTY_PREDICTION, FIELDS, Matched, project, score_doc, similar)

MEAN = "mean"
USAGE_ERROR = 2
FLOOR_FAILED = 1


# ---------------------------------------------------------------- totals
@dataclass
class FieldScore:
    """Micro-averaged counts of one field over all documents."""
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, m: Matched) -> None:
        self.tp, self.pred, self.gold = self.tp + m.tp, self.pred + m.pred, self.gold + m.gold

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1; an empty side counts as perfect only when both are empty."""
        p = self.tp / self.pred if self.pred else (1.0 if self.gold == 0 else 0.0)
        r = self.tp / self.gold if self.gold else (1.0 if self.pred == 0 else 0.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def f1(self) -> float:
        return self.prf()[2]

    def as_dict(self) -> dict[str, float | int]:
        p, r, f = self.prf()
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp, "pred": self.pred,
                "gold": self.gold}


@dataclass(frozen=True)
class Miss:
    doc: str
    field: str
    kind: str  # "missed" (gold value not predicted) or "spurious" (predicted, not in gold)
    value: Any

    def __str__(self) -> str:
        return f"{self.doc} {self.field} {self.kind}: {self.value}"


@dataclass
class Evaluation:
    docs: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    misses: list[Miss] = field(default_factory=list)

    def add(self, doc_id: str, gold: dict, pred: dict) -> None:
        self.docs += 1
        for name, m in score_doc(gold, pred).items():
            self.fields[name].add(m)
            self.misses += [Miss(doc_id, name, "missed", v) for v in m.missed]
            self.misses += [Miss(doc_id, name, "spurious", v) for v in m.spurious]

    @property
    def mean_f1(self) -> float:
        return sum(s.f1 for s in self.fields.values()) / len(self.fields)

    def f1_of(self, name: str) -> float:
        return self.mean_f1 if name == MEAN else self.fields[name].f1

    def as_dict(self) -> dict[str, Any]:
        return {"docs": self.docs, "fields": {f: s.as_dict() for f, s in self.fields.items()},
                "mean_f1": self.mean_f1}


# ---------------------------------------------------------------- floors
@dataclass(frozen=True)
class Floor:
    field: str
    min_f1: float


def parse_floors(specs: Sequence[str]) -> list[Floor]:
    """`FIELD=X` → Floor; raises ValueError with a readable message on a bad spec."""
    floors = []
    for spec in specs:
        name, sep, value = spec.partition("=")
        name = name.strip()
        if not sep:
            raise ValueError(f"--min-f1 {spec!r}: expected FIELD=X, e.g. dates=0.8")
        if name not in FIELDS and name != MEAN:
            raise ValueError(f"--min-f1 {spec!r}: unknown field {name!r} "
                             f"(one of {', '.join((*FIELDS, MEAN))})")
        try:
            x = float(value)
        except ValueError:
            raise ValueError(f"--min-f1 {spec!r}: {value.strip()!r} is not a number") from None
        if not 0.0 <= x <= 1.0:  # also rejects nan
            raise ValueError(f"--min-f1 {spec!r}: the floor must be between 0 and 1")
        floors.append(Floor(name, x))
    return floors


def failed_floors(ev: Evaluation, floors: Sequence[Floor]) -> list[str]:
    # A tiny tolerance: an F1 of exactly 0.8 must not fail "0.8" through float rounding.
    return [f"F1 floor not met: {f.field} {ev.f1_of(f.field):.3f} < {f.min_f1:g}"
            for f in floors if ev.f1_of(f.field) + 1e-9 < f.min_f1]


# ---------------------------------------------------------------- gold, documents, output
def load_gold(gold_dir: Path) -> tuple[list[tuple[Path, dict]], list[str]]:
    """Every `*.json` in GOLD_DIR (sorted) and a message for each that is not a gold object."""
    golds, errors = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            errors.append(f"{gf}: unreadable gold: {e}")
            continue
        if not isinstance(g, dict):
            errors.append(f"{gf}: gold must be a JSON object, not {type(g).__name__}")
            continue
        golds.append((gf, g))
    return golds, errors


def gold_id(path: Path, gold: dict) -> str:
    """The document id of a gold file: its "id", else the file's stem."""
    return str(gold.get("id") or path.stem)


def select_gold(golds: list[tuple[Path, dict]],
                patterns: list[str]) -> tuple[list[tuple[Path, dict]], list[str]]:
    """The gold files whose id (or file stem) matches one of `patterns` (exact ids or shell
    patterns such as acc13*), and a message for each pattern matching none: a typo must not
    silently score a smaller set."""
    def hit(path: Path, gold: dict, pat: str) -> bool:
        return any(fnmatch.fnmatchcase(name, pat) for name in (gold_id(path, gold), path.stem))

    unmatched = [p for p in patterns if not any(hit(gf, g, p) for gf, g in golds)]
    if unmatched:
        return [], [f"--only {p}: no gold file has this id" for p in unmatched]
    return [(gf, g) for gf, g in golds if any(hit(gf, g, p) for p in patterns)], []


def find_document(docs_dir: Path, doc_id: str, stem: str) -> Path | None:
    """`<id>.txt`, else `<gold file stem>.txt` (the order score.py looks predictions up)."""
    # An id holding a path separator never names a file in DOCS (score.py keys by file stem).
    names = [n for n in (doc_id, stem) if n and Path(n).name == n and n not in (".", "..")]
    return next((p for p in (docs_dir / f"{n}.txt" for n in names) if p.is_file()), None)


def render_table(ev: Evaluation) -> str:
    lines = [f"{'field':16} {'P':>6} {'R':>6} {'F1':>6}  tp/pred/gold   ({ev.docs} docs)"]
    for name, s in ev.fields.items():
        p, r, f = s.prf()
        lines.append(f"{name:16} {p:6.3f} {r:6.3f} {f:6.3f}  {s.tp}/{s.pred}/{s.gold}")
    lines.append(f"mean F1 {ev.mean_f1:.3f}")
    return "\n".join(lines)


def _predict_or_report(doc_id: str, path: Path | None, docs_dir: Path, rules: RuleSet,
                       err: TextIO) -> dict[str, Any]:
    """The projected Report of one document; on any failure say so and score it as empty."""
    if path is None:
        problem = f"no document {docs_dir / (doc_id + '.txt')}"
    else:
        try:  # through the JSON form, exactly as score.py reads a JSONL line
            return project(json.loads(extract_file(path, rules=rules).to_json()))
        except LoadError as e:
            problem = f"cannot load {path}: {e}"
        except Exception as e:  # one bad document must never end the evaluation
            problem = f"{path}: internal error {type(e).__name__}: {e}"
    _say(err, f"{doc_id}: {problem} (scored as an empty prediction)")
    return EMPTY_PREDICTION


def score_corpus(golds: list[tuple[Path, dict]], docs_dir: Path, rules: RuleSet,
                 err: TextIO) -> Evaluation:
    """Extract each gold's document and score it; problems are reported on `err` as they come."""
    ev = Evaluation()
    for gf, g in golds:
        doc_id = gold_id(gf, g)
        path = find_document(docs_dir, doc_id, gf.stem)
        ev.add(doc_id, g, _predict_or_report(doc_id, path, docs_dir, rules, err))
    return ev


def write_result(ev: Evaluation, show_errors: bool, as_json: bool, out: TextIO) -> None:
    """The table (after the misses, as score.py prints them) or the JSON result."""
    if as_json:
        result = ev.as_dict()
        if show_errors:  # inside the JSON, so that the output stays one JSON document
            result["errors"] = [asdict(m) for m in ev.misses]
        out.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        return
    if show_errors and ev.misses:
        out.write("\n".join(str(m) for m in ev.misses) + "\n")
    out.write(render_table(ev) + "\n")


def _say(err: TextIO, msg: str) -> None:
    err.write(f"thaidocx eval: {msg}\n")
    err.flush()


def run_eval(gold_dir: Path, docs_dir: Path | None, show_errors: bool, as_json: bool,
             min_f1: list[str], rules: RuleSet, out: TextIO, err: TextIO | None = None,
             only: list[str] | None = None) -> int:
    """Score extraction of GOLD_DIR/../docs (or DOCS) against GOLD_DIR; returns the exit code:
    0, 1 when a --min-f1 floor is not met, 2 on a usage error (bad floor, missing folders,
    unreadable or no gold, an --only pattern naming no gold). Results go to `out`, problems to
    `err` (default: standard error). A missing or unloadable document is reported and scored as
    an empty prediction. `only`: ids or shell patterns (acc13*) of the gold files to score."""
    err = err if err is not None else sys.stderr
    try:
        floors = parse_floors(min_f1 or [])
    except ValueError as e:
        _say(err, str(e))
        return USAGE_ERROR
    gold_dir = Path(gold_dir)
    docs_dir = Path(docs_dir) if docs_dir is not None else gold_dir.parent / "docs"
    golds: list[tuple[Path, dict]] = []
    if not gold_dir.is_dir():
        problems = [f"gold directory {gold_dir} does not exist"]
    elif not docs_dir.is_dir():
        problems = [f"documents directory {docs_dir} does not exist (give it with --docs DIR)"]
    else:
        golds, problems = load_gold(gold_dir)
        problems = problems or ([] if golds else [f"no gold files (*.json) in {gold_dir}"])
        if only and not problems:
            golds, problems = select_gold(golds, only)
    for msg in problems:
        _say(err, msg)
    if problems:
        return USAGE_ERROR
    ev = score_corpus(golds, docs_dir, rules, err)
    write_result(ev, show_errors, as_json, out)
    failures = failed_floors(ev, floors)
    for msg in failures:
        _say(err, msg)
    return FLOOR_FAILED if failures else 0
