"""The merge pass, which joins active stories whose average link shows they are one story, the
straggler rescue, which gives lone articles a last chance to join one, and re-homing, which moves
an article into a story that began after it and fits it better: functions over the clusterer's
`ClusterState` (state.py), which they change in place."""
from __future__ import annotations

import numpy as np
from scipy import sparse

from ..config import settings
from .features import sparse_dot
from .records import prune_headline_candidates
from .state import ClusterState, RecentArticle
from .vectors import (
    StoryVectors,
    mean_adjustment,
    mean_cross_adjustment,
    span_gap,
    spans_gap,
)

# Later stories an article is weighed against in full, those its words are closest to first.
# Days a story may run on past a lone article and still take it in by a merge or a rescue.


def passed_by(lone: StoryVectors, story: StoryVectors) -> bool:
    """True when a story ran on for more than [stories] `passed_by_days` past a lone article
    without taking it in: the articles that came after it chose the story, not it. Kept because
    switching it off lowers the demo's cross-validated B-cubed (0.954 -> 0.949;
    bench/stories.py)."""
    if lone.size != 1 or story.size < 2 or lone.last_days is None or story.last_days is None:
        return False
    return story.last_days - lone.last_days > settings().stories.passed_by_days


def lone_join_barred(a: StoryVectors, b: StoryVectors) -> bool:
    """True when either story is a lone article that the other may not take in by a merge or
    a rescue (`passed_by`); joins on arrival are not affected."""
    return any(passed_by(lone, story) for lone, story in ((a, b), (b, a)))


def _rows_matrix(vectors: list[tuple[np.ndarray, np.ndarray]], dim: int) -> sparse.csr_matrix:
    """Sparse vectors given as (sorted indices, values) stacked as the rows of one matrix."""
    lengths = [len(indices) for indices, _ in vectors]
    return sparse.csr_matrix(
        (np.concatenate([values for _, values in vectors] or [np.zeros(0)]),
         (np.repeat(np.arange(len(vectors)), lengths),
          np.concatenate([indices for indices, _ in vectors] or [np.zeros(0, dtype=np.int64)]))),
        shape=(len(vectors), dim))


def _story_stats(state: ClusterState, keys: list[str]) -> tuple:
    """Sizes, articles with entities, and summed word and entity vectors of stories."""
    vectors = [state.active[key] for key in keys]
    return (np.array([v.size for v in vectors], dtype=float),
            np.array([v.with_entities for v in vectors], dtype=float),
            _rows_matrix([(v.words.indices, v.words.weights) for v in vectors],
                         state.word_space.dim),
            _rows_matrix([(v.entities.indices, v.entities.weights) for v in vectors],
                         state.entity_space.dim))


def _link_from_stats(state: ClusterState, rows: tuple, cols: tuple) -> np.ndarray:
    """Average-link word/entity scores between two sets of summed vectors (no evidence)."""
    sizes_r, ents_r, words_r, entities_r = rows
    sizes_c, ents_c, words_c, entities_c = cols
    text = (words_r @ words_c.T).toarray() / np.outer(sizes_r, sizes_c)
    both = np.outer(ents_r, ents_c)
    entity_mean = (entities_r @ entities_c.T).toarray() / np.where(both > 0, both, 1.0)
    return np.where(both > 0, (1 - state.rules.entity_weight) * text
                    + state.rules.entity_weight * entity_mean, text)


def _link_scores(state: ClusterState, rows: list[str], cols: list[str]) -> np.ndarray:
    """Average-link word/entity scores between two lists of active stories (no evidence)."""
    stats = _story_stats(state, rows)
    return _link_from_stats(state, stats, stats if cols is rows else _story_stats(state, cols))


def rescue_stragglers(state: ClusterState, keys: list[str] | None = None,
                      closing: set[str] | None = None) -> dict[str, str]:
    """Last chance for lone articles: each joins its best story if that reaches
    `straggler_threshold` (below `merge_threshold`: a follow-up piece often shares less).

    Runs on stories about to leave the window, and on all at the end of a batch, so a
    lone article is not committed while its own story may still turn up. With `closing`
    (stories about to leave the window) it runs the other way round: a lone article joins
    a closing story only when that is its best story, so a late follow-up (a charge days
    after an arrest, an analysis after the decision) is not cut off from the story it
    follows by the eviction. Returns {absorbed key: surviving key}.
    """
    lone = [k for k in (state.active if keys is None else keys)
            if k in state.active and state.active[k].size == 1]
    if not lone or state.rules.straggler_threshold >= state.rules.merge_threshold:
        return {}
    if closing is not None:
        lone = _lone_reaching(state, lone, closing)
        if not lone:
            return {}
    lone_set = set(lone)
    others = [k for k in state.active if k not in lone_set and state.active[k].size > 1]
    if not others:
        return {}
    scores = _link_scores(state, lone, others)
    renamed = {}
    for row, key in enumerate(lone):
        best_key, best_score = _best_story_for_lone(state, key, scores[row], others)
        if best_key is not None and best_score >= state.rules.straggler_threshold and (
                closing is None or best_key in closing):
            _merge_into(state, best_key, key)
            renamed[key] = best_key
    return renamed


