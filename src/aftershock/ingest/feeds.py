"""RSS and Atom feeds: safe XML checks, then entries as article candidates via feedparser."""
from __future__ import annotations

import re
from collections.abc import Iterator

import defusedxml.ElementTree as safe_et
import feedparser
import lxml.html
from defusedxml import DefusedXmlException

from .records import Candidate, IngestError, Rejection

FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.DOTALL)


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    if any(k in content_type for k in ("rss", "atom")):
        return True
    return bool(FEED_START.match(data[:2048]))


def check_safe_xml(data: bytes, where: str) -> None:
    """Refuse DTDs with entity declarations (entity expansion, external entities)."""
    try:
        safe_et.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise IngestError(f"feed refused: {exc.__class__.__name__} (XML entities are not "
                          f"expanded)") from None
    except safe_et.ParseError:
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


def parse_feed(data: bytes, where: str) -> Iterator[Candidate | Rejection]:
    """Candidates for each entry of an RSS or Atom document; a bad entry is its own rejection."""
    check_safe_xml(data, where)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        reason = f"no feed entries ({parsed.get('bozo_exception', 'not a feed')})" \
            if parsed.get("bozo") else "feed has no entries"
        raise IngestError(reason)
    outlet = (parsed.feed.get("title") or "").strip() or where
    for n, entry in enumerate(parsed.entries, start=1):
        entry_where = f"{where}#entry{n}"
        link = entry.get("link") or ""
        body = ""
        if entry.get("content"):
            body = max((c.get("value", "") for c in entry.content), key=len)
        body = html_to_text(body or entry.get("summary", ""))
        published = entry.get("published") or entry.get("updated") or ""
        yield Candidate(entry_where, {
            "id": entry.get("id") or link or f"{where}#{n}",
            "url": link, "source": outlet, "title": entry.get("title", ""),
            "published": published,
            "text": body, "lang": parsed.feed.get("language"),
        })
