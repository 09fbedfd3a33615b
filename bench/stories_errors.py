"""Recall errors of a story scorer on the demo-style training corpora: every gold story the
clustering splits, its largest piece, and for each article split off the signals that kept it
out (mean word, entity and blended similarity to the largest piece, and the mean evidence
adjustment term by term: country penalty, country mismatch, lead penalty, date clash, year
clash, time gap).

The similarities use the whole corpus's document frequencies and the evidence is averaged over
every article of the piece, so they approximate (not repeat) what the online clusterer saw. The
frozen unseen corpus is never read here.

    python bench/stories_errors.py [demo ripple-a ...]
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
TERMS = {"country": "country_penalty", "mismatch": "country_mismatch", "lead": "lead_penalty",
         "date": "date_penalty", "year": "year_penalty", "time": "time_penalty"}


def main() -> int:
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent / "src"))
    import stories_cv as cv

    from aftershock.stories import OnlineClusterer, actor_signals
    from aftershock.stories.vectors import EvidenceWeights
    corpora, signals = cv.load_corpora(), actor_signals()
    weights = EvidenceWeights(**{k: getattr(cv.settings_with_model(None), k)
                                 for k in EvidenceWeights.__dataclass_fields__})
    names = sys.argv[1:] or list(cv.DEMO_STYLE)
    for name in names:
        docs, gold, _ = corpora[name]
        predicted = cv.cluster(docs, signals, "average-link", cv.settings_with_model(None))
        scores = cv.figures(cv.item_counts(predicted, gold, gold))
        print(f"===== {name}: B-cubed F1 {scores['bcubed_f1']:.3f} "
              f"P {scores['bcubed_precision']:.3f} R {scores['bcubed_recall']:.3f}")
        clusterer = OnlineClusterer(**signals)
        report_splits(clusterer, docs, gold, predicted, weights)
    return 0


def report_splits(clusterer, docs: list[dict], gold: dict, predicted: dict, weights) -> None:
    from aftershock.stories.features import sparse_dot, weighted_unit
    from aftershock.stories.vectors import pair_adjustment
    clusterer.prime(docs)
    features = dict(clusterer._primed)  # the featurised articles, before any clustering
    by_id = {doc["id"]: doc for doc in docs}
    blend = clusterer.rules.entity_weight
    off = EvidenceWeightsOff(weights)

    def similarity(a: str, b: str) -> tuple[float, float, float]:
        fa, fb = features[a], features[b]
        words = sparse_dot(fa.word_indices, weighted_unit(fa.word_indices, fa.word_weights,
                                                          clusterer.word_space),
                           fb.word_indices, weighted_unit(fb.word_indices, fb.word_weights,
                                                          clusterer.word_space))
        names = sparse_dot(fa.entity_indices, weighted_unit(
            fa.entity_indices, fa.entity_weights, clusterer.entity_space), fb.entity_indices,
            weighted_unit(fb.entity_indices, fb.entity_weights, clusterer.entity_space))
        return words, names, (1 - blend) * words + blend * names

    members = defaultdict(list)
    for item, label in gold.items():
        members[label].append(item)
    for label, items in sorted(members.items()):
        pieces = Counter(predicted.get(i) for i in items)
        if len(pieces) < 2:
            continue
        main = pieces.most_common(1)[0][0]
        kept = [i for i in items if predicted[i] == main]
        print(f"--- {label}: {len(items)} articles in pieces "
              f"{sorted(pieces.values(), reverse=True)}")
        for item in sorted(kept, key=lambda i: str(by_id[i].get("published", ""))):
            print(f"  kept  {str(by_id[item].get('published', ''))[:16]} {item}: "
                  f"{str(by_id[item].get('title', ''))[:80]}")
        for item in sorted(set(items) - set(kept)):
            sims = [similarity(item, other) for other in kept]
            mean = [sum(s[k] for s in sims) / len(sims) for k in range(3)]
            terms = {term: sum(pair_adjustment(features[item].evidence,
                                               features[other].evidence, off.only(term))
                               for other in kept) / len(kept) for term in TERMS}
            total = sum(pair_adjustment(features[item].evidence, features[o].evidence, weights)
                        for o in kept) / len(kept)
            joined = [i for i, p in predicted.items() if p == predicted[item] and gold.get(i)
                      != label]
            print(f"  split {str(by_id[item].get('published', ''))[:16]} {item}: "
                  f"{str(by_id[item].get('title', ''))[:80]}")
            print(f"        words {mean[0]:.3f} names {mean[1]:.3f} blend {mean[2]:.3f} "
                  f"evidence {total:+.3f} -> {mean[2] + total:.3f} | " + " ".join(
                      f"{t} {v:+.3f}" for t, v in terms.items() if abs(v) > 1e-9)
                  + f" | lead {features[item].lead} countries "
                  f"{sorted(features[item].countries)} | its piece holds "
                  f"{pieces[predicted[item]]} of this story and {len(joined)} of others")


class EvidenceWeightsOff:
    """The evidence weights with every term but one switched off."""

    def __init__(self, weights):
        self.none = replace(weights, country_bonus=0.0, country_penalty=0.0,
                            country_mismatch=0.0, date_penalty=0.0, year_penalty=0.0,
                            time_penalty=0.0, lead_penalty=0.0)
        self.weights = weights

    def only(self, term: str):
        return replace(self.none, **{TERMS[term]: getattr(self.weights, TERMS[term])})


if __name__ == "__main__":
    sys.exit(main())
