"""Reading a position at a point of the text: a head word (rules/people.toml people_positions)
run on over organization and place words, or a "ตำแหน่ง" label's value; the post a position
stands in for (แทน …). position_lines.py reads the lines under a name; officials.py decides where
to look.
"""
from __future__ import annotations

import re

import regex

from ..literal_re import WHITE_SPACE
from .geo import province_key
from .name_tries import PeopleLex, unspace
from .name_titles import is_thai
from .names import first_anchor
from .official_roles import line_end

MAX_CHUNKS = 6        # a position runs on over at most this many space-separated chunks
MAX_POSITION = 160
_SPACE = WHITE_SPACE
# A form's position label; also as PDF text damages it when the repairs leave it (sara am read
# as sara aa, the tone mark after the final: "ตาแหนง่").
LABEL_WORD = "ต[ำา]แหน(?:่ง|ง่)"
_LABEL = re.compile(LABEL_WORD + r"[ \t]*:?[ \t]*")
_CHUNK_END = re.compile(f"[{_SPACE}|,;“”\"]")
_WS = re.compile(r"[ \t]{1,3}")
_TRAIL = ".,:;-–( \t"
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_JOIN = re.compile(r"[–—&-][ \t][A-Za-z]")  # a dash or & between the words of an English post
_ABBR_CHUNK = re.compile(r"(?:[\u0e01-\u0e2e]{1,4}\.){1,4}(?![\u0e00-\u0e7f])")


def head_at(text: str, p: int, lex: PeopleLex, starts: list[int]) -> tuple[int, str] | None:
    """A position word starting at `p` (not a role cue like ประธานในพิธี, not the next person)."""
    m = _position_word(text, p, lex)
    if m is None or first_anchor(starts, p, p + 1) is not None:
        return None
    r = lex.role.match(text, p)
    if r and r.end() > m.end():
        return None
    return m.end(), lex.positions[unspace(m.group())]


def _position_word(text: str, p: int, lex: PeopleLex) -> re.Match | None:
    """The position word at `p`; after รอง / ผู้ช่วย, any listed post makes a deputy's or an
    assistant's post ("รองนายกเหล่ากาชาด…" with "นายกเหล่ากาชาด" listed): the longer reading
    wins, and the match returned is the post's (its kind is the post's)."""
    m = lex.position.match(text, p)
    pre = lex.post_prefix.match(text, p)
    if pre is None:
        return m
    q = pre.end() + (text[pre.end():pre.end() + 1] == " ")
    inner = lex.position.match(text, q)
    return inner if inner is not None and (m is None or inner.end() > m.end()) else m


def chunk_end(text: str, p: int, limit: int) -> int:
    m = _CHUNK_END.search(text, p, limit)
    return m.start() if m else limit


def _glued_cut(text: str, lo: int, hi: int, lex: PeopleLex, starts: list[int]) -> int:
    m = lex.glue_position.search(text, lo, hi) if hi > lo else None
    cut = m.start() if m else hi
    a = first_anchor(starts, lo, cut)
    return a if a is not None else cut


