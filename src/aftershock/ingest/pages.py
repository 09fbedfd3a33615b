"""Main-text extraction from HTML pages with trafilatura, refusing bodies that are not articles:
empty, binary, too large, nested too deep, or in a charset other than the one declared."""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

import lxml.etree
import lxml.html
import trafilatura
from charset_normalizer import from_bytes
from trafilatura.utils import load_html

from .records import IngestError

MAX_HTML_BYTES = 5_000_000
MAX_NESTING = 200  # elements inside elements; real pages stay under ~60, libxml2 stops at 255
# The parsing budget of one page. libxml2 checks each attribute of an element against the ones
# before it, so one element with 200,000 attributes takes minutes; long real pages have ~25,000
# elements and ~10,000 attributes, never more than a few dozen on one element; spread over
# many elements, attributes cost linear time.
MAX_ELEMENTS = 200_000
MAX_ATTRIBUTES = 200_000
MAX_ELEMENT_ATTRIBUTES = 1_000
MIN_TEXT_CHARS = 40  # less is a menu or a caption, not an article
SNIFF_BYTES = 8192
BINARY_SIGNATURES = {
    b"%PDF-": "a PDF document", b"\x89PNG\r\n\x1a\n": "a PNG image", b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image", b"\xff\xd8\xff": "a JPEG image", b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip data", b"BZh": "bzip2 data", b"\xfd7zXZ\x00": "xz data",
    b"(\xb5/\xfd": "zstd data", b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive", b"Rar!": "a RAR archive",
    b"\x7fELF": "an executable", b"\xd0\xcf\x11\xe0": "an Office document", b"OggS": "Ogg media",
    b"fLaC": "FLAC audio", b"wOFF": "a web font", b"wOF2": "a web font", b"RIFF": "RIFF media",
    b"\x00\x00\x01\x00": "an icon",
}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
# WHATWG: these labels mean other charsets in browsers, and pages are written for browsers
BROWSER_ALIASES = {"ascii": "cp1252", "iso8859-1": "cp1252", "latin-1": "cp1252",
                   "gb2312": "gbk", "iso8859-11": "cp874", "tis-620": "cp874",
                   "windows-31j": "cp932", "x-sjis": "shift_jis", "windows-874": "cp874",
                   "x-mac-cyrillic": "mac-cyrillic"}
# the charsets web pages are written in (Python's names); anything else is not a page charset
WEB_CHARSETS = {"utf-8", "utf-16", "utf-16-be", "utf-16-le", "utf-32", "cp866", "koi8-r",
                "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "cp932", "cp949", "big5",
                "big5hkscs", "euc_jp", "euc_kr", "gbk", "gb18030", "iso2022_jp", "shift_jis",
                *(f"cp{n}" for n in range(1250, 1259)),
                *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16))}
META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
                          re.IGNORECASE)
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def sniff_binary(data: bytes) -> str | None:
    """What a body is when it is not text ("a PNG image", "binary data"), else None."""
    for signature, name in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return name
    head = data[:SNIFF_BYTES]
    if head.startswith(tuple(bom for bom, _ in BOMS)):
        return None  # UTF-16/32 text has NUL bytes by design
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = len(CONTROL_BYTES.findall(head))
    if controls >= 8 and controls > len(head) // 50:
        return f"binary data ({controls / len(head):.0%} control bytes)"
    return None


def _codec(label: str | None) -> str | None:
    """Python's name for a web charset label, browser aliases applied; None when it is none."""
    label = (label or "").strip().strip("'\"").lower()
    if not label or not label.isascii():
        return None
    try:
        name = codecs.lookup(BROWSER_ALIASES.get(label, label)).name
    except (LookupError, ValueError):
        return None
    name = BROWSER_ALIASES.get(name, name)
    return name if name in WEB_CHARSETS else None


def _single_byte(codec: str) -> bool:
    return len(bytes(range(128, 256)).decode(codec, errors="replace")) == 128


