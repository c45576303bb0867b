"""Checks on a title + name mention before it counts as a person: คุณ as the pronoun "you", "อ."
as อำเภอ rather than อาจารย์, a place or a share after an occupation word, a credit line's
untitled writer. officials.py reads the mentions and calls these.
"""
from __future__ import annotations

import re
from typing import Any

from .geo import is_district, province_key
from .name_titles import TitleSpan, name_lists
from .name_tries import PeopleLex
from .names import Name, pali
from .positions import head_at

TITLE_RULE = "people.title_name"
MONK_RULE = "people.monk"
AJARN_RULE = "people.ajarn_abbr"  # "อ." after a speaker cue: อาจารย์ there, else อำเภอ
AJARN_NEXT_RULE = "people.ajarn_next"  # "อ." as a later item of a list of อาจารย์
AJARN_STACKED_RULE = "people.ajarn_stacked"  # "อ.ดร.", "อ.นพ.": อาจารย์ wherever it stands
BYLINE_RULE = "people.byline"  # a credit line's untitled writer: only with a position after
AJARN_LINE_RULE = "people.ajarn_line"  # "อ." opening a line: only before name + organization
AJARN_RULES = (AJARN_RULE, AJARN_NEXT_RULE, AJARN_STACKED_RULE, AJARN_LINE_RULE)
AJARN_LIST_GAP = 300  # a later list item starts at most this far after the item before it
PRONOUN_TITLE = "คุณ"  # also the pronoun "you" (people_pronoun_before)


def pronoun_re(rules) -> re.Pattern:
    words = sorted(rules.lexicon("people_pronoun_before").spec.entries, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")[ \t]?$")


def pronoun(text: str, t: TitleSpan, name: Name, pronoun_re: re.Pattern) -> bool:
    """คุณ as "you" ("การใช้งานของคุณ หากใช้งานต่อ…"): after ของ / ให้ / กับ / แก่, with no listed
    given name after it."""
    return (t.text == PRONOUN_TITLE and pronoun_re.search(text, max(0, t.start - 6), t.start)
            is not None and name.given not in name_lists()[0])


def after_ajarn(mentions: list[Any], start: int) -> bool:
    """Whether the mention before `start` is an อาจารย์ ("อ.") close enough for `start` to be the
    next item of the same list ("วิทยากร 1. อ.… 2. อ.…", "อ.… และ อ.…")."""
    if not mentions:
        return False
    prev = mentions[-1]
    return prev.rule in AJARN_RULES and start - prev.name.end <= AJARN_LIST_GAP


_GAP = re.compile(r"[ \t]+")


def org_after(text: str, end: int, lex: PeopleLex) -> bool:
    """An organization word after the name and a space ("อ.ปวีณา ทองสุข วิทยาลัยพยาบาล…")."""
    gap = _GAP.match(text, end)
    return gap is not None and lex.org_start.match(text, gap.end()) is not None


def post_after(text: str, name: Name, lex: PeopleLex, starts: list[int]) -> bool:
    """A family name, then a position word after a space on the same line."""
    gap = _GAP.match(text, name.end) if name.family is not None else None
    return gap is not None and head_at(text, gap.end(), lex, starts) is not None


# A count in number words with its classifier: "หกรูป", "ยี่สิบสองคน" (no name is a count).
_COUNT = re.compile("(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|หมื่น|แสน)+"
                    "(?:รูป|คน|ราย|องค์|ท่าน)")


def place_or_quota(name: Name) -> bool:
    """A lone word after a title that names a place or a share (แห่งละ, คนละ), not a person: an
    occupation used as a title ("พยาบาลวิชาชีพ") is also a plain noun before such words. A count
    of them in number words is no name either ("สามเณรหกรูป รวมยี่สิบแปดรูป")."""
    given = name.given
    if _COUNT.fullmatch(given):
        return True
    if name.family is not None:
        return False
    return given.endswith("ละ") or province_key(given) is not None or is_district(given)


def common_noun(t: TitleSpan, name: Name, lex: PeopleLex) -> bool:
    """A title that is also a common noun (people_noun_titles: อาจารย์, สามเณร) before words that
    are no name: "อาจารย์นิเทศของกลุ่มคือ", "สามเณรร่วมบริจาคโลหิต". A person needs a family
    name after the given name, or a listed given name. A monk's (พระอาจารย์) surname is a Pali
    one: other words after the given name are no family name ("พระอาจารย์ใจดีมาก มีโรง…")."""
    if t.text not in lex.noun_titles or name.given in name_lists()[0]:
        return False
    family = None if name.split else name.family
    if family is not None and t.kind == "monk" and t.text.startswith("พระ") and not pali(family):
        family = None
    return family is None


def ajarn_name(name: Name) -> bool:
    """A teacher's name after "อ.": given and family name, no district or province among them
    ("อ.แม่ทะ …", "อ.เมือง ลำปาง" are addresses)."""
    return (name.family is not None and not name.split and not name.given.startswith("เมือง")
            and not is_district(name.given) and not is_district(name.full.replace(" ", ""))
            and province_key(name.family) is None)


# A nickname with a title: "ภก.ณัฐพล บุญประเสริฐ (ภก.บอส) เภสัชกร…" (the title is checked).
_TITLED_NICK = re.compile(r"[ \t]*\(((?:[\u0e01-\u0e2e]{1,4}\.){1,2})[ ]?[\u0e01-\u0e4e]{2,14}\)[ \t]*")
_NICK_OPEN = re.compile(r"[ \t]*\($")


def _titled(text: str, c: int, lex: PeopleLex) -> bool:
    """A dotted title at `c` that is a whole title (ภก., นพ.), not a post (ผอ.) or an org (รพ.)."""
    t = lex.title.match(text, c)
    return t is not None and text[t.end() - 1] == "." and not lex.position.match(text, c)


def titled_nick_end(text: str, p: int, limit: int, lex: PeopleLex) -> int:
    """Past a bracketed nickname with a dotted title at `p` ("(ภก.บอส)"); `p` when none."""
    m = _TITLED_NICK.match(text, p, limit)
    return m.end() if m and _titled(text, m.start(1), lex) else p


def nickname_of(text: str, prev: Name, t: TitleSpan, name: Name, lex: PeopleLex) -> bool:
    """A dotted title and one word alone in brackets right after the full name `prev`: that
    person's nickname ("ภก.ณัฐพล บุญประเสริฐ (ภก.บอส)"), no other person."""
    return (name.family is None and text.startswith(")", name.end)
            and prev.family is not None and prev.end < t.start
            and _NICK_OPEN.fullmatch(text, prev.end, t.start) is not None
            and _titled(text, t.start, lex))
