"""Page chrome's headings (section kind "elsewhere", see sections.py) and advertisement blocks:
a chrome term of the heading lexicon or one composed of a head, kind and mark word
(rules/sections.toml), followed only by fillers and qualifier words; the same after emoji, with
its first item after a separator, or over a column label; an ad marker's line and the lines
under it.
"""
from __future__ import annotations

import bisect
import re

import regex

from .literal_re import WHITE_SPACE
from .ruleset import RuleSet

HEADING_MAX = 40  # a line opening with a heading term and no longer than this is a heading
ELSEWHERE = "elsewhere"  # the section kind of page chrome (rules/sections.toml)
PROSE_MIN = 200  # a line at least this long is article prose, never a chrome list item
QUALIFIER = 30  # characters between a news head word and its mark ("ข่าว|ภารกิจ|ที่เกี่ยวข้อง", "ข่าว| รพ.สต.ถ่ายโอน |อื่นๆ")
RELATIVE = 15  # Thai letters of a relative clause between a head word and "ล่าสุด" ("โครงการ|ที่ปิด|ล่าสุด")
AD_LINES = 4  # an advertisement block's lines under its marker, at most
# What may follow a chrome heading term besides its qualifier words: counts, brackets, arrows,
# colons, ๆ ("ข่าวอื่นๆ"), and spaces.
_TAIL_FILL = re.compile(rf"[{WHITE_SPACE}0-9()\[\]:：»›>«‹<\-–—.|ๆ…]+")
# Emoji and pictographs before a chrome heading ("💬 ความคิดเห็น (41)").
_EMOJI_LEAD = re.compile(r"[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d \t]+")
# A chrome heading's separator before its first item on the same line ("… :: item", "… » item").
_INLINE_SEP = re.compile(r"[ \t]*(?:::|>>|[»›|])[ \t]*(?=[^\s:>»›|])")
_COLON_SEP = re.compile(r"[ \t]*[:：][ \t]*(?=[^\s:])")  # a single colon, see inline_chrome_heading
# The marks of a list of other pages before a single colon (a form's "กิจกรรมอื่น ๆ : …" is a field).
_LIST_MARK = re.compile(r"ล่าสุด|ที่เกี่ยวข้อง|ยอดนิยม|มาแรง")
_WIDE_GAP = re.compile(r"[ \t]{3,}|\t")  # a column gap ("ข่าวอื่น ๆ      อ่าน")
# A rule line, which ends an advertisement block as a blank line does.
_RULE_LINE = re.compile(r"[ \t]*[-=_*~─━]{3,}[ \t]*$")


