"""The only place the stages are wired together:
load -> normalize -> sections (page chrome blanked) -> tokenize -> match -> parse -> assemble (-> write, in the CLI)."""
from __future__ import annotations

from pathlib import Path

from .assemble import assemble
from .load import Loaded, load_file, load_text
from .match import match_rules
from .model import Report, Warning
from .normalize import normalize
from .parse import Context, parse_all
from .ruleset import RuleSet, load_rules
from .parse.csv_rows import csv_view
from .parse.page_chrome import sidebar_spans
from .parse.page_lines import with_page_lines
from .sections import blank_elsewhere, find_sections, with_sidebars
from .tokenize import tokenize
from .write import write_atomic


def _run(loaded: Loaded, rules: RuleSet) -> Report:
    # A spreadsheet saved as CSV reads as a tab table (offsets unchanged: parse/csv_rows.py).
    norm = csv_view(normalize(loaded.text))
    sections = find_sections(norm, rules)
    # ... and so are sidebar lists scraped above an article's headline.
    sections = with_sidebars(norm.text, sections, sidebar_spans(norm.text, rules))
    # ... and single chrome lines (neighbour-page links, sponsored lines, comments under a
    # counter), a record's own footer line taken out (parse/page_lines.py).
    sections = with_page_lines(norm.text, sections, rules)
    # Page chrome (related news, comments, other projects …) holds other pages' values: from
    # here on every stage reads the text with it blanked (sections.py).
    norm = blank_elsewhere(norm, sections)
    tokens = tokenize(norm, rules)
    matches = match_rules(norm, rules)
    ctx = Context(norm=norm, tokens=tokens, matches=matches, rules=rules, sections=sections)
    warnings = [Warning(code="rule_timeout", message=f"rule {rid} hit its time limit and was skipped")
                for rid in matches.timeouts]
    warnings += loaded.warnings
    if norm.repairs:
        detail = ", ".join(f"{kind}: {n}" for kind, n in norm.repairs)
        warnings.append(Warning(code="text_repaired", message=(
            f"{sum(n for _, n in norm.repairs)} repairs of damaged Thai text ({detail}); "
            "evidence still quotes the text as read")))
    if not loaded.text.strip():
        warnings.append(Warning(code="empty_input", message="the input holds no text"))
    return assemble(loaded.source, parse_all(ctx), warnings)


def extract(text: str, source: str | None = None, rules: RuleSet | None = None) -> Report:
    """Extract a Report from a text. `source` names where the text came from (kept in the Report)."""
    return _run(load_text(text, path=source), rules or load_rules())


def extract_file(path: str | Path, rules: RuleSet | None = None, encoding: str | None = None,
                 *, ocr: bool | None = None, emit_text: str | Path | None = None) -> Report:
    """Read a file (raises `LoadError` when it cannot be read as a document) and extract it.

    `encoding` overrides detection for text and HTML; `ocr` None = OCR scans and images,
    True = OCR every PDF page, False = never; `emit_text` = a folder that receives
    `<stem>.txt`, the exact text the Report's evidence offsets point into."""
    loaded = load_file(path, encoding=encoding, ocr=ocr)
    if emit_text is not None:
        write_atomic(Path(emit_text) / f"{Path(path).stem}.txt", loaded.text)
    return _run(loaded, rules or load_rules())
