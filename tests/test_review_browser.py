"""End to end: `thaidocx show` writes a page that headless Chromium renders as promised.

Needs Debian's chromium (/usr/bin/chromium, or $THAIDOCX_CHROMIUM) and the playwright package
(`pip install -e ".[browser]"`); skipped when either is absent.  .ci/run installs both.  The
screenshot goes to $THAIDOCX_ARTIFACTS (default: the temp folder) and its path is printed."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from thaidocx import extract_file
from thaidocx.cli import app
from thaidocx.model import (DateItem, Evidence, Participant, Report, Source, Title, Venue,
                            Warning)
from thaidocx.review import FIELD_NAMES, counts

CHROMIUM = Path(os.environ.get("THAIDOCX_CHROMIUM", "/usr/bin/chromium"))
CORPUS_DOC = Path(__file__).resolve().parents[1] / "corpus" / "docs" / "news01.txt"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE = '<script>window.__pwned = 1</script><img src="x.png" onerror="window.__pwned = 2">'

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed "
                               "(pip install -e '.[browser]')")
if not CHROMIUM.is_file():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

HAND = ("โครงการอบรมอาสาสมัคร ณ ห้องประชุมเทศบาล\n"
        f"{HOSTILE}\n"
        "จัดวันที่ 4 เมษายน 2562 ผู้เข้าร่วม 50 คน\n")


def _ev(sub: str, rule: str) -> Evidence:
    start = HAND.index(sub)
    return Evidence(text=sub, start=start, end=start + len(sub), rule=rule)


def hand_report(path: str) -> Report:
    """A Report written by hand (independent of rule quality): a venue inside the title."""
    sha = hashlib.sha256(HAND.encode("utf-8")).hexdigest()
    return Report(
        source=Source(path=path, sha256=sha, encoding="utf-8", chars=len(HAND)),
        title=Title(value="โครงการอบรมอาสาสมัคร", evidence=_ev(HAND.splitlines()[0], "title.t")),
        venues=[Venue(name="ห้องประชุมเทศบาล", evidence=_ev("ห้องประชุมเทศบาล", "place.t"))],
        dates=[DateItem(value="2019-04-04", precision="day", era="BE",
                        evidence=_ev("4 เมษายน 2562", "date.t"))],
        participants=[Participant(count=50, role="planned", evidence=_ev("50 คน", "part.t"))],
        warnings=[Warning(code="check_me", message="a warning with a span",
                          evidence=_ev("50 คน", "part.t"))],
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two documents in one page: a corpus file extracted now (with a <script> appended) and a
    hand-made Report read back from a JSONL run (--from/--docs)."""
    d = tmp_path_factory.mktemp("review")
    docs = d / "docs"
    docs.mkdir()
    real = d / "news.txt"
    real.write_text(CORPUS_DOC.read_text(encoding="utf-8") + "\n" + HOSTILE + "\n", encoding="utf-8")
    (docs / "hand.txt").write_text(HAND, encoding="utf-8")
    (d / "run.jsonl").write_text(hand_report("archive/hand.txt").to_json() + "\n", encoding="utf-8")
    out = d / "review.html"
    res = CliRunner().invoke(app, ["show", str(real), "--from", str(d / "run.jsonl"),
                                   "--docs", str(docs), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out, [extract_file(real), hand_report("archive/hand.txt")]


@pytest.fixture(scope="module")
def page(built):
    out, _ = built
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        pg.requests = []  # every URL the page asks for: only the page itself is allowed
        pg.errors = []
        pg.on("request", lambda r: pg.requests.append(r.url))
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        pg.goto(out.as_uri())
        yield pg
        browser.close()


@pytest.mark.parametrize("doc", [pytest.param(0, id="extracted-corpus-doc"),
                                 pytest.param(1, id="hand-made-from-jsonl")])
def test_highlights_per_field_equal_the_report_counts(page, built, doc):
    report = built[1][doc]
    shown = {f: page.locator(f'#doc-{doc} mark.hl.head[data-field="{f}"]').count()
             for f in FIELD_NAMES}
    assert shown == {f: n for f, n in counts(report).items() if f in FIELD_NAMES}


def test_hovering_a_date_shows_its_iso_value_and_rule(page):
    tip = page.locator("#tip")
    page.locator('#doc-1 mark.hl.head[data-field="dates"]').hover()
    assert tip.is_visible()
    assert "2019-04-04" in tip.inner_text() and "date.t" in tip.inner_text()
    page.mouse.move(1, 1)
    assert not tip.is_visible()


def test_keyboard_focus_shows_the_value_and_tab_moves_to_the_next_highlight(page):
    tip = page.locator("#tip")
    page.locator('#doc-1 mark.hl.head[data-field="dates"]').focus()
    assert tip.is_visible() and "2019-04-04" in tip.inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.field") == "participants"
    assert "50" in tip.inner_text() and "check_me" in tip.inner_text()
    page.keyboard.press("Escape")
    assert not tip.is_visible()


def test_script_inside_a_document_does_not_run_and_shows_as_text(page):
    assert page.evaluate("window.__pwned") is None
    for doc in (0, 1):
        assert HOSTILE in page.locator(f"#doc-{doc} pre.text").inner_text()
    assert page.evaluate("document.querySelector('#doc-1 pre.text').textContent") == HAND
    assert page.errors == []
    assert [u for u in page.requests if not u.startswith("file:")] == []
    assert len(set(page.requests)) == 1  # the page itself: no image, font or script fetched


def test_warning_link_focuses_its_span(page):
    page.locator("#doc-1 ul.warnings a.jump").click()
    assert page.evaluate("document.activeElement.dataset.field") == "participants"


def test_every_overlapping_highlight_is_focusable(page):
    heads = page.evaluate("Array.from(document.querySelectorAll('mark.hl.head'))"
                          ".filter(m => m.tabIndex === 0).length")
    assert heads == page.locator("mark.hl.head").count()
    venue = page.locator('#doc-1 mark.hl.head[data-field="venues"]')
    assert venue.evaluate("m => m.parentElement.closest('mark').dataset.field") == "title"


def test_screenshot_is_saved_as_an_artifact(page, built, capsys):
    page.locator("#index").scroll_into_view_if_needed()
    page.locator('#doc-0 mark.hl.head[data-field="dates"]').first.hover()
    folder = Path(os.environ.get("THAIDOCX_ARTIFACTS", tempfile.gettempdir()))
    folder.mkdir(parents=True, exist_ok=True)
    shot = folder / "thaidocx-review.png"
    page.screenshot(path=str(shot), full_page=False)
    (folder / "thaidocx-review.html").write_bytes(built[0].read_bytes())
    assert shot.stat().st_size > 10_000
    with capsys.disabled():
        print(f"\nreview page screenshot: {shot}\nreview page: {folder / 'thaidocx-review.html'}")
