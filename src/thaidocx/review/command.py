"""`thaidocx show`: check the options, gather the documents, write the page; returns the exit code."""
from __future__ import annotations

from pathlib import Path

from ..ruleset import RuleError, load_rules
from .sources import Say, docs_from_files, docs_from_jsonl, write_page


def run_show(inputs: list[Path], output: Path, from_jsonl: Path | None, docs_dir: Path | None,
             rules_dirs: list[Path], encoding: str | None, suffixes: tuple[str, ...],
             say: Say) -> int:
    """0: page written; 1: page written without some inputs (or none could be shown);
    2: nothing done because the command line is wrong."""
    if docs_dir is not None and from_jsonl is None:
        say("--docs names the texts of a run: use it with --from OUT.jsonl")
        return 2
    if not inputs and from_jsonl is None:
        say("nothing to show: give document files or --from OUT.jsonl")
        return 2
    if from_jsonl is not None and not from_jsonl.is_file():
        say(f"--from {from_jsonl}: no such file")
        return 2
    if docs_dir is not None and not docs_dir.is_dir():
        say(f"--docs {docs_dir}: no such folder")
        return 2
    docs, failed = [], 0
    if inputs:
        try:
            rules = load_rules(rules_dirs)
        except RuleError as e:
            say(f"invalid rules: {e}")
            return 2
        docs, failed = docs_from_files(inputs, rules, encoding, say)
    if from_jsonl is not None:
        more, more_failed = docs_from_jsonl(from_jsonl, docs_dir, suffixes, say)
        docs, failed = docs + more, failed + more_failed
    if not docs:
        say("no document to show")
        return 1
    write_page(docs, output, say)
    say(f"wrote {output} ({len(docs)} document{'s' if len(docs) != 1 else ''})")
    return 1 if failed else 0
