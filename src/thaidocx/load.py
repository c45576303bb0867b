"""Stage 1: read an input into text, and describe where it came from (the Report's `source`)."""
from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .model import Source

MAX_BYTES = 200 * 1024 * 1024  # refuse anything larger than any real report, instead of swapping


class LoadError(Exception):
    """An input could not be read as a document; the message says why."""


@dataclass(frozen=True)
class Loaded:
    text: str
    source: Source


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def _looks_binary(text: str) -> bool:
    """Control characters other than tab/newline/CR/form-feed are rare in any real text."""
    sample = text[:65536]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f") + sample.count("\ufffd")
    return bad / len(sample) > 0.01


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes to text: the given encoding, a BOM, UTF-8, then Thai legacy cp874 (TIS-620)."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError as e:
            raise LoadError(f"unknown encoding {encoding!r}") from e
        except UnicodeDecodeError as e:
            raise LoadError(f"not valid {encoding}: {e}") from e
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise LoadError(f"has a {enc} byte-order mark but is not valid {enc}: {e}") from e
    if b"\x00" in data[:65536]:
        raise LoadError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # cp874 is TIS-620 plus a few punctuation marks; every TIS-620 file decodes as cp874.
        return data.decode("cp874"), "cp874"
    except UnicodeDecodeError as e:
        raise LoadError(f"neither UTF-8 nor Thai cp874/TIS-620 text: {e}") from e


def load_text(text: str, path: str | None = None, fmt: str = "text",
              encoding: str | None = None) -> Loaded:
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Loaded(text, Source(path=path, sha256=sha, format=fmt, encoding=encoding, chars=len(text)))


def load_file(path: str | Path, encoding: str | None = None) -> Loaded:
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
    text, enc = decode(data, encoding)
    if _looks_binary(text):
        raise LoadError("binary content (control characters), not text")
    sha = hashlib.sha256(data).hexdigest()
    return Loaded(text, Source(path=str(path), sha256=sha, format="text", encoding=enc,
                               chars=len(text)))
