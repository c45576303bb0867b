"""PDF: the text layer page by page (PDFium, through pypdfium2); pages without one go
through OCR. Pages are separated by a line holding a form feed."""
from __future__ import annotations

import ctypes

import regex

from ..model import Warning
from .base import LoadError, Read
from .ocr import ocr_image

MIN_PAGE_CHARS = 8  # fewer visible characters than this: the page is a scan
OCR_DPI = 300
PAGE_BREAK = "\n\f\n"
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")
_THAI_MARK = regex.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33\u0e45]")
_THAI = regex.compile(r"[\u0e01-\u0e4e\uf700-\uf71f]")


def read_pdf(data: bytes, ocr: bool | None = None) -> Read:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise LoadError("encrypted PDF: it needs a password to open") from e
        raise LoadError(f"unreadable PDF (corrupt or truncated?): {e}") from e
    try:
        return _read_pages(pdf, ocr)
    finally:
        pdf.close()


def _read_pages(pdf, ocr: bool | None) -> Read:
    n = len(pdf)
    if n == 0:
        raise LoadError("PDF without pages (corrupt or truncated?)")
    texts: list[str] = []
    scanned: list[int] = []
    skipped: list[int] = []
    for i in range(n):
        page = pdf[i]
        try:
            text = _page_text(page)
            if ocr or (ocr is None and _is_scan(text)):
                text = ocr_image(_render_pgm(page), f"page {i + 1}")
                scanned.append(i + 1)
            elif _is_scan(text):
                skipped.append(i + 1)
        finally:
            page.close()
        texts.append(text.rstrip("\n"))
    warnings = []
    if scanned:
        warnings.append(Warning(code="ocr", message=f"pages read by OCR: {_pages(scanned)}"))
    if skipped:
        warnings.append(Warning(code="no_text_layer", message=(
            f"pages without a text layer, not read (OCR off): {_pages(skipped)}")))
    text = PAGE_BREAK.join(texts)
    return Read(text=text + "\n" if text.strip() else "", format="pdf", pages=n,
                warnings=tuple(warnings))


def _pages(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers))


def _is_scan(text: str) -> bool:
    return sum(1 for ch in text if not ch.isspace()) < MIN_PAGE_CHARS


def _page_text(page) -> str:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        text = _drop_spurious_spaces(textpage, text)
    finally:
        textpage.close()
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _drop_spurious_spaces(textpage, text: str) -> str:
    """PDFium inserts a space wherever glyphs leave a gap; Thai marks, drawn over their
    consonant with boxes of their own, make gaps that are not there. Such a generated space
    goes when a mark follows it, or when the letters around it nearly touch."""
    import pypdfium2.raw as raw

    if " " not in text or not _THAI.search(text) or raw.FPDFText_CountChars(textpage) != len(text):
        return text  # character indices would not line up with the text
    out = []
    for i, ch in enumerate(text):
        if (ch == " " and 0 < i < len(text) - 1 and _THAI.match(text[i - 1])
                and _THAI.match(text[i + 1]) and raw.FPDFText_IsGenerated(textpage, i) == 1
                and (_THAI_MARK.match(text[i + 1]) or _touching(textpage, text, i))):
            continue
        out.append(ch)
    return "".join(out)


def _touching(textpage, text: str, i: int) -> bool:
    """Do the letters before position i (a base and its marks) and the letter after it
    (nearly) touch?"""
    import pypdfium2.raw as raw

    j = i - 1
    while j > 0 and _THAI_MARK.match(text[j]):
        j -= 1
    boxes = [b for b in (_box(textpage, k) for k in range(j, i)) if b]
    after = _box(textpage, i + 1)
    if not boxes or after is None:
        return False
    size = raw.FPDFText_GetFontSize(textpage, i + 1) or 10.0
    return after[0] - max(b[1] for b in boxes) < 0.2 * size


def _box(textpage, i: int) -> tuple[float, float] | None:
    import pypdfium2.raw as raw

    l, r, b, t = (ctypes.c_double() for _ in range(4))
    if not raw.FPDFText_GetCharBox(textpage, i, l, r, b, t):
        return None
    return l.value, r.value


def _render_pgm(page) -> bytes:
    """The page as a grayscale PGM image at OCR_DPI, for Tesseract."""
    bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)
    try:
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        channels = getattr(bitmap, "n_channels", None) or max(1, stride // max(width, 1))
        buf = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    # Some PDFium builds render gray as BGR(x): keep one channel of each pixel.
    rows = b"".join(buf[y * stride:y * stride + width * channels:channels] for y in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows
