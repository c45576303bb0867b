"""Choices among a document's venues once all are read (venues.py): a venue text that only
points back at a part of another venue, or a name cut short of another one, names no place
of its own, and one place written twice (a short form and the full one) is one venue. The words
are lexicons in rules/places.toml (place_kind, place_facility, place_continue,
place_abbreviation)."""
from __future__ import annotations

import bisect
import re
from typing import Sequence, TypeVar

import regex

from ..literal_re import WHITE_SPACE, literal_regex

_SPACES = re.compile(f"[{WHITE_SPACE}]+")
P = TypeVar("P")


class DocLex:
    """Built once per RuleSet (RuleSet.derived)."""

    def __init__(self, rules) -> None:
        pat = lambda name: rules.lexicon(name).pattern()
        kind = f"(?:{pat('place_kind')}|{pat('place_facility')})"
        # a text made only of kind words: "ห้องอาหารโรงแรม", "ห้องประชุม โรงพยาบาล"
        self.kind_only: re.Pattern | regex.Pattern = literal_regex(
            rf"{kind}(?:[ \t\n]*{kind})*[ \t]*")
        # what goes on after a name's head in a longer name: another facility, a floor or
        # building word, a bracket ("คลินิกไร้พุง(DPAC)…")
        self.goes_on: re.Pattern | regex.Pattern = literal_regex(
            rf"\(|{pat('place_facility')}|{pat('place_continue')}")
        # its head word: a kind of room or ground ("ห้องอาหาร…") or a facility ("ห้องพยาบาล…")
        self.kind_head: re.Pattern | regex.Pattern = literal_regex(pat("place_kind"))
        self.facility_head: re.Pattern | regex.Pattern = literal_regex(pat("place_facility"))
        abbr = rules.lexicon("place_abbreviation")
        self.full: dict[str, str] = {a: str(full) for a, full in abbr.table.items()}
        # longest first, so "รพ.สต." is read before "รพ."
        self.abbr_re: re.Pattern = re.compile("|".join(
            re.escape(a) for a in sorted(self.full, key=len, reverse=True)))

    def kind_led(self, name: str) -> bool:
        """Is `name` led by a kind word longer than any facility word it starts with ("ห้องอาหาร…",
        not "ห้องพยาบาล…" though place_kind has ห้อง)?"""
        k = self.kind_head.match(name)
        f = self.facility_head.match(name)
        return k is not None and (f is None or k.end() > f.end())


def doc_lex(rules) -> DocLex:
    return rules.derived(DocLex)


def key(name: str) -> str:
    return _SPACES.sub("", name)


def same_key(name: str, dl: DocLex) -> str:
    """What two writings of one place share: no spaces, short forms written out ('รร.บ้านโคก'
    and 'โรงเรียน บ้านโคก' give the same key)."""
    return dl.abbr_re.sub(lambda m: dl.full[m.group()], key(name))


def one_each(places: Sequence[P], dl: DocLex) -> list[P]:
    """One place per key (same_key), in the order they first come: the one written on one line
    when another copy is cut by a line break, else the fullest writing ('โรงเรียนบ้านโคก' over
    'รร.บ้านโคก': a summary box's short form of the article's venue)."""
    out: list[P] = []
    seen: dict[str, int] = {}
    for p in places:
        k = same_key(p.name, dl)  # type: ignore[attr-defined]
        if k not in seen:
            seen[k] = len(out)
            out.append(p)
            continue
        old = out[seen[k]].name  # type: ignore[attr-defined]
        new = p.name  # type: ignore[attr-defined]
        if "\n" in old or "\n" in new:
            better = "\n" in old and "\n" not in new
        else:
            better = len(key(new)) > len(key(old))
        if better:
            out[seen[k]] = p
    return out


def points_at(unnamed: Sequence[str], name: str, dl: DocLex) -> bool:
    """Does an unnamed venue ('ห้องพยาบาลโรงเรียน' = the school's infirmary, made only of kind and
    facility words) point at the place `name` ('โรงเรียนบ้านตะเคียนราม', the school a report's
    header names with its address): its facility word comes after the unnamed venue's head?"""
    head = dl.facility_head.match(name)
    if head is None:
        return False
    for u in unnamed:
        own = dl.facility_head.match(u) or dl.kind_head.match(u)
        if head.group() in u[own.end() if own else 0:]:
            return True
    return False


