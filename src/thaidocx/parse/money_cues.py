"""The money cue words (rules/money.toml lexicons), compiled once per RuleSet, and the small
line helpers that the money parser and the budget-table reader share."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from ..ruleset import Lexicon, RuleSet
from ..literal_re import Pattern, literal_regex
from .thainum import NumberWords

# List markers before a line's first word: "-", "•", "1.", "2.1", "(3)", "ก.", table "|".
LIST_MARKER = literal_regex(
    r"[ \t\-–•*●○▪◦|>]*(?:(?:\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|[ก-ฮ][.)])[ \t]*)?")


@dataclass(frozen=True)
class Cues:
    """Cue-word patterns built from the money lexicons."""

    numbers: NumberWords
    currency: Lexicon
    role_lex: Lexicon
    role: Pattern
    not_budget: Pattern
    stage_lex: Lexicon  # money_request_stage: requested / approved
    stage: Pattern
    unit_before: list[tuple[str, bool]]
    unit_after: list[tuple[str, bool]]
    source_start: Pattern
    source_stop: Pattern
    source_label: Pattern
    project_lex: Lexicon
    project: Pattern
    activity: Pattern  # money_project_cue or money_activity_cue: what an agenda item pays for
    funder_join: Pattern  # after an amount: "บาท และ" before another funder's share
    part_of: Pattern  # money_part_of: "จากงบประมาณ…" before a larger total
    spent_by: Pattern  # money_spent_by: "ใช้งบประมาณ" before an activity's own cost
    spent_value: Lexicon  # money_spent_value: value words naming what a spending used
    meeting: Pattern  # a minutes heading (money_meeting_heading) opening a line, not a workshop's
    column_lex: Lexicon
    column: Pattern
    category_lex: Lexicon  # money_category_column: whole header cells naming budget categories
    gift: Pattern  # money_gift: "มอบเงิน" before a donation
    private_giver: Pattern  # money_private_giver: "บริษัท … จำกัด", "ร้าน…"
    sponsor: Pattern  # money_sponsor: "สนับสนุนจาก" before a private giver
    appropriation: Pattern  # money_appropriation ending the text before an amount
    period_report: Pattern  # money_period_report: a periodic work report's heading
    period_mark: Pattern  # money_period_mark: its period (ประจำเดือน …)
    programme: Pattern  # money_programme_heading: a calendar of a period's activities
    balance_lex: Lexicon  # money_balance: open / close rows of a fund's balance statement
    balance: Pattern
    hedges: tuple[str, ...]
    own_budget: Lexicon  # money_own_budget: budget words naming a total after a rate as its own
    fiscal_year: Pattern  # money_fiscal_mark + a year number: "ปีงบ 68", "ปีงบประมาณ 2569"
    this_year: Pattern  # money_this_year: "ปีนี้", "ในปีงบประมาณนี้"
    pool_share: Pattern  # a share per money_pool_unit right after a pool: "หรือครั้งละ", "อำเภอละ"
    pool_places: Pattern  # money_share_out + a count of places: "สำหรับโรงพยาบาล 9 แห่ง"
    # All the terms of unit_before / unit_after: one str.endswith / startswith call tells
    # whether the (rarer) term-by-term loop can find anything at all.
    unit_before_any: tuple[str, ...] = ()
    unit_after_any: tuple[str, ...] = ()
    source_labels: tuple[str, ...] = ()  # one of them is in any source label (_needles)
    fiscal_needles: tuple[str, ...] = ()  # one of them is in any fiscal_year match
    this_year_needles: tuple[str, ...] = ()  # one of them is in any this_year match
    # money_revenue_budget: a budget whose source is an agency's revenue ("งบประมาณเงินรายได้คณะ")
    revenue_budget: Pattern | None = None
    # money_plan_count: a count of several projects before a total ("(3 โครงการ งบประมาณรวม …)"): a plan's sum
    plan_count: Pattern | None = None
    balance_opens: tuple[str, ...] = ()  # the money_balance terms of an opening row ("open")
    count_column: Pattern | None = None  # money_count_column in brackets: "ผู้บริจาค(ราย)" counts
    other_projects: Pattern | None = None  # money_other_projects: a heading over other projects' list
    _scales: dict[str, Decimal] = field(default_factory=dict, compare=False, repr=False)
    _roles: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def role_of(self, term: str) -> str:
        """The money_role_cue value of a cue as matched (one lexicon lookup per term and rule
        set: the lookup normalizes its key, and every amount asks for a few)."""
        value = self._roles.get(term)
        if value is None:
            value = self._roles[term] = str(self.role_lex.get(term))
        return value

    def scale(self, currency: str | None) -> Decimal:
        """The currency word's factor: 1 for บาท, a million for ลบ. (ล้านบาท)."""
        key = currency or ""
        value = self._scales.get(key)
        if value is None:  # one lexicon lookup per currency word and rule set
            value = self._scales[key] = Decimal(str(self.currency.get(key, 1) or 1))
        return value

    def opening_role(self, line: str) -> str | None:
        """The role of the cue word that opens a line (after list markers), if any. A word that
        only looks like a cue (รวมทั้ง "including") opens none: its "none" is no role
        (regression: "รวมทั้ง 41,000 บาท" gave a Budget with role "none", a validation error)."""
        m = self.role.match(line, LIST_MARKER.match(line).end())
        role = self.role_of(m.group()) if m else None
        return None if role == "none" else role

    def pays_out(self, before: str) -> bool:
        """Whether `before` (the clause before an amount) says the money is no budget
        (money_not_budget: spent, donated, income ...; or a sum over several projects, money_plan_count:
        "แผนงานที่ 6 (3 โครงการ งบประมาณรวม 154,860 บาท)"). A budget named after its source of
        revenue ("งบประมาณเงินรายได้คณะ … 64,800 บาท": money_revenue_budget) is still a budget."""
        if self.not_budget.search(before) is None:
            return self.plan_count is not None and self.plan_count.search(before) is not None
        if self.revenue_budget is None or self.revenue_budget.search(before) is None:
            return True
        return self.not_budget.search(self.revenue_budget.sub(" ", before)) is not None

    def unit_before_blocked(self, text: str) -> bool:
        """Whether `text` starts with a look-alike of a rate word ("ต่อเนื่อง")."""
        return any(text.startswith(t) for t, unit in self.unit_after if not unit)

    def strip_hedges(self, before: str) -> str:
        """"เข็มละประมาณ " -> "เข็มละ": drop hedge words at the end of the text before an amount."""
        b = before.rstrip()
        while b.endswith(self.hedges):
            for h in self.hedges:
                if b.endswith(h):
                    b = b[:-len(h)].rstrip()
                    break
        return b

    def mentions_project(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] names a project ("โครงการคัดกรอง…", "โครงการนี้")."""
        return self.project.search(text, start, end) is not None

    def mentions_activity(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] names a project or an activity ("จัดอบรม …")."""
        return self.activity.search(text, start, end) is not None

    def names_project(self, text: str, pos: int) -> bool:
        """Whether a project name ("โครงการคัดกรอง...", not "โครงการนี้") starts at `pos`."""
        m = self.project.match(text, pos)
        return m is not None and bool(self.project_lex.get(m.group()))

    def private_gift(self, text: str, cut: int, start: int) -> bool:
        """Whether text[cut:start], an amount's clause, hands money over (มอบเงิน …) from a private
        giver (บริษัท … จำกัด, ร้าน …), or names the private giver after a sponsorship word
        (สนับสนุนจาก บริษัท …: money_sponsor): a donation."""
        if self.gift.search(text, cut, start) is not None \
                and self.private_giver.search(text, cut, start) is not None:
            return True
        m = self.sponsor.search(text, cut, start)
        return m is not None and self.private_giver.search(text, m.end(), start) is not None

    def balance_rows(self, text: str, start: int, end: int) -> set[str]:
        """The money_balance kinds ("open", "close") named in text[start:end]."""
        return {str(self.balance_lex.get(m.group())) for m in self.balance.finditer(text, start, end)}

    def stage_terms(self, text: str, start: int, end: int) -> tuple[list[int], list[str]]:
        """The money_request_stage terms of text[start:end], in order: their ends and their stages
        ('requested' / 'approved'). Found once per line, so that the stage before each of many
        amounts on one long line is a bisect, not a rescan of the line from its start."""
        ends: list[int] = []
        stages: list[str] = []
        for m in self.stage.finditer(text, start, end):
            ends.append(m.end())
            stages.append(str(self.stage_lex.get(m.group())))
        return ends, stages

    def fiscal_year_in(self, text: str, start: int, end: int) -> int | None:
        """The BE year of the last fiscal year named in text[start:end] ("ปีงบ 68" -> 2568)."""
        year = None
        for m in self.fiscal_year.finditer(text, start, end):
            year = m.group("year")
        if year is None:
            return None
        return int(year) + 2500 if len(year) == 2 else int(year)

    def shared_out(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end], right after a total, shares it out: a share per occasion or
        place ("หรือครั้งละ", "อำเภอละ") or several places it is for ("สำหรับโรงพยาบาล 9 แห่ง")."""
        if self.pool_share.search(text, start, end) is not None:
            return True
        return any(int(m.group("n")) > 1 for m in self.pool_places.finditer(text, start, end))

    def nearest_role(self, window: str) -> str | None:
        """The role of the last cue word in `window` (none-terms only block shorter cues). A sum
        word after a value or an approximate aggregate stays other: "รวมมูลค่าอุปกรณ์ทั้งสิ้น
        744,800 บาท" sums up goods, however it ends."""
        role = None
        for m in self.role.finditer(window):
            r = self.role_of(m.group())
            if r != "none" and not (r == "sum" and role == "other"):
                role = r
        return role


    def spent_value_cue(self, window: str) -> bool:
        """Whether the last cue word in `window` is a value word (money_spent_value) with a
        spending word (money_spent_by) before it: "ใช้งบประมาณ … มูลค่ารวม" names a budget."""
        last = None
        for m in self.role.finditer(window):
            if self.role_of(m.group()) != "none":
                last = m
        return last is not None and bool(self.spent_value.get(last.group())) \
            and self.spent_by.search(window, 0, last.start()) is not None


