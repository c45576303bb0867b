"""Report items made in one validation: the item's fields with its evidence as a plain dict.

`Budget(..., evidence=ctx.evidence(...))` validates twice (the Evidence model, then the item)
and maps the span through two method calls; the item's own validator given one dict holding
the evidence's fields makes the same frozen models (same values, same fields set), for about
half the cost. Parsers make hundreds of items per document, so this shows.
"""
from __future__ import annotations

from typing import Any, Callable, TypeVar

from pydantic import BaseModel

from ..normalize import NormText

M = TypeVar("M", bound=BaseModel)


def maker(model: type[M]) -> Callable[[dict[str, Any]], M]:
    """The model's validator: a dict of its fields (nested models as dicts too) -> the model."""
    return model.__pydantic_validator__.validate_python


def evidence(norm: NormText, start: int, end: int, rule: str) -> dict[str, Any]:
    """Context.evidence's fields as a dict (the span of the NORMALIZED text mapped back to the
    original input); without edits offsets map to themselves, as NormText.to_original does."""
    if norm.edits:
        text, s, e = norm.original_span(start, end)
    else:
        s, e = start, (end if end > start else start)
        text = norm.original[s:e]
    return {"text": text, "start": s, "end": e, "rule": rule}
