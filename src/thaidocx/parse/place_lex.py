"""The place lexicons (rules/*.toml place_*) compiled once per RuleSet (`PlaceLex`), shared by
the area (area.py) and the venue parsers; `boundaries`, where a place name may end."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import regex

from ..literal_re import literal_regex
from ..ruleset import RuleSet
from . import geo

WRAP_PIECE = 2  # letters of a facility word on each side of a line break (venue_wraps)
ORG_WORD = 6  # letters: an organisation word that needs its name (เทศบาลตำบล, โรงเรียน), not ศาลา
_TH = "\u0e00-\u0e7f"


@dataclass(frozen=True)
class PlaceLex:
    """Regexes and tables built once per RuleSet from the place_* lexicons. Patterns both
    engines read alike run on stdlib `re` (see _fast)."""

    prefixes: dict[str, str]
    aliases: dict[str, str]
    prefix_re: re.Pattern | regex.Pattern  # stdlib re when it compiles: read_chain's hot call
    boundary_re: re.Pattern | regex.Pattern
    boundary_first: re.Pattern | None  # where a boundary may start (see boundaries())
    stop: dict[str, str]
    facility: dict[str, str]
    # venue_wraps' tables of the facility words: sorted (a prefix's words are a run), the long
    # ones (org_end_below), and each word's cuts by the tail's length (wrapped_inner)
    facility_sorted: tuple[str, ...]
    facility_long: tuple[str, ...]
    facility_cuts: dict[int, dict[str, tuple[tuple[str, int], ...]]]
    facility_re: re.Pattern | regex.Pattern
    position_re: re.Pattern | regex.Pattern
    generic_re: re.Pattern | regex.Pattern
    hint_re: re.Pattern | regex.Pattern
    hints: dict[str, str]
    org_re: re.Pattern | regex.Pattern
    orgs: dict[str, str]
    # What may stand right before a province's name written as such: "จังหวัด", "จ.", "เมือง"
    # (place_province_lead) or an organization named after its province ("สสจ.").
    province_leads: tuple[str, ...]
    org_suffix_re: re.Pattern | regex.Pattern
    continue_re: regex.Pattern
    continue_word_re: re.Pattern | regex.Pattern  # continue_re's first alternative
    numbered_name_re: regex.Pattern  # the name after a numbered facility's number
    not_facility_re: re.Pattern | regex.Pattern
    generic_word_re: re.Pattern | regex.Pattern
    count_of_places_re: re.Pattern | regex.Pattern  # "… 4 แห่ง" right after a name: several places
    same: frozenset[str]  # the rest of a place text that points back ("ห้องประชุมเดิม")
    # ที่ / ณ before a facility: another place later on a cue's line ("… และที่วัด…")
    again_re: re.Pattern | regex.Pattern
    site_generic_re: regex.Pattern  # "สถานที่อบรม", "สถานที่ดังกล่าว": a back-reference, no name
    station_re: regex.Pattern  # "จุดคัดกรอง", "ซุ้มนิทรรศการ": a service point, no place's name
    # a follow-up word in the letters right before a cue: "นัดตรวจยืนยันที่คลินิก…"
    followup_re: re.Pattern | regex.Pattern
    label_vague_re: re.Pattern | regex.Pattern  # a สถานที่ label's value that names no place
    name_below_re: re.Pattern | regex.Pattern  # a line naming the facility word above ("บ้านโคก…")
    building_below_re: re.Pattern | regex.Pattern  # a line going on with a room's building ("อาคาร…")
    building_end_re: re.Pattern | regex.Pattern  # a line ending in a bare building word ("… ชั้น 3 อาคาร")
    company_re: re.Pattern | regex.Pattern  # a company's whole name: "บริษัท ส.รุ่งเรืองซีฟู้ด จำกัด"
    thai_kind_re: re.Pattern | regex.Pattern  # a Thai name ending with what it is: "… รีสอร์ท"
    listing_re: re.Pattern | regex.Pattern  # "โรงเรียน 2 แห่ง ได้แก่ ": a bare facility word, a list follows
    # a word of staying the night or of a patient's own trip right before a cue ("พักที่…")
    own_trip_re: re.Pattern | regex.Pattern
    # a bracketed note of where a place stands, the name going on after it with a facility word:
    # "ศาลาสวนสมุนไพร (ด้านหลังอาคารแพทย์แผนไทย) โรงพยาบาล…" (venue_scan.after_note)
    note_re: re.Pattern | regex.Pattern


def place_lex(rules: RuleSet) -> PlaceLex:
    return rules.derived(_build_lex)


def boundaries(lx: PlaceLex, text: str, pos: int, limit: int) -> Iterator[regex.Match]:
    """The matches of lx.boundary_re.finditer(text, pos, limit), the pattern tried only where
    one of its alternatives can start: a space or punctuation, or a glued word (found by a
    stdlib `re` search, much faster than the `regex` module trying every alternative at every
    position). No boundary is empty, so the scan resumes where the last one ended."""
    if lx.boundary_first is None:
        yield from lx.boundary_re.finditer(text, pos, limit)
        return
    search, match = lx.boundary_first.search, lx.boundary_re.match
    while (cand := search(text, pos, limit)) is not None:
        b = match(text, cand.start(), limit)
        if b is None:
            pos = cand.start() + 1
            continue
        yield b
        pos = b.end()



def _boundary_first(words: list[str]) -> re.Pattern | None:
    """A stdlib `re` pattern matching where any boundary alternative starts, or None (then
    boundaries() runs the full search): the glued words' tries, spaces and punctuation."""
    try:
        first = re.compile("|".join([r"[ \t|“”\",]"] + [f"(?:{w})" for w in words]))
    except re.error:
        return None
    return None if first.match("") else first


