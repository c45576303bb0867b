"""Stage 1: read an input into text, and describe where it came from (the Report's `source`).

The readers (readers/) choose by content: text in any of the usual encodings, .docx, PDF
(text layer, or OCR for scans), images (OCR) and HTML pages.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .model import Source, Warning
from .readers import LoadError, decode, looks_binary, read_document

__all__ = ["LoadError", "Loaded", "load_text", "load_file", "decode"]

MAX_BYTES = 200 * 1024 * 1024  # refuse anything larger than any real report, instead of swapping
_looks_binary = looks_binary  # the former name, kept for callers


@dataclass(frozen=True)
class Loaded:
    text: str
    source: Source
    warnings: tuple[Warning, ...] = ()  # what the reader wants the Report to say (OCR, ...)


def load_text(text: str, path: str | None = None, fmt: str = "text",
              encoding: str | None = None) -> Loaded:
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Loaded(text, Source(path=path, sha256=sha, format=fmt, encoding=encoding, chars=len(text)))


def load_file(path: str | Path, encoding: str | None = None, *, ocr: bool | None = None) -> Loaded:
    """Read a file of any supported format. `encoding` applies to text and HTML; `ocr`: None
    reads scans and images by OCR, True forces OCR on every PDF page, False never runs it."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(f"file is {size} bytes, more than the {MAX_BYTES} byte limit")
        data = p.read_bytes()
    except IsADirectoryError as e:
        raise LoadError("is a directory") from e
    except OSError as e:
        raise LoadError(e.strerror or str(e)) from e
    read = read_document(data, suffix=p.suffix, encoding=encoding, ocr=ocr)
    sha = hashlib.sha256(data).hexdigest()
    source = Source(path=str(path), sha256=sha, format=read.format, encoding=read.encoding,
                    chars=len(read.text), pages=read.pages)
    return Loaded(read.text, source, read.warnings)
