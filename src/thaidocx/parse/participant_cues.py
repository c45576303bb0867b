"""The participant cue words (rules/participants.toml lexicons), compiled once per RuleSet."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..ruleset import Lexicon, RuleSet
from ..literal_re import THAI_RANGE, Pattern, literal_regex

PLACE_NAME_MAX = 30  # characters of a place's name between the place word and มี
SPLIT_GAP = 12  # letters inside a split change term ("ลด ลง": ลดปริมาณลง)
# A per-unit quota whose unit is a Latin word or a dotted abbreviation, with or without a space
# before ละ ("CUP ละ 20 คน", "รพ.ละ 3 คน", "รพ.สต. ละ 2 คน"): like part_subgroup_rate's Thai
# words, which cannot list every abbreviation. Per-intake or per-session words (session ละ 30 คน,
# like รุ่นละ) stay counts; Thai words without a dot (วันละ, ครั้งละ, แต่ละ, และ) are not matched.
_UNIT_ABBR_RATE = (r"(?:(?<![A-Za-z])(?!(?i:sessions?|batch(?:es)?|class(?:es)?|rounds?|courses?"
                   r"|days?|times?|shifts?)[ \t]?ละ)[A-Za-z]{2,}"
                   r"|(?<![\u0E01-\u0E4E.])[\u0E01-\u0E2E][\u0E01-\u0E4E]*\.(?:[\u0E01-\u0E4E]+\.)*)"
                   r"[ \t]?ละ")
_RATE_WORD = "ละ"  # ends every per-unit word (ฐานละ) and _UNIT_ABBR_RATE
_PREFIX = ("prefix", "both", "introducer")  # part_group_affix uses stripped at a phrase's start
_SUFFIX = ("suffix", "both")  # ... and at its end


@lru_cache(maxsize=64)
def _compile(pattern: str) -> Pattern:
    return literal_regex(pattern)


@dataclass(frozen=True)
class Patterns:
    """The cue patterns built from the lexicons: once per RuleSet (RuleSet.derived)."""

    cues: Lexicon
    cue_re: Pattern
    background_re: Pattern
    frame_re: Pattern
    share_re: Pattern
    subgroup_re: regex.Pattern  # a reverse search: only whether it matches is asked
    estimate_re: Pattern
    finding_re: Pattern  # part_finding_cue: group "found" (a finding verb) or "condition"
    finding_terms: Pattern  # any part_finding_cue term (stdlib `re`): where finding_re may hit
    screening_re: Pattern
    clause_re: Pattern  # part_finding_clause: a finding verb governing its whole sentence
    measure_re: Pattern  # a value in a part_measure_unit: a measurement was made
    finding_sections: frozenset[str]  # part_finding_section: kinds whose findings need no screening
    change: frozenset[str]  # part_finding_cue "change" terms (ลดลง): measured, need no screening
    affixes: Lexicon
    introducer: Pattern | None
    section_roles: Lexicon
    frame_verbs: tuple[str, ...]  # the "has" terms that end a background frame
    absent: frozenset[str] = frozenset()  # part_absent_phrase: whole phrases of absence
    absent_inside: tuple[str, ...] = ()  # part_absent_phrase "inside": anywhere in the phrase
    no_show: frozenset[str] = frozenset()  # part_absent_phrase "appointment": kept when served after
    # The absence phrases that hold no other one: a group in `absent` is a piece of the text
    # before its count, so one search for these spares most counts reading their group.
    absent_keys: Pattern | None = None
    unserved: frozenset[str] = frozenset()  # part_background_cue terms of people not yet served
    new_case: frozenset[str] = frozenset()  # part_background_cue terms of new cases (รายใหม่)
    now: frozenset[str] = frozenset()  # part_background_cue terms of the present (ปัจจุบัน)
    area: frozenset[str] = frozenset()  # part_background_cue terms of a whole area (ทั้งหมู่บ้าน)
    state: frozenset[str] = frozenset()  # part_background_cue terms of a disease state (เป็นเบาหวาน)
    registry: frozenset[str] = frozenset()  # part_background_cue terms of a registry (ทะเบียนผู้ป่วย)
    new_people: tuple[str, ...] = ()  # part_new_people "before": right before รายใหม่, new people
    new_served: tuple[str, ...] = ()  # part_new_people "service": earlier in its sentence
    breakdown_deny: frozenset[str] = frozenset()  # part_breakdown_not_group
    joins: tuple[str, ...] = ()  # part_statistic_join: a further clause of a statistic's sentence
    roster_re: Pattern | None = None  # part_roster_attendance: "มาประชุม 10 คน จาก" ending the text
    absent_after_re: Pattern | None = None  # part_absent_after: group "missed" or "absent"
    caseload_re: Pattern | None = None  # part_caseload: an average per period ending the text
    case_re: Pattern | None = None  # part_caseload: a patient or case word
    trend_re: Pattern | None = None  # part_caseload: a comparison with another period
    incident_re: Pattern | None = None  # part_caseload: an incident (risk) report
    admit_re: Pattern | None = None  # part_caseload: an institution's admission verb
    past_re: Pattern | None = None  # part_caseload: a past period (ที่ผ่านมา)
    class_re: Pattern | None = None  # part_caseload: a line labelled by a patient class (OPD)
    needs: tuple[str, ...] = ()  # part_need_modal: a role cue right after one serves no one
    resident_re: Pattern | None = None  # part_resident_area, right after a count's unit
    away_re: Pattern | None = None  # part_remainder_away: a later round, or ไป … a destination
    registered: tuple[str, ...] = ()  # part_remainder_away "registered": whose rest did not come
    threshold_re: Pattern | None = None  # part_threshold: a measured limit right before a count
    residents: tuple[str, ...] = ()  # part_resident_area terms: inside the phrase before a count
    residents_re: Pattern | None = None  # any of `residents` (one search instead of a loop)
    people_start: Pattern | None = None  # part_group_start: a people word opening a phrase
    intent: frozenset[str] = frozenset()  # part_forecast terms: they keep no residents' count
    forecast_re: Pattern | None = None  # part_forecast "forecast" terms
    rate_re: regex.Pattern | None = None  # a per-period rate ending the text (reverse search)
    study_re: Pattern | None = None  # part_study_cue
    institutions: tuple[str, ...] = ()  # part_background_frame "institution" words
    result_re: Pattern | None = None  # ผล(การ) + a screening word: a result frame
    change_after_re: Pattern | None = None  # a phrase closed by a change word, after a count
    abilities: tuple[str, ...] = ()  # part_outcome_ability
    data_tags: tuple[str, ...] = ()  # part_data_tag: a bracket of registry figures
    allocation_re: Pattern | None = None  # part_allocation … N บาท x, ending right before a count
    role_play_re: Pattern | None = None  # part_role_play: a played casualty takes part
    opener_re: Pattern | None = None  # part_sentence_opener: a new sentence of the occasion
    condition_re: Pattern | None = None  # part_condition: a hypothetical count's phrase
    note_background_re: Pattern | None = None  # part_note_lead + a background heading term
    note_anywhere_re: Pattern | None = None  # the same without its indent: searched once per document
    past_opener_re: Pattern | None = None  # part_occasion "past": a past period opening a sentence
    capacity: tuple[str, ...] = ()  # part_occasion "capacity": what a place holds
    capacity_re: Pattern | None = None  # any of `capacity`
    per_room: frozenset[str] = frozenset()  # part_occasion "per_room": 3 คนต่อห้อง
    target_after_re: Pattern | None = None  # part_occasion "target", maybe after an "all" word
    form_labels: tuple[str, ...] = ()  # part_occasion "form_label": a form's field for a name
    # The base of a share right before a count: "จาก<group>…ทั้งหมด " (part_base_all), maybe over a
    # line break (participant_scope.statistic_base).
    base_re: Pattern | None = None
    event_re: Pattern | None = None  # part_incident: an adverse event befalling people
    signs: tuple[str, ...] = ()  # part_comparison_sign
    option_marks: tuple[str, ...] = ()  # part_form_option "mark": an empty choice mark
    question_ends: tuple[str, ...] = ()  # part_form_option "question": a question line's end
    question_inside: tuple[str, ...] = ()  # part_form_option "question_inside"
    review: tuple[str, ...] = ()  # part_past_review "review": a heading of another year's results
    elsewhere_re: Pattern | None = None  # part_past_review "elsewhere": another place or project
    profile: tuple[str, ...] = ()  # part_past_review "profile": an organisation's boilerplate heading
    result: tuple[str, ...] = ()  # part_past_review "result": a line of results, maybe of a past year
    subset: tuple[str, ...] = ()  # part_subset_lead: "ในจำนวนนี้" opening a subset of a statistic
    item_opener_re: regex.Pattern | None = None  # a list item opened by a date or part_item_opener
    rise_re: Pattern | None = None  # part_caseload "trend" / "rise": cases said to have risen
    forward: tuple[str, ...] = ()  # part_forward: a sentence pointing to what follows (ดังนี้)
    change_from_re: Pattern | None = None  # part_change_from: "เพิ่มจาก " right before a count
    change_to_re: Pattern | None = None  # part_change_from: "เพิ่มจาก 96 คน (…) เป็น " before one
    form_instruction_re: Pattern | None = None  # a short label + "(ระบุ " right before a count
    # part_group_affix by use: the terms that can be stripped from a phrase's start / end (one
    # str.startswith / endswith call says whether the term-by-term loop has anything to do).
    affix_items: tuple[tuple[str, bool, bool], ...] = ()  # (term, strip as prefix, as suffix)
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    distributive: tuple[str, ...] = ()
    # A literal inside every subgroup_re match ("" when the lexicon has a term without it): a
    # str.find for it spares most counts the regex search.
    subgroup_key: str = ""
    _values: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _roles: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def cue_value(self, term: str) -> str:
        """The value of a role cue as matched (one lexicon lookup per term and rule set)."""
        value = self._values.get(term)
        if value is None:
            value = self._values[term] = str(self.cues.get(term))
        return value

    def section_role(self, kind: str) -> str:
        """The participant role of a section kind (part_section_role), "none" if it has none."""
        role = self._roles.get(kind)
        if role is None:
            role = self._roles[kind] = str(self.section_roles.get(kind, "none"))
        return role

    @classmethod
    def from_rules(cls, rules: RuleSet) -> Patterns:
        lex = rules.lexicon
        affixes = lex("part_group_affix")
        entries = affixes.spec.entries
        intro = [t for t, v in entries.items() if v == "introducer"]
        return cls(
            cues=lex("part_role_cue"),
            cue_re=_compile(lex("part_role_cue").pattern()),
            background_re=_compile(lex("part_background_cue").pattern()),
            frame_re=_compile(_frame_pattern(lex("part_background_frame"), lex("part_group_start").pattern())),
            # "… 4,000 คน หรือร้อยละ 12 ของประชากร": the count restated as a share of the population.
            share_re=_compile(r"[ \t]*\(?[ \t]*หรือ[ \t]*(?:ร้อยละ[ \t]*[0-9.]+|[0-9.]+[ \t]*%)"
                              r"[ \t]*ของ[ \t]*" + lex("part_background_share").pattern()),
            # "กลุ่มละ 9-10 คน", "กลุ่มละประมาณ 8 ถึง 10 คน": the range's upper end is a size too;
            # "CUP ละ 20 คน", "รพ.ละ 3 คน": units written as Latin words or abbreviations.
            # Searched backwards ((?r), a `regex` flag): it is asked whether the window before a
            # count ENDS with such a word ($), which a reverse search settles from that end,
            # where a forward one tries every start in the window (5-10 times slower).
            subgroup_re=regex.compile("(?r)(?:" + lex("part_subgroup_rate").pattern() + "|"
                                      + _UNIT_ABBR_RATE + r")[ \t]*(?:"
                                      + lex("part_rate_qualifier").pattern()
                                      + r"[ \t]*)?(?:[0-9]{1,6}[ \t]*(?:-|–|ถึง)[ \t]*)?$"),
            # "ร้อยละ 17.2 หรือประมาณ 6,800 คน": a share restated as an estimate, right before a count.
            estimate_re=_compile(r"(?:ร้อยละ[ \t]*[0-9.]+|[0-9.]+[ \t]*%)[ \t]*\)?[ \t]*หรือ[ \t]*"
                                 + lex("part_share_estimate").pattern() + r"[ \t]*$"),
            finding_re=_compile(_finding_pattern(lex("part_finding_cue"))),
            finding_terms=_compile(_terms_pattern(lex("part_finding_cue"))),
            screening_re=_compile(lex("part_screening_cue").pattern()),
            clause_re=_compile(lex("part_finding_clause").pattern()),
            measure_re=_compile(r"[0-9][0-9.,]*[ \t]*(?:" + lex("part_measure_unit").pattern() + ")"),
            # "(เกิน 180) 9 ราย", "เกิน 160/100 อีก 6 ราย": a limit exceeded, ending right before a count.
            threshold_re=_compile(r"(?<!ไม่)(?:" + lex("part_threshold").pattern()
                                  + r")[ \t]*[0-9๐-๙]+(?:\.[0-9๐-๙]+)?(?:/[0-9๐-๙]+)?[ \t]*(?:"
                                  + lex("part_measure_unit").pattern() + r")?[ \t]*\)?[ \t]*(?:อีก)?[ \t]*$"),
            finding_sections=frozenset(lex("part_finding_section").spec.entries),
            change=frozenset(t for t, v in lex("part_finding_cue").spec.entries.items()
                             if v == "change" and " " not in t),
            affixes=affixes,
            introducer=_compile(
                "(?:" + "|".join(map(regex.escape, sorted(intro, key=len, reverse=True))) + ")"
                + "(?=" + lex("part_group_start").pattern() + ")") if intro else None,
            section_roles=lex("part_section_role"),
            frame_verbs=tuple(t for t, v in lex("part_background_frame").spec.entries.items()
                              if v == "has"),
            absent=frozenset(t for t, v in lex("part_absent_phrase").spec.entries.items() if v != "inside"),
            absent_inside=tuple(t for t, v in lex("part_absent_phrase").spec.entries.items() if v == "inside"),
            no_show=frozenset(t for t, v in lex("part_absent_phrase").spec.entries.items() if v == "appointment"),
            absent_keys=_literals(_innermost(t for t, v in lex("part_absent_phrase").spec.entries.items()
                                             if v != "inside")),
            unserved=frozenset(t for t, v in lex("part_background_cue").spec.entries.items()
                               if v == "unserved"),
            new_case=frozenset(t for t, v in lex("part_background_cue").spec.entries.items()
                               if v == "new_case"),
            now=frozenset(t for t, v in lex("part_background_cue").spec.entries.items()
                          if v == "now"),
            area=frozenset(t for t, v in lex("part_background_cue").spec.entries.items()
                           if v == "area"),
            state=frozenset(t for t, v in lex("part_background_cue").spec.entries.items()
                            if v == "state"),
            registry=frozenset(t for t, v in lex("part_background_cue").spec.entries.items()
                               if v == "registry"),
            new_people=tuple(t for t, v in lex("part_new_people").spec.entries.items()
                             if v == "before"),
            new_served=tuple(t for t, v in lex("part_new_people").spec.entries.items()
                             if v == "service"),
            breakdown_deny=frozenset(lex("part_breakdown_not_group").spec.entries),
            joins=tuple(lex("part_statistic_join").spec.entries),
            # "(กรรมการมาประชุม 10 คน จากทั้งหมด " right before a count: its base, the membership.
            roster_re=_compile("(?:" + lex("part_roster_attendance").pattern()
                               + r")[^\s0-9]{0,20}[ \t]*[0-9][0-9,]*[ \t]*(?:คน|ราย|ท่าน)[ \t]*"
                               r"(?P<base>จาก[^\s0-9]{0,20})[ \t]*$"),
            absent_after_re=_compile(_absent_after_pattern(lex("part_absent_after"))),
            caseload_re=_compile(_caseload_pattern(lex("part_caseload"))),
            case_re=_compile(_alt(lex("part_caseload"), "case")),
            trend_re=_compile(r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?" + _alt(lex("part_caseload"), "trend")),
            incident_re=_compile(_alt(lex("part_caseload"), "incident")),
            admit_re=_compile(_alt(lex("part_caseload"), "admit")),
            past_re=_compile(_alt(lex("part_caseload"), "past")),
            # A list marker, then the class as a whole word ("ผู้ป่วยใน (IPD)", not ผู้ป่วยในชุมชน).
            # The Thai range as characters, not \u escapes: the stdlib `re` reads it (literal_regex).
            class_re=_compile(r"[ \t]*(?:[0-9]{1,2}[.)]|[-•*▪►✓])?[ \t]*" + _alt(lex("part_caseload"), "class")
                              + "(?![" + THAI_RANGE + "A-Za-z])"),
            needs=tuple(lex("part_need_modal").spec.entries),
            abilities=tuple(lex("part_outcome_ability").spec.entries),
            data_tags=tuple(lex("part_data_tag").spec.entries),
            allocation_re=_compile("(?:" + lex("part_allocation").pattern() + r")[ \t(:]{0,4}(?:(?:เงิน|งบ(?:ประมาณ)?|ให้|แบบ)[ \t(:]{0,4}){0,2}"
                                   r"[0-9][0-9,.]*[ \t]*บาท[ \t]*(?:/[ \t]*คน|ต่อคน|ต่อหัว)?[ \t]*[x×*][ \t]*$"),
            role_play_re=_compile(lex("part_role_play").pattern()),
            opener_re=_compile(lex("part_sentence_opener").pattern()),
            condition_re=_compile(lex("part_condition").pattern()),
            note_background_re=_compile(r"[ \t]*" + _note_pattern(lex)),
            note_anywhere_re=_compile(_note_pattern(lex)),
            past_opener_re=_compile(_alt(lex("part_occasion"), "past")),
            capacity=tuple(t for t, v in lex("part_occasion").spec.entries.items() if v == "capacity"),
            capacity_re=_literals(t for t, v in lex("part_occasion").spec.entries.items()
                                  if v == "capacity"),
            per_room=frozenset(t for t, v in lex("part_occasion").spec.entries.items() if v == "per_room"),
            form_labels=tuple(t for t, v in lex("part_occasion").spec.entries.items() if v == "form_label"),
            target_after_re=_compile("(?P<all>" + _alt(lex("part_occasion"), "all") + r"[ \t]?(?:จึง)?)?"
                                     + _alt(lex("part_occasion"), "target")),
            resident_re=_compile(lex("part_resident_area").pattern()),  # glued to the unit
            away_re=_compile("(?P<later>" + _alt(lex("part_remainder_away"), "later")
                             + r")|ไป[^\s0-9]{0,24}?(?:ที่)?\s{0,8}" + _alt(lex("part_remainder_away"), "gone")),
            registered=_terms(lex("part_remainder_away"), "registered"),
            residents=tuple(lex("part_resident_area").spec.entries),
            residents_re=_literals(lex("part_resident_area").spec.entries),
            people_start=_compile(lex("part_group_start").pattern()),
            intent=frozenset(lex("part_forecast").spec.entries),
            forecast_re=_compile(_alt(lex("part_forecast"), "forecast")),
            # "ปีละไม่น้อยกว่า ", "เดือนละประมาณ " right before a count (searched backwards, as subgroup_re).
            rate_re=regex.compile("(?r)" + _alt(lex("part_caseload"), "period") + r"[ \t]*(?:"
                                  + lex("part_rate_qualifier").pattern() + r"[ \t]*)?(?:กว่า[ \t]*)?$"),
            study_re=_compile(_study_pattern(lex("part_study_cue"))),
            institutions=tuple(t for t, v in lex("part_background_frame").spec.entries.items()
                               if v == "institution"),
            result_re=_compile("ผล(?:การ)?" + lex("part_screening_cue").pattern()),
            # "… 27 คน ระดับความปวดลดลง": the next phrase, closed by a change word (not ลดลงจาก).
            change_after_re=_compile(r"[ \t]+(?:มี)?[^\s0-9]{0,24}?(?:" + _change_pattern(lex("part_finding_cue"))
                                     + r")(?![^\s,;)])"),
            base_re=_compile(r"[ \t]*\(?[ \t]*จาก[^\n]{0,60}?(?:\n[ \t]*[^\n]{0,40}?)?(?:"
                             + lex("part_base_all").pattern() + r")[ \t]*(?:จำนวน[ \t]*)?"),
            event_re=_compile(lex("part_incident").pattern()),
            signs=tuple(sorted(lex("part_comparison_sign").spec.entries, key=len, reverse=True)),
            option_marks=_terms(lex("part_form_option"), "mark"),
            question_ends=_terms(lex("part_form_option"), "question"),
            question_inside=_terms(lex("part_form_option"), "question_inside"),
            review=_terms(lex("part_past_review"), "review"),
            elsewhere_re=_literals(_terms(lex("part_past_review"), "elsewhere")),
            profile=_terms(lex("part_past_review"), "profile"),
            result=_terms(lex("part_past_review"), "result"),
            subset=_terms(lex("part_subset_lead"), 1),
            # "- 3 ก.ค. 68 …", "• รุ่นที่ 2 …": a list item (bullet or number) opened by a date or an ordinal.
            item_opener_re=regex.compile(
                r"[ \t]*(?:[0-9]{1,2}[.)]|[^\s\p{L}\p{N}])[ \t]*(?:[0-9๐-๙]{1,2}[ \t]*(?:"
                + lex("date_month_full").pattern() + "|" + lex("date_month_abbr").pattern() + ")|(?:"
                + lex("part_item_opener").pattern() + r")[ \t]*[0-9๐-๙])"),
            rise_re=_compile("(?:" + _alt(lex("part_caseload"), "trend") + "|"
                             + _alt(lex("part_caseload"), "rise") + ")"),
            forward=_terms(lex("part_forward"), 1),
            change_from_re=_compile(_alt(lex("part_change_from"), "from") + r"[ \t]*$"),
            change_to_re=_compile(_alt(lex("part_change_from"), "from") + r"[ \t]*[0-9][0-9,]*[ \t]*(?:คน|ราย|ท่าน)"
                                  r"\s*(?:\([^()\n]{0,30}\)\s*)?" + _alt(lex("part_change_from"), "to") + r"[ \t]*$"),
            # "กลุ่มคน (ระบุ " opening the line: a short label, a bracket, an instruction word.
            form_instruction_re=_compile(r"[ \t]*[^\s(]{1,30}[ ]?\([ ]*"
                                         + _alt(lex("part_occasion"), "form_instruction") + r"[ :]*"),
            affix_items=tuple((t, v in _PREFIX, v in _SUFFIX) for t, v in entries.items()),
            prefixes=tuple(t for t, v in entries.items() if v in _PREFIX),
            suffixes=tuple(t for t, v in entries.items() if v in _SUFFIX),
            distributive=tuple(t for t, v in entries.items() if v == "distributive"),
            subgroup_key=_RATE_WORD if all(
                _RATE_WORD in t for t in lex("part_subgroup_rate").spec.entries) else "",
        )


def _terms(lex: Lexicon, kind: str) -> tuple[str, ...]:
    """The lexicon's terms of one value, longest first (for str.startswith / endswith)."""
    return tuple(sorted((t for t, v in lex.spec.entries.items() if v == kind), key=len, reverse=True))