def _affixes(lex: Lexicon) -> list[tuple[str, bool]]:
    """(term, is_unit) longest first, so "และ" (not a rate) is tested before "ละ"."""
    return sorted(((t, bool(v)) for t, v in lex.table.items()), key=lambda x: -len(x[0]))


def _needles(lex: Lexicon) -> tuple[str, ...]:
    """Text that any match of the lexicon's pattern contains: each term, or with the compact key
    (where "ม.ค." also matches "มค") the part of the term before its first dot."""
    terms = {t.split(".")[0] if lex.spec.key == "compact" else t for t in lex.spec.entries}
    # A term holding a shorter one adds nothing to "is any of them in the text" (one scan less).
    return tuple(sorted(t for t in terms if not any(u != t and u in t for u in terms)))


def cues_for(rules: RuleSet) -> Cues:
    return rules.derived(_build_cues)


def _build_cues(rules: RuleSet) -> Cues:
    lx = rules.lexicon
    cues = Cues(
        numbers=NumberWords.from_rules(rules),
        currency=lx("money_currency"),
        role_lex=lx("money_role_cue"),
        role=literal_regex(lx("money_role_cue").pattern()),
        not_budget=literal_regex(lx("money_not_budget").pattern()),
        stage_lex=lx("money_request_stage"),
        stage=literal_regex(lx("money_request_stage").pattern()),
        unit_before=_affixes(lx("money_unit_before")),
        unit_after=_affixes(lx("money_unit_after")),
        source_start=literal_regex(lx("money_source_start").pattern() + r"|จาก[ \t]?"
                                  + lx("money_source_org").pattern()),
        source_stop=literal_regex(r"[ \t]{2,}|" + lx("money_source_stop").pattern()),
        source_label=literal_regex(r"(?m)^[ \t\-•*|0-9.)]*" + lx("money_source_label").pattern()
                                  + r"[ \t]*[:|]?[ \t]*(?P<src>[^\n|]+)"),
        project_lex=lx("money_project_cue"),
        project=literal_regex(lx("money_project_cue").pattern()),
        activity=literal_regex(lx("money_project_cue").pattern() + "|"
                               + lx("money_activity_cue").pattern()),
        funder_join=literal_regex(r"[ \t]*(?:" + lx("money_funder_join").pattern() + r")[ \t]*"),
        part_of=literal_regex(lx("money_part_of").pattern()),
        spent_by=literal_regex(lx("money_spent_by").pattern()),
        spent_value=lx("money_spent_value"),
        meeting=literal_regex(r"[ \t]*(?:" + lx("money_meeting_heading").pattern() + r")(?![ \t]*(?:"
                              + lx("money_meeting_kind").pattern() + "))"),
        column_lex=lx("money_column"),
        column=literal_regex(lx("money_column").pattern()),
        category_lex=lx("money_category_column"),
        gift=literal_regex(lx("money_gift").pattern()),
        private_giver=literal_regex(lx("money_private_giver").pattern()),
        sponsor=literal_regex(lx("money_sponsor").pattern()),
        appropriation=literal_regex("(?:" + lx("money_appropriation").pattern()
                                    + r")[ \t]*(?:จำนวนเงิน|จำนวน|เป็นเงิน)?[ \t]*$"),
        period_report=literal_regex(lx("money_period_report").pattern()),
        period_mark=literal_regex(lx("money_period_mark").pattern()),
        programme=literal_regex(lx("money_programme_heading").pattern()),
        balance_lex=lx("money_balance"),
        balance=literal_regex(lx("money_balance").pattern()),
        hedges=tuple(sorted(lx("money_hedge").table, key=len, reverse=True)),
        own_budget=lx("money_own_budget"),
        fiscal_year=literal_regex("(?:" + lx("money_fiscal_mark").pattern()
                                  + r")[ \t]*(?:พ\.[ \t]?ศ\.?[ \t]*)?(?P<year>[0-9]{4}|[0-9]{2})(?![0-9])"),
        this_year=literal_regex(lx("money_this_year").pattern()),
        pool_share=literal_regex("(?:" + lx("money_pool_unit").pattern() + ")ละ"),
        pool_places=literal_regex("(?:" + lx("money_share_out").pattern()
                                  + r")[^0-9\n]{0,30}?(?<![0-9.,])(?P<n>[0-9]{1,3})[ \t]*(?:"
                                  + "|".join(sorted((t for t, v in lx("money_pool_unit").table.items()
                                                     if v == "place"), key=len, reverse=True)) + ")"),
        unit_before_any=tuple(lx("money_unit_before").table),
        unit_after_any=tuple(lx("money_unit_after").table),
        source_labels=_needles(lx("money_source_label")),
        fiscal_needles=_needles(lx("money_fiscal_mark")),
        this_year_needles=_needles(lx("money_this_year")),
        revenue_budget=literal_regex(lx("money_revenue_budget").pattern()),
        # (?<![0-9.,])(?:[2-9]|[1-9][0-9]{1,3}) with its first digit first: a search then skips
        # to the next digit at C speed instead of trying the lookbehind everywhere (only whether
        # it is found is asked, and that is the same).
        plan_count=literal_regex(r"[1-9](?<![0-9.,].)(?:(?<=[2-9])|[0-9]{1,3})[ \t]*(?:"
                                 + lx("money_plan_count").pattern() + ")"),
        balance_opens=tuple(t for t, v in lx("money_balance").spec.entries.items() if v == "open"),
        count_column=literal_regex(r"\([ \t]*(?:" + lx("money_count_column").pattern() + r")[ \t]*\)"),
        other_projects=literal_regex(r"(?m)(?:" + lx("money_other_projects").pattern()
                                     + r")(?=[ \t]*(?:ๆ[ \t]*)?(?:ของ|ใน|ที่|[:：]|$))"),
    )
    return cues


