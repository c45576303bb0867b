"""Parse participant-count matches into `Participant` items.

The rules (rules/participants.toml) find "<number> <people unit>". Here each hit is
1. valued by parse/thainum.py: digits × multiplier word (9.87 แสน), or number words (ห้าสิบ);
2. dropped when it is a background statistic: a background cue (สะสม, เสียชีวิต, ประชากร …) or a
   "<place> มี" statement shortly before it (or opening the phrase it closes) with no role cue in
   between, a restatement as a share of the population after it, a background section
   (หลักการและเหตุผล, สถานการณ์), a screening finding (คัดกรอง 318 คน พบต้อกระจก 41 ราย:
   parse/participant_findings.py), or the breakdown of a dropped statistic (ประชากร 900 คน ชาย 400 คน …);
   people absent (ขาด 8 คน, the whole phrase before the count) are dropped too, and so are
   people said to be absent by a clause after the count (parse/participant_absence.py), who
   are no statistic that the counts after them could break down;
   per-subgroup sizes (ฐานละ 15 คน) are skipped: they split the participants, they do not count them;
3. given a role: the nearest strong cue in its sentence, else a heading term opening its line,
   else the role of the list it is an item of, else the section heading above, else a weak cue;
4. given a group: the phrase just before the count. Phrases are cut at spaces, which Thai writes
   between phrases; this is sturdier than word tokens (newmm splits group names such as
   ผู้ดูแลผู้สูงอายุ unpredictably) and needs no tokenization. Cue words (จำนวน, รวม, มี …) are
   stripped from the phrase's edges.
Table columns headed by a people unit (| จำนวน (คน) |) become one count match per cell first
(parse/participant_tables.py); a kept count's bracketed breakdown of bare numbers (๕ คน (ติดบ้าน ๓
ติดเตียง ๒)) gives one count per item (parse/participant_breakdown.py).
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from ..match import Match, select
from ..model import Participant
from ..sections import find_sections
from .context import Context, Parsed
from .items import evidence, maker
from ..literal_re import literal_regex
from .participant_cues import Patterns
from .participant_absence import absent_after
from .participant_breakdown import breakdown
from .participant_findings import is_finding
from .participant_need import new_people, unserved_target
from .participant_tables import count_start, expanded
from .thainum import NumberWords, evaluate, number_words, parse_thai_number

ROLE_WINDOW = 150  # characters before a count (same line) searched for role cues
BACKGROUND_WINDOW = 60  # a background cue must be at most this far before the count
GROUP_WINDOW = 80  # characters before a count searched for the group's name
SHARE_WINDOW = 40  # a "share of the population" restatement must start this close after a count
SUBGROUP_WINDOW = 32  # a per-subgroup word (ฐานละ, อำเภอละไม่เกิน) must end this close before a count
LIST_GAP = 4  # a list item inherits the role of a count at most this many lines above
MAX_COUNT = 100_000_000  # more than any real gathering: such numbers are not counts of people
STRONG = ("planned", "actual")
_PARTICIPANT = maker(Participant)

# A list item starts with a number or a bullet / symbol / emoji rather than a letter.
_LIST_ITEM = regex.compile(r"^\s*(?:[0-9]+[.)]|[^\s\p{L}\p{N}])")
_LIST_INTRO = literal_regex(r"(?:ได้แก่|ดังนี้|ประกอบด้วย|คือ|[:.])\s*$")
_PHRASE_SPLIT = literal_regex(r"[\s:;,|()\[\]\"“”'‘’]+")
_HEAD_JUNK = regex.compile(r"^[^\p{L}]+")
_TAIL_JUNK = regex.compile(r"[^\p{L}\p{M}.]+$")
# Thai and Latin characters that these leave alone at a phrase's start / end: most phrases
# begin and end with one, and then need no regex call (the sets are read off the patterns).
_COMMON = [chr(c) for c in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0x0E01, 0x0E5C))]
_HEAD_OK = frozenset(c for c in _COMMON if not _HEAD_JUNK.match(c))
_TAIL_OK = frozenset(c for c in _COMMON if not _TAIL_JUNK.search(c))
_PEOPLE_NOUN = "ผู้"  # ผู้เข้าร่วม, ผู้ร่วม…: a cue made a noun names the people themselves
_NUMBERLIKE = literal_regex(r"^[0-9.,]+$")
_DIGIT = literal_regex(r"[0-9]")
_SPACE = literal_regex(r"\s")
# A count in plain digits ("1,250"): its value needs no number-word tokenizer. Longer digit
# runs (hostile input) take the general path: int() refuses strings of thousands of digits.
_RELATIVE = ("ที่", "ซึ่ง")
_CUE_AFTER_RELATIVE = literal_regex(r"(?:เคย|ได้)?(?:ผ่าน|ได้รับ|เข้าร่วม|เข้ารับ)")
_PLAIN_COUNT = literal_regex(r"[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,15}")


class _Previous(NamedTuple):  # immutable, and cheaper to make than a dataclass
    """The previous count (kept or dropped): where it was and what it was."""

    line: int
    end: int
    role: str  # planned / actual / unknown, or "background" when it was dropped


class _Doc:
    """The text with its line bounds, the heading role governing each line, and the lexicons."""

    def __init__(self, ctx: Context) -> None:
        self.text = ctx.text
        self.pats = pats = ctx.rules.derived(Patterns.from_rules)
        self.cue_re, self.background_re = pats.cue_re, pats.background_re
        self.frame_re, self.share_re, self.subgroup_re = pats.frame_re, pats.share_re, pats.subgroup_re
        self.introducer = pats.introducer
        self.estimate_re = pats.estimate_re
        self.words = number_words(ctx.rules)
        # Sections come from the shared mechanism (sections.py, rules/sections.toml); what a
        # section kind means for counts of people is this field's own data (part_section_role).
        sections = ctx.sections if ctx.sections is not None else find_sections(ctx.norm, ctx.rules)
        self.starts = sections.line_starts
        self._own, self._above = sections.own, sections.above
        self._bars: dict[tuple[int, str], int] = {}
        self._cues: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self.groups: dict[tuple[int, int], str | None] = {}  # _group's answers (asked twice)

    def self_role(self, i: int) -> str | None:
        """The participant role of a heading term opening line i itself."""
        kind = self._own[i]
        return None if kind is None else self.pats.section_role(kind)

    def section(self, i: int) -> tuple[str, int] | None:
        """(role, heading line) of the section governing line i from above."""
        above = self._above[i]
        return None if above is None else (self.pats.section_role(above[0]), above[1])

    def kind(self, i: int) -> str | None:
        """The section kind of line i: its own heading term's, else the heading above's."""
        own = self._own[i]
        if own is not None:
            return own
        return self._above[i][0] if self._above[i] is not None else None

    def heading_role(self, i: int) -> str | None:
        """The role of the heading term opening line i, else of the section heading above."""
        own = self.self_role(i)
        if own is not None:
            return own
        section = self.section(i)
        return section[0] if section is not None else None

    def line(self, i: int) -> str:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[i]:end]

    def bars(self, i: int, sep: str = "|") -> int:
        """The number of cell separators on line i (cached: table headers ask repeatedly)."""
        if (i, sep) not in self._bars:
            self._bars[i, sep] = self.line(i).count(sep)
        return self._bars[i, sep]

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def found_cues(self, start: int, end: int) -> list[tuple[int, str]]:
        """(end offset, value) of every role cue in text[start:end], left to right (the same
        window is asked for again by the role after the background check: read once)."""
        found = self._cues.get((start, end))
        if found is None:
            value = self.pats.cue_value
            found = self._cues[start, end] = [
                (c.end(), value(c.group())) for c in self.cue_re.finditer(self.text, start, end)]
        return found

    def in_list(self, i: int) -> bool:
        """Line i is a list item: it starts with a bullet, or the line above introduces a list."""
        if _LIST_ITEM.match(self.line(i)):
            return True
        return i > 0 and bool(_LIST_INTRO.search(self.line(i - 1)))

    def continues_list(self, i: int, prev: _Previous | None) -> bool:
        """Line i is an item of the list that the previous count opened or belongs to: no
        paragraph or heading line (written flush left, not a list item) stands between them."""
        if prev is None or not 0 < i - prev.line <= LIST_GAP:
            return False
        section = self.section(i)
        if not ((section is None or section[1] <= prev.line) and self.in_list(i)):
            return False
        for j in range(prev.line + 1, i):
            between = self.line(j)
            if between.strip() and not between[0].isspace() and not _LIST_ITEM.match(between):
                return False
        return True


def _subgroup_size(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` (line i) a per-subgroup size (ฐานละ 15 คน)?"""
    lo = max(doc.starts[i], pos - SUBGROUP_WINDOW)
    return (doc.text.find(doc.pats.subgroup_key, lo, pos) >= 0
            and doc.subgroup_re.search(doc.text, lo, pos) is not None)


