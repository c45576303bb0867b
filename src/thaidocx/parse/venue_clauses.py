"""Clauses that make a cued place something other than the venue: a later or an earlier event's
place (รอบต่อไป…ที่, รอบ 2 …ที่, จะจัด…ที่, มาแล้ว 2 ครั้ง…ที่), someone's workplace (ติดงาน…ที่),
a contest's next round (จะเป็นตัวแทนอำเภอ…ระดับจังหวัด ณ …), an errand's desk (สมัครได้ที่…),
an invitation in an agenda item of minutes, a follow-up destination (นัดตรวจซ้ำ… ที่โรงพยาบาล…),
where a purpose leads (เพื่อส่งต่อ…ที่).
An address chain after an origin (มาจาก…, a named person + จาก) is where people came from, one
ending a named person's post is where that person works (area.py).
venues.py asks these before it reads a name after a cue; the words are lexicons in
rules/places.toml (place_future, place_errand, place_agenda_heading, place_invite,
place_followup, place_aside, place_will_hold, place_next_round, place_round_ordinal,
place_round_number_words, place_round_happened, place_affiliation_goes_on(_start), place_origin,
place_past, place_past_unit, place_work, place_escort, place_next_step, place_plan, place_reason).
"""
from __future__ import annotations

import re

import regex

from ..literal_re import literal_regex

PURPOSE_CONTEXT = 80  # a weak cue this close after เพื่อ names where a purpose leads
FUTURE_CONTEXT = 60  # a cue this close after รอบต่อไป / ครั้งหน้า (same clause) is a later event's
# An errand's clause (place_errand: "รับสมัครตั้งแต่วันที่ 3 – 24 กุมภาพันธ์ 2568 ในวันและเวลา
# ราชการ ณ กลุ่มงาน…") carries a date span and office hours before its place: a wider reach.
ERRAND_CONTEXT = 100
FOLLOWUP_CONTEXT = 60  # a follow-up word this far before the cue, in its clause
AGENDA_REACH = 600  # how far back an agenda item's heading is looked for
INVITE_CONTEXT = 160  # an invitation this close before the cue, in its agenda item
ASIDE_CONTEXT = 100  # an aside word this close before the cue (same clause)
_CLAUSE_BREAK = re.compile(r"[ \t]{2,}|[!?;|]")  # a wide space or a stop ends a clause (not a dot: ม.ค.)

Pattern = re.Pattern | regex.Pattern


def future_re(rules) -> Pattern:
    return literal_regex(rules.lexicon("place_future").pattern())


def errand_re(rules) -> Pattern:
    return literal_regex(rules.lexicon("place_errand").pattern())


def contact_re(rules) -> Pattern:
    return literal_regex(rules.lexicon("place_contact").pattern())


_CAN = re.compile(r"ได้[ \t]*$")


def contact_desk(text: str, cue: int, contact: Pattern) -> bool:
    """The cue follows ได้ in a clause an asking / contacting verb governs ('ญาติสามารถสอบถาม
    ข้อมูลได้ที่ศูนย์ประสานงาน'): where to ask, not where the activity is held."""
    return (_CAN.search(text, max(0, cue - 8), cue) is not None
            and governed(text, cue, contact, ERRAND_CONTEXT))


def aside_re(rules) -> Pattern:
    """An aside word (place_aside) at a word start: after a space, a bracket or the line start."""
    # the Thai range as characters, not escapes: stdlib `re` reads it then (see place_lex.py)
    return literal_regex(f"(?<![\u0e00-\u0e7f])(?:{rules.lexicon('place_aside').pattern()})")


def line_before(text: str, pos: int, width: int) -> str:
    """Up to `width` characters before `pos` on its line."""
    lo = max(0, pos - width)
    return text[max(lo, text.rfind("\n", lo, pos) + 1):pos]


def governed(text: str, cue: int, words: Pattern, width: int = FUTURE_CONTEXT) -> bool:
    """One of `words` governs the cue's clause: it stands up to `width` characters before the
    cue on its line, and no clause break (a wide space, a stop) comes between them. Searched in
    the text itself, so a lookbehind of `words` sees the letters before the window."""
    lo = max(0, cue - width)
    lo = max(lo, text.rfind("\n", lo, cue) + 1)
    w = None
    for w in words.finditer(text, lo, cue):
        pass
    return w is not None and not _CLAUSE_BREAK.search(text, w.end(), cue)


