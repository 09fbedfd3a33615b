"""The blind gold sentences (bench/data/unseen/coding/): written by a writer who never read
the coder's rules, frozen, and used only to report; the gate's coding floors stand on them."""
import json
from pathlib import Path

import pytest

from aftershock.coding import Coder
from aftershock.coding.evaluate import evaluate_sentences, load_gold_sentences

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "bench" / "data" / "unseen" / "coding" / "gold_blind.yaml"
BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text())


@pytest.fixture(scope="module")
def scores():
    cases, default_date = load_gold_sentences(BLIND)
    assert len(cases) >= 200
    return evaluate_sentences(Coder(), cases, default_date)


@pytest.mark.parametrize("metric", ["root_accuracy", "source_country_accuracy",
                                    "target_country_accuracy"])
def test_unseen_gold_floor(scores, metric):
    floor = BASELINE[f"coding_unseen_{metric}"]
    assert scores[metric] >= floor, f"unseen {metric} {scores[metric]:.3f} < floor {floor}"
