"""A project page's list of the owner's OTHER projects ("โครงการอื่นของ ชมรมผู้สูงอายุ…" over
"• 66-L3328-2-03 ฟันดีมีสุขวัยเก๋า 15,300.00 บาท"): each bulleted line right under the heading is another
project with its own amount, none of them this page's money. The heading (money_other_projects) opens
its line, unnumbered (minutes' "4.3 โครงการอื่นๆ" is an agenda item), and holds no digit; the list runs
over the bulleted lines right below it."""
from __future__ import annotations

from typing import Protocol, TypeVar

from ..literal_re import literal_regex
from .money_cues import Cues, Lines

HEADING_MAX = 80  # characters: a heading line, not a sentence
_BULLET = literal_regex(r"[ \t]*[●○◦•‣▪▸►›»➤✦◆◇■□\-*][ \t]+\S")
_DIGIT = literal_regex(r"[0-9๐-๙]")


class Amount(Protocol):
    start: int


A = TypeVar("A", bound=Amount)


def without_other_projects(lines: Lines, amounts: list[A], cues: Cues) -> list[A]:
    """`amounts` without those on the items of an other-projects list."""
    text = lines.text
    if cues.other_projects is None or cues.other_projects.search(text) is None:
        return amounts
    spans: list[tuple[int, int]] = []
    for m in cues.other_projects.finditer(text):
        ls, le = lines.bounds(m.start())
        if le - ls > HEADING_MAX or _DIGIT.search(text, ls, le) or text[ls:m.start()].strip():
            continue
        first = end = le + 1
        while end < len(text) and _BULLET.match(text, end):
            end = lines.bounds(end)[1] + 1
        if end > first:
            spans.append((first, end))
    if not spans:
        return amounts
    return [a for a in amounts if not any(s <= a.start < e for s, e in spans)]
