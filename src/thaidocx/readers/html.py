"""HTML pages saved from news sites: the main article text, without menus, scripts and
footers (trafilatura), with the page's headline as the first line."""
from __future__ import annotations

import regex

from .base import LoadError, Read
from .text import decode

_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.I)
_LEGACY_THAI = {"tis-620": "cp874", "tis620": "cp874", "windows-874": "cp874", "x-windows-874": "cp874",
                "iso-8859-11": "cp874"}


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode with: the given encoding, a BOM, the page's own <meta charset>, then detection."""
    if not encoding and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            declared = _LEGACY_THAI.get(declared, declared)
            try:
                return data.decode(declared), declared
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common: detect instead
    return decode(data, encoding)


def read_html(data: bytes, encoding: str | None = None) -> Read:
    page, enc = decode_html(data, encoding)
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(page, include_comments=False, include_tables=True,
                                          favor_recall=True, deduplicate=False,
                                          with_metadata=True)
    except Exception as e:  # trafilatura parses anything; a failure means a broken page
        raise LoadError(f"unreadable HTML: {type(e).__name__}: {e}") from e
    body = _field(doc, "text") or _fallback(page)
    title = (_field(doc, "title") or "").strip()
    lines = [line.rstrip() for line in body.splitlines()]
    if title and (not lines or title not in lines[0]):
        lines.insert(0, title)
    text = "\n".join(lines).strip("\n")
    return Read(text=text + "\n" if text else "", format="html", encoding=enc)


def _field(doc, name: str) -> str | None:
    if doc is None:
        return None
    value = getattr(doc, name, None) if not isinstance(doc, dict) else doc.get(name)
    return value if isinstance(value, str) and value.strip() else None


def _fallback(page: str) -> str:
    """All visible text of the body, for pages trafilatura finds no article in."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(page)
    except Exception:  # lxml rejects empty or non-HTML documents
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//nav|//header|//footer|//form|//aside"):
        bad.drop_tree()
    return "\n".join(t.strip() for t in tree.itertext() if t.strip())
