"""Parse participant-count matches into `Participant` items.

The rules (rules/participants.toml) find "<number> <people unit>". Here each hit is
1. valued by parse/thainum.py: digits × multiplier word (9.87 แสน), or number words (ห้าสิบ);
2. dropped when it is a background statistic (parse/participant_background.py): a background
   cue (สะสม, เสียชีวิต, ประชากร …) or a "<place> มี" statement shortly before it (or opening the
   phrase it closes, or ending the line above a wrapped line) with no role cue in between, a
   restatement as a share of the population after it, a meeting's membership (มาประชุม 10 คน จาก
   ทั้งหมด 12 คน), a background section
   (หลักการและเหตุผล, สถานการณ์), a screening finding (คัดกรอง 318 คน พบต้อกระจก 41 ราย:
   parse/participant_findings.py), or the breakdown of a dropped statistic (ประชากร 900 คน ชาย 400 คน …);
   people absent (ขาด 8 คน, the whole phrase before the count) are dropped too, and so are
   people said to be absent by a clause after the count (parse/participant_absence.py), and an
   outcome indicator's result stated as a share (ผลลัพธ์ … 19 คน จาก 27 คน:
   participant_findings.outcome_share), are no statistic that the counts after them could
   break down;
   not the last item of a breakdown that completes a kept total (participant_sum.py);
   per-subgroup sizes (ฐานละ 15 คน) are skipped: they split the participants, they do not count them;
   so are counts an aside makes no participants (parse/participant_aside.py): residents of an area
   glued to the unit (214 คนในหมู่บ้าน), a forecast per period, a presented study's sample, an outcome
   achieved by some of the people just counted, a change after a result frame;
3. given a role: the nearest strong cue in its sentence, else a heading term opening its line,
   else the role of the list it is an item of, else the section heading above, else a weak cue;
4. given a group (parse/participant_groups.py): the phrase just before the count. Phrases are
   cut at spaces, which Thai writes between phrases; this is sturdier than word tokens (newmm
   splits group names such as ผู้ดูแลผู้สูงอายุ unpredictably) and needs no tokenization. Cue words (จำนวน, รวม, มี …) are
   stripped from the phrase's edges.
Table columns headed by a people unit (| จำนวน (คน) |) become one count match per cell first
(parse/participant_tables.py); a kept count's bracketed breakdown of bare numbers (๕ คน (ติดบ้าน ๓
ติดเตียง ๒)) gives one count per item (parse/participant_breakdown.py). Last, a headline's rounded
bound (กว่า 700 ราย) that the body states exactly (736 ราย) is dropped (parse/participant_restated.py).
Also dropped: the base a target or a statistic was drawn from (จาก…ทั้งหมด N คน, participant_scope), a block
under a review of another year (participant_years), an incident, a condition's need, a size threshold
(participant_incident), answer choices and footnotes (participant_layout).
"""
from __future__ import annotations

from ..match import Match, select
from ..model import Participant
from .context import Context, Parsed
from .items import evidence, maker
from ..literal_re import literal_regex
from .participant_absence import absent_after, remainder_away, remainder_unattended
from .participant_aside import aside
from .participant_background import absent_phrase, dropped
from .participant_breakdown import breakdown
from .participant_findings import outcome_share
from .participant_occasion import capacity, form_label, past_sentence, periodic_cases
from .participant_incident import condition_need, incident, size_sign
from .participant_layout import footnote, option_line
from .participant_scope import hypothetical, statistic_base
from .participant_years import past_review
from .participant_restated import Spot, restated, spot
from .participant_sum import completes_total
from .participant_doc import GROUP_WINDOW, ROLE_WINDOW, STRONG, SUBGROUP_WINDOW, _Doc, _Previous
from .participant_groups import group_name
from .participant_tables import count_start, expanded
from .thainum import NumberWords, evaluate, parse_thai_number

_SUPERSCRIPTS = tuple("¹²³⁴⁵⁶⁷⁸⁹⁰")  # footnote numbers (participant_layout)
MAX_COUNT = 100_000_000  # more than any real gathering: such numbers are not counts of people
_PARTICIPANT = maker(Participant)
# A count in plain digits ("1,250"): its value needs no number-word tokenizer. Longer digit
# runs (hostile input) take the general path: int() refuses strings of thousands of digits.
_PLAIN_COUNT = literal_regex(r"[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,15}")


