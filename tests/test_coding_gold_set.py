"""The team's gold sentences (tests/fixtures/coding/gold_sentences.yaml): well-formed, covering
every CAMEO root, and coded at or above the floors pinned in tests/baseline.json."""
import json
from pathlib import Path

import pytest

from aftershock.coding import Coder
from aftershock.coding.cameo import cameo_table
from aftershock.coding.evaluate import evaluate_sentences, load_gold_sentences

GOLD = Path(__file__).parent / "fixtures" / "coding" / "gold_sentences.yaml"
BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text())
CASES, DEFAULT_DATE = load_gold_sentences(GOLD)


def test_gold_set_is_large_and_covers_every_root():
    assert len(CASES) >= 200
    table = cameo_table()
    roots = {case["cameo"][:2] for case in CASES if case["cameo"]}
    assert roots == {f"{root:02d}" for root in range(1, 21)}
    for case in CASES:
        assert case["cameo"] is None or case["cameo"] in table, case
        assert set(case) <= {"text", "source", "target", "cameo", "date"}, case
    assert len({case["text"] for case in CASES}) == len(CASES)
    assert sum(1 for case in CASES if case["cameo"] is None) >= 5  # negations and non-events


@pytest.fixture(scope="module")
def scores():
    return evaluate_sentences(Coder(), CASES, DEFAULT_DATE)


@pytest.mark.parametrize("metric", ["root_accuracy", "source_country_accuracy",
                                    "target_country_accuracy"])
def test_gold_set_floor(scores, metric):
    floor = BASELINE.get(f"coding_gold_{metric}")
    if floor is None:
        pytest.skip(f"no floor pinned for coding_gold_{metric} (measured {scores[metric]})")
    assert scores[metric] >= floor, f"gold {metric} {scores[metric]:.3f} < floor {floor}"
