"""Parse officials: every named person with title, name, position, organization and role.

The rules (rules/people.toml) only find title anchors; parse/names.py checks each anchor (a word
boundary on the left, no longer word or position on the right) and reads the name. Here the
position is looked for after the name ("นายชัยวัฒน์ … นายกเทศมนตรี…", a "ตำแหน่ง" label, the next
line) or else before it ("นายกเทศมนตรี… นายชัยวัฒน์ …", a form label on the line above); the role
comes from cue words next to the mention or from the attendee-list heading it sits under. Mentions
of one person are merged into one item (official_merge.py).
"""
from __future__ import annotations

import operator
import re
from itertools import islice

from .context import Context, Parsed
from .name_tries import PeopleLex, overlapped, people_lex
from .name_titles import TitleSpan, TokenStarts, first_title, is_thai
from .names import Anchors, Name, first_anchor, person_name
from .mention_checks import (AJARN_LINE_RULE, AJARN_NEXT_RULE, AJARN_RULES, BYLINE_RULE,
                             MONK_RULE, TITLE_RULE, after_ajarn, ajarn_name, common_noun, nickname_of,
                             org_after, titled_nick_end,
                             place_or_quota, post_after, pronoun, pronoun_re)
from .name_signature import SIGNATURE_RULE, signature_name
from .official_lists import before_bracket, bracketed_inline, next_ones, post_below
from .official_roles import LINE_LEAD, Headings, role
from .page_chrome import in_spans, sidebars_of
from .official_merge import Mention, merge
from .column_blocks import agent_cell, column_below
from .column_cells import cell_below
from .column_positions import across_columns, bracket_end, cell_position, wrapped_below
from .position_lines import (BOX_SIDES, column_position, position_leading, position_lines,
                             position_wrapped, signature_line)
from .positions import extend, on_behalf, position_from

MAX_ANCHORS = 20_000  # a safety net for title soup; real documents hold far fewer

# Patterns without \s, \b or \w match the same with stdlib re, at less cost per call.
_SEP_AFTER = re.compile(r"[ \t]*(?:[,)(][ \t]*)?(?:[|:][ \t]*)?")
_SEP_LEAD = frozenset(" \t,)(|:")  # the characters _SEP_AFTER may start with
# A short bracketed nickname right after a name: "ทพญ.ปิยาภรณ์ แก้วมณี (หมอฝน) ทันตแพทย์…".
_NICKNAME = re.compile(r"[ \t]*\(([\u0e01-\u0e4eA-Za-z ]{1,20})\)[ \t]*")
_LINE_REST = re.compile(r"[ \t]*\n")
_BOX_SIDE = re.compile(r"[%s][ \t]*\n" % BOX_SIDES)
# "เป็น…" / "ในฐานะ…" after a name, also after a spoken particle ("นางสาว… ค่ะ เป็นพยาบาล…").
_AS = re.compile(r"(?:(?:นะ)?(?:ค่ะ|คะ|ครับ)[ \t]*)?(?:เป็น|ในฐานะ(?:เป็น)?)[ \t]?")
_PAD = " \t:|-–(\u2022*"
_IS = re.compile(r"(?:คือ|(?:ท่าน)?ชื่อ(?:ว่า)?)$")  # "<position> คือ / ท่านชื่อ <title + name>"
_START, _END = operator.attrgetter("start"), operator.attrgetter("end")


def parse(ctx: Context) -> Parsed:
    lex = people_lex(ctx.rules)
    tokens = TokenStarts(ctx.tokens)
    text = ctx.text
    anchors, rules = _titles(ctx, text, lex, tokens)
    mentions = _mentions(text, anchors, rules, lex, tokens, ctx.rules.derived(pronoun_re))
    starts = [m.start for m in mentions]
    sections = Headings(text, lex)
    nexts = starts[1:] + [len(text)]
    prev_end = 0
    for m, nxt in zip(mentions, nexts):
        nxt = bracket_end(text, m.start, m.name.end, nxt)
        _attach_position(text, m, nxt, prev_end, lex, tokens, starts)
        m.role = role(text, m, nxt, lex, sections)
        prev_end = m.end
    return Parsed(items=tuple(merge(ctx, text, mentions, lex, tokens)))


