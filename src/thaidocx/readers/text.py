"""Plain text files: UTF-8 (with or without BOM), UTF-16/32 (BOM, or UTF-16 without one),
and the Thai legacy encoding TIS-620 / cp874, detected so that Thai never comes out as
mojibake."""
from __future__ import annotations

import codecs

import regex

from .base import LoadError, Read

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
SAMPLE = 65536
# Characters a Thai or English document is made of; a wrong decoding yields others
# (UTF-8 decoded from cp874 bytes gives Syriac, CJK ... ; cp874 decoded from Latin-1 gives
# Thai marks with no consonant to sit on).
_EXPECTED = regex.compile(r"[\x09\x0a\x0c\x0d\x20-\x7e\u00a0-\u00ff\u0e00-\u0e7f\u2000-\u206f"
                          r"\u20ac\u2122\uf700-\uf71f\ufeff]")
_THAI = regex.compile(r"[\u0e01-\u0e5b]")
_STRAY_MARK = regex.compile(r"(?<![\u0e01-\u0e2e\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
                            r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def looks_binary(text: str) -> bool:
    """Control characters other than tab/newline/CR/form-feed are rare in any real text."""
    sample = text[:SAMPLE]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f") + sample.count("\ufffd")
    return bad / len(sample) > 0.01


def plausibility(text: str) -> float:
    """Share of the sample made of expected characters, less Thai marks that sit on nothing."""
    sample = text[:SAMPLE]
    if not sample:
        return 1.0
    good = len(_EXPECTED.findall(sample)) - 2 * len(_STRAY_MARK.findall(sample))
    return good / len(sample)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes to text: the given encoding, a BOM, UTF-16 without BOM, UTF-8 (unless cp874
    reads far more plausibly), then Thai legacy cp874 (TIS-620)."""
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
    if b"\x00" in data[:SAMPLE]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            return utf16
        raise LoadError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _cp874_reads_better(data, text):
        return text, "utf-8"
    try:
        # cp874 is TIS-620 plus a few punctuation marks; every TIS-620 file decodes as cp874.
        legacy = data.decode("cp874")
    except UnicodeDecodeError as e:
        raise LoadError(f"neither UTF-8 nor Thai cp874/TIS-620 text: {e}") from e
    if plausibility(legacy) < 0.8:
        raise LoadError("neither UTF-8 nor plausible Thai cp874/TIS-620 text; "
                        "name the encoding with --encoding")
    return legacy, "cp874"


def _cp874_reads_better(data: bytes, utf8_text: str) -> bool:
    """A short cp874 file can happen to be valid UTF-8 (its Thai bytes pair up as UTF-8
    sequences): it then decodes to no Thai at all but to odd scripts, where cp874 reads as
    plausible Thai. Valid UTF-8 holding any Thai is always taken as UTF-8."""
    if _THAI.search(utf8_text) or plausibility(utf8_text) >= 0.9:
        return False
    try:
        return plausibility(data.decode("cp874")) >= 0.9
    except UnicodeDecodeError:
        return False


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 written without a BOM: every other byte is the high byte of a Thai (0x0E),
    ASCII (0x00) or punctuation (0x20) code point."""
    head = data[:SAMPLE]
    if len(head) < 4:
        return None
    for enc, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if sum(high.count(b) for b in (0x00, 0x0E, 0x20)) >= 0.95 * len(high):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if plausibility(text) >= 0.9:
                return text, enc
    return None


def read_text(data: bytes, encoding: str | None = None) -> Read:
    text, enc = decode(data, encoding)
    if looks_binary(text):
        raise LoadError("binary content (control characters), not text")
    return Read(text=text, format="text", encoding=enc)
