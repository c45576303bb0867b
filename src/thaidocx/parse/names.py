"""People's names (the lexicons of rules/people.toml are compiled in name_tries.py): reading
the name after a title anchor (given + family name, ending where a position, a cue or the next
title begins when the text glues them together). The checks that the anchor really is a title
(นาย, not the start of นายก / นายอำเภอ) are name_titles.py's.

PyThaiNLP's name and word lists are used as signals only (to rescue "นายกฤษดา" whose start
spells the word นายก, or to split a glued "วันเพ็ญศรีอุดมพร"); a name never needs to be listed.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import regex

from .name_columns import Column, cell_below, column_at
from .name_gloss import glossed
from .name_streams import family_below
from .name_tries import PeopleLex
from .name_titles import TitleSpan, TokenStarts, glued_left, is_thai, name_lists, right_boundary_ok

# Thai letters and marks, without digits, ฯ (U+0E2F), ๆ (U+0E46) and ฿: what names are made of.
TH_LETTER = "[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]"
MAX_RUN = 60  # bounded runs keep hostile inputs (a 1 MB line without spaces) linear
# Plain character classes (no \b, no \w) match the same with stdlib re, at less cost per call.
_RUN = re.compile(TH_LETTER + "{1,%d}" % MAX_RUN)
_SPACES = re.compile("[ \t]{1,3}")
_BLANK = frozenset(" \t")  # what _SPACES starts with (checked first: most names follow no space)
_PALI = regex.compile(r"\u0e3a|\u0e42[\u0e01-\u0e2e]$")  # ฐิตธมฺโม, ปญฺญาวโร
_NOBLE = re.compile("ณ " + TH_LETTER + "{3,20}(?![\u0e00-\u0e7f])")
MAX_GIVEN = 25  # longer runs that nothing cuts are not names
MAX_FAMILY = 20
GLUED_MIN = 11  # shorter runs are one given name ("ไกรสิทธิ์"), not given + family glued


class Name(NamedTuple):
    given: str
    family: str | None
    start: int
    end: int
    glued: bool  # the name ran straight into a position / cue
    split: bool = False  # given and family were one run, split by the name lists

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}" if self.family else self.given


def _bad_start(text: str, pos: int, lex: PeopleLex, tokens: TokenStarts) -> bool:
    """A name part cannot start with a stop word, a position, a role cue or a royal word. A short
    stop word (จะ, ณ) counts only as a whole token: "ณ" must not end the name "ณรงค์"."""
    if lex.bad_start.match(text, pos) is not None:  # (first: it spares the tokenizer)
        return True
    stop = lex.stop.match(text, pos)
    return bool(stop) and (len(stop.group()) >= 3 or not is_thai(text[stop.end():stop.end() + 1])
                           or bool(tokens.at(stop.end())))


ORG_FAMILY_MIN = 5  # shorter organization words start family names (กองแก้ว, วัดละเอียด)


def _org_start(text: str, pos: int, lex: PeopleLex) -> bool:
    """An organization's name where a family name would start ("คุณอารีย์ สถานีวิทยุชุมชน…",
    "คุณแอน โรงพยาบาล…"): a given name alone, then the organization."""
    org = lex.org_start.match(text, pos)
    return org is not None and org.end() - pos >= ORG_FAMILY_MIN


def first_anchor(anchors: Anchors, lo: int, hi: int) -> int | None:
    """The first anchor start in [lo, hi) (`anchors` is sorted)."""
    i = bisect.bisect_left(anchors, lo)
    return anchors[i] if i < len(anchors) and anchors[i] < hi else None


class Anchors:
    """The title anchors of a document, in text order. A "pending" anchor still needs the
    tokenizer to tell whether it starts a word; that is asked only when a lookup reaches it or
    its own name is read (most are word parts: คุณภาพ, นายกเทศมนตรี, that no lookup reaches)."""

    def __init__(self, tokens: TokenStarts) -> None:
        self.tokens = tokens
        self.starts: list[int] = []
        self.titles: list[TitleSpan] = []
        self._state: list[bool | None] = []  # starts a word; None: not known yet

    def add(self, t: TitleSpan, pending: bool) -> None:
        self.starts.append(t.start)
        self.titles.append(t)
        self._state.append(None if pending else True)

    def ok(self, i: int) -> bool:
        """Whether anchor i is a title (asks the tokenizer the first time, for a pending one)."""
        state = self._state[i]
        if state is None:
            state = self._state[i] = bool(self.tokens.at(self.starts[i]))
        return state

    def first(self, lo: int, hi: int) -> int | None:
        """The first title start in [lo, hi)."""
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.starts) and self.starts[i] < hi:
            if self.ok(i):
                return self.starts[i]
            i += 1
        return None

    def title_at(self, pos: int) -> TitleSpan | None:
        i = bisect.bisect_left(self.starts, pos)
        return self.titles[i] if i < len(self.starts) and self.starts[i] == pos else None


def _cut(text: str, start: int, end: int, pat: re.Pattern, anchors: Anchors,
         min_len: int = 2, family: bool = False, monk: bool = False) -> int:
    """Where a run of letters [start, end) stops: at a glued term or at the next title anchor.
    In a `family` name, a plain title that ends the run with no name after it is part of the
    name ("คำมุงคุณ พยาบาลวิชาชีพ…"), not the start of another person. So it is in a `monk`'s
    ecclesiastical name, which often ends in คุณ (พระครูวิมลปัญญาคุณ, also where a position
    is glued after it) or holds it (…คุณาภรณ์)."""
    # Terms may end just past the run of letters: "รองนายกฯ", "ผอ.".
    m = pat.search(text, start + min_len, end + 2) if end - start > min_len else None
    cut = m.start() if m and m.start() < end else end
    a = anchors.first(start + min_len, cut)
    if a is not None and family and cut == end and _final_plain_title(text, anchors.title_at(a), end):
        return cut
    if a is not None and monk and _inside_name(text, anchors.title_at(a), cut):
        return cut
    return a if a is not None else cut


_MARK = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")  # vowels and marks no word starts with


def _inside_name(text: str, t: TitleSpan | None, cut: int) -> bool:
    """A lone plain title (คุณ) that ends the letters of a name, or that a vowel or mark
    continues (…คุณาภรณ์): a part of the name, not the next person's title."""
    return (t is not None and t.first_kind == "plain" and t.last_start == t.start
            and (t.end == cut or _MARK.match(text, t.end) is not None))


