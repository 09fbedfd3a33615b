"""Checks an incoming article before clustering: rejects what cannot be clustered, notes the
rest."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from ..published import too_far_ahead
from .features import parse_published

# Text past this many characters adds nothing to a story match and only costs time.
MAX_TEXT_CHARS = 20_000


# Something worth clustering on: a run of two or more letters.
_HAS_WORDS = re.compile(r"[^\W\d_]{2,}")


class ArticleRejected(ValueError):
    """An article the clusterer cannot place in any story; the message names it and why."""


@dataclass
class CheckedArticle:
    """The fields the clusterer reads, cleaned, with notes on what was repaired or ignored."""

    article_id: str
    title: str | None
    text: str
    published: datetime | None
    notes: list[str] = field(default_factory=list)


def check_article(doc, now: datetime | None = None,
                  max_text_chars: int = MAX_TEXT_CHARS) -> CheckedArticle:
    """Validate one article dict; raise `ArticleRejected` when it has nothing to cluster on."""
    if not isinstance(doc, dict):
        raise ArticleRejected(f"article is a {type(doc).__name__}, not an object")
    raw_id = doc.get("id")
    if raw_id is None or str(raw_id).strip() == "":
        raise ArticleRejected("article has no id")
    article_id = str(raw_id)
    notes = []
    title = doc.get("title")
    title = title.strip() if isinstance(title, str) and title.strip() else None
    text = doc.get("text")
    if text is not None and not isinstance(text, str):
        raise ArticleRejected(f"article {article_id}: text is a {type(text).__name__}, "
                              "not a string")
    text = text or ""
    if len(text) > max_text_chars:
        notes.append(f"article {article_id}: text has {len(text)} characters; clustered on "
                     f"the first {max_text_chars}")
        text = text[:max_text_chars]
    if not _HAS_WORDS.search(title or "") and not _HAS_WORDS.search(text):
        raise ArticleRejected(f"article {article_id}: no title and no text with words to "
                              "cluster on")
    if title is None:
        notes.append(f"article {article_id}: no title; clustered on its text")
    published = _checked_date(doc.get("published"), article_id, now, notes)
    return CheckedArticle(article_id, title, text, published, notes)


def _checked_date(value, article_id: str, now: datetime | None, notes: list[str]):
    if value is None or value == "":
        notes.append(f"article {article_id}: no published date; clustered without time "
                     "evidence")
        return None
    published = parse_published(value)
    if published is None:
        notes.append(f"article {article_id}: unreadable published date {value!r}; clustered "
                     "without time evidence")
        return None
    # past the widest limit ingest accepts (aftershock/published.py): wrong, not news from the
    # future
    if too_far_ahead(published, now, local=True):
        notes.append(f"article {article_id}: published date {published.isoformat()} is in the "
                     "future; clustered without time evidence")
        return None
    return published
