"""Objectives written in a `|` table cell that wraps onto continuation rows (pipe_rows.py):

    | วัตถุประสงค์ | 1) เพื่อให้สตรีอายุ 30-60 ปี ได้รับการคัดกรองมะเร็ง |
    |  | ปากมดลูกด้วยการเก็บตัวอย่างด้วยตนเอง |
    |  | 2) เพื่อพัฒนาศักยภาพ อสม. |

The cell's pieces (one per row) are grouped into items: a piece opening with a list number or
bullet starts the next item, any other piece goes on the item above (a wrapped line). Each item
is its span in the text (evidence) and its pieces (its value, joined as the cell reads)."""
from __future__ import annotations

import re

from . import pipe_rows

# A piece opening an item: "2) ", "(2) ", "2. ", "- ", "• ".
_ITEM_MARK = re.compile(r"(?:\(?[0-9]{1,2}[.)]|[-•*●▪✓✔➢►○◦])[ \t]*")

Item = tuple[int, int, pipe_rows.Pieces]


def cell_items(text: str, s: int) -> list[Item]:
    """The items of the `|` cell holding `s` (an objective's เพื่อ) from `s` on, when the cell
    goes on over continuation rows; [] otherwise (the caller reads the text as prose)."""
    end = pipe_rows.cell_end(text, s)
    if end is None or end <= s:
        return []
    more = pipe_rows.continuation(text, s)
    if not more:
        return []
    items: list[list[tuple[int, int]]] = [[(s, end)]]
    for a, b in more:
        mk = _ITEM_MARK.match(text, a, b)
        if mk is None:
            items[-1].append((a, b))
        elif mk.end() < b:
            items.append([(mk.end(), b)])
    return [(p[0][0], p[-1][1], tuple(p)) for p in items]
