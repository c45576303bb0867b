"""People absent, said AFTER their count: "ผู้ดูแล 2 คน ต้องกลับไปดูแลผู้ป่วยในวันสุดท้าย จึงไม่ได้ทำ
Post-test", "นักเรียน 3 คน ไม่ได้เข้าร่วมเนื่องจากป่วย". (Absence said before the count, ไม่มาเข้าอบรม 8 คน,
is a background cue: rules/participants.toml, part_background_cue.)

An absence clause (part_absent_after) drops the count only when it plainly is about all of
those people and nothing else:
1. it is in the count's sentence (no line break or wide space between), at most
   ABSENT_AFTER_WINDOW characters after it;
2. no strong role cue precedes the count on its line, after the count before it: "มีผู้เข้าร่วม 60
   คน แต่กลับก่อน…" counts people who took part, of whom the clause says something (but "เข้าร่วมจริง
   52 คน (ชาย 14 คน หญิง 38 คน) อีก 3 คนย้ายไป…": the cue names the 52);
3. no other count of people stands between the count and the clause (the clause may be that
   count's), nor right after the clause, in a phrase it opens ("60 คน ไม่ได้มา 5 คน"); a count
   with a phrase of its own after the clause ("ต.หนองแก้ว 1 คน ติดภารกิจ… / ต.ผักแพว 1 คน ป่วย",
   "3 คน ไม่ได้เข้าร่วม ครู 2 คน ไม่มา") leaves it this count's;
4. no role cue, service included, stands between the count and the clause or after it in
   the sentence: "ผู้ป่วย 12 คน ที่ไม่มาตามนัด ได้รับการติดตามเยี่ยมบ้าน" were served (a cue inside a
   later absence clause is negated: "2 รายย้ายไปคลอดต่างจังหวัดจึงไม่ได้เยี่ยม");
5. no word of part (บาง, ส่วนหนึ่ง) stands between: "60 คน บางส่วนกลับก่อน" is about some of them;
6. a "missed" term (ไม่ได้ทำ: an activity not done) is no relative clause naming the group
   (ผู้สูงอายุ 25 คน ที่ไม่ได้ทำฟันมานาน: people who have not had dental care, the target).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from .participant_doc import PEOPLE_COUNT, SENTENCE_END

if TYPE_CHECKING:
    from .participant_doc import _Doc

ABSENT_AFTER_WINDOW = 80  # an absence clause must start at most this far after the count
ROLE_WINDOW = 150  # characters before the count (same line) searched for a strong role cue
STRONG = ("planned", "actual")
_SPACE = literal_regex(r"\s")
_PART = ("บาง", "ส่วนหนึ่ง", "ส่วนใหญ่")
_RELATIVE = ("ที่", "ซึ่ง")


def _own_phrase_between(gap: str) -> bool:
    """Does a phrase of its own stand between an absence clause and the next count (" ครู ",
    " / ต.ผักแพว "), so that the clause does not open that count's phrase ("ไม่ได้มา 5 คน")?"""
    inner = gap.strip()
    return bool(inner) and (gap[0].isspace() or _SPACE.search(inner) is not None)


def absent_after(doc: _Doc, i: int, pos: int, end: int) -> bool:
    """Is the count at `pos` (line i, ending at `end`) said afterwards to be of people absent?"""
    text = doc.text
    # The sentence's end only as far as the clause may start (+2: a run of two spaces starting
    # there is still seen), then, when there is a clause, all of it: a long paragraph written
    # without line breaks is not scanned for every count in it.
    reach = end + ABSENT_AFTER_WINDOW
    stop = SENTENCE_END.search(text, end, reach + 2)
    clause = doc.pats.absent_after_re.search(
        text, end, reach if stop is None else min(stop.start(), reach))
    if clause is None:
        return False
    stop = SENTENCE_END.search(text, end)
    limit = len(text) if stop is None else stop.start()
    # A strong cue governs the counts up to the next one: "เข้าร่วมจริง ๕๒ คน (ชาย ๑๔ คน หญิง ๓๘ คน)
    # อีก ๓ คนย้ายไป…" names the 52 taking part, not the 3 after other counts.
    lo = max(doc.starts[i], pos - ROLE_WINDOW)
    for before in PEOPLE_COUNT.finditer(text, lo, pos):
        lo = before.end()
    if any(v in STRONG for _, v in doc.found_cues(lo, pos)):
        return False
    other = PEOPLE_COUNT.search(text, end, limit)
    if other is not None and (other.start() < clause.start()
                              or not _own_phrase_between(text[clause.end():other.start()])):
        return False  # the clause is another count's, or opens its phrase (ไม่ได้มา 5 คน)
    # A cue inside an absence clause is negated (เยี่ยม in จึงไม่ได้เยี่ยม): it serves no one.
    clauses = [(c.start(), c.end())
               for c in doc.pats.absent_after_re.finditer(text, clause.end(), limit)]
    if any(v != "total" for _, v in doc.found_cues(end, clause.start())) or any(
            v != "total" and not any(a < cue_end <= b for a, b in clauses)
            for cue_end, v in doc.found_cues(clause.end(), limit)):
        return False
    between = text[end:clause.start()]
    if any(w in between for w in _PART):
        return False
    return clause.group("missed") is None or not between.rstrip().endswith(_RELATIVE)