def _value(m: Match, words: NumberWords) -> int | None:
    """The count a match states, or None when it is not a whole, plausible number of people."""
    if m.groups.get("words"):
        tokens = words.tokens(m.groups["words"])
        value = evaluate(tokens) if tokens else None
        # A bare ร้อย / พัน / แสน (นับร้อยคน, ประชากรแสนคน) is vague or a rate, not a count.
        if value is None or (value >= 100 and not any(kind == "n" for kind, _ in tokens)):
            return None
        minimum = 2  # หนึ่งคน is "someone", not a count of participants
    else:
        num, mult = m.groups.get("num"), m.groups.get("mult")
        if num and not mult and _PLAIN_COUNT.fullmatch(num):
            value = int(num.replace(",", ""))
            return value if 1 <= value <= MAX_COUNT else None
        value = parse_thai_number((num or "") + " " + (mult or ""), words)
        minimum = 1
    if value is None or value != value.to_integral_value() or not minimum <= value <= MAX_COUNT:
        return None
    return int(value)


def _background_cue(doc: _Doc, near: int, pos: int) -> tuple[int, int]:
    """(start, end) of the last background cue governing the count at `pos`, or (-1, -1). A cue
    governs when it is close, or when it opens the phrase the count closes: Thai writes no space
    inside a phrase, so "มีผู้ป่วยไตวาย…ด้วยเครื่องไตเทียมกว่า 420 ราย" is one statement however long."""
    found = (-1, -1)
    start = max(near, pos - ROLE_WINDOW)
    text = doc.text
    frame = False
    for verb in doc.pats.frame_verbs:
        if text.find(verb, start, pos) >= 0:
            frame = True
            break
    for cue_re in (doc.background_re, doc.frame_re) if frame else (doc.background_re,):
        for b in cue_re.finditer(doc.text, start, pos):
            if ((pos - b.end() <= BACKGROUND_WINDOW
                    or not _SPACE.search(doc.text[b.end():pos].rstrip())) and b.end() > found[1]
                    and not new_people(doc, b.start(), b.end())):
                found = (b.start(), b.end())
    return found


