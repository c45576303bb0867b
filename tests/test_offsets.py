"""The provenance contract: original_input[start:end] == evidence.text, for every value."""
from __future__ import annotations

from pathlib import Path

import pytest

from thaidocx import extract, extract_file
from thaidocx.model import Report

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS_FILES = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
SEED_FILES = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []


def evidences(report: Report):
    singles = [report.title, report.area]
    for item in singles:
        if item is not None:
            yield item.evidence
    for field in ("dates", "fiscal_years", "budgets", "participants", "officials", "venues",
                  "objectives"):
        for item in getattr(report, field):
            yield item.evidence
    for w in report.warnings:
        if w.evidence is not None:
            yield w.evidence


def assert_contract(report: Report, original: str) -> None:
    for ev in evidences(report):
        assert 0 <= ev.start <= ev.end <= len(original), ev
        assert original[ev.start:ev.end] == ev.text, ev
        assert ev.rule


def test_corpus_exists():
    assert len(CORPUS_FILES) >= 10


@pytest.mark.parametrize("path", CORPUS_FILES + SEED_FILES, ids=lambda p: p.stem)
def test_every_span_points_into_the_original_file(path):
    report = extract_file(path)
    assert_contract(report, path.read_text(encoding="utf-8"))


def _damage(text: str) -> str:
    """The same text with edits that change lengths: CRLF, zero-width chars, split sara am."""
    return (text.replace("\n", "\r\n").replace("ำ", "\u0e4d\u0e32")
            .replace(" ", " \u200b").replace("บาท", "บา\u200bท"))


# Regression (acc22c): under the damage above, the dictionary pass joined "บา\u200bท\r\nรายการ"
# across the CRLF, losing the stacked table's header line "รายการ"; a break after a short line
# now stays (repair_search.py's module doc), and a window goes over a zero-width character.
DAMAGED = CORPUS_FILES + SEED_FILES


@pytest.mark.parametrize("path", DAMAGED, ids=lambda p: p.stem)
def test_spans_stay_exact_when_normalization_changes_lengths(path):
    original = _damage(path.read_text(encoding="utf-8"))
    report = extract(original)
    assert_contract(report, original)
    clean = extract(path.read_text(encoding="utf-8"))
    assert len(report.dates) == len(clean.dates)
    assert [b.amount for b in report.budgets] == [b.amount for b in clean.budgets]
