"""The title parser's cue patterns (rules/title.toml and places.toml lexicons), compiled once
per RuleSet."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..literal_re import literal_regex
from ..ruleset import RuleSet

# Thai vowels and marks as characters (literal_regex leaves \u escapes to the `regex` module).
VOWELS_MARKS = "\u0e30-\u0e4e"  # no word continues with one after a space
MARKS = "\u0e30-\u0e3a\u0e47-\u0e4e"
# The year closing a year line: "2566", "พ.ศ. ๒๕๖๖", "66", and nothing after it.
_YEAR = r"[ \t]*(?:พ\.[ \t]*ศ\.?[ \t]*)?[0-9๐-๙]{2}(?:[0-9๐-๙]{2})?[ \t]*$"


@dataclass(frozen=True)
class Lex:
    skip: dict[str, str]
    skip_re: re.Pattern | regex.Pattern
    doctype_re: re.Pattern | regex.Pattern
    kind_re: regex.Pattern
    boundary_re: re.Pattern | regex.Pattern
    facility_re: re.Pattern | regex.Pattern
    chain_end_re: regex.Pattern
    sentence_re: re.Pattern | regex.Pattern
    hook_re: re.Pattern | regex.Pattern
    status_re: re.Pattern | regex.Pattern
    body_re: re.Pattern | regex.Pattern
    request_re: re.Pattern | regex.Pattern
    minutes_re: re.Pattern | regex.Pattern
    detail_re: re.Pattern | regex.Pattern
    detail_start_re: re.Pattern | regex.Pattern
    named_kind_re: re.Pattern | regex.Pattern
    dateline_re: regex.Pattern
    meta_re: re.Pattern | regex.Pattern
    post_start_re: re.Pattern | regex.Pattern  # a post word before the line's date
    byline_re: re.Pattern | regex.Pattern  # a byline word opening a post line's part
    post_sep_re: re.Pattern | regex.Pattern  # between a post line's parts
    date_part_re: regex.Pattern  # a date opening a post line's part
    post_label_re: re.Pattern | regex.Pattern  # a credit/post-info label ("เรื่อง/ภาพ :", "หมวด:")
    crumb_re: re.Pattern | regex.Pattern
    nav_re: re.Pattern | regex.Pattern  # a site menu's item ("หน้าหลัก", "ติดต่อเรา")
    image_tag_re: re.Pattern | regex.Pattern  # "[แบนเนอร์] …" (trim may have dropped the "[")
    address_line_re: re.Pattern | regex.Pattern  # a line that is only an address
    category_re: re.Pattern | regex.Pattern
    year_line_re: re.Pattern | regex.Pattern  # a line only stating the heading's year
    year_report_re: re.Pattern | regex.Pattern  # "รายงานประจำปี 2566": a document about a year
    address_re: re.Pattern | regex.Pattern  # where an organisation line's address begins
    bare_request_re: regex.Pattern  # a subject asking to join an event it does not name
    bare_report_re: re.Pattern | regex.Pattern  # a subject only naming a report's type
    report_opening_re: re.Pattern | regex.Pattern  # "ตามที่": a report letter's first sentence
    stop_start_re: re.Pattern | regex.Pattern  # a clause word opening a line: no name goes on there
    event_hold_re: regex.Pattern  # "กำหนดจัด" + an activity kind: the event's name starts at the kind
    part_heading_re: re.Pattern  # "ส่วนที่ 3 …", "บทที่ 2": a part of the body, never the title
    front_matter_re: regex.Pattern  # "บทสรุปสำหรับผู้บริหาร", "คำนำ": a part of a book, never the title
    form_code_re: re.Pattern  # "แบบ LTC-03      หน้า 1/2": a form's code and page, never the title
    sentence_verb_re: re.Pattern | regex.Pattern  # "โครงการมีระยะเวลา…": a sentence, no name
    album_re: regex.Pattern  # "ในอัลบั้ม:": a post's album line, the album's name after it
    chat_export_re: regex.Pattern  # "[LINE] ประวัติการแชทกับ …": a chat history's header line
    editors_re: re.Pattern | regex.Pattern  # an editorial team as a subject: a byline
    tag_line_re: re.Pattern | regex.Pattern  # a post's tag line ("ป้ายกำกับ: …")
    form_blank_re: re.Pattern | regex.Pattern  # a login or form row ("รหัสผ่าน ________")
    receipt_re: re.Pattern | regex.Pattern  # a receipt stamp's number line ("รับที่ 1245")
    release_word_re: regex.Pattern  # a press release's mark alone on a line ("ข่าวประชาสัมพันธ์")
    periodical_re: regex.Pattern  # a newsletter's or journal's masthead ("จดหมายข่าว …") or issue line
    page_audience_re: re.Pattern | regex.Pattern  # a page's followers ("ผู้ติดตาม 3.4 พัน คน")
    group_kind_re: regex.Pattern  # a social group's header line ("กลุ่มส่วนตัว · สมาชิก 1.2K คน")
    person_row_re: regex.Pattern  # a record's label row naming a person ("พี่เลี้ยงโครงการ ดร.…")
    audience_re: re.Pattern | regex.Pattern  # a social page's audience count (page_chrome)
    follow_re: re.Pattern | regex.Pattern  # a name closed by its follow button (page_chrome)
    copyright_re: re.Pattern | regex.Pattern  # a footer's copyright mark (page_chrome)
    read_count_re: re.Pattern | regex.Pattern  # a post's read count (page_chrome)


def title_lex(rules: RuleSet) -> Lex:
    return rules.derived(_build_lex)


def _build_lex(rules: RuleSet) -> Lex:
    pat = lambda name: rules.lexicon(name).pattern()
    lx = Lex(
        skip={k: str(v) for k, v in rules.lexicon("title_skip").spec.entries.items()},
        skip_re=literal_regex(pat("title_skip")),
        doctype_re=literal_regex(pat("title_doctype")),
        kind_re=regex.compile(r"(?i)(?:" + pat("title_activity_kind") + r"[ \t]*)+$"),
        boundary_re=literal_regex(
            rf"[ \t]{{2,}}|[ \t](?:{pat('title_stop')})(?![{VOWELS_MARKS}])|{pat('title_stop_glued')}"),
        facility_re=literal_regex(pat("place_facility")),
        sentence_re=literal_regex(pat("title_sentence_start")),
        chain_end_re=regex.compile(r"[ \t](?:" + pat("place_address") + r")[ \t]?[^\s]+$"),
        hook_re=literal_regex(pat("title_hook") + r"(?:[ \t]*[!！]|ๆ)"),
        body_re=literal_regex(pat("title_body")),
        # "แผนงาน/โครงการ ปี 2568 : อนุมัติแล้ว": a record's status line, closing with its status.
        status_re=literal_regex(rf"[^\n]{{0,60}}[:：][ \t]*(?:{pat('title_status')})[ \t]*$"),
        request_re=literal_regex(pat("title_request")),
        minutes_re=literal_regex(pat("title_minutes")),
        # Where a wrapped meeting name ends on its second line: a detail word or an address.
        detail_re=literal_regex(
            rf"[ \t](?:{pat('title_minutes_detail')}|{pat('place_address')})(?![{MARKS}])"),
        detail_start_re=literal_regex(
            rf"[ \t]*(?:[0-9(]|{pat('title_minutes_detail')}|{pat('place_address')})"),
        # A kind opens the name ('กิจกรรม "…"'); a photo-caption cue only introduces it.
        named_kind_re=literal_regex(
            rf"(?:(?P<cue>{pat('title_named_cue')})[ \t]*)?(?P<kind>{pat('title_named_kind')}[ \t]*)?"
            r"(?=[“\"])"),
        dateline_re=_dateline_re(pat),
        meta_re=regex.compile(r"(?i)" + pat("title_post_meta")),
        post_start_re=literal_regex(
            rf"[ \t]*(?:{pat('title_post_start')})(?:เมื่อ|วันที่)?[ \t]*:?[ \t]*[0-9๐-๙]"),
        byline_re=literal_regex(rf"[ \t]*(?:{pat('title_byline')})[ \t]*:?[ \t]"),
        # Bars, middle dots, bullets or wide blanks; a single blank before a byline word.
        post_sep_re=literal_regex(
            rf"[ \t]*[|·•][ \t]*|[ \t]{{2,}}|[ \t]+(?=(?:{pat('title_byline')})[ \t])"),
        date_part_re=_date_part_re(pat),
        post_label_re=literal_regex(rf"[ \t]*(?:{pat('title_post_label')})[ \t]*:"),
        crumb_re=literal_regex(r"[ \t]+(?:" + pat("title_breadcrumb") + r")[ \t]+"),
        nav_re=regex.compile(r"(?i)" + pat("title_nav_item")),
        image_tag_re=regex.compile(r"(?i)\[?[ \t]*(?:" + pat("title_image_tag") + r")[ \t]*\]"),
        # "ตำบลชุมแพ อำเภอชุมแพ จังหวัดขอนแก่น", "อ.ปทุมรัตต์ จ.ร้อยเอ็ด 45190": a masthead's address.
        # ... or one opening with an address word and closing with its postcode, a word between
        # damaged by OCR ("อำเภอแม่จัน จังหวัคเชียงราย 57270").
        address_line_re=literal_regex(
            rf"(?:(?:{pat('place_address')})[ \t]*[^ \t]+[ \t]*)+(?:[0-9]{{5}}[ \t]*)?$"
            rf"|(?:{pat('place_address')})[^\n]{{0,50}}[ \t][1-9][0-9]{{4}}[ \t]*$"),
        # A category label, alone or with one more word ("ข่าวประชาสัมพันธ์จังหวัด", "ข่าวสาร อบต.นาดี").
        category_re=literal_regex(rf"(?:{pat('title_category')})[^ \t0-9๐-๙]*(?:[ \t]+[^ \t0-9๐-๙]+)?$"),
        year_line_re=literal_regex(rf"(?:{pat('title_year_line')})" + _YEAR),
        year_report_re=literal_regex(rf"(?:{pat('title_year_report')})" + _YEAR),
        address_re=literal_regex(rf"[ \t]+(?:{pat('place_address')})(?![{MARKS}])"),
        bare_request_re=regex.compile(
            rf"(?i)(?:{pat('title_request')})(?:[ \t]*(?:{pat('title_request_filler')}))*[ \t]*"
            rf"(?:{pat('title_activity_kind')})[ \t]*$"),
        bare_report_re=literal_regex(
            rf"(?:{pat('title_report_subject')})(?:[ \t]*(?:{pat('title_report_filler')}))*[ \t]*$"),
        report_opening_re=literal_regex(pat("title_report_opening")),
        stop_start_re=literal_regex(
            rf"(?:{pat('title_stop')}|{pat('title_stop_glued')})(?![{VOWELS_MARKS}])"),
        event_hold_re=regex.compile(
            rf"(?i)(?:{pat('title_event_hold')})(?:การ)?(?=(?:{pat('title_activity_kind')}))"),
        part_heading_re=_part_heading_re(rules),
        front_matter_re=regex.compile(
            rf"(?i)(?:{pat('title_front_matter')}|รายงาน[\u0e01-\u0e4e]{{1,40}}?ฉบับ(?:สมบูรณ์|ย่อ))"
            r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?$"),
        form_code_re=_FORM_CODE,
        sentence_verb_re=literal_regex(rf"โครงการ(?:{pat('title_sentence_verb')})"),
        # (trim may have dropped the tag's "[")
        chat_export_re=regex.compile(
            rf"(?i)(?:\[?[ \t]*[A-Za-z]{{2,12}}[ \t]*\][ \t]*)?(?:{pat('title_chat_export')})"),
        album_re=regex.compile(rf"(?i)(?<![A-Za-z\u0e00-\u0e7f])(?:{pat('title_album_cue')})[ \t]*[:：][ \t]*(?=[^\s])"),
        editors_re=literal_regex(f"(?:{pat('title_editors')})(?![\u0e01-\u0e2e])"),
        tag_line_re=literal_regex(rf"[ \t]*(?:{pat('title_tag_label')})[ \t]*:"),
        form_blank_re=literal_regex(rf"_{{4,}}|{pat('title_form_blank')}"),
        receipt_re=literal_regex(rf"(?:{pat('title_receipt_label')})[ \t]*:?[ \t]*[0-9๐-๙]"),
        release_word_re=regex.compile(rf"(?i)(?:{pat('title_release_word')})[ \t]*$"),
        periodical_re=regex.compile(rf"(?i)(?:{pat('title_periodical')})(?![\u0e48-\u0e4c])"
                                    r"|ปีที่[ \t]*[0-9๐-๙]{1,3}[ \t]*(?:ฉบับที่|เล่มที่)[ \t]*[0-9๐-๙]"),
        person_row_re=_person_row_re(rules),
        page_audience_re=literal_regex("|".join(
            re.escape(w) for w, k in rules.lexicon("title_audience_word").spec.entries.items() if k == "page")),
        group_kind_re=regex.compile(rf"(?i)(?:{pat('title_group_kind')})[ \t]*·"),
        **_chrome_res(pat),
    )
    return lx



def _chrome_res(pat) -> dict:
    """page_chrome's patterns: a social page's audience count ("ผู้ติดตาม 3.4 พัน คน", "1.2K
    followers", "2,310 คนถูกใจสิ่งนี้"); a page or publisher name with its follow button
    ("ข่าวเหนือรายวัน      + ติดตาม", "… | Follow"); a footer's copyright mark; a read count
    ("อ่าน 318 ครั้ง", "อ่าน 1.2k", a reading time "อ่าน 6 นาที"; a bare count only before a bar, a closing
    bracket or the line's end: "| อ่าน 689 | ความเห็น 3", "(อ่าน 58)"; a count after an eye or
    speech-bubble emoji: "👁 2,318", "💬 41")."""
    count = rf"[0-9][0-9.,]*[ \t]*(?:{pat('title_audience_multiplier')}|[KkMm](?![A-Za-z]))?"
    word = f"(?:{pat('title_audience_word')})"
    return dict(
        audience_re=literal_regex(rf"{word}[ \t]*:?[ \t]*{count}|{count}[ \t]*(?:คน)?[ \t]*{word}"),
        follow_re=literal_regex(r"(?:^|[ \t]{2}|[ \t]*[|·•][ \t]*|[ \t]*\+)[ \t]*"
                                rf"(?:{pat('title_follow_word')})[ \t]*$"),
        copyright_re=literal_regex(rf"©|\([cC]\)|{pat('title_copyright_word')}"),
        read_count_re=literal_regex(
            rf"(?:{pat('title_read_word')})[ \t]*:?[ \t]*[0-9][0-9,]*"
            r"(?:\.[0-9]+[ \t]*(?:[KkMm]|พัน|หมื่น)|[ \t]*[KkMm](?![A-Za-z]))?[ \t]*"  # "อ่าน 1.2k"
            rf"(?:{pat('title_read_unit')}|(?=[|)\]]|$))"
            "|[\U0001f441\U0001f440\U0001f4ac\U0001f5e8][\ufe0f]?" r"[ \t]*[0-9][0-9,.]*[ \t]*[KkMm]?(?![0-9])"),
    )


def _person_row_re(rules: RuleSet) -> regex.Pattern:
    """A record's label row naming a person: one label word, a Thai title (rules/people.toml
    people_titles: plain, word or abbreviation) and a two-word name closing the line, or before a
    wide gap and a last cell ('พี่เลี้ยงโครงการ ดร.นันทิดา อุ่นเรือน', 'หัวหน้าโครงการ นายอินสม
    ปัญญาดี  08-9xxx-1530')."""
    titles = sorted((t for t, k in rules.lexicon("people_titles").spec.entries.items()
                     if k in ("plain", "word", "abbr")), key=len, reverse=True)
    alt = "|".join(regex.escape(t) for t in titles)
    return regex.compile(rf"[^\s]{{2,30}}[ \t]+(?:{alt})[ \t]?[\u0e01-\u0e4e]{{2,}}[ \t]+[\u0e01-\u0e4e]{{2,}}"
                         r"[ \t]*(?:[ \t]{2,}[^\n]{0,30})?$")


# A form's code ("แบบ LTC-03", "แบบ อสม.1", "Form HS-2") and a page marker ("หน้า 1/2", "Page 2 of 3"),
# one or both on a line, between wide gaps: a printed form's corner, never its title.
_FORM_PART = (r"(?:(?:แบบ(?:ฟอร์ม)?|[Ff]orm)[ \t]*[A-Za-z\u0e01-\u0e2e.]{0,10}[-. ]?[0-9๐-๙]{1,3}"
              r"(?:[-/.][0-9๐-๙A-Za-z]{1,4})?"
              r"|(?:หน้า(?:ที่)?|[Pp]age)[ \t]*[0-9๐-๙]{1,3}(?:[ \t]*(?:/|จาก|of)[ \t]*[0-9๐-๙]{1,3})?)")
_FORM_CODE = re.compile(rf"{_FORM_PART}(?:[ \t]{{2,}}{_FORM_PART})*[ \t]*$")
_TONES = "\u0e48-\u0e4b"


def _part_heading_re(rules: RuleSet) -> re.Pattern:
    """A part's number heading ('ส่วนที่ 3 …'), its word read with every tone mark optional and
    allowed one letter late: a damaged PDF moves them ('สว่นที่ 3') or drops them."""
    words = sorted((re.sub(f"[{_TONES}]", "", w) for w in rules.lexicon("title_part_heading").spec.entries),
                   key=len, reverse=True)
    alt = "|".join("".join(re.escape(c) + f"[{_TONES}]?" for c in w) for w in words)
    return re.compile(rf"[{_TONES}]?(?:{alt})[ \t]*[0-9๐-๙]{{1,3}}(?![0-9๐-๙])")


def _date_part_re(pat) -> regex.Pattern:
    """A date opening a post line's part: '20 มีนาคม 2568', '15/01/2568 10:24', 'Jan 24, 2025',
    'วันที่ : 18 มิ.ย. 2568'."""
    months = "|".join(pat(n) for n in ("date_month_full", "date_month_abbr", "date_month_short"))
    return regex.compile(
        rf"(?i)(?:(?:{pat('title_dateline_word')})[ \t]*:?[ \t]*)?(?:[0-9๐-๙]{{1,2}}[ \t]*(?:{months})"
        rf"|[0-9๐-๙]{{1,4}}[/.\-][0-9๐-๙]{{1,2}}[/.\-][0-9๐-๙]{{2,4}}|(?:{pat('date_month_en')})[ \t]*[0-9])")


def _dateline_re(pat) -> regex.Pattern:
    """A line made only of a date and/or a clock time ('7 กุมภาพันธ์ เวลา 15:42 น.')."""
    words = "|".join(pat(n) for n in ("date_month_full", "date_month_abbr", "date_month_short",
                                      "date_month_en", "date_weekday", "title_dateline_word"))
    token = rf"(?>[0-9๐-๙]{{1,4}}+(?:[:.][0-9๐-๙]{{2}})?|{words})"
    return regex.compile(rf"(?i)(?:{token}[ \t,·|/–-]*+)++$")
