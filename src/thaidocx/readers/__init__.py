"""Readers: bytes of one input -> the text the pipeline works on, chosen by content.

The content decides (magic bytes: %PDF, a zip holding word/document.xml, PNG/JPEG/TIFF
signatures, an HTML start); the file name's extension only decides what to call an input
whose content is not recognized.
"""
from __future__ import annotations

import io
import zipfile

import regex

from .base import LoadError, Read
from .docx import check_zip, read_docx
from .html import read_html
from .ocr import ocr_image
from .pdf import read_pdf
from .text import decode, looks_binary, read_text

__all__ = ["LoadError", "Read", "read_document", "sniff", "decode", "looks_binary"]

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a")
_HTML_START = regex.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]",
                            regex.I | regex.S)
_BINARY_SUFFIXES = {".pdf": "PDF", ".docx": "Word .docx", ".png": "PNG image", ".jpg": "JPEG image",
                    ".jpeg": "JPEG image", ".tif": "TIFF image", ".tiff": "TIFF image"}


def sniff(data: bytes) -> str | None:
    """The format the content shows: pdf, docx, zip, image, html, ole (old .doc) or None."""
    if data.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if data.startswith(_IMAGE_MAGIC):
        return "image"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    head = data[:4096]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if _HTML_START.match(head):
        return "html"
    return None


def read_document(data: bytes, suffix: str = "", encoding: str | None = None,
                  ocr: bool | None = None) -> Read:
    """Read one input. `ocr`: None = OCR pages without text and images; True = OCR every
    page; False = never OCR."""
    kind = sniff(data)
    suffix = suffix.lower()
    if kind == "pdf":
        return read_pdf(data, ocr)
    if kind == "docx":
        return read_docx(data)
    if kind == "zip":
        check_zip(data)
        raise LoadError("a zip archive but not a Word .docx (it has no word/document.xml)")
    if kind == "ole":
        raise LoadError("an old binary Word .doc (or other OLE file), not supported: "
                        "save it as .docx")
    if kind == "image":
        return _read_image(data, ocr)
    if kind == "html" or (suffix in (".html", ".htm") and data.strip()):
        return read_html(data, encoding)
    if suffix in _BINARY_SUFFIXES and data:
        raise LoadError(f"named {suffix} but not a {_BINARY_SUFFIXES[suffix]} "
                        "(its content is not recognized)")
    return read_text(data, encoding)


def _read_image(data: bytes, ocr: bool | None) -> Read:
    from ..model import Warning

    if ocr is False:
        raise LoadError("an image: its text can only be read by OCR, which --no-ocr turned off")
    text = ocr_image(data, "image")
    warnings = [Warning(code="ocr", message="text read by OCR")]
    if not text.strip():
        warnings.append(Warning(code="ocr_no_text", message="OCR found no text in the image"))
    return Read(text=text, format="image", warnings=tuple(warnings))
