"""The page's stylesheet and script, inlined so the page works opened from disk with no network.

The page carries a Content-Security-Policy that allows only these exact two blocks (by hash):
even if some text escaped escaping, no other script or style could run, and nothing is fetched.
"""
from __future__ import annotations

import base64
import hashlib

from .spans import FIELDS, WARNING_FIELD

# Thai-capable fonts on Linux (Noto, TLWG: Loma, Garuda, Sarabun), Windows (Leelawadee, Tahoma)
# and macOS (Thonburi), before the generic fallback.
FONT_STACK = ('"Noto Sans Thai", "Noto Sans Thai UI", "Sarabun", "TH Sarabun New", "Loma", '
              '"Garuda", "Tahoma", "Leelawadee UI", "Leelawadee", "Thonburi", sans-serif')

MAX_DEPTH = 6  # stacked underlines drawn for at most this many nested spans

_BASE_CSS = """
* { box-sizing: border-box; }
body { margin: 0; font-family: %(font)s; color: #1b1b1b; background: #f6f6f4; line-height: 1.5; }
a { color: #0b57a4; }
header.top { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid #ccc;
  padding: .5rem 1.25rem; }
header.top h1 { font-size: 1.15rem; margin: 0 0 .35rem; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem; margin: 0; padding: 0; list-style: none; }
.legend button { font: inherit; font-size: .85rem; border: 1px solid #bbb; background: #fff;
  border-radius: 4px; padding: .1rem .5rem; cursor: pointer; }
.legend button[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
.sw { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em;
  margin-right: .3em; background: var(--t); border-bottom: 3px solid var(--c); }
.hint { font-size: .8rem; color: #555; margin: .3rem 0 0; }
main { padding: 0 1.25rem 3rem; }
table { border-collapse: collapse; font-size: .9rem; background: #fff; }
th, td { border: 1px solid #d4d4d4; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #efefef; }
table.index td.n { text-align: right; font-variant-numeric: tabular-nums; }
section.doc { margin-top: 1.5rem; border-top: 3px solid #888; padding-top: .5rem; }
section.doc h2 { font-size: 1.1rem; margin: .3rem 0; overflow-wrap: anywhere; }
.meta { font-size: .8rem; color: #555; margin: 0 0 .5rem; overflow-wrap: anywhere; }
.notices { background: #fff4e5; border: 1px solid #e0a040; padding: .4rem .8rem; font-size: .9rem; }
.notices li { overflow-wrap: anywhere; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.25rem;
  align-items: start; }
@media (max-width: 60rem) { .cols { grid-template-columns: minmax(0, 1fr); } }
.text { font-family: inherit; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem;
  line-height: 2.4;
  background: #fff; border: 1px solid #d4d4d4; border-radius: 6px; padding: .75rem 1.1rem; margin: 0; }
.side { position: sticky; top: 6.5rem; max-height: calc(100vh - 7rem); overflow: auto; }
.side table { width: 100%%; }
.side td.v { overflow-wrap: anywhere; }
.side td.f { white-space: nowrap; font-size: .85rem; }
.side .d { display: block; font-size: .78rem; color: #444; }
.side .r { display: block; font-size: .75rem; color: #555; font-family: ui-monospace, monospace; }
.side h3 { font-size: 1rem; margin: .8rem 0 .3rem; }
.missing { color: #a40000; font-size: .8rem; }
.hl, section.doc, #index { scroll-margin-top: 8rem; }
.hl { background: var(--t); border-bottom: 2px solid var(--c); cursor: help; border-radius: 1px; }
.hl.head:focus { outline: 2px solid #111; outline-offset: 1px; }
.hl.active { outline: 2px solid var(--c); outline-offset: 1px; }
.hl.empty::before { content: "\\25C6"; color: var(--c); }
.f-warnings { border-bottom-style: dashed; }
#tip { position: absolute; z-index: 10; max-width: 30rem; background: #1e1e1e; color: #fff;
  padding: .45rem .7rem; border-radius: 6px; font-size: .9rem; line-height: 1.5;
  box-shadow: 0 2px 8px rgba(0,0,0,.35); pointer-events: none; overflow-wrap: anywhere; }
#tip[hidden] { display: none; }
#tip .tip-field { font-size: .78rem; opacity: .8; }
#tip .tip-value { font-weight: bold; font-size: 1rem; }
#tip .tip-detail, #tip .tip-rule { font-size: .8rem; }
#tip .tip-rule { font-family: ui-monospace, monospace; opacity: .85; }
#tip .tip-warn { color: #ffcf7a; font-size: .85rem; }
"""


