"""Comparable state of an active story (summed article vectors, recent members) and pair
evidence."""
from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from ..config import settings
from ..registry import story_scorers
from .features import DenseProbe

# A same-story scorer: what two articles' evidence adds to their text similarity.
PairScore = Callable[["Evidence", "Evidence", "EvidenceWeights"], float]


class Centroid:
    """Running sum of the unit TF-IDF vectors of a story's articles (IDF as of each arrival).

    Dividing a dot product with this sum by the story's size gives the mean similarity of an
    article to the story's members (average link), which does not favour big, loose stories the
    way a cosine to the centroid does. Over `max_terms`, the terms with the smallest summed weight
    are dropped (default: [stories] `max_centroid_terms`).
    """

    def __init__(self, max_terms: int | None = None):
        self.indices = np.zeros(0, dtype=np.int64)
        self.weights = np.zeros(0)
        self.max_terms = settings().stories.max_centroid_terms if max_terms is None else max_terms

    def add(self, indices: np.ndarray, weights: np.ndarray) -> None:
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

    def remove(self, indices: np.ndarray, weights: np.ndarray) -> None:
        """Take one article's vector back out (terms trimmed since are already gone)."""
        if len(indices) == 0 or len(self.indices) == 0:
            return
        position = np.searchsorted(self.indices, indices)
        found = position < len(self.indices)
        found[found] = self.indices[position[found]] == indices[found]
        self.weights[position[found]] -= weights[found]
        keep = self.weights > 1e-9
        self.indices, self.weights = self.indices[keep], self.weights[keep]


@dataclass(frozen=True)
class Evidence:
    """What one article says about when and where its event happened, and who leads it (the
    country of the first actor its lead sentence names)."""

    days: float | None
    countries: frozenset[str]
    event_dates: frozenset[str]
    years: frozenset[str]
    lead: str | None = None
    dateline: str | None = None  # the country of its dateline ("SEOUL (Agency) -")


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
    years: set[str]
    title: str | None
    title_indices: np.ndarray
    title_weights: np.ndarray
    lead: str | None = None
    dateline: str | None = None

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.days, frozenset(self.countries), frozenset(self.event_dates),
                        frozenset(self.years), self.lead, self.dateline)


@dataclass
class StoryVectors:
    """The comparable part of an active story: summed vectors, size, span and recent evidence."""

    words: Centroid
    entities: Centroid
    size: int = 0
    with_entities: int = 0
    first_arrival: int | None = None  # arrival number of its first article
    first_days: float | None = None
    last_days: float | None = None
    # the newest [stories] `evidence_members`, for pairwise evidence (time, countries, dates)
    members: deque = field(default_factory=lambda: deque(
        maxlen=settings().stories.evidence_members))
    terms: set = field(default_factory=set)

    def extend_span(self, days: float | None) -> None:
        if days is None:
            return
        self.first_days = days if self.first_days is None else min(self.first_days, days)
        self.last_days = days if self.last_days is None else max(self.last_days, days)


@dataclass(frozen=True)
class EvidenceWeights:
    """How much agreement and disagreement on time and place move a similarity."""

    country_bonus: float = 0.0
    country_penalty: float = 0.25
    country_mismatch: float = 0.1
    date_penalty: float = 0.1
    date_tolerance_days: int = 1
    year_penalty: float = 0.1
    time_penalty: float = 0.15
    time_scale_days: float = 2.0
    lead_penalty: float = 0.1


def day_of_year(date_term: str) -> int:
    month, day = date_term.removeprefix("date:").split("-")
    return (int(month) - 1) * 31 + int(day)


def date_distance(dates_a: Iterable[str], dates_b: Iterable[str]) -> int:
    """Fewest days between any date one side mentions and any the other does (year-blind)."""
    days_a = {day_of_year(term) for term in dates_a}
    days_b = {day_of_year(term) for term in dates_b}
    year = 12 * 31
    return min(min(abs(a - b), year - abs(a - b)) for a in days_a for b in days_b)


@dataclass(frozen=True)
class Decoding:
    """How a story scorer's numbers are read: the pair evidence function, the share of the
    entity similarity in the text blend, the three decision thresholds (on the text blend plus
    the mean pair evidence), and the most the evidence can ever add (so candidates whose text
    score cannot reach a threshold are skipped unscored)."""

    pair: PairScore
    entity_weight: float
    threshold: float
    merge_threshold: float
    straggler_threshold: float
    max_adjustment: float