_NEXT_RUN = re.compile(r"[ \t]{0,3}(" + TH_LETTER + "{1,%d})" % MAX_RUN)


def _final_plain_title(text: str, t: TitleSpan | None, end: int) -> bool:
    """Whether `t` starts with a plain title (คุณ, นาย) ending the run at `end` and no listed
    given name follows it: the end of a family name, not a title. Anything the anchor stacks
    after it must be a position word ("คุณ พยาบาลวิชาชีพ…" is "…คุณ" + a position)."""
    if t is None or t.first_kind != "plain" or t.end < end or t.start == end:
        return False
    if t.text[end - t.start:end - t.start + 1] not in ("", " ", "\t"):  # a part ends the run
        return False
    if t.last_start != t.start and t.kind != "word":  # "…คุณ นพ.สมชาย": a title and a name
        return False
    nxt = _NEXT_RUN.match(text, end)
    return nxt is None or nxt.group(1) not in name_lists()[0]


def _split_glued(given: str) -> tuple[str, str | None]:
    """"วันเพ็ญศรีอุดมพร" -> ("วันเพ็ญ", "ศรีอุดมพร") when the run is long, a listed given name
    starts it and the rest is no dictionary word (so "ประเสริฐศักดิ์" stays whole)."""
    names, families, words = name_lists()
    if given in names or len(given) < GLUED_MIN:
        return given, None
    for n in range(len(given) - 4, 2, -1):
        head, rest = given[:n], given[n:]
        if head in names and (rest in families or rest not in words):
            return head, rest
    return given, None


