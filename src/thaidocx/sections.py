"""Sections of a document: which heading governs each line (one mechanism for every field).

A heading is a short line that opens (after any list number or bullet) with a term of the
`section_headings` lexicon (rules/sections.toml); it governs the lines below it until the next
heading. A form's instruction in brackets closing the heading line ("หลักการและเหตุผล (ระบุที่มา
ของการทำโครงการ)") does not count in its length. A short numbered line with no digits after its number ("2. ข้อสั่งการ") also ends the
section above it when its number follows the heading's, even if its term is not listed: it is
then a section of kind "other". Numbers may be dotted ("3.1 สถานการณ์"): a later sibling ("3.2
…") or a later number at any level above ("4.") ends the section; its sub-items ("3.1.1") do not.

Page chrome: a web page as stored carries, around its content, lists that belong to other pages
(related / latest news, other projects of the fund, reader comments, a blog archive) with their
own dates, amounts, counts and places. Their headings are section kind "elsewhere". Such a
heading must be the whole line, apart from counts, punctuation and a few qualifier words
(`elsewhere_tails`: "ข่าวอื่นๆ ที่น่าสนใจ", "ความคิดเห็น (3)"), and is never list-numbered (minutes'
"4.3 โครงการอื่นๆ" is content); a heading holding a mark word may carry its first item after a
separator ("โครงการอื่นๆ ของกองทุน :: …"). Its section runs to the end of the page, or to the next heading
of another kind whose line holds no digit (a related headline "กิจกรรม… (12 พ.ค. 67)" does not
end it), or to a line of prose (a sidebar scraped ABOVE an article must not swallow it). It must
follow content (prose above it, or the page's second half): a menu item on its own line opens
none.
`Sections.elsewhere` holds these spans; pipeline.py blanks them before matching, so no field
reads values from them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from itertools import accumulate

import regex

from .literal_re import WHITE_SPACE
from .normalize import NormText
from .ruleset import RuleSet
from .section_chrome import (ELSEWHERE, HEADING_MAX, PROSE_MIN, ad_blocks, chrome_heading,
                             column_heading, compile_pattern, emoji_chrome_heading,
                             heading_regex, inline_chrome_heading)

_GLUED = re.compile("[\u0e00-\u0e7f]")  # a Thai letter glued to a term in a line of prose
# The per-line patterns run on stdlib `re` (a call costs a third of a `regex` one), with the
# `regex` module's \s spelt out (literal_re.WHITE_SPACE).
# A markdown heading's hashes and an emoji after them ("## 📊 ผลลัพธ์", a note app's export) lead too.
_LEAD = re.compile(rf"(?:[{WHITE_SPACE}0-9.)(\-*•·:]+|#{{1,6}}[ \t]+(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d][ \t]*)*)+")
# A list number opening a line: "2." / "2)", or dotted "3.1" / "3.1." / "3.1)".
_NUMBERED = re.compile(rf"[{WHITE_SPACE}]*([0-9]+(?:\.[0-9]+)+|[0-9]+(?=[.)]))[.)]?(?![0-9])")
_DIGIT = re.compile(r"[0-9]")
# A form's bracketed instruction closing a heading line ("หลักการและเหตุผล (ระบุที่มาของการทำโครงการ)",
# "กลุ่มเป้าหมาย (ทำเครื่องหมาย [x] และระบุจำนวน)"): words only, no digit (a count or a date in
# brackets belongs to a line of content).
_INSTRUCTION = re.compile(rf"[{WHITE_SPACE}]*\([^()0-9\n]*\)[{WHITE_SPACE}]*$")
_NOT_NEWLINE = re.compile(r"[^\n]")
PROSE_LINE = re.compile(r"[^\n]{%d}" % PROSE_MIN)
# A bullet opening a line (a menu or list item), captured to compare siblings.
_BULLET = re.compile(rf"[{WHITE_SPACE}]*([•·»›▪►●○◦■□➢➤*\-])")


@dataclass(frozen=True)
class Sections:
    """Per line of the normalized text: the heading kind opening it, and the section above it."""

    line_starts: tuple[int, ...]
    own: tuple[str | None, ...]  # kind of a heading term opening the line itself (any length)
    above: tuple[tuple[str, int] | None, ...]  # (kind, heading line) governing the line
    elsewhere: tuple[tuple[int, int], ...] = ()  # page-chrome spans of the normalized text
    sidebars: tuple[tuple[int, int], ...] = ()  # sidebar lists above the article (with_sidebars)

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def kind_at(self, pos: int) -> str | None:
        """The section kind at `pos`: the line's own heading term, else the heading above."""
        i = self.line_of(pos)
        if self.own[i] is not None:
            return self.own[i]
        return self.above[i][0] if self.above[i] is not None else None


