"""Quality gate: story clustering and event coding must not fall below the floors pinned in
tests/baseline.json (raise a floor when quality improves; lowering one needs a reason)."""
import json
from pathlib import Path

import pytest

from aftershock.coding import Coder, countries_in
from aftershock.coding.evaluate import evaluate_gold
from aftershock.demo import demo_corpus, demo_gold
from aftershock.ingest.files import read_jsonl
from aftershock.stories import bcubed, cluster_documents

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text())


@pytest.fixture(scope="module")
def corpus():
    return {c.raw["id"]: c.raw for path in demo_corpus() for c in read_jsonl(path)}


def test_story_clustering_floor(corpus):
    pairs = cluster_documents(corpus.values(), country_extractor=countries_in)
    scores = bcubed(dict(pairs), demo_gold()["stories"])
    floor = BASELINE["stories_demo_bcubed_f1"]
    assert scores["f1"] >= floor, f"story B-cubed F1 {scores['f1']:.3f} < floor {floor}"


def test_event_coding_floors(corpus):
    scores = evaluate_gold(Coder(), corpus, demo_gold()["events"])
    for metric in ("recall", "root_accuracy", "precision", "source_country_accuracy",
                   "target_country_accuracy"):
        floor = BASELINE[f"coding_demo_{metric}"]
        assert scores[metric] >= floor, f"coding {metric} {scores[metric]:.3f} < floor {floor}"
