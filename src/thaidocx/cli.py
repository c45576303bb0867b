"""The command line: `thaidocx extract`, `load`, `export`, `eval`, `schema`, `show`."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperCommand

from .model import report_schema
from .ruleset import RuleError, RuleSet, load_rules
from .write import output_names

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Extract dates, budgets, participants, officials and venues from Thai "
                       "health-activity documents into validated JSON.")

INPUT_SUFFIXES = (".txt", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".html", ".htm")


def _err(msg: str) -> None:
    typer.echo(f"thaidocx: {msg}", err=True)


DEFAULT_DB = "sqlite:///thaidocx.db"


class _DbOptional(TyperCommand):
    """`--db` may stand alone (meaning sqlite:///thaidocx.db): when the next word is not a
    database URL (it has no "://"), the default URL is put in after it."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        fixed: list[str] = []
        for i, a in enumerate(args):
            fixed.append(a)
            if a == "--db" and (i + 1 == len(args) or "://" not in args[i + 1]):
                fixed.append(DEFAULT_DB)
        return super().parse_args(ctx, fixed)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _rules_or_exit(rules_dirs: list[Path] | None) -> RuleSet:
    """The built-in rules plus the user's folders; an invalid rule file is a usage error."""
    try:
        return load_rules(rules_dirs or [])
    except RuleError as e:
        _err(f"invalid rules: {e}")
        raise typer.Exit(2)


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given; directories walked (recursively, sorted) for supported inputs."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES)
        else:
            out.append(p)
    return out


@app.command(cls=_DbOptional)
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
    jobs: Annotated[Optional[int], typer.Option(
        "-j", "--jobs", min=1, help="Worker processes (default: the number of cores).")] = None,
    timeout: Annotated[Optional[float], typer.Option(
        min=0, help="Seconds one file may take before it is stopped and recorded as an error "
                    "(default 60; 0: no limit).")] = None,
    resume: Annotated[bool, typer.Option(
        help="Skip inputs whose content (sha256) the JSONL output or the database already holds; "
             "append the rest.")] = False,
    db: Annotated[Optional[str], typer.Option(
        help="Also write into this database (SQLAlchemy URL; --db alone: sqlite:///thaidocx.db). "
             "Without -o nothing goes to stdout.")] = None,
    replace: Annotated[bool, typer.Option(
        help="With --db: documents already there get this run's values (one transaction each "
             "batch) instead of being left as they are.")] = False,
    quiet: Annotated[bool, typer.Option(
        "-q", "--quiet", help="No progress and no summary; failures are still named.")] = False,
    dask: Annotated[Optional[str], typer.Option(
        help="Run on this Dask scheduler (tcp://host:8786); workers need thaidocx installed and "
             "the inputs at the same paths.")] = None,
) -> None:
    """Extract one Report per input document."""
    from .batch import Options, RunConfig, run

    rules = _rules_or_exit(rules_dirs)
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
    out_file, targets = _outputs(output, inputs)
    _check_run_options(out_file, db, resume, replace)
    single = len(inputs) == 1 and out_file is None and targets is None and db is None
    opts = Options(rules_dirs=tuple(str(d) for d in rules_dirs or []), encoding=encoding, ocr=ocr,
                   emit_text=str(emit_text) if emit_text is not None else None,
                   indent=targets is not None or single)
    cfg = RunConfig(inputs=inputs, opts=opts, rules=rules, jobs=jobs or _cores(),
                    timeout=60.0 if timeout is None else (timeout or None), out_file=out_file,
                    targets=targets, db_url=db, resume=resume, replace=replace, quiet=quiet,
                    dask=dask,
                    in_process=len(inputs) == 1 and timeout is None and jobs is None and not dask)
    code = run(cfg)
    if code:
        raise typer.Exit(code)


def _outputs(output: str | None, inputs: list[Path]) -> tuple[Path | None, dict[Path, Path] | None]:
    """-o FILE.jsonl -> (file, None); -o DIR/ -> (None, input -> DIR/<stem>.json)."""
    if output is None:
        return None, None
    if output.endswith(("/", "\\")) or Path(output).is_dir():
        try:
            return None, output_names(inputs, Path(output))
        except ValueError as e:
            _err(f"refusing to overwrite: {e}")
            raise typer.Exit(2)
    out_file = Path(output)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    return out_file, None


def _check_run_options(out_file: Path | None, db: str | None, resume: bool, replace: bool) -> None:
    if resume and out_file is None and db is None:
        _err("--resume needs an output to resume: -o FILE.jsonl or --db URL")
        raise typer.Exit(2)
    if replace and db is None:
        _err("--replace applies to a database: give --db URL")
        raise typer.Exit(2)
    if replace and resume:
        _err("--replace re-extracts what --resume would skip: use one of them")
        raise typer.Exit(2)


@app.command(cls=_DbOptional)
def load(
    jsonl: Annotated[list[Path], typer.Argument(help="JSONL files written by `extract -o`.")],
    db: Annotated[str, typer.Option(
        help="SQLAlchemy URL (--db alone: sqlite:///thaidocx.db).")] = DEFAULT_DB,
    replace: Annotated[bool, typer.Option(
        help="Documents already in the database get the file's values.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No summary.")] = False,
) -> None:
    """Load the Reports (and error records) of earlier runs into a database."""
    from .db import DbError, Store, load_jsonl

    missing = [str(p) for p in jsonl if not p.is_file()]
    if missing:
        _err(f"no such file: {', '.join(missing)}")
        raise typer.Exit(2)
    try:
        store = Store(db, replace=replace)
        records = invalid = 0
        try:
            for path in jsonl:
                r, i = load_jsonl(path, store, _err)
                records, invalid = records + r, invalid + i
        finally:
            store.close()
    except DbError as e:
        _err(str(e))
        raise typer.Exit(2)
    if not quiet:
        s = store.stats
        _err(f"{records:,} records read: {s['added']:,} documents added, {s['replaced']:,} "
             f"replaced, {s['unchanged']:,} already there; {invalid:,} invalid lines")
    if invalid:
        raise typer.Exit(1)


@app.command(cls=_DbOptional)
def export(
    db: Annotated[str, typer.Option(
        help="SQLAlchemy URL (--db alone: sqlite:///thaidocx.db).")] = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", help="Output format: csv.")] = "csv",
    output: Annotated[Optional[Path], typer.Option(
        "-o", "--output", help="The file to write (default: stdout).")] = None,
) -> None:
    """One CSV row per document with the headline fields (UTF-8 with BOM, for Excel)."""
    from .db import DbError, export_csv, export_csv_file

    if fmt != "csv":
        _err(f"unknown --format {fmt!r}: the formats are: csv")
        raise typer.Exit(2)
    try:
        if output is None:
            n = export_csv(db, sys.stdout.buffer)
        else:
            n = export_csv_file(db, output)
    except DbError as e:
        _err(str(e))
        raise typer.Exit(2)
    if output is not None:
        _err(f"{n:,} documents written to {output}")


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
    only: Annotated[Optional[list[str]], typer.Option(
        help="Score only these document ids (repeatable; shell patterns such as 'acc13*').")] = None,
) -> None:
    """Score extraction against gold answer keys, field by field (precision, recall, F1)."""
    from .evaluate import run_eval

    rules = _rules_or_exit(rules_dirs)
    code = run_eval(gold_dir, docs, show_errors, as_json, min_f1 or [], rules, sys.stdout,
                    only=only)
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