def _population_share(doc: _Doc, end: int) -> bool:
    """Is the count ending at `end` restated as a share of the population (… หรือร้อยละ 21 ของ
    ประชากร), and not of a target population (ของประชากรกลุ่มเป้าหมาย)?"""
    if doc.text.find("หรือ", end, end + SHARE_WINDOW) < 0:
        return False  # share_re's หรือ (written in its pattern) is nowhere in reach
    share = doc.share_re.match(doc.text, end, min(len(doc.text), end + SHARE_WINDOW))
    return share is not None and doc.cue_re.match(doc.text, share.end()) is None


def _share_estimate(doc: _Doc, pos: int) -> bool:
    """Is the count at `pos` a percentage restated as an estimated number of people ("สูบบุหรี่
    ร้อยละ 17.2 หรือประมาณ 6,800 คน")? That is a prevalence, not people counted."""
    start = max(0, pos - SHARE_WINDOW)
    if doc.text.find("หรือ", start, pos) < 0:
        return False
    return doc.estimate_re.search(doc.text, start, pos) is not None


def _caseload(doc: _Doc, near: int, pos: int, end: int) -> bool:
    """Is the count at `pos` patients or cases averaged per period ("ผู้ป่วยฉุกเฉินซึ่งมีเฉลี่ย
    เดือนละ 45 ราย")? A service's workload, not people taking part (part_caseload). Or cases
    compared with another period, or in an incident report (_case_statistic)."""
    pats = doc.pats
    if pats.caseload_re is None or pats.case_re is None:
        return False
    lo = max(near, pos - ROLE_WINDOW)
    case = None
    for case in pats.case_re.finditer(doc.text, lo, pos):
        pass  # the last case word before the count
    if case is None:
        return False
    if pats.caseload_re.search(doc.text, max(lo, pos - SUBGROUP_WINDOW), pos) is not None:
        return True
    return _case_statistic(doc, case.start(), pos, end)


def _case_statistic(doc: _Doc, case: int, pos: int, end: int) -> bool:
    """Patients or cases (a case word opening the count's phrase, at `case`) compared with
    another period right after the count, or counted in an incident report (on the count's line
    or the line above), and not named as served (a service word or a role cue between)."""
    pats, text = doc.pats, doc.text
    if (case > 0 and not text[case - 1].isspace()) or _SPACE.search(text, case, pos - 1):
        return False  # ผู้ดูแลผู้ป่วย 30 คน: caregivers; or the case word is in an earlier phrase
    i = doc.index(pos)
    if not (pats.trend_re.match(text, end) is not None or pats.incident_re.search(
            text, doc.starts[max(0, i - 1)], pos) is not None):
        return False
    if any(text.find(w, case, pos) >= 0 for w in pats.new_served):
        return False
    return not any(v != "total" for _, v in doc.found_cues(case, pos))


