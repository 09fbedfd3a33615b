"""B-cubed and pairwise scores against hand-computed values."""
import pytest

from aftershock.stories.evaluate import bcubed


def test_perfect_clustering_scores_one():
    gold = {"a": 1, "b": 1, "c": 2}
    scores = bcubed({"a": "x", "b": "x", "c": "y"}, gold)
    assert scores["f1"] == pytest.approx(1.0)
    assert scores["pairwise_f1"] == pytest.approx(1.0)


def test_all_in_one_cluster():
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    scores = bcubed({k: "same" for k in gold}, gold)
    assert scores["precision"] == pytest.approx(0.5)
    assert scores["recall"] == pytest.approx(1.0)
    assert scores["pairwise_precision"] == pytest.approx(2 / 6)
    assert scores["n_pred_clusters"] == 1
    assert scores["n_gold_clusters"] == 2


def test_singletons_and_missing_ids():
    gold = {"a": 1, "b": 1, "c": 1}
    scores = bcubed({"a": "x"}, gold)  # b and c missing: each its own cluster
    assert scores["precision"] == pytest.approx(1.0)
    assert scores["recall"] == pytest.approx(1 / 3)
    assert scores["pairwise_recall"] == pytest.approx(0.0)
    assert scores["n_pred_clusters"] == 3


def test_mixed_case_hand_computed():
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    scores = bcubed(pred, gold)
    # precision: a,b -> 1; c,d -> 1/2  => 3/4 ; recall: a,b -> 2/3; c -> 1/3; d -> 1 => 2/3
    assert scores["precision"] == pytest.approx(0.75)
    assert scores["recall"] == pytest.approx(2 / 3)
    assert scores["f1"] == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