def _lone_reaching(state: ClusterState, lone: list[str], closing: set[str]) -> list[str]:
    """Cheap first cut: only lone stories that reach a closing story are weighed in full."""
    targets = [k for k in closing if k in state.active and state.active[k].size > 1]
    if not targets:
        return []
    reach = _link_scores(state, lone, targets).max(axis=1)
    return [key for key, score in zip(lone, reach.tolist())
            if score + state.rules.max_adjustment >= state.rules.straggler_threshold]


def _best_story_for_lone(state: ClusterState, key: str, scores: np.ndarray,
                         others: list[str]) -> tuple[str | None, float]:
    """(story, score): the best of a lone article's five closest stories by average link with
    evidence, among those within the window that may take it in; (None, -inf) if none."""
    best_key, best_score = None, -np.inf
    for col in np.argsort(-scores, kind="stable")[:5].tolist():
        if scores[col] + state.rules.max_adjustment < max(
                best_score, state.rules.straggler_threshold):
            break
        a, b = state.active[key], state.active[others[col]]
        if spans_gap(a, b) > state.rules.window_days or lone_join_barred(a, b):
            continue
        score = scores[col] + mean_cross_adjustment(
            a.members, b.members, state.rules.evidence_weights, state.rules.pair_score)
        if score > best_score:
            best_key, best_score = others[col], score
    return best_key, best_score


def _pair_scores(state: ClusterState, keys: list[str]) -> np.ndarray:
    """Average-link scores between active stories (evidence added where it could matter)."""
    scores = _link_scores(state, keys, keys)
    np.fill_diagonal(scores, -np.inf)
    bonus = state.rules.max_adjustment
    changed = np.array([key in state.changed for key in keys])
    # Two stories that have not changed since the last pass were already found apart.
    settled = ~np.logical_or.outer(changed, changed)
    scores[settled] = -np.inf
    rows, cols = np.nonzero(np.triu(scores + bonus >= state.rules.merge_threshold, k=1))
    # pairs that cannot reach the threshold even with the most evidence can give stay out
    adjusted = np.full_like(scores, -np.inf)
    for i, j in zip(rows.tolist(), cols.tolist()):
        a, b = state.active[keys[i]], state.active[keys[j]]
        if spans_gap(a, b) > state.rules.window_days or lone_join_barred(a, b):
            continue
        adjusted[i, j] = adjusted[j, i] = scores[i, j] + mean_cross_adjustment(
            a.members, b.members, state.rules.evidence_weights, state.rules.pair_score)
    return adjusted


def merge_pass(state: ClusterState) -> dict[str, str]:
    """Join active stories whose average link shows they describe one story.

    Repeats rounds of best-first merges until no pair reaches `merge_threshold`; the larger
    story keeps its key. Returns {absorbed key: surviving key}.
    """
    state.since_merge = 0
    renamed: dict[str, str] = {}
    grown = set(state.changed)
    while len(state.active) > 1:
        keys = list(state.active)
        scores = _pair_scores(state, keys)
        rows, cols = np.nonzero(np.triu(scores >= state.rules.merge_threshold, k=1))
        if len(rows) == 0:
            break
        order = np.argsort(-scores[rows, cols], kind="stable")
        touched: set[str] = set()
        for position in order:
            key_a, key_b = keys[rows[position]], keys[cols[position]]
            if key_a in touched or key_b in touched:
                continue
            survivor, absorbed = _survivor_order(state, key_a, key_b)
            _merge_into(state, survivor, absorbed)
            renamed[absorbed] = survivor
            touched.update((key_a, key_b))
        state.changed = touched & set(state.active)
    state.changed.clear()
    for old in list(renamed):
        final = renamed[old]
        while final in renamed:
            final = renamed[final]
        renamed[old] = final
    if state.rules.rehome_margin is not None:
        rehome(state, {renamed.get(key, key) for key in grown} | set(renamed.values()))
    return renamed


