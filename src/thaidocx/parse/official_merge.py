"""One Official per person, from the mentions officials.py reads: mentions with the same name (or a
given name alone with the one full name it starts) are one person; the most informative position
wins, and its organization part is read off it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..literal_re import WHITE_SPACE
from ..model import Official
from .column_positions import Pieces, joined
from .digits_written import digits_as_written
from .context import Context
from .items import evidence, maker
from .name_tries import PeopleLex, overlapped
from .name_titles import TitleSpan, TokenStarts, is_thai
from .names import Name
from .official_latin import latin_repeats
from .positions import head_at
from .written import as_written

ROLE_ORDER = ("chair", "speaker", "responsible", "host", "participant", "other")
_ROLE_RANK = {r: i for i, r in enumerate(ROLE_ORDER)}
_SPACE_RUN = re.compile(f"[{WHITE_SPACE}]+")  # regex's \s, on stdlib re
_OFFICIAL = maker(Official)

@dataclass(slots=True)
class Mention:
    rule: str
    title: TitleSpan
    name: Name
    start: int             # the title's start (read often: a field, not a property)
    position: tuple[int, int] | None = None
    head_end: int = 0      # where the position's head word ends (the organization follows)
    after: bool = False    # the position follows the name
    role: str = "other"
    pieces: Pieces | None = None  # a position in pieces: a table cell or a line wrapped below

    @property
    def end(self) -> int:
        return self.position[1] if self.position and self.after else self.name.end


def _organization(text: str, m: Mention, lex: PeopleLex, tokens: TokenStarts,
                  starts: list[int]) -> str | None:
    """The organization part of the position: from the first organization word after the head
    that starts a word, up to the next position word ("ผอ.รพ.สต.ป่าแดด กรรมการ" -> รพ.สต.ป่าแดด).
    A position in pieces: from that word to the end of the last piece."""
    pieces = m.pieces or (m.position,)  # type: ignore[assignment]
    for i, (start, end) in enumerate(pieces):
        lo = m.head_end if i == 0 else start
        for o in overlapped(lex.org_start, text, lo, end):
            s = o.start()
            if s == lo or not is_thai(text[s - 1]) or tokens.at(s):
                if len(pieces) > 1:
                    return joined(text, ((s, end),) + tuple(pieces[i + 1:]), lex) or None
                for ws in _SPACE_RUN.finditer(text, s, end):
                    c = ws.end()
                    if not lex.org.match(text, c) and head_at(text, c, lex, starts):
                        end = ws.start()
                        break
                org = _SPACE_RUN.sub(" ", text[s:end]).strip()
                return org or None
    return None


def merge(ctx: Context, text: str, mentions: list[Mention], lex: PeopleLex,
          tokens: TokenStarts) -> list[Official]:
    """One item per person: mentions with the same name, and a given name alone with the one full
    name it starts; the most informative position wins."""
    starts = [m.start for m in mentions]
    groups: dict[str, list[Mention]] = {}
    by_given: dict[str, list[str]] = {}  # the groups whose first mention has this given name
    given_only = []
    for m in mentions:
        if m.name.family is not None or m.title.kind in ("monk", "bare"):
            _add(groups, by_given, _key(m), m)
        else:
            given_only.append(m)
    for m in given_only:  # (a lookup, not a scan of all groups: long attendee lists)
        same = by_given.get(m.name.given, ())
        _add(groups, by_given, same[0] if len(same) == 1 else _key(m), m)
    out = []
    repeats = latin_repeats({k: g[0].name.full for k, g in groups.items()})
    for key in repeats:  # "Mr. Worachet Inkaew" in the English part: the Thai-named person
        del groups[key]
    for group in sorted(groups.values(), key=_first_start):
        if not _addressed_only(group, lex):
            out.append(_official(ctx, text, group, lex, tokens, starts))
    return out


def _addressed_only(group: list[Mention], lex: PeopleLex) -> bool:
    """Every mention a form of address (people_address_titles: คุณ) with a given name alone
    ("ผู้สื่อข่าว (คุณอารีย์ …)"): a caller or a nickname, no named person."""
    return all(m.name.family is None and m.title.text.strip() in lex.address_titles
               for m in group)


def _add(groups: dict[str, list[Mention]], by_given: dict[str, list[str]], key: str,
         m: Mention) -> None:
    group = groups.get(key)
    if group is None:
        groups[key] = [m]
        by_given.setdefault(m.name.given, []).append(key)
    else:
        group.append(m)


def _first_start(group: list[Mention]) -> int:
    return group[0].start if len(group) == 1 else min(x.start for x in group)


def _signoff(text: str, m: Mention, lex: PeopleLex) -> bool:
    return lex.signoff.fullmatch(text, *m.position) is not None  # type: ignore[misc]


def _key(m: Mention) -> str:
    return m.name.full.replace(" ", "")


def _official(ctx: Context, text: str, group: list[Mention], lex: PeopleLex,
              tokens: TokenStarts, starts: list[int]) -> Official:
    if len(group) == 1:  # most people are mentioned once
        base = best = group[0]
        role = base.role
    else:
        base = max(group, key=lambda x: (x.name.family is not None, x.title.text != "", -x.start))
        with_pos = [x for x in group if x.position]
        # a sign-off (ผู้เสนอโครงการ) yields to a post the person is given elsewhere; the post
        # next to the full name beats one near a repeat by given name ("นายแพทย์ธนากรฯ กล่าวว่า")
        best = max(with_pos, key=lambda x: (not _signoff(text, x, lex), x.name.family is not None,
                                            x.position[1] - x.position[0])) if with_pos else base
        role = min((x.role for x in group), key=_ROLE_RANK.__getitem__)
    if best.pieces:
        position = joined(text, best.pieces, lex)
    else:
        position = text[best.position[0]:best.position[1]] if best.position else None
        position = _SPACE_RUN.sub(" ", position) if position else None  # tabs, line breaks
    if position:  # "ผบ.มทบ.๒๕": digits as written
        span = best.pieces or (best.position,)
        position = digits_as_written(ctx, span[0][0], span[-1][1], position)  # type: ignore[index]
    ev_start = min(best.start, best.position[0]) if best.position else best.start
    ev_end = best.name.end if best.position and not best.after else best.end
    return _OFFICIAL({
        "title": base.title.text.strip() or None,
        "name": as_written(ctx, base.name.start, base.name.end, base.name.full),
        "position": position,
        "organization": _organization(text, best, lex, tokens, starts) if best.position else None,
        "role": role,
        "evidence": evidence(ctx.norm, ev_start, ev_end, best.rule),
    })
