"""The review page (`thaidocx show`): escaping, overlapping spans, counts per field, sources.

Built on hand-made Reports so the rows do not depend on the extraction rules."""
from __future__ import annotations

import hashlib
import html
import re
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from thaidocx.cli import app
from thaidocx.model import (Area, Budget, DateItem, Evidence, FiscalYear, Official, Participant,
                            Report, Source, Title, Venue, Warning)
from thaidocx.review import FIELD_NAMES, ReviewDoc, build_page, counts
from thaidocx.review.assets import CSP, CSS, JS, csp_hash


def ev(text: str, sub: str, rule: str = "test.rule", nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Evidence(text=sub, start=start, end=start + len(sub), rule=rule)


def report(text: str, **fields) -> Report:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Report(source=Source(path="doc.txt", sha256=sha, chars=len(text)), **fields)


def date(text: str, sub: str, value: str, **kw) -> DateItem:
    return DateItem(value=value, precision="day", era="BE", evidence=ev(text, sub, "date.t", **kw))


class Marks(HTMLParser):
    """The marks of the page (attributes, enclosing marks, text inside) and each document's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.stack: list[dict] = []
        self.texts: list[str] = []
        self.in_pre = False
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "pre":
            self.in_pre = True
            self.texts.append("")
        if tag == "mark":
            m = {"attrs": a, "parents": [p["attrs"].get("id") or p["attrs"]["data-of"]
                                         for p in self.stack], "text": ""}
            self.marks.append(m)
            self.stack.append(m)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.stack.pop()
        if tag == "pre":
            self.in_pre = False
            if self.texts[-1].startswith("\n"):  # as browsers do: drop the newline after <pre>
                self.texts[-1] = self.texts[-1][1:]

    def handle_data(self, data):
        if self.in_pre:
            self.texts[-1] += data
        for m in self.stack:
            m["text"] += data

    def heads(self, field: str | None = None) -> list[dict]:
        return [m for m in self.marks if "head" in m["attrs"]["class"].split()
                and (field is None or m["attrs"]["data-field"] == field)]

    def pieces(self, hid: str) -> str:
        """The text a highlight covers: its head and its continuations."""
        return "".join(m["text"] for m in self.marks
                       if m["attrs"].get("id") == hid or m["attrs"].get("data-of") == hid)


def parse(docs: list[ReviewDoc]) -> tuple[str, Marks, list[str]]:
    page, problems = build_page(docs)
    p = Marks()
    p.feed(page)
    return page, p, problems


def one(text: str, rep: Report) -> tuple[str, Marks, list[str]]:
    return parse([ReviewDoc("doc.txt", rep, text)])


# ---------------------------------------------------------------- escaping

HOSTILE = [
    pytest.param('<script>window.pwned=1</script>', id="script-tag"),
    pytest.param('<img src=x onerror="window.pwned=1">', id="img-onerror"),
    pytest.param('a & b < c > d " e \' f', id="special-characters"),
    pytest.param("</pre></mark><script>1</script>", id="closing-tags"),
    pytest.param("&lt;b&gt; already escaped", id="entities-stay-literal"),
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_document_text_is_escaped_and_shown_as_written(hostile):
    text = f"\nหัวเรื่อง {hostile}\nวันที่ 4 เมษายน 2562"  # leading newline kept too
    rep = report(text, dates=[date(text, "4 เมษายน 2562", "2019-04-04")])
    _, p, problems = one(text, rep)
    assert p.texts == [text]
    assert p.scripts == 1  # only the page's own script
    assert problems == []


@pytest.mark.parametrize("hostile", HOSTILE)
def test_values_and_rule_ids_are_escaped_in_attributes(hostile):
    text = f"ชื่อ {hostile} จบ"
    rep = report(text, title=Title(value=hostile, evidence=ev(text, hostile, rule=hostile)))
    page, p, _ = one(text, rep)
    (head,) = p.heads("title")
    assert head["attrs"]["data-value"] == hostile
    assert head["attrs"]["data-rule"] == hostile
    assert p.scripts == 1
    assert "<script>window" not in page and "<img" not in page


# ---------------------------------------------------------------- overlapping spans

NEST = "โครงการอบรม ณ ห้องประชุมเทศบาล วันที่ 4 เมษายน 2562 จบ"


def _venue_in_title():
    return dict(title=Title(value="t", evidence=ev(NEST, NEST[:-3])),
                venues=[Venue(name="v", evidence=ev(NEST, "ห้องประชุมเทศบาล"))])


def _crossing():
    return dict(venues=[Venue(name="v", evidence=ev(NEST, "ห้องประชุมเทศบาล วันที่"))],
                dates=[date(NEST, "วันที่ 4 เมษายน", "2019-04-04")])


def _identical():
    sub = "4 เมษายน 2562"
    return dict(dates=[date(NEST, sub, "2019-04-04")],
                participants=[Participant(count=4, role="unknown", evidence=ev(NEST, sub))])


def _three_deep():
    return dict(title=Title(value="t", evidence=ev(NEST, NEST)),
                venues=[Venue(name="v", evidence=ev(NEST, "ณ ห้องประชุมเทศบาล วันที่ 4"))],
                dates=[date(NEST, "วันที่ 4 เมษายน 2562", "2019-04-04")],
                participants=[Participant(count=4, role="unknown", evidence=ev(NEST, "4"))])


def _empty_span():
    return dict(budgets=[Budget(amount=1, role="other",
                                evidence=Evidence(text="", start=5, end=5, rule="money.t"))])


def _at_edges():
    return dict(title=Title(value="t", evidence=ev(NEST, "โครงการ")),
                objectives=[], venues=[Venue(name="v", evidence=ev(NEST, "จบ"))])


OVERLAPS = [
    pytest.param(_venue_in_title, {"h0-1": ["h0-0"]}, id="venue-inside-title"),
    pytest.param(_crossing, {"h0-0": ["h0-1"]}, id="crossing-spans"),
    pytest.param(_identical, {"h0-1": ["h0-0"]}, id="identical-spans-nest"),
    pytest.param(_three_deep, {"h0-2": ["h0-0", "h0-3", "h0-1"]}, id="three-levels"),
    pytest.param(_empty_span, {}, id="empty-span"),
    pytest.param(_at_edges, {}, id="spans-at-start-and-end"),
]


@pytest.mark.parametrize("make, inside", OVERLAPS)
def test_overlapping_spans_stay_individually_focusable(make, inside):
    rep = report(NEST, **make())
    _, p, problems = one(NEST, rep)
    assert p.texts == [NEST]  # the text reads the same, whatever the nesting
    heads = p.heads()
    expected = sum(counts(rep)[f] for f in FIELD_NAMES)
    assert len(heads) == expected
    assert all(h["attrs"]["tabindex"] == "0" for h in heads)
    assert len({h["attrs"]["id"] for h in heads}) == expected
    for h in heads:  # every span covers exactly its evidence, possibly in several pieces
        hid = h["attrs"]["id"]
        field, n = h["attrs"]["data-field"], int(hid.split("-")[1])
        assert p.pieces(hid) == _evidence_texts(rep)[n], field
    for hid, parents in inside.items():
        (head,) = [h for h in heads if h["attrs"]["id"] == hid]
        assert head["parents"] == parents
    assert problems == []


def _evidence_texts(rep: Report) -> list[str]:
    out = []
    for f in FIELD_NAMES:
        v = getattr(rep, f)
        out += [x.evidence.text for x in (v if isinstance(v, list) else [v] if v else [])]
    return out


def test_crossing_span_continues_in_a_piece_that_points_at_its_head():
    _, p, _ = one(NEST, report(NEST, **_crossing()))
    conts = [m for m in p.marks if "cont" in m["attrs"]["class"].split()]
    assert [(c["attrs"]["data-of"], c["text"]) for c in conts] == [("h0-0", " 4 เมษายน")]
    assert "tabindex" not in conts[0]["attrs"]


def test_outer_marks_draw_their_underline_below_the_inner_ones():
    _, p, _ = one(NEST, report(NEST, **_three_deep()))
    depth = {m["attrs"].get("id"): m["attrs"]["class"] for m in p.heads()}
    # title > venue > date > participant (ids follow the Report's field order)
    assert [depth[h].split()[-1] for h in ("h0-0", "h0-3", "h0-1", "h0-2")] == ["d3", "d2", "d1", "head"]


# ---------------------------------------------------------------- counts per field

FULL = ("โครงการส่งเสริมสุขภาพ ปีงบประมาณ 2562 ต.บ้านใหม่ อ.เมือง จ.ยโสธร\n"
        "วันที่ 4 เมษายน 2562 และ 5 เมษายน 2562 ณ ห้องประชุมเทศบาล\n"
        "ผู้เข้าร่วม 50 คน และ 30 คน งบประมาณ 12,000 บาท\nนายสมชาย ใจดี ประธาน\n"
        "วัตถุประสงค์ เพื่อส่งเสริมสุขภาพ\n")


def full_report(text: str = FULL) -> Report:
    return report(
        text,
        title=Title(value="โครงการส่งเสริมสุขภาพ", evidence=ev(text, "โครงการส่งเสริมสุขภาพ")),
        area=Area(subdistrict="บ้านใหม่", district="เมือง", province="ยโสธร",
                  evidence=ev(text, "ต.บ้านใหม่ อ.เมือง จ.ยโสธร")),
        dates=[date(text, "4 เมษายน 2562", "2019-04-04"), date(text, "5 เมษายน 2562", "2019-04-05")],
        fiscal_years=[FiscalYear(be=2562, ce=2019, start="2018-10-01", end="2019-09-30",
                                 evidence=ev(text, "ปีงบประมาณ 2562"))],
        budgets=[Budget(amount=12000, role="total", evidence=ev(text, "12,000 บาท"))],
        participants=[Participant(count=50, role="planned", evidence=ev(text, "50 คน")),
                      Participant(count=30, role="planned", evidence=ev(text, "30 คน"))],
        officials=[Official(title="นาย", name="สมชาย ใจดี", evidence=ev(text, "นายสมชาย ใจดี"))],
        venues=[Venue(name="ห้องประชุมเทศบาล", evidence=ev(text, "ห้องประชุมเทศบาล"))],
        objectives=[],
        warnings=[Warning(code="two_dates", message="two dates", evidence=ev(text, "5 เมษายน 2562")),
                  Warning(code="odd", message="odd word", evidence=ev(text, "ประธาน")),
                  Warning(code="global", message="no evidence")],
    )


@pytest.mark.parametrize("field, n", [
    pytest.param("title", 1, id="title"), pytest.param("area", 1, id="area"),
    pytest.param("dates", 2, id="dates"), pytest.param("fiscal_years", 1, id="fiscal-years"),
    pytest.param("budgets", 1, id="budgets"), pytest.param("participants", 2, id="participants"),
    pytest.param("officials", 1, id="officials"), pytest.param("venues", 1, id="venues"),
    pytest.param("objectives", 0, id="objectives-none"),
    pytest.param("warnings", 1, id="warnings-with-their-own-span"),
])
def test_highlights_per_field_equal_the_report_counts(field, n):
    rep = full_report()
    _, p, problems = one(FULL, rep)
    assert len(p.heads(field)) == n
    if field != "warnings":
        assert counts(rep)[field] == n
    assert problems == []


@pytest.mark.parametrize("field, value, detail", [
    pytest.param("dates", "2019-04-04", "precision: day · era: BE", id="date-iso"),
    pytest.param("fiscal_years", "2562 BE (2019 CE)", "start: 2018-10-01 · end: 2019-09-30", id="fy"),
    pytest.param("budgets", "12,000 THB", "role: total", id="budget"),
    pytest.param("officials", "นาย สมชาย ใจดี", "role: other", id="official"),
    pytest.param("area", "บ้านใหม่ / เมือง / ยโสธร", "", id="area"),
])
def test_first_highlight_carries_value_detail_and_rule(field, value, detail):
    _, p, _ = one(FULL, full_report())
    a = p.heads(field)[0]["attrs"]
    assert (a["data-value"], a.get("data-detail", "")) == (value, detail)
    assert a["data-rule"] and a["aria-describedby"] == "tip"
    assert value in a["aria-label"] and a["data-rule"] in a["aria-label"]


def test_warning_on_a_value_span_is_attached_to_that_highlight_and_linked():
    page, p, _ = one(FULL, full_report())
    second_date = p.heads("dates")[1]["attrs"]
    assert second_date["data-warn"] == "⚠ two_dates: two dates"
    warnings = page[page.index('<ul class="warnings">'):]
    assert f'data-target="{second_date["id"]}"' in warnings.split("</li>")[0]
    assert "no evidence" in warnings and warnings.count('class="jump"') == 2


def test_several_documents_get_an_index_with_counts_and_links():
    other = "ประชุมวันที่ 1 มกราคม 2563"
    rep2 = report(other, dates=[date(other, "1 มกราคม 2563", "2020-01-01")])
    page, p, _ = parse([ReviewDoc("a.txt", full_report(), FULL), ReviewDoc("b.txt", rep2, other)])
    index = page[page.index('<section id="index">'):page.index("</section>")]
    assert 'href="#doc-0">a.txt' in index and 'href="#doc-1">b.txt' in index
    rows = re.findall(r"<tr><td><a.*?</tr>", index)
    assert [re.findall(r'class="n">(\d+)', r) for r in rows] == [
        ["1", "1", "0", "2", "1", "1", "2", "1", "1", "3"],
        ["0", "0", "0", "1", "0", "0", "0", "0", "0", "0"]]
    assert p.texts == [FULL, other]
    assert {m["attrs"]["id"][:3] for m in p.heads()} == {"h0-", "h1-"}


# ---------------------------------------------------------------- a changed document

@pytest.mark.parametrize("evidence, why", [
    pytest.param(Evidence(text="4 เมษายน 2562", start=0, end=13, rule="r"), "reads", id="text-differs"),
    pytest.param(Evidence(text="x", start=500, end=501, rule="r"), "outside", id="past-the-end"),
])
def test_span_that_does_not_match_the_text_is_skipped_with_a_problem(evidence, why):
    text = "ประชุมวันที่ 4 เมษายน 2562"
    rep = report(text, dates=[DateItem(value="2019-04-04", precision="day", era="BE",
                                       evidence=evidence)])
    page, p, problems = one(text, rep)
    assert p.heads() == []
    assert len(problems) == 1 and why in problems[0]
    assert "not in text" in page and p.texts == [text]


# ---------------------------------------------------------------- self-contained and safe page

def test_page_is_self_contained_with_a_strict_content_security_policy():
    page, _, _ = one(FULL, full_report())
    assert not re.search(r"(?:src|href)=\"(?!#)", page)  # no external resource, only anchors
    assert "http://" not in page and "https://" not in page
    assert f"<style>{CSS}</style>" in page and f"<script>{JS}</script>" in page
    assert csp_hash(JS) in CSP and csp_hash(CSS) in CSP and "default-src 'none'" in CSP
    assert html.escape(CSP) in page


def test_thai_font_stack_covers_linux_windows_and_macos():
    for font in ("Noto Sans Thai", "Loma", "Garuda", "Sarabun", "Tahoma", "Leelawadee UI",
                 "Thonburi", "sans-serif"):
        assert font in CSS


# ---------------------------------------------------------------- the command line

@pytest.fixture()
def run_dir(tmp_path):
    """A folder of texts and a JSONL run made from hand-made Reports (paths as given to extract)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(FULL, encoding="utf-8")
    rep = full_report().model_copy(update={"source": Source(
        path="elsewhere/a.txt", sha256=hashlib.sha256(FULL.encode()).hexdigest(), chars=len(FULL))})
    (tmp_path / "run.jsonl").write_text(rep.to_json() + "\n", encoding="utf-8")
    return tmp_path


def invoke(*args):
    return CliRunner().invoke(app, ["show", *map(str, args)])


def test_show_from_a_run_matches_texts_by_name_under_docs(run_dir):
    out = run_dir / "r.html"
    res = invoke("--from", run_dir / "run.jsonl", "--docs", run_dir / "docs", "-o", out)
    assert res.exit_code == 0, res.output
    p = Marks()
    p.feed(out.read_text(encoding="utf-8"))
    assert p.texts == [FULL] and len(p.heads("dates")) == 2


def test_show_from_a_run_matches_by_stem_in_a_subfolder(run_dir):
    sub = run_dir / "docs" / "2019"
    sub.mkdir()
    (run_dir / "docs" / "a.txt").rename(sub / "a.txt")
    res = invoke("--from", run_dir / "run.jsonl", "--docs", run_dir / "docs", "-o", run_dir / "r.html")
    assert res.exit_code == 0, res.output


def test_show_from_a_run_warns_and_skips_spans_of_a_changed_document(run_dir):
    (run_dir / "docs" / "a.txt").write_text("แก้ไขแล้ว\n" + FULL, encoding="utf-8")
    out = run_dir / "r.html"
    res = invoke("--from", run_dir / "run.jsonl", "--docs", run_dir / "docs", "-o", out)
    assert res.exit_code == 0, res.output
    assert "sha256 differs" in res.stderr and "not highlighted" in res.stderr
    assert "sha256 differs" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, code, message", [
    pytest.param(["--from", "{run}/run.jsonl", "--docs", "{run}/nowhere"], 2, "no such folder",
                 id="docs-folder-missing"),
    pytest.param(["--docs", "{run}/docs"], 2, "use it with --from", id="docs-without-from"),
    pytest.param([], 2, "nothing to show", id="no-input"),
    pytest.param(["--from", "{run}/missing.jsonl"], 2, "no such file", id="run-missing"),
    pytest.param(["--from", "{run}/run.jsonl", "--docs", "{run}/empty"], 1, "text not found",
                 id="text-not-found"),
    pytest.param(["--from", "{run}/bad.jsonl"], 1, "line 1: not a Report", id="bad-jsonl-line"),
])
def test_show_reports_bad_command_lines_and_missing_texts(run_dir, args, code, message):
    (run_dir / "bad.jsonl").write_text('{"x": 1}\n', encoding="utf-8")
    (run_dir / "empty").mkdir()
    res = invoke(*[a.format(run=run_dir) for a in args], "-o", run_dir / "r.html")
    assert res.exit_code == code, res.output
    assert message in res.stderr