def _titles(ctx: Context, text: str, lex: PeopleLex,
            tokens: TokenStarts) -> tuple[Anchors, list[str]]:
    """Title anchors that start a word, in text order, with their rules. A title's tokenizer
    check may wait (see Anchors) when it cannot change which anchors follow: matches in text
    order that do not overlap, and fewer than the cap."""
    found = [m for m in ctx.for_field("officials")
             if m.rule in (TITLE_RULE, MONK_RULE, BYLINE_RULE, SIGNATURE_RULE)
             or m.rule in AJARN_RULES]
    sidebar = sidebars_of(ctx) if found else []
    if sidebar:  # a sidebar list above the article: other pages' people
        found = [m for m in found if not in_spans(sidebar, m.start)]
    defer = len(found) < MAX_ANCHORS and all(map(operator.le, map(_END, found),
                                                   map(_START, islice(found, 1, None))))
    out, rules, end = Anchors(tokens), list[str](), -1
    for m in found:
        if m.start < end:
            continue
        if m.rule in AJARN_RULES:  # the cue or list before it vouches for its left boundary
            t, pending = TitleSpan(m.text, m.start, m.end, "abbr", "abbr", m.start, True), False
        elif m.rule in (BYLINE_RULE, SIGNATURE_RULE):  # no title: the anchor is where the name starts
            t = None if lex.title.match(text, m.end) else (
                TitleSpan("", m.end, m.end, "byline", "byline", m.end, True))
            pending = False
        else:
            t, pending = first_title(text, m.start, m.end, lex, tokens, m.rule == MONK_RULE,
                                     defer)
        if t:
            out.add(t, pending)
            rules.append(m.rule)
            end = t.end
        if len(out.starts) >= MAX_ANCHORS:
            break
    return out, rules


def _mentions(text: str, anchors: Anchors, rules: list[str], lex: PeopleLex,
              tokens: TokenStarts, pronoun_re: re.Pattern) -> list[Mention]:
    """Titles followed by a name. A pending title is checked only when a name follows it (the
    name reads the same either way: its anchor lookups only look past the title)."""
    out = []
    for i, (t, rule) in enumerate(zip(anchors.titles, rules)):
        name = person_name(text, t, lex, anchors, tokens)
        if name and pronoun(text, t, name, pronoun_re):
            continue
        if name and rule in AJARN_RULES and not ajarn_name(name):
            continue  # "อ.เมืองลำปาง": a district, not a teacher
        if name and rule == AJARN_NEXT_RULE and not after_ajarn(out, t.start):
            continue  # "… และ อ.…" with no อาจารย์ just before: อำเภอ
        if name and rule == BYLINE_RULE and not post_after(text, name, lex, anchors.starts):
            continue  # "ภาพ : ชาตรี บุญมา": a bare credit
        if name and rule == SIGNATURE_RULE and not signature_name(text, name):
            continue  # "⏎⏎ติดต่อ สอบถาม⏎เจ้าหน้าที่…": a phrase, not a signer
        if name and rule == AJARN_LINE_RULE and not (org_after(text, name.end, lex) or post_after(
                text, name, lex, anchors.starts) or after_ajarn(out, t.start)):
            continue  # "⏎อ.เถิน จ.ลำปาง": a wrapped address (no org, post or อาจารย์ list)
        if name and place_or_quota(name):
            continue  # "ส่งพยาบาลวิชาชีพ แห่งละ 1 คน", "… พยาบาลวิชาชีพ ลำปาง": no person
        if name and common_noun(t, name, lex):
            continue  # "อาจารย์มาเยี่ยมเรา", "สามเณรร่วมบริจาคโลหิต": a noun, no title
        if name and out and nickname_of(text, out[-1].name, t, name, lex):
            continue  # "ภก.ณัฐพล บุญประเสริฐ (ภก.บอส)": the nickname of the person before
        if name and name.split and (given := _known_given(out, name)):
            name = given  # "คุณวาสนาโชว์ตัวอย่าง": a known person's given name glued to a verb
        if name and anchors.ok(i):
            out.append(Mention(rule, t, name, t.start))
    return out


def _known_given(before: list[Mention], name: Name) -> Name | None:
    """A glued run split into given + family name whose given name is that of a person named in
    full before (with another family name): the repeat of that person's given name, glued to
    what follows it."""
    for m in before:
        if m.name.given == name.given and m.name.family and m.name.family != name.family:
            return name._replace(family=None, end=name.start + len(name.given), glued=True,
                                 split=False)
    return None