def rehome(state: ClusterState, targets) -> dict[str, str]:
    """Move recent articles that arrived before a story existed into it, when they fit it
    better than the story they joined.

    An article is assigned on arrival, when its own story may not exist yet: the day a
    state visit starts, the piece on the president's departure joins the same-day missile
    launch that its words echo, and the summit story begins the day after. Each article
    of the last `rehome_days` whose story has other articles is weighed against every
    story of `targets` (active, with two or more articles) that began after it arrived.
    It moves when its average link to that story, evidence included, reaches
    `merge_threshold` and beats its average link to its own story's other articles by
    more than `rehome_margin`. Near-duplicate copies stay with their originals. Returns
    {article: story it moved to}; `take_moved` reports the stories they left.
    """
    horizon = None if state.clock is None else state.clock - state.rules.rehome_days
    # a story that began before the horizon began before every article weighed here
    targets = [key for key in targets if key in state.active and state.active[key].size > 1
               and (horizon is None or state.active[key].first_days is None
                    or state.active[key].first_days >= horizon)]
    if not targets:
        return {}
    newest = max(state.active[key].first_arrival for key in targets)
    candidates = _rehome_candidates(state, horizon, newest)
    if not candidates:
        return {}
    scores = _recent_scores(state, candidates, targets)
    arrivals = np.array([recent.arrival for recent in candidates])
    starts = np.array([state.active[key].first_arrival for key in targets])
    scores[arrivals[:, None] >= starts[None, :]] = -np.inf  # only stories begun later
    moves = {}
    bonus = state.rules.max_adjustment
    for row in np.nonzero((scores + bonus >= state.rules.merge_threshold).any(axis=1))[0].tolist():
        recent = candidates[row]
        own = state.doc_story[recent.features.article_id]
        best_key, best_score = _best_later_story(state, recent, own, scores[row], targets)
        # its own story is weighed last: most articles have no later story within reach
        if best_key is not None and best_score >= state.rules.merge_threshold and \
                best_score > _own_score(state, recent, own) + state.rules.rehome_margin:
            moves[recent.features.article_id] = best_key
    for article_id, key in list(moves.items()):
        own = state.doc_story[article_id]
        if state.active[own].size < 2 or key not in state.active:
            del moves[article_id]  # never empty a story (two of its articles fit later)
            continue
        _move(state, article_id, key)
    return moves


def _rehome_candidates(state: ClusterState, horizon: float | None,
                       newest: float) -> list[RecentArticle]:
    """Recent articles that may move: arrived before the newest target began, not a copy nor
    copied, in a story with other articles. Forgets those whose story left the window or that
    are older than the horizon."""
    copied = {str(r.doc["duplicate_of"]) for r in state.recent.values()
              if r.doc.get("duplicate_of") is not None}
    candidates = []
    for article_id, recent in list(state.recent.items()):
        days = recent.features.days
        if state.doc_story.get(article_id) is None or (
                horizon is not None and days is not None and days < horizon):
            del state.recent[article_id]  # its story left the window, or it is too old
            continue
        if recent.arrival < newest and recent.doc.get("duplicate_of") is None \
                and article_id not in copied \
                and state.active[state.doc_story[article_id]].size > 1:
            candidates.append(recent)
    return candidates


def _best_later_story(state: ClusterState, recent: RecentArticle, own: str, scores: np.ndarray,
                      targets: list[str]) -> tuple[str | None, float]:
    """(story, score): the best of an article's [stories] `rehome_candidates` closest later
    stories by average link with evidence, its own story and those out of the window left out."""
    bonus = state.rules.max_adjustment
    best_key, best_score = None, -np.inf
    for col in np.argsort(-scores, kind="stable")[:settings().stories.rehome_candidates].tolist():
        if scores[col] + bonus < max(state.rules.merge_threshold, best_score):
            break
        vectors = state.active[targets[col]]
        if targets[col] == own or span_gap(recent.features.days, vectors.first_days,
                                           vectors.last_days) > state.rules.window_days:
            continue
        score = scores[col] + mean_adjustment(
            recent.features.evidence, vectors.members, state.rules.evidence_weights,
            state.rules.pair_score)
        if score > best_score:
            best_key, best_score = targets[col], score
    return best_key, best_score


def _recent_scores(state: ClusterState, recents: list[RecentArticle],
                   keys: list[str]) -> np.ndarray:
    """Average-link word/entity scores of recent articles against active stories: each
    article is weighed as a story of one."""
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0))
    stats = (np.ones(len(recents)),
             np.array([r.entity_unit is not None for r in recents], dtype=float),
             _rows_matrix([(r.features.word_indices, r.word_unit) for r in recents],
                          state.word_space.dim),
             _rows_matrix([(r.features.entity_indices, r.entity_unit)
                           if r.entity_unit is not None else empty for r in recents],
                          state.entity_space.dim))
    return _link_from_stats(state, stats, _story_stats(state, keys))


