"""Stage 6: put the parsed values together into a validated Report."""
from __future__ import annotations

from collections.abc import Iterable

from .model import Report, Source, Warning
from .parse import Parsed


def assemble(source: Source, parsed: dict[str, Parsed], warnings: Iterable[Warning] = ()) -> Report:
    title_items = parsed["title"].items
    all_warnings = list(warnings)
    for p in parsed.values():
        all_warnings += p.warnings
    return Report(
        source=source,
        title=title_items[0] if title_items else None,
        area=parsed["venues"].extra.get("area"),
        dates=list(parsed["dates"].items),
        fiscal_years=list(parsed["fiscal_years"].items),
        budgets=list(parsed["budgets"].items),
        participants=list(parsed["participants"].items),
        officials=list(parsed["officials"].items),
        venues=list(parsed["venues"].items),
        objectives=list(parsed["objectives"].items),
        warnings=all_warnings,
    )
