"""Page chrome told by single lines, besides the headed sections of sections.py: links to the
neighbour pages ("◄ ข่าวก่อนหน้า : <another headline> (1,000 บาท/คน/เดือน)"), inline sponsored
lines ("📢 Sponsored : ประกัน … 500,000 บาท"), news-ticker lines ("▶ ข่าววิ่ง : … || …"), and the readers' comments under a post's comment
counter ("ป้ายกำกับ: …  |  💬 3 ความคิดเห็น"). And the reverse: a record's own footer line
("ปรับปรุงข้อมูลเมื่อ 18 ต.ค. 2567", "อัปเดตล่าสุด 13 ก.พ. 2568") below a comments or related list
is the record's, not chrome, and so are the site footer's address line (the page owner's province) and a
blog's about-the-author line ("เกี่ยวกับผม : นาย… สาธารณสุขอำเภอ…"). The words are data (rules/sections.toml: page_link_labels,
ad_markers, comment_count_words, record_footer_labels). The pipeline applies `with_page_lines`
after sections.find_sections, before the page chrome is blanked."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..ruleset import RuleSet
from ..sections import PROSE_LINE, Sections, merged_spans
from .related_lists import related_lists
from ..sections import PROSE_MIN as PROSE  # characters: a line this long is article prose

_ARROWS = "◄►«»‹›<>←→◀▶❮❯⟨⟩➜➤"
_DIGIT = re.compile(r"[0-9๐-๙]")
# Emoji and pictographs leading a line ("📢 Sponsored : …").
_EMOJI = r"[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d \t]*"
# What stands before a comment counter on its line: nothing, a bar, a dot or a wide gap.
_CELL_START = re.compile(r"(?m)(?:^|[|·•]|[ \t]{2})[ \t]*$")  # (?m): ^ after the newline
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
        s, e = _line_span(text, m.start())
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
        s, e = _line_span(text, m.start())
        if e - s >= PROSE:
            continue
        if not m.group("rest").strip():
            for _ in range(RULED_AD_LINES):
                if e >= len(text):
                    break
                a, b = _line_span(text, e + 1)
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
        s, e = _line_span(text, m.start())
        if _META_SIGN.search(text, s, e):
            out.append(m.span())
    return out


def _comment_stamp_regex(rules: RuleSet) -> re.Pattern:
    """A blog comment's timestamp line, the date and "at" its clock time ("10 มีนาคม 2026 at
    07:32", "9 มี.ค. 2569 at 8:15 pm"), with its newline before it: when a comment was written,
    no date of the activity (the comment's text below it stays)."""
    months = "|".join(rules.lexicon(n).pattern() for n in ("date_month_full", "date_month_abbr"))
    return re.compile(rf"\n[ \t]*[0-9]{{1,2}}[ \t]*(?:{months})[ \t]*[0-9]{{4}},?[ \t]+at[ \t]+"
                      r"[0-9]{1,2}[:.][0-9]{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|น\.))?[ \t\r]*(?=\n|\Z)")


def _counter_regex(rules: RuleSet) -> re.Pattern:
    """A comment counter closing its line: an optional speech bubble, a count, the word; or the
    word, a count and its unit ("ความคิดเห็น 23 รายการ"), the bar's share count or sort button
    possibly after it ("   แชร์ 17 ครั้ง", "   ≡ เรียงตาม")."""
    words = rules.lexicon("comment_count_words").pattern()
    units = rules.lexicon("comment_count_units").pattern()
    bar = rules.lexicon("social_bar_cells").pattern()
    # A blog's counter over its comments names the post: '4 responses to "<headline>"'.
    count_first = (rf"(?:[\U0001f4ac\U0001f5e8]\ufe0f?[ \t]*)?[0-9][0-9,]*[ \t]*(?:{words})"
                   r"(?:[ \t]+(?:to|on|ใน|ต่อ)[ \t]+[\"“”'‘’«][^\n]{1,%d}?[\"“”'‘’»])?" % PROSE)
    word_first = rf"(?:{words})[ \t]*[0-9][0-9,.]*[ \t]*(?:พัน|หมื่น|[KkMm])?[ \t]*(?:{units})"
    cell = (rf"(?:[ \t]{{2,}}|[ \t]*[|·•][ \t]*)[^\s\u0e00-\u0e7fA-Za-z0-9]{{0,3}}[ \t]*"
            rf"(?:[0-9][0-9,.]*[ \t]*)?(?:{bar})[^\n|·•]{{0,20}}?")
    return re.compile(rf"(?:{count_first}|{word_first})(?:{cell})*[ \t\r]*(?=\n|\Z)")


def _counter_word_regex(rules: RuleSet) -> re.Pattern | None:
    """Any comment count word, every counter holds one; None when the counter's words may hold a
    line break (no "exact" key), see _counters."""
    names = ("comment_count_words", "comment_count_units", "social_bar_cells")
    if any(rules.lexicon(n).spec.key != "exact" or any("\n" in t for t in rules.lexicon(n).spec.entries)
           for n in names):
        return None
    return re.compile(rules.lexicon("comment_count_words").pattern())


def _counters(text: str, rules: RuleSet) -> Iterator[re.Match]:
    """The comment counters of the text, as _counter_regex's finditer over it finds them. A
    counter lies inside one line (no part of it crosses a line break) holding a count word:
    only such lines are scanned (the pattern, tried at every character, costs ~0.1 µs each)."""
    counter = rules.derived(_counter_regex)
    words = rules.derived(_counter_word_regex)
    if words is None:
        yield from counter.finditer(text)
        return
    done = 0  # the end of the last line scanned
    for w in words.finditer(text):
        if w.start() < done:
            continue
        s = text.rfind("\n", 0, w.start()) + 1
        e = text.find("\n", w.end())
        done = len(text) if e == -1 else e + 1  # with its newline: the lookahead sees it
        yield from counter.finditer(text, s, done)


MIN_NAME = 4  # characters: a shorter first line is no page name
COMMENT_LINES = 4  # a comment's lines above its action bar (author, text), at most
BAR_MAX = 100  # characters: a comment's action bar is short
_CELL_EDGE = re.compile(r"(?m)(?:^|[ \t]{2}|\t|[|·•])[ \t]*$")
_AUTHOR_MARKS = " \t\r↳↪└@"  # stripped from a comment's author line ("    ↳ <page name>")
OWNER_LINES = 10  # the page's name stands among the first lines (its header, its post's author)


def _reply_regex(rules: RuleSet) -> re.Pattern:
    return re.compile(rf"(?:{rules.lexicon('comment_reply_words').pattern()})"
                      rf"(?=[ \t]{{2}}|[ \t]*[|·•]|[ \t\r]*(?:\n|\Z))")


def _like_regex(rules: RuleSet) -> re.Pattern:
    return re.compile(rules.lexicon("comment_like_words").pattern())


def _comment_blocks(text: str, rules: RuleSet) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Comments (and replies) closed by their action bar ("1 วัน   ถูกใจ   ตอบกลับ", "👍 21   👎
    ตอบกลับ", "ถูกใจ · ตอบกลับ · 1 ชม."): the bar, a short line holding a reply word as a cell of its
    own and a like word, with the comment's lines above it up to a blank line, the previous bar
    or a line of prose (COMMENT_LINES at most). (others' blocks, the page's own replies): a reply
    whose author line is the page's name (one of its first lines, above the first comment) speaks for the page (the next
    round's date it gives is the post's), and is no chrome."""
    reply_words = rules.lexicon("comment_reply_words").spec.entries
    if not any(w in text for w in reply_words):
        return [], []  # (the usual case, told without a scan)
    out: list[tuple[int, int]] = []
    owner: list[tuple[int, int]] = []
    last = 0  # the end of the block found last: a block stops at the bar above it
    names: set[str] | None = None  # the page's name: its first lines above the first comment
    for m in rules.derived(_reply_regex).finditer(text):
        s, e = _line_span(text, m.start())
        if s < last or e - s > BAR_MAX or not _CELL_EDGE.search(text, s, m.start()) \
                or not rules.derived(_like_regex).search(text, s, e):
            continue
        top = s
        for _ in range(COMMENT_LINES):
            if top == 0:
                break
            a = text.rfind("\n", 0, top - 1) + 1
            line = text[a:top - 1]
            if not line.strip() or top - 1 - a >= PROSE or a < last:
                break
            top = a
        if names is None:
            head = text[:top].split("\n", OWNER_LINES)[:OWNER_LINES]
            names = {n for n in (line.strip(_AUTHOR_MARKS) for line in head) if len(n) >= MIN_NAME}
        first = text[top:text.find("\n", top, e) if "\n" in text[top:e] else e]
        author = first.strip(_AUTHOR_MARKS)  # (it opens with the name: a repair may join the text on)
        (owner if top < s and any(author.startswith(n) for n in names) else out).append((top, e))
        last = e
    if names is None:  # no comment closed by a bar: the page's name is its first line
        first_line = text.lstrip().split("\n", 1)[0].strip(_AUTHOR_MARKS)
        names = {first_line} if len(first_line) >= MIN_NAME else set()
    return out, owner + _marked_replies(text, names, owner)


# A reply's author line in a thread: indented, a reply mark, the author ("   ↳ <page name>  ผู้เขียน").
_REPLY_AUTHOR = re.compile(r"(?m)^(?P<indent>[ \t]*)[↳↪└][ \t]*(?P<author>[^\n]+)")


def _marked_replies(text: str, names: set[str], owner: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The page's own replies that no action bar closes: a reply-marked author line naming the page,
    and the lines under it indented deeper (its text), up to COMMENT_LINES lines; the next
    commenter's name at a shallower indent ends it."""
    if not names or not any(c in text for c in "↳↪└"):
        return []
    out: list[tuple[int, int]] = []
    for m in _REPLY_AUTHOR.finditer(text):
        s, e = _line_span(text, m.start())
        if any(a <= s < b for a, b in owner) or not any(m.group("author").startswith(n) for n in names):
            continue
        depth = len(m.group("indent").expandtabs())
        for _ in range(COMMENT_LINES):
            if e >= len(text):
                break
            a, b = _line_span(text, e + 1)
            line = text[a:b].expandtabs()
            if not line.strip() or len(line) - len(line.lstrip()) <= depth:
                break
            e = b
        if e > _line_span(text, m.start())[1]:
            out.append((s, e))
    return out


def _footer_regex(rules: RuleSet) -> re.Pattern:
    """A record's footer line at a line's start, holding a digit (its date), newline before it."""
    labels = rules.lexicon("record_footer_labels").pattern()
    return re.compile(rf"\n(?:{labels})[ \t]*:?[^\n]*?[0-9๐-๙]")


def _profile_regex(rules: RuleSet) -> re.Pattern:
    """An about-the-author line at a line's start: its label and a colon, newline before it."""
    return re.compile(rf"\n(?:{rules.lexicon('author_profile_labels').pattern()})[ \t]*[:：]")


def _line_span(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the line holding `start`."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", start)
    return s, len(text) if e == -1 else e


def _comment_spans(text: str, sections: Sections, rules: RuleSet) -> list[tuple[int, int]]:
    """The lines under a comment counter, after the page's content (a line of prose above it,
    or the page's second half: a post line at the top counting comments opens nothing), up to a
    line of prose, a content heading (a heading term of another kind, no digit) or the end."""
    out: list[tuple[int, int]] = []
    prose = None  # where the first line of prose starts (looked for once, when first needed)
    for m in _counters(text, rules):
        s, e = _line_span(text, m.start())
        if (out and s < out[-1][1]) or e - s >= PROSE or not _CELL_START.search(text, s, m.start()):
            continue  # (one inside the comments found already: each line is walked once)
        if 2 * s < len(text):
            if prose is None:
                p = PROSE_LINE.search(text)
                prose = p.start() if p else len(text)
            if prose >= s:
                continue
        first = sections.line_of(e + 1) if e < len(text) else len(sections.line_starts)
        end = len(text)
        for j in range(first, len(sections.line_starts)):
            a = sections.line_starts[j]
            b = text.find("\n", a)
            b = len(text) if b == -1 else b
            kind = sections.own[j]
            if b - a >= PROSE or (kind not in (None, "elsewhere")
                                  and not _DIGIT.search(text, a, b)):
                end = a
                break
        if end > e + 1:
            out.append((e + 1, end))
    return out


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
    for build in (_link_regex, _ad_line_regex, _comment_stamp_regex):
        for m in rules.derived(build).finditer(body):
            s, e = _line_span(text, m.start())
            if e - s < PROSE:
                extra.append((s, e))
    extra += _site_counters(text, rules)
    extra += _ticker_lines(body, text, rules)
    extra += _ruled_ads(body, text, rules)
    extra += _comment_spans(text, sections, rules)
    extra += related_lists(text, sections, rules)
    others, owner = _comment_blocks(text, rules)
    extra += others
    spans = merged_spans(sorted([*sections.elsewhere, *extra])) if extra else list(sections.elsewhere)
    if spans:
        holes = []
        for m in rules.derived(_footer_regex).finditer(body):
            s, e = _line_span(text, m.start())
            if e - s < PROSE:  # the label and its date: up to the next cell (a view count)
                cell = _NEXT_CELL.search(text, m.end() - 1, e)
                holes.append((s, cell.start() if cell else e))
        for m in rules.derived(_profile_regex).finditer(body):  # the page's author
            s, e = _line_span(text, m.start())
            if e - s < PROSE:
                holes.append((s, e))
        for m in _SITE_ADDRESS.finditer(body):  # the page owner's address: its province
            s, e = _line_span(text, m.start())
            if e - s < PROSE:
                holes.append((s, e))
        holes += owner
        if holes:
            holes = merged_spans(sorted(holes))
            spans = [(a, b) for a, b in _carved(spans, holes) if text[a:b].strip()]
    if spans == list(sections.elsewhere):
        return sections
    return replace(sections, elsewhere=tuple(spans))