def _tint(colour: str, alpha: float = 0.13) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _field_css() -> str:
    """A colour pair per field, a hide rule per field (legend toggles) and underline levels."""
    rules = []
    for name, _, _, colour in (*FIELDS, WARNING_FIELD):
        rules.append(f".f-{name} {{ --c: {colour}; --t: {_tint(colour)}; }}")
        rules.append(f"body.off-{name} .hl.f-{name} {{ background: none; border-bottom-color: "
                     "transparent; }")
    # A mark holding n levels of nested marks pads its bottom so its underline sits below theirs.
    for depth in range(1, MAX_DEPTH):
        rules.append(f".hl.d{depth} {{ padding-bottom: {depth * 4}px; }}")
    return "\n".join(rules)


CSS = (_BASE_CSS % {"font": FONT_STACK}) + _field_css() + "\n"

JS = """
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var lit = [];
  function headOf(el) {
    var of = el.getAttribute("data-of");
    return of ? document.getElementById(of) : el;
  }
  function line(cls, text) {
    if (!text) { return; }
    var d = document.createElement("div");
    d.className = cls;
    d.textContent = text;  /* textContent, never innerHTML: values are data, not markup */
    tip.appendChild(d);
  }
  function light(head) {
    lit.forEach(function (m) { m.classList.remove("active"); });
    lit = [head].concat(Array.prototype.slice.call(
      document.querySelectorAll('.hl[data-of="' + head.id + '"]')));
    lit.forEach(function (m) { m.classList.add("active"); });
  }
  function show(el) {
    var head = headOf(el);
    if (!head) { return; }
    tip.textContent = "";
    line("tip-field", head.getAttribute("data-label"));
    line("tip-value", head.getAttribute("data-value"));
    line("tip-detail", head.getAttribute("data-detail"));
    line("tip-rule", "rule: " + head.getAttribute("data-rule"));
    line("tip-warn", head.getAttribute("data-warn"));
    tip.hidden = false;
    light(head);
    var r = el.getBoundingClientRect();
    var maxLeft = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
    tip.style.left = Math.max(window.scrollX + 4, Math.min(r.left + window.scrollX, maxLeft)) + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  function hide() {
    tip.hidden = true;
    lit.forEach(function (m) { m.classList.remove("active"); });
    lit = [];
  }
  function markAt(target) {
    return target && target.closest ? target.closest(".hl") : null;
  }
  document.addEventListener("mouseover", function (e) {
    var el = markAt(e.target);
    if (el) { show(el); return; }
    var f = markAt(document.activeElement);
    if (f) { show(f); } else { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    var el = markAt(e.target);
    if (el) { show(el); } else { hide(); }
  });
  document.addEventListener("focusout", function () { hide(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("a.jump") : null;
    if (link) {
      var t = document.getElementById(link.getAttribute("data-target"));
      if (t) {
        e.preventDefault();
        t.scrollIntoView({block: "center"});
        t.focus({preventScroll: true});
      }
      return;
    }
    var b = e.target.closest ? e.target.closest("button[data-toggle]") : null;
    if (b) {
      var on = b.getAttribute("aria-pressed") !== "false";
      b.setAttribute("aria-pressed", on ? "false" : "true");
      document.body.classList.toggle("off-" + b.getAttribute("data-toggle"), on);
    }
  });
})();
"""


def csp_hash(block: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(block.encode("utf-8")).digest()).decode() + "'"


# No network (default-src 'none'), and only the two blocks above may run or style the page.
CSP = (f"default-src 'none'; script-src {csp_hash(JS)}; style-src {csp_hash(CSS)}; "
       "base-uri 'none'; form-action 'none'")
