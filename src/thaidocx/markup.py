"""Markup left in a text by the tool that made it, read as the text it stands for (normalize.py).

Length-changing edits on the text AS READ, `(orig_start, orig_end, replacement)`, which
normalize folds into its offset map (evidence still quotes the input):

- HTML that a scraper or a double escape left literal: character references with their `;`
  (`&nbsp;` `&quot;` `&amp;` `&#9742;` `&#x0E01;`: html.unescape's reading; an unknown name stays
  as written) and tags of HTML's own vocabulary (`<p>`, `</p>`, `<br/>`, `<li class="x">`, …):
  a tag that breaks a line (p, br, div, li, tr, h1-h6, …) becomes a line break, a cell's end a
  tab, any other tag nothing. `a < b`, `<5 คน` or `<ชื่อ>` are no tags (no known name after `<`).
- Markdown emphasis paired on one line (`**รวม**`, `__เพื่อ…__`): the markers go, the words stay.

Length-preserving blanking on the normalized text (spaces for the markers, no bookkeeping):

- e-mail quote markers (`> `, `>> `, `> > `) opening a run of 2+ consecutive lines;
- a Word "print with markup" document's margin notes (`Deleted: …`, `Formatted: …`,
  `Commented [จ1]: …`, `Moved (insertion) [1]`) at the end of a line after a wide gap or
  alone on a line, with the lines of the same balloon under them at the same column.
"""
from __future__ import annotations

import html
import re

Edit = tuple[int, int, str]

# ---- HTML ---------------------------------------------------------------------------------

_ENTITY_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Tags that end a line or a block when rendered; td/th end a cell.
_BREAK_TAGS = ("br|p|div|li|tr|h[1-6]|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|hr|blockquote|"
               "section|article|header|footer|nav|aside|pre|figure|figcaption|caption|form")
_INLINE_TAGS = ("a|b|i|u|s|em|strong|span|font|small|big|sup|sub|mark|code|abbr|cite|img|"
                "strike|del|ins|q|label|center|wbr|td|th|o:p")
_TAG_RE = re.compile(rf"<(/?)({_BREAK_TAGS}|{_INLINE_TAGS})(?=[\s/>])[^<>\n]{{0,300}}?>",
                     re.IGNORECASE)
_BREAKS = frozenset(_BREAK_TAGS.replace("h[1-6]", "h1|h2|h3|h4|h5|h6").split("|"))


def html_edits(text: str, translate: dict[int, int], drop: str) -> list[Edit]:
    """Edits decoding the character references and tags of `text`. `translate` is normalize's
    1:1 table (a decoded no-break space reads as a space, a decoded Thai digit as a digit);
    characters in `drop` (zero-width ones) decode to nothing."""
    edits: list[Edit] = []
    if "&" in text and ";" in text:
        for m in _ENTITY_RE.finditer(text):
            ref = m.group()
            char = html.unescape(ref)
            if char == ref:  # an unknown name: not a reference
                continue
            char = char.translate(translate)
            if drop:
                char = "".join(c for c in char if c not in drop)
            edits.append((m.start(), m.end(), char))
    if "<" in text and ">" in text:
        for m in _TAG_RE.finditer(text):
            name = m.group(2).lower()
            if name in _BREAKS:  # a line's own break in the source already does its work
                repl = "" if _at_line_edge(text, m.start(), m.end()) else "\n"
            elif name in ("td", "th") and m.group(1):
                repl = "\t"
            else:
                repl = ""
            edits.append((m.start(), m.end(), repl))
        if edits:
            edits.sort()
    return edits


_TRAILING_BLANKS = re.compile(r"[ \t]*(?:\n|\r|\Z)")


def _at_line_edge(text: str, start: int, end: int) -> bool:
    """The tag opens its line or closes it (blanks aside): `<p>` before a paragraph's first
    words, `<br>` at a line's end (a browser reads `<br>` + a line break as one break)."""
    return start == 0 or text[start - 1] in "\n\r" or _TRAILING_BLANKS.match(text, end) is not None