def _continues(text: str, c: int, prev_end: int, only_head: bool, lex: PeopleLex,
               starts: list[int]) -> bool:
    """May the position run on into the chunk at `c`? Organizations, places, acting words do;
    right after a bare head (ผวจ น่าน) any chunk that is no stop word does."""
    if first_anchor(starts, c, c + 1) is not None:
        return False
    if text[c] == "/":  # a second post after a slash: "ครูชำนาญการพิเศษ / หัวหน้างานอนามัย…"
        return text[c + 1:c + 2] == " " and head_at(text, c + 2, lex, starts) is not None
    if lex.group.match(text, c) or _nickname(text, c, lex) or (
            text[c] == "(" and lex.absence.match(text, c + 1 + (text[c + 1:c + 2] == " "))):
        return False  # "… หัวหน้าส่วนราชการ", "… กำนัน ผู้ใหญ่บ้าน": unnamed people; "(หมอแอน)";
        # an absent member's reason: "กรรมการ  (ลาป่วย)"
    org = lex.org.match(text, c)
    if org and not ((stop := lex.stop.match(text, c)) and stop.end() > org.end()):
        return True  # (a longer stop word wins: "ทีม…" continues, "ทีมงาน" does not)
    if lex.position.match(text, c):  # another position: "ปลัดเทศบาล กรรมการและเลขานุการ"
        return head_at(text, c, lex, starts) is not None
    if _LATIN.match(text, c) or _ABBR_CHUNK.match(text, c):  # "ทีม SRRT", "หน่วยแพทย์ พอ.สว."
        return True
    if _LATIN_JOIN.match(text, c) and _LATIN.match(text, prev_end - 1):
        return True  # an English post's joiner: "Senior Vice President – Sustainability & …"
    if _province_chunk(text, c) and lex.org_start.search(text, max(0, prev_end - ORG_BACK), prev_end):
        # An organization's bare province ("วิทยาลัยพยาบาลบรมราชชนนี อุดรธานี"); checked before
        # the stop words, which some provinces start with (ขอนแก่น: ขอ).
        return True
    if _agent_post(text, c, prev_end, lex):
        return True
    if lex.stop.match(text, c) or lex.role.match(text, c):
        return False
    if text[c].isdigit():  # "เขต 2", "หมู่ที่ 4", a numbered unit ("ศูนย์บริการสาธารณสุข 30")
        return (text[max(0, prev_end - 8):prev_end].rstrip().endswith(lex.numbered_words)
                or lex.org_end.search(text, max(0, prev_end - 40), prev_end) is not None
                or (lex.area_chunk.search(text, max(0, prev_end - 30), prev_end) is not None
                    and lex.area_number.match(text, c) is not None))  # "ผู้จัดการเขตพิจิตร 2"
    if text[prev_end - 1:prev_end].isdigit():  # a numbered unit's name: "…สาธารณสุข 12 บางซื่อ",
        return is_thai(text[c]) and not lex.post_verb.match(text, c)  # not "…หมู่ 4 ช่วย…"
    return only_head and is_thai(text[c]) and not lex.post_verb.match(text, c)


_QUALIFIED = re.compile("ผ่าน|ได้รับ|มีประสบการณ์|เคย|จบ|สำเร็จ")


def _agent_post(text: str, c: int, prev_end: int, lex: PeopleLex) -> bool:
    """A second post named by an agent noun after a graded post: "พยาบาลวิชาชีพชำนาญการพิเศษ
    ผู้เยี่ยมสำรวจภายในเครือข่าย…" (ผู้ + a verb, unlisted). Not "ผู้ที่ / ผู้ซึ่ง …" (a clause), nor
    unnamed people (people_stops group: ผู้ป่วย, ผู้สูงอายุ …)."""
    if not text.startswith("ผู้", c) or not is_thai(text[c + 3:c + 4]) or lex.stop.match(text, c + 3):
        return False
    if _QUALIFIED.match(text, c + 3):  # "… ชำนาญการ ผู้ผ่านการอบรมหลักสูตร…": a qualification
        return False
    return any(m.end() == prev_end for m in lex.level.finditer(text, max(0, prev_end - 20), prev_end))


_BRACKET = re.compile(r"\([^()\n]{1,30}\)")
_NICK = re.compile(r"\(([\u0e01-\u0e4e]{2,14})\)")


def _nickname(text: str, c: int, lex: PeopleLex) -> bool:
    """A bracketed nickname after the position ("… รพ.สต.บ้านหนองแคน (หมอแอน)"): one word that
    opens with a nickname lead (people_nickname_leads: หมอ, พี่, น้อง …) and is no post."""
    n = _NICK.match(text, c) if text[c] == "(" else None
    return (n is not None and lex.nick_lead.match(text, n.start(1)) is not None
            and lex.position.match(text, n.start(1)) is None)


def _bracket_close(text: str, c: int, limit: int) -> int:
    """Past a short bracketed qualifier opening the chunk at `c` ("(สบ 5)", "(ด้านเวชกรรม…)"): a
    space inside it does not end the chunk."""
    b = _BRACKET.match(text, c, limit) if text[c] == "(" else None
    return b.end() - 1 if b else c


ORG_BACK = 60  # how far back an organization word makes a bare province after it its part


def _province_chunk(text: str, c: int) -> bool:
    """Whether the chunk at `c` is, as a whole, a province's name."""
    end = chunk_end(text, c, min(len(text), c + 30))
    return end - c >= 3 and is_thai(text[c]) and province_key(text[c:end]) is not None


