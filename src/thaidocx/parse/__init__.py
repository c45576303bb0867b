"""Stage 5: turn rule matches into typed values, one module per Report field."""
from __future__ import annotations

from . import dates, fiscal, money, objectives, officials, participants, title, venues
from .context import Context, Parsed

# Report field -> parser. Each parser reads the matches for its field from the Context.
PARSERS = {
    "dates": dates.parse,
    "fiscal_years": fiscal.parse,
    "budgets": money.parse,
    "participants": participants.parse,
    "title": title.parse,
    "officials": officials.parse,
    "venues": venues.parse,
    "objectives": objectives.parse,
}


def parse_all(ctx: Context) -> dict[str, Parsed]:
    return {name: fn(ctx) for name, fn in PARSERS.items()}


__all__ = ["Context", "Parsed", "parse_all", "PARSERS"]
