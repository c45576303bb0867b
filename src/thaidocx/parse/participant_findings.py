"""Screening findings: counts of people found WITH a condition among those screened.

"ผู้สูงอายุได้รับการคัดกรอง 318 คน พบต้อกระจก 41 ราย" — the 318 took part; the 41 are an outcome
statistic about them (rules/participants.toml, part_finding_cue). A count is a finding when
1. a finding verb (พบ) or result word (ค่าเกิน, เกินเกณฑ์) is at most FINDING_WINDOW characters
   before it, or a clause-introducing one (พบว่า, part_finding_clause) is in its sentence (no line
   break or wide space between, at most CLAUSE_WINDOW back), or a condition word
   (เสี่ยง, สงสัย, ผิดปกติ) is in the phrase naming its group;
2. a screening word (คัดกรอง, ตรวจ, ชั่งน้ำหนัก …) comes before that cue in the count's line, or in
   the line of the count before it when that line is the one just above or the list it opens
   (a wrapped sentence: "…พบต้อกระจก 41 ราย⏎ต้อหินสงสัย 6 ราย") and the sibling bullets above that
   line ("✔️ คัดกรองสายตา… 156 ราย⏎✔️ ตัดแว่น… 98 ราย⏎✔️ สงสัยต้อกระจก 21 ราย"), or in the lines above an indented
   line up to its item's first line (a form item continued: "วัดความดัน ๒๑ คน⏎    ชาย ๙ คน หญิง ๑๒ คน
   ผลผิดปกติ ๗ คน"); a change word right before the count needs none ("น้ำหนักลดลง 74 คน"); under an
   outcome heading (part_finding_section) a finding verb needs none: "ผลลัพธ์⏎- พบเด็กสงสัย… 14 คน",
   nor before a measured value ("พบผู้มีน้ำตาลสูงเกิน ๑๒๖ มก./ดล. ๑๑ ราย", part_measure_unit);
3. no role cue stands between the cue (or its phrase's start) and the count, nor a target cue
   in the finding verb's own phrase, nor a purpose (เพื่อ) before a condition word in its phrase
   ("เพื่อเอกซเรย์ปอดกลุ่มเสี่ยง 250 คน": the target): "ได้รับการผ่าตัด 23 คน", "ส่งต่อ 6 ราย",
   "เป้าหมาย 250 คน" are people served or targeted (not a service needed: "พบกลุ่มเสี่ยงสูงที่ต้องติดตาม
   118 ราย", part_need_modal);
4. nor does a role cue right after the count, in its own sentence, with no other count of people
   in that sentence nor another quantity before the cue ("ฟันผุ 31 คน รวม 74 ซี่ ส่งต่อ…"), and not
   a service still to come ("ฟันผุ 21 คน ซึ่งจะนัดเข้ารับการรักษา": จะ, a planned cue, first): "พบกลุ่มเสี่ยง 37 คน (ร้อยละ 8.13) ได้รับการประเมินซ้ำและส่งพบแพทย์ทุกราย" — the
   people found were all served ("พบต้อกระจก 41 ราย ได้รับการผ่าตัดแล้ว 23 คน" serves only 23), unless the
   sentence points to what follows ("… 356 ราย ซึ่งได้รับการผ่าตัดในครั้งนี้ ดังนี้", part_forward): the people
   served are told below.
A measured limit ending right before the count ("ยังคุมน้ำตาลไม่ได้ (เกิน 180) 9 ราย", "ความดันเกิน
160/100 อีก 6 ราย", part_threshold) is a finding on its own: the value shows a measurement.
Breakdowns of a finding (ภาวะเตี้ย 12 คน และผอม 8 คน) follow it as breakdowns of any statistic.

Under an outcome heading (part_finding_section), a count stated as a share of a larger count of
people ("ผลลัพธ์ ทารก… กินนมแม่อย่างเดียว 19 คน จาก 27 คน คิดเป็นร้อยละ 70.37") is an indicator's
result, not people served: the 27 are (outcome_share). Not when the base is a target ("42 คน จาก
เป้าหมาย 45 คน": a turnout), nor after a role cue in the count's own text (มีผู้เข้าร่วม 58 คน จาก…).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

from ..literal_re import literal_regex
from .participant_doc import PEOPLE_COUNT, SENTENCE_END
from .participant_groups import strip_affixes  # the group's own affix stripping

if TYPE_CHECKING:
    from .participant_doc import _Doc, _Previous

FINDING_WINDOW = 60  # a finding verb must be at most this far before the count
CLAUSE_WINDOW = 240  # ... a clause-introducing one (พบว่า), this far, in the count's sentence
SERVED_WINDOW = 40  # a service cue after a finding must start at most this far after it
THRESHOLD_WINDOW = 40  # a measured limit (เกิน 180) ends right before the count, this long at most
ITEM_LINES = 3  # an indented line's item starts at most this many lines above it
LIST_GAP = 4  # sibling bullets above a count's line searched for the screening of its list
CHAIN_GAP = 24  # at most this many characters between two counts of a run closed by a total
CHAIN_MAX = 6  # counts of such a run looked at
_TOTAL = "รวม"
_DIGIT = literal_regex(r"[0-9]")
WRAPPED_MIN = 60  # a line this long, ending with a count, may wrap its sentence onto the next
_PHRASE_BREAK = literal_regex(r"[\s:;,|()\[\]\"“”'‘’]+")
_SPACE = literal_regex(r"\s+")
# A bullet opening a line: symbols and emoji (with their variation selector), no letter or digit,
# nor a table's bar, a bracket or a quote.
_BULLET = regex.compile(r"[ \t]*([^\s\p{L}\p{N}|()\[\]{}<>\"'“”‘’.,:;][\uFE0F\u200D]?)")
# "… 19 คน จาก 27 คน", "19 คน จากทารกทั้งหมด 27 คน": a count of a larger count of people.
# A number outside brackets after a count: another quantity ("รวม 74 ซี่"); a bracketed share
# ("(ร้อยละ 8.13)") only restates the count.
_OTHER_QUANTITY = literal_regex(r"(?<![(0-9.,])(?<!\([^()\n]{0,20})[0-9]")
# A purpose opening a screening in the phrase of a condition word: its group is the target
# ("เพื่อเอกซเรย์ปอดกลุ่มเสี่ยง 250 คน"); not เพื่อน, nor a search (เพื่อค้นหากลุ่มเสี่ยง: what was found).
_PURPOSE = literal_regex(r"เพื่อ(?!น|ค้นหา|หา)")
_SHARE_OF = literal_regex(r"[ \t]*จาก([^\s0-9]{0,20})[ \t]*[0-9][0-9,]*[ \t]*(?:คน|ราย|ท่าน)")


def _phrase_start(doc: _Doc, lo: int, pos: int) -> int:
    """Where the phrase naming the count's group starts: after the last break before it,
    skipping phrases that are only cue words (ผู้ป่วยเบาหวาน จำนวน 45 คน -> ผู้ป่วยเบาหวาน)."""
    end = pos
    for _ in range(4):
        breaks = list(_PHRASE_BREAK.finditer(doc.text, lo, end))
        while breaks and breaks[-1].end() == end:  # the break right before `end`
            end = breaks.pop().start()
        start = breaks[-1].end() if breaks else lo
        if start >= end or strip_affixes(doc.text[start:end], doc.pats):
            return start
        end = start
    return end


def served_after(doc: _Doc, end: int, planned: bool = True) -> bool:
    """Does the sentence after the count ending at `end` say what was done for those people,
    with no count of its own (… 37 คน ได้รับการประเมินซ้ำ … ทุกราย)? `planned`: does a service
    still to come (จะได้รับการอบรม) count? It makes people not yet served a target
    (participant_need), but people found with a condition are not served by a future one.
    A count ending a long line whose sentence wraps onto the next one ("… พบเด็กผอม 6 คน และเตี้ย
    5 คน รวม 11 คน⏎       ได้รับไข่ต้มวันละ 1 ฟอง…") is followed by that line (_wrapped_after)."""
    end = _total_after(doc, end)
    if _served_after(doc, end, planned):
        return True
    after = _wrapped_after(doc, end)
    return after is not None and _served_after(doc, after, planned)


def _total_after(doc: _Doc, end: int) -> int:
    """The end of the total closing a run of counts that the count ending at `end` opens ("พบเด็กผอม
    6 คน และเตี้ย 5 คน รวม 11 คน ได้รับ…": what is told of the total is told of its parts), else `end`.
    The counts follow each other in one sentence, CHAIN_GAP characters apart at most, with no digit
    nor role cue between; the last is opened by รวม."""
    text = doc.text
    last = end
    for _ in range(CHAIN_MAX):
        count = PEOPLE_COUNT.search(text, last, last + CHAIN_GAP + 1)
        if count is None:
            break
        gap = text[last:count.start()]
        if (_DIGIT.search(gap) is not None or SENTENCE_END.search(gap) is not None
                or any(v != "total" for _, v in doc.found_cues(last, count.start()))):
            break
        if _TOTAL in gap:
            return count.end()
        last = count.end()
    return end


def _wrapped_after(doc: _Doc, end: int) -> int | None:
    """Where the sentence of a count ending at `end` goes on, when the count ends a line of at
    least WRAPPED_MIN characters and the next line, indented as much, is no list item nor
    heading: the next line's first letter. Else None."""
    text = doc.text
    newline = text.find("\n", end, end + SERVED_WINDOW)
    if newline < 0 or text[end:newline].strip():
        return None
    i = doc.index(end)
    j = i + 1
    if j >= len(doc.starts):
        return None
    line, below = doc.line(i), doc.line(j)
    indent = len(line) - len(line.lstrip())
    if (len(line) - indent < WRAPPED_MIN or not below.strip() or len(below) - len(below.lstrip()) != indent
            or doc.list_item(j) or doc.heading_term(j)):
        return None
    return doc.starts[j] + indent


def _served_after(doc: _Doc, end: int, planned: bool) -> bool:
    # The sentence's end matters only up to the next count of people and within the window: a
    # bounded look keeps a long line without breaks linear (it was a scan to the sentence's end
    # for every count). A run of spaces needs two characters, hence the + 2.
    count = PEOPLE_COUNT.search(doc.text, end)
    horizon = max(end + SERVED_WINDOW + 2, end if count is None else count.end())
    stop = SENTENCE_END.search(doc.text, end, horizon)
    if count is not None and (stop is None or count.end() <= stop.start()):
        return False  # another count in the same sentence
    reach = end + SERVED_WINDOW if stop is None else min(stop.start(), end + SERVED_WINDOW)
    other = _OTHER_QUANTITY.search(doc.text, end, reach)
    if other is not None:  # "31 คน (ร้อยละ 29.25) รวม 74 ซี่ ส่งต่อ…": the service follows
        reach = other.start()  # another quantity, not these people
    cues = [c for c in doc.found_cues(end, reach) if c[1] != "total"]
    # "21 คน ซึ่งจะนัดเข้ารับการรักษาต่อไป": a service still to come has served no one yet.
    if not cues or not (planned or cues[0][1] != "planned"):
        return False
    # "356 ราย ซึ่งได้รับการผ่าตัดในครั้งนี้ ดังนี้": the people served are told below (part_forward).
    forward = doc.pats.forward
    last = stop.start() if stop is not None else min(len(doc.text), end + 2 * SERVED_WINDOW)
    return not (forward and any(doc.text.find(w, end, last) >= 0 for w in forward))


def is_finding(doc: _Doc, i: int, near: int, pos: int, prev: _Previous | None,
               end: int | None = None) -> bool:
    """Is the count at `pos` (line i, ending at `end`) a screening finding? `near`: where this
    count's own text may begin (after the previous count on the line)."""
    text, pats = doc.text, doc.pats
    if pats.threshold_re is not None:  # "(เกิน 180) 9 ราย": a measured limit exceeded
        limit = pats.threshold_re.search(text, max(near, pos - THRESHOLD_WINDOW), pos)
        if limit is not None and not any(v != "total" for _, v in doc.found_cues(limit.start(), pos)):
            return True
    cue, rescue, verb = None, pos, False
    window = max(near, pos - FINDING_WINDOW)
    if pats.finding_terms.search(text, window, pos) is None:
        window = pos  # no cue term at all (finding_re, a `regex` pattern, costs more to ask)
    phrase: int | None = None  # where the group's phrase starts: found when a condition asks
    for c in pats.finding_re.finditer(text, window, pos):
        if c.group("found") is not None:
            cue, rescue, verb = c, c.end(), True
            continue
        if phrase is None:
            phrase = _phrase_start(doc, near, pos)
        if c.start() >= phrase:  # a condition word: a role cue anywhere in its phrase keeps
            # the count (ติดตามกลุ่มเสี่ยง 40 คน), but only after a finding verb in that phrase
            # (จากการคัดกรองพบกลุ่มเสี่ยง 45 ราย: the screening is the finding's own).
            after_verb = cue is not None and cue.group("found") is not None
            cue, rescue = c, max(phrase, rescue) if after_verb else phrase
    if cue is None:
        cue = _clause(doc, near, pos)  # "พบว่า…" further back, in the count's sentence
        if cue is None:
            return False
        rescue, verb = cue.end(), True
    return _confirmed(doc, i, near, pos, prev, end, cue, rescue, verb)


def _clause(doc: _Doc, near: int, pos: int) -> regex.Match | re.Match | None:
    """The last clause-introducing finding verb (พบว่า) before `pos` in the count's sentence."""
    lo = max(near, pos - CLAUSE_WINDOW)
    found = None
    for c in doc.pats.clause_re.finditer(doc.text, lo, pos):
        found = c
    if found is None or SENTENCE_END.search(doc.text, found.end(), pos) is not None:
        return None
    return found


def _confirmed(doc: _Doc, i: int, near: int, pos: int, prev: _Previous | None,
               end: int | None, cue: regex.Match | re.Match, rescue: int, verb: bool) -> bool:
    """A finding cue before the count: is it a finding (conditions 2-4 of the module doc)?
    `verb`: a finding verb (พบ, พบว่า) governs it, not only a condition word (สงสัย)."""
    text, pats = doc.text, doc.pats
    lo = doc.starts[i]
    if prev is not None and (prev.line == i - 1 or doc.continues_list(i, prev)):
        lo = doc.starts[_sibling_start(doc, i, prev.line)]
    lo = min(lo, _item_start(doc, i))  # an indented line continues the item above it
    if pats.screening_re.search(text, lo, cue.end()) is None and not (
            verb and (doc.kind(i) in pats.finding_sections
                      or pats.measure_re.search(text, cue.end(), pos) is not None
                      or _measured_change(doc, cue, pos)
                      or _found_condition(doc, cue))):
        return False
    if any(v != "total" for _, v in doc.service_cues(rescue, pos)):
        return False  # served or targeted (a service needed, ที่ต้องติดตาม, serves no one)
    if not verb and _PURPOSE.search(text, rescue, cue.start()) is not None:
        return False  # "เพื่อเอกซเรย์ปอดกลุ่มเสี่ยง 250 คน": the screening's target group
    if end is not None and served_after(doc, end, planned=False):
        return False
    # A target named in the finding verb's own phrase (เป้าหมายคือกลุ่มเสี่ยงที่ตรวจพบ 50 คน) keeps the
    # count; "ร้อยละ 90 ของเป้าหมาย พบต้อกระจก 41 ราย" (a phrase before) does not.
    own = max(near, cue.start() - FINDING_WINDOW)
    for gap in _SPACE.finditer(text, own, cue.start()):
        own = gap.end()
    return not any(v == "planned" for _, v in doc.found_cues(own, cue.start()))


def _found_condition(doc: _Doc, cue: regex.Match | re.Match) -> bool:
    """Is the cue a condition word in the phrase of a finding verb ("พบเท้ามีความเสี่ยงสูง 13 ราย")
    in a document that names a screening anywhere before it ("ผู้ป่วยเข้ารับการตรวจเท้า" paragraphs
    above a list of results)? Finding verb + condition states a result of that screening."""
    return ("condition" in cue.re.groupindex and cue.group("condition") is not None
            and doc.pats.screening_re.search(doc.text, 0, cue.start()) is not None)


def _sibling_start(doc: _Doc, i: int, j: int) -> int:
    """The first line of the run of sibling items, through line j (above line i), that line i
    ends: lines opened by the same bullet as line i, at most LIST_GAP lines up ("✔️ คัดกรองสายตา…
    156 ราย⏎✔️ ตัดแว่น… 98 ราย⏎✔️ สงสัยต้อกระจก 21 ราย": the screening opens the list of its
    results). Else j; a numbered list's items (1. 2.) are separate activities, not siblings."""
    bullet = _bullet(doc.line(i))
    if not bullet or bullet != _bullet(doc.line(j)):
        return j
    first = j
    for k in range(j - 1, max(-1, i - 1 - LIST_GAP), -1):
        if _bullet(doc.line(k)) != bullet:
            break
        first = k
    return first


def _bullet(line: str) -> str:
    """The bullet symbol opening a line (not a number nor a letter), else ""."""
    m = _BULLET.match(line)
    return m.group(1) if m is not None else ""


def _item_start(doc: _Doc, i: int) -> int:
    """Where the item that indented line i continues starts: the nearest line above it that is
    less indented (its first line), through at most ITEM_LINES indented lines; a blank line or a
    line no more indented than line i before it ends the walk ("2.ออกวัดความดัน เจาะน้ำตาล…⏎
      ได้ทั้งหมด ๔๕ คน⏎  ความดันสูงเกิน ๗ คน": the screening is the item's)."""
    start = doc.starts[i]
    line = doc.line(i)
    indent = len(line) - len(line.lstrip())
    if indent == 0:
        return start
    for j in range(i - 1, max(-1, i - 1 - ITEM_LINES), -1):
        above = doc.line(j)
        if not above.strip():
            break
        start = doc.starts[j]
        if len(above) - len(above.lstrip()) < indent:
            break  # the item's first line
    return start


def _measured_change(doc: _Doc, cue: regex.Match | re.Match, pos: int) -> bool:
    """Is the cue a change word (ลดลง, ดีขึ้น) ending the phrase right before the count ("น้ำหนัก
    ลดลง 74 คน")? A change is measured: it needs no screening word (not a trend: ลดลงจาก …)."""
    return ("change" in cue.re.groupindex and cue.group("change") is not None
            and not doc.text[cue.end():pos].strip())


def outcome_share(doc: _Doc, i: int, near: int, pos: int, end: int) -> bool:
    """Is the count at `pos` (line i, ending at `end`) an outcome indicator's result: a share
    of a larger count of people under an outcome heading (module doc, last paragraph)?"""
    if doc.kind(i) not in doc.pats.finding_sections:
        return False
    share = _SHARE_OF.match(doc.text, end)
    if share is None or any(v == "planned" for _, v in doc.found_cues(share.start(1), share.end(1))):
        return False  # no share, or of a target (จากเป้าหมาย 45 คน)
    return not any(v != "total" for _, v in doc.found_cues(max(near, doc.starts[i]), pos))
