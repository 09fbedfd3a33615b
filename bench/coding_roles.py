"""Role spans: does the coder's first event name the doer as source and the one done to as
target? Checked on ConfliBERT's CAMEO role set (`--data`, default
/work/shared/bench/cameo_ner/train.txt: one token a line with B/I-S source, B/I-T target and
B/I-R reciprocal tags, a blank line between sentences; GPL, benchmark use only).

A sentence counts for the source when its first event's source text shares a word (other than a stop
word) with the gold source span, or with a reciprocal span; for the target likewise with the gold
target span, or with a reciprocal span that names someone other than the source: another reciprocal
span, or the source's own when the target names words of it the source does not (one span often
covers both partners: "Britain and the United States signed ..."). A sentence with no event counts
wrong. Columns: the shipped coder (its target model, coding/roles.py, was trained on this file by
bench/train_coding_roles.py: in-sample), the same without the fallback, the rules alone (no target
model: never fitted to these sentences), and the target model's 5-fold cross-validated figures from
bench/results/coding_roles_model.json (written when the model is trained). Writes
bench/results/coding_roles.json.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from aftershock.coding import Coder

DEFAULT_DATA = Path("/work/shared/bench/cameo_ner/train.txt")
RESULTS = ROOT / "bench" / "results" / "coding_roles.json"
MODEL_RESULTS = ROOT / "bench" / "results" / "coding_roles_model.json"


def read_sentences(path: Path) -> list[dict]:
    """Each sentence's text and its spans by role ("S", "T", "R": lists of word sets)."""
    sentences, tokens, tags = [], [], []

    def flush():
        if tokens:
            spans: dict[str, list[set[str]]] = {"S": [], "T": [], "R": []}
            current = None
            for token, tag in zip(tokens, tags):
                if tag.startswith("B-") or (tag.startswith("I-") and current is None):
                    current = (tag[2:], set())
                    spans.setdefault(tag[2:], []).append(current[1])
                if tag == "O":
                    current = None
                elif current is not None:
                    current[1].add(token.lower())
            sentences.append({"text": " ".join(tokens), "spans": spans})
        tokens.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        token, _, tag = line.rpartition(" ")
        tokens.append(token)
        tags.append(tag or "O")
    flush()
    return sentences


def _words(text: str | None) -> set[str]:
    return {w.lower().strip(".,'\"") for w in (text or "").split()} - ENGLISH_STOP_WORDS - {""}


def _hits(actor: dict | None, spans: list[set[str]]) -> int | None:
    """Index of the first span the actor's text shares a content word with, or None."""
    words = _words((actor or {}).get("text"))
    for index, span in enumerate(spans):
        if words & (span - ENGLISH_STOP_WORDS):
            return index
    return None


def target_right(spans: dict, source: str | None, target: str | None) -> bool:
    """Whether a target text names the gold target: a word of a target span, or of a reciprocal
    span naming someone other than the source (another span, or words of the source's own span
    that the source's text does not hold)."""
    words = _words(target)
    if any(words & (span - ENGLISH_STOP_WORDS) for span in spans["T"]):
        return True
    source_words = _words(source)
    source_hit = _hits({"text": source}, spans["R"])
    for index, span in enumerate(spans["R"]):
        named = words & (span - ENGLISH_STOP_WORDS)
        if named and (index != source_hit or named - source_words):
            return True
    return False


def score(sentences: list[dict], coder: Coder) -> dict:
    docs = [{"id": str(i), "text": s["text"]} for i, s in enumerate(sentences)]
    firsts = {i: (events[0] if events else None) for i, events in coder.code_documents(docs)}
    source_n = source_ok = target_n = target_ok = swapped = 0
    for i, sentence in enumerate(sentences):
        spans, event = sentence["spans"], firsts.get(str(i))
        sources = spans["S"] + spans["R"]
        targets = spans["T"] + spans["R"]
        source = event["source"] if event else None
        target = event.get("target") if event else None
        if sources:
            source_n += 1
            hit = _hits(source, sources)
            source_ok += hit is not None
        else:
            hit = None
        if targets:
            target_n += 1
            target_ok += target_right(spans, (source or {}).get("text"),
                                      (target or {}).get("text"))
        if event and spans["S"] and spans["T"] and _hits(source, spans["T"]) is not None \
                and _hits(target, spans["S"]) is not None:
            swapped += 1
    coded = sum(1 for e in firsts.values() if e)
    return {"sentences": len(sentences), "coded": coded,
            "source_span_accuracy": round(source_ok / max(1, source_n), 4),
            "target_span_accuracy": round(target_ok / max(1, target_n), 4),
            "with_source_span": source_n, "with_target_span": target_n,
            "source_and_target_swapped": swapped}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    sentences = read_sentences(args.data)
    coder = Coder()
    trained = json.loads(MODEL_RESULTS.read_text("utf-8")).get("shipped", {}) \
        if MODEL_RESULTS.exists() else {}
    result = {"data": str(args.data),
              "with_fallback": score(sentences, coder),
              "patterns_only": score(sentences, Coder(nlp=coder.nlp, fallback=None)),
              "rules_only_no_target_model": score(sentences, Coder(nlp=coder.nlp, roles=None)),
              "target_model_cross_validated": trained.get("cross_validated"),
              "target_model_in_sample": trained.get("in_sample")}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
