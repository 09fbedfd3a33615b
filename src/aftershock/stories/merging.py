"""The merge pass: joins active stories whose average link shows they are one story."""
from __future__ import annotations

import numpy as np
from scipy import sparse

from .records import prune_headline_candidates
from .vectors import mean_cross_adjustment, spans_gap


class StoryMerging:
    """Merge-pass half of `OnlineClusterer` (it owns the state these methods read)."""

    def _sum_matrix(self, keys: list[str], attribute: str, dim: int) -> sparse.csr_matrix:
        rows, cols, values = [], [], []
        for row, key in enumerate(keys):
            centroid = getattr(self._active[key], attribute)
            rows.append(np.full(len(centroid.indices), row))
            cols.append(centroid.indices)
            values.append(centroid.weights)
        return sparse.csr_matrix(
            (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
            shape=(len(keys), dim))

    def _link_scores(self, rows: list[str], cols: list[str]) -> np.ndarray:
        """Average-link word/entity scores between two lists of active stories (no evidence)."""
        def stats(keys):
            return (np.array([self._active[k].size for k in keys], dtype=float),
                    np.array([self._active[k].with_entities for k in keys], dtype=float),
                    self._sum_matrix(keys, "words", self.word_space.dim),
                    self._sum_matrix(keys, "entities", self.entity_space.dim))
        sizes_r, ents_r, words_r, entities_r = stats(rows)
        sizes_c, ents_c, words_c, entities_c = stats(cols) if cols is not rows else \
            (sizes_r, ents_r, words_r, entities_r)
        text = (words_r @ words_c.T).toarray() / np.outer(sizes_r, sizes_c)
        both = np.outer(ents_r, ents_c)
        entity_mean = (entities_r @ entities_c.T).toarray() / np.where(both > 0, both, 1.0)
        return np.where(both > 0, (1 - self.entity_weight) * text
                        + self.entity_weight * entity_mean, text)

    def rescue_stragglers(self, keys: list[str] | None = None,
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
        lone = [k for k in (self._active if keys is None else keys)
                if k in self._active and self._active[k].size == 1]
        if not lone or self.straggler_threshold >= self.merge_threshold:
            return {}
        if closing is not None:
            # Cheap first cut: only lone stories that reach a closing story are weighed in full.
            targets = [k for k in closing if k in self._active and self._active[k].size > 1]
            if not targets:
                return {}
            reach = self._link_scores(lone, targets).max(axis=1)
            lone = [key for key, score in zip(lone, reach.tolist())
                    if score + self.evidence_weights.country_bonus >= self.straggler_threshold]
            if not lone:
                return {}
        lone_set = set(lone)
        others = [k for k in self._active if k not in lone_set and self._active[k].size > 1]
        if not others:
            return {}
        scores = self._link_scores(lone, others)
        renamed = {}
        for row, key in enumerate(lone):
            best_key, best_score = None, -np.inf
            for col in np.argsort(-scores[row], kind="stable")[:5].tolist():
                if scores[row, col] + self.evidence_weights.country_bonus < max(
                        best_score, self.straggler_threshold):
                    break
                a, b = self._active[key], self._active[others[col]]
                if spans_gap(a, b) > self.window_days:
                    continue
                score = scores[row, col] + mean_cross_adjustment(a.members, b.members,
                                                                 self.evidence_weights)
                if score > best_score:
                    best_key, best_score = others[col], score
            if best_key is not None and best_score >= self.straggler_threshold and (
                    closing is None or best_key in closing):
                self._merge_into(best_key, key)
                renamed[key] = best_key
        return renamed

    def _pair_scores(self, keys: list[str]) -> np.ndarray:
        """Average-link scores between active stories (evidence added where it could matter)."""
        scores = self._link_scores(keys, keys)
        np.fill_diagonal(scores, -np.inf)
        bonus = self.evidence_weights.country_bonus
        changed = np.array([key in self._changed for key in keys])
        # Two stories that have not changed since the last pass were already found apart.
        settled = ~np.logical_or.outer(changed, changed)
        scores[settled] = -np.inf
        rows, cols = np.nonzero(np.triu(scores + bonus >= self.merge_threshold, k=1))
        for i, j in zip(rows.tolist(), cols.tolist()):
            a, b = self._active[keys[i]], self._active[keys[j]]
            if spans_gap(a, b) > self.window_days:
                scores[i, j] = scores[j, i] = -np.inf
                continue
            scores[i, j] += mean_cross_adjustment(a.members, b.members, self.evidence_weights)
            scores[j, i] = scores[i, j]
        return scores

    def merge_pass(self) -> dict[str, str]:
        """Join active stories whose average link shows they describe one story.

        Repeats rounds of best-first merges until no pair reaches `merge_threshold`; the larger
        story keeps its key. Returns {absorbed key: surviving key}.
        """
        self._since_merge = 0
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
            self._changed = touched & set(self._active)
        self._changed.clear()
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

    def take_absorbed(self) -> dict[str, str]:
        """Every story key absorbed since the last call, mapped to the key it lives on under
        now (merge passes and straggler rescues alike); the record is then cleared."""
        absorbed = self._absorbed
        for old in list(absorbed):
            final = absorbed[old]
            while final in absorbed:
                final = absorbed[final]
            absorbed[old] = final
        self._absorbed = {}
        return absorbed

    def _merge_into(self, survivor: str, absorbed: str) -> None:
        self._absorbed[absorbed] = survivor
        self._unindex(absorbed)
        self._changed.discard(absorbed)
        target, source = self._active[survivor], self._active.pop(absorbed)
        target.words.absorb(source.words)
        target.entities.absorb(source.entities)
        target.size += source.size
        target.with_entities += source.with_entities
        target.extend_span(source.first_days)
        target.extend_span(source.last_days)
        target.members.extend(source.members)
        for index in source.terms:
            if index not in target.terms:
                target.terms.add(index)
                self._postings.setdefault(index, set()).add(survivor)
        absorbed_state = self._states.pop(absorbed)
        survivor_state = self._states[survivor]
        survivor_state.absorb(absorbed_state)
        prune_headline_candidates(survivor_state.headline_candidates,
                                  self._headline_similarity(survivor))
        for article_id in absorbed_state.article_ids:
            if self._doc_story.get(article_id) == absorbed:
                self._doc_story[article_id] = survivor
        self._refresh_headline(survivor)
