"""Online story clustering: each arriving article joins an active story or starts a new one."""
from __future__ import annotations

import math
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np

from ..config import StoriesSettings
from ..config import settings as active_settings
from ..registry import component
from .features import (
    DenseProbe,
    RunningTfidf,
    countries_and_lead,
    entity_terms,
    sparse_dot,
    to_days,
    weighted_unit,
    word_tokens,
)
from .intake import MAX_TEXT_CHARS, ArticleRejected, check_article
from .merging import StoryMerging
from .records import (
    HeadlineCandidate,
    StoryState,
    choose_headline,
    keep_headline_candidate,
)
from .vectors import (
    ArticleFeatures,
    Centroid,
    EvidenceWeights,
    StoryVectors,
    centroid_dots,
    mean_adjustment,
    span_gap,
)

# Entities an evicted story keeps for its summary.
ARCHIVED_ENTITIES = 25
# Notes on repaired input kept for the caller to read (the oldest are dropped).
MAX_NOTES = 10_000

# Recent articles kept for re-homing, at most (the oldest are dropped first): about three
# days of a 1,000-a-day stream, a few kilobytes each.
MAX_RECENT = 5_000

CountryExtractor = Callable[[str], Iterable[str]]
ActorFinder = Callable[[str, str | None], list]  # the actor dictionary's find(text, date)
DatelineFinder = Callable[[str], str | None]  # the actor dictionary's dateline_country(text)


@dataclass
class RecentArticle:
    """An article of the last few days with the exact vectors its story holds, so it can be
    taken out of that story again."""

    features: ArticleFeatures
    word_unit: np.ndarray
    entity_unit: np.ndarray | None
    arrival: int
    doc: dict  # id, source and duplicate_of: what the story's bookkeeping read