# ---- Markdown emphasis ---------------------------------------------------------------------

# A pair of markers on one line around text that neither opens nor closes with a space (as
# Markdown requires) and holds no marker character: `**รวม**`, `__เพื่อ…__`, not a rule
# `______` nor a lone `**` footnote mark.
_STRONG_RE = re.compile(r"\*\*(?=[^\s*])[^*\n]{1,300}?(?<=[^\s*])\*\*")
_UNDER_RE = re.compile(r"__(?=[^\s_])[^_\n]{1,300}?(?<=[^\s_])__(?![\w_])")  # (and no word before)


def emphasis_edits(text: str) -> list[Edit]:
    """Edits removing the paired markers of Markdown emphasis."""
    edits: list[Edit] = []
    for marker, pattern in (("**", _STRONG_RE), ("__", _UNDER_RE)):
        if marker[0] not in text or marker not in text:  # (one character: a far faster scan)
            continue
        for m in pattern.finditer(text):
            if marker == "__" and m.start() and (text[m.start() - 1].isalnum()
                                                 or text[m.start() - 1] == "_"):
                continue
            edits.append((m.start(), m.start() + 2, ""))
            edits.append((m.end() - 2, m.end(), ""))
    if len(edits) > 2:
        edits.sort()
    return edits


def decode(text: str) -> str:
    """`text` with its HTML references and tags and its Markdown emphasis read (a short piece
    quoted from the input, e.g. a name as written: parse/written.py)."""
    if "&" not in text and "<" not in text and "**" not in text and "__" not in text:
        return text
    edits = sorted(html_edits(text, {}, "") + emphasis_edits(text))
    out, pos = [], 0
    for s, e, r in edits:
        if s < pos:
            continue
        out += [text[pos:s], r]
        pos = e
    out.append(text[pos:])
    return "".join(out)


# ---- e-mail quote markers ------------------------------------------------------------------

# The markers opening a line: `>`, `>>`, `> >`, with the spaces up to the text; only when a
# space, a line end or the text's end follows (`>5`, `>=` are comparisons).
_QUOTE = r"[ \t]*>(?:[ \t]*>)*(?=[ \t\n]|\Z)"
_QUOTE_FIRST = re.compile(_QUOTE)
_QUOTE_RE = re.compile("\n" + _QUOTE)  # a literal first: re skips to each line break in C
MIN_QUOTED = 2  # consecutive quoted lines that make a quote (a lone `> 5 คน` stays)


def blank_quote_markers(text: str) -> str:
    """The text with the quote markers of 2+ consecutive quoted lines read as spaces."""
    if ">" not in text or ("\n>" not in text and not text.startswith(">")
                           and not re.search(r"\n[ \t]+>", text)):
        return text
    first = _QUOTE_FIRST.match(text)
    marks = [first.span()] if first else []
    marks += [(m.start() + 1, m.end()) for m in _QUOTE_RE.finditer(text)]
    if len(marks) < MIN_QUOTED:
        return text
    runs: list[list[tuple[int, int]]] = []
    for s, e in marks:
        if runs and text.count("\n", runs[-1][-1][1], s) == 1:
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
    out, pos = [], 0
    for run in runs:
        if len(run) < MIN_QUOTED:
            continue
        for s, e in run:
            out += [text[pos:s], " " * (e - s)]
            pos = e
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# ---- Word margin notes ---------------------------------------------------------------------

_NOTE = (r"(?:Deleted|Formatted|Inserted|Comment(?:ed)?[ \t]*\[[^\]\n]{1,12}\])[ \t]*:"
         r"|(?:Formatted Table|Deleted Cells|Inserted Cells|Field Code Changed|Split Cells"
         r"|Merged Cells)(?=[ \t]*(?:\n|\Z))"
         r"|Moved[ \t]*\((?:insertion|deletion)\)(?:[ \t]*\[[0-9]{1,3}\])?"
         r"|Moved (?:up|down)[ \t]*\[[0-9]{1,3}\]")
