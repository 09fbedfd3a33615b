"""Article look-ups shared by ripple and briefs: by id, near-duplicate folding, article dates."""
from __future__ import annotations

from collections.abc import Iterable, Mapping


def articles_by_id(articles: Iterable[Mapping]) -> dict:
    return {article["id"]: article for article in articles}


def canonical_id(article_id, by_id: Mapping) -> object:
    """The id of the original a near-duplicate copy folds into (following chains), else its own
    id."""
    seen = set()
    current = article_id
    while current in by_id and by_id[current].get("duplicate_of") not in (None, current):
        if current in seen:
            break
        seen.add(current)
        original = by_id[current]["duplicate_of"]
        if original not in by_id:
            break
        current = original
    return current


def is_folded_copy(article: Mapping, by_id: Mapping) -> bool:
    """True for a near-duplicate whose original is present (its content is counted via the
    original)."""
    return canonical_id(article["id"], by_id) != article["id"]


def copies_of(article_id, by_id: Mapping) -> list[Mapping]:
    """Near-duplicate copies folded into this article, earliest first."""
    copies = [a for a in by_id.values()
              if a["id"] != article_id and canonical_id(a["id"], by_id) == article_id]
    return sorted(copies, key=lambda a: a.get("published") or "")


def unfolded_events(events: Iterable[Mapping], by_id: Mapping) -> list[Mapping]:
    """Events minus those coded from folded near-duplicate copies (they would count twice)."""
    kept = []
    for event in events:
        article = by_id.get(event.get("article_id"))
        if article is not None and is_folded_copy(article, by_id):
            continue
        kept.append(event)
    return kept


def article_text(article: Mapping) -> str:
    return f"{article.get('title') or ''}\n\n{article.get('text') or ''}"