def own_places(places: Sequence[P], names: Sequence[str], dl: DocLex) -> list[P]:
    """The places that name a place of their own, in their order. Left out:
    - a text made only of kind words, when another venue has a name, and the text is led by a
      kind of room or ground ('(ณ ห้องอาหารโรงแรม)' = the hotel's restaurant: a side room of that
      venue) or another venue's name starts with it ('ใต้ศาลาประชาคม' beside 'ศาลาประชาคมบ้านโคก':
      the same place). A facility of its own stays ('ที่ห้องพยาบาลโรงเรียน', the school's
      infirmary, beside 'ห้องประชุมโรงเรียนบ้านดอน'). Alone it stays: the context made it clear
      to the writer ('หน้าศูนย์บริการสาธารณสุขเทศบาล');
    - a name that another one goes on from with a facility or building word: the same place
      cut short, as a line wrapped inside it ('ณ ห้องประชุมสภา' / '   เทศบาลตำบลเวียงชัย'
      beside 'ห้องประชุมสภาเทศบาลตำบลเวียงชัย'). A longer village name is another place
      ('…บ้านนา' beside '…บ้านนาคำ');
    - a name that another one writes more fully between the same head word and the same owner
      ('ศาลาวัดโพธิ์ศรี…' beside 'ศาลาการเปรียญวัดโพธิ์ศรี…': the hall of that temple, said
      again in short; the owner opens with a facility word; letters only between, not a number:
      'อาคาร 2' is another building);
    - a name that another one writes with an inner name (a brand) between its head and its
      last written word ('ศูนย์กระจายสินค้าขอนแก่น' in a headline beside 'อาคารสำนักงาน
      ศูนย์กระจายสินค้าบิ๊กมาร์ท ขอนแก่น' in the body: _inner_name_dropped)."""
    if len(places) < 2:
        return list(places)
    keys = [key(n) for n in names]
    kind_only = [dl.kind_only.fullmatch(n) is not None for n in names]
    named = any(not k for k in kind_only)
    out = []
    for i, p in enumerate(places):
        k = keys[i]
        if kind_only[i] and named and (dl.kind_led(names[i]) or any(
                j != i and len(o) > len(k) and o.startswith(k) for j, o in enumerate(keys))):
            continue
        if any(j != i and len(o) > len(k) and o.startswith(k) and dl.goes_on.match(o, len(k))
               for j, o in enumerate(keys)):
            continue
        if _said_fully(k, keys, i, dl) or _inner_name_dropped(k, names, i, dl):
            continue
        out.append(p)
    return out


_LETTERS = re.compile(r"[\u0e01-\u0e4e]+")


def _said_fully(k: str, keys: Sequence[str], i: int, dl: DocLex) -> bool:
    """keys[i] is head + owner, another key head + letters + the same owner ('ศาลาวัดโพธิ์ศรี'
    / 'ศาลาการเปรียญวัดโพธิ์ศรี'), the owner opening with a facility word."""
    head = dl.facility_head.match(k)
    if head is None or not dl.facility_head.match(k, head.end()):
        return False
    owner = k[head.end():]
    for j, o in enumerate(keys):
        if (j != i and len(o) > len(k) and o.startswith(head.group()) and o.endswith(owner)
                and _LETTERS.fullmatch(o, head.end(), len(o) - len(owner))):
            return True
    return False


_INNER = re.compile(r"[\u0e01-\u0e4eA-Za-z]+")
_INNER_MIN = 3  # letters of the inner name, of the last word, and past the facility word


def _inner_name_dropped(k: str, names: Sequence[str], i: int, dl: DocLex) -> bool:
    """keys[i] is head + last, where another name has a written word head + inner (letters only)
    and ends with the written word last ('ศูนย์กระจายสินค้า' + 'ขอนแก่น' / '…ศูนย์กระจายสินค้า
    บิ๊กมาร์ท ขอนแก่น'): the same place with its inner name left out. The head must go on past
    its facility word ('โรงพยาบาลขอนแก่น' is not 'โรงพยาบาลศรีนครินทร์ ขอนแก่น')."""
    fm = dl.facility_head.match(k)
    if fm is None:
        return False
    for j, o in enumerate(names):
        words = _SPACES.split(o.strip())
        if j == i or len(words) < 2:
            continue
        last = words[-1]
        head = k[:len(k) - len(last)]
        if (len(last) < _INNER_MIN or not k.endswith(last)
                or len(head) < fm.end() + _INNER_MIN):
            continue
        for w in words[:-1]:
            if (len(w) >= len(head) + _INNER_MIN and w.startswith(head)
                    and _INNER.fullmatch(w, len(head))):
                return True
    return False



def row_owners(places: Sequence[P], names: Sequence[str], rows: Sequence[bool], dl: DocLex) -> list[P]:
    """The places, without a table row's place that the text names in full as the end of a
    longer venue ('6 พ.ย. 68   ศูนย์การค้าสุพรรณซิตี้พลาซ่า   187' in a results table beside
    'ณ ลานกิจกรรมชั้น 1 ศูนย์การค้าสุพรรณซิตี้พลาซ่า' in the report): the row says that day's
    venue in short. In running text a facility and a part of it named apart are two venues
    ('ณ มัสยิด…' and 'ที่ลานหน้ามัสยิด…'), and so are two rows of a table."""
    if not any(rows) or all(rows):
        return list(places)
    keys = [same_key(n, dl) for n in names]
    return [p for i, p in enumerate(places)
            if not (rows[i] and any(not rows[j] and len(o) > len(keys[i]) and o.endswith(keys[i])
                                    for j, o in enumerate(keys)))]


def take_span(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Take [start, end) if it overlaps no span in `taken` (kept sorted: O(log n) a check)."""
    i = bisect.bisect_left(taken, (start, start))
    if i > 0 and taken[i - 1][1] > start:
        return False
    if i < len(taken) and taken[i][0] < end:
        return False
    taken.insert(i, (start, end))
    return True
