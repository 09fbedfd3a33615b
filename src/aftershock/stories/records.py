"""What the clusterer remembers about a story apart from its vectors: members, dates, outlets,
countries, entities and headline candidates."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

# Caps that keep one long-running story's bookkeeping bounded.
MAX_HEADLINE_CANDIDATES = 30
MAX_TRACKED_ENTITIES = 300


@dataclass
class HeadlineCandidate:
    """A real article title kept with its word vector so it can be compared to the centroid."""

    article_id: str
    title: str
    indices: np.ndarray
    weights: np.ndarray


@dataclass
class StoryState:
    """Everything the clusterer remembers about a story apart from its vectors."""

    key: str
    article_ids: list[str] = field(default_factory=list)
    article_times: list[datetime | None] = field(default_factory=list)  # as article_ids
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    outlets: Counter = field(default_factory=Counter)  # outlet -> its articles, copies aside
    sources_seen: Counter = field(default_factory=Counter)  # outlet -> articles, copies too
    countries: Counter = field(default_factory=Counter)
    entities: Counter = field(default_factory=Counter)
    headline_candidates: list[HeadlineCandidate] = field(default_factory=list)
    representative_headline: str | None = None
    active: bool = True
    created: int = 0  # creation order among the clusterer's stories (merges keep the older)

    @property
    def n_articles(self) -> int:
        return len(self.article_ids)

    @property
    def n_outlets(self) -> int:
        """Distinct outlets; a story carried only by near-duplicate copies still has one."""
        if self.outlets:
            return len(self.outlets)
        return 1 if self.sources_seen else 0

    def record_article(self, doc: dict, published: datetime | None, countries: set[str],
                       names: list[str]) -> None:
        """Update dates, outlets, countries and entity counts with one article."""
        self.article_ids.append(str(doc["id"]))
        self.article_times.append(published)
        if published is not None:
            if self.first_seen is None or published < self.first_seen:
                self.first_seen = published
            if self.last_seen is None or published > self.last_seen:
                self.last_seen = published
        source = doc.get("source")
        if source:
            self.sources_seen[source] += 1
            if doc.get("duplicate_of") is None:
                self.outlets[source] += 1
        # in a fixed order (countries sorted, names as first written), so that ties in the
        # counts rank the same in every process whatever its string hash seed
        self.countries.update(sorted(countries))
        self.entities.update(list(dict.fromkeys(names)))
        if len(self.entities) > MAX_TRACKED_ENTITIES:
            self.entities = Counter(dict(self.entities.most_common(MAX_TRACKED_ENTITIES // 2)))

    def remove_article(self, doc: dict, countries: set[str], names: list[str]) -> None:
        """Undo `record_article` for an article that moves to another story."""
        position = self.article_ids.index(str(doc["id"]))
        del self.article_ids[position]
        del self.article_times[position]
        times = [t for t in self.article_times if t is not None]
        self.first_seen = min(times, default=None)
        self.last_seen = max(times, default=None)
        source = doc.get("source")
        if source:
            _discount(self.sources_seen, [source])
            if doc.get("duplicate_of") is None:
                _discount(self.outlets, [source])
        _discount(self.countries, countries)
        _discount(self.entities, set(names))
        self.headline_candidates = [c for c in self.headline_candidates
                                    if c.article_id != str(doc["id"])]

    def absorb(self, other: StoryState) -> None:
        """Fold another story's bookkeeping into this one (used by the merge pass)."""
        self.article_ids.extend(other.article_ids)
        self.article_times.extend(other.article_times)
        for moment in (other.first_seen, other.last_seen):
            if moment is None:
                continue
            if self.first_seen is None or moment < self.first_seen:
                self.first_seen = moment
            if self.last_seen is None or moment > self.last_seen:
                self.last_seen = moment
        self.outlets.update(other.outlets)
        self.sources_seen.update(other.sources_seen)
        self.countries.update(other.countries)
        self.entities.update(other.entities)
        self.headline_candidates.extend(other.headline_candidates)


def _discount(counts: Counter, keys) -> None:
    """Take one off each key's count, forgetting keys that reach zero."""
    for key in keys:
        if counts.get(key, 0) > 1:
            counts[key] -= 1
        else:
            counts.pop(key, None)


def choose_headline(candidates: list[HeadlineCandidate], centroid_similarity) -> str | None:
    """The candidate title most similar to the story centroid; the earliest wins ties."""
    best_title, best_score = None, -1.0
    for candidate in candidates:
        score = centroid_similarity(candidate.indices, candidate.weights)
        if score > best_score + 1e-12:
            best_title, best_score = candidate.title, score
    return best_title


def keep_headline_candidate(candidates: list[HeadlineCandidate], new: HeadlineCandidate,
                            centroid_similarity) -> None:
    """Add a title to a story's candidates; past twice the cap, keep the cap's most central."""
    candidates.append(new)
    if len(candidates) > 2 * MAX_HEADLINE_CANDIDATES:
        prune_headline_candidates(candidates, centroid_similarity)


def prune_headline_candidates(candidates: list[HeadlineCandidate], centroid_similarity) -> None:
    """Keep the MAX_HEADLINE_CANDIDATES titles closest to the centroid, in arrival order."""
    if len(candidates) <= MAX_HEADLINE_CANDIDATES:
        return
    scores = np.array([centroid_similarity(c.indices, c.weights) for c in candidates])
    keep = set(np.argsort(-scores, kind="stable")[:MAX_HEADLINE_CANDIDATES].tolist())
    candidates[:] = [c for i, c in enumerate(candidates) if i in keep]