def _innermost(terms: Iterable[str]) -> list[str]:
    """The terms that contain no other term: every term contains one of them."""
    terms = set(terms)
    return [t for t in terms if not any(o != t and o in t for o in terms)]


def _literals(terms: Iterable[str]) -> Pattern | None:
    """Any of the terms, as written (None for none): `search` finds one wherever one occurs."""
    terms = sorted(terms, key=len, reverse=True)
    return literal_regex("|".join(map(regex.escape, terms))) if terms else None


def _frame_pattern(frame: Lexicon, people: str) -> str:
    """<place word><name without spaces>มี, from the part_background_frame lexicon; after an
    institution word, only with a people word (`people`, part_group_start) after มี: a school
    has pupils, a hospital patients ("โรงพยาบาลมี 30 เตียง" counts no people)."""
    def alt(kind: str) -> str:
        terms = sorted((t for t, v in frame.spec.entries.items() if v == kind), key=len, reverse=True)
        return "(?:" + "|".join(map(regex.escape, terms)) + ")" if terms else "(?!)"
    # (?!นาคม): มี opening the month มีนาคม is no verb. A numbered place's number may end its
    # name ("เขตสุขภาพที่ 9 มี", "หมู่ที่ 4 มี").
    name = r"[^\s0-9]{0," + str(PLACE_NAME_MAX) + r"}?"
    return ("(?:" + alt("place") + name + r"(?:(?<=ที่)[ \t]?[0-9]{1,3}[ \t]?)?" + alt("has") + "(?!นาคม)"
            + "|" + alt("institution") + name + alt("has") + r"(?=[ \t]?" + people + "))")


