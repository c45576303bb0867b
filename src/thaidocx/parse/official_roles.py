"""The roles of the officials' mentions (parse/officials.py): cue words next to a mention
(rules/people.toml, people_roles), else the attendee-list heading above it (people_sections)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

from ..literal_re import WHITE_SPACE
from .name_tries import PeopleLex

if TYPE_CHECKING:
    from .official_merge import Mention

# A list item's lead: a number, a bullet, an opening parenthesis.
LINE_LEAD = re.compile(r"[ \t]*(?:[0-9]{1,3}[.)][ \t]*|[-–•*][ \t]*)?\(?[ \t]*")
_DIGIT = re.compile(r"[0-9]")  # a heading line holds no count ("ผู้เข้าร่วมประชุม 150 คน")
_INTRO = re.compile(f"[{WHITE_SPACE}:|\\-–]*(?:โดย(?:มี)?|คือ|ได้แก่)?[{WHITE_SPACE}:|\\-–(]*")


def line_end(text: str, pos: int, window: int) -> int:
    hi = min(len(text), pos + window)
    i = text.find("\n", pos, hi)
    return i if i >= 0 else hi


def role(text: str, m: Mention, nxt: int, lex: PeopleLex, sections: Headings) -> str:
    """The role of a mention: a cue word opening its position, after it on its line, or right
    before it; else the attendee list it sits in."""
    if m.position:
        own = lex.role.match(text, m.position[0])
        if own and own.end() >= m.head_end:
            return lex.roles[own.group()]
    hi = min(nxt, line_end(text, m.end, 80))
    after = lex.role.search(text, m.end, hi) if hi > m.end else None
    if after:
        return lex.roles[after.group()]
    lo = max(0, m.start - 40)
    last = None
    for last in lex.role.finditer(text, lo, m.start):
        pass
    if last is not None and _INTRO.fullmatch(text, last.end(), m.start):  # the nearest cue
        return lex.roles[last.group()]
    return sections.role_at(m.start)


class Headings:
    """The attendee-list headings of a document, found when a mention first needs them (most
    take their role from a cue, and most documents hold no heading)."""

    def __init__(self, text: str, lex: PeopleLex) -> None:
        self.text, self.lex = text, lex
        self._found: list[tuple[int, str]] | None = None

    def role_at(self, pos: int) -> str:
        """The role of the list holding `pos` ("other" outside any list)."""
        if self._found is None:
            self._found = _sections(self.text, self.lex)
        i = bisect.bisect_right(self._found, (pos, "~")) - 1
        if i >= 0 and self._found[i][1] != "end":
            return self._found[i][1]
        return "other"


@lru_cache(maxsize=8)  # one entry per rule set's section words
def _heading_lines(section: str) -> tuple[re.Pattern, re.Pattern]:
    """A section word right after a line's lead (LINE_LEAD atomic: as matched alone), at the
    start of the text and after a line break ("\n" first: re jumps from break to break)."""
    body = f"(?>{LINE_LEAD.pattern})({section})"
    return re.compile(body), re.compile("\n" + body)


def _sections(text: str, lex: PeopleLex) -> list[tuple[int, str]]:
    """Attendee-list headings (short lines starting with a section word, no count) and the lines
    that close a list (เริ่มประชุม …), in text order."""
    out = []
    first, rest = _heading_lines(lex.section.pattern)
    head = first.match(text)
    for hit in chain((head,) if head else (), rest.finditer(text)):
        s = hit.start(1)
        end = text.find("\n", s)
        end = len(text) if end < 0 else end
        role = lex.sections[hit.group(1)]
        if role == "end" or (end - s <= 40 and not _DIGIT.search(text, s, end)):
            out.append((hit.start() + (hit is not head), role))
    return out
