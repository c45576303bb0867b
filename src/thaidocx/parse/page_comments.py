"""The readers' comments of a scraped page, page chrome (page_lines.py): the lines under a post's
comment counter ("ป้ายกำกับ: …  |  💬 3 ความคิดเห็น"), comments closed by their action bar ("ถูกใจ ·
ตอบกลับ"), a blog comment's timestamp line; and the page's own replies among them, and the header lines of
comments signed by a titled person with a post (signed_headers), which are no chrome (the words are data: rules/sections.toml comment_count_words, comment_reply_words …)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..ruleset import RuleSet
from ..sections import PROSE_LINE, Sections
from ..sections import PROSE_MIN as PROSE  # characters: a line this long is article prose

_DIGIT = re.compile(r"[0-9๐-๙]")
# What stands before a comment counter on its line: nothing, a bar, a dot or a wide gap.
_CELL_START = re.compile(r"(?m)(?:^|[|·•]|[ \t]{2})[ \t]*$")  # (?m): ^ after the newline


def comment_stamp_regex(rules: RuleSet) -> re.Pattern:
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


def comment_blocks(text: str, rules: RuleSet) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
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
        s, e = line_span(text, m.start())
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
        s, e = line_span(text, m.start())
        if any(a <= s < b for a, b in owner) or not any(m.group("author").startswith(n) for n in names):
            continue
        e = _deeper_lines_end(text, e, len(m.group("indent").expandtabs()), len(text))
        if e > line_span(text, m.start())[1]:
            out.append((s, e))
    return out


def _signed_regex(rules: RuleSet) -> re.Pattern:
    """A comment's header line signed by a titled person with a post, then its stamp after a dot, a bar
    or a spaced dash: "▸ นายมาหามะ ลาเต๊ะ กรรมการกองทุนฯ … — 24 ม.ค. 2568 16:20", "นางพรทิพย์ ชาวดอน  พี่เลี้ยงโครงการ ·
    28 ม.ค. 68 08:12" (people_titles, people_positions; the stamp a day and a month)."""
    titles = rules.lexicon("people_titles").pattern()
    posts = rules.lexicon("people_positions").pattern()
    months = "|".join(rules.lexicon(n).pattern() for n in ("date_month_full", "date_month_abbr"))
    return re.compile(rf"(?m)^[ \t]*(?:[▸▹►•*↳↪-][ \t]*)?(?:{titles})[ \t]?[\u0e01-\u0e4e]+[ \t]+"
                      rf"[\u0e01-\u0e4e]+[ \t]+(?:{posts})[^\n·•—–|]*?(?:[·•—–|]|[ \t]-(?=[ \t]))[ \t]*"
                      rf"[0-9]{{1,2}}[ \t]*"
                      rf"(?:{months})[ \t]*[0-9]{{2,4}}(?![0-9])[^\n]*$")


def signed_headers(text: str, spans: list[tuple[int, int]], rules: RuleSet) -> list[tuple[int, int]]:
    """The header lines, inside the page chrome `spans`, of comments signed by a titled person with a
    post (_signed_regex): on a local fund's page the project's mentor (พี่เลี้ยง) and the fund's
    committee members write their follow-up notes as comments; the writer, the post and the day are
    data, no chrome. The comment's text under it stays chrome, and so does an anonymous reader's
    comment (a user handle, a name without a title or without a post)."""
    signed = rules.derived(_signed_regex)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in signed.finditer(text, a, b):
            if m.end() - m.start() < PROSE:
                out.append((m.start(), m.end()))
    return out


# A user handle (latin, a dot, an underscore or a dash inside) in brackets or after a colon on a line.
_HANDLE = re.compile(r"(?:[(\[][ \t]*|:[ \t]*)(?P<h>[A-Za-z][A-Za-z0-9_.\-]{2,}[A-Za-z0-9])(?=[ \t]*[)\]]|[ \t]*$)", re.M)
# A comment's author line: marks, the author, a separator (a spaced dash or dot, a bar, two spaces, the end).
_AUTHOR = re.compile(r"(?m)^(?P<indent>[ \t]*)[▸▹►•*↳↪└@-]?[ \t]*(?P<h>[A-Za-z][A-Za-z0-9_.\-]*[A-Za-z0-9])"
                     r"(?=[ \t]+[—–·|-][ \t]|[ \t]{2}|[ \t]*$)")


def _submitters(text: str, rules: RuleSet) -> set[str]:
    """The user handles the page names as the project's submitter or recorder (page_submitter_words
    on the handle's line: "● ยื่นเสนอโครงการ …… 20 ม.ค. 2568  (somchai.k)", "ผู้บันทึก : somchai.k")."""
    out: set[str] = set()
    for w in rules.lexicon("page_submitter_words").spec.entries:
        i = text.find(w)
        while i != -1:
            s, e = line_span(text, i)
            out.update(m.group("h") for m in _HANDLE.finditer(text, s, e))
            i = text.find(w, e)
    return out


def submitter_replies(text: str, spans: list[tuple[int, int]], rules: RuleSet) -> list[tuple[int, int]]:
    """The comments, inside the page chrome `spans`, written by the page's submitter (_submitters): the
    author line opening with the handle, and the lines under it indented deeper (its text, up to
    COMMENT_LINES). The project's own proposer answering the fund's questions ("แก้ไขแล้วครับ ตัดค่า…
    7,500 บาท ออก") speaks for the page; another handle's comment stays chrome."""
    if not spans or not any(c in text for c in "([:"):
        return []
    handles = _submitters(text, rules)
    if not handles:
        return []
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _AUTHOR.finditer(text, a, b):
            if m.group("h") not in handles:
                continue
            s, e = line_span(text, m.start())
            out.append((s, _deeper_lines_end(text, e, len(m.group("indent").expandtabs()), b)))
    return out


def _deeper_lines_end(text: str, e: int, depth: int, stop: int) -> int:
    """Where a comment whose author line ends at `e` ends: its text is the lines right under
    it indented deeper than `depth` (up to COMMENT_LINES, none past `stop`)."""
    for _ in range(COMMENT_LINES):
        if e >= stop:
            break
        a, b = line_span(text, e + 1)
        line = text[a:b].expandtabs()
        if not line.strip() or len(line) - len(line.lstrip()) <= depth:
            break
        e = b
    return e


def line_span(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the line holding `start`."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", start)
    return s, len(text) if e == -1 else e


def comment_spans(text: str, sections: Sections, rules: RuleSet) -> list[tuple[int, int]]:
    """The lines under a comment counter, after the page's content (a line of prose above it,
    or the page's second half: a post line at the top counting comments opens nothing), up to a
    line of prose, a content heading (a heading term of another kind, no digit) or the end."""
    out: list[tuple[int, int]] = []
    prose = None  # where the first line of prose starts (looked for once, when first needed)
    for m in _counters(text, rules):
        s, e = line_span(text, m.start())
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