def _candidate_regex(rules: RuleSet) -> re.Pattern | regex.Pattern:
    """The lines find_sections must look at, each found with its newline before it: a heading
    term or a digit after characters that are neither letters nor newlines (which is where
    _LEAD's characters, \\s of either engine included, can lead to). A superset: no other line
    is a heading or ends a section. Stdlib `re` scans this trie of literals fastest."""
    body = r"[^\n\u0e00-\u0e7fA-Za-z]*(?:[0-9]|" + rules.lexicon("section_headings").pattern() \
        + "|" + rules.lexicon("elsewhere_heads").pattern() + ")"
    return compile_pattern(r"\n" + body)


def _elsewhere_ends(lines: list[str], start: int, stop: int) -> int | None:
    """The first line of prose in lines[start:stop] (it ends a chrome section), or None."""
    for j in range(start, stop):
        if len(lines[j].strip()) >= PROSE_MIN:
            return j
    return None


def _after_content(lines: list[str], starts: list[int], i: int, size: int) -> bool:
    """Chrome follows the page's content: a line of prose comes before line i, or line i is in
    the page's second half. A menu item "ข่าวล่าสุด" above the headline opens no chrome section
    (it would blank the headline, the post date and every short line down to the prose)."""
    return 2 * starts[i] >= size or _elsewhere_ends(lines, 0, i) is not None


def _menu_entry(lines: list[str], i: int) -> bool:
    """Line i is an entry of a menu or list, not a heading: a short bulleted line with a short
    sibling (same bullet) both above and below it (a run of three or more), the one below
    holding no digit. A site menu "• หน้าหลัก / • ข้อมูลพื้นฐาน / •
    โครงสร้าง…" would otherwise open a background section running through the article; a
    heading's own list ("• กลุ่มเป้าหมาย" over "• อสม. 30 คน") opens the run, or is followed by
    its counts."""
    def bullet(j: int) -> str | None:
        if not 0 <= j < len(lines) or len(lines[j].strip()) > HEADING_MAX:
            return None
        m = _BULLET.match(lines[j])
        return m.group(1) if m else None

    mark = bullet(i)
    return mark is not None and bullet(i - 1) == mark and bullet(i + 1) == mark \
        and not _DIGIT.search(lines[i + 1])


def _without_instruction(line: str) -> str:
    """A heading line without the form's instruction in brackets closing it: it governs the lines
    below like the bare heading ("วัตถุประสงค์/ตัวชี้วัด (เลือกจากแผนงาน… ทำเครื่องหมาย ☑ …)"). A line
    with a count or a date before the bracket ("เป้าหมาย 38 คน  (นำใบยินยอมมาด้วย)") is content: as
    it was."""
    m = _INSTRUCTION.search(line)
    if m is None or m.start() == 0 or _DIGIT.search(line, 0, m.start()):
        return line
    return line[:m.start()]


def _number(written: str) -> tuple[int, ...]:
    return tuple(int(part) for part in written.split("."))


def _follows(line: tuple[int, ...], heading: tuple[int, ...]) -> bool:
    """A numbered line ends the heading's section: it comes later ("3.2" or "4." after "3.1")
    and is not one of the heading's own sub-items ("3.1.1")."""
    return line > heading and line[:len(heading)] != heading


