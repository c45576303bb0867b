"""The only place the stages are wired together:
load -> normalize -> tokenize -> match -> parse -> assemble (-> write, in the CLI)."""
from __future__ import annotations

from pathlib import Path

from .assemble import assemble
from .load import Loaded, load_file, load_text
from .match import match_rules
from .model import Report, Warning
from .normalize import normalize
from .parse import Context, parse_all
from .ruleset import RuleSet, load_rules
from .tokenize import tokenize


def _run(loaded: Loaded, rules: RuleSet) -> Report:
    norm = normalize(loaded.text)
    tokens = tokenize(norm, rules)
    matches = match_rules(norm, rules)
    ctx = Context(norm=norm, tokens=tokens, matches=matches, rules=rules)
    warnings = [Warning(code="rule_timeout", message=f"rule {rid} hit its time limit and was skipped")
                for rid in matches.timeouts]
    if not loaded.text.strip():
        warnings.append(Warning(code="empty_input", message="the input holds no text"))
    return assemble(loaded.source, parse_all(ctx), warnings)


def extract(text: str, source: str | None = None, rules: RuleSet | None = None) -> Report:
    """Extract a Report from a text. `source` names where the text came from (kept in the Report)."""
    return _run(load_text(text, path=source), rules or load_rules())


def extract_file(path: str | Path, rules: RuleSet | None = None, encoding: str | None = None) -> Report:
    """Read a file (raises `LoadError` when it cannot be read as a document) and extract it."""
    return _run(load_file(path, encoding=encoding), rules or load_rules())
