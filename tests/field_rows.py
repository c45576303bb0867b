"""What the field tests compare, read off a Report (one helper per field, shared by the test
tables instead of a copy in every file). Helpers that return items check provenance first:
every item's evidence quotes the input."""
from __future__ import annotations

from thaidocx import extract, load_rules
from thaidocx.normalize import normalize
from thaidocx.parse.page_lines import with_page_lines
from thaidocx.sections import find_sections


def title_of(text: str) -> str | None:
    t = extract(text).title
    return t.value if t else None


def objective_texts(text: str) -> list[str]:
    return [o.text for o in extract(text).objectives]


def objective_texts_folded(text: str) -> list[str]:
    """Each objective with its inner whitespace folded (a wrapped line's break and indent)."""
    return [" ".join(o.text.split()) for o in extract(text).objectives]


def venue_names(text: str) -> list[str]:
    return [v.name for v in extract(text).venues]


def participant_counts(text: str) -> list[int]:
    report = extract(text)
    for p in report.participants:
        assert text[p.evidence.start:p.evidence.end] == p.evidence.text
    return [p.count for p in report.participants]


def people_by_name(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each person by name, with title and position (the position's inner whitespace folded)."""
    report = extract(text)
    for o in report.officials:
        assert text[o.evidence.start:o.evidence.end] == o.evidence.text
    return {o.name: (o.title, " ".join(o.position.split()) if o.position else None)
            for o in report.officials}


def is_chrome(doc: str, needle: str) -> bool:
    """Is the first `needle` of the normalized document inside page chrome (sections.elsewhere)?"""
    rules = load_rules()
    norm = normalize(doc)
    sections = with_page_lines(norm.text, find_sections(norm, rules), rules)
    pos = norm.text.index(needle)
    return any(s <= pos < e for s, e in sections.elsewhere)


def assert_spans_map_back(original: str) -> None:
    """Every span of the normalized text maps back to a span inside `original` (the offset map
    of normalize and its repairs)."""
    norm = normalize(original)
    n = len(norm.text)
    for start in range(n + 1):
        for end in range(start, n + 1):
            s, e = norm.to_original(start, end)
            assert 0 <= s <= e <= len(original)