def compile_pattern(pattern: str) -> re.Pattern | regex.Pattern:
    """Stdlib `re` when it reads the pattern (a call costs a third of a `regex` one), else `regex`."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


def heading_regex(rules: RuleSet) -> re.Pattern | regex.Pattern:
    return compile_pattern("^" + rules.lexicon("section_headings").pattern())  # a trie both engines read


def _tail_regex(rules: RuleSet) -> re.Pattern | regex.Pattern:
    return compile_pattern(rules.lexicon("elsewhere_tails").pattern())


def _heads(rules: RuleSet, need: str) -> str:
    return "|".join(re.escape(t) for t, v in
                    sorted(rules.lexicon("elsewhere_heads").spec.entries.items(),
                           key=lambda kv: -len(kv[0])) if v == need) or "(?!)"


def _composed_regex(rules: RuleSet) -> re.Pattern | regex.Pattern:
    """A chrome heading built from parts (rules/sections.toml): a head word, kind words, then a
    mark word ("ข่าวกิจกรรมล่าสุด", "อัลบั้มภาพกิจกรรมอื่น ๆ") or, after a comment head, a count
    ("ความเห็น (3)"), or a relative clause then "latest" ("โครงการที่ปิดล่าสุด"). A news head's qualifier may hold an abbreviation's ฯ or dot and end in one
    blank ("ข่าวภารกิจผู้ว่าฯ อื่น ๆ"). The rest of the line is checked as any chrome heading's
    (_bare_tail)."""
    kinds = rules.lexicon("elsewhere_kinds").pattern()
    marks = rules.lexicon("elsewhere_marks").pattern()
    count = r"[(\[]?[0-9]+[)\]]?"
    qualified = rules.lexicon("elsewhere_qualified_heads").pattern()
    return compile_pattern(rf"(?:{_heads(rules, 'marked')})(?:{kinds})*[ \t]*{marks}"
                    rf"|(?:{_heads(rules, 'marked')})ที่[\u0e01-\u0e4e]{{1,{RELATIVE}}}?ล่าสุด"
                    rf"|(?:{_heads(rules, 'counted')})(?:{kinds})*[ \t]*(?:{marks}|{count})"
                    rf"|(?:{qualified})[\u0e01-\u0e4e. ]{{1,{QUALIFIER}}}?[ \t]?{marks}")


def chrome_heading(line: str, m: re.Match | regex.Match | None, kind: str | None,
                    rules: RuleSet) -> bool:
    """The (short, unnumbered) line is a chrome heading: a whole chrome term of the heading
    lexicon or a composed one, followed only by fillers and qualifier words."""
    if kind == ELSEWHERE and m is not None and _bare_tail(line[m.end():], rules):
        return True
    c = rules.derived(_composed_regex).match(line)
    return c is not None and _bare_tail(line[c.end():], rules)


def _marks_regex(rules: RuleSet) -> re.Pattern | regex.Pattern:
    return compile_pattern(rules.lexicon("elsewhere_marks").pattern())


def inline_chrome_heading(line: str, rules: RuleSet) -> bool:
    """A chrome heading with its first item on the same line, after a separator: "โครงการอื่นๆ
    ของกองทุน :: โครงการเฝ้าระวัง… (25,000 บาท)", "ข่าวล่าสุด » …". The heading must hold a mark
    word (other / latest / related …): a comment head or a table row's label ("ความคิดเห็น |
    ดีมาก") is content. A single colon is no such separator (a form's "กิจกรรมอื่น ๆ : …" is a
    field) unless the heading is of the latest, related or popular items and bars part items after
    it ("โครงการที่ปิดล่าสุด : … (คืนเงิน 1,140.00 บาท) | …"), nor
    a bar when the line holds several (a table row)."""
    if len(line) >= PROSE_MIN:
        return False
    sep = _INLINE_SEP.search(line, 0, HEADING_MAX + 4)
    colon = _COLON_SEP.search(line, 0, HEADING_MAX + 4)
    if colon is not None and (sep is None or colon.start() < sep.start()) \
            and line.count("|", colon.end()) >= 1 and _LIST_MARK.search(line, 0, colon.start()):
        sep = colon  # "โครงการที่ปิดล่าสุด : <item> | <item>": a list after the colon
    elif sep is None or sep.start() > HEADING_MAX or (sep.group().strip() == "|" and line.count("|") > 1):
        return False
    head = line[:sep.start()]
    if rules.derived(_marks_regex).search(head) is None:
        return False
    m = rules.derived(heading_regex).match(head)
    kind = str(rules.lexicon("section_headings").get(m.group())) if m else None
    return chrome_heading(head, m, kind, rules)


def emoji_chrome_heading(line: str, rules: RuleSet) -> bool:
    """The line is a chrome heading after leading emoji ("💬 ความคิดเห็น (41)"). Only chrome is
    read so: an emoji before a content heading ("🎯 เป้าหมาย") keeps its line as it was."""
    e = _EMOJI_LEAD.match(line)
    if e is None or not e.end():
        return False
    rest = line[e.end():]
    m = rules.derived(heading_regex).match(rest)
    kind = str(rules.lexicon("section_headings").get(m.group())) if m else None
    return len(rest) <= HEADING_MAX and chrome_heading(rest, m, kind, rules)


def _ad_regex(rules: RuleSet) -> re.Pattern | regex.Pattern:
    """A line that is only an advertisement marker (rules/sections.toml ad_markers), after any
    emoji, with its newline before it."""
    # (\r: a CR normalization left before the newline; box-drawing rules: "──── แพ็กเกจแนะนำ ────")
    fill = r"[ \t\r\[\](){}\-–—─━═*=:|]*"
    emoji = r"(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff][\ufe0f\u200d]*[ \t]*)*"  # "🛍 สินค้าในวิดีโอ"
    return compile_pattern(r"\n" + fill + emoji + rules.lexicon("ad_markers").pattern() + fill + r"(?=\n|\Z)")


def _inline_ad_regex(rules: RuleSet) -> re.Pattern | regex.Pattern:
    """A line opening with a bracketed advertisement marker and going on with the ad itself
    ("[ โฆษณา ] ลดหนัก! แอร์ … 8,990.-", "(โฆษณา) …", "[AD] …"), with its newline before it."""
    return compile_pattern(r"\n[ \t]*(?:\[[ \t]*" + rules.lexicon("ad_markers").pattern() + r"[ \t]*\]"
                    r"|\([ \t]*" + rules.lexicon("ad_markers").pattern() + r"[ \t]*\))[ \t]*[^\s]")


def _ad_terms(rules: RuleSet) -> tuple[str, ...] | None:
    """The ad markers as the literals their pattern matches (exact key), else None."""
    lexicon = rules.lexicon("ad_markers")
    return tuple(lexicon.spec.entries) if lexicon.spec.key == "exact" else None


def ad_blocks(text: str, lines: list[str], starts: list[int],
               rules: RuleSet) -> list[tuple[int, int]]:
    """(first, last + 1) lines of each advertisement block: its marker line and the lines under
    it up to a blank or rule line (AD_LINES at most, no prose); a line opening with a bracketed
    marker is an ad by itself (the line only: the article may go on right under it)."""
    terms = rules.derived(_ad_terms)
    if terms is not None and not any(term in text for term in terms):
        return []  # no marker anywhere: both scans would find nothing
    out = [(i, i + 1) for i in (bisect.bisect_right(starts, m.start()) - 1
                                for m in rules.derived(_inline_ad_regex).finditer("\n" + text))
           if len(lines[i]) < PROSE_MIN]
    for m in rules.derived(_ad_regex).finditer("\n" + text):
        i = bisect.bisect_right(starts, m.start()) - 1  # (the "\n" prepended shifts by one)
        j = i + 1
        while j < len(lines) and j - i <= AD_LINES and lines[j].strip() \
                and not _RULE_LINE.match(lines[j]) and len(lines[j]) < PROSE_MIN:
            j += 1
        out.append((i, j))
    return out


def column_heading(line: str, rules: RuleSet) -> str:
    """A chrome heading over its list's column label after a wide gap ("ข่าวกิจกรรมอื่น ๆ      อ่าน"):
    the line with its gaps closed when that is a chrome heading (the label a tail word), else the
    line as it was."""
    if "   " not in line and "\t" not in line:
        return line
    squeezed = _WIDE_GAP.sub(" ", line)
    if len(squeezed) > HEADING_MAX:
        return line
    m = rules.derived(heading_regex).match(squeezed)
    kind = str(rules.lexicon("section_headings").get(m.group())) if m else None
    return squeezed if chrome_heading(squeezed, m, kind, rules) else line


def _bare_tail(tail: str, rules: RuleSet) -> bool:
    """A chrome heading's rest of line: only fillers and qualifier words ("ที่น่าสนใจ")."""
    words = rules.derived(_tail_regex)
    pos = 0
    while pos < len(tail):
        m = _TAIL_FILL.match(tail, pos) or words.match(tail, pos)
        if m is None or m.end() == pos:
            return False
        pos = m.end()
    return True