def find_sections(norm: NormText, rules: RuleSet) -> Sections:
    text = norm.text
    lines = text.split("\n")
    starts = list(accumulate([len(line) + 1 for line in lines[:-1]], initial=0))
    n = len(starts)
    lexicon = rules.lexicon("section_headings")
    head_re = rules.derived(heading_regex)
    own: list[str | None] = [None] * n
    above: list[tuple[str, int] | None] = [None] * n
    current: tuple[str, int] | None = None
    number: tuple[int, ...] | None = None  # the list number of the current section's heading
    chrome: list[tuple[int, int]] = []  # (first, last + 1) lines of each chrome section
    done = 0  # lines before this one have their `above` filled in

    def fill(upto: int) -> None:
        """above[done:upto] = current; a chrome section also ends at a line of prose."""
        nonlocal current, number, done
        if current is not None and current[0] == ELSEWHERE:
            end = _elsewhere_ends(lines, done, upto)
            if end is not None:
                above[done:end] = [current] * (end - done)
                chrome.append((current[1], end))
                current, number, done = None, None, end
        above[done:upto] = [current] * (upto - done)
        done = upto

    # The first line (no newline before it) is always looked at.
    candidates = [0] + [bisect.bisect_right(starts, cm.start()) for cm in
                        rules.derived(_candidate_regex).finditer(text)]
    for i in candidates:
        if i < done:
            continue
        fill(i)
        done = i + 1
        raw = lines[i]
        lead = _LEAD.match(raw)
        line = (raw[lead.end():] if lead else raw).strip()
        if len(line) > HEADING_MAX:
            line = column_heading(line, rules)
        m = head_re.match(line)
        kind = str(lexicon.get(m.group())) if m else None
        if len(line) > HEADING_MAX and kind not in (None, ELSEWHERE) and line.endswith(")"):
            line = _without_instruction(line)
        numbered = _NUMBERED.match(raw)
        inline = False  # a chrome heading with its first item on its line
        if not numbered and (len(line) <= HEADING_MAX and chrome_heading(line, m, kind, rules)
                             or emoji_chrome_heading(line, rules)
                             or (inline := inline_chrome_heading(line, rules))) \
                and _after_content(lines, starts, i, len(text)):
            kind = ELSEWHERE
        elif kind == ELSEWHERE:
            kind = None  # "4.3 โครงการอื่นๆ", "ความคิดเห็นของผู้เข้าร่วม", a menu item: content
        in_chrome = current is not None and current[0] == ELSEWHERE
        if in_chrome and kind not in (None, ELSEWHERE) and _DIGIT.search(line):
            kind = None  # a related headline opening with a heading term: still chrome
        if kind not in (None, ELSEWHERE) and len(line) > HEADING_MAX and _GLUED.match(line, m.end()):
            kind = None  # "สถานการณ์สมมุติคือ รถโดยสาร…": the term begins a longer word, in prose
        own[i] = kind
        above[i] = current
        if in_chrome and len(raw.strip()) >= PROSE_MIN:
            chrome.append((current[1], i))
            current, number, in_chrome = None, None, False
        if len(line) > HEADING_MAX and not (inline and kind == ELSEWHERE):
            continue  # neither a heading nor the end of a section
        if kind is not None and kind != ELSEWHERE and _menu_entry(lines, i):
            continue  # a menu entry: it opens no section and ends none
        if kind is not None:
            if in_chrome and kind != ELSEWHERE:
                chrome.append((current[1], i))
            if kind != ELSEWHERE or not in_chrome:  # consecutive chrome lists: one section
                current, number = (kind, i), _number(numbered.group(1)) if numbered else None
        elif in_chrome:
            continue  # a chrome list item, whatever its number
        elif number is not None and numbered \
                and _follows(_number(numbered.group(1)), number) and not _DIGIT.search(line):
            current, number = ("other", i), _number(numbered.group(1))
    fill(n)
    if current is not None and current[0] == ELSEWHERE:
        chrome.append((current[1], n))
    chrome = merged_spans(sorted(chrome + ad_blocks(text, lines, starts, rules)))
    spans = tuple((starts[a], starts[b - 1] + len(lines[b - 1])) for a, b in chrome if b > a)
    return Sections(tuple(starts), tuple(own), tuple(above), spans)


def merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted (start, end) spans with the overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def with_sidebars(text: str, sections: Sections, sidebars: list[tuple[int, int]]) -> Sections:
    """`sections` with the sidebar lists scraped ABOVE an article (parse/page_chrome.py's
    sidebar_spans: a chrome heading with bulleted items) added to its page chrome, when a line
    of prose follows them: a popular-news list over the headline holds other pages' amounts,
    counts and dates. Without prose after it, such a list may be a document's own (a report's
    "ความคิดเห็น" bullets), and stays. All of them are kept in `sidebars`: officials and venues
    take no person or place from any (page_chrome.sidebars_of)."""
    sections = replace(sections, sidebars=tuple(sidebars))  # the parsers read them all
    prose = PROSE_LINE.search(text)
    above = [(a, b) for a, b in sidebars if prose is not None and b <= prose.start()]
    if not above:
        return sections
    return replace(sections, elsewhere=tuple(merged_spans(sorted([*sections.elsewhere, *above]))))


def blank_elsewhere(norm: NormText, sections: Sections) -> NormText:
    """`norm` with its page-chrome spans blanked (spaces; newlines kept), so that every rule and
    every parser's own scan sees nothing there. Lengths are unchanged: offsets and evidence
    (which quotes the original) stay valid."""
    if not sections.elsewhere:
        return norm
    text, out, pos = norm.text, [], 0
    for start, end in sections.elsewhere:
        out.append(text[pos:start])
        out.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    out.append(text[pos:])
    return replace(norm, text="".join(out))