def _position_after(text: str, m: Mention, limit: int, lex: PeopleLex,
                    starts: list[int]) -> tuple[int, int, int] | None:
    col = column_position(text, m.start, m.name.end, lex, starts)
    if col:  # side-by-side signature blocks: the piece of the line below in this name's column
        return col
    p = m.name.end
    if not m.name.glued:
        p = _sep_after(text, _skip_nickname(text, p, limit, lex, starts))
        phone = lex.phone.match(text, p, limit) if text[p:p + 1] in lex.phone_lead else None
        p = phone.end() if phone else p
    if p >= limit or lex.group.match(text, p, limit):  # "…, หัวหน้าส่วนราชการ ผู้นำท้องที่":
        return None  # unnamed people listed next, not this person's post
    if text[p] in BOX_SIDES and (side := _BOX_SIDE.match(text, p, limit)):
        p = side.end() - 1  # "(นาย…)  │⏎│ ตำแหน่ง …": a drawn box's side ends the line
    if text[p] == "\n":  # the position on the next lines, alone (a signature block, a list)
        return (cell_below(text, m.start, m.name.end, p + 1, limit, lex, starts, m.name.given)
                or position_lines(text, p + 1, limit, lex, starts)
                or position_wrapped(text, p + 1, limit, lex, starts)
                or signature_line(text, m.start, m.name.end, p + 1, limit, lex, starts)
                or (position_leading(text, p + 1, limit, lex, starts)
                    if LINE_LEAD.fullmatch(text, _line_start(text, m.start), m.start) else None)
                or (post_below(text, p + 1, limit, lambda q: (position_lines(text, q, limit, lex, starts)
                                                              or position_wrapped(text, q, limit, lex, starts)),
                               lambda a, b: first_anchor(starts, a, b) is not None)
                    if "\n" in text[m.name.start:m.name.end] else None))
    below = _after_signoff(text, p, limit, lex)
    if below is not None and (found := position_lines(text, below, limit, lex, starts)):
        return found  # "ลงชื่อ นาย… ผู้เห็นชอบโครงการ⏎ตำแหน่ง นายกเทศมนตรี…"
    found = position_from(text, p, limit, lex, starts)
    if found is None and (lex.unit.match(text, p, limit) or _unit_lead(text, p, limit, lex)):
        found = (p, extend(text, p, p, "head", limit, lex, starts), p)  # "… คณะแพทยศาสตร์ …",
    return found  # "คุณ… ใจดี ฝ่ายสื่อสารองค์กร"


def _unit_lead(text: str, p: int, limit: int, lex: PeopleLex) -> bool:
    """A department glued to its unit word right after a name (people_unit_leads: ฝ่าย…, แผนก…,
    กลุ่มงาน…): the person's post, as a press contact or a staff list gives it."""
    u = lex.unit_lead.match(text, p, limit)
    return u is not None and is_thai(text[u.end():u.end() + 1])


def _after_signoff(text: str, p: int, limit: int, lex: PeopleLex) -> int | None:
    """Where the next line starts when the line goes on after the name with a sign-off alone
    (people_signoff: "… ผู้เห็นชอบโครงการ⏎"); None otherwise."""
    so = lex.signoff.match(text, p, limit) if text.startswith("ผู้", p) else None
    if so is None:
        return None
    end = _LINE_REST.match(text, so.end(), limit)
    return end.end() if end and end.end() < limit else None


def _skip_nickname(text: str, p: int, limit: int, lex: PeopleLex, starts: list[int]) -> int:
    """Past a short bracketed nickname after the name ("(หมอฝน)", "(พี่ตุ๊ก)"), not past a
    bracketed position, organization or role ("(ผอ.รพ.สต.…)", "(ประธาน)")."""
    if "(" not in text[p:p + 4]:
        return p
    nick = _NICKNAME.match(text, p, limit)
    if nick is None:
        return _degrees_end(text, p, limit, lex) or titled_nick_end(text, p, limit, lex)
    c = nick.start(1)
    if (lex.position.match(text, c) or lex.org.match(text, c) or lex.unit.match(text, c)
            or lex.role.match(text, c) or lex.stop.match(text, c)
            or first_anchor(starts, c, nick.end(1)) is not None):
        return p
    return nick.end()


_DEGREES = re.compile(r"[ \t]*\([ \t]?([^()\n]{2,120})\)[ \t]*")


def _degrees_end(text: str, p: int, limit: int, lex: PeopleLex) -> int | None:
    """Past a bracket of degrees after the name ("(พ.บ., วว.เวชศาสตร์ครอบครัว)", "(Ph.D. …)")
    when a position or organization follows it; None otherwise."""
    b = _DEGREES.match(text, p, limit)
    if b is None or lex.degree.match(text, b.start(1)) is None:
        return None
    q = b.end()
    return q if (lex.position.match(text, q) or lex.org.match(text, q)) else None


def _sep_after(text: str, p: int) -> int:
    """The end of the separators at `p` (_SEP_AFTER; most names are followed by none of them)."""
    return _SEP_AFTER.match(text, p).end() if text[p:p + 1] in _SEP_LEAD else p


def _position_as(text: str, m: Mention, limit: int, lex: PeopleLex,
                 starts: list[int]) -> tuple[int, int, int] | None:
    """"… เป็นผู้แทนของผู้อำนวยการ…": a position only stated as what the person acts as."""
    p = _sep_after(text, m.name.end)
    if p >= limit or lex.role.match(text, p) or not (a := _AS.match(text, p, limit)):
        return None
    return position_from(text, a.end(), limit, lex, starts)


