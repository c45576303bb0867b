"""Archive inputs: every format read by content, the same report giving the same values in
each, and bad files failing one by one with a clear message."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import conftest_files as F
from thaidocx import LoadError, extract_file
from thaidocx.cli import app
from thaidocx.load import load_file

LINES = F.REPORT_LINES


def _values(report, fields=("dates", "budgets", "participants")):
    out = {}
    if "dates" in fields:
        out["dates"] = sorted((d.value, d.end) for d in report.dates)
    if "budgets" in fields:
        out["budgets"] = sorted((b.amount, b.role) for b in report.budgets)
    if "budget_total" in fields:
        out["budget_total"] = sorted(b.amount for b in report.budgets if b.role == "total")
    if "participants" in fields:
        out["participants"] = sorted(p.count for p in report.participants)
    return out


def _assert_evidence_exact(report, text):
    for field in ("dates", "budgets", "participants", "fiscal_years", "officials", "venues",
                  "objectives"):
        for item in getattr(report, field):
            ev = item.evidence
            assert text[ev.start:ev.end] == ev.text, (field, ev)


# ---- the same report in every format ---------------------------------------------------------

def _txt(tmp):
    return F.write_text(tmp / "report.txt", LINES)


def _cp874(tmp):
    return F.write_text(tmp / "report-legacy.txt", LINES, "cp874")


def _docx(tmp):
    return F.write_docx(tmp / "report.docx", LINES, header="หัวกระดาษ 9 มกราคม 2500",
                        footer="หน้า 1 งบ 999 บาท")


def _pdf_office(tmp):
    # No header/footer here: in a PDF they are page text like any other.
    return F.libreoffice_pdf(F.write_docx(tmp / "office.docx", LINES), tmp)


def _pdf_embedded_font(tmp):
    return F.reportlab_pdf(tmp / "report.pdf", [LINES])


def _png(tmp):
    return F.render_png(tmp / "report.png", LINES)


def _scanned_pdf(tmp):
    return F.scanned_pdf(tmp / "scan.pdf", _png(tmp))


def _html(tmp):
    return F.write_html(tmp / "report.html", LINES)


ALL = ("dates", "budgets", "participants")
OCR = ("dates", "budget_total")  # OCR drops tone marks: the cue words of other fields suffer
SAME_REPORT = [
    pytest.param(_cp874, "text", "cp874", None, ALL, id="txt-cp874"),
    pytest.param(_docx, "docx", None, None, ALL, id="docx"),
    pytest.param(_pdf_office, "pdf", None, 1, ALL, id="pdf-libreoffice"),
    pytest.param(_pdf_embedded_font, "pdf", None, 1, ALL, id="pdf-embedded-tlwg-font"),
    pytest.param(_png, "image", None, None, OCR, id="png-ocr"),
    pytest.param(_scanned_pdf, "pdf", None, 1, OCR, id="scanned-pdf-ocr"),
    pytest.param(_html, "html", "utf-8", None, ALL, id="html"),
]


@pytest.mark.parametrize("make,fmt,encoding,pages,fields", SAME_REPORT)
def test_same_report_in_every_format_gives_the_same_values(tmp_path, make, fmt, encoding,
                                                           pages, fields):
    if fmt == "image" or make is _scanned_pdf:
        F.need_tool("tesseract")
    reference = extract_file(_txt(tmp_path))
    assert reference.dates and reference.budgets and reference.participants
    path = make(tmp_path)
    report = extract_file(path)
    assert (report.source.format, report.source.encoding, report.source.pages) == (
        fmt, encoding, pages)
    assert _values(report, fields) == _values(reference, fields)
    _assert_evidence_exact(report, load_file(path).text)


def test_pdf_pages_are_counted_and_separated(tmp_path):
    path = F.reportlab_pdf(tmp_path / "two.pdf", [LINES[:2], LINES[2:]])
    loaded = load_file(path)
    assert loaded.source.pages == 2
    assert loaded.text == "\n".join(LINES[:2]) + "\n\f\n" + "\n".join(LINES[2:]) + "\n"


def test_docx_headers_and_footers_are_skipped(tmp_path):
    text = load_file(_docx(tmp_path)).text
    assert text == "\n".join(LINES) + "\n"


# ---- text encodings --------------------------------------------------------------------------

THAI = "งบประมาณทั้งสิ้น 20,000 บาท ผู้เข้าร่วม 50 คน\n"
ENCODINGS = [
    pytest.param(THAI.encode("utf-8"), None, "utf-8", THAI, id="utf-8"),
    pytest.param(THAI.encode("utf-8-sig"), None, "utf-8-sig", THAI, id="utf-8-bom"),
    pytest.param(THAI.encode("utf-16"), None, "utf-16", THAI, id="utf-16-bom"),
    pytest.param(THAI.encode("utf-16-le"), None, "utf-16-le", THAI, id="utf-16-le-without-bom"),
    pytest.param(THAI.encode("cp874"), None, "cp874", THAI, id="cp874"),
    pytest.param(THAI.encode("tis-620"), None, "cp874", THAI, id="tis-620"),
    # cp874 bytes that happen to be valid UTF-8 (they decode to Samaritan/Mandaic letters).
    pytest.param("เกก เกก".encode("cp874"), None, "cp874", "เกก เกก", id="cp874-valid-as-utf-8"),
    pytest.param("ทดสอบ".encode("cp874"), "cp874", "cp874", "ทดสอบ", id="encoding-given"),
    pytest.param("ดาวน์โหลด".encode("utf-8"), None, "utf-8", "ดาวน์โหลด", id="utf-8-thai-stays"),
]


@pytest.mark.parametrize("data,given,encoding,text", ENCODINGS)
def test_text_encodings_are_detected(tmp_path, data, given, encoding, text):
    p = tmp_path / "doc.txt"
    p.write_bytes(data)
    loaded = load_file(p, encoding=given)
    assert (loaded.text, loaded.source.encoding, loaded.source.format) == (text, encoding, "text")


def test_a_wrong_encoding_given_is_a_load_error(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_bytes(THAI.encode("cp874"))
    with pytest.raises(LoadError, match="utf-8"):
        load_file(p, encoding="utf-8")


# ---- DOCX structure ------------------------------------------------------------------------

def test_docx_tables_are_lines_in_document_order(tmp_path):
    table = [["รายการ", "จำนวน", "เป็นเงิน"], ["ค่าอาหารว่าง", "50 คน", "2,500 บาท"]]
    path = F.write_docx(tmp_path / "t.docx", ["ก่อนตาราง", "หลังตาราง"], table=table)
    assert load_file(path).text == ("ก่อนตาราง\nรายการ\tจำนวน\tเป็นเงิน\n"
                                    "ค่าอาหารว่าง\t50 คน\t2,500 บาท\nหลังตาราง\n")


def test_docx_merged_cell_is_not_repeated(tmp_path):
    table = [["งบประมาณรวม 20,000 บาท", "", ""], ["ก", "ข", "ค"]]
    path = F.write_docx(tmp_path / "t.docx", ["หัว", "ท้าย"], table=table, merge_first_row=True)
    text = load_file(path).text
    assert text.count("20,000") == 1 and "ก\tข\tค" in text


# ---- choosing the reader by content -------------------------------------------------------

def _renamed(make, name):
    def build(tmp):
        src = make(tmp)
        dst = tmp / name
        dst.write_bytes(src.read_bytes())
        return dst
    return build


BY_CONTENT = [
    pytest.param(_renamed(_pdf_embedded_font, "report.txt"), "pdf", id="pdf-named-txt"),
    pytest.param(_renamed(_docx, "report.pdf"), "docx", id="docx-named-pdf"),
    pytest.param(_renamed(_html, "page.txt"), "html", id="html-named-txt"),
    pytest.param(_renamed(_cp874, "report.dat"), "text", id="text-any-name"),
]


@pytest.mark.parametrize("make,fmt", BY_CONTENT)
def test_reader_is_chosen_by_content(tmp_path, make, fmt):
    assert load_file(make(tmp_path)).source.format == fmt


# ---- HTML --------------------------------------------------------------------------------

@pytest.mark.parametrize("charset", ["utf-8", "tis-620"])
def test_html_gives_the_article_without_menus_and_scripts(tmp_path, charset):
    loaded = load_file(F.write_html(tmp_path / "news.html", LINES, charset))
    assert loaded.source.format == "html"
    for line in LINES:
        assert line in loaded.text
    for noise in ("หน้าแรก", "เมนูหลัก", "สงวนลิขสิทธิ์", "2500", "999"):
        assert noise not in loaded.text


# ---- OCR -----------------------------------------------------------------------------------

def test_missing_tesseract_names_the_debian_packages(tmp_path, monkeypatch):
    png = _png(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(LoadError, match="tesseract-ocr tesseract-ocr-tha"):
        extract_file(png)


def test_no_ocr_refuses_an_image(tmp_path):
    with pytest.raises(LoadError, match="OCR"):
        load_file(_png(tmp_path), ocr=False)


def test_no_ocr_leaves_a_scanned_page_empty_with_a_warning(tmp_path):
    report = extract_file(_scanned_pdf(tmp_path), ocr=False)
    assert {w.code for w in report.warnings} >= {"no_text_layer", "empty_input"}


def test_ocr_forced_reads_a_page_that_has_text(tmp_path):
    F.need_tool("tesseract")
    report = extract_file(_pdf_embedded_font(tmp_path), ocr=True)
    assert "ocr" in {w.code for w in report.warnings}
    assert _values(report, OCR)["dates"] == [("2019-04-04", None)]


# ---- bad input ---------------------------------------------------------------------------

def _bytes(name, data):
    def build(tmp):
        p = tmp / name
        p.write_bytes(data)
        return p
    return build


def _truncated_pdf(tmp):
    data = _pdf_embedded_font(tmp).read_bytes()
    return _bytes("cut.pdf", data[: len(data) // 3])(tmp)


def _encrypted_pdf(tmp):
    return F.encrypted_pdf(tmp / "locked.pdf", _pdf_embedded_font(tmp))


BAD = [
    pytest.param(_bytes("bad.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20), "PDF", id="corrupt-pdf"),
    pytest.param(_truncated_pdf, "PDF", id="truncated-pdf"),
    pytest.param(_encrypted_pdf, "password", id="encrypted-pdf"),
    pytest.param(lambda tmp: F.zip_bomb_docx(tmp / "bomb.docx"), "zip bomb", id="zip-bomb-docx"),
    pytest.param(_bytes("fake.docx", b"\x00\x01not a zip at all" * 50), "not a Word .docx",
                 id="docx-not-a-zip"),
    pytest.param(_bytes("x.docx", b"PK\x03\x04broken"), "zip", id="docx-broken-zip"),
    pytest.param(_bytes("binary.txt", bytes(range(256)) * 40), "binary|not", id="binary-named-txt"),
    pytest.param(_bytes("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), "\\.doc",
                 id="old-binary-doc"),
    pytest.param(_bytes("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), "OCR|tesseract|image",
                 id="broken-png"),
]


@pytest.mark.parametrize("make,message", BAD)
def test_bad_input_is_a_clear_load_error(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(LoadError, match=message):
        extract_file(path)


EMPTY = [
    pytest.param(_bytes("empty.txt", b""), "empty_input", id="zero-byte-txt"),
    pytest.param(_bytes("empty.pdf", b""), "empty_input", id="zero-byte-pdf"),
    pytest.param(lambda tmp: F.render_png(tmp / "blank.png", []), "ocr_no_text", id="image-without-text"),
]


@pytest.mark.parametrize("make,code", EMPTY)
def test_empty_input_gives_an_empty_report_with_a_warning(tmp_path, make, code):
    if code == "ocr_no_text":
        F.need_tool("tesseract")
    report = extract_file(make(tmp_path))
    assert code in {w.code for w in report.warnings}
    assert not report.dates and not report.budgets


# ---- the command line over a mixed folder -------------------------------------------------

def test_directory_of_mixed_formats_gives_a_report_per_readable_file(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    F.write_text(docs / "plain.txt", LINES)
    F.write_docx(docs / "word.docx", LINES)
    F.reportlab_pdf(docs / "printed.pdf", [LINES])
    F.write_html(docs / "news.html", LINES)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\ngarbage")
    (docs / "fake.docx").write_bytes(b"\x00\x01\x02" * 100)
    (docs / "notes.md").write_text("ignored", encoding="utf-8")
    out, texts = tmp_path / "out.jsonl", tmp_path / "texts"
    res = CliRunner().invoke(app, ["extract", str(docs), "-o", str(out), "--emit-text", str(texts)])
    assert res.exit_code == 1
    assert "broken.pdf" in res.stderr and "fake.docx" in res.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    reports = [r for r in records if "error" not in r]
    failed = sorted(r["source"]["path"].rsplit("/", 1)[-1] for r in records if "error" in r)
    assert failed == ["broken.pdf", "fake.docx"]
    assert sorted(r["source"]["format"] for r in reports) == ["docx", "html", "pdf", "text"]
    for r in reports:
        stem = r["source"]["path"].rsplit("/", 1)[-1].rsplit(".", 1)[0]
        emitted = (texts / f"{stem}.txt").read_text(encoding="utf-8")
        assert len(emitted) == r["source"]["chars"]
        assert [d["value"] for d in r["dates"]] == ["2019-04-04"]
        for field in ("dates", "budgets", "participants"):
            for item in r[field]:
                ev = item["evidence"]
                assert emitted[ev["start"]:ev["end"]] == ev["text"]


def test_emit_text_refuses_two_inputs_with_the_same_stem(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    _txt(a)
    F.write_docx(b / "report.docx", LINES)
    res = CliRunner().invoke(app, ["extract", str(a / "report.txt"), str(b / "report.docx"),
                                   "--emit-text", str(tmp_path / "t")])
    assert res.exit_code == 2 and "report.txt" in res.stderr
