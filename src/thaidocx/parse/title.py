"""Parse title matches into Report values."""
from __future__ import annotations

from .context import Context, Parsed


def parse(ctx: Context) -> Parsed:
    return Parsed()