SOURCE_WINDOW = 160  # how far back a funding-source phrase may start


class Amount(Protocol):
    """What the role passes read of an amount (money.py's _Amount)."""
    start: int
    end: int
    value: Decimal


Bounds = list[tuple[int, int]]  # each amount's line (start, end)


def clause_start(ls: int, start: int, prev_end: int | None) -> int:
    """Where the clause of an amount at `start` begins: on its line (starting at `ls`), after the
    amount before it when that one is on the same line, at most SOURCE_WINDOW back."""
    return max(ls, start - SOURCE_WINDOW, prev_end if prev_end is not None and prev_end > ls else 0)


def line_starts(text: str) -> list[int]:
    """The offset of each line's first character (after every "\n")."""
    starts, pos = [0], text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


class Lines:
    """The text and the offsets where its lines start: the line of any offset in O(log n),
    so that one long line holding thousands of amounts is never rescanned per amount."""

    def __init__(self, text: str, starts: tuple[int, ...] | list[int] | None = None) -> None:
        """`starts`: the line starts when already known (Sections.line_starts)."""
        self.text = text
        self.starts = starts if starts is not None else line_starts(text)

    def bounds(self, pos: int) -> tuple[int, int]:
        """[start, end) of the line holding offset `pos` (end excludes the newline)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def previous(self, line_start: int) -> tuple[int, int] | None:
        """[start, end) of the line above the one starting at `line_start`."""
        return self.bounds(line_start - 1) if line_start > 0 else None
