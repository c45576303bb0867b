"""Title names read inside text, shared by the title parser (title.py): the trimming of a
chosen span, a quoted name, a project named in a sentence or a letter subject (over its line
wraps), and the event a bare request subject defers to."""
from __future__ import annotations

import re

import regex

from ..match import Match
from .title_lex import Lex

MAX_HEADLINE = 220  # longer lines are paragraphs
MAX_NAME_WRAP = 80  # a meeting name's second line is short; a longer one is body text
# Emoji variation selectors are marks (\p{M}) but never part of a name; a row's or a slide's
# number in a first cell before a tab ("1\tคัดกรองวัณโรค…") neither, nor a forum's bracketed tag
# ("[CR] พาน้องๆ…": a review; [SR], [PR]).
_LEAD_JUNK = regex.compile(r"\[[A-Z]{1,4}\][ \t]*|(?:[^\p{L}\p{M}\p{N}“\"'(]|[\ufe00-\ufe0f])+|[0-9]{1,4}[ \t]*[)+][ \t]*"
                           r"|[0-9]{1,3}\t[ \t]*")
_TAIL_JUNK = regex.compile(r"[^\p{L}\p{M}\p{N}”\"')\].]|[\ufe00-\ufe0f]")
BULLET = re.compile(r"[ \t]*[•●▪◦‣∙·*-][ \t]")  # a menu or list line, never a heading
THAI = re.compile(r"[\u0e00-\u0e7f]")
# Thai letters, marks and digits: neither junk may start or end with one (a cheap pre-check).
_THAI_WORD_CHARS = frozenset(c for c in map(chr, range(0x0E00, 0x0E80))
                             if regex.match(r"[\p{L}\p{M}\p{N}]", c))
QUOTES = {"“": "”", '"': '"', "'": "'"}  # opening -> closing


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading debris ("611 )", bullets, emoji) and trailing ornaments from text[s:e]."""
    while s < e and text[s] not in _THAI_WORD_CHARS:
        j = _LEAD_JUNK.match(text, s, e)
        if not j or j.end() == s:
            break
        s = j.end()
    # Backwards by hand: a right-anchored regex search would be quadratic on a long line.
    while e > s and text[e - 1] not in _THAI_WORD_CHARS and (
            text[e - 1] in " \t|" or _TAIL_JUNK.match(text[e - 1])):
        e -= 1
    return s, e


def unquote(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The inside of a wholly quoted line: “ name ” or "name"."""
    if e - s > 2 and text[s] in QUOTES and text[e - 1] == QUOTES[text[s]]:
        inner = text[s + 1:e - 1]
        if QUOTES[text[s]] not in inner:
            lead = len(inner) - len(inner.lstrip())
            return s + 1 + lead, s + 1 + len(inner.rstrip())
    return None


def subject_project(text: str, span: tuple[int, int], projects: list[Match],
                     lx: Lex) -> tuple[tuple[int, int], str] | None:
    """A subject that only asks for something ('ขอส่งรายงานผลการดำเนินโครงการ…', 'ขอเชิญเป็น
    ประธานในพิธีเปิดโครงการ') is not the name: the project it is about is - named in the subject
    itself, or else the first project the letter names after it."""
    s, e = span
    if not lx.request_re.match(text, s) or "โครงการ" not in text[s:e]:
        return None
    for m in projects:
        if m.start < s:
            continue
        if m.start < e:  # named in the subject itself, which may wrap onto indented lines
            named = _name_span(text, m.start, _wrapped_end(text, m.start, e, lx))
        else:
            named = embedded(text, m, lx)
        if named:
            return named, m.rule
    return None


REPORT_SEARCH = 600  # characters: a report letter's opening sentence follows its subject closely
REPORT_SENTENCE = 300  # characters from the opening word to the project's name, at most


def report_project(text: str, span: tuple[int, int], projects: list[Match],
                   lx: Lex) -> tuple[tuple[int, int], str] | None:
    """A subject only naming a report's type ('รายงานผลการจัดกิจกรรม', 'สรุปผลการดำเนินงาน') is no
    name: the project the letter's opening sentence recalls ('ตามที่ … ดำเนิน โครงการ… นั้น') is,
    when that sentence starts right after the subject and names it within one paragraph."""
    s, e = span
    if not lx.bare_report_re.match(text[s:e]):
        return None
    opening = lx.report_opening_re.search(text, e, min(len(text), e + REPORT_SEARCH))
    if opening is None:
        return None
    for m in projects:
        if m.start < opening.end():
            continue
        if m.start - opening.start() > REPORT_SENTENCE or "\n\n" in text[opening.start():m.start]:
            return None
        named = embedded(text, m, lx)
        return (named, m.rule) if named else None
    return None