def _read_name(text: str, pos: int, limit: int, lex: PeopleLex, anchors: Anchors,
               tokens: TokenStarts, strong: bool, monk: bool = False,
               col: Column | None = None) -> Name | None:
    """The name starting at `pos` (after a title and at most a few spaces), or None. A strong
    title (ดร., พ.ต.อ.) vouches for a given name alone; after นาย / คุณ it must look like a name.
    A monk's name is never split into given and family name."""
    sp = _SPACES.match(text, pos, limit) if text[pos:pos + 1] in _BLANK else None
    start = sp.end() if sp else pos
    run = _RUN.match(text, start, limit)
    if run is None or _bad_start(text, start, lex, tokens):
        return None
    cut = _cut(text, start, run.end(), lex.glue_name, anchors, monk=monk)
    given = text[start:cut]
    if len(given) < 2 or len(given) > MAX_GIVEN or lex.royal.search(given):
        return None
    if text[cut:cut + 1] == "." and len(given) <= 4:  # an abbreviation (นพ.สสจ.), not a name
        return None
    if cut < run.end():
        ok = strong or _plausible_given(given)
        return Name(given, None, start, cut, glued=True) if ok else None
    family, end = _family(text, cut, limit, lex, anchors, tokens, col)
    if family is None:
        g, family = (given, None) if monk else _split_glued(given)
        if family is not None:
            return Name(g, family, start, cut, glued=False, split=True)
        if not (strong or given in name_lists()[0]):  # "นายสิบตำรวจ", "คุณประโยชน์"
            return None
        return Name(given, None, start, cut, glued=False)
    return Name(given, family, start, end, glued=end < len(text) and is_thai(text[end]))


def pali(word: str) -> bool:
    """A monastic (Pali) surname: ฐิตธมฺโม, สุเมโธ, ปัญญาวโร."""
    return _PALI.search(word) is not None


def _plausible_given(given: str) -> bool:
    names, _, words = name_lists()
    return given in names or given not in words


def _family(text: str, pos: int, limit: int, lex: PeopleLex, anchors: Anchors,
            tokens: TokenStarts, col: Column | None = None) -> tuple[str | None, int]:
    """The family name after the given name: across 1-3 spaces, or at the start of the next line
    when the given name ends its line (then it must not be a plain dictionary word); in a
    table's column (`col`), the next line's cell in that column when it is one word."""
    below = _cell_under(text, pos, col) if col is not None else None
    sp = _SPACES.match(text, pos, limit) if text[pos:pos + 1] in _BLANK else None
    next_line = False
    if below is not None:
        start, limit, next_line = below[0], below[1], True
    elif sp:
        start = sp.end()
    elif text[pos:pos + 1] == "\n":
        if found := family_below(text, pos, lambda a, b: anchors.first(a, b) is not None):
            return found  # a one-cell-per-line table: other cells between given and family name
        start, next_line = pos + 1, True
    else:
        return None, pos
    if start >= limit or anchors.first(start, start + 1) is not None:
        return None, pos
    if text[start] in _NICK_OPEN and not next_line and (nick := _inner_nickname(text, start, limit, lex)):
        start = nick  # "นางสาวสุดารัตน์ "พี่แอ๋ว" มีสุข": the nickname between the names
    noble = _NOBLE.match(text, start, limit) if text.startswith("ณ ", start) else None
    if noble:  # "ณ อยุธยา", "ณ ป้อมเพชร"
        return noble.group(), noble.end()
    run = _RUN.match(text, start, limit)
    if run is None or _bad_start(text, start, lex, tokens) or _org_start(text, start, lex):
        return None, pos
    cut = _cut(text, start, run.end(), lex.glue_name, anchors, family=True)
    family = text[start:cut]
    if len(family) < 2 or len(family) > MAX_FAMILY or lex.royal.search(family):
        return None, pos
    if text[cut:cut + 1] == "." and len(family) <= 4:  # an abbreviation (รพ.สต.), no name
        return None, pos
    if family.endswith("ว่า"):  # a speech verb after a given name alone: "แถลงว่า", "ระบุว่า"
        return None, pos
    if family in lex.verbs:  # "ภก.ธนากร มาบรรยาย…": a verb after a given name alone
        return None, pos
    if next_line:
        _, families, words = name_lists()
        if (family in words and family not in families) or cut < run.end():
            return None, pos
    elif cut == run.end() and (tail := (_wrapped_tail(text, cut, limit, lex, anchors, tokens)
                                         or _spaced_tail(text, family, cut, limit, lex, anchors))):
        if len(family) + tail[1] - tail[0] <= MAX_FAMILY:
            return family + text[tail[0]:tail[1]], tail[1]
    return family, cut