def _dropped(doc: _Doc, i: int, near: int, pos: int, end: int, prev: _Previous | None) -> bool:
    """Is the count at `pos` (line i) a background statistic rather than participants?"""
    def keeps(start: int) -> bool:  # a role cue after `start` keeps the count
        for _, v in doc.found_cues(start, pos):
            if v != "total":
                return True
        return False

    def keeps_after_statistic(start: int) -> bool:
        # After a statistic on the same line, a cue in a relative clause naming the group
        # ("ผู้ดูแลที่ผ่านการอบรมเพียง 18 คน": caregivers who are trained) describes the population
        # the statistic is about; it names no one this activity reached.
        for cue_end, v in doc.found_cues(start, pos):
            if v != "total" and not _relative_clause(doc.text, start, cue_end):
                return True
        return False

    def keeps_background(bg_end: int) -> bool:
        # A weak or neutral cue in the background cue's own phrase (no space between) is part
        # of what it negates or counts ("ไม่มาเข้าอบรม 8 คน"), unless it names people of its
        # own (ตำบลนี้มีผู้เข้าร่วม…); a strong one still names a target or a result
        # ("ประชากรกลุ่มเป้าหมาย 50 คน").
        gap = _SPACE.search(doc.text, bg_end, pos)
        phrase_end = pos if gap is None else gap.start()
        for c in doc.cue_re.finditer(doc.text, bg_end, pos):
            v = doc.pats.cue_value(c.group())
            if v == "total":
                continue
            if (v in STRONG or c.start() >= phrase_end
                    or doc.text.endswith(_PEOPLE_NOUN, bg_end, c.start())):
                return True
        return False

    heading = doc.heading_role(i)
    if heading == "planned" and not _after_own_target(doc, i, prev):
        return False  # under กลุ่มเป้าหมาย, ประชากรวัยทำงาน 50 คน is a target
    bg_start, bg_end = _background_cue(doc, near, pos)
    if ((bg_end >= 0 and not keeps_background(bg_end)
         and not unserved_target(doc, bg_start, bg_end, end)) or _population_share(doc, end)
            or _share_estimate(doc, pos) or _caseload(doc, near, pos, end)
            or is_finding(doc, i, near, pos, prev, end)
            or _group(doc, max(near, pos - GROUP_WINDOW), pos) in doc.pats.absent):
        return True
    if prev is not None and prev.role == "background":  # the breakdown of a statistic
        # A list item naming its own role (ผู้ปกครองเข้าร่วม…) or a screening of its own (เจาะน้ำตาล
        # 17 คน, after a finding of the item above) is no part of the statistic above.
        if (prev.line == i and not keeps_after_statistic(prev.end)) or (
                doc.continues_list(i, prev) and not keeps(doc.starts[i])
                and doc.pats.screening_re.search(doc.text, doc.starts[i], pos) is None):
            return True
    return heading == "background" and not any(
        v in STRONG for _, v in doc.found_cues(max(doc.starts[i], pos - ROLE_WINDOW), pos))


def _after_own_target(doc: _Doc, i: int, prev: _Previous | None) -> bool:
    """Is this count after another on a prose line opened by a target term ("กลุ่มเป้าหมายเป็น
    ประชาชน… 1,200 คน … ตรวจ 318 ราย พบไขมันพอกตับ 96 ราย")? Such a heading names the target in its
    first statement; the counts after it are read like any others (findings, statistics)."""
    if prev is None or prev.line != i or doc.self_role(i) != "planned":
        return False
    section = doc.section(i)
    return section is None or section[0] != "planned"  # under a target section: all targets


def _relative_clause(text: str, start: int, cue_end: int) -> bool:
    """Does the cue ending at `cue_end` open a relative clause (ที่ / ซึ่ง right before it, in the
    phrase after `start`: no space between)?"""
    for rel in _RELATIVE:
        k = text.rfind(rel, start, cue_end)
        if k >= 0 and not _SPACE.search(text, k, cue_end) and _CUE_AFTER_RELATIVE.match(
                text, k + len(rel), cue_end):
            return True
    return False


def _role(doc: _Doc, i: int, pos: int, prev: _Previous | None) -> str:
    found = doc.found_cues(max(doc.starts[i], pos - ROLE_WINDOW), pos)
    for _, v in reversed(found):  # the last strong cue
        if v in STRONG:
            return v
    own = doc.self_role(i)
    if own in STRONG:
        return str(own)
    if prev is not None and prev.role in STRONG and doc.continues_list(i, prev):
        return prev.role
    heading = doc.heading_role(i)
    if heading in STRONG:
        return str(heading)
    for _, v in reversed(found):  # else the last weak one
        if v == "total":
            return "actual"
        if v.startswith("weak_"):
            return v.removeprefix("weak_")
    return "unknown"