EVENT_SEARCH = 3000  # how far into the letter's body the held event is looked for
EVENT_LINES = 3  # an event's name wraps over at most this many lines
MIN_EVENT = 20  # a shorter "name" is only the kind ("ประชุม ในวันที่ …")


def subject_event(text: str, span: tuple[int, int],
                   lx: Lex) -> tuple[tuple[int, int], str] | None:
    """A subject asking to join an event it does not name ('ขอเชิญเข้าร่วมประชุม'): the event
    the body says it holds ('จึงกำหนดจัดประชุมเชิงปฏิบัติการ…⏎…ปีงบประมาณ ๒๕๖๘ ในวันที่ …'), from its
    kind to the clause after the name, over the lines it wraps onto."""
    s, e = span
    if not lx.bare_request_re.match(text, s, e):
        return None
    m = lx.event_hold_re.search(text, e, e + EVENT_SEARCH)
    if m is None:
        return None
    start = m.end()
    limit = _line_end(text, start)
    for _ in range(EVENT_LINES - 1):
        nxt = _line_end(text, limit + 1)
        if limit >= len(text) or not text[limit + 1:nxt].strip():
            break  # the text or the paragraph (a blank line) ends
        limit = nxt
    b = lx.boundary_re.search(text, start, limit)
    if b is None:
        return None  # no clause after it: where the name ends is unknown
    a, end = trim(text, start, b.start())
    return ((a, end), "title.subject") if MIN_EVENT <= end - a <= MAX_HEADLINE else None


def embedded(text: str, m: Match, lx: Lex) -> tuple[int, int] | None:
    s, e = m.spans["value"]
    if s and text[s - 1] in QUOTES:  # a quoted name ends at its closing quote ('จัดทำ "โครงการ…" นั้น')
        close = text.find(QUOTES[text[s - 1]], s, _line_end(text, e + 1) if e < len(text) else e)
        if close != -1:
            return _name_span(text, s, close)
    q = s + len("โครงการ") + (text[s + len("โครงการ"):s + len("โครงการ") + 1] in " \t")
    if text[q:q + 1] in QUOTES:  # 'โครงการ "ตาใส ใจสว่าง"': the name ends at the closing quote
        close = text.find(QUOTES[text[q]], q + 1, _line_end(text, q))
        if close != -1:
            return _name_span(text, s, close + 1)
    b = lx.boundary_re.search(text, s + len("โครงการ"), e)
    if b is not None:
        return _name_span(text, s, b.start())
    # The name runs to the line's end: a wrapped sentence goes on below ("…ภาวะซึมเศร้า" /
    # "ในผู้สูงอายุ ปีงบประมาณ 2568 เป็นเงิน …"); the name ends where the clause does there.
    return _name_span(text, s, _continued_end(text, e, lx))


def _name_span(text: str, s: int, end: int) -> tuple[int, int] | None:
    s, end = trim(text, s, end)
    return (s, end) if end - s > len("โครงการ") + 5 else None


def _wrapped_end(text: str, s: int, e: int, lx: Lex) -> int:
    """Where a name starting at `s` ends in text[s:e], lines that may be indented: at the first
    boundary of a line after its indentation, else at `e`."""
    start = s + len("โครงการ")
    while start < e:
        end = min(_line_end(text, start), e)
        b = lx.boundary_re.search(text, start, end)
        if b is not None:
            return b.start()
        start = end + 1
        while start < e and text[start] in " \t":
            start += 1
    return e


def _continued_end(text: str, e: int, lx: Lex) -> int:
    """The end of a name that ran to its line's end `e`: on the next line, when that continues
    the sentence (no blank line, list item or clause word opening it) and the clause after the
    name starts on it within MAX_NAME_WRAP characters; else `e`."""
    if e >= len(text):
        return e
    start = e + 1
    while start < len(text) and text[start] in " \t":
        start += 1
    end = _line_end(text, start)
    if start >= end or BULLET.match(text, start) or not THAI.match(text, start) \
            or lx.stop_start_re.match(text, start):
        return e
    b = lx.boundary_re.search(text, start, min(end, start + MAX_NAME_WRAP))
    return b.start() if b is not None and b.start() > start else e


def quoted(text: str, m: Match, lx: Lex) -> tuple[int, int] | None:
    """The quoted name of an activity held ('จัดกิจกรรม "ปั่นจักรยานลดพุง" ประจำปี…'): a post
    without a headline names its activity so in its first sentence."""
    s, e = trim(text, *m.spans["value"])
    return (s, e) if e - s > 3 and THAI.search(text, s, e) else None