class OnlineClusterer(StoryMerging):
    """Assigns a stream of articles to stories as they arrive, comparing only recent stories.

    An article's score against an active story is its mean similarity to the story's articles
    (average link): a blend of word TF-IDF and entity similarity (names - the article's spaCy
    named entities when it carries them as `entities`, else capitalised runs - plus dates and
    numbers), plus the evidence adjustment against the story's recent articles, averaged over
    them: `country_bonus` for shared countries, `country_penalty` for disjoint ones,
    `country_mismatch` times the share of countries only one side names, `lead_penalty` when
    the country whose actor leads one article (via `actor_finder`) is absent from the other,
    (`dateline_finder` gives the dateline's country when the lede opens with a body that has
    none), `date_penalty` for mentioned dates more than `date_tolerance_days` apart, `year_penalty`
    for disjoint years, and up to `time_penalty` as publication times drift apart. The article
    joins the best story when the score reaches `threshold`. Only stories sharing one of the
    article's `index_terms` most weighted words are scored (the `max_candidates` sharing most).
    Stories whose last article is older than `window_days` before the newest article leave the active
    set and keep only their summary; on the way out, a story takes in any lone follow-up whose best
    story it is and that reaches `straggler_threshold` (see `rescue_stragglers`). `merge_pass` joins active stories whose average link
    reaches `merge_threshold`; the stream runs it by itself each time its clock enters a new
    `merge_interval_days` period (before old stories are evicted) and, with `merge_every`,
    every that many articles. A lone article does not join a story by a merge or a rescue when
    the country leading it is one the story's headlines and leads never name (an outside
    reaction is a story of its own), nor when the story ran on for more than a day past it
    without taking it in (see `passed_by`). After each merge pass, an article of the last
    `rehome_days` that arrived before a story existed moves to it when it fits that story
    better than its own by more than `rehome_margin` (None turns this off; see `rehome`).
    Every value is a [stories] setting (aftershock/defaults.toml, `aftershock config show`);
    the defaults were set once for ECB+ and the demo corpus together (bench/stories.py), never
    per topic.
    """

    def __init__(
        self,
        settings: StoriesSettings | None = None,
        country_extractor: CountryExtractor | None = None,
        *,
        actor_finder: ActorFinder | None = None,
        dateline_finder: DatelineFinder | None = None,
        key_prefix: str = "story-",
        max_text_chars: int = MAX_TEXT_CHARS,
        now: datetime | None = None,
        scorer: str | None = None,
        **overrides,
    ):
        """`settings` are the [stories] settings (default: those in force, aftershock.config);
        keyword `overrides` change single values of them (`threshold=0.3`). `scorer` names a
        registered story scorer (default: the [components] story_scorer)."""
        base = settings or active_settings().stories
        try:
            s = replace(base, **overrides) if overrides else base
        except TypeError as exc:
            raise TypeError(f"OnlineClusterer: {exc}; the settings are the fields of "
                            "aftershock.config.StoriesSettings") from None
        self.settings = s
        decoding = component("story_scorer", scorer)(s)
        self.pair_score = decoding.pair
        self.threshold = decoding.threshold
        self.merge_threshold = decoding.merge_threshold
        self.straggler_threshold = decoding.straggler_threshold
        self.entity_weight = decoding.entity_weight
        self.max_adjustment = decoding.max_adjustment
        self.window_days = s.window_days
        self.country_extractor = country_extractor
        self.actor_finder = actor_finder
        self.dateline_finder = dateline_finder
        self.title_weight = int(s.title_weight)
        self.evidence_weights = EvidenceWeights(
            s.country_bonus, s.country_penalty, s.country_mismatch, s.date_penalty,
            int(s.date_tolerance_days), s.year_penalty, s.time_penalty, s.time_scale_days,
            s.lead_penalty)
        self.merge_every = s.merge_every
        self.merge_interval_days = s.merge_interval_days
        self._merge_mark: float | None = None
        self.rehome_margin = s.rehome_margin
        self.rehome_days = s.rehome_days
        self._arrivals = 0
        self._recent: OrderedDict[str, RecentArticle] = OrderedDict()
        self._moved: dict[str, str] = {}  # article -> the story it left, see take_moved
        self.key_prefix = key_prefix
        self.max_centroid_terms = int(s.max_centroid_terms)
        self.index_terms = int(s.index_terms)
        self.max_candidates = int(s.max_candidates)
        self.max_text_chars = max_text_chars
        self.now = now
        self.word_space = RunningTfidf(s.hash_dim)
        self.entity_space = RunningTfidf(s.hash_dim)
        self._word_probe = DenseProbe(s.hash_dim)
        self._entity_probe = DenseProbe(s.hash_dim)
        self._states: dict[str, StoryState] = {}
        self._active: dict[str, StoryVectors] = {}
        self._postings: dict[int, set[str]] = {}
        self._doc_story: dict[str, str] = {}
        self._primed: dict[str, ArticleFeatures] = {}
        self._clock: float | None = None
        self._since_merge = 0
        self._swept_at: float | None = None
        self._absorbed: dict[str, str] = {}  # merged-away key -> survivor, see take_absorbed
        self._changed: set[str] = set()  # stories that gained articles since the last merge pass
        self.notes: deque[str] = deque(maxlen=MAX_NOTES)

    # ----------------------------------------------------------------- features
    def _features(self, doc: dict) -> ArticleFeatures:
        """Check and featurise an article; raises `ArticleRejected` for unusable input."""
        checked = check_article(doc, self.now, self.max_text_chars)
        if checked.article_id in self._primed:
            return self._primed.pop(checked.article_id)
        self.notes.extend(checked.notes)
        title, body, published = checked.title, checked.text, checked.published
        title_tokens = word_tokens(title) if title else []
        words = title_tokens * self.title_weight + word_tokens(body)
        word_indices, word_weights = self.word_space.term_counts(words)
        full_text = f"{title}.\n{body}" if title else body
        named = doc.get("entities")
        entities, names = entity_terms(full_text, published,
                                       named if isinstance(named, list) else None)
        countries, lead, dateline = countries_and_lead(doc, title, body, published,
                                             self.country_extractor, self.actor_finder,
                                             self.dateline_finder)
        # (countries act through the pair evidence only: as shared terms they join neighbours)
        entity_indices, entity_weights = self.entity_space.term_counts(entities)
        years = {term for term in entities if term.startswith("year:")}
        if published is not None:
            years.add(f"year:{published.year}")
        title_indices, title_weights = self.word_space.term_counts(title_tokens)
        self.word_space.observe(word_indices)
        self.entity_space.observe(entity_indices)
        return ArticleFeatures(
            checked.article_id, published, to_days(published), word_indices, word_weights,
            entity_indices, entity_weights, names, countries,
            {term for term in entities if term.startswith("date:")}, years,
            title, title_indices, title_weights, lead, dateline,
        )

    def learn_idf(self, docs: Iterable[dict]) -> None:
        """Count document frequencies from past articles (say, last week's) without clustering
        them, so a stream started cold does not treat every word as rare."""
        for doc in docs:
            try:
                self._features(doc)
            except ArticleRejected:
                continue

    def prime(self, docs: Iterable[dict]) -> None:
        """Count a batch's document frequencies before assigning it, so early IDF is not blind.

        Articles the checks reject are skipped here; `add` raises for them later.
        """
        for doc in docs:
            try:
                features = self._features(doc)
            except ArticleRejected:
                continue
            self._primed[features.article_id] = features

    # ----------------------------------------------------------------- scoring
    def _scores(self, keys: list[str], doc_has_entities: bool) -> np.ndarray:
        """Average-link scores of the article loaded in the probes against active stories."""
        stories = [self._active[key] for key in keys]
        sizes = np.array([v.size for v in stories], dtype=float)
        scores = centroid_dots(self._word_probe, [v.words for v in stories]) / sizes
        if doc_has_entities:
            with_entities = np.array([v.with_entities for v in stories], dtype=float)
            entity_mean = centroid_dots(self._entity_probe, [v.entities for v in stories]) \
                / np.maximum(with_entities, 1.0)
            scores = np.where(with_entities > 0, (1 - self.entity_weight) * scores
                              + self.entity_weight * entity_mean, scores)
        return scores

    def _in_window(self, features: ArticleFeatures, vectors: StoryVectors) -> bool:
        return span_gap(features.days, vectors.first_days, vectors.last_days) <= self.window_days

    def _candidates(self, word_indices: np.ndarray, word_unit: np.ndarray) -> list[str]:
        """Active stories sharing the most of the article's most weighted words.

        At most `max_candidates` are returned, those sharing most such words first, so the
        exact scoring stays cheap however many stories are active.
        """
        if len(word_indices) > self.index_terms:
            top = np.argpartition(word_unit, -self.index_terms)[-self.index_terms:]
            word_indices = word_indices[top]
        shared: Counter = Counter()
        for index in word_indices.tolist():
            keys = self._postings.get(index)
            if keys:
                shared.update(keys)
        return [key for key, _ in shared.most_common(self.max_candidates)]

    def _best_story(self, features: ArticleFeatures) -> str | None:
        word_unit = weighted_unit(features.word_indices, features.word_weights, self.word_space)
        self._word_probe.load(features.word_indices, word_unit)
        doc_has_entities = self._entity_probe.load(features.entity_indices, weighted_unit(
            features.entity_indices, features.entity_weights, self.entity_space))
        keys = [key for key in self._candidates(features.word_indices, word_unit)
                if self._in_window(features, self._active[key])]
        if not keys:
            return None
        scores = self._scores(keys, doc_has_entities)
        evidence = features.evidence
        bonus = self.max_adjustment
        best_key, best_score = None, -math.inf
        for position in np.argsort(-scores, kind="stable").tolist():
            score = float(scores[position])
            if score + bonus < self.threshold or score + bonus <= best_score:
                break
            vectors = self._active[keys[position]]
            score += mean_adjustment(evidence, vectors.members, self.evidence_weights,
                                     self.pair_score)
            if score > best_score:
                best_key, best_score = keys[position], score
        return best_key if best_score >= self.threshold else None

    # ----------------------------------------------------------------- stream
    def add(self, doc: dict) -> str:
        """Assign one article to a story as it arrives and return the story key.

        Raises `ArticleRejected` (a ValueError naming the article and the problem) for input
        with nothing to cluster on; the clusterer's state is untouched by a rejected article.
        """
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
        self._since_merge += 1
        if self.merge_every and self._since_merge >= self.merge_every:
            self.merge_pass()
            key = self._doc_story.get(features.article_id, key)
        return key

    def seed(self, doc: dict, story_key: str) -> None:
        """Put an already-assigned article back into its story without deciding anything."""
        features = self._features(doc)
        self._advance_clock(features.days)
        self._attach(str(story_key), features, doc)

    def _new_key(self, article_id: str) -> str:
        key, suffix = f"{self.key_prefix}{article_id}", 1
        while key in self._states:
            suffix += 1
            key = f"{self.key_prefix}{article_id}-{suffix}"
        return key

    def _attach(self, key: str, features: ArticleFeatures, doc: dict,
                moving: RecentArticle | None = None) -> None:
        """Add an article to a story (`moving`: one re-homed, with the vectors it came with)."""
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
        if moving is None:
            word_unit = weighted_unit(features.word_indices, features.word_weights,
                                      self.word_space)
            entity_unit = weighted_unit(features.entity_indices, features.entity_weights,
                                        self.entity_space) if len(features.entity_indices) else None
            self._arrivals += 1
            moving = RecentArticle(features, word_unit, entity_unit, self._arrivals,
                                   {name: doc.get(name) for name in ("id", "source", "duplicate_of")})
        word_unit, entity_unit = moving.word_unit, moving.entity_unit
        vectors.words.add(features.word_indices, word_unit)
        if entity_unit is not None:
            vectors.entities.add(features.entity_indices, entity_unit)
            vectors.with_entities += 1
        if vectors.first_arrival is None or moving.arrival < vectors.first_arrival:
            vectors.first_arrival = moving.arrival
        if self.rehome_margin is not None:  # kept only for re-homing
            self._recent[features.article_id] = moving
            self._recent.move_to_end(features.article_id)
            if len(self._recent) > MAX_RECENT:
                self._recent.popitem(last=False)
        vectors.size += 1
        # An undated article ages with the stream, so it cannot pin its story in memory forever.
        vectors.extend_span(features.days if features.days is not None else self._clock)
        vectors.members.append(features.evidence)
        self._changed.add(key)
        self._index(key, features.word_indices, word_unit)
        state.record_article(doc, features.published, features.countries, features.names)
        self._doc_story[features.article_id] = key
        if features.title:
            candidate = HeadlineCandidate(features.article_id, features.title,
                                          features.title_indices, features.title_weights)
            keep_headline_candidate(state.headline_candidates, candidate,
                                    self._headline_similarity(key))
        if state.representative_headline is None:
            state.representative_headline = features.title

    def _index(self, key: str, word_indices: np.ndarray, word_unit: np.ndarray) -> None:
        if len(word_indices) > self.index_terms:
            top = np.argpartition(word_unit, -self.index_terms)[-self.index_terms:]
            word_indices = word_indices[top]
        terms = self._active[key].terms
        for index in word_indices.tolist():
            if index not in terms:
                terms.add(index)
                self._postings.setdefault(index, set()).add(key)

    def _unindex(self, key: str) -> None:
        for index in self._active[key].terms:
            keys = self._postings.get(index)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self._postings[index]

    # ----------------------------------------------------------------- window
    def _advance_clock(self, days: float | None) -> None:
        if days is None or (self._clock is not None and days <= self._clock):
            return
        self._clock = days
        if self.merge_interval_days:
            mark = math.floor(days / self.merge_interval_days)
            if self._merge_mark is not None and mark > self._merge_mark:
                self.merge_pass()
            self._merge_mark = mark
        horizon = days - self.window_days
        # Looking for expired stories on every article would cost a scan of the active set.
        if self._swept_at is not None and days - self._swept_at < self.window_days / 100:
            return
        self._swept_at = days
        expired = [key for key, vectors in self._active.items()
                   if vectors.last_days is not None and vectors.last_days < horizon]
        renamed = self.rescue_stragglers(expired)
        closing = {key for key in expired if key not in renamed}
        if closing:
            self.rescue_stragglers([key for key in self._active if key not in closing],
                                   closing=closing)
        for key in expired:
            # (a closing story that took in a newer follow-up stays for the ones after it)
            if key not in renamed and self._active[key].last_days < horizon:
                self._evict(key)

    def _evict(self, key: str) -> None:
        """Drop a story's vectors from the active set, keeping its summary."""
        state = self._states[key]
        self._refresh_headline(key)
        # Only the chosen title is worth keeping once the story can no longer change.
        state.headline_candidates = [c for c in state.headline_candidates
                                     if c.title == state.representative_headline][:1]
        state.entities = Counter(dict(state.entities.most_common(ARCHIVED_ENTITIES)))
        self._unindex(key)
        del self._active[key]
        self._changed.discard(key)
        state.active = False
        for article_id in state.article_ids:
            if self._doc_story.get(article_id) == key:
                del self._doc_story[article_id]

    def _headline_similarity(self, key: str):
        words = self._active[key].words
        norm = float(np.linalg.norm(words.weights)) or 1.0
        centre = words.weights / norm

        def similarity(indices, weights):
            title_unit = weighted_unit(indices, weights, self.word_space)
            return sparse_dot(indices, title_unit, words.indices, centre)

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

    def drain_closed(self) -> list[StoryState]:
        """Hand over the stories that left the window and forget them, so memory stays flat.

        A long-running stream calls this now and then and stores what it gets; those stories
        no longer appear in `stories()`.
        """
        closed = [state for state in self._states.values() if not state.active]
        for state in closed:
            del self._states[state.key]
        return closed

    def story_of(self, article_id: str) -> str | None:
        """Story key of an article still in the active window (None once evicted)."""
        return self._doc_story.get(str(article_id))
