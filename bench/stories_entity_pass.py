"""Cheaper named-entity passes for the story stage, against the full spaCy pass.

The spaCy NER over an article's title and text (coding/named_entities.py) is ~80% of the
stories stage's CPU on the store path. Each variant below gives the clusterer its entity
lists a cheaper way; the story B-cubed F1 is compared with the full pass on every labelled
corpus: ECB+ dev, the demo corpus and the four labelled training scenarios under
bench/data/train/ripple (their `stories` labels), all clustered with the settings in force
(in-sample: those settings were tuned with full-pass entities). `--cv` adds the
cross-validated figures of bench/stories_cv.py (ECB+ dev by topic, the demo by storyline; the
thresholds re-chosen on four folds) for the variants named. The unseen corpus is not scored:
no variant is taken on.

Variants:
- full: spaCy NER over the title and the whole text (cut at 20,000 characters): the stage's.
- lead-N: spaCy NER over the title and the text's first N characters (cut at a sentence end).
- lead-N+recount: lead-N, plus every later whole-word occurrence of a name it found.
- lead-N+capitals: lead-N, plus the capitalised runs of the rest (stories.features.extract_names).
- capitals: no spaCy; the clusterer's own fallback, runs of capitalised words over the text.
- proper-nouns: no spaCy; capitalised runs broken at titles and function words, a
  sentence-opening word kept only when the text has it mid-sentence too (text.names rules).

    python bench/stories_entity_pass.py [--cv full,capitals,lead-600]
Writes bench/results/stories_entity_pass.json.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from stories_cv import evaluate, load_corpora, read_jsonl
from stories_score import score

RESULTS = HERE / "results" / "stories_entity_pass.json"
SCENARIOS = HERE / "data" / "train" / "ripple"
VARIANTS = ["full", "lead-400", "lead-600", "lead-1000", "lead-400+recount", "lead-600+recount",
            "lead-1000+recount", "lead-600+capitals", "lead-1000+capitals", "capitals",
            "proper-nouns"]
FIELDS = ("id", "title", "text", "published", "source")


def corpora() -> dict:
    """{name: (docs without entities, gold stories, folds or None)}."""
    found = {name: ([{k: v for k, v in d.items() if k != "entities"} for d in docs], gold, fold)
             for name, (docs, gold, fold) in load_corpora().items()}
    for folder in sorted(p for p in SCENARIOS.iterdir() if (p / "gold.json").exists()):
        docs = [{k: d[k] for k in FIELDS if k in d} for d in read_jsonl(folder / "articles.jsonl")]
        gold = json.loads((folder / "gold.json").read_text("utf-8"))["stories"]
        found[f"scenario-{folder.name}"] = (docs, gold, None)
    return found


def lead(text: str, chars: int) -> str:
    """The text's first `chars` characters, cut back to a sentence end (or a space)."""
    if len(text) <= chars:
        return text
    head = text[:chars]
    stop = max(head.rfind(". "), head.rfind(".\n"), head.rfind("\n"))
    if stop >= chars // 2:
        return head[:stop + 1]
    space = head.rfind(" ")
    return head[:space] if space > 0 else head


def recounted(found: list, rest: str) -> list:
    """`found` plus one more [name, label] for each whole-word occurrence in `rest`."""
    more = []
    for name, label in {n: lab for n, lab in reversed(found)}.items():
        hits = len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", rest))
        more.extend([[name, label]] * hits)
    return found + more


def proper_nouns(text: str) -> list[str]:
    """Capitalised runs, in text order with repeats, by the rules of text.names'
    `proper_noun_runs` (which keeps each run once)."""
    from aftershock.text import names
    found, run, run_end = [], [], -1
    for match in names._PROPER_TOKEN.finditer(text):
        word, possessive = names.strip_possessive(match.group().rstrip("'\u2019-"))
        if not (run and text[run_end:match.start()] == " ") and run:
            found.append(" ".join(run))
            run = []
        if word.lower() in names.NON_NAME_CAPITALS or len(word) < 3 \
                or (word.isupper() and len(word) > 5):
            if run:
                found.append(" ".join(run))
                run = []
            continue
        if (not run and names._is_sentence_initial(text, match.start())
                and not re.search(r"[a-z,;] " + re.escape(word) + r"\b", text)):
            continue
        run.append(word)
        run_end = -1 if possessive else match.end()
    if run:
        found.append(" ".join(run))
    return found


def entities(variant: str, docs: list[dict]) -> tuple[list | None, float]:
    """Each doc's entity list under `variant` (None: leave the clusterer's fallback), and the
    CPU seconds it took."""
    from aftershock.coding.named_entities import entity_text, extract_entities
    from aftershock.stories.features import extract_names
    texts = [entity_text(d) for d in docs]
    started = time.process_time()
    if variant == "full":
        found = extract_entities(texts)
    elif variant.startswith("lead-"):
        chars, _, extra = variant[5:].partition("+")
        leads = [lead(t, int(chars)) for t in texts]
        found = extract_entities(leads)
        if extra == "recount":
            found = [recounted(f, t[len(h):]) for f, t, h in zip(found, texts, leads)]
        elif extra == "capitals":
            found = [f + [[n, "PERSON"] for n in extract_names(t[len(h):])]
                     for f, t, h in zip(found, texts, leads)]
    elif variant == "capitals":
        found = None
    elif variant == "proper-nouns":
        found = [[[n, "PERSON"] for n in proper_nouns(t)] for t in texts]
    else:
        raise SystemExit(f"unknown variant {variant!r}")
    return found, time.process_time() - started


def with_variant(docs: list[dict], found: list | None) -> list[dict]:
    copies = [dict(d) for d in docs]
    if found is not None:
        for doc, entity_list in zip(copies, found):
            doc["entities"] = entity_list
    return copies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--cv", default="", help="variants to cross-validate as well")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    from aftershock.coding.coder import load_model
    from aftershock.stories import actor_signals, cluster_documents
    load_model()
    data, signals = corpora(), actor_signals()
    n_docs = sum(len(docs) for docs, _, _ in data.values())
    result = {"n_docs": n_docs, "in_sample": {}, "cross_validated": {}}
    parsed = {}
    for variant in args.variants.split(","):
        row, cpu = {}, 0.0
        for name, (docs, gold, _) in data.items():
            found, seconds = entities(variant, docs)
            parsed[variant, name], cpu = found, cpu + seconds
            predicted = dict(cluster_documents(with_variant(docs, found), **signals))
            row[name] = round(score(predicted, gold)["bcubed_f1"], 4)
        result["in_sample"][variant] = {"bcubed_f1": row,
                                        "entity_cpu_ms_per_doc": round(cpu / n_docs * 1e3, 2)}
        print(f"{variant:20s} {cpu / n_docs * 1e3:5.1f} ms/doc  "
              + "  ".join(f"{n} {v:.4f}" for n, v in row.items()), flush=True)
    for variant in [v for v in args.cv.split(",") if v]:
        folds = {name: (with_variant(docs, parsed.get((variant, name))
                                     or entities(variant, docs)[0]), gold, fold)
                 for name, (docs, gold, fold) in data.items() if fold is not None}
        with tempfile.TemporaryDirectory() as tmp:
            figures = evaluate("average-link", folds, signals, Path(tmp), log=lambda *a: None)
        result["cross_validated"][variant] = {
            name: round(figures["cross_validated"][name]["bcubed_f1"], 4) for name in folds}
        print(f"{variant:20s} cross-validated: " + "  ".join(
            f"{n} {v:.4f}" for n, v in result["cross_validated"][variant].items()), flush=True)
    if not args.no_write:
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
