"""The command line: `thaidocx extract`, `thaidocx schema`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .load import LoadError
from .model import report_schema
from .pipeline import extract_file
from .ruleset import RuleError, load_rules
from .write import output_names, to_json, write_atomic, write_jsonl_line

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Extract dates, budgets, participants, officials and venues from Thai "
                       "health-activity documents into validated JSON.")

INPUT_SUFFIXES = (".txt", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".html", ".htm")


def _err(msg: str) -> None:
    typer.echo(f"thaidocx: {msg}", err=True)


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given; directories walked (recursively, sorted) for supported inputs."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES)
        else:
            out.append(p)
    return out


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or directories (walked for .txt .docx .pdf .png .jpg .tif .html).")],
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", help="FILE.jsonl (one Report per line) or DIR/ (DIR/<stem>.json).")] = None,
    rules_dirs: Annotated[Optional[list[Path]], typer.Option(
        "--rules", help="A folder of extra rule files (repeatable); same ids replace built-ins.")] = None,
    encoding: Annotated[Optional[str], typer.Option(
        help="Read text files in this encoding instead of detecting it.")] = None,
    ocr: Annotated[Optional[bool], typer.Option(
        "--ocr/--no-ocr", help="OCR every PDF page / never OCR (default: scans and images).")] = None,
    emit_text: Annotated[Optional[Path], typer.Option(
        "--emit-text", help="Write DIR/<stem>.txt: the text each Report's offsets point into.")] = None,
) -> None:
    """Extract one Report per input document."""
    try:
        rules = load_rules(rules_dirs or [])
    except RuleError as e:
        _err(f"invalid rules: {e}")
        raise typer.Exit(2)
    inputs = expand_inputs(paths)
    if not inputs:
        _err(f"no input files found (directories are searched for {' '.join(INPUT_SUFFIXES)})")
        raise typer.Exit(2)
    if emit_text is not None:
        try:
            output_names(inputs, emit_text)  # the same <stem> twice would overwrite a text
        except ValueError as e:
            _err(f"refusing to overwrite in --emit-text: {e}".replace(".json", ".txt"))
            raise typer.Exit(2)
    out_dir = out_file = None
    if output is not None:
        if output.endswith(("/", "\\")) or Path(output).is_dir():
            out_dir = Path(output)
            try:
                targets = output_names(inputs, out_dir)
            except ValueError as e:
                _err(f"refusing to overwrite: {e}")
                raise typer.Exit(2)
        else:
            out_file = Path(output)
            out_file.parent.mkdir(parents=True, exist_ok=True)
    failed = 0
    fh = out_file.open("w", encoding="utf-8") if out_file else None
    try:
        for path in inputs:
            try:
                report = extract_file(path, rules=rules, encoding=encoding, ocr=ocr,
                                      emit_text=emit_text)
            except LoadError as e:
                failed += 1
                _err(f"{path}: {e}")
                continue
            except Exception as e:  # one bad input must never end the run
                failed += 1
                _err(f"{path}: internal error {type(e).__name__}: {e}")
                continue
            if fh is not None:
                write_jsonl_line(fh, report)
            elif out_dir is not None:
                write_atomic(targets[path], to_json(report) + "\n")
            elif len(inputs) == 1:
                sys.stdout.write(to_json(report) + "\n")
            else:
                sys.stdout.write(report.to_json() + "\n")
                sys.stdout.flush()
    finally:
        if fh is not None:
            fh.close()
    if failed:
        _err(f"{failed} of {len(inputs)} inputs failed")
        raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold <id>.json answer keys.")],
    docs: Annotated[Optional[Path], typer.Option(
        help="Folder of <id>.txt documents (default: docs/ beside GOLD_DIR).")] = None,
    show_errors: Annotated[bool, typer.Option(help="List each miss and spurious value.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    min_f1: Annotated[Optional[list[str]], typer.Option(
        help="FIELD=X floor (repeatable; FIELD may be 'mean'); exit 1 when one is not met.")] = None,
    rules_dirs: Annotated[Optional[list[Path]], typer.Option("--rules", help="Extra rule folders.")] = None,
) -> None:
    """Score extraction against gold answer keys, field by field (precision, recall, F1)."""
    from .evaluate import run_eval

    try:
        rules = load_rules(rules_dirs or [])
    except RuleError as e:
        _err(f"invalid rules: {e}")
        raise typer.Exit(2)
    code = run_eval(gold_dir, docs, show_errors, as_json, min_f1 or [], rules, sys.stdout)
    raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the Report's JSON Schema."""
    typer.echo(json.dumps(report_schema(), ensure_ascii=False, indent=2))


@app.command()
def show(
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Documents to extract and review (directories walked for *.txt).")] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML page to write.")] = ...,
    from_jsonl: Annotated[Optional[Path], typer.Option(
        "--from", help="Review a run written by `extract -o OUT.jsonl` instead of extracting.")] = None,
    docs_dir: Annotated[Optional[Path], typer.Option(
        "--docs", help="Folder holding the run's texts (matched by source path, name or stem).")] = None,
    rules_dirs: Annotated[Optional[list[Path]], typer.Option("--rules", help="Extra rule folders.")] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Read text files in this encoding.")] = None,
) -> None:
    """Write one self-contained HTML page showing each document with every value highlighted."""
    from .review import run_show

    inputs = expand_inputs(paths or [])
    if paths and not inputs:
        _err("no input files found (directories are searched for *.txt)")
        raise typer.Exit(2)
    raise typer.Exit(run_show(inputs, output, from_jsonl, docs_dir, rules_dirs or [], encoding,
                              INPUT_SUFFIXES, _err))


def main() -> None:
    app()