def _finding_pattern(cues: Lexicon) -> str:
    """part_finding_cue as two named alternatives: found (finding verbs, change words, a measure
    exceeding its limit) and condition. พบ opening พบปะ / พบแพทย์ / พบกัน or closing นัดพบ / มาพบ /
    เข้าพบ is a meeting; ป่วย inside ผู้ป่วย names patients (people a service is for)."""
    def alt(kind: str) -> str:
        terms = sorted((t for t, v in cues.spec.entries.items() if v == kind), key=len, reverse=True)
        return "(?:" + "|".join(map(regex.escape, terms)) + ")" if terms else "(?!)"
    exceeds = alt("measure") + r"[^\s0-9]{0,8}?(?<!ไม่)" + alt("exceeds")
    return (r"(?P<found>(?<!นัด|มา|เข้า)(?:" + alt("found") + "|(?P<change>" + _change_pattern(cues) + ")|" + exceeds
            + r")(?!ปะ|แพทย์|หมอ|กับ|กัน))"
            r"|(?P<condition>(?<!ผู้)" + alt("condition") + ")")


def _change_pattern(cues: Lexicon) -> str:
    """part_finding_cue "change" terms; a space in one is what the verb governs ("ลด ลง":
    ลดปริมาณลง), at most SPLIT_GAP letters with no space or digit."""
    terms = sorted((t for t, v in cues.spec.entries.items() if v == "change"), key=len, reverse=True)
    gap = r"[^\s0-9]{1,%d}?" % SPLIT_GAP
    return "|".join(gap.join(map(regex.escape, t.split(" "))) for t in terms) or "(?!)"