def extend(text: str, p: int, head_end: int, kind: str, limit: int, lex: PeopleLex,
            starts: list[int]) -> int:
    """Where the position starting at `p` with its head word ending at `head_end` ends."""
    if kind == "full":  # what follows is the project's name; a short glued word ends the post
        glued = _GLUED_WORD.match(text, head_end, min(limit, len(text)))  # (หัวหน้าโครงการประเมิน)
        return glued.end() if glued else head_end
    limit = min(limit, p + MAX_POSITION)
    chunk = chunk_end(text, head_end, limit)
    end = _glued_cut(text, head_end, chunk, lex, starts)
    only_head = end == head_end
    for _ in range(MAX_CHUNKS):
        if end < chunk or (text[end - 1] == ")" and _unopened(text, p, end)):
            break  # glued cut; or "(อาจารย์ประจำ… คณะ…) อาจารย์มา…": its bracket closed
        ws = _WS.match(text, end, limit) or _level_below(text, p, head_end, end, limit, lex,
                                                                  starts)
        if ws is None or ws.end() >= limit or not _continues(text, ws.end(), end, only_head, lex,
                                                               starts):
            break
        c = ws.end()
        chunk = chunk_end(text, _bracket_close(text, c, limit), limit)
        end = _glued_cut(text, c + 1, chunk, lex, starts)
        only_head = False
    end = trim(text, p, _company_end(text, p, end, limit, lex, starts))
    # "ผู้ทรงคุณวุฒิ        รองประธานกรรมการ⏎": the committee role in its own column
    cell = lex.committee.match(text, end) if text.startswith("   ", end) else None
    return cell.end(1) if cell and cell.end(1) <= limit else end


# A short word glued after a complete post, then a space or the line's end: part of the post
# ("หัวหน้าโครงการประเมิน", "หัวหน้าโครงการวิจัย"), where a project's glued name runs longer.
_GLUED_WORD = re.compile(r"[\u0e01-\u0e4e]{2,8}(?=[ \t]{2,}|[ \t]*\n|[ \t]*$)")


def _unopened(text: str, p: int, end: int) -> bool:
    """More closing than opening brackets in the position so far: it opened inside a bracket
    ("นาย… (ผู้อำนวยการ…)") that is closed now."""
    return text.count(")", p, end) > text.count("(", p, end)


_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def _level_below(text: str, p: int, head_end: int, end: int, limit: int,
                 lex: PeopleLex, starts: list[int]) -> re.Match | None:
    """A hard line break in prose right before a rank word (ชำนาญการ, ปฏิบัติการ): the position
    goes on on the next line ("…นักวิชาการสาธารณสุข⏎ชำนาญการ สสอ.ยะหริ่ง และ…"). So it does
    before an organization word (or a กลุ่มงาน / ฝ่าย unit) when the position has none yet: a
    post wrapped before its organization ("…เภสัชกรชำนาญการ⏎กลุ่มงานคุ้มครองผู้บริโภคฯ รพ.…")."""
    br = _BREAK.match(text, end, limit) if text[end:end + 1] in " \t\n" else None
    if br is None:
        return None
    q = br.end()
    if lex.level.match(text, q):
        return br
    w = max(p, text.rfind(" ", p, end) + 1)  # a post word cut by the wrap: "แพทย์⏎เวชศาสตร์…"
    h = lex.position.match(text[w:end] + text[q:q + 40]) if is_thai(text[q:q + 1]) else None
    if h is not None and h.end() > end - w:
        return br
    if ((lex.org_start.match(text, q) or lex.unit_lead.match(text, q))
            and lex.org_start.search(text, head_end, end) is None
            and not lex.unit_lead.search(text, p, end)):
        return br
    if _second_post(text, p, end, q, limit, lex, starts):
        return br
    return None


def _second_post(text: str, p: int, end: int, q: int, limit: int, lex: PeopleLex,
                 starts: list[int]) -> bool:
    """A graded post (ending in a rank word) wrapped before a second post that names its unit
    (glued to it or followed by an organization): the posts run on as they do on one line
    ("…พยาบาลวิชาชีพชำนาญการพิเศษ⏎หัวหน้างานการพยาบาล…"). Not a sentence that opens with a bare
    post ("⏎อสม. เข้าร่วม 88 คน"), nor a line naming a person (its post is that person's)."""
    if not any(m.end() == end for m in lex.level.finditer(text, max(p, end - 20), end)):
        return False
    head = head_at(text, q, lex, starts)
    if head is None:
        return False
    h = head[0]
    if not (is_thai(text[h:h + 1]) or lex.org_start.match(text, h + (text[h:h + 1] == " "))):
        return False
    nl = text.find("\n", q)
    stop = nl if nl >= 0 else len(text)
    return stop <= limit and first_anchor(starts, q, stop) is None


