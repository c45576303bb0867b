"""The funding source of a total: the phrase naming who pays ("งบประมาณจากกองทุน… 20,000 บาท"), in
the amount's clause or right after it, or a document-level "แหล่งงบประมาณ …" label line."""
from __future__ import annotations

from typing import Protocol

from ..literal_re import literal_regex
from .money_cues import SOURCE_WINDOW, Cues, Lines, clause_start

SOURCE_MAX = 150  # a longer "source" is a run-on sentence, not a funder's name
_TRIM = " \t,:;-|"  # not ".": abbreviations end with it (สปสช., อบต.)
_SPACES = literal_regex(r"[ \t]+")


class Amount(Protocol):
    start: int
    end: int


def source(lines: Lines, a: Amount, prev: Amount | None, ls: int, cues: Cues) -> str | None:
    """The funding-source phrase in the clause before the amount (on its line, which starts
    at `ls`), or right after it."""
    text = lines.text
    cut = clause_start(ls, a.start, prev.end if prev is not None else None)
    window = text[cut:a.start]
    m = cues.source_start.search(window)
    if m is None:
        window = text[a.end:min(lines.bounds(a.end)[1], a.end + SOURCE_WINDOW)]
        m = cues.source_start.match(window, len(window) - len(window.lstrip()))
    if m is None:
        return None
    stop = cues.source_stop.search(window, m.end())
    phrase = _balanced(window[m.start():stop.start() if stop else len(window)])
    return phrase if 0 < len(phrase) <= SOURCE_MAX else None


def _balanced(phrase: str) -> str:
    """Trim spaces and punctuation, but keep a parenthesis that closes one opened inside."""
    phrase = _SPACES.sub(" ", phrase).strip(_TRIM)
    if phrase.endswith(")") and phrase.count("(") < phrase.count(")"):
        phrase = phrase[:-1].strip(_TRIM)
    if phrase.startswith("(") and phrase.count("(") > phrase.count(")"):
        phrase = phrase[1:].strip(_TRIM)
    return phrase


def label_source(text: str, cues: Cues) -> str | None:
    """A document-level "แหล่งงบประมาณ ..." line, for a total that names no source itself."""
    if not any(term in text for term in cues.source_labels):  # none of its terms: no label
        return None
    m = cues.source_label.search(text)
    if m is None:
        return None
    src = _balanced(m.group("src"))
    return src if 0 < len(src) <= SOURCE_MAX else None