# A nickname written between given and family name: quoted, or bracketed with a nickname lead.
_NICK_OPEN = frozenset('"“(')
_INNER_NICK = re.compile(r'(?:"[^"\n]{1,16}"|“[^”\n]{1,16}”|\(([\u0e01-\u0e4e]{2,16})\))[ \t]{1,3}')


def _inner_nickname(text: str, start: int, limit: int, lex: PeopleLex) -> int | None:
    """Where the family name starts past a nickname at `start`, when a listed family name (or
    a word no dictionary lists) follows it; None otherwise."""
    m = _INNER_NICK.match(text, start, limit)
    if m is None or (m.group(1) is not None and lex.nick_lead.match(text, m.start(1)) is None):
        return None
    run = _RUN.match(text, m.end(), limit)
    if run is None:
        return None
    _, families, words = name_lists()
    word = run.group()
    return m.end() if word in families or word not in words else None


_LINE_END = re.compile(r"[ ]*\n")
_ONE_WORD = re.compile(TH_LETTER + "+")


def _cell_under(text: str, pos: int, col: Column) -> tuple[int, int] | None:
    """The cell below in column `col` when the given name ending at `pos` ends its line and
    that cell is a single run of letters ("นางสาวพิมพ์ชนก" / "ศรีบุญเรือง" in a PDF table)."""
    nl = _LINE_END.match(text, pos)
    cell = cell_below(text, nl.end(), col) if nl else None
    if cell is None or not _ONE_WORD.fullmatch(text, *cell):
        return None
    return cell


WRAPPED_TAIL = 6  # letters at most: the end of a family name a PDF line break carried over
_TAIL_LINE = re.compile("\n[ \t]{0,2}(" + TH_LETTER + "{1,%d})[ \t]+" % WRAPPED_TAIL)


def _wrapped_tail(text: str, pos: int, limit: int, lex: PeopleLex, anchors: Anchors,
                  tokens: TokenStarts) -> tuple[int, int] | None:
    """The span of a family name's last letters that a hard line break carried onto the next
    line ("…สุพัตรา ชำนาญ⏎กิจ นักโภชนาการชำนาญการ…"): a few letters alone before a space, then a
    position word, which shows the name ended there. None when the line goes on otherwise."""
    if text[pos:pos + 1] != "\n":
        return None
    t = _TAIL_LINE.match(text, pos, limit)
    if (t is None or anchors.first(t.start(1), t.end()) is not None
            or _bad_start(text, t.start(1), lex, tokens)):
        return None
    after = lex.position.match(text, t.end(), limit)
    return (t.start(1), t.end(1)) if after and lex.position.match(text, t.start(1)) is None else None


_SPACED_TAIL = re.compile("[ ](" + TH_LETTER + "{1,2})[ ]*\n[ \t]{0,2}")


def _spaced_tail(text: str, family: str, pos: int, limit: int, lex: PeopleLex,
                 anchors: Anchors) -> tuple[int, int] | None:
    """The span of a family name's last syllable that a stray space cut off at the end of its
    line, the post opening the next line ("…นายวรพล ไชยสุริ ยะ⏎เจ้าพนักงานสาธารณสุข…", PDF
    text): one or two letters, when what was read is no listed family name nor a word (a
    broken piece) and the letters are no stop word or short verb ("ใจดี นะ" stays)."""
    if text[pos:pos + 1] != " ":
        return None
    t = _SPACED_TAIL.match(text, pos, limit)
    if t is None or not lex.position.match(text, t.end(), limit):
        return None
    _, families, words = name_lists()
    frag = t.group(1)
    if (family in families or family in words or frag in lex.verbs
            or lex.stop.fullmatch(frag) or anchors.first(t.start(1), t.end(1)) is not None):
        return None
    return t.start(1), t.end(1)


