"""Online story clustering: each arriving article joins an active story or starts a new one."""
from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime

import numpy as np

from ..config import StoriesSettings
from ..config import settings as active_settings
from ..registry import component
from . import merging
from .features import (
    DenseProbe,
    RunningTfidf,
    countries_and_lead,
    entity_terms,
    to_days,
    weighted_unit,
    word_tokens,
)
from .intake import MAX_TEXT_CHARS, ArticleRejected, check_article
from .records import StoryState
from .state import ClusterRules, ClusterState
from .vectors import (
    ArticleFeatures,
    EvidenceWeights,
    StoryVectors,
    centroid_dots,
    mean_adjustment,
    span_gap,
)

# Notes on repaired input kept for the caller to read (the oldest are dropped).
MAX_NOTES = 10_000

CountryExtractor = Callable[[str], Iterable[str]]
ActorFinder = Callable[[str, str | None], list]  # the actor dictionary's find(text, date)
DatelineFinder = Callable[[str], str | None]  # the actor dictionary's dateline_country(text)


class OnlineClusterer:
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
    Stories whose last article is older than `window_days` before the newest article leave the
    active
    set and keep only their summary; on the way out, a story takes in any lone follow-up whose best
    story it is and that reaches `straggler_threshold` (see `rescue_stragglers`). `merge_pass`
    joins active stories whose average link
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
        self.rules = ClusterRules(
            pair_score=decoding.pair, threshold=decoding.threshold,
            merge_threshold=decoding.merge_threshold,
            straggler_threshold=decoding.straggler_threshold,
            entity_weight=decoding.entity_weight, max_adjustment=decoding.max_adjustment,
            window_days=s.window_days,
            evidence_weights=EvidenceWeights(
                s.country_bonus, s.country_penalty, s.country_mismatch, s.date_penalty,
                int(s.date_tolerance_days), s.year_penalty, s.time_penalty, s.time_scale_days,
                s.lead_penalty),
            rehome_margin=s.rehome_margin, rehome_days=s.rehome_days,
            max_centroid_terms=int(s.max_centroid_terms), index_terms=int(s.index_terms))
        self.state = ClusterState(self.rules, RunningTfidf(s.hash_dim), RunningTfidf(s.hash_dim))
        self.country_extractor = country_extractor
        self.actor_finder = actor_finder
        self.dateline_finder = dateline_finder
        self.title_weight = int(s.title_weight)
        self.merge_every = s.merge_every
        self.merge_interval_days = s.merge_interval_days
        self._merge_mark: float | None = None
        self.key_prefix = key_prefix
        self.max_candidates = int(s.max_candidates)
        self.max_text_chars = max_text_chars
        self.now = now
        self._word_probe = DenseProbe(s.hash_dim)
        self._entity_probe = DenseProbe(s.hash_dim)
        self._primed: dict[str, ArticleFeatures] = {}
        self._counted: set[str] = set()  # articles whose terms `count_terms` already counted
        self._swept_at: float | None = None
        self.notes: deque[str] = deque(maxlen=MAX_NOTES)

    # The rules and vocabularies, as attributes of the clusterer (tests and benches set
    # merge_threshold on it).
    @property
    def threshold(self) -> float:
        return self.rules.threshold

    @property
    def merge_threshold(self) -> float:
        return self.rules.merge_threshold

    @merge_threshold.setter
    def merge_threshold(self, value: float) -> None:
        self.rules.merge_threshold = value

    @property
    def window_days(self) -> float:
        return self.rules.window_days

    @property
    def evidence_weights(self) -> EvidenceWeights:
        return self.rules.evidence_weights

    @property
    def index_terms(self) -> int:
        return self.rules.index_terms

    @property
    def word_space(self) -> RunningTfidf:
        return self.state.word_space

    @property
    def entity_space(self) -> RunningTfidf:
        return self.state.entity_space

    # ----------------------------------------------------------------- features
    def _features(self, doc: dict) -> ArticleFeatures:
        """Check and featurise an article; raises `ArticleRejected` for unusable input."""
        checked = check_article(doc, self.now, self.max_text_chars)
        if checked.article_id in self._primed:
            return self._primed.pop(checked.article_id)
        counted = checked.article_id in self._counted
        if counted:  # its terms and notes were taken when `count_terms` read it
            self._counted.discard(checked.article_id)
        else:
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
        if not counted:
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

    def count_terms(self, docs: Iterable[dict]) -> None:
        """`prime` without keeping the features: a batch's document frequencies are counted
        now and each article is featurised again when it is added (its terms not counted
        twice), so a backlog too large to hold is primed a chunk at a time. Assignments come
        out as after `prime` over the whole backlog."""
        for doc in docs:
            try:
                features = self._features(doc)
            except ArticleRejected:
                continue
            self._counted.add(features.article_id)

    # ----------------------------------------------------------------- scoring
    def _scores(self, keys: list[str], doc_has_entities: bool) -> np.ndarray:
        """Average-link scores of the article loaded in the probes against active stories."""
        stories = [self.state.active[key] for key in keys]
        sizes = np.array([v.size for v in stories], dtype=float)
        scores = centroid_dots(self._word_probe, [v.words for v in stories]) / sizes
        if doc_has_entities:
            with_entities = np.array([v.with_entities for v in stories], dtype=float)
            entity_mean = centroid_dots(self._entity_probe, [v.entities for v in stories]) \
                / np.maximum(with_entities, 1.0)
            scores = np.where(with_entities > 0, (1 - self.rules.entity_weight) * scores
                              + self.rules.entity_weight * entity_mean, scores)
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
            keys = self.state.postings.get(index)
            if keys:
                shared.update(keys)
        return [key for key, _ in shared.most_common(self.max_candidates)]

    def _best_story(self, features: ArticleFeatures) -> str | None:
        word_unit = weighted_unit(features.word_indices, features.word_weights, self.word_space)
        self._word_probe.load(features.word_indices, word_unit)
        doc_has_entities = self._entity_probe.load(features.entity_indices, weighted_unit(
            features.entity_indices, features.entity_weights, self.entity_space))
        keys = [key for key in self._candidates(features.word_indices, word_unit)
                if self._in_window(features, self.state.active[key])]
        if not keys:
            return None
        scores = self._scores(keys, doc_has_entities)
        evidence = features.evidence
        bonus = self.rules.max_adjustment
        best_key, best_score = None, -math.inf
        for position in np.argsort(-scores, kind="stable").tolist():
            score = float(scores[position])
            if score + bonus < self.threshold or score + bonus <= best_score:
                break
            vectors = self.state.active[keys[position]]
            score += mean_adjustment(evidence, vectors.members, self.evidence_weights,
                                     self.rules.pair_score)
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
        if duplicate_of is not None and str(duplicate_of) in self.state.doc_story:
            key = self.state.doc_story[str(duplicate_of)]
        else:
            key = self._best_story(features)
        if key is None:
            key = self._new_key(features.article_id)
        self.state.attach(key, features, doc)
        self.state.since_merge += 1
        if self.merge_every and self.state.since_merge >= self.merge_every:
            self.merge_pass()
            key = self.state.doc_story.get(features.article_id, key)
        return key

    def seed(self, doc: dict, story_key: str) -> None:
        """Put an already-assigned article back into its story without deciding anything."""
        features = self._features(doc)
        self._advance_clock(features.days)
        self.state.attach(str(story_key), features, doc)

    def _new_key(self, article_id: str) -> str:
        key, suffix = f"{self.key_prefix}{article_id}", 1
        while key in self.state.states:
            suffix += 1
            key = f"{self.key_prefix}{article_id}-{suffix}"
        return key

    # ----------------------------------------------------------------- merging (merging.py)
    def merge_pass(self) -> dict[str, str]:
        """Join active stories that turned out to be one; {absorbed key: surviving key}."""
        return merging.merge_pass(self.state)

    def rescue_stragglers(self, keys: list[str] | None = None,
                          closing: set[str] | None = None) -> dict[str, str]:
        """Last chance for lone articles to join a story; {absorbed key: surviving key}."""
        return merging.rescue_stragglers(self.state, keys, closing)

    def rehome(self, targets) -> dict[str, str]:
        """Move recent articles into stories begun after them; {article: story it moved to}."""
        return merging.rehome(self.state, targets)

    def take_moved(self) -> dict[str, str]:
        """Articles re-homed since the last call -> the story each first left."""
        return merging.take_moved(self.state)

    def take_absorbed(self) -> dict[str, str]:
        """Story keys absorbed since the last call -> the key each lives on under now."""
        return merging.take_absorbed(self.state)

    # ----------------------------------------------------------------- window
    def _advance_clock(self, days: float | None) -> None:
        if days is None or (self.state.clock is not None and days <= self.state.clock):
            return
        self.state.clock = days
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
        expired = [key for key, vectors in self.state.active.items()
                   if vectors.last_days is not None and vectors.last_days < horizon]
        renamed = self.rescue_stragglers(expired)
        closing = {key for key in expired if key not in renamed}
        if closing:
            self.rescue_stragglers([key for key in self.state.active if key not in closing],
                                   closing=closing)
        for key in expired:
            # (a closing story that took in a newer follow-up stays for the ones after it)
            if key not in renamed and self.state.active[key].last_days < horizon:
                self._evict(key)

    def _evict(self, key: str) -> None:
        """Drop a story's vectors from the active set, keeping its summary."""
        story = self.state.states[key]
        self.state.refresh_headline(key)
        # Only the chosen title is worth keeping once the story can no longer change.
        story.headline_candidates = [c for c in story.headline_candidates
                                     if c.title == story.representative_headline][:1]
        story.entities = Counter(dict(story.entities.most_common(
            self.settings.archived_entities)))
        self.state.unindex(key)
        del self.state.active[key]
        self.state.changed.discard(key)
        story.active = False
        for article_id in story.article_ids:
            if self.state.doc_story.get(article_id) == key:
                del self.state.doc_story[article_id]

    @property
    def active_keys(self) -> list[str]:
        return list(self.state.active)

    def stories(self) -> list[StoryState]:
        """Every story seen so far, active or evicted, in order of creation."""
        for key in self.state.active:
            self.state.refresh_headline(key)
        return list(self.state.states.values())

    def drain_closed(self) -> list[StoryState]:
        """Hand over the stories that left the window and forget them, so memory stays flat.

        A long-running stream calls this now and then and stores what it gets; those stories
        no longer appear in `stories()`.
        """
        closed = [state for state in self.state.states.values() if not state.active]
        for state in closed:
            del self.state.states[state.key]
        return closed

    def story_of(self, article_id: str) -> str | None:
        """Story key of an article still in the active window (None once evicted)."""
        return self.state.doc_story.get(str(article_id))
