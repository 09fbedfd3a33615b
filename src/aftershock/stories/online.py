"""Online story clustering: each arriving article joins an active story or starts a new one."""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable

import numpy as np
from scipy import sparse

from .features import (
    DenseProbe,
    RunningTfidf,
    entity_terms,
    parse_published,
    sparse_cosine,
    to_days,
    weighted_unit,
    word_tokens,
)
from .records import (
    MAX_HEADLINE_CANDIDATES,
    HeadlineCandidate,
    StoryState,
    choose_headline,
    keep_headline_candidate,
)
from .vectors import (
    ArticleFeatures,
    Centroid,
    StoryVectors,
    core_countries,
    date_distance,
    span_gap,
    spans_gap,
)

# Entities an evicted story keeps for its summary.
ARCHIVED_ENTITIES = 25

CountryExtractor = Callable[[str], Iterable[str]]


class OnlineClusterer:
    """Assigns a stream of articles to stories as they arrive, comparing only recent stories.

    Score of an article against an active story = blend of word TF-IDF cosine and entity
    cosine (names, dates, numbers), plus `country_bonus` when their countries overlap, minus
    `country_penalty` when both name countries and share none, minus `date_penalty` when the
    dates they mention are more than `date_tolerance_days` apart, minus up to `time_penalty`
    as the publication gap grows. The article joins the best story when the score reaches
    `threshold`, otherwise it starts a new story. Stories whose last article is older than
    `window_days` before the newest article leave the active set and keep only their summary.
    Defaults were tuned on ECB+ and the demo corpus (see bench/stories_ecbplus.py).
    """

    def __init__(
        self,
        threshold: float = 0.25,
        window_days: float = 7.0,
        country_extractor: CountryExtractor | None = None,
        *,
        entity_weight: float = 0.35,
        title_weight: int = 2,
        country_bonus: float = 0.05,
        country_penalty: float = 0.25,
        date_penalty: float = 0.1,
        date_tolerance_days: int = 1,
        time_penalty: float = 0.15,
        time_scale_days: float = 2.0,
        merge_threshold: float = 0.5,
        key_prefix: str = "story-",
        hash_dim: int = 2**20,
        max_centroid_terms: int = 200,
    ):
        self.threshold = threshold
        self.window_days = window_days
        self.country_extractor = country_extractor
        self.entity_weight = entity_weight
        self.title_weight = title_weight
        self.country_bonus = country_bonus
        self.country_penalty = country_penalty
        self.date_penalty = date_penalty
        self.date_tolerance_days = date_tolerance_days
        self.time_penalty = time_penalty
        self.time_scale_days = time_scale_days
        self.merge_threshold = merge_threshold
        self.key_prefix = key_prefix
        self.max_centroid_terms = max_centroid_terms
        self.word_space = RunningTfidf(hash_dim)
        self.entity_space = RunningTfidf(hash_dim)
        self._word_probe = DenseProbe(hash_dim)
        self._entity_probe = DenseProbe(hash_dim)
        self._states: dict[str, StoryState] = {}
        self._active: dict[str, StoryVectors] = {}
        self._doc_story: dict[str, str] = {}
        self._primed: dict[str, ArticleFeatures] = {}
        self._clock: float | None = None

    # ----------------------------------------------------------------- features
    def _features(self, doc: dict, observe: bool = True) -> ArticleFeatures:
        article_id = str(doc["id"])
        if article_id in self._primed:
            return self._primed.pop(article_id)
        published = parse_published(doc.get("published"))
        title = (doc.get("title") or "").strip() or None
        body = doc.get("text") or ""
        title_tokens = word_tokens(title) if title else []
        words = title_tokens * self.title_weight + word_tokens(body)
        word_indices, word_weights = self.word_space.term_counts(words)
        full_text = f"{title}.\n{body}" if title else body
        entities, names = entity_terms(full_text, published)
        entity_indices, entity_weights = self.entity_space.term_counts(entities)
        if doc.get("countries") is not None:
            countries = set(doc["countries"])
        elif self.country_extractor is not None:
            countries = set(self.country_extractor(full_text))
        else:
            countries = set()
        title_indices, title_weights = self.word_space.term_counts(title_tokens)
        if observe:
            self.word_space.observe(word_indices)
            self.entity_space.observe(entity_indices)
        return ArticleFeatures(
            article_id, published, to_days(published), word_indices, word_weights,
            entity_indices, entity_weights, names, countries,
            {term for term in entities if term.startswith("date:")},
            title, title_indices, title_weights,
        )

    def prime(self, docs: Iterable[dict]) -> None:
        """Count a batch's document frequencies before assigning it, so early IDF is not blind."""
        for doc in docs:
            features = self._features(doc, observe=True)
            self._primed[features.article_id] = features

    # ----------------------------------------------------------------- scoring
    def _blend(self, text_similarity: float, entity_similarity: float, has_entities: bool) -> float:
        if not has_entities:
            return text_similarity
        return (1 - self.entity_weight) * text_similarity + self.entity_weight * entity_similarity

    def _context_adjustment(self, countries_a, countries_b, dates_a, dates_b,
                            gap_days: float) -> float:
        """Country and date agreement, and time distance, added to the similarity."""
        adjustment = 0.0
        if countries_a and countries_b:
            if set(countries_a) & set(countries_b):
                adjustment += self.country_bonus
            else:
                adjustment -= self.country_penalty
        if dates_a and dates_b and date_distance(dates_a, dates_b) > self.date_tolerance_days:
            adjustment -= self.date_penalty
        if gap_days > 0:
            adjustment -= self.time_penalty * (1 - math.exp(-gap_days / self.time_scale_days))
        return adjustment

    def _score(self, features: ArticleFeatures, key: str, doc_has_entities: bool) -> float:
        """Score the article loaded in the probes against one active story."""
        vectors, state = self._active[key], self._states[key]
        text_similarity = self._word_probe.dot(*vectors.words.unit(self.word_space))
        entity_similarity = self._entity_probe.dot(*vectors.entities.unit(self.entity_space))
        has_entities = doc_has_entities and len(vectors.entities.indices) > 0
        score = self._blend(text_similarity, entity_similarity, has_entities)
        gap = span_gap(features.days, vectors.first_days, vectors.last_days)
        return score + self._context_adjustment(features.countries, core_countries(state),
                                                features.event_dates, vectors.event_dates, gap)

    def _in_window(self, features: ArticleFeatures, vectors: StoryVectors) -> bool:
        gap = span_gap(features.days, vectors.first_days, vectors.last_days)
        return gap <= self.window_days

    # ----------------------------------------------------------------- stream
    def add(self, doc: dict) -> str:
        """Assign one article to a story as it arrives and return the story key."""
        features = self._features(doc)
        self._advance_clock(features.days)
        duplicate_of = doc.get("duplicate_of")
        if duplicate_of is not None and str(duplicate_of) in self._doc_story:
            key = self._doc_story[str(duplicate_of)]
        else:
            key = self._best_story(features)
        if key is None:
            key = self._new_key(features.article_id)
        self._attach(key, features, doc)
        return key

    def seed(self, doc: dict, story_key: str) -> None:
        """Put an already-assigned article back into its story without deciding anything."""
        features = self._features(doc)
        self._advance_clock(features.days)
        self._attach(str(story_key), features, doc)

    def _best_story(self, features: ArticleFeatures) -> str | None:
        self._word_probe.load(features.word_indices, weighted_unit(
            features.word_indices, features.word_weights, self.word_space))
        doc_has_entities = self._entity_probe.load(features.entity_indices, weighted_unit(
            features.entity_indices, features.entity_weights, self.entity_space))
        best_key, best_score = None, -math.inf
        for key, vectors in self._active.items():
            if not self._in_window(features, vectors):
                continue
            score = self._score(features, key, doc_has_entities)
            if score > best_score:
                best_key, best_score = key, score
        return best_key if best_score >= self.threshold else None

    def _new_key(self, article_id: str) -> str:
        key, suffix = f"{self.key_prefix}{article_id}", 1
        while key in self._states:
            suffix += 1
            key = f"{self.key_prefix}{article_id}-{suffix}"
        return key

    def _attach(self, key: str, features: ArticleFeatures, doc: dict) -> None:
        state = self._states.get(key)
        if state is None:
            state = self._states[key] = StoryState(key=key)
        if key not in self._active:
            self._active[key] = StoryVectors(Centroid(self.max_centroid_terms),
                                             Centroid(self.max_centroid_terms))
            state.active = True
            for article_id in state.article_ids:
                self._doc_story[article_id] = key
        vectors = self._active[key]
        vectors.words.add(features.word_indices, features.word_weights)
        vectors.entities.add(features.entity_indices, features.entity_weights)
        vectors.extend_span(features.days)
        vectors.event_dates.update(features.event_dates)
        state.record_article(doc, features.published, features.countries, features.names)
        self._doc_story[features.article_id] = key
        if features.title:
            candidate = HeadlineCandidate(features.article_id, features.title,
                                          features.title_indices, features.title_weights)
            keep_headline_candidate(state.headline_candidates, candidate,
                                    self._headline_similarity(key))
        if state.representative_headline is None:
            state.representative_headline = features.title

    # ----------------------------------------------------------------- window
    def _advance_clock(self, days: float | None) -> None:
        if days is None or (self._clock is not None and days <= self._clock):
            return
        self._clock = days
        horizon = days - self.window_days
        expired = [key for key, vectors in self._active.items()
                   if vectors.last_days is not None and vectors.last_days < horizon]
        for key in expired:
            self._evict(key)

    def _evict(self, key: str) -> None:
        """Drop a story's vectors from the active set, keeping its summary."""
        state = self._states[key]
        self._refresh_headline(key)
        # Only the chosen title is worth keeping once the story can no longer change.
        state.headline_candidates = [c for c in state.headline_candidates
                                     if c.title == state.representative_headline][:1]
        state.entities = Counter(dict(state.entities.most_common(ARCHIVED_ENTITIES)))
        del self._active[key]
        state.active = False
        for article_id in state.article_ids:
            if self._doc_story.get(article_id) == key:
                del self._doc_story[article_id]

    def _headline_similarity(self, key: str):
        unit_words = self._active[key].words.unit(self.word_space)

        def similarity(indices, weights):
            title_unit = weighted_unit(indices, weights, self.word_space)
            return sparse_cosine(indices, title_unit, *unit_words)

        return similarity

    def _refresh_headline(self, key: str) -> None:
        state = self._states[key]
        if key in self._active and state.headline_candidates:
            state.representative_headline = choose_headline(
                state.headline_candidates, self._headline_similarity(key))

    @property
    def active_keys(self) -> list[str]:
        return list(self._active)

    def stories(self) -> list[StoryState]:
        """Every story seen so far, active or evicted, in order of creation."""
        for key in self._active:
            self._refresh_headline(key)
        return list(self._states.values())

    def story_of(self, article_id: str) -> str | None:
        """Story key of an article still in the active window (None once evicted)."""
        return self._doc_story.get(str(article_id))

    # ----------------------------------------------------------------- merging
    def _unit_matrix(self, keys: list[str], attribute: str, space: RunningTfidf):
        rows, cols, values = [], [], []
        for row, key in enumerate(keys):
            indices, unit = getattr(self._active[key], attribute).unit(space)
            rows.append(np.full(len(indices), row))
            cols.append(indices)
            values.append(unit)
        matrix = sparse.csr_matrix(
            (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
            shape=(len(keys), space.dim),
        )
        return (matrix @ matrix.T).toarray()

    def _pair_scores(self, keys: list[str]) -> np.ndarray:
        text = self._unit_matrix(keys, "words", self.word_space)
        entities = self._unit_matrix(keys, "entities", self.entity_space)
        has_entities = np.array([len(self._active[k].entities.indices) > 0 for k in keys])
        both = np.outer(has_entities, has_entities)
        scores = np.where(both, (1 - self.entity_weight) * text + self.entity_weight * entities,
                          text)
        for i, key_a in enumerate(keys):
            vectors_a, state_a = self._active[key_a], self._states[key_a]
            for j in range(i + 1, len(keys)):
                vectors_b, state_b = self._active[keys[j]], self._states[keys[j]]
                gap = spans_gap(vectors_a, vectors_b)
                scores[i, j] += self._context_adjustment(
                    core_countries(state_a), core_countries(state_b),
                    vectors_a.event_dates, vectors_b.event_dates, gap)
                scores[j, i] = scores[i, j]
        np.fill_diagonal(scores, -np.inf)
        return scores

    def merge_pass(self) -> dict[str, str]:
        """Join active stories whose centroids turn out to describe one story.

        Repeats rounds of best-first merges until no pair reaches `merge_threshold`; the larger
        story keeps its key. Returns {absorbed key: surviving key}.
        """
        renamed: dict[str, str] = {}
        while len(self._active) > 1:
            keys = list(self._active)
            scores = self._pair_scores(keys)
            rows, cols = np.nonzero(np.triu(scores >= self.merge_threshold, k=1))
            if len(rows) == 0:
                break
            order = np.argsort(-scores[rows, cols], kind="stable")
            touched: set[str] = set()
            for position in order:
                key_a, key_b = keys[rows[position]], keys[cols[position]]
                if key_a in touched or key_b in touched:
                    continue
                survivor, absorbed = self._survivor_order(key_a, key_b)
                self._merge_into(survivor, absorbed)
                renamed[absorbed] = survivor
                touched.update((key_a, key_b))
        for old in list(renamed):
            final = renamed[old]
            while final in renamed:
                final = renamed[final]
            renamed[old] = final
        return renamed

    def _survivor_order(self, key_a: str, key_b: str) -> tuple[str, str]:
        order = list(self._states)
        size_a, size_b = self._states[key_a].n_articles, self._states[key_b].n_articles
        if size_a > size_b or (size_a == size_b and order.index(key_a) < order.index(key_b)):
            return key_a, key_b
        return key_b, key_a

    def _merge_into(self, survivor: str, absorbed: str) -> None:
        target, source = self._active[survivor], self._active.pop(absorbed)
        target.words.absorb(source.words)
        target.entities.absorb(source.entities)
        target.extend_span(source.first_days)
        target.extend_span(source.last_days)
        target.event_dates.update(source.event_dates)
        absorbed_state = self._states.pop(absorbed)
        survivor_state = self._states[survivor]
        survivor_state.absorb(absorbed_state)
        similarity = self._headline_similarity(survivor)
        candidates = survivor_state.headline_candidates
        while len(candidates) > MAX_HEADLINE_CANDIDATES:
            scores = [similarity(c.indices, c.weights) for c in candidates]
            del candidates[int(np.argmin(scores))]
        for article_id in absorbed_state.article_ids:
            if self._doc_story.get(article_id) == absorbed:
                self._doc_story[article_id] = survivor
        self._refresh_headline(survivor)