def later_event(text: str, cue: int, future: Pattern, width: int = FUTURE_CONTEXT) -> bool:
    """A later-event word governs the cue's clause ('Workshop รอบต่อไป 22-23 เม.ย. 67 ที่โรงแรม…',
    'ครั้งต่อไป 14 มี.ค. นี้ ที่ชุมชน…'): the place is where the next event will be, not a venue."""
    return governed(text, cue, future, width)


def aside(text: str, cue: int, aside_words: Pattern) -> bool:
    """The cue ends a clause about another, later part of the matter: an aside word opens it and
    จะ comes between them ('ส่วนการฝึกซ้อมแผนภาคสนาม (Functional Exercise) จะจัดขึ้นที่…'). In a
    report of a past event that is the next event's place; venues.py drops it only when the
    document gives another venue (a proposal's own parts are all in the future)."""
    lo = max(0, cue - ASIDE_CONTEXT)
    lo = max(lo, text.rfind("\n", lo, cue) + 1)
    w = None
    for w in aside_words.finditer(text, lo, cue):
        pass
    return (w is not None and "จะ" in text[w.end():cue]
            and not _CLAUSE_BREAK.search(text, w.end(), cue))


def will_hold_re(rules) -> Pattern:
    return literal_regex(rules.lexicon("place_will_hold").pattern())


def will_hold(text: str, cue: int, hold_words: Pattern) -> bool:
    """A future holding verb governs the cue's clause ('จังหวัดจะจัดรณรงค์ Kick off 9 ม.ค. 2569
    ที่ รพ.นครนายก'): an event yet to come is held there. Like an aside (venues.py keeps it only
    when the document gives no other venue: a proposal's or an invitation's own place)."""
    return governed(text, cue, hold_words)


def round_re(rules) -> Pattern:
    return literal_regex(rules.lexicon("place_next_round").pattern())


def next_round(text: str, cue: int, round_words: Pattern) -> bool:
    """The cue ends a clause about a contest's next round: จะ, then a higher-round word, then
    the cue, with no clause break between ('ผู้ชนะเลิศจะเป็นตัวแทนอำเภอเข้ารับการคัดเลือกระดับ
    จังหวัด ณ โรงแรม…'): where the winners go next. Like an aside (venues.py keeps it only
    when the document gives no other venue)."""
    lo = max(0, cue - ASIDE_CONTEXT)
    lo = max(lo, text.rfind("\n", lo, cue) + 1)
    w = None
    for w in round_words.finditer(text, lo, cue):
        pass
    if w is None:
        return False
    will = text.rfind("จะ", lo, w.start())
    return will != -1 and not _CLAUSE_BREAK.search(text, will, cue)


def ordinal_res(rules) -> tuple[Pattern, Pattern]:
    """(a round word (place_round_ordinal) at a word start, numbered above one in digits or in
    words (place_round_number_words); a word saying the round took place (place_round_happened))."""
    number = (r"[ \t]?(?:[2-9]|[1-9][0-9])(?![0-9])"
              rf"|[ \t]?(?:{rules.lexicon('place_round_number_words').pattern()})")
    return (literal_regex(f"(?<![\u0e00-\u0e7f])(?:{rules.lexicon('place_round_ordinal').pattern()})"
                          f"(?:{number})"),
            literal_regex(rules.lexicon("place_round_happened").pattern()))


def later_round(text: str, cue: int, ordinal: tuple[Pattern, Pattern]) -> bool:
    """The cue ends a clause about a later round ('ได้ค่ะยาย รอบ 2 วันที่ 16 ธ.ค. ที่ศาลาบ้าน…'):
    a round numbered above one opens it and nothing between says it took place (เมื่อ, ได้,
    แล้ว: 'รอบที่ 2 เมื่อวันที่ 12 ม.ค. ณ ศาลา…' is a report of it). Like an aside (venues.py
    keeps it only when the document gives no other venue)."""
    ordinal_re, happened_re = ordinal
    lo = max(0, cue - FUTURE_CONTEXT)
    lo = max(lo, text.rfind("\n", lo, cue) + 1)
    w = None
    for w in ordinal_re.finditer(text, lo, cue):
        pass
    return (w is not None and not _CLAUSE_BREAK.search(text, w.end(), cue)
            and not happened_re.search(text, w.end(), cue))


def purpose_led(text: str, cue: int) -> bool:
    """"เพื่อส่งต่อผู้ป่วยที่โรงพยาบาลเลย": where a purpose leads, not the venue."""
    return "เพื่อ" in line_before(text, cue, PURPOSE_CONTEXT)