def _subgroup_size(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` (line i) a per-subgroup size (ฐานละ 15 คน)?"""
    lo = max(doc.starts[i], pos - SUBGROUP_WINDOW)
    return (doc.text.find(doc.pats.subgroup_key, lo, pos) >= 0
            and doc.subgroup_re.search(doc.text, lo, pos) is not None)


def _laid_out(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` (line i) an answer choice of a questionnaire or in a footnote
    (participant_layout)? Each is asked only in a document holding its marks."""
    pats = doc.pats
    return ((doc.has("options", pats.option_marks) and option_line(doc, i))
            or (doc.has("footnotes", _SUPERSCRIPTS) and footnote(doc, i, pos)))


def _reviewed(doc: _Doc, i: int, pos: int) -> bool:
    """Is the count at `pos` (line i) under a heading reviewing another year (participant_years)?"""
    pats = doc.pats
    return ((doc.has("review", pats.review) or doc.has("profile", pats.profile)
             or doc.has("result", pats.result)) and past_review(doc, i, pos))


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


def parse(ctx: Context) -> Parsed:
    matches = select(ctx.for_field("participants"))
    if not matches:
        return Parsed()
    doc = _Doc(ctx)
    items: list[Participant] = []
    spots: list[Spot] = []  # items[k]'s place and form, for restated()
    prev: _Previous | None = None
    for m in expanded(doc, matches):
        pos = count_start(m)
        i = doc.index(pos)
        value = _value(m, doc.words)
        if (value is None or _subgroup_size(doc, i, pos) or capacity(doc, i, pos, m.groups.get("per"))
                or form_label(doc, i, pos, m.end) or _laid_out(doc, i, pos)):
            continue
        near = max(doc.starts[i], prev.end if prev is not None else 0)
        if periodic_cases(doc, near, pos, m.end) or size_sign(doc, near, pos):  # an incidence, a size
            continue
        if absent_phrase(doc, near, pos, m.end):
            prev = _Previous(i, m.end, "absent")
            continue
        if (statistic_base(doc, i, pos, prev) or incident(doc, near, pos)
                or condition_need(doc, i, near, pos) or _reviewed(doc, i, pos)):
            prev = _Previous(i, m.end, "background")  # a population, an incident, a need, a past year
            continue
        if dropped(doc, i, near, pos, m.end, prev) and not completes_total(doc, i, pos, value, spots):
            prev = _Previous(i, m.end, "background")
            continue
        side = "statistic" if past_sentence(doc, i, pos, m.end) else aside(doc, i, near, pos, m.end, prev)
        if side == "statistic":
            prev = _Previous(i, m.end, "background")
            continue
        if (side or absent_after(doc, i, pos, m.end) or remainder_away(doc, i, pos, m.end)
                or remainder_unattended(doc, i, pos, m.end, value)
                or outcome_share(doc, i, near, pos, m.end)
                or hypothetical(doc, near, pos)):  # ถ้า…เต็ม 5 คน: no one counted
            continue  # no statistic: the counts around it stand alone
        role = m.attrs.get("role") or _role(doc, i, pos, prev)
        hi = m.start if m.attrs.get("group_before") == "match" else pos
        group = m.attrs.get("group") or group_name(doc, max(near, hi - GROUP_WINDOW), hi)
        items.append(_PARTICIPANT({"count": value, "role": role, "group": group,
                                   "evidence": evidence(ctx.norm, pos, m.end, m.rule)}))
        spots.append(spot(doc, value, pos, m.end, i, role))
        for part in breakdown(doc.text, m.end, value, doc.pats.breakdown_deny):
            items.append(_PARTICIPANT({"count": part.count, "role": role, "group": part.group,
                                       "evidence": evidence(ctx.norm, part.start, part.end, m.rule)}))
            spots.append(Spot(part.count, part.start, i, False, role == "planned"))
        prev = _Previous(i, m.end, role)
    drop = restated(doc, spots)  # a headline's "กว่า 700" that the body gives as 736
    return Parsed(items=tuple(p for k, p in enumerate(items) if k not in drop))
