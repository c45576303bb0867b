"""What every reader returns, and the one error a reader raises."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Warning


class LoadError(Exception):
    """An input could not be read as a document; the message says why."""


@dataclass(frozen=True)
class Read:
    """A document as read: `text` is exactly what the Report's offsets will point into."""

    text: str
    format: str  # "text" | "docx" | "pdf" | "image" | "html"
    encoding: str | None = None
    pages: int | None = None
    warnings: tuple[Warning, ...] = ()
