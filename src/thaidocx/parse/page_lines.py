"""Page chrome told by single lines, besides the headed sections of sections.py: links to the
neighbour pages ("◄ ข่าวก่อนหน้า : <another headline> (1,000 บาท/คน/เดือน)"), inline sponsored
lines ("📢 Sponsored : ประกัน … 500,000 บาท"), news-ticker lines ("▶ ข่าววิ่ง : … || …"), and the readers' comments under a post's comment
counter ("ป้ายกำกับ: …  |  💬 3 ความคิดเห็น", page_comments.py). And the reverse: a record's own footer line
("ปรับปรุงข้อมูลเมื่อ 18 ต.ค. 2567", "อัปเดตล่าสุด 13 ก.พ. 2568") below a comments or related list
is the record's, not chrome, and so are the site footer's address line (the page owner's province) and a
blog's about-the-author line ("เกี่ยวกับผม : นาย… สาธารณสุขอำเภอ…"). The words are data (rules/sections.toml: page_link_labels,
ad_markers, comment_count_words, record_footer_labels). The pipeline applies `with_page_lines`
after sections.find_sections, before the page chrome is blanked."""
from __future__ import annotations

import re
from dataclasses import replace

from ..ruleset import RuleSet
from ..sections import Sections, merged_spans
from .page_comments import (comment_blocks, comment_spans, comment_stamp_regex, line_span, signed_headers,
                            submitter_replies)
from .page_calendar import calendar_spans
from .related_lists import related_lists
from .teaser_blocks import teaser_spans
from ..sections import PROSE_MIN as PROSE  # characters: a line this long is article prose

_ARROWS = "◄►«»‹›<>←→◀▶❮❯⟨⟩➜➤"
# Emoji and pictographs leading a line ("📢 Sponsored : …").
_EMOJI = r"[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d \t]*"
# A site footer's address line at a line's start: a province and its postcode ("โรงพยาบาลนาแก
# อำเภอนาแก จังหวัดนครพนม 48130   โทรศัพท์ …"). It names the page's owner, not another page.
_SITE_ADDRESS = re.compile(r"\n[^\s][^\n]*?(?:จังหวัด|จ\.)[ \t]?[\u0e01-\u0e4e]+[ \t]+[1-9][0-9]{4}(?![0-9])")
_NEXT_CELL = re.compile(r"[ \t]*(?:[|·•]|[ \t]{2})")


LINK_KIND = 12  # Thai letters of a page kind's word before a direction label ("อัลบั้ม", "คลิปข่าว")


def _link_regex(rules: RuleSet) -> re.Pattern:
    """A neighbour-page link line, with its newline before it: after an arrow any label; without
    one, a label followed by a colon, an arrow, a wide gap or the line's end."""
    labels = rules.lexicon("page_link_labels").pattern()
    arrow = f"[{_ARROWS}]"
    # After an arrow, a page kind's word may come before a bare direction label and a colon
    # ("◄ อัลบั้มก่อนหน้า : …", "► คลิปถัดไป : …", "◄ ย้อนกลับ").
    kind = rf"[\u0e01-\u0e4e]{{1,{LINK_KIND}}}?(?:ก่อนหน้า|ถัดไป)[ \t]*[:：]|ย้อนกลับ(?![\u0e00-\u0e7f])"
    return re.compile(rf"\n[ \t]*(?:{arrow}+[ \t]*(?:(?:{labels})(?![\u0e00-\u0e7fA-Za-z])|{kind})"
                      rf"|(?:{labels})[ \t]*(?::|{arrow}|[ \t]{{2}}|\r?(?=\n|\Z)))")


TICKER_SEPARATORS = 2  # "::" after an urgent label's own: its notices strung together ("… :: … ::")