# The rest of a company's name up to จำกัด (a few words), with (มหาชน) after it.
_LIMITED = re.compile(r"(?:[ \t]*[^\s,|()]+?){0,5}?[ \t]*จำกัด(?![\u0e01-\u0e4e])(?:[ \t]*\(มหาชน\))?")


def _company_end(text: str, p: int, end: int, limit: int, lex: PeopleLex,
                 starts: list[int]) -> int:
    """A company in the position runs on to its จำกัด ("ประธานเจ้าหน้าที่บริหาร บริษัท สยาม…
    ลีสซิ่ง จำกัด (มหาชน)"): its name's words are no organization words."""
    co = lex.company.search(text, p, end)
    if co is None or "จำกัด" in text[co.end():end]:
        return end
    m = _LIMITED.match(text, end, limit)
    if m is None or first_anchor(starts, end, m.end()) is not None:
        return end
    return m.end()


_ABBR_END = regex.compile(r"(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]{1,4}\.$")


def trim(text: str, start: int, end: int) -> int:
    """Drop trailing punctuation, but not the dot of an abbreviation (อสม., รพ.)."""
    while end > start and text[end - 1] in _TRAIL:
        if text[end - 1] == "." and _ABBR_END.search(text, max(start, end - 6), end):
            break
        end -= 1
    if text[start:end].count("(") < text[start:end].count(")") and text[end - 1] == ")":
        end -= 1
    return end


def position_from(text: str, p: int, limit: int, lex: PeopleLex,
                   starts: list[int]) -> tuple[int, int, int] | None:
    """(start, end, head_end) of a position at `p`: a labelled one (ตำแหน่ง …) or a head word."""
    lab = _LABEL.match(text, p, limit) if text.startswith("ต", p) else None
    if lab and head_at(text, lab.end(), lex, starts) is None:  # any text after the label
        stop = lex.label_end.search(text, lab.end(), limit)
        end = trim(text, lab.end(), stop.start() if stop else limit)
        return (lab.end(), end, lab.end()) if end > lab.end() else None
    p = lab.end() if lab else p
    head = head_at(text, p, lex, starts) or _wrapped_head(text, p, limit, lex, starts)
    if head is None:
        return None
    return p, extend(text, p, head[0], head[1], limit, lex, starts), head[0]


def _wrapped_head(text: str, p: int, limit: int, lex: PeopleLex,
                  starts: list[int]) -> tuple[int, str] | None:
    """A post word cut by a hard line wrap right where it starts: "นายกองค์การ⏎บริหารส่วน
    จังหวัด…" reads as นายกองค์การบริหารส่วนจังหวัด (the word runs past the break)."""
    e = chunk_end(text, p, min(limit, p + 30))
    br = _BREAK.match(text, e, limit) if e - p >= 2 and "\n" in text[e:e + 4] else None
    if br is None or br.end() >= limit or not is_thai(text[br.end()]) or not is_thai(text[p]):
        return None
    q = br.end()
    h = lex.position.match(text[p:e] + text[q:q + 60])
    if h is None or h.end() <= e - p or first_anchor(starts, q, q + h.end() - (e - p)) is not None:
        return None
    return q + h.end() - (e - p), lex.positions[unspace(h.group())]


_GAP = re.compile(r"[ \t]+")
_WRAP = re.compile(r"[ \t]*(?:\n[ \t]*)?")


def on_behalf(text: str, end: int, limit: int, lex: PeopleLex, starts: list[int]) -> int | None:
    """The end of the post a position stands in for: "นักวิชาการสาธารณสุขชำนาญการ   แทน" with
    "ผู้ช่วยสาธารณสุขอำเภอเขื่องใน" after it, on the same line or wrapped onto the next (a member
    attending for another). None when no แทน + position follows the position ending at `end`."""
    gap = _GAP.match(text, end, limit)
    b = lex.behalf.match(text, gap.end(), limit) if gap else None
    if b is None or text[b.end():b.end() + 1] not in (" ", "\t", "\n"):
        return None
    q = _WRAP.match(text, b.end(), limit).end()  # type: ignore[union-attr]
    if q >= limit:
        return None
    found = position_from(text, q, min(limit, line_end(text, q, MAX_POSITION)), lex, starts)
    return found[1] if found else None