def _strip_affixes(phrase: str, pats: Patterns) -> str:
    """Strip cue words from the edges; never strip a suffix that leaves a bare ผู้ (ผู้เข้าร่วม)."""
    changed = True
    while changed and phrase:
        if not (phrase.startswith(pats.prefixes) or phrase.endswith(pats.suffixes)):
            break  # no term at either edge: this round would change nothing
        changed = False
        for term, prefix, suffix in pats.affix_items:
            if prefix and phrase.startswith(term):
                phrase, changed = phrase[len(term):].strip(), True
            elif suffix and phrase.endswith(term):
                rest = phrase[: -len(term)].strip()
                if not rest.endswith("ผู้"):
                    phrase, changed = rest, True
    return phrase


def _name(doc: _Doc, chunk: str) -> tuple[str, bool]:
    """A phrase's group name (maybe empty), and whether it began at an introduced people word."""
    cut = None
    if doc.introducer is not None:
        for m in doc.introducer.finditer(chunk):
            cut = m.end()
    if cut is not None:
        chunk = chunk[cut:]
    return _strip_affixes(chunk, doc.pats), cut is not None


def _is_rate(doc: _Doc, phrase: str) -> bool:
    """รุ่นละ 50 คน, แต่ละ…: a per-unit rate names no group (but และ only looks like one)."""
    terms = doc.pats.distributive
    return phrase.endswith(terms) and any(
        phrase.endswith(t) and not phrase.endswith("แ" + t) for t in terms)


def _trim(chunk: str) -> str:
    """The chunk without non-letters at its start and non-letters/marks at its end."""
    if chunk[0] not in _HEAD_OK:
        chunk = _HEAD_JUNK.sub("", chunk)
    if chunk and chunk[-1] not in _TAIL_OK:
        chunk = _TAIL_JUNK.sub("", chunk)
    return chunk


def _group(doc: _Doc, lo: int, hi: int) -> str | None:
    """The people group named just before a count: the last phrase that is not only cue words
    (asked by the absence check, then for the item: answered once)."""
    key = (lo, hi)
    if key not in doc.groups:
        doc.groups[key] = _read_group(doc, lo, hi)
    return doc.groups[key]


def _read_group(doc: _Doc, lo: int, hi: int) -> str | None:
    chunks = [c for c in _PHRASE_SPLIT.split(doc.text[lo:hi]) if c]
    for k in range(len(chunks) - 1, max(-1, len(chunks) - 5), -1):
        raw = _trim(chunks[k])
        if _is_rate(doc, raw):
            return None
        name, introduced = _name(doc, raw)
        if not name:
            continue
        # After a number, the phrase starts with that number's unit (21 แห่ง): no group here.
        if k > 0 and _NUMBERLIKE.match(chunks[k - 1]) and not introduced:
            return None
        return None if _DIGIT.search(name) else name
    return None


def parse(ctx: Context) -> Parsed:
    matches = select(ctx.for_field("participants"))
    if not matches:
        return Parsed()
    doc = _Doc(ctx)
    items: list[Participant] = []
    prev: _Previous | None = None
    for m in expanded(doc, matches):
        pos = count_start(m)
        i = doc.index(pos)
        value = _value(m, doc.words)
        if value is None or _subgroup_size(doc, i, pos):
            continue
        near = max(doc.starts[i], prev.end if prev is not None else 0)
        if _dropped(doc, i, near, pos, m.end, prev):
            prev = _Previous(i, m.end, "background")
            continue
        if absent_after(doc, i, pos, m.end):  # no statistic: the counts around it stand alone
            continue
        role = m.attrs.get("role") or _role(doc, i, pos, prev)
        hi = m.start if m.attrs.get("group_before") == "match" else pos
        group = m.attrs.get("group") or _group(doc, max(near, hi - GROUP_WINDOW), hi)
        items.append(_PARTICIPANT({"count": value, "role": role, "group": group,
                                   "evidence": evidence(ctx.norm, pos, m.end, m.rule)}))
        for part in breakdown(doc.text, m.end, value, doc.pats.breakdown_deny):
            items.append(_PARTICIPANT({"count": part.count, "role": role, "group": part.group,
                                       "evidence": evidence(ctx.norm, part.start, part.end, m.rule)}))
        prev = _Previous(i, m.end, role)
    return Parsed(items=tuple(items))