def _ticker_regex(rules: RuleSet) -> re.Pattern:
    """A news-ticker line (rules/sections.toml ticker_labels), with its newline before it: after
    emoji or arrows, a label and a colon, an arrow, a bar or a wide gap. Group "urgent" holds an
    urgent-news or headline label (chrome only on a line of notices joined by "||" or "::", see
    _ticker_lines: ":: ข่าวเด่น :: … :: … ::")."""
    entries = rules.lexicon("ticker_labels").spec.entries

    def alt(kind: str) -> str:
        return "|".join(re.escape(t) for t in sorted((t for t, v in entries.items() if v == kind),
                                                      key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\n{_EMOJI}(?:[{_ARROWS}]|::|\|\|?)*{_EMOJI}(?:(?:{alt('ticker')})|(?P<urgent>{alt('urgent')}))"
                      rf"[ \t]*(?:[:：|{_ARROWS}]|[ \t]{{2}})")


def _ticker_label_regex(rules: RuleSet) -> re.Pattern:
    """Any ticker label: every ticker line holds one (the usual text none, told by one fast
    scan for the labels' first letters instead of trying the line pattern at every newline)."""
    return re.compile("|".join(re.escape(t) for t in rules.lexicon("ticker_labels").spec.entries)
                      or "(?!)")


def _ticker_lines(body: str, text: str, rules: RuleSet) -> list[tuple[int, int]]:
    """The news-ticker lines of the text (`body` is the text after a newline)."""
    out: list[tuple[int, int]] = []
    if not rules.derived(_ticker_label_regex).search(text):
        return out
    for m in rules.derived(_ticker_regex).finditer(body):
        s, e = line_span(text, m.start())
        if e - s < PROSE and (m.group("urgent") is None or text.count("||", s, e) >= 1
                              or text.count("::", m.end(), e) >= TICKER_SEPARATORS):
            out.append((s, e))
    return out


def _ad_line_regex(rules: RuleSet) -> re.Pattern:
    """A line opening (after emoji) with an advertisement marker and a colon, going on with the
    ad itself ("📢 Sponsored : ประกันอุบัติเหตุ …"), with its newline before it."""
    return re.compile(rf"\n{_EMOJI}(?:{rules.lexicon('ad_markers').pattern()})[ \t]*[:：][ \t]*[^\s]")


_RULE = r"[-–—─━═_=~*]{3,}"  # a run of rule characters drawing a box's edge
_CLOSING_RULE = re.compile(r"[ \t]*[-–—─━═_=~*]{3,}[ \t]*$")
RULED_AD_LINES = 4  # an ad block's lines under its ruled label, at most


def _ruled_ad_regex(rules: RuleSet) -> re.Pattern:
    """An advertisement marker between runs of rule characters ("━━━━  โฆษณา  ━━━━", "——— โฆษณา
    ———  ร้าน… 990.-"), with its newline before it; group "rest" holds the ad when it goes on
    on the same line."""
    return re.compile(rf"\n[ \t]*{_RULE}[ \t]*(?:{rules.lexicon('ad_markers').pattern()})[ \t]*{_RULE}"
                      r"[ \t]*(?P<rest>[^\n]*)")


def _ruled_ads(body: str, text: str, rules: RuleSet) -> list[tuple[int, int]]:
    """Advertisements labelled between rules: the label line with the ad on it, or the label
    line and the ad's lines under it up to a closing rule line (taken too), a blank line or a
    line of prose (RULED_AD_LINES at most). `body` is the text after a newline."""
    out = []
    for m in rules.derived(_ruled_ad_regex).finditer(body):
        s, e = line_span(text, m.start())
        if e - s >= PROSE:
            continue
        if not m.group("rest").strip():
            for _ in range(RULED_AD_LINES):
                if e >= len(text):
                    break
                a, b = line_span(text, e + 1)
                if not text[a:b].strip() or b - a >= PROSE:
                    break
                e = b
                if _CLOSING_RULE.match(text, a, b):
                    break
        out.append((s, e))
    return out


def _counter_words(rules: RuleSet, kind: int) -> str:
    entries = rules.lexicon("site_counter_words").spec.entries
    return "|".join(re.escape(t) for t in sorted((t for t, v in entries.items() if v == kind),
                                                 key=len, reverse=True)) or "(?!)"


def _site_counter_word(rules: RuleSet) -> re.Pattern:
    return re.compile(rf"(?i){rules.lexicon('site_counter_words').pattern()}")


_COUNT_CELL = (r"[ \t]*[:：]?[ \t]*[0-9][0-9,]*[ \t]*(?:คน|ราย|ท่าน|ครั้ง|users?|visitors?)?"
               r"(?=[ \t]*(?:[|·•]|[ \t]{2}|\r?\n|\Z))")
# A page's footer or post line, which a plain "ผู้ชม 611 คน" / "ออนไลน์ 17 คน" cell is a counter of: a
# copyright mark, a release number, a posting date's label or a numeric date on the same line.
_META_SIGN = re.compile(r"(?i)©|\(c\)|copyright|สงวนลิขสิทธิ์|ลงวันที่|ข่าวที่|โพสต์|เผยแพร่|ลงข่าว"
                        r"|(?<![0-9])[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}(?![0-9])")


def _site_counter_regex(rules: RuleSet) -> re.Pattern:
    """A site's visitor counter as a cell of its own ("… | ผู้ใช้งานออนไลน์ 37 คน", rules/title.toml
    site_counter_words): at a line's start or after a bar, a dot or a wide gap, its word, a count
    and a unit, closing the line or before another cell. The cell only: the line may hold the
    post's own date. A plain word (value 2: "ผู้ชม", "ออนไลน์") only after another cell, see
    _site_counters."""
    return re.compile(rf"(?i)(?:\A|(?<=[\n|·•])|(?<=[ \t]{{2}}))[ \t]*(?:{_counter_words(rules, 1)})"
                      + _COUNT_CELL)


def _plain_counter_regex(rules: RuleSet) -> re.Pattern:
    """A plain counter word's cell after another cell (a bar, a dot or a wide gap before it)."""
    return re.compile(rf"(?i)(?:(?<=[|·•])|(?<=[ \t]{{2}}))[ \t]*(?:{_counter_words(rules, 2)})" + _COUNT_CELL)


def _site_counters(text: str, rules: RuleSet) -> list[tuple[int, int]]:
    """The visitor counters' cells: a counter word's (value 1) anywhere, a plain word's (value 2:
    "ผู้ชม 611 คน", "ออนไลน์ 17 คน") on a footer or post line only (_META_SIGN): a hybrid meeting's
    "ห้องประชุม 30 คน | ออนไลน์ 17 คน" counts people."""
    if not rules.derived(_site_counter_word).search(text):  # (a cheap pre-check: mostly none)
        return []
    out = [m.span() for m in rules.derived(_site_counter_regex).finditer(text)]
    for m in rules.derived(_plain_counter_regex).finditer(text):
        s, e = line_span(text, m.start())
        if _META_SIGN.search(text, s, e):
            out.append(m.span())
    return out


def _footer_regex(rules: RuleSet) -> re.Pattern:
    """A record's footer line at a line's start, holding a digit (its date), newline before it."""
    labels = rules.lexicon("record_footer_labels").pattern()
    return re.compile(rf"\n(?:{labels})[ \t]*:?[^\n]*?[0-9๐-๙]")


def _profile_regex(rules: RuleSet) -> re.Pattern:
    """An about-the-author line at a line's start: its label and a colon, newline before it."""
    return re.compile(rf"\n(?:{rules.lexicon('author_profile_labels').pattern()})[ \t]*[:：]")


def _carved(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` without the `holes` (both sorted and disjoint), in one pass over each."""
    out: list[tuple[int, int]] = []
    k = 0
    for a, b in spans:
        while k < len(holes) and holes[k][1] <= a:
            k += 1
        j = k
        while j < len(holes) and holes[j][0] < b:
            h, e = holes[j]
            if h > a:
                out.append((a, h))
            a = max(a, e)
            j += 1
        if b > a:
            out.append((a, b))
    return out


def with_page_lines(text: str, sections: Sections, rules: RuleSet) -> Sections:
    """`sections` with neighbour-page links, inline sponsored lines and comments under a counter
    added to its page chrome, and record footer lines taken out of it."""
    body = "\n" + text  # (matches are found with their newline: offsets shift by one)
    extra = []
    for build in (_link_regex, _ad_line_regex, comment_stamp_regex):
        for m in rules.derived(build).finditer(body):
            s, e = line_span(text, m.start())
            if e - s < PROSE:
                extra.append((s, e))
    extra += _site_counters(text, rules)
    extra += _ticker_lines(body, text, rules)
    extra += _ruled_ads(body, text, rules)
    extra += comment_spans(text, sections, rules)
    extra += related_lists(text, sections, rules)
    extra += calendar_spans(text, rules)
    extra += teaser_spans(text, rules)
    others, owner = comment_blocks(text, rules)
    extra += others
    spans = merged_spans(sorted([*sections.elsewhere, *extra])) if extra else list(sections.elsewhere)
    if spans:
        holes = []
        for m in rules.derived(_footer_regex).finditer(body):
            s, e = line_span(text, m.start())
            if e - s < PROSE:  # the label and its date: up to the next cell (a view count)
                cell = _NEXT_CELL.search(text, m.end() - 1, e)
                holes.append((s, cell.start() if cell else e))
        for m in rules.derived(_profile_regex).finditer(body):  # the page's author
            s, e = line_span(text, m.start())
            if e - s < PROSE:
                holes.append((s, e))
        for m in _SITE_ADDRESS.finditer(body):  # the page owner's address: its province
            s, e = line_span(text, m.start())
            if e - s < PROSE:
                holes.append((s, e))
        holes += owner
        holes += signed_headers(text, spans, rules)
        holes += submitter_replies(text, spans, rules)
        if holes:
            holes = merged_spans(sorted(holes))
            spans = [(a, b) for a, b in _carved(spans, holes) if text[a:b].strip()]
    if spans == list(sections.elsewhere):
        return sections
    return replace(sections, elsewhere=tuple(spans))
