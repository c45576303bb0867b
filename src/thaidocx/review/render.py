"""HTML for the review page: index of documents, legend, and one view per document.

Every piece of document text and every value goes through `esc` (text and attributes alike):
a document holding `<script>` shows it as text.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from ..model import Report
from .assets import CSP, CSS, JS, MAX_DEPTH
from .spans import (FIELDS, LABELS, Collected, Highlight, Mark, build_tree, collect, describe,
                    items_of)


@dataclass
class ReviewDoc:
    """One document to review: its Report, its text (None when it could not be found), and
    notices about it (text missing, document changed since the run, ...)."""

    name: str
    report: Report
    text: str | None
    notices: list[str] = field(default_factory=list)


def esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _attr(name: str, value: str) -> str:
    return f' {name}="{esc(value)}"' if value else ""


def _tip_text(h: Highlight) -> str:
    parts = [LABELS[h.fieldname], h.value, h.detail, f"rule {h.rule}", *h.warnings]
    return " — ".join(p for p in parts if p)


def _open(mark: Mark, depth: int) -> str:
    h = mark.hl
    classes = ["hl", f"f-{h.fieldname}", "head" if mark.head else "cont"]
    if depth:
        classes.append(f"d{min(depth, MAX_DEPTH - 1)}")
    if h.start == h.end:
        classes.append("empty")
    cls = f'<mark class="{" ".join(classes)}" data-field="{h.fieldname}"'
    if not mark.head:
        return cls + f' data-of="{h.hid}">'
    return (cls + f' id="{h.hid}" tabindex="0" aria-describedby="tip"'
            + _attr("aria-label", _tip_text(h)) + _attr("data-label", LABELS[h.fieldname])
            + _attr("data-value", h.value) + _attr("data-detail", h.detail)
            + _attr("data-rule", h.rule) + _attr("data-warn", "\n".join(h.warnings)) + ">")


def _render_nodes(nodes: list[Mark | str], out: list[str]) -> None:
    """Depth-first with an explicit stack of iterators (nesting depth is unbounded)."""
    todo = [iter(nodes)]
    while todo:
        node = next(todo[-1], None)
        if node is None:
            todo.pop()
            if todo:
                out.append("</mark>")
        elif isinstance(node, str):
            out.append(esc(node))
        else:
            out.append(_open(node, node.height - 1))
            todo.append(iter(node.children))


def _text_view(text: str, col: Collected) -> str:
    # HTML drops a newline right after <pre>: give it one, so a leading blank line survives.
    out: list[str] = ['<pre class="text" lang="th">\n']
    _render_nodes(build_tree(text, col.highlights), out)
    out.append("</pre>")
    return "".join(out)


def _jump(hid: str | None, label: str = "show") -> str:
    if hid is None:
        return '<span class="missing">not in text</span>'
    return f'<a class="jump" href="#{hid}" data-target="{hid}">{esc(label)}</a>'


def _summary(report: Report, col: Collected) -> str:
    """One row per item, grouped by field: value, then its details and rule in small print."""
    rows = []
    for name, label, thai, _ in FIELDS:
        items = items_of(report, name)
        for i, item in enumerate(items):
            value, detail = describe(name, item)
            first = (f'<td class="f" rowspan="{len(items)}"><span class="sw f-{name}"></span>'
                     f"{esc(label)}<br>{esc(thai)}</td>") if i == 0 else ""
            rows.append(f'<tr>{first}<td class="v">{esc(value)}'
                        + (f'<span class="d">{esc(detail)}</span>' if detail else "")
                        + f'<span class="r">{esc(item.evidence.rule)}</span></td>'
                        f"<td>{_jump(col.ids.get((name, i)))}</td></tr>")
    if not rows:
        rows.append('<tr><td colspan="3">nothing extracted</td></tr>')
    head = "<tr><th>field</th><th>value · details · rule</th><th>span</th></tr>"
    return f'<table class="summary"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _warnings(report: Report, col: Collected) -> str:
    if not report.warnings:
        return "<h3>Warnings · คำเตือน</h3><p>none</p>"
    items = []
    for i, w in enumerate(report.warnings):
        link = _jump(col.warning_ids[i]) if i in col.warning_ids else (
            "" if w.evidence is None else _jump(None))
        items.append(f"<li><b>{esc(w.code)}</b>: {esc(w.message)} {link}</li>")
    return f'<h3>Warnings · คำเตือน</h3><ul class="warnings">{"".join(items)}</ul>'


def counts(report: Report) -> dict[str, int]:
    """Items per field, in legend order, plus warnings."""
    out = {name: len(items_of(report, name)) for name, *_ in FIELDS}
    out["warnings"] = len(report.warnings)
    return out


def _doc_view(n: int, doc: ReviewDoc, several: bool) -> tuple[str, list[str]]:
    """The section for one document, and the problems found while highlighting it."""
    text = doc.text if doc.text is not None else ""
    col = collect(doc.report, text, f"h{n}-") if doc.text is not None else Collected([], {}, {}, [])
    notices = doc.notices + col.problems
    src = doc.report.source
    meta = " · ".join(p for p in (src.path or "(no path)", f"sha256 {src.sha256[:12]}…",
                                  src.encoding or "", f"{src.chars} characters") if p)
    parts = [f'<section class="doc" id="doc-{n}" aria-labelledby="doc-{n}-h">',
             f'<h2 id="doc-{n}-h">{esc(doc.name)}</h2><p class="meta">{esc(meta)}'
             + (' · <a href="#index">all documents</a>' if several else "") + "</p>"]
    if notices:
        parts.append('<ul class="notices">' + "".join(f"<li>{esc(x)}</li>" for x in notices) + "</ul>")
    body = _text_view(text, col) if doc.text is not None else '<p class="text">(text not available)</p>'
    parts.append(f'<div class="cols"><div>{body}</div><aside class="side">'
                 f'{_summary(doc.report, col)}{_warnings(doc.report, col)}</aside></div></section>')
    return "".join(parts), col.problems


def _index(docs: list[ReviewDoc]) -> str:
    heads = "".join(f'<th><span class="sw f-{name}"></span>{esc(label)}</th>'
                    for name, label, *_ in FIELDS)
    rows = []
    for n, doc in enumerate(docs):
        c = counts(doc.report)
        cells = "".join(f'<td class="n">{c[name]}</td>' for name, *_ in FIELDS)
        flag = " ⚠" if doc.notices or doc.text is None else ""
        rows.append(f'<tr><td><a href="#doc-{n}">{esc(doc.name)}</a>{flag}</td>{cells}'
                    f'<td class="n">{c["warnings"]}</td></tr>')
    return (f'<section id="index"><h2>Documents ({len(docs)})</h2><table class="index"><thead><tr>'
            f'<th>document</th>{heads}<th>warnings</th></tr></thead><tbody>{"".join(rows)}'
            "</tbody></table></section>")


def _legend() -> str:
    items = "".join(f'<li><button type="button" class="f-{name}" data-toggle="{name}" '
                    f'aria-pressed="true"><span class="sw f-{name}"></span>{esc(LABELS[name])}'
                    "</button></li>" for name, *_ in (*FIELDS, ("warnings",)))
    return f'<ul class="legend" aria-label="legend: click to hide or show a field">{items}</ul>'


def build_page(docs: list[ReviewDoc], title: str = "thaidocx review") -> tuple[str, list[str]]:
    """The whole page, and the problems (skipped highlights) per document as 'name: problem'."""
    several = len(docs) > 1
    views, problems = [], []
    for n, doc in enumerate(docs):
        view, probs = _doc_view(n, doc, several)
        views.append(view)
        problems += [f"{doc.name}: {p}" for p in probs]
    body = (_index(docs) if several else "") + "".join(views)
    page = ("<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
            f'<header class="top"><h1>{esc(title)}</h1>{_legend()}<p class="hint">Hover or Tab to '
            "a highlight to see its normalized value and rule; Esc hides the tooltip.</p></header>"
            f'<main>{body}</main><div id="tip" role="tooltip" hidden></div>'
            f"<script>{JS}</script></body></html>\n")
    return page, problems