def _terms_pattern(cues: Lexicon) -> str:
    """Any term of a cue lexicon whose terms may be split by a space (_change_pattern): the
    first part of a split term stands for it (a superset, as a prefilter must be)."""
    return "(?:" + "|".join(sorted({regex.escape(t.split(" ")[0]) for t in cues.spec.entries},
                                   key=len, reverse=True)) + ")"


def _study_pattern(cues: Lexicon) -> str:
    """part_study_cue: its terms; a "numbered" one only with a number right after it."""
    plain = _alt(cues, 1) if any(v == 1 for v in cues.spec.entries.values()) else "(?!)"
    return "(?:" + plain + "|" + _alt(cues, "numbered") + r"[ \t]?[0-9]{1,3}(?![0-9]))"


def _absent_after_pattern(terms: Lexicon) -> str:
    """part_absent_after as two named alternatives (a case clause, ป่วยเป็น, is read as missed:
    never a relative clause); ไม่มา opening ไม่มาก / ไม่มาตรฐาน is no absence."""
    def alt(*kinds: str) -> str:
        found = sorted((t for t, v in terms.spec.entries.items() if v in kinds), key=len, reverse=True)
        return "(?:" + "|".join(map(regex.escape, found)) + ")" if found else "(?!)"
    return (r"(?:(?P<missed>" + alt("missed", "case") + r")|(?P<absent>" + alt("absent")
            + r"))(?!ก|ตรฐาน)")


def _note_pattern(lex: Callable[[str], Lexicon]) -> str:
    """A note word and a background heading term (part_note_lead)."""
    return (lex("part_note_lead").pattern() + r"[ \t:]*"
            + _alt(lex("section_headings"), "background") + r"[ \t:]")


def _alt(lex: Lexicon, kind: str) -> str:
    """The lexicon's terms of one value as one alternation, longest first."""
    terms = sorted((t for t, v in lex.spec.entries.items() if v == kind), key=len, reverse=True)
    return "(?:" + "|".join(map(regex.escape, terms)) + ")" if terms else "(?!)"


def _caseload_pattern(terms: Lexicon) -> str:
    """An average per period right before a count: "เฉลี่ยเดือนละ ", "วันละเฉลี่ย "."""
    avg, period = _alt(terms, "average"), _alt(terms, "period")
    return (r"(?:" + avg + r"[ \t]*" + period + "|" + period + r"[ \t]*" + avg
            + r")[ \t]*(?:ประมาณ|ราว)?[ \t]*$")
