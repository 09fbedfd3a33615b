"""Comparable state of an active story (centroids, time span, dates) and evidence helpers."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from .features import RunningTfidf, weighted_unit
from .records import StoryState


class Centroid:
    """Running sum of unit term-frequency vectors; IDF is applied only when comparing."""

    def __init__(self, max_terms: int = 200):
        self.indices = np.zeros(0, dtype=np.int64)
        self.weights = np.zeros(0)
        self.max_terms = max_terms

    def add(self, indices: np.ndarray, weights: np.ndarray) -> None:
        """Add a document's term weights; over the cap, keep the terms its articles share most."""
        if len(indices) == 0:
            return
        merged = np.concatenate([self.indices, indices])
        values = np.concatenate([self.weights, weights])
        self.indices, position = np.unique(merged, return_inverse=True)
        self.weights = np.bincount(position, weights=values, minlength=len(self.indices))
        if len(self.indices) > self.max_terms:
            keep = np.sort(np.argsort(self.weights, kind="stable")[-self.max_terms:])
            self.indices, self.weights = self.indices[keep], self.weights[keep]

    def absorb(self, other: Centroid) -> None:
        self.add(other.indices, other.weights)

    def unit(self, space: RunningTfidf) -> tuple[np.ndarray, np.ndarray]:
        return self.indices, weighted_unit(self.indices, self.weights, space)


@dataclass
class ArticleFeatures:
    """One article turned into the signals the clusterer compares."""

    article_id: str
    published: datetime | None
    days: float | None
    word_indices: np.ndarray
    word_weights: np.ndarray
    entity_indices: np.ndarray
    entity_weights: np.ndarray
    names: list[str]
    countries: set[str]
    event_dates: set[str]
    title: str | None
    title_indices: np.ndarray
    title_weights: np.ndarray


@dataclass
class StoryVectors:
    """The comparable part of an active story: centroids and its time span in days."""

    words: Centroid
    entities: Centroid
    first_days: float | None = None
    last_days: float | None = None
    event_dates: Counter = field(default_factory=Counter)

    def extend_span(self, days: float | None) -> None:
        if days is None:
            return
        self.first_days = days if self.first_days is None else min(self.first_days, days)
        self.last_days = days if self.last_days is None else max(self.last_days, days)


def span_gap(days: float | None, first: float | None, last: float | None) -> float:
    """Days between a moment and a story's [first, last] span; 0 when either is undated."""
    if days is None or first is None:
        return 0.0
    if days < first:
        return first - days
    return max(0.0, days - last)


def day_of_year(date_term: str) -> int:
    month, day = date_term.removeprefix("date:").split("-")
    return (int(month) - 1) * 31 + int(day)


def date_distance(dates_a: Iterable[str], dates_b: Iterable[str]) -> int:
    """Fewest days between any date one side mentions and any the other does (year-blind)."""
    days_a = {day_of_year(term) for term in dates_a}
    days_b = {day_of_year(term) for term in dates_b}
    year = 12 * 31
    return min(min(abs(a - b), year - abs(a - b)) for a in days_a for b in days_b)


def core_countries(state: StoryState, share: float = 0.3) -> set[str]:
    """Countries named by at least `share` of a story's articles (not every passing mention)."""
    floor = max(1.0, share * state.n_articles)
    return {code for code, count in state.countries.items() if count >= floor}


def spans_gap(a: StoryVectors, b: StoryVectors) -> float:
    """Days between two stories' spans; 0 when they overlap or either is undated."""
    if a.first_days is None or b.first_days is None:
        return 0.0
    return max(0.0, max(a.first_days, b.first_days) - min(a.last_days, b.last_days))
