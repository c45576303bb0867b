"""Real input files, written by the tests themselves: text in several encodings, DOCX
(python-docx), PDF (LibreOffice the way office suites write Thai, and reportlab embedding a
TLWG TrueType font), PNG scans (Pillow + a TLWG font) and HTML.

The Thai fonts come from the Debian package fonts-thai-tlwg; tests that need a tool
(LibreOffice, Tesseract) are skipped when it is missing (CI installs them).
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

TLWG = Path("/usr/share/fonts/truetype/tlwg")
FONT = TLWG / "Garuda.ttf"

REPORT_LINES = [
    "รายงานผลการดำเนินงานโครงการอบรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน",
    "จัดขึ้นเมื่อวันที่ 4 เมษายน 2562 ณ ห้องประชุมเทศบาลตำบลบ้านใหม่",
    "งบประมาณทั้งสิ้น 20,000 บาท",
    "ผู้เข้าร่วมโครงการ 50 คน",
]


def need_font() -> Path:
    if not FONT.exists():
        pytest.skip("Thai TLWG fonts missing: apt-get install fonts-thai-tlwg")
    return FONT


def need_tool(*names: str) -> str:
    for name in names:
        exe = shutil.which(name)
        if exe:
            return exe
    pytest.skip(f"{names[0]} is not installed")


def write_text(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def write_docx(path: Path, lines: list[str], table: list[list[str]] | None = None,
               header: str | None = None, footer: str | None = None,
               merge_first_row: bool = False) -> Path:
    """The first line, the optional table, then the other lines, in a Thai font."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Garuda"
    style.font.size = Pt(14)
    fonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
    fonts.set(qn("w:cs"), "Garuda")
    section = doc.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    doc.add_paragraph(lines[0])
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
        if merge_first_row:
            t.cell(0, 0).merge(t.cell(0, len(table[0]) - 1)).text = table[0][0]
    for line in lines[1:]:
        doc.add_paragraph(line)
    doc.save(path)
    return path


def libreoffice_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert with LibreOffice: shaped Thai glyphs in an embedded subset font, as office
    suites write it."""
    exe = need_tool("libreoffice", "soffice")
    profile = out_dir / "lo-profile"
    res = subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless",
                          "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
                         capture_output=True, text=True, timeout=180)
    pdf = out_dir / (docx.stem + ".pdf")
    if res.returncode != 0 or not pdf.exists():
        pytest.fail(f"libreoffice failed: {res.stderr}")
    return pdf


def reportlab_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF embedding the TLWG TrueType font: each string drawn as it is (PUA code points
    included, as broken exporters write them)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = need_font()
    pdfmetrics.registerFont(TTFont("Garuda", str(font)))
    c = canvas.Canvas(str(path))
    for lines in pages:
        c.setFont("Garuda", 14)
        y = 800
        for line in lines:
            c.drawString(60, y, line)
            y -= 24
        c.showPage()
    c.save()
    return path


def render_png(path: Path, lines: list[str], size: int = 40) -> Path:
    """Thai text rendered the way a scanner would see a printed page (300 dpi-like)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(need_font()), size)
    img = Image.new("L", (1500, 80 * len(lines) + 80), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((40, 40 + 80 * i), line, font=font, fill=0)
    img.save(path)
    return path


def scanned_pdf(path: Path, png: Path) -> Path:
    """A PDF holding only the image of a page: no text layer, as a scanner writes it."""
    from PIL import Image

    Image.open(png).convert("RGB").save(path, resolution=150)
    return path


def encrypted_pdf(path: Path, plain: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def zip_bomb_docx(path: Path, megabytes: int = 64) -> Path:
    """A zip whose word/document.xml inflates a thousandfold (64 KB -> 64 MB)."""
    import zipfile

    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(megabytes):
                fh.write(chunk)
    return path


NEWS_HTML = """<!DOCTYPE html>
<html lang="th"><head><meta charset="{charset}"><title>ข่าวเทศบาล | เทศบาลตำบลบ้านใหม่</title>
<script>var ad = "วันที่ 1 มกราคม 2500 ราคา 999 บาท";</script>
<style>.menu {{ color: red }}</style></head>
<body>
<header><nav><ul><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/contact">ติดต่อเรา</a></li></ul></nav></header>
<div class="sidebar"><h3>เมนูหลัก</h3><ul><li><a href="/a">ประวัติความเป็นมา</a></li>
<li><a href="/b">วิสัยทัศน์และพันธกิจ</a></li></ul></div>
<article>
<h1>เทศบาลจัดอบรมอาสาสมัครสาธารณสุข</h1>
<p>{body0}</p>
<p>{body1} {body2} {body3} โครงการนี้มุ่งพัฒนาความรู้ด้านการดูแลผู้สูงอายุในชุมชนและส่งเสริม
สุขภาพของประชาชนในเขตเทศบาลอย่างต่อเนื่อง</p>
</article>
<footer><p>สงวนลิขสิทธิ์ เทศบาลตำบลบ้านใหม่ โทร 02-000-0000</p></footer>
<script>document.write("วันที่ 2 มกราคม 2500");</script>
</body></html>
"""


def write_html(path: Path, lines: list[str], charset: str = "utf-8") -> Path:
    page = NEWS_HTML.format(charset=charset, body0=lines[0], body1=lines[1], body2=lines[2],
                            body3=lines[3])
    path.write_bytes(page.encode("cp874" if charset == "tis-620" else charset))
    return path
