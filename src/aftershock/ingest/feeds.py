"""RSS and Atom feeds: safe XML checks, then entries as article candidates via feedparser.

A feed may not declare XML entities (no "billion laughs", no external entities) nor point at an
external DTD (never fetched: refused, except the well-known RSS 0.91 one, which is ignored). The
bytes are handed to feedparser as a stream, never as a string it could take for a file name or
URL to open. One entry that cannot be read is a rejection of its own; the others go on."""
from __future__ import annotations

import io
import re
from collections.abc import Iterator

import defusedxml.ElementTree as safe_et
import feedparser
import lxml.html
from defusedxml import DefusedXmlException
from feedparser.encodings import convert_to_utf8

from .records import Candidate, IngestError, Rejection

FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.DOTALL)
MAX_FEED_BYTES = 10_000_000
# Files read as RSS or Atom feeds when named on the command line.
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
ENTITY_DECLARATION = re.compile(rb"<!ENTITY\b", re.IGNORECASE)
EXTERNAL_DTD = re.compile(rb"<!DOCTYPE\s+[^\s>\[]+\s+(SYSTEM|PUBLIC)\s*(\"[^\"]*\"|'[^']*')",
                          re.IGNORECASE)
KNOWN_PUBLIC_DTDS = (b"-//Netscape Communications//DTD RSS 0.91//EN",)


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    if any(k in content_type for k in ("rss", "atom")):
        return True
    return bool(FEED_START.match(data[:2048]))


def _as_feedparser_reads(data: bytes) -> bytes:
    """The document as UTF-8, the way feedparser converts it (UTF-16, EBCDIC... unwrapped)."""
    try:
        return convert_to_utf8({}, data, {})
    except Exception:  # noqa: BLE001 - a conversion failure leaves the raw bytes to check
        return data


def check_safe_xml(data: bytes, where: str) -> None:
    """Refuse entity declarations (entity expansion, external entities) and external DTDs."""
    for view in (data, _as_feedparser_reads(data)):
        if ENTITY_DECLARATION.search(view):
            raise IngestError("feed refused: it declares XML entities (<!ENTITY>); entities "
                              "are never expanded")
        dtd = EXTERNAL_DTD.search(view)
        if dtd and not (dtd.group(1).upper() == b"PUBLIC"
                        and dtd.group(2)[1:-1].strip() in KNOWN_PUBLIC_DTDS):
            ident = dtd.group(2)[1:-1].decode("utf-8", "replace")[:200]
            raise IngestError(f"feed refused: it names an external DTD ({ident!r}); external "
                              f"DTDs are never fetched")
    try:
        safe_et.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise IngestError(f"feed refused: {exc.__class__.__name__} (XML entities are not "
                          f"expanded)") from None
    except (safe_et.ParseError, ValueError, LookupError):
        pass  # malformed XML: feedparser is lenient and decides


def html_to_text(fragment: str) -> str:
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fromstring(fragment)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    blocks = [b.text_content().strip() for b in root.xpath("//p|//li|//h1|//h2|//h3")]
    text = "\n\n".join(b for b in blocks if b) or root.text_content()
    return re.sub(r"[ \t]+", " ", text).strip()


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def entry_record(entry, where: str, n: int, outlet: str, lang) -> dict:
    """The contract fields of one feed entry (values may still fail validation)."""
    link = _text(entry.get("link"))
    body = ""
    if entry.get("content"):
        body = max((_text(c.get("value")) for c in entry.content), key=len)
    body = html_to_text(body or _text(entry.get("summary")))
    published = _text(entry.get("published")) or _text(entry.get("updated"))
    return {
        "id": _text(entry.get("id")) or link or f"{where}#{n}",
        "url": link, "source": outlet, "title": _text(entry.get("title")),
        "published": published, "text": body, "lang": lang if isinstance(lang, str) else None,
    }


def parse_feed(data: bytes, where: str) -> Iterator[Candidate | Rejection]:
    """Candidates for each entry of an RSS or Atom document; a bad entry is its own rejection."""
    if len(data) > MAX_FEED_BYTES:
        raise IngestError(f"feed too large: {len(data):,} bytes (limit {MAX_FEED_BYTES:,})")
    check_safe_xml(data, where)
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True,
                                  resolve_relative_uris=False)
    except (UnicodeError, ValueError, LookupError) as exc:  # a broken encoding declaration
        raise IngestError(f"feed cannot be decoded: {exc.__class__.__name__}: {exc}"[:300]) \
            from None
    if not parsed.entries:
        reason = f"no feed entries ({parsed.get('bozo_exception', 'not a feed')})" \
            if parsed.get("bozo") else "feed has no entries"
        raise IngestError(reason)
    outlet = _text(parsed.feed.get("title")).strip() or where
    for n, entry in enumerate(parsed.entries, start=1):
        entry_where = f"{where}#entry{n}"
        try:
            yield Candidate(entry_where, entry_record(entry, where, n, outlet,
                                                      parsed.feed.get("language")))
        except IngestError as exc:
            yield Rejection(entry_where, str(exc))
