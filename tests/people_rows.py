"""What the officials tests compare: each person found, by name, with title and position (a
position's inner whitespace folded), after checking that every item's evidence quotes the input."""
from __future__ import annotations

from thaidocx import extract


def people_by_name(text: str) -> dict[str, tuple[str | None, str | None]]:
    report = extract(text)
    for o in report.officials:  # provenance holds for every item
        assert text[o.evidence.start:o.evidence.end] == o.evidence.text
    return {o.name: (o.title, " ".join(o.position.split()) if o.position else None)
            for o in report.officials}