def _entries(rules: RuleSet, name: str) -> dict[str, str]:
    return {k: str(v) for k, v in rules.lexicon(name).spec.entries.items()}


def _build_lex(rules: RuleSet) -> PlaceLex:
    pat = lambda name: rules.lexicon(name).pattern()
    # an address word before Thai or a digit, or one of the numbered ones before a digit
    address = (rf"(?:{pat('place_address')})(?=[ \t]?[{_TH}0-9])"
               rf"|(?:{pat('place_address_numbered')})(?=[ \t]?[0-9])")
    facility = pat("place_facility")
    boundary = (
        r"[ \t]{2,}|[|\t“”\",]"
        rf"|(?P<glued>{pat('place_stop_glued')}"
        # A rate ("เข็มละ 1,800") or a clause tail ("…แทน 9 ครั้ง") glued to the name.
        rf"|{pat('place_rate_word')}(?=[ \t]?(?:[0-9]|ประมาณ|ราว|เพียง))"
        rf"|{pat('place_stop_tail')}(?=[ \t\n]|$))"
        rf"|(?P<gsplit>{pat('place_split_glued')})(?={facility})"
        rf"|[ \t](?P<stop>{pat('place_stop')})(?=[ \t{_TH}A-Za-z0-9])"
        rf"|[ \t](?P<addr>{address})"
        # "ห้องประช ุม": damage. The marks as characters, not \u escapes, which literal_regex
        # leaves to the `regex` module: on stdlib `re` this hot pattern costs a third a call.
        "|(?P<space>[ \t])(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
    )
    cont = pat("place_continue")
    return PlaceLex(
        prefixes=_entries(rules, "place_address") | _entries(rules, "place_address_numbered"),
        aliases=_entries(rules, "place_province_alias"),
        # as place.address_chain: a full address word may be followed by a form's blank
        prefix_re=literal_regex(rf"{address}"
                                rf"|(?:{pat('place_address_blank')})(?={geo.BLANK}[{_TH}])"),
        boundary_re=literal_regex(boundary),
        boundary_first=_boundary_first([pat("place_stop_glued"), pat("place_rate_word"),
                                        pat("place_stop_tail"), pat("place_split_glued")]),
        stop=_entries(rules, "place_stop"),
        facility=_entries(rules, "place_facility"),
        facility_sorted=tuple(sorted(_entries(rules, "place_facility"))),
        facility_long=tuple(w for w in _entries(rules, "place_facility") if len(w) >= ORG_WORD),
        facility_cuts=_cuts(_entries(rules, "place_facility")),
        facility_re=literal_regex(facility),
        position_re=literal_regex(pat("place_position") + r"[ \t]?"),
        generic_re=literal_regex(r"[ \t]?" + pat("place_generic_tail")),
        hint_re=literal_regex(pat("place_name_hint")),
        hints=_entries(rules, "place_name_hint"),
        not_facility_re=literal_regex(pat("place_not_facility")),
        generic_word_re=literal_regex(pat("place_generic_word")),
        same=frozenset(_entries(rules, "place_same")),
        count_of_places_re=literal_regex(r"[ \t]*[0-9][0-9,]*[ \t]*(?:" + pat("place_count_unit") + ")"),
        org_re=literal_regex(pat("place_org_province") + r"[ \t]?"),
        orgs=_entries(rules, "place_org_province"),
        province_leads=tuple(_entries(rules, "place_province_lead"))
        + tuple(_entries(rules, "place_org_province")),
        org_suffix_re=literal_regex(pat("place_org_suffix") + r"(?!ส่งเสริมสุขภาพ|สต\.)"),
        # What may follow a space inside a place name: another facility, a floor / building
        # word, a Latin word; a number only right after a floor / room word, or after a word
        # a number completes ('ศาลาอเนกประสงค์หมู่ 3').
        continue_re=regex.compile(
            rf"(?:{pat('place_facility')}|{cont}|[A-Za-z])"
            rf"|(?<=(?:(?:{cont})[ \t]?[^\s]{{0,20}}|{pat('place_number_before')})[ \t])"
            # not a count ("ณ ห้องพยาบาลโรงเรียน 60 คน")
            rf"[0-9]{{1,4}}(?![0-9,.])(?![ \t]?(?:{pat('place_count_unit')}|คน|ราย|ท่าน|ครั้ง|วัน))"),
        continue_word_re=literal_regex(rf"(?:{pat('place_facility')}|{cont}|[A-Za-z])"),
        numbered_name_re=regex.compile(
            rf"(?<=(?:{pat('place_numbered_facility')})[ \t]?[0-9]{{1,3}}[ \t])"
            rf"(?!{pat('place_count_unit')}|คน|ราย|ท่าน|ครั้ง|วัน)[{_TH}]"),
        again_re=regex.compile(
            rf"(?:(?<!{pat('place_thi_compound')})ที่|(?<![{_TH}])ณ)[ \t]?"
            rf"(?!{pat('place_not_facility')})(?={pat('place_facility')})"),
        site_generic_re=regex.compile(rf"สถานที่(?:[ \t]?(?:{pat('place_site_generic')}))*[ \t]*$"),
        station_re=regex.compile(rf"(?:{pat('place_station')})[ \t]?"
                                 rf"(?:(?:{pat('place_station_purpose')})[ \t]?)+$"),
        # not ถนัด / ตลาดนัด
        followup_re=regex.compile(rf"(?<!ถ|ตลาด)(?:{pat('place_followup')})"),
        name_below_re=literal_regex(rf"(?:{pat('place_name_below')})[{_TH}]"),
        building_below_re=literal_regex(_building_below(rules)),
        building_end_re=literal_regex("(?<![\u0e00-\u0e7f])(?:" + "|".join(
            re.escape(w) for w, how in _entries(rules, "place_building_below").items()
            if how == "word") + r")[ \t]*$"),
        company_re=literal_regex(rf"(?:{pat('place_company')})[ \t]?[^\s]{{1,40}}?(?:[ \t][^\s]{{1,40}}?){{0,3}}"
                                 r"[ \t]?จำกัด(?:[ \t]?\(มหาชน\))?(?![\u0e00-\u0e7f])"),
        thai_kind_re=literal_regex(rf"[{_TH}][ \t]?(?:{pat('place_thai_kind')})$"),
        listing_re=literal_regex(rf"(?:{facility})[ \t]*\n?[ \t]*(?:[0-9]{{1,3}}[ \t]*[{_TH}]{{1,10}}[ \t]*)?"
                                 rf"(?:{pat('place_listing')})[ \t:]*(?={facility})"),
        own_trip_re=literal_regex(rf"(?:{pat('place_lodging')}|{pat('place_patient_trip')})[ \t]?$"),
        note_re=literal_regex(rf"[ \t]*\((?:{pat('place_locator_note')})[^()\n]{{0,60}}\)[ \t]*(?={facility})"),
        label_vague_re=literal_regex(rf"[0-9]|(?:{pat('place_label_vague')}|{pat('people_titles')})"),
    )


def _cuts(words: dict[str, str], least: int = WRAP_PIECE) -> dict[int, dict[str, tuple[tuple[str, int], ...]]]:
    """{tail length: {tail: ((head, head length), …)}} of every cut of a word leaving `least`
    letters or more on each side (venue_wraps.wrapped_inner)."""
    out: dict[int, dict[str, list[tuple[str, int]]]] = {}
    for w in words:
        for k in range(least, len(w) - least + 1):
            out.setdefault(len(w) - k, {}).setdefault(w[k:], []).append((w[:k], k))
    return {n: {t: tuple(c) for t, c in by.items()} for n, by in out.items()}


def _building_below(rules: RuleSet) -> str:
    """place_building_below as a pattern: a "word" entry before a letter or digit, a "number"
    one before its number."""
    words = {"word": [], "number": []}
    for w, how in _entries(rules, "place_building_below").items():
        words[how].append(re.escape(w))
    alts = []
    if words["word"]:
        alts.append(rf"(?:{'|'.join(words['word'])})[ \t]?[{_TH}A-Za-z0-9]")
    if words["number"]:
        alts.append(rf"(?:{'|'.join(words['number'])})[ \t]?[0-9]")
    return "|".join(alts) or r"(?!)"
