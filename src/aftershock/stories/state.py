"""The online clusterer's state as one object: its stories, their vectors and word index, the
articles kept for re-homing, and the rules that decide joins; the stream (online.py) and the
merge and re-home functions (merging.py) both work on it."""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from .features import RunningTfidf, sparse_dot, weighted_unit
from .records import HeadlineCandidate, StoryState, choose_headline, keep_headline_candidate
from .vectors import ArticleFeatures, Centroid, EvidenceWeights, PairScore, StoryVectors

# Recent articles kept for re-homing, at most (the oldest are dropped first): about three
# days of a 1,000-a-day stream, a few kilobytes each.
MAX_RECENT = 5_000


@dataclass
class RecentArticle:
    """An article of the last few days with the exact vectors its story holds, so it can be
    taken out of that story again."""

    features: ArticleFeatures
    word_unit: np.ndarray
    entity_unit: np.ndarray | None
    arrival: int
    doc: dict  # id, source and duplicate_of: what the story's bookkeeping read


@dataclass
class ClusterRules:
    """What decides joins, merges, rescues and re-homes: the story scorer's decoding
    (vectors.Decoding) and the [stories] settings the stream and the merge functions read."""

    pair_score: PairScore
    threshold: float
    merge_threshold: float
    straggler_threshold: float
    entity_weight: float
    max_adjustment: float
    window_days: float
    evidence_weights: EvidenceWeights
    rehome_margin: float | None  # None: no re-homing
    rehome_days: float
    max_centroid_terms: int
    index_terms: int


@dataclass
class ClusterState:
    """Everything the clusterer knows: stories (active or evicted), the vectors and index of the
    active ones, which story holds each article, and what changed since it was last asked."""

    rules: ClusterRules
    word_space: RunningTfidf
    entity_space: RunningTfidf
    states: dict[str, StoryState] = field(default_factory=dict)  # every story, in creation order
    active: dict[str, StoryVectors] = field(default_factory=dict)  # stories in the window
    postings: dict[int, set[str]] = field(default_factory=dict)  # word -> active stories
    doc_story: dict[str, str] = field(default_factory=dict)  # article -> its active story
    recent: OrderedDict[str, RecentArticle] = field(default_factory=OrderedDict)
    changed: set[str] = field(default_factory=set)  # stories grown since the last merge pass
    absorbed: dict[str, str] = field(default_factory=dict)  # merged-away key -> survivor
    moved: dict[str, str] = field(default_factory=dict)  # re-homed article -> story it left
    clock: float | None = None  # the newest publication day seen
    arrivals: int = 0  # articles attached so far, the order re-homing compares
    since_merge: int = 0  # articles added since the last merge pass
    created: int = 0  # stories created so far: each story's place in `states` order

    def attach(self, key: str, features: ArticleFeatures, doc: dict,
               moving: RecentArticle | None = None) -> None:
        """Add an article to a story (`moving`: one re-homed, with the vectors it came with)."""
        state = self.states.get(key)
        if state is None:
            self.created += 1
            state = self.states[key] = StoryState(key=key, created=self.created)
        if key not in self.active:
            self._activate(key, state)
        vectors = self.active[key]
        if moving is None:
            moving = self._arrival(features, doc)
        word_unit, entity_unit = moving.word_unit, moving.entity_unit
        vectors.words.add(features.word_indices, word_unit)
        if entity_unit is not None:
            vectors.entities.add(features.entity_indices, entity_unit)
            vectors.with_entities += 1
        if vectors.first_arrival is None or moving.arrival < vectors.first_arrival:
            vectors.first_arrival = moving.arrival
        if self.rules.rehome_margin is not None:  # kept only for re-homing
            self._keep_recent(features.article_id, moving)
        vectors.size += 1
        # An undated article ages with the stream, so it cannot pin its story in memory forever.
        vectors.extend_span(features.days if features.days is not None else self.clock)
        vectors.members.append(features.evidence)
        self.changed.add(key)
        self.index(key, features.word_indices, word_unit)
        state.record_article(doc, features.published, features.countries, features.names)
        self.doc_story[features.article_id] = key
        if features.title:
            candidate = HeadlineCandidate(features.article_id, features.title,
                                          features.title_indices, features.title_weights)
            keep_headline_candidate(state.headline_candidates, candidate,
                                    self.headline_similarity(key))
        if state.representative_headline is None:
            state.representative_headline = features.title

    def _activate(self, key: str, state: StoryState) -> None:
        """Give a new or returning story vectors in the active set."""
        self.active[key] = StoryVectors(Centroid(self.rules.max_centroid_terms),
                                        Centroid(self.rules.max_centroid_terms))
        state.active = True
        for article_id in state.article_ids:
            self.doc_story[article_id] = key

    def _arrival(self, features: ArticleFeatures, doc: dict) -> RecentArticle:
        """A newly arrived article's unit vectors, numbered in arrival order."""
        word_unit = weighted_unit(features.word_indices, features.word_weights, self.word_space)
        entity_unit = weighted_unit(features.entity_indices, features.entity_weights,
                                    self.entity_space) if len(features.entity_indices) else None
        self.arrivals += 1
        return RecentArticle(features, word_unit, entity_unit, self.arrivals,
                             {name: doc.get(name) for name in ("id", "source", "duplicate_of")})

    def _keep_recent(self, article_id: str, recent: RecentArticle) -> None:
        self.recent[article_id] = recent
        self.recent.move_to_end(article_id)
        if len(self.recent) > MAX_RECENT:
            self.recent.popitem(last=False)

    def index(self, key: str, word_indices: np.ndarray, word_unit: np.ndarray) -> None:
        """Post a story under the article's `index_terms` most weighted words."""
        index_terms = self.rules.index_terms
        if len(word_indices) > index_terms:
            top = np.argpartition(word_unit, -index_terms)[-index_terms:]
            word_indices = word_indices[top]
        terms = self.active[key].terms
        for index in word_indices.tolist():
            if index not in terms:
                terms.add(index)
                self.postings.setdefault(index, set()).add(key)

    def unindex(self, key: str) -> None:
        """Take a story out of the word index."""
        for index in self.active[key].terms:
            keys = self.postings.get(index)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self.postings[index]

    def headline_similarity(self, key: str):
        """A function scoring a title's word vector against an active story's centroid."""
        words = self.active[key].words
        norm = float(np.linalg.norm(words.weights)) or 1.0
        centre = words.weights / norm

        def similarity(indices, weights):
            title_unit = weighted_unit(indices, weights, self.word_space)
            return sparse_dot(indices, title_unit, words.indices, centre)

        return similarity

    def refresh_headline(self, key: str) -> None:
        """Re-choose an active story's headline: the candidate title closest to its centroid."""
        state = self.states[key]
        if key in self.active and state.headline_candidates:
            state.representative_headline = choose_headline(
                state.headline_candidates, self.headline_similarity(key))
