"""Main-text extraction from HTML pages with trafilatura, refusing bodies that are not articles."""
from __future__ import annotations

import trafilatura
from charset_normalizer import from_bytes

from .records import IngestError

MAX_HTML_BYTES = 5_000_000


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode HTML bytes using the declared charset when it fits, else a detected one."""
    if not data.strip():
        raise IngestError("empty body")
    if b"\x00" in data[:4096]:
        raise IngestError("binary body, not HTML")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise IngestError("undecodable body: no encoding fits") from None
        return str(best)


def extract_html(data: bytes, url: str, declared: str | None = None,
                 fallback_source: str | None = None,
                 fallback_published: str | None = None) -> dict:
    """An article record (contract fields) from an HTML page; IngestError when there is none."""
    if len(data) > MAX_HTML_BYTES:
        raise IngestError(f"HTML too large: {len(data):,} bytes (limit {MAX_HTML_BYTES:,})")
    html = decode_html(data, declared)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    if doc is None:
        raise IngestError("no article text found in page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (meta.get("text") or "").strip()
    if not text:
        raise IngestError("no article text found in page")
    return {
        "url": url,
        "source": meta.get("sitename") or meta.get("hostname") or fallback_source or "web",
        "title": meta.get("title") or text.split("\n", 1)[0][:200],
        "published": meta.get("date") or fallback_published,
        "text": text,
        "lang": meta.get("language"),
    }