def _decode_as(data: bytes, codec: str, label: str, origin: str) -> str:
    """Decode with the declared charset; IngestError when the body is not in it."""
    if codec.startswith(("utf-16", "utf-32")):  # no byte-order mark: no UTF-16/32 bytes either
        raise IngestError(f"charset {label!r} declared in the {origin}, but the body is not "
                          f"{codec.upper()} (no byte-order mark, no NUL bytes)")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise IngestError(f"charset {label!r} declared in the {origin} does not match the body: "
                          f"byte 0x{data[exc.start]:02X} at offset {exc.start:,} is not "
                          f"{codec}") from None
    if not codec.startswith("utf") and _single_byte(codec) and not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return text
        raise IngestError(f"charset {label!r} declared in the {origin}, but the body is UTF-8 "
                          f"(decoding it as {codec} would garble every accented letter)")
    return text


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode HTML bytes: a byte-order mark wins, then the charset declared by the HTTP header,
    then by a <meta> tag; undeclared bytes are UTF-8 or else detected. A declared charset the
    body does not fit is refused (the text would come out garbled), as are empty and binary
    bodies."""
    if not data.strip():
        raise IngestError(f"empty body ({len(data):,} bytes{' of white space' if data else ''})")
    kind = sniff_binary(data)
    if kind:
        raise IngestError(f"binary body, not HTML: {kind}")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise IngestError(f"body starts with a {codec} byte-order mark but byte "
                                  f"{exc.start:,} is not {codec}") from None
    meta = META_CHARSET.search(data[:SNIFF_BYTES])
    for label, origin in ((declared, "HTTP header"),
                          (meta.group(1).decode("ascii") if meta else None, "page's <meta> tag")):
        codec = _codec(label)
        if codec is not None:
            return _decode_as(data, codec, label, origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data[:MAX_HTML_BYTES]).best()
        if best is None:
            raise IngestError("undecodable body: no encoding fits") from None
        return str(best)


class _MarkupCounter(HTMLParser):
    """Counts elements and attributes as a browser tokenises them, in time linear in the page
    (the standard library's tokeniser, not libxml2's quadratic attribute check), stopping at the
    first budget exceeded."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.elements = self.attributes = 0

    def handle_starttag(self, tag, attrs):
        self.elements += 1
        self.attributes += len(attrs)
        if len(attrs) > MAX_ELEMENT_ATTRIBUTES:
            raise IngestError(f"markup too heavy: one <{tag[:40]}> element has {len(attrs):,} "
                              f"attributes (limit {MAX_ELEMENT_ATTRIBUTES:,})")
        if self.attributes > MAX_ATTRIBUTES:
            raise IngestError(f"markup too heavy: more than {MAX_ATTRIBUTES:,} attributes")
        if self.elements > MAX_ELEMENTS:
            raise IngestError(f"markup too heavy: more than {MAX_ELEMENTS:,} elements")

    handle_startendtag = handle_starttag


def check_markup_budget(html: str) -> None:
    """Raise IngestError when the page has more elements or attributes than one page may (the
    MAX_ELEMENTS, MAX_ATTRIBUTES and MAX_ELEMENT_ATTRIBUTES budget), before any parse."""
    counter = _MarkupCounter()
    counter.feed(html)
    counter.close()


def parse_page(html: str):
    """The page's lxml tree, parsed once (as trafilatura parses it) for every check and for the
    extraction; None when it is not HTML at all."""
    try:
        return load_html(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def tree_depth(root) -> int:
    """How deeply a parsed page's elements nest."""
    depth = deepest = 0
    for event, _element in lxml.etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def extract_html(data: bytes, url: str, declared: str | None = None,
                 fallback_source: str | None = None,
                 fallback_published: str | None = None) -> dict:
    """An article record (contract fields) from an HTML page; IngestError when there is none."""
    if len(data) > MAX_HTML_BYTES:
        raise IngestError(f"HTML too large: {len(data):,} bytes (limit {MAX_HTML_BYTES:,})")
    html = decode_html(data, declared)
    check_markup_budget(html)
    tree = parse_page(html)
    if tree is None:
        raise IngestError("no article text found in page")
    depth = tree_depth(tree)
    if depth > MAX_NESTING:
        raise IngestError(f"markup nested too deep: {depth}{'+' if depth >= 255 else ''} "
                          f"elements inside one another (limit {MAX_NESTING})")
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    if doc is None:
        raise IngestError("no article text found in page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (meta.get("text") or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise IngestError(f"no article text found in page ({len(text)} characters of text)"
                          if text else "no article text found in page")
    return {
        "url": url,
        "source": meta.get("sitename") or meta.get("hostname") or fallback_source or "web",
        "title": meta.get("title") or text.split("\n", 1)[0][:200],
        "published": meta.get("date") or fallback_published,
        "text": text,
        "lang": meta.get("language"),
    }