def followup(text: str, cue: int, followup_words: Pattern) -> bool:
    """A follow-up word governs the cue's clause: right before it ("นัดตรวจยืนยันที่คลินิก…")
    or further back, across spaces ("จะได้รับนัดตรวจซ้ำด้วยเครื่อง CT Scan ที่โรงพยาบาล…",
    "ส่งต่อผู้ป่วย 12 ราย ณ โรงพยาบาล…"): where people are sent later, not where the activity
    is held. Across a space the word needs its complement before the cue: in "คัดกรองและส่งต่อ
    ณ ศาลา…" referring is one of the things done at the venue."""
    lo = max(0, cue - FOLLOWUP_CONTEXT)
    lo = max(lo, text.rfind("\n", lo, cue) + 1)
    w = None
    for w in followup_words.finditer(text, lo, cue):
        pass
    if w is None or _CLAUSE_BREAK.search(text, w.end(), cue) or _quote_closes(text, w.end(), cue):
        return False
    return w.end() == cue or not text[w.end():cue].isspace()


_QUOTES = "\"“”"
TITLE_WIDTH = 60  # characters: a quoted title or slogan around a cue, not a quoted speech


def _quote_closes(text: str, start: int, cue: int) -> bool:
    """A quotation the word before `start` stands in closes before the cue ('ภายใต้แนวคิด
    "เล่าเรื่องดี … ส่งต่อความรู้สู่ชุมชน" ณ ห้องประชุม…'): the word is a slogan's, it governs
    nothing after it."""
    between = text[start:cue]
    if "\"" not in between and "”" not in between:  # cheap pre-check
        return False
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start]
    return (before.count("\"") % 2 == 1 and "\"" in between) or (
        before.rfind("“") > before.rfind("”") and "”" in between)


def in_title(text: str, cue: int) -> bool:
    """The cue stands inside a short quoted title or slogan on its line ('➌ "ฟันดีที่ศูนย์เด็กเล็ก"
    โดย ทพญ.…' = the title of a story told): a phrase of the title, not where anything is held.
    A long quotation (someone's words) may still tell the venue."""
    if not any(q in text[max(0, cue - TITLE_WIDTH):cue] for q in _QUOTES):  # cheap pre-check
        return False
    line = text.rfind("\n", 0, cue) + 1
    before = text[line:cue]
    if before.count("\"") % 2 == 1:
        opened, closer = line + before.rfind("\""), "\""
    elif before.rfind("“") > before.rfind("”"):
        opened, closer = line + before.rfind("“"), "”"
    else:
        return False
    close = text.find(closer, cue, opened + TITLE_WIDTH + 1)
    return close != -1 and "\n" not in text[cue:close]


def agenda_res(rules) -> tuple[Pattern, Pattern]:
    """(an agenda item's heading at a line start, an invitation word)."""
    head = rf"(?m)^[ \t]*(?:{rules.lexicon('place_agenda_heading').pattern()})"
    return literal_regex(head), literal_regex(rules.lexicon("place_invite").pattern())


def invited_elsewhere(text: str, cue: int, agenda: tuple[Pattern, Pattern]) -> bool:
    """In an agenda item of minutes, an invitation to another event leads to the cue ('ประธาน
    แจ้ง… ขอให้สมาชิกร่วมบริจาคโลหิต⏎ ในวันที่ 5 กันยายน 2567 ณ โรงพยาบาลนาแก'): the place is
    that event's, not where the meeting is held (the minutes' header says that)."""
    head_re, invite_re = agenda
    head = None
    for head in head_re.finditer(text, max(0, cue - AGENDA_REACH), cue):
        pass
    if head is None:
        return False
    return invite_re.search(text, max(head.end(), cue - INVITE_CONTEXT), cue) is not None


ORIGIN_CONTEXT = 60  # an origin word this close before a chain, in its clause
_WIDE = re.compile(r"[ \t]{2,}|[!?;|(]")
_TH = "\u0e00-\u0e7f"


def origin_res(rules) -> tuple[Pattern, Pattern]:
    """(an origin word (place_origin), a person's title and name + จาก ending where the chain
    starts)."""
    person = (rf"(?:{rules.lexicon('people_titles').pattern()})[ \t]?[{_TH}]+(?:[ \t]+[{_TH}]+)?"
              r"[ \t]+จาก[ \t]?$")
    return literal_regex(rules.lexicon("place_origin").pattern()), literal_regex(person)


