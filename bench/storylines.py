"""Storyline benchmark and trainer: link the stories `aftershock cluster` makes into storylines
and score them against the gold `storylines` labels (B-cubed and pairwise over articles).

Corpora: the demo (training), the training scenarios in bench/data/train/ripple/* (extra
training, one fold per scenario; `--extra-dir` adds a folder not yet committed), and the frozen
unseen corpus (reported only: never used to fit or choose anything). Figures:

- baseline: every story its own storyline;
- in-sample: model fitted and threshold chosen on all training stories, scored on them;
- cross-validated: the demo in 5 folds by storyline (a storyline's index mod 5, as
  bench/stories_cv.py folds it); each extra corpus one more fold. The model is fitted and the
  threshold chosen on the other folds' stories only, the held-out fold's articles are scored
  against the whole linking (per-item B-cubed, bench/stories_cv.item_counts);
- unseen: the shipped model and threshold on the frozen corpus.

`--train` writes the model fitted on every training corpus to
src/aftershock/data/models/storylines.json and the chosen threshold to the result.
Results go to bench/results/storylines.json and into bench/results/stories.json ("storylines").
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from stories_cv import FOLDS, UNSEEN, figures, item_counts, read_jsonl, with_entities

RESULTS = HERE / "results" / "storylines.json"
STORIES_RESULTS = HERE / "results" / "stories.json"
TRAIN = HERE / "data" / "train" / "ripple"


def extra_folders(more: list[Path] = ()) -> list[Path]:
    """The training scenario folders (bench/data/train/ripple/*, then `more`), in name order."""
    found = sorted(p for p in TRAIN.iterdir() if p.is_dir()) if TRAIN.is_dir() else []
    return found + [Path(p) for p in more]
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
C_VALUE = 1.0  # (0.3 and 3.0 were tried: bench/results/storylines.json "variants")


def stories_of(name: str, docs: list[dict]) -> dict[str, str]:
    """{article id: predicted story key} from the story stage's batch clusterer."""
    from aftershock.stories import actor_signals, cluster_documents
    return dict(cluster_documents(docs, **actor_signals()))


class Corpus:
    """One labelled corpus: its predicted stories, their profiles, and the gold storylines."""

    def __init__(self, name: str, docs: list[dict], storylines: dict[str, str]):
        from aftershock.coding.actors import countries_in
        from aftershock.stories.storylines import story_profile
        self.name, self.gold = name, {i: storylines[i] for i in storylines
                                      if i in {d["id"] for d in docs}}
        self.story_of = stories_of(name, docs)
        by_story: dict[str, list[dict]] = {}
        for doc in docs:
            if doc["id"] in self.story_of:
                by_story.setdefault(self.story_of[doc["id"]], []).append(doc)
        self.keys = sorted(by_story)
        self.profiles = [story_profile(k, by_story[k], countries_in) for k in self.keys]
        # a story's storyline: the one most of its articles carry
        self.line_of = {k: Counter(storylines[d["id"]] for d in by_story[k]
                                   if d["id"] in storylines).most_common(1)[0][0]
                        for k in self.keys}
        self.articles_of = {k: [d["id"] for d in by_story[k]] for k in self.keys}


def load_demo() -> Corpus:
    from aftershock.demo import demo_corpus, demo_gold
    gold = demo_gold()
    raw = [doc for path in demo_corpus() for doc in read_jsonl(path)]
    docs = with_entities("demo", [{k: d[k] for k in ("id", "title", "text", "published",
                                                     "source") if k in d} for d in raw])
    return Corpus("demo", docs, gold["storylines"])


def load_folder(folder: Path, name: str) -> Corpus | None:
    if not ((folder / "articles.jsonl").exists() and (folder / "gold.json").exists()):
        return None
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    if not gold.get("storylines"):
        return None
    storylines = dict(gold["storylines"])
    stories = gold.get("stories", {})
    if set(storylines) & set(stories) != set(storylines):  # keyed by story label
        storylines = {i: storylines.get(s, s) for i, s in stories.items()}
    for copy, original in (gold.get("duplicates") or {}).items():
        if original in storylines and copy not in storylines:
            storylines[copy] = storylines[original]
    raw = read_jsonl(folder / "articles.jsonl")
    docs = with_entities(name, [{k: d[k] for k in ("id", "title", "text", "published",
                                                   "source") if k in d} for d in raw])
    return Corpus(name, docs, storylines)


def training_rows(corpus: Corpus, keep: set[str], max_gap: float):
    from aftershock.stories.storylines import pair_table
    pairs, table = pair_table(corpus.profiles, max_gap)
    rows, labels = [], []
    for (i, j), row in zip(pairs, table):
        a, b = corpus.keys[i], corpus.keys[j]
        if a in keep and b in keep:
            rows.append(row)
            labels.append(int(corpus.line_of[a] == corpus.line_of[b]))
    return rows, labels


def fit(corpora: list[tuple[Corpus, set[str]]], max_gap: float):
    from sklearn.linear_model import LogisticRegression

    from aftershock.stories.storylines import StorylineModel
    rows, labels = [], []
    for corpus, keep in corpora:
        r, lab = training_rows(corpus, keep, max_gap)
        rows += r
        labels += lab
    model = LogisticRegression(C=C_VALUE, max_iter=2000)
    model.fit(np.array(rows), np.array(labels))
    return StorylineModel(float(model.intercept_[0]), tuple(float(c) for c in model.coef_[0]),
                          " + ".join(sorted({c.name for c, _ in corpora})))


def predicted_lines(corpus: Corpus, model, threshold: float, max_gap: float,
                    keep: set[str] | None = None) -> dict[str, str]:
    """{article id: predicted storyline} over the stories in `keep` (default all)."""
    from aftershock.stories.storylines import link_storylines
    profiles = [p for p in corpus.profiles if keep is None or p.key in keep]
    line = link_storylines(profiles, model, threshold, max_gap)
    return {i: line[k] for k in line for i in corpus.articles_of[k]}


def score_items(corpus: Corpus, predicted: dict[str, str], items) -> Counter:
    gold = {i: corpus.gold[i] for i in predicted if i in corpus.gold}
    return item_counts(predicted, gold, [i for i in items if i in gold])


def choose_threshold(corpora: list[tuple[Corpus, set[str]]], model, max_gap: float) -> float:
    """The threshold with the best B-cubed F1 over the training stories (ties: the higher)."""
    best = None
    for threshold in THRESHOLDS:
        counts = Counter()
        for corpus, keep in corpora:
            predicted = predicted_lines(corpus, model, threshold, max_gap, keep)
            counts += score_items(corpus, predicted, predicted)
        f1 = figures(counts)["bcubed_f1"]
        if best is None or f1 >= best[0]:
            best = (f1, threshold)
    return best[1]


def demo_folds(corpus: Corpus) -> dict[str, int]:
    lines = sorted(set(corpus.gold.values()))
    return {k: lines.index(corpus.line_of[k]) % FOLDS for k in corpus.keys}


def baseline(corpus: Corpus) -> dict:
    predicted = {i: f"own-{k}" for k in corpus.keys for i in corpus.articles_of[k]}
    return figures(score_items(corpus, predicted, predicted))


def evaluate(training: list[Corpus], max_gap: float, log=print) -> dict:
    everything = [(c, set(c.keys)) for c in training]
    model = fit(everything, max_gap)
    threshold = choose_threshold(everything, model, max_gap)
    result = {"model": model.to_json(), "threshold": threshold, "max_gap_days": max_gap,
              "baseline": {}, "in_sample": {}, "cross_validated": {}}
    for corpus in training:
        predicted = predicted_lines(corpus, model, threshold, max_gap)
        result["baseline"][corpus.name] = baseline(corpus)
        result["in_sample"][corpus.name] = figures(score_items(corpus, predicted, predicted))
    # folds: the demo by storyline, each extra corpus one fold of its own
    folds: list[tuple[Corpus, set[str]]] = []
    demo = training[0]
    fold_of = demo_folds(demo)
    folds += [(demo, {k for k in demo.keys if fold_of[k] == f}) for f in range(FOLDS)]
    folds += [(c, set(c.keys)) for c in training[1:]]
    cv = {c.name: Counter() for c in training}
    for corpus, held in folds:
        train = [(c, set(c.keys) - held if c is corpus else set(c.keys)) for c in training]
        train = [(c, keep) for c, keep in train if keep]
        fold_model = fit(train, max_gap)
        fold_threshold = choose_threshold(train, fold_model, max_gap)
        predicted = predicted_lines(corpus, fold_model, fold_threshold, max_gap)
        cv[corpus.name] += score_items(corpus, predicted,
                                       [i for k in held for i in corpus.articles_of[k]])
    for name, counts in cv.items():
        result["cross_validated"][name] = figures(counts)
    if len(training) > 1:  # fitted on the demo alone, scored on each other corpus
        only = [(demo, set(demo.keys))]
        demo_model = fit(only, max_gap)
        demo_threshold = choose_threshold(only, demo_model, max_gap)
        result["demo_model_on_other_corpora"] = {
            c.name: figures(score_items(c, p := predicted_lines(c, demo_model, demo_threshold,
                                                                  max_gap), p))
            for c in training[1:]}
        result["demo_model_on_other_corpora"]["threshold"] = demo_threshold
    for kind in ("baseline", "in_sample", "cross_validated", "demo_model_on_other_corpora"):
        for name, fig in result.get(kind, {}).items():
            if name == "threshold":
                continue
            log(f"{kind:>15} {name:>10}: B-cubed F1 {fig['bcubed_f1']:.3f} "
                f"(P {fig['bcubed_precision']:.3f} R {fig['bcubed_recall']:.3f})  pairwise F1 "
                f"{fig['pairwise_f1']:.3f}")
    return result


def store_path(log=print) -> dict:
    """The demo through the store as a user runs it (`ingest`, then `stories`, which links the
    storylines with the settings in force), scored against the gold storylines."""
    import tempfile

    from aftershock.api import Aftershock
    from aftershock.demo import demo_corpus, demo_gold
    gold = demo_gold()["storylines"]
    with tempfile.TemporaryDirectory() as tmp:
        app = Aftershock(f"sqlite:///{tmp}/demo.db")
        app.ingest([str(p) for p in demo_corpus()])
        started = time.perf_counter()
        report = app.build_stories()
        seconds = time.perf_counter() - started
        from aftershock.stories.storyline_stage import build_storylines
        started = time.perf_counter()
        build_storylines(app.store, app.settings.stories)
        link_seconds = time.perf_counter() - started
        ext = {a["id"]: a["ext_id"] for a in app.store.articles()}
        line_of = {}
        for key, stories in app.store.storyline_stories().items():
            for story in stories:
                line_of[story["id"]] = key
        predicted = {ext[a["id"]]: line_of[a["story_id"]] for a in app.store.articles()
                     if a["story_id"] is not None}
        app.store.close()
    result = figures(item_counts(predicted, {i: gold[i] for i in predicted}, predicted))
    result.update(stage_report=report, stories_stage_seconds=seconds,
                  storyline_seconds=link_seconds,
                  storyline_share_of_stage=link_seconds / seconds)
    log(f"store path: demo B-cubed F1 {result['bcubed_f1']:.3f}; storylines take "
        f"{link_seconds:.3f} s of a {seconds:.2f} s stories stage")
    return result


def scale(sizes=(10_000, 40_000), log=print) -> list[dict]:
    """CPU seconds to profile and link the stories of bench/stories.py's generated stream (its
    own story ids as the stories; ~1,000 articles a day, so all within one linking window)."""
    from stories import generate_stream

    from aftershock.coding.actors import countries_in
    from aftershock.config import settings
    from aftershock.stories.storylines import link_storylines, load_model, story_profile
    config, rows = settings().stories, []
    for n in sizes:
        by_story: dict[str, list[dict]] = {}
        for article, story in generate_stream(n):
            by_story.setdefault(story, []).append(article)
        started = time.process_time()
        profiles = [story_profile(k, docs, countries_in) for k, docs in by_story.items()]
        profiled = time.process_time()
        link_storylines(profiles, load_model(), config.storyline_threshold,
                        config.storyline_max_gap_days)
        done = time.process_time()
        rows.append({"articles": n, "stories": len(by_story),
                     "profile_cpu_seconds": profiled - started,
                     "link_cpu_seconds": done - profiled})
        log(f"scale: {n} articles, {len(by_story)} stories: profiles {profiled - started:.1f} "
            f"s, linking {done - profiled:.1f} s CPU")
    return rows


NOTES = {
    "choices": "features and C were chosen by the cross-validated figures among 10 "
               "variants (C 0.3 / 1 / 3; with or without a time-gap feature or a runs-overlap "
               "feature; countries and names alone or times the shared telling terms); "
               "C=0.3 gave demo CV 0.876, "
               "rtrain-a 0.881, rtrain-b 0.901, C=1 (kept) 0.884 / 0.881 / 0.848, C=3 0.890 / "
               "0.881 / 0.848. Those figures are therefore slightly optimistic.",
    "unseen_looks": "the frozen unseen corpus was scored 8 times: twice by early versions "
                    "of this script (0.771, 0.755), three times with the model fitted on the "
                    "demo, rtrain-a and rtrain-b (0.793), three times after refitting on all "
                    "seven training corpora (0.804 at the old threshold 0.3; 0.793 at 0.35, "
                    "the threshold chosen on the training stories; the last to write these "
                    "results); nothing was chosen on it.",
    "training": "refit on the demo and training scenarios a-f (7 corpora; leave-one-corpus-out "
                "CV mean B-cubed 0.868 with C=1; class_weight balanced 0.868, C=0.3 0.864, so "
                "C=1 unweighted stays)",
}


def run(train: bool = False, extra: bool = True, unseen: bool = True, log=print,
        more: list[Path] = ()) -> dict:
    """Every figure of the module docstring; `train` also writes the packaged model."""
    from aftershock.config import settings
    max_gap = settings().stories.storyline_max_gap_days
    training = [load_demo()]
    for folder in extra_folders(more) if extra else []:
        corpus = load_folder(folder, f"rtrain-{folder.name}")
        if corpus is not None:
            training.append(corpus)
    started = time.perf_counter()
    result = evaluate(training, max_gap, log=log)
    result["seconds"] = time.perf_counter() - started
    result["training_corpora"] = [c.name for c in training]
    result["notes"] = NOTES
    if train:
        from aftershock.stories.storylines import packaged_model_path
        packaged_model_path().write_text(json.dumps(result["model"], indent=2) + "\n",
                                         encoding="utf-8")
        log(f"wrote {packaged_model_path()}; set [stories] storyline_threshold = "
            f"{result['threshold']}")
    result["store_path"] = store_path(log=log)
    result["scale"] = scale(log=log)
    # unseen: the settings in force and the packaged model, reported only
    from aftershock.stories.storylines import load_model
    shipped = load_model()
    config = settings().stories
    result["shipped"] = {"model": shipped.to_json(), "threshold": config.storyline_threshold}
    for folder in UNSEEN if unseen else []:
        corpus = load_folder(folder, "unseen-stories")
        if corpus is not None:
            predicted = predicted_lines(corpus, shipped, config.storyline_threshold, max_gap)
            result["unseen"] = {"baseline": baseline(corpus),
                                "linked": figures(score_items(corpus, predicted, predicted)),
                                "corpus": str(folder)}
            log(f"unseen: baseline {result['unseen']['baseline']['bcubed_f1']:.3f}, linked "
                f"{result['unseen']['linked']['bcubed_f1']:.3f}")
            break
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true", help="write the packaged model")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--no-extra", action="store_true", help="demo only")
    parser.add_argument("--extra-dir", action="append", type=Path, default=[],
                        help="another training scenario folder (articles.jsonl + gold.json)")
    parser.add_argument("--no-unseen", action="store_true",
                        help="skip the frozen unseen corpus (reported, never used to choose)")
    args = parser.parse_args(argv)
    result = run(train=args.train, extra=not args.no_extra, unseen=not args.no_unseen,
                 more=args.extra_dir)
    if not args.no_write:
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        if STORIES_RESULTS.exists():  # bench/stories.py's results carry the same figures
            stories = json.loads(STORIES_RESULTS.read_text("utf-8"))
            stories["storylines"] = result
            STORIES_RESULTS.write_text(json.dumps(stories, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