# Two or three capitalised Latin words (a middle initial allowed): "Michael Grant", "Anna M. Lee".
_LATIN_NAME = re.compile(r"[ ]?([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)"
                         r"((?:[ ][A-Z]\.)?(?:[ ][A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){1,2})"
                         r"(?![A-Za-z])")


def _latin_name(text: str, t: TitleSpan) -> Name | None:
    """The name after an English title (Dr., Mr.): given name and the rest as the family name."""
    m = _LATIN_NAME.match(text, t.end)
    if m is None:
        return None
    return Name(m.group(1), m.group(2).strip(), m.start(1), m.end(), glued=False)


# A filled-in form's ticked title ending its line, the name on the next line after its item number
# and label: "๑. ☑นาง⏎๒. ดวงใจ ศรีสมบูรณ์", "☑ นาย⏎ชื่อ-สกุล : สมชาย ใจดี".
_TICK_BEFORE = re.compile(r"[☑☒✓✔✅][ \t]*$")
_TICKED_NEXT = re.compile(r"[ \t]*\n[ \t]*(?:[0-9๐-๙]{1,2}[.)][ \t]*)?(?:ชื่อ[^\n:]{0,12}:[ \t]*)?(?=[\u0e01-\u0e4e])")


def _ticked_below(text: str, t: TitleSpan) -> int | None:
    """Where the name under a ticked title that ends its line starts, or None."""
    if not _TICK_BEFORE.search(text, max(0, t.start - 3), t.start):
        return None
    m = _TICKED_NEXT.match(text, t.end)
    return m.end() if m else None


def person_name(text: str, t: TitleSpan, lex: PeopleLex, anchors: Anchors,
                tokens: TokenStarts) -> Name | None:
    """The name after a title anchor, or None when the anchor is no person's title."""
    pos = lex.position.match(text, t.start)
    if pos and pos.end() > t.end:  # นายอำเภอ, นายกเทศมนตรี, นพ.สสจ.: a position word
        return None
    if pos and pos.end() == t.end and lex.org_start.match(text, t.end):
        return None  # "อาจารย์ภาควิชา…", "เภสัชกรโรงพยาบาล…": a post glued to its organization
    if t.kind in ("monk", "bare") and lex.royal.search(text, max(0, t.start - 12), t.start):
        return None  # "สมเด็จพระ…", "กรมพระ…": royal, not a monk
    if t.first_kind == "word" and lex.post_prefix_end.search(text, max(0, t.start - 8), t.start):
        return None  # "รองนายแพทย์สาธารณสุข…": a deputy's post, not a title
    if t.kind == "latin":
        return _latin_name(text, t)
    limit = min(len(text), t.end + 2 * MAX_RUN + 8)
    name = _read_name(text, t.end, limit, lex, anchors, tokens, t.strong,
                     monk=t.kind in ("monk", "bare"), col=column_at(text, t.start))
    if name is None and (below := _ticked_below(text, t)) is not None:
        name = _read_name(text, below, min(len(text), below + 2 * MAX_RUN + 8), lex, anchors, tokens, t.strong)
    if name is None or not right_boundary_ok(text, t, name, tokens):
        return None
    if t.first_kind == "plain" and glued_left(text, t.start, lex) \
            and name.given not in name_lists()[0]:
        return None
    if t.first_kind == "word" and name.family is None and is_thai(text[t.start - 1:t.start]) \
            and name.given not in name_lists()[0] and name.given in name_lists()[2]:
        return None  # "นักศึกษาสัตวแพทย์ ฝึกงาน": the end of a longer noun, then a plain word
    if t.kind == "word" and name.family is None and lex.post_verb.match(text, name.start) \
            and name.given not in name_lists()[0]:
        return None  # "… พยาบาลวิชาชีพ สอนการทำแผล": a post, then what the person does
    if t.kind == "bare" and not (name.family and _PALI.search(name.family)):
        return None  # bare พระ: only before a Pali monastic surname (ฐิตธมฺโม), not พระนารายณ์
    if name.family is not None and text[name.end:name.end + 1] == " ":
        return glossed(text, name) or name  # "เอ ม่อ ทเว (Aye Moe Thwe)": a glossed foreign name
    return name