def from_elsewhere(text: str, start: int, origin: tuple[Pattern, Pattern]) -> bool:
    """The address chain at `start` says where people came from ('คณะศึกษาดูงานจากเทศบาลเมือง
    บางบัวทอง จังหวัดนนทบุรี', 'ผู้แทนจากอำเภอ…'), not where the activity is (area.py): an origin
    word leads to it in its clause, or จาก right after a named person ('ผู้ชนะ ได้แก่ นายธนวัฒน์
    เกตุแก้ว จาก จ.นครปฐม': where that person comes from)."""
    origin_re, person_re = origin
    lo = max(text.rfind("\n", 0, start) + 1, start - ORIGIN_CONTEXT)
    f = None
    for f in origin_re.finditer(text, lo, start):
        pass
    if f is not None and not _WIDE.search(text, f.end(), start):
        return True
    return "จาก" in text[max(lo, start - 6):start] and person_re.search(text, lo, start) is not None


AFFILIATION_CONTEXT = 160  # a named person's post this close before a chain, on its line
def affiliation_res(rules) -> tuple[Pattern, Pattern]:
    """(a person's title and name followed by a post word (people_positions) after a space; a
    word of a clause going on past the post (place_affiliation_goes_on, and the place cues of
    place_affiliation_goes_on_start only at a word start))."""
    person_post = literal_regex(
        rf"(?:{rules.lexicon('people_titles').pattern()})[ \t]?[{_TH}]+(?:[ \t]+[{_TH}]+)?[ \t]+"
        rf"(?:{rules.lexicon('people_positions').pattern()})")
    goes_on = literal_regex(
        rf"{rules.lexicon('place_affiliation_goes_on').pattern()}"
        f"|(?<![\u0e00-\u0e7f])(?:{rules.lexicon('place_affiliation_goes_on_start').pattern()})")
    return person_post, goes_on


def affiliated(text: str, start: int, affiliation: tuple[Pattern, Pattern]) -> bool:
    """The address chain at `start` ends a named person's post and affiliation ('ได้รับเกียรติจาก
    นายชยพล มั่นคง นักกายอุปกรณ์ (Orthotist) ศูนย์สิรินธร…แห่งชาติ จังหวัดนนทบุรี'): the address of
    where that person works, not where the activity is (area.py). The post runs to the chain in
    one clause: no clause break and no word of a clause going on (เปิด, ณ, ใน…) between."""
    person_post, goes_on = affiliation
    lo = max(text.rfind("\n", 0, start) + 1, start - AFFILIATION_CONTEXT)
    p = None
    for p in person_post.finditer(text, lo, start):
        pass
    if p is None:
        return False
    between = text[p.end():start]
    return not _CLAUSE_BREAK.search(between) and not goes_on.search(between)


def past_re(rules) -> Pattern:
    """An earlier event's word (place_past), or มาแล้ว + a count of rounds (place_past_unit)."""
    return literal_regex(rf"(?:{rules.lexicon('place_past').pattern()})"
                         rf"|มาแล้ว[ \t]?[0-9]{{1,3}}[ \t]?(?:{rules.lexicon('place_past_unit').pattern()})")


def earlier_event(text: str, cue: int, past: Pattern) -> bool:
    """An earlier-event word governs the cue's clause ('ออกหน่วยมาแล้ว 2 ครั้ง คือ เมื่อวันที่
    13 ธ.ค. 67 ที่อำเภอบัวเชด', 'ครั้งก่อนจัดที่…'): an earlier round's place, unless a word
    of this one (ครั้งนี้, ปีนี้, วันนี้ …) comes between ('ครั้งก่อนจัดที่ศาลา… ครั้งนี้ย้ายมาจัด ณ
    วัด…'). Like an aside (venues.py keeps it only when the document gives no other venue)."""
    lo = max(0, cue - FUTURE_CONTEXT)
    lo = max(lo, text.rfind("\n", lo, cue) + 1)
    w = None
    for w in past.finditer(text, lo, cue):
        pass
    return (w is not None and not _CLAUSE_BREAK.search(text, w.end(), cue)
            and "นี้" not in text[w.end():cue])


def work_re(rules) -> Pattern:
    return literal_regex(rules.lexicon("place_work").pattern())


