"""A category LIST page holding several news teasers one after another ("แสดงรายการที่ 25 - 27 จาก
ทั้งหมด 214 รายการ"): each teaser a headline, a meta line right under it (its post date, a view count,
a category: "🗓 14/03/2568   👁 88   📂 กองช่าง"), a few lines of body and a read-more link
("[อ่านต่อ »]"), rule lines between them. Only one of them is the health activity the page is kept
for; the others are other pages' news, whose dates, amounts, counts, people and places are not the
document's: page chrome, like a related list (applied by page_lines.with_page_lines).

Told by shape, whatever the words: two or more blocks whose meta lines (a short line holding a date)
have the same shape once letters and digits are set aside (the same icons and separators in the same
order), each next to a headline line (right above it, or right under it when the date comes first), with body text under it, and each
closed by a read-more link (rules/common.toml teaser_read_more) or, on a page with a list counter
(teaser_list_counter), by a rule line. The block kept is the one with health words
(teaser_health_words); the others are chrome only when they hold hardly any (a list of several
health items, or of none, is left alone: which one the document is about is not told)."""
from __future__ import annotations

import re
from typing import Callable

from ..ruleset import RuleSet
from ..sections import PROSE_MIN

MIN_BLOCKS = 2  # teasers of one shape, at least
HEADLINE_MAX = 160  # characters: a headline line is no paragraph
BODY_LINES_MAX = 30  # lines of a teaser between its meta line and its read-more link, at most
KEEP_MIN = 3  # health words in the block kept, at least
OTHER_MAX = 1  # health words in each block made chrome, at most

_RULE_LINE = re.compile(r"[ \t]*[-–—─━═_=~*·•.]{5,}[ \t\r]*$")
_LETTERS_DIGITS = re.compile(r"[\u0e01-\u0e4eA-Za-z]+|[0-9๐-๙]+|\s+")
_LETTER = re.compile(r"[\u0e01-\u0e4eA-Za-z]")


def _date_regex(rules: RuleSet) -> re.Pattern:
    """A post date anywhere on a line: numeric ("14/03/2568", "14-03-2025") or with a month name."""
    months = "|".join(rules.lexicon(n).pattern() for n in ("date_month_full", "date_month_abbr"))
    return re.compile(rf"(?<![0-9])[0-9๐-๙]{{1,2}}[ \t]*(?:{months})[ \t]*[0-9๐-๙]{{2,4}}"
                      r"|(?<![0-9])[0-9๐-๙]{1,2}[/.-][0-9๐-๙]{1,2}[/.-][0-9๐-๙]{2,4}(?![0-9])")


def _read_more_regex(rules: RuleSet) -> re.Pattern:
    """A read-more link closing a teaser: alone on its line (in brackets, with arrows or dots) or
    ending the body's last line ("… ร่วมตรวจรับงาน ... อ่านต่อ")."""
    words = rules.lexicon("teaser_read_more").pattern()
    return re.compile(rf"(?i)(?:^|[ \t.…])[\[(<«【]?[ \t]*(?:{words})[ \t]*[.…»›>→➜➤]*[ \t]*[\])>】]?[ \t\r]*$")


def _read_more_word(rules: RuleSet) -> re.Pattern:
    return re.compile("(?i)" + rules.lexicon("teaser_read_more").pattern())


# What every list counter ends with ("25 - 27 จาก", "11-20 of"): looked for first, without (?i).
_COUNTER_TAIL = re.compile(r"[0-9๐-๙][ \t]*[-–—][ \t]*[0-9๐-๙]+[ \t]*(?:จาก|[Oo][Ff])")


def _counter_regex(rules: RuleSet) -> re.Pattern:
    """A list page's counter: its label, a range of item numbers and "of" ("แสดงรายการที่ 25 - 27
    จากทั้งหมด 214 รายการ", "Showing 11-20 of 96")."""
    return re.compile(rf"(?i)(?:{rules.lexicon('teaser_list_counter').pattern()})[ \t:]*"
                      r"[0-9๐-๙]+[ \t]*[-–—][ \t]*[0-9๐-๙]+[ \t]*(?:จาก|of)")


def _health_regex(rules: RuleSet) -> re.Pattern:
    return re.compile(rules.lexicon("teaser_health_words").pattern())


def _shape(line: str) -> str:
    """A meta line's shape: its icons and separators, letters, digits and spaces set aside."""
    return _LETTERS_DIGITS.sub("", line)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _headline(text: str, line: tuple[int, int], date: re.Pattern) -> bool:
    """A teaser's headline line: letters, no date, no rule, not a paragraph."""
    h = text[line[0]:line[1]]
    return bool(h.strip()) and len(h.strip()) <= HEADLINE_MAX and _LETTER.search(h) is not None \
        and date.search(h) is None and _RULE_LINE.match(h) is None