def _own_score(state: ClusterState, recent: RecentArticle, key: str) -> float:
    """The article's average link to the other articles of its story (itself left out)."""
    vectors = state.active[key]
    features = recent.features
    words = sparse_dot(features.word_indices, recent.word_unit,
                       vectors.words.indices, vectors.words.weights)
    score = (words - float(recent.word_unit @ recent.word_unit)) / (vectors.size - 1)
    if recent.entity_unit is not None and vectors.with_entities > 1:
        entities = sparse_dot(features.entity_indices, recent.entity_unit,
                              vectors.entities.indices, vectors.entities.weights)
        entity_score = (entities - float(recent.entity_unit @ recent.entity_unit)) \
            / (vectors.with_entities - 1)
        score = (1 - state.rules.entity_weight) * score + state.rules.entity_weight * entity_score
    others = list(vectors.members)
    if recent.features.evidence in others:
        others.remove(recent.features.evidence)
    return score + mean_adjustment(recent.features.evidence, others, state.rules.evidence_weights,
                           state.rules.pair_score)


def _move(state: ClusterState, article_id: str, key: str) -> None:
    """Take an article out of its story and put it into another one."""
    recent = state.recent[article_id]
    features = recent.features
    old = state.doc_story[article_id]
    vectors = state.active[old]
    vectors.words.remove(features.word_indices, recent.word_unit)
    if recent.entity_unit is not None:
        vectors.entities.remove(features.entity_indices, recent.entity_unit)
        vectors.with_entities -= 1
    vectors.size -= 1
    if features.evidence in vectors.members:
        vectors.members.remove(features.evidence)
    if vectors.size <= len(vectors.members):  # every member is known: the span is exact
        days = [m.days for m in vectors.members if m.days is not None]
        if days:
            vectors.first_days, vectors.last_days = min(days), max(days)
    state.states[old].remove_article(recent.doc, features.countries, features.names)
    state.changed.add(old)
    state.refresh_headline(old)
    state.attach(key, features, recent.doc, moving=recent)
    state.moved.setdefault(article_id, old)


def take_moved(state: ClusterState) -> dict[str, str]:
    """Every article re-homed since the last call, mapped to the story it first left
    (under its key then: see `take_absorbed` for merges since); the record is cleared."""
    moved, state.moved = state.moved, {}
    return moved


def _survivor_order(state: ClusterState, key_a: str, key_b: str) -> tuple[str, str]:
    a, b = state.states[key_a], state.states[key_b]
    # (`created` follows the order of `states`: reading that order cost a scan of every story)
    if a.n_articles > b.n_articles or (a.n_articles == b.n_articles and a.created < b.created):
        return key_a, key_b
    return key_b, key_a


def take_absorbed(state: ClusterState) -> dict[str, str]:
    """Every story key absorbed since the last call, mapped to the key it lives on under
    now (merge passes and straggler rescues alike); the record is then cleared."""
    absorbed = state.absorbed
    for old in list(absorbed):
        final = absorbed[old]
        while final in absorbed:
            final = absorbed[final]
        absorbed[old] = final
    state.absorbed = {}
    return absorbed


def _merge_into(state: ClusterState, survivor: str, absorbed: str) -> None:
    state.absorbed[absorbed] = survivor
    state.unindex(absorbed)
    state.changed.discard(absorbed)
    target, source = state.active[survivor], state.active.pop(absorbed)
    target.words.absorb(source.words)
    target.entities.absorb(source.entities)
    target.size += source.size
    target.with_entities += source.with_entities
    if source.first_arrival is not None and (
            target.first_arrival is None or source.first_arrival < target.first_arrival):
        target.first_arrival = source.first_arrival
    target.extend_span(source.first_days)
    target.extend_span(source.last_days)
    target.members.extend(source.members)
    for index in source.terms:
        if index not in target.terms:
            target.terms.add(index)
            state.postings.setdefault(index, set()).add(survivor)
    absorbed_state = state.states.pop(absorbed)
    survivor_state = state.states[survivor]
    survivor_state.absorb(absorbed_state)
    prune_headline_candidates(survivor_state.headline_candidates,
                              state.headline_similarity(survivor))
    for article_id in absorbed_state.article_ids:
        if state.doc_story.get(article_id) == absorbed:
            state.doc_story[article_id] = survivor
    state.refresh_headline(survivor)