def test_show_extracts_files_given_on_the_command_line(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("<script>x()</script> ประชุมวันที่ 4 เมษายน 2562\n", encoding="utf-8")
    out = tmp_path / "page.html"
    res = invoke(doc, "-o", out)
    assert res.exit_code == 0, res.output
    p = Marks()
    p.feed(out.read_text(encoding="utf-8"))
    assert p.texts == [doc.read_text(encoding="utf-8")] and p.scripts == 1
    assert html.escape(str(doc)) in out.read_text(encoding="utf-8")


# ---------------------------------------------------------------- hostile inputs

def test_thousands_of_nested_identical_spans_render_without_recursion():
    text = "มีผู้เข้าร่วม 30 คน"
    many = [Participant(count=30, role="unknown", evidence=ev(text, "30 คน")) for _ in range(3000)]
    _, p, problems = one(text, report(text, participants=many))
    heads = p.heads("participants")
    assert len(heads) == 3000 and p.texts == [text] and problems == []
    assert "d5" in heads[0]["attrs"]["class"].split()  # underline levels are capped


def test_one_megabyte_line_with_many_spans_round_trips():
    unit = "ประชุมวันที่4เมษายน2562"
    text = unit * (1_000_000 // len(unit))
    step = len(unit)
    dates = [DateItem(value="2019-04-04", precision="day", era="BE",
                      evidence=Evidence(text=text[i + 6:i + step], start=i + 6, end=i + step,
                                        rule="date.t"))
             for i in range(0, 2000 * step, step)]
    _, p, problems = one(text, report(text, dates=dates))
    assert len(p.heads("dates")) == 2000 and p.texts == [text] and problems == []
