"""Background statistics: is a count of people a figure about the population (a background
cue before it, a share of the population, a caseload, a screening finding, people absent, the
breakdown of a dropped statistic, in a bracket after it too; an institution's enrolment) rather
than participants (participants.py, step 2)?"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from .participant_doc import GROUP_WINDOW, ROLE_WINDOW, STRONG
from .participant_caseload import caseload, past_caseload, roster, service_row
from .participant_frames import allocation_base, data_bracket, note_background
from .participant_findings import is_finding, served_after
from .participant_groups import group_name
from .participant_need import new_people, unserved_target
from .participant_occasion import target_after
from .participant_scope import hanging_continuation, sentence_break, turnout

if TYPE_CHECKING:
    from .participant_doc import _Doc, _Previous

BACKGROUND_WINDOW = 60  # a background cue must be at most this far before the count
SHARE_WINDOW = 40  # a "share of the population" restatement must start this close after a count
_PEOPLE_NOUN = "ผู้"  # ผู้เข้าร่วม, ผู้ร่วม…: a cue made a noun names the people themselves
_SPACE = literal_regex(r"\s")
_REGISTER = "ลง"  # ลงทะเบียน: registering, before a registry cue
_PHRASE_GAP = literal_regex(r"[\s()]")
_ABSENT_NOUNS = ("ผู้ที่", "คนที่", "ผู้", "คน")  # longest first: "ผู้ที่ขาด" -> "ขาด"
# Phrases of absence joined into one ("ลาป่วยและติดธุระ 7 คน", "ลากิจ/ลาป่วย 3 คน").
_ABSENT_JOIN = literal_regex(r"[ \t]*(?:และ|หรือ|,|/)[ \t]*")
BRACKET_GAP = 3  # at most this many spaces between a count and the bracket breaking it down
BRACKET_MAX = 160  # characters inside such a bracket (participant_breakdown.py)
_COUNT_BEFORE = literal_regex(r"[0-9][ \t]*(?:คน|ราย|ท่าน)[ \t]*$")
_RELATIVE = ("ที่", "ซึ่ง")
_CUE_AFTER_RELATIVE = literal_regex(r"(?:เคย|ได้)?(?:ผ่าน|ได้รับ|เข้าร่วม|เข้ารับ)")
# "ถึงปัจจุบัน", "2561 – ปัจจุบัน": the present ending a period, not a statement of the present state.
# A wrapped line opening with one of these coordinates its count with the statistic above.
_COORDINATE = ("และ", "รวมทั้ง", "กับ", "หรือ")
_PERIOD_END = literal_regex(r"(?:ถึง|[-–])[ \t]*$")


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
                    and not new_people(doc, b.start(), b.end())
                    and not _period_end(doc, b.start(), b.group())
                    and not _registering(doc, b.start(), b.group())
                    and not _area_served(doc, start, b.start(), b.group())
                    and not _role_play(doc, start, b.start(), b.end(), pos)):
                found = (b.start(), b.end())
    return found


def _blank_between(doc: _Doc, j: int, i: int) -> bool:
    """Is a blank line between lines j and i? It ends a statistic's statement: the list or table
    after it ("สถานการณ์สมมุติ … 18 ราย⏎⏎ทีมที่เข้าร่วมฝึกซ้อม⏎| อำเภอ | ทีม | จำนวน (คน) |") is no breakdown of it."""
    return any(not doc.line(k).strip() for k in range(j + 1, i))


def _role_play(doc: _Doc, lo: int, start: int, end: int, pos: int) -> bool:
    """Is the cue at start:end played in a drill (part_role_play in its own phrase: "อาสาสวมบท
    ผู้บาดเจ็บ", "ผู้บาดเจ็บจำลอง")? The players take part; the cue names no casualties."""
    play = doc.pats.role_play_re
    if play is None:
        return False
    text = doc.text
    gap = None
    for gap in _SPACE.finditer(text, lo, start):
        pass  # the last space before the cue: its phrase starts after it
    after = _SPACE.search(text, end, pos)
    return play.search(text, lo if gap is None else gap.end(), pos if after is None else after.start()) is not None


def _period_end(doc: _Doc, start: int, term: str) -> bool:
    """Is the cue `term` at `start` the present ending a period ("ตั้งแต่ ต.ค. ถึงปัจจุบัน")?"""
    return term in doc.pats.now and _PERIOD_END.search(doc.text, max(0, start - 8), start) is not None


def _registering(doc: _Doc, start: int, term: str) -> bool:
    """Is the registry cue `term` at `start` the act of registering (ลงทะเบียนผู้ป่วย: people served)?"""
    return term in doc.pats.registry and doc.text.endswith(_REGISTER, max(0, start - 2), start)


def _area_served(doc: _Doc, lo: int, start: int, term: str) -> bool:
    """Is the cue `term` at `start` a whole area (ทั้งตำบล) that a role cue in its own phrase
    before it makes the reach of a service ("ผลการคัดกรองทั้งตำบล 376 คน"), not a population
    ("ผู้สูงอายุทั้งหมู่บ้าน 286 คน")? Or a disease state (เป็นเบาหวาน) that such a cue makes the
    people served ("คัดกรองภาวะแทรกซ้อนทางตาในผู้ที่เป็นเบาหวาน 40 คน"), not cases ("คนบ้านเฮาเป็น
    ความดัน 142 คน")?"""
    if term not in doc.pats.area and term not in doc.pats.state:
        return False
    gap = None
    for gap in _SPACE.finditer(doc.text, lo, start):
        pass  # the last space before the term: its phrase starts after it
    return any(v != "total" for _, v in doc.found_cues(lo if gap is None else gap.end(), start))


def _clause_start(doc: _Doc, start: int, pos: int) -> int:
    """Where the count's clause starts: after the last part_statistic_join word in start:pos."""
    text = doc.text
    for join in doc.pats.joins:
        k = text.rfind(join, start, pos)
        if k >= 0:
            start = k + len(join)
    return start


def absent_phrase(doc: _Doc, near: int, pos: int, end: int) -> bool:
    """Is the phrase before the count at `pos` a whole phrase of absence (part_absent_phrase), maybe
    made a noun of people ("ขาด 8 คน", "มีผู้ขาด 4 คน", "คนที่ลา 2 คน")? Such people are dropped, but
    they are no statistic: a list item after them ("✅ มาไม่ได้ 7 ราย⏎✅ เจาะ HbA1c 32 ราย") is no
    breakdown of them; only a bracket opened right after them is."""
    lo = max(near, pos - GROUP_WINDOW)
    inside = doc.pats.absent_inside  # (in a document holding one of them: most hold none)
    if inside and doc.has("absent inside", inside) and _absent_inside(doc, lo, pos):
        return True
    keys = doc.pats.absent_keys  # the group is a piece of text[lo:pos]: it needs one there
    if keys is None or keys.search(doc.text, lo, pos) is None:
        return False
    group = group_name(doc, lo, pos)
    if group is None:
        return False
    for noun in _ABSENT_NOUNS:
        if group.startswith(noun):
            group = group[len(noun):]
            break
    if group in doc.pats.absent:
        # "ผู้ที่ไม่ได้มาตามนัด 5 คน ได้รับการติดตามเยี่ยมบ้านทุกราย": people who missed an appointment
        # and were then served (part_absent_phrase "appointment") count.
        return group not in doc.pats.no_show or not served_after(doc, end, planned=False)
    parts = _ABSENT_JOIN.split(group)  # every phrase joined must be one of absence
    return len(parts) > 1 and all(part in doc.pats.absent for part in parts)


def _absent_inside(doc: _Doc, lo: int, pos: int) -> bool:
    """Does the phrase right before the count at `pos` hold a verb phrase of absence or of leaving
    early (part_absent_phrase "inside": "ผู้เข้าค่ายมาไม่ครบ ๒ คน", "บางส่วนกลับก่อนการโหวต 3 คน")?"""
    text = doc.text
    hi = pos
    while hi > lo and text[hi - 1] in " \t":
        hi -= 1
    start = lo
    for gap in _PHRASE_GAP.finditer(text, lo, hi):
        start = gap.end()  # the last space or bracket: the phrase starts after it
    return any(text.find(t, start, hi) >= 0 for t in doc.pats.absent_inside)


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


def dropped(doc: _Doc, i: int, near: int, pos: int, end: int, prev: _Previous | None) -> bool:
    """Is the count at `pos` (line i) a background statistic rather than participants?"""
    def keeps(start: int) -> bool:  # a role cue after `start` keeps the count
        for _, v in doc.service_cues(start, pos):
            if v != "total":
                return True
        return False

    def keeps_after_statistic(start: int) -> bool:
        # After a statistic on the same line, a cue in a relative clause naming the group
        # ("ผู้ดูแลที่ผ่านการอบรมเพียง 18 คน": caregivers who are trained) describes the population
        # the statistic is about; it names no one this activity reached. A joined clause ("… และมี
        # ผู้พยายามฆ่าตัวตาย…อีก 412 ราย") is judged by its own cues.
        start = _clause_start(doc, start, pos)
        for cue_end, v in doc.service_cues(start, pos):
            if v != "total" and not _relative_clause(doc.text, start, cue_end):
                return True
        # "พบ…บกพร่อง 87 ราย ในจำนวนนี้ 31 ราย ได้รับการพิมพ์แบบหู…": a subset of the statistic
        # (part_subset_lead right before its count: nothing describes it before) told to be
        # served right after its count, people served.
        lead = doc.text[start:pos].rstrip().removesuffix("จำนวน").rstrip().removesuffix("มี").rstrip()
        return lead.endswith(doc.pats.subset) and served_after(doc, end, planned=False)

    def keeps_background(bg_start: int, bg_end: int) -> bool:
        # A weak or neutral cue in the background cue's own phrase (no space between) is part
        # of what it negates or counts ("ไม่มาเข้าอบรม 8 คน"), unless it names people of its
        # own (ตำบลนี้มีผู้เข้าร่วม…); a strong one still names a target or a result
        # ("ประชากรกลุ่มเป้าหมาย 50 คน"). After a disease state any role cue names the sick
        # people taking part ("มีผู้ป่วยโรคเรื้อรังและญาติเข้าร่วม 250 คน"), and so does a service
        # told right after the count ("ผู้ที่เป็นเบาหวาน 25 คน ได้รับการตรวจตา").
        if doc.text[bg_start:bg_end] in doc.pats.state:
            return (any(v != "total" for _, v in doc.service_cues(bg_end, pos))
                    or served_after(doc, end, planned=False))
        gap = _SPACE.search(doc.text, bg_end, pos)
        phrase_end = pos if gap is None else gap.start()
        for c in doc.cue_re.finditer(doc.text, bg_end, pos):
            v = doc.pats.cue_value(c.group())
            if v == "total":
                continue
            if (v in STRONG or c.start() >= phrase_end
                    or doc.text.endswith(_PEOPLE_NOUN, bg_end, c.start())
                    or c.group().startswith(_PEOPLE_NOUN)):  # the cue is itself such a noun
                return True
        return False

    heading = doc.heading_role(i)
    if heading != "background" and note_background(doc, i):
        heading = "background"  # "หมายเหตุ  ข้อมูลพื้นฐาน ต.… มีผู้สูงอายุ 2,318 คน"
    if data_bracket(doc, i, pos) or allocation_base(doc, i, pos):
        return True
    if heading == "planned" and not _after_own_target(doc, i, prev):
        return False  # under กลุ่มเป้าหมาย, ประชากรวัยทำงาน 50 คน is a target
    # A cue may end the line above when the count's line is the wrapped rest of its sentence.
    bg_start, bg_end = _background_cue(
        doc, doc.wrapped_start(i, near, pos, 0 if prev is None else prev.end), pos)
    if ((bg_end >= 0 and not keeps_background(bg_start, bg_end)
         and not unserved_target(doc, bg_start, bg_end, end)
         and not _institution_people(doc, bg_start, bg_end, pos, end)
         and not target_after(doc, end)) or _population_share(doc, end)
            or _share_estimate(doc, pos) or roster(doc, i, pos) or caseload(doc, near, pos, end)
            or past_caseload(doc, near, pos) or service_row(doc, i, pos)
            or is_finding(doc, i, near, pos, prev, end)):
        return True
    if prev is not None and prev.role in ("background", "absent"):  # the breakdown of a statistic
        # Inside a bracket opened right after a dropped count, across a line break ("ออกจาก
        # โครงการ 4 คน (ย้ายไปอยู่กับบุตร 2 คน⏎เจ็บป่วย 2 คน)"), with no service cue in it.
        paren = _open_bracket(doc, prev, pos)
        if paren >= 0 and not keeps(paren):
            return True
    if prev is not None and prev.role == "background":
        # A list item naming its own role (ผู้ปกครองเข้าร่วม…) or a screening of its own (เจาะน้ำตาล
        # 17 คน, after a finding of the item above) is no part of the statistic above.
        # So is a count on the wrapped rest of the statistic's sentence ("…เบาหวาน 9,412 ราย⏎และ
        # ความดันโลหิตสูง 17,860 ราย"): the line break is no sentence end.
        # So is a count opening the wrapped line whose group ends the line above ("ประชากรทั้งสิ้น
        # 86,412 คน  ผู้สูงอายุ⏎19,870 คน"): the next figure of the same statement.
        # So is a list item opened by a date or an occasion's ordinal ("- 3 ก.ค. 68 รุ่นที่ 2 อสม. … 43 คน",
        # part_item_opener): a new occasion's fact.
        # So is one whose sentence runs on from the statistic's, no sentence end between them
        # ("พบผู้ต้องใส่ฟันเทียม ๖๑ ราย ผู้มีฟันผุ⏎ต้องอุดหรือถอน ๑๓๘ ราย": the finding's next item).
        # Not past a new sentence of the occasion ("412 ราย  สำหรับวันนี้… 96 คน"); and a list item's
        # hanging continuation line is the same sentence (participant_scope).
        same = prev.line == i and not sentence_break(doc, prev.end, pos)
        if not same and prev.line == i - 1 and hanging_continuation(doc, i, pos):
            same = True
        elif not same and prev.line == i - 1:
            wrapped = doc.wrapped_start(i, near, pos, prev.end)
            same = (wrapped == prev.end and doc.text[prev.end:doc.starts[i]].strip() != "") or (
                wrapped < doc.starts[i] and (
                doc.text.startswith(_COORDINATE, doc.starts[i])
                or not doc.text[doc.starts[i]:pos].strip()))
        if (same and not keeps_after_statistic(prev.end)) or (
                doc.continues_list(i, prev) and not _blank_between(doc, prev.line, i)
                and not keeps(doc.starts[i]) and not doc.new_occasion(i)
                and doc.pats.screening_re.search(doc.text, doc.starts[i], pos) is None):
            return True
        # A line of results right under a statistic's line, its group a measured value ("พบ BMI
        # ≥ 25 กก./ตร.ม. 1,012 คน …⏎FBS 100-125 มก./ดล. 268 คน"), continues those findings.
        if (prev.line == i - 1 and doc.pats.measure_re.search(doc.text, doc.starts[i], pos)
                is not None and not keeps(doc.starts[i])):
            return True
    return heading == "background" and not any(
        v in STRONG for _, v in doc.found_cues(max(doc.starts[i], pos - ROLE_WINDOW), pos)
    ) and not turnout(doc, end)  # "86 คน จากเป้าหมาย 80 คน": people reached


def _institution_people(doc: _Doc, bg_start: int, bg_end: int, pos: int, end: int) -> bool:
    """Is the governing cue an institution's "has" frame (part_background_frame institution:
    "โรงเรียนเรามี…") whose people a role cue after มี or a service after the count names taking
    part or served ("โรงเรียนมีนักเรียนเข้าร่วม 120 คน")? Without one it states an enrolment."""
    if not doc.text.startswith(doc.pats.institutions, bg_start):
        return False
    return any(v != "total" for _, v in doc.found_cues(bg_end, pos)) or served_after(doc, end)


def _open_bracket(doc: _Doc, prev: _Previous, pos: int) -> int:
    """Where the bracket still open at `pos` starts, when it opens right after a count of people
    that the previous count (`prev`) is or follows inside it; else -1."""
    text = doc.text
    paren = text.rfind("(", max(0, pos - BRACKET_MAX), pos)
    if paren < 0 or prev.end < paren - BRACKET_GAP or text.find(")", paren, pos) >= 0:
        return -1
    return paren if _COUNT_BEFORE.search(text, max(0, paren - 20), paren) is not None else -1


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