# A note, to its line's end; it counts after a gap of 4+ blanks or alone on its line (_placed).
_NOTE_RE = re.compile(rf"(?:{_NOTE})[^\n]*")
_NOTE_HINTS = ("Deleted", "Formatted", "Inserted", "Comment", "Moved", "Field Code", "Cells")
_NOTE_STARTS = ("Deleted", "Formatted", "Inserted", "Comment", "Moved", "Field Code", "Split Cells",
                "Merged Cells")
WIDE_GAP = 4  # blanks before a balloon's next line at the note's column
COLUMN_SLACK = 2  # characters a balloon's lines may stray from the note's column
MARGIN_COLUMN = 60  # characters: a note further left has no further lines looked for


def blank_margin_notes(text: str) -> str:
    """The text with Word's margin notes (and their balloons' further lines) blanked."""
    if not any(_holds(text, h) for h in _NOTE_HINTS):
        return text
    spans: list[tuple[int, int]] = []
    for s in _note_starts(text):
        m = _NOTE_RE.match(text, s)
        if m is None or not _placed(text, s):
            continue
        spans.append(m.span())
        spans += _balloon_lines(text, *m.span())
    if not spans:
        return text
    spans.sort()
    out, pos = [], 0
    for s, e in spans:
        if s < pos:
            continue
        out += [text[pos:s], " " * (e - s)]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _holds(text: str, word: str) -> bool:
    """`word in text`, told first by its letters one by one: a scan for one character is many
    times faster than one for a word, and most texts lack one of a note word's letters."""
    return all(c in text for c in _LETTERS[word]) and word in text


_LETTERS = {h: "".join(sorted(set(h) - {" "})) for h in _NOTE_HINTS}


def _note_starts(text: str) -> list[int]:
    """Where a note keyword stands (str.find, far faster than a pattern tried everywhere)."""
    out = []
    for hint in _NOTE_STARTS:
        i = text.find(hint)
        while i != -1:
            out.append(i)
            i = text.find(hint, i + 1)
    return sorted(out)


def _placed(text: str, pos: int) -> bool:
    """A note at `pos` stands in the margin: after a gap of WIDE_GAP+ blanks, or alone on its
    line (blanks before it only)."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return not before.strip() or before.endswith((" " * WIDE_GAP, "\t"))


def _balloon_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The further lines of the balloon whose first line runs from `start` to `end` (a line's
    end): text at the note's column after a wide gap (or after blanks alone), on the lines right
    under it, up to a line with nothing there or with a note of its own."""
    col = start - (text.rfind("\n", 0, start) + 1)
    out: list[tuple[int, int]] = []
    if col < MARGIN_COLUMN:  # a balloon stands in the right margin, past any body text
        return out
    line_start = end + 1
    while line_start < len(text):
        nl = text.find("\n", line_start)
        line_end = len(text) if nl == -1 else nl
        line = text[line_start:line_end]
        piece = _piece_at(line, col)
        if piece is None or _NOTE_RE.search(line):
            break
        out.append((line_start + piece, line_end))
        line_start = line_end + 1
    return out


def _piece_at(line: str, col: int) -> int | None:
    """Where the line's last piece starts when it starts within COLUMN_SLACK of `col`, after a
    wide gap or after blanks alone."""
    lo, hi = col - COLUMN_SLACK, col + COLUMN_SLACK
    if len(line) <= lo:
        return None
    for i in range(max(lo, 1), min(hi, len(line) - 1) + 1):
        if line[i] not in " \t" and line[i - 1] in " \t":
            gap = line[:i]
            if not gap.strip() or gap.endswith(" " * WIDE_GAP) or gap.endswith("\t"):
                return i
    return None
