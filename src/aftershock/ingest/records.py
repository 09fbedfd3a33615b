"""Article records: validation of what readers produce, and the reasons a record is rejected."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ..errors import AftershockError
from .canonical import canonical_url
from .dates import parse_published

MAX_TEXT_BYTES = 2_000_000
REQUIRED = ("id", "url", "source", "title", "published", "text")
# A word: a run of two or more letters (the story stage's own test, stories/intake.py).
_HAS_WORDS = re.compile(r"[^\W\d_]{2,}")


class IngestError(AftershockError):
    """Aftershock's own error for unreadable inputs; the message names the input and problem."""


@dataclass
class Rejection:
    where: str  # file:line or URL
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class Candidate:
    """A raw record from a reader, with where it came from: the user's own file (`local`) or
    a fetched page or feed, whose dates get a narrower future limit (aftershock.published)."""
    where: str
    raw: dict = field(default_factory=dict)
    local: bool = True


def content_hash(text: str) -> str:
    """SHA-256 of the text with case and whitespace normalised: equal texts, equal hashes."""
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def validate(raw: dict, where: str, local: bool = True) -> dict:
    """Check one raw record against the article contract and return the record to store.

    Raises IngestError with a reason naming the field."""
    lang = _check_fields(raw)
    text = str(raw["text"])
    _check_text(text, str(raw["title"]))
    url = str(raw["url"]).strip()
    if not re.match(r"^(https?|file)://", url):
        raise IngestError(f"url must be http(s) or file, got {url[:80]!r}")
    try:
        published = parse_published(raw["published"], local=local)
    except ValueError as exc:
        raise IngestError(str(exc)) from None
    title = re.sub(r"\s+", " ", str(raw["title"])).strip()
    if len(title) > 2000:
        raise IngestError(f"title too long: {len(title)} characters")
    return {
        "ext_id": str(raw["id"]), "url": url, "canonical_url": canonical_url(url),
        "source": re.sub(r"\s+", " ", str(raw["source"])).strip(), "title": title,
        "published": published, "text": text.strip(), "lang": lang,
        "content_hash": content_hash(text),
    }


def _check_fields(raw) -> str | None:
    """An object with every required field, each a string (or number), and no NUL; returns
    its language (None when unset)."""
    if not isinstance(raw, dict):
        raise IngestError(f"expected a JSON object, got {type(raw).__name__}")
    missing = [k for k in REQUIRED if raw.get(k) in (None, "")]
    if missing:
        raise IngestError(f"missing field{'s' if len(missing) > 1 else ''}: {', '.join(missing)}")
    for k in REQUIRED:
        if k != "published" and not isinstance(raw[k], (str, int)):
            raise IngestError(f"field {k!r} must be a string, got {type(raw[k]).__name__}")
    lang = raw.get("lang") or None
    if lang is not None and not isinstance(lang, str):
        raise IngestError(f"field 'lang' must be a string, got {type(lang).__name__}")
    for k in (*REQUIRED, "lang"):
        if isinstance(raw.get(k), str) and "\x00" in raw[k]:
            raise IngestError(f"field {k!r} contains a NUL character")  # no database stores it
    return lang


def _check_text(text: str, title: str) -> None:
    """Text within the size limit, not empty, with words (in it or the title), decodable."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_TEXT_BYTES:
        raise IngestError(f"text too large: {size:,} bytes (limit {MAX_TEXT_BYTES:,})")
    if not text.strip():
        raise IngestError("empty text")
    if not _HAS_WORDS.search(text) and not _HAS_WORDS.search(title):
        # (nothing to group into a story or code: it would stay pending for ever)
        raise IngestError("no words in title or text")
    if "\ufffd" in text or re.search(r"[\ud800-\udfff]", text):
        raise IngestError("text has undecodable bytes")