REMAINDER_WINDOW = 24  # ที่เหลือ / อีก must stand at most this far before the count
AWAY_WINDOW = 120  # a later round or a destination at most this far after the count, in its sentence
_REMAINDER = ("ที่เหลือ", "อีก")


def remainder_away(doc: _Doc, i: int, pos: int, end: int) -> bool:
    """Is the count at `pos` (line i, ending at `end`) the rest of the people ("ผู้ป่วยที่เหลืออีก 69
    ราย", "(อีก 4 คน…") said in its sentence to be served in a later round or to have gone elsewhere
    ("… ในรอบถัดไป", "ไปกรีดยางที่จังหวัดสตูล": part_remainder_away)? They took no part in this one;
    not when a role cue stands before a destination ("อีก 20 คนไปอบรมที่จังหวัดขอนแก่น": they were trained;
    a service before a later round is still to come: "จะนัดผ่าตัด…ในรอบถัดไป")."""
    away = doc.pats.away_re
    text = doc.text
    lo = max(doc.starts[i], pos - REMAINDER_WINDOW)
    if away is None or not any(text.find(w, lo, pos) >= 0 for w in _REMAINDER):
        return False
    stop = SENTENCE_END.search(text, end, end + AWAY_WINDOW)
    hi = end + AWAY_WINDOW if stop is None else stop.start()
    paren = text.rfind("(", lo, pos)
    if paren >= 0 and text.find(")", paren, pos) < 0:  # "(อีก 4 คนไปกรีดยางที่⏎จังหวัดสตูล)": the bracket
        close = text.find(")", end, end + AWAY_WINDOW)  # is its sentence, across a wrapped line
        hi = max(hi, close)
    clause = away.search(text, end, hi)
    # "อีก 20 คนไปอบรมที่จังหวัดขอนแก่น": a role cue before the place names what they took part in.
    return clause is not None and (clause.group("later") is not None or not any(
        v != "total" for _, v in doc.found_cues(end, clause.end())))


_REST = "ที่เหลือ"
_COUNT_DIGITS = literal_regex(r"[0-9][0-9,]*")
_SERVED = ("actual", "weak_actual", "neutral")


def remainder_unattended(doc: _Doc, i: int, pos: int, end: int, value: int) -> bool:
    """Is the count at `pos` (line i, ending at `end`, `value` people) the rest of the people registered
    or targeted who did not come: "ลงทะเบียนไว้ 46 ราย มาอบรม 38 ราย ที่เหลือ 8 ราย…" (ที่เหลือ before it, the
    two counts before it in its sentence differ by exactly it, and the first one's phrase holds a
    registration word: part_remainder_away "registered")? Not when a served role cue follows it in its
    sentence ("ที่เหลือ 8 ราย อบรมรอบบ่าย"), nor a rest of people who came ("ผู้เข้าร่วม 40 คน ที่เหลือ 9 คน…")."""
    text = doc.text
    lo = max(doc.starts[i], pos - REMAINDER_WINDOW)
    if text.find(_REST, lo, pos) < 0 or not doc.pats.registered:
        return False
    start = doc.starts[i]
    for gap in SENTENCE_END.finditer(text, start, pos):
        start = gap.end()
    counts = list(PEOPLE_COUNT.finditer(text, start, pos))
    if len(counts) < 2:
        return False
    first, second = counts[-2], counts[-1]
    a, b = (int(_COUNT_DIGITS.match(c.group()).group().replace(",", "")) for c in (first, second))
    if a - b != value or b == 0:
        return False
    phrase_lo = counts[-3].end() if len(counts) > 2 else start
    if not any(text.find(w, phrase_lo, first.start()) >= 0 for w in doc.pats.registered):
        return False
    stop = SENTENCE_END.search(text, end)
    hi = len(text) if stop is None else stop.start()
    return not any(v in _SERVED for _, v in doc.found_cues(end, hi))