def _block_end(text: str, lines: list[tuple[int, int]], head: int, stop: int, closer: re.Pattern,
               ruled: bool) -> int | None:
    """The index of the line closing the teaser whose headline and meta line end at line `head`
    (before line `stop`): the first read-more line after a body line, or, when `ruled`, the line
    before a rule line. None when neither closes it."""
    body = False
    for j in range(head + 1, min(stop, head + 2 + BODY_LINES_MAX)):
        a, b = lines[j]
        line = text[a:b]
        if closer.search(line):
            return j if (body or _LETTER.search(closer.sub("", line))) else None
        if _RULE_LINE.match(line):
            return j - 1 if ruled and body else None
        if line.strip():
            body = True
    return None


# Latin letters whose (?i) twins are only their ASCII capitals (i, k and s also match ı/İ, K, ſ).
_FOLD_PLAIN = frozenset("abcdefghjlmnopqrtuvwxyz")


def _needle(term: str) -> str:
    """A piece of `term` that any text matching it case-insensitively holds (in text.lower() when
    it has Latin letters): its longest run of characters with no case twin beyond ASCII's."""
    runs, run = [], ""
    for c in term.lower():
        if c in _FOLD_PLAIN or not (c.isascii() or c.lower() != c.upper()):
            run += c
        else:
            runs.append(run)
            run = ""
    return max(runs + [run], key=len)


def _needles(name: str) -> Callable[[RuleSet], tuple[tuple[str, ...], tuple[str, ...]] | None]:
    """A lexicon's needles (see _needle) as (plain, latin), the latter looked for in the lowered
    text; None when a term has none (the cheap pre-check is then skipped)."""
    def build(rules: RuleSet) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        lex = rules.lexicon(name)
        found = {_needle(t) for t in lex.spec.entries}
        if lex.spec.key == "compact" or "" in found:
            return None
        found = {n for n in found if not any(m != n and m in n for m in found)}
        latin = tuple(sorted(n for n in found if any(c in _FOLD_PLAIN for c in n)))
        return tuple(sorted(found.difference(latin))), latin
    return build


_READ_MORE_NEEDLES = _needles("teaser_read_more")
_COUNTER_NEEDLES = _needles("teaser_list_counter")


def _may_hold(text: str, needles: tuple[tuple[str, ...], tuple[str, ...]] | None,
              lowered: list[str]) -> bool:
    """Can the lexicon match in `text`? False only when none of its needles is there."""
    if needles is None:
        return True
    plain, latin = needles
    if any(n in text for n in plain):
        return True
    if latin and not lowered:
        lowered.append(text.lower())
    return any(n in lowered[0] for n in latin)


def teaser_spans(text: str, rules: RuleSet) -> list[tuple[int, int]]:
    """(start, end) of each teaser of a list page that is not the page's health item."""
    # (Cheap pre-checks first: each whole-text case-insensitive search runs only where one of
    # its lexicon's needles is, which most documents lack.)
    word = rules.derived(_read_more_word)
    lowered: list[str] = []
    counter = rules.derived(_counter_regex).search(text) \
        if _may_hold(text, rules.derived(_COUNTER_NEEDLES), lowered) \
        and _COUNTER_TAIL.search(text) else None
    if counter is None and (not _may_hold(text, rules.derived(_READ_MORE_NEEDLES), lowered)
                            or len(word.findall(text)) < MIN_BLOCKS):
        return []  # (a cheap pre-check: no list page)
    date = rules.derived(_date_regex)
    lines = _lines(text)
    metas: dict[tuple[str, int], list[int]] = {}
    for i in range(len(lines)):
        a, b = lines[i]
        if b - a >= PROSE_MIN or not date.search(text, a, b):
            continue
        for side in (-1, 1):  # the headline above the meta line, or under it (date first)
            if 0 <= i + side < len(lines) and _headline(text, lines[i + side], date):
                metas.setdefault((_shape(text[a:b]), side), []).append(i)
    closer = rules.derived(_read_more_regex)
    for (shape, side), idx in metas.items():
        if len(idx) < MIN_BLOCKS or not shape:
            continue
        blocks = []
        for n, i in enumerate(idx):
            first = min(i, i + side)  # the block's first line
            stop = min(idx[n + 1], idx[n + 1] + side) if n + 1 < len(idx) else len(lines)
            end = _block_end(text, lines, max(i, i + side), stop, closer, counter is not None)
            if end is None:
                break
            blocks.append((lines[first][0], lines[end][1]))
        else:
            return _others(text, blocks, rules)
    return []


def _others(text: str, blocks: list[tuple[int, int]], rules: RuleSet) -> list[tuple[int, int]]:
    """The blocks other than the one health item, when exactly one is clearly about health."""
    health = rules.derived(_health_regex)
    scores = [len(health.findall(text, a, b)) for a, b in blocks]
    best = max(range(len(blocks)), key=scores.__getitem__)
    if scores[best] < KEEP_MIN or any(s > OTHER_MAX for k, s in enumerate(scores) if k != best):
        return []
    return [span for k, span in enumerate(blocks) if k != best]