def _position_before(text: str, lo: int, hi: int, lex: PeopleLex, tokens: TokenStarts,
                     starts: list[int]) -> tuple[int, int, int] | None:
    """A position in [lo, hi) that runs right up to `hi` (only separators between, or a
    linking word: "ผู้ใหญ่บ้านหมู่ 2 คือ นายสมหมาย…", "รองนายแพทย์สาธารณสุขจังหวัด ท่านชื่อ นพ.…")."""
    while hi > lo and text[hi - 1] in _PAD:
        hi -= 1
    link = _IS.search(text, max(lo, hi - 12), hi)
    if link and link.start() > lo and (text[link.start() - 1] in _PAD or link.group() != "คือ"):
        hi = link.start()
        while hi > lo and text[hi - 1] in _PAD:
            hi -= 1
    for h in overlapped(lex.position, text, lo, hi):
        s = h.start()
        if is_thai(text[s - 1:s]) and (not tokens.at(s)
                                       or lex.org_end.search(text, max(lo, s - 24), s)):
            continue  # inside a word, or an organization's name ("ชมรมแพทย์ชนบท…")
        pre = lex.post_prefix_end.search(text, max(lo, s - 8), s)
        if pre:  # "รองนายกเหล่ากาชาด…": รอง before a listed post is part of it
            s = pre.start()
        found = position_from(text, s, hi, lex, starts)
        if found and found[1] == hi:
            return found
    return None


def _attach_position(text: str, m: Mention, nxt: int, prev_end: int, lex: PeopleLex,
                     tokens: TokenStarts, starts: list[int]) -> None:
    wide = text.startswith("   ", m.name.end)  # more cells after the name: read them first
    cells = None if wide else cell_position(text, m.start, m.name.end, lex, starts)
    if cells:  # a table's column: the name's cell goes on below it
        m.pieces, m.head_end = cells
        m.position, m.after = (m.pieces[0][0], m.pieces[-1][1]), True
        return
    found = None
    if bracketed_inline(text, m.start, m.name.end):  # "นพ.สสจ.ลำพูน (นายแพทย์…) …"
        found = _position_before(text, max(_line_start(text, m.start), prev_end), m.start, lex,
                                 tokens, starts)
        if found:
            m.position, m.head_end = (found[0], found[1]), found[2]
            return
    found = _position_after(text, m, nxt, lex, starts)
    if found and next_ones(text, m.name.end, found, nxt):
        found = None  # "…แก้วใส,ผญบ.หมู่ 6 นายสมัย…": the next person's post
    elif found:
        found = before_bracket(text, found, nxt, lex, starts)
    found = found or agent_cell(text, m.name.end, lex)  # "…พลซา          ผู้ร่วมประเมิน"
    if found is None and wide and (cells := cell_position(text, m.start, m.name.end, lex, starts)):
        m.pieces, m.head_end = cells
        m.position, m.after = (m.pieces[0][0], m.pieces[-1][1]), True
        return
    m.after = found is not None
    if found is None:
        line_start = _line_start(text, m.start)
        found = _position_before(text, max(line_start, prev_end), m.start, lex, tokens, starts)
        if found and across_columns(text, found[0], found[1], m.start, line_start):
            found = None
        lead = LINE_LEAD.match(text, line_start, m.start)
        if found is None and lead and lead.end() == m.start and line_start > prev_end:
            prev_line = _line_start(text, max(0, line_start - 1))
            if prev_line >= prev_end:
                found = _position_before(text, prev_line, line_start - 1, lex, tokens, starts)
    if found is None:
        found = _position_as(text, m, nxt, lex, starts)
        m.after = found is not None
    if found and m.after:  # "… ชำนาญการ แทน ผู้ช่วยสาธารณสุขอำเภอ…": the post stood in for
        behalf = on_behalf(text, found[1], nxt, lex, starts)
        found = (found[0], behalf, found[2]) if behalf else found
        more = (wrapped_below(text, found[0], found[1], m.start, nxt, lex, starts)
                or column_below(text, found[1], m.start, m.name.end, lex, starts))
        if more:  # the position goes on on an indented line below
            m.pieces = ((found[0], found[1]),) + more
            found = (found[0], more[-1][1], found[2])
    if found:
        m.position, m.head_end = (found[0], found[1]), found[2]


def _line_start(text: str, pos: int, window: int = 300) -> int:
    """Start of the line holding `pos`, looked for within `window` characters (long lines
    without breaks must not make every lookup scan back to the start of the text)."""
    lo = max(0, pos - window)
    i = text.rfind("\n", lo, pos)
    return i + 1 if i >= 0 else lo