@story_scorers.register("average-link")
def average_link(settings) -> Decoding:
    """The hand-set scorer: `pair_adjustment` with the [stories] weights and thresholds."""
    return Decoding(pair_adjustment, settings.entity_weight, settings.threshold,
                    settings.merge_threshold, settings.straggler_threshold,
                    settings.country_bonus)


def pair_adjustment(a: Evidence, b: Evidence, weights: EvidenceWeights) -> float:
    """Added to two articles' similarity: shared or clashing countries, a lead actor the other
    article never names, dates, years, time gap."""
    adjustment = 0.0
    if a.countries and b.countries:
        shared = len(a.countries & b.countries)
        if not shared:
            adjustment -= weights.country_penalty
        else:
            # Countries only one side is about still count against them: China's reaction and
            # Seoul's both name Venezuela, but they are not one story.
            adjustment += weights.country_bonus - weights.country_mismatch * (
                1 - shared / len(a.countries | b.countries))
    # Who acts: North Korea's condemnation and Seoul's crisis meeting name the same countries
    # in passing, but the country leading one is absent from the other. An article naming a
    # single country (a colour piece from the scene) says too little about who else is in it.
    if (a.lead and len(b.countries) > 1 and a.lead not in b.countries) or \
            (b.lead and len(a.countries) > 1 and b.lead not in a.countries):
        adjustment -= weights.lead_penalty
    if a.event_dates and b.event_dates and \
            date_distance(a.event_dates, b.event_dates) > weights.date_tolerance_days:
        adjustment -= weights.date_penalty
    if a.years and b.years and not a.years & b.years:
        adjustment -= weights.year_penalty
    if a.days is not None and b.days is not None:
        gap = abs(a.days - b.days)
        adjustment -= weights.time_penalty * (1 - math.exp(-gap / weights.time_scale_days))
    return adjustment


def mean_adjustment(article: Evidence, members: Iterable[Evidence],
                    weights: EvidenceWeights, pair: PairScore | None = None) -> float:
    """Average pair adjustment of an article against a story's recent members (`pair`, the
    registered story scorer, defaults to `pair_adjustment`)."""
    pair = pair or pair_adjustment
    values = [pair(article, member, weights) for member in members]
    return sum(values) / len(values) if values else 0.0


def mean_cross_adjustment(members_a: Iterable[Evidence], members_b: Iterable[Evidence],
                          weights: EvidenceWeights, pair: PairScore | None = None) -> float:
    """Average pair adjustment between the recent members of two stories (the newest
    [stories] `merge_evidence_members` of each)."""
    pair = pair or pair_adjustment
    newest = settings().stories.merge_evidence_members
    members_a = list(members_a)[-newest:]
    members_b = list(members_b)[-newest:]
    values = [pair(a, b, weights) for a in members_a for b in members_b]
    return sum(values) / len(values) if values else 0.0


def span_gap(days: float | None, first: float | None, last: float | None) -> float:
    """Days between a moment and a story's [first, last] span; 0 when either is undated."""
    if days is None or first is None:
        return 0.0
    if days < first:
        return first - days
    return max(0.0, days - last)


def spans_gap(a: StoryVectors, b: StoryVectors) -> float:
    """Days between two stories' spans; 0 when they overlap or either is undated."""
    if a.first_days is None or b.first_days is None:
        return 0.0
    return max(0.0, max(a.first_days, b.first_days) - min(a.last_days, b.last_days))


def centroid_dots(probe: DenseProbe, centroids: list[Centroid]) -> np.ndarray:
    """Dot products of the probe's vector with many summed vectors, in one numpy pass."""
    lengths = np.array([len(c.indices) for c in centroids])
    if lengths.sum() == 0:
        return np.zeros(len(centroids))
    products = probe.values[np.concatenate([c.indices for c in centroids])] \
        * np.concatenate([c.weights for c in centroids])
    products = np.append(products, 0.0)  # so an empty last segment still has a valid start
    sums = np.add.reduceat(products, np.concatenate([[0], np.cumsum(lengths)[:-1]]))
    return np.where(lengths > 0, sums, 0.0)
