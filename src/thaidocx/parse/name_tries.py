"""The people lexicons of rules/people.toml compiled for the officials parser: term tables, and
the terms of each lexicon as one stdlib-re alternation written as a trie (fast `.match`/`.search`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..ruleset import RuleSet


def unspace(term: str) -> str:
    """Position lookups ignore spaces ("รอง ผอ." = "รองผอ.", PDF damage "หัวหน้ าโครงการ")."""
    return term.replace(" ", "")


def trie_alt(terms: list[str], pdf_spaces: bool = False) -> re.Pattern:
    """An alternation of literal terms that matches the longest term (never matches when
    `terms` is empty). `pdf_spaces`: tolerate the stray space PDF text extraction puts before
    sara aa / sara am ("หัวหน้ าโครงการ"); look such matches up with `unspace`. Compiled with
    stdlib re (a plain alternation of literals matches the same there; `overlapped` gives
    overlapping matches) and written as a trie: re then tries one branch per character instead
    of every term, several times faster."""
    units = [_units(t, pdf_spaces) for t in terms]
    trie: dict = {}
    for us in units:
        node = trie
        for u in us:
            node = node.setdefault(u, {})
        node[""] = {}
    if _ambiguous(trie):
        return _flat(units)
    body = _trie_pattern(trie)
    return re.compile("(?:" + body + ")" if body else ("(?:)" if "" in trie else "(?!)"))


_SPACE = regex.escape(" ")


def _units(term: str, pdf_spaces: bool) -> list[str]:
    """The escaped characters of a term; with `pdf_spaces`, " ?" before sara aa / am but the
    first."""
    return [(" ?" if pdf_spaces and i and ch in "\u0e32\u0e33" else "") + regex.escape(ch)
            for i, ch in enumerate(term)]


def _ambiguous(node: dict) -> bool:
    """Whether two branches of a node may both match (a space, and " ?" before a vowel): the
    trie would then not always find the longest term."""
    if _SPACE in node and any(u.startswith(" ?") for u in node):
        return True
    return any(_ambiguous(child) for u, child in node.items() if u)


def _trie_pattern(node: dict) -> str:
    # Branches start with different characters, so at most one goes on; an ending is optional
    # after the longer terms (greedy: the longest term that matches wins, as longest-first).
    alts = [u + _trie_pattern(child) for u, child in node.items() if u]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _flat(units: list[list[str]]) -> re.Pattern:
    """The terms as one alternation, longest first."""
    alts = sorted({"".join(us) for us in units}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(alts) + ")" if alts else "(?!)")


def overlapped(pat: re.Pattern, text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """Matches of `pat` in text[lo:hi] starting at every position (regex's overlapped=True)."""
    m = pat.search(text, lo, hi)
    while m is not None:
        yield m
        m = pat.search(text, m.start() + 1, hi)


@dataclass(frozen=True)
class PeopleLex:
    """The people lexicons, as tables and compiled alternations (for .match, .search, .finditer)."""

    titles: dict[str, str]
    positions: dict[str, str]     # keys without spaces (see `unspace`)
    roles: dict[str, str]
    sections: dict[str, str]
    title: re.Pattern
    monk: re.Pattern
    position: re.Pattern
    org: re.Pattern               # organization and place words (a position runs on into them)
    org_start: re.Pattern         # words that start the organization part
    org_end: re.Pattern           # an organization word ending where the search ends
    unit: re.Pattern              # an organization standing as the position after a name
    level: re.Pattern             # a rank word written glued after a position (ชำนาญการ)
    stop: re.Pattern
    role: re.Pattern
    royal: re.Pattern
    section: re.Pattern
    lead_end: re.Pattern          # a lead word, stop, cue or position ending where a title starts
    glue_name: re.Pattern         # where a glued name ends
    glue_position: re.Pattern     # where a glued position ends
    bad_start: re.Pattern         # a position, role cue or royal word (no name starts with one)
    behalf: re.Pattern            # "แทน": the post the person stands in for follows
    signoff: re.Pattern           # a signer's part after the name (ผู้เห็นชอบโครงการ)
    post_prefix_end: re.Pattern   # รอง / ผู้ช่วย ending where a title starts: part of a post
    post_prefix: re.Pattern       # รอง / ผู้ช่วย: before any post, a deputy's or assistant's post
    group: re.Pattern             # unnamed people a position does not run on into
    nick_lead: re.Pattern         # a nickname's first word (หมอ, พี่): "(หมอแอน)"
    absence: re.Pattern           # an absent member's reason: "(ลาป่วย)" after the post
    post_verb: re.Pattern         # an action verb a bare post never runs on into ("… สาธิต…")
    committee: re.Pattern         # a committee-role cell after a wide gap ("   รองประธานกรรมการ⏎")
    qualifier: re.Pattern         # "(พิเศษ)" right after a title: part of it
    noun_titles: frozenset[str]   # titles that are also common nouns (อาจารย์, สามเณร)
    address_titles: frozenset[str]  # forms of address (คุณ): with a given name alone, no person
    verbs: frozenset[str]         # short verbs that are never a whole family name (มา, ได้)
    company: re.Pattern           # a company's first word: the position runs on to its จำกัด
    unit_lead: re.Pattern         # กลุ่มงาน / ฝ่าย: opens the organization a post wraps onto
    area_chunk: re.Pattern        # a chunk naming an area (เขต…) ending where the search ends
    area_number: re.Pattern       # a number after such a chunk that is no count ("สาขา 5 คน")
    numbered_words: tuple[str, ...]  # words a number after them belongs to (เขต 2, หมู่ที่ 4)
    not_post: re.Pattern          # what a line under a signature opens with when it is no post
    label_end: re.Pattern         # where a ตำแหน่ง label's value ends on its line
    phone: re.Pattern             # a phone number (with its label) right after a name
    phone_lead: frozenset[str]    # the characters `phone` may start with
    degree: re.Pattern            # a degree opening a bracket after a name: "(พ.บ., วว.…)"


def _entries(rules: RuleSet, name: str) -> dict[str, str]:
    return {k: str(v) for k, v in rules.lexicon(name).spec.entries.items()}


def _build(rules: RuleSet) -> PeopleLex:
    titles, monks = _entries(rules, "people_titles"), _entries(rules, "people_monk_titles")
    positions, orgs = _entries(rules, "people_positions"), _entries(rules, "people_org_words")
    stops, roles = _entries(rules, "people_stops"), _entries(rules, "people_roles")
    sections = _entries(rules, "people_sections")
    leads = list(_entries(rules, "people_lead_words"))
    # A glued name is cut at a position word (not the weak ones that occur inside family names),
    # a glued stop phrase or a role cue; a glued position only at stops and event cues.
    cut_positions = [t for t, v in positions.items() if v != "weak" and len(t) >= 3]
    glue_stops = [t for t, v in stops.items() if v == "glue"]
    pos_stops = [t for t, v in stops.items() if v in ("glue", "pos")]
    event_cues = [t for t, v in roles.items() if v in ("chair", "host", "speaker")]
    position, role, royal = (trie_alt(list(positions), pdf_spaces=True), trie_alt(list(roles)),
                             trie_alt(list(_entries(rules, "people_royal"))))
    return PeopleLex(
        titles={**titles, **monks}, positions={unspace(k): v for k, v in positions.items()},
        roles=roles, sections=sections,
        title=trie_alt(list(titles)), monk=trie_alt(list(monks)),
        position=position, org=trie_alt(list(orgs)),
        org_start=trie_alt([t for t, v in orgs.items() if v in ("org", "unit")]),
        org_end=re.compile(trie_alt([t for t, v in orgs.items() if v in ("org", "unit")]).pattern
                           + "$"),
        unit=trie_alt([t for t, v in orgs.items() if v == "unit"]),
        level=trie_alt([t for t, v in orgs.items() if v == "level"]),
        stop=trie_alt(list(stops)), role=role, royal=royal, section=trie_alt(list(sections)),
        lead_end=re.compile(trie_alt(leads + list(stops) + list(roles) + list(positions)).pattern
                            + "$"),
        glue_name=trie_alt(cut_positions + glue_stops + list(roles)),
        glue_position=trie_alt(pos_stops + event_cues),
        # Nothing follows the branches: it matches where any of the three does.
        bad_start=re.compile("|".join(f"(?:{p.pattern})" for p in (position, role, royal))),
        behalf=trie_alt(list(_entries(rules, "people_behalf"))),
        signoff=trie_alt(list(_entries(rules, "people_signoff"))),
        qualifier=trie_alt(list(_entries(rules, "people_title_qualifiers"))),
        post_prefix_end=re.compile(trie_alt(list(_entries(rules, "people_post_prefixes"))).pattern
                                   + "$"),
        post_prefix=trie_alt(list(_entries(rules, "people_post_prefixes"))),
        group=trie_alt([t for t, v in stops.items() if v == "group"]),
        nick_lead=trie_alt(list(_entries(rules, "people_nickname_leads"))),
        absence=trie_alt(list(_entries(rules, "people_absence_reasons"))),
        post_verb=trie_alt(list(_entries(rules, "people_post_verbs"))),
        committee=_committee_cell(list(_entries(rules, "people_committee_roles"))),
        noun_titles=frozenset(_entries(rules, "people_noun_titles")),
        address_titles=frozenset(_entries(rules, "people_address_titles")),
        verbs=frozenset(_entries(rules, "people_verb_words")),
        **_post_parts(rules),
    )


def _post_parts(rules: RuleSet) -> dict:
    """The word lists positions.py and officials.py read around a post, compiled."""
    counts = trie_alt(list(_entries(rules, "people_count_units"))).pattern
    labels = list(_entries(rules, "people_phone_labels"))
    return dict(
        company=trie_alt(list(_entries(rules, "people_company"))),
        degree=trie_alt(list(_entries(rules, "people_degrees"))),
        unit_lead=trie_alt(list(_entries(rules, "people_unit_leads"))),
        area_chunk=re.compile(trie_alt(list(_entries(rules, "people_area_words"))).pattern
                              + r"[^ \t\n]*$"),
        area_number=re.compile(r"[0-9]{1,2}(?![0-9.,]|[ \t]*" + counts + ")"),
        numbered_words=tuple(_entries(rules, "people_numbered_words")),
        not_post=trie_alt(list(_entries(rules, "people_not_post_lines"))),
        label_end=re.compile(r"\n|[ \t]{2,}|[ \t]+(?:"
                             + trie_alt(list(_entries(rules, "people_label_ends"))).pattern
                             + "|[0-9])"),
        # A phone, its last digits masked in published forms ("0815532xxx", "081-553-2XXX").
        phone=re.compile("(?:" + trie_alt(labels).pattern
                         + r"[ \t]*)?0[0-9][0-9xX -]{7,11}[0-9xX](?![0-9A-Za-z])[ \t]*"),
        phone_lead=frozenset(t[0] for t in labels) | {"0"},
    )


def _committee_cell(roles: list[str]) -> re.Pattern:
    """A wide gap (3+ spaces), then a committee role (or two joined by และ) filling the rest of
    the line; an absent member's bracketed reason may follow it."""
    one = trie_alt(roles).pattern
    return re.compile(f"[ ]{{3,}}((?:{one})(?:[ ]?และ[ ]?(?:{one}))?)[ ]*(?=\\n|\\(|$)")


def people_lex(rules: RuleSet) -> PeopleLex:
    """Compiled once per RuleSet (rule sets are cached and immutable)."""
    return rules.derived(_build)
