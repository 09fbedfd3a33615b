"""Numbered sources for a brief: each article cited once, near-duplicate wire copies folded in."""
from __future__ import annotations

from collections.abc import Mapping

from aftershock.ripple.corpus import canonical_id, copies_of


class SourceList:
    """Hands out citation numbers in order of first citation; copies cite their original."""

    def __init__(self, articles_by_id: Mapping):
        self._articles = articles_by_id
        self._numbers: dict[object, int] = {}

    def cite(self, article_id) -> int | None:
        """The citation number for an article (its original's number if it is a folded copy)."""
        original = canonical_id(article_id, self._articles)
        if original not in self._articles:
            return None
        if original not in self._numbers:
            self._numbers[original] = len(self._numbers) + 1
        return self._numbers[original]

    def canonical(self, article_id):
        return canonical_id(article_id, self._articles)

    def __contains__(self, article_id) -> bool:
        return self.canonical(article_id) in self._numbers

    def to_list(self) -> list[dict]:
        sources = []
        for article_id, number in sorted(self._numbers.items(), key=lambda item: item[1]):
            article = self._articles[article_id]
            copies = copies_of(article_id, self._articles)
            outlets = [c.get("source") for c in copies if c.get("source")]
            sources.append(
                {
                    "n": number,
                    "title": article.get("title"),
                    "outlet": article.get("source"),
                    "date": (article.get("published") or "")[:10] or None,
                    "url": article.get("url"),
                    "article_id": article_id,
                    "also_carried_by": [
                        o for o in dict.fromkeys(outlets) if o != article.get("source")
                    ],
                    "copies": [
                        {"article_id": c["id"], "outlet": c.get("source"), "url": c.get("url")}
                        for c in copies
                    ],
                }
            )
        return sources


def _sentences_in_reading_order(brief: Mapping):
    yield from brief.get("highlights", [])
    for section in brief.get("sections", []):
        for paragraph in section.get("paragraphs", []):
            yield from paragraph.get("sentences", [])


def renumber_sources(brief: dict) -> dict:
    """Number sources in reading order (highlights, then sections) and drop uncited ones."""
    mapping: dict[int, int] = {}
    for sentence in _sentences_in_reading_order(brief):
        for number in sentence["citations"]:
            mapping.setdefault(number, len(mapping) + 1)
    for sentence in _sentences_in_reading_order(brief):
        sentence["citations"] = [mapping[n] for n in sentence["citations"]]
    sources = [dict(source, n=mapping[source["n"]]) for source in brief.get("sources", [])
               if source["n"] in mapping]
    brief["sources"] = sorted(sources, key=lambda source: source["n"])
    return brief