def workplace(text: str, place: int, work: Pattern) -> bool:
    """A work word governs the clause of the place at `place` ('ผู้เข้าร่วมบางส่วนติดงานกะดึก
    ที่โรงงานแปรรูปอาหารทะเล'): where someone works, not where the activity is held."""
    return governed(text, place, work)


def escort_re(rules) -> Pattern:
    """A word of taking someone (place_escort) and, in the same word run, ไป: 'พาภรรยาไป…';
    not ไป + what the activity itself is ('พาเด็กไปฝึก…', place_escort_activity)."""
    return literal_regex(f"(?:{rules.lexicon('place_escort').pattern()})"
                         "(?!หนะ|ณิชย์)[\u0e00-\u0e7f]{0,20}?ไป"
                         f"(?!{rules.lexicon('place_escort_activity').pattern()})")


def escorted(text: str, place: int, escort: Pattern) -> bool:
    """Taking someone somewhere governs the clause of the place at `place` ('ต้องพาภรรยาไป
    ล้างแผลที่โรงพยาบาล…'): a trip a carer or a patient makes, not where the activity is held."""
    return governed(text, place, escort, FOLLOWUP_CONTEXT)


def reason_re(rules) -> Pattern:
    """A reason word (place_reason), then within a few words ต้อง: a hardship given as a reason
    ('เพราะต้องเดินทางไกลมาตรวจที่โรงพยาบาล…', 'เนื่องจากผู้ป่วยต้องไปรับยาที่…')."""
    return literal_regex(f"(?:{rules.lexicon('place_reason').pattern()})[ \t]?[\u0e00-\u0e7f]{{0,16}}?ต้อง")


def hardship(text: str, place: int, reason: Pattern) -> bool:
    """A hardship given as a reason governs the clause of the place at `place` ('ผู้ป่วยส่วนใหญ่
    มาพบแพทย์ช้า เพราะต้องเดินทางไกลมาตรวจที่โรงพยาบาลตรัง…'): where people had to go, the
    problem the activity answers, not where it is held."""
    return governed(text, place, reason)


NEXT_STEP_REACH = 240  # how far back in its block a next-step heading is looked for


def next_step_re(rules) -> Pattern:
    """A next-step heading (place_next_step) opening a line, after any bullet, arrow or emoji."""
    return literal_regex("(?m)^[^\u0e00-\u0e7fA-Za-z0-9\n]{0,8}"
                         f"(?:{rules.lexicon('place_next_step').pattern()})")


def next_step(text: str, cue: int, step: Pattern) -> bool:
    """The cue stands in a block headed by a next step ('➡️ ขั้นต่อไป' / 'ผู้ที่สงสัยต้อกระจก' /
    'พบจักษุแพทย์' / '20–24 เม.ย. 69' / 'ณ โรงพยาบาล…'): the block runs from the heading to the
    cue with no blank line between. Where a later step happens, not this activity's venue."""
    lo = max(0, cue - NEXT_STEP_REACH)
    blank = text.rfind("\n\n", lo, cue)
    return step.search(text, blank + 1 if blank != -1 else lo, cue) is not None


def plan_re(rules) -> Pattern:
    """A plan word (place_plan) or a later-event word (place_future)."""
    return literal_regex(f"{rules.lexicon('place_plan').pattern()}"
                         f"|{rules.lexicon('place_future').pattern()}")


def planned(text: str, start: int, plan: Pattern) -> bool:
    """A plan or a later event governs the clause of the address chain at `start` ('มีแผน
    ขยายการตรวจไปยังโรงเรียนในเขตจอมทอง'): where the work may go next, not the area (area.py)."""
    return governed(text, start, plan)


GATHER_REACH = 16  # a gathering word this close before the cue
DEPART_REACH = 200  # a departure this soon after it


def departure_res(rules) -> tuple[Pattern, Pattern]:
    """(a gathering word right before a cue, a departure word)."""
    return (literal_regex(f"(?:{rules.lexicon('place_gather').pattern()})[ \t]*$"),
            literal_regex(rules.lexicon("place_depart").pattern()))


def departure_point(text: str, cue: int, res: tuple[Pattern, Pattern]) -> bool:
    """The group gathers at the cue's place and sets off soon after ('พร้อมกัน ณ ลานจอดรถ…' /
    '07.00 น. ออกเดินทางสู่…'): a trip's meeting point, not where the activity is held."""
    gather, depart = res
    return (gather.search(text, max(0, cue - GATHER_REACH), cue) is not None
            and depart.search(text, cue, cue + DEPART_REACH) is not None)
