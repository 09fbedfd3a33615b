"""The learned same-story scorer: its model file, its decoding, and `aftershock train stories`."""
import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from aftershock.cli import main
from aftershock.stories import bcubed, cluster_documents
from aftershock.stories.learned import (
    EVIDENCE_FEATURES,
    FEATURES,
    StoryModelError,
    load_model,
    model_decoding,
    packaged_model_path,
    pair_features,
)
from aftershock.stories.vectors import Evidence

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "articles.jsonl"

RAID = Evidence(20000.0, frozenset({"USA", "VEN"}), frozenset({"date:01-03"}),
                frozenset({"year:2026"}), "USA", "VEN")
CARACAS = Evidence(20000.4, frozenset({"VEN", "USA"}), frozenset({"date:01-03"}),
                   frozenset({"year:2026"}), "VEN", "VEN")
PYONGYANG = Evidence(20002.0, frozenset({"PRK", "USA", "VEN"}), frozenset({"date:01-05"}),
                     frozenset({"year:2026"}), "PRK", "PRK")
BARE = Evidence(None, frozenset(), frozenset(), frozenset())


def test_packaged_model_loads_and_text_raises_the_odds():
    model = load_model(packaged_model_path())
    assert set(model.coefficients) == set(FEATURES)
    assert model.coefficients["word_similarity"] > 0
    assert model.coefficients["entity_similarity"] > 0
    # same words, same day, same place: more likely one story than a reaction two days on
    assert model.logit(0.4, 0.4, RAID, CARACAS) > model.logit(0.4, 0.4, RAID, PYONGYANG)


def test_pair_features_are_symmetric_and_bounded():
    for a, b in [(RAID, CARACAS), (RAID, PYONGYANG), (CARACAS, BARE), (BARE, BARE)]:
        values = pair_features(a, b)
        assert values == pair_features(b, a)
        assert len(values) == len(EVIDENCE_FEATURES)
        assert all(0.0 <= v <= top for v, top in zip(values, EVIDENCE_FEATURES.values()))
    assert pair_features(RAID, PYONGYANG)[list(EVIDENCE_FEATURES).index("lead_absent")] == 1.0


def test_decoding_is_the_logit_over_the_text_scale():
    model = load_model(packaged_model_path())
    decoding = model_decoding(model, 0.5, 0.4, 0.2)
    scale = model.text_scale
    word, entity = 0.3, 0.2
    blend = (1 - decoding.entity_weight) * word + decoding.entity_weight * entity
    assert (blend + decoding.pair(RAID, PYONGYANG)) * scale == pytest.approx(
        model.logit(word, entity, RAID, PYONGYANG))
    assert decoding.threshold == pytest.approx(0.0)  # p = 0.5
    assert decoding.merge_threshold < 0 and decoding.straggler_threshold < decoding.merge_threshold
    for a, b in [(RAID, CARACAS), (CARACAS, BARE), (BARE, BARE)]:
        assert decoding.pair(a, b) <= decoding.max_adjustment + 1e-12


def test_fast_pair_matches_the_feature_dot_product():
    model = load_model(packaged_model_path())
    decoding = model_decoding(model, 0.5, 0.4, 0.2)
    others = [RAID, CARACAS, PYONGYANG, BARE,
              Evidence(20009.0, frozenset({"KOR"}), frozenset({"date:02-13", "date:01-03"}),
                       frozenset({"year:2025"}), "KOR", "USA")]
    for a in others:
        for b in others:
            dot = model.intercept + sum(model.coefficients[name] * value for name, value
                                        in zip(EVIDENCE_FEATURES, pair_features(a, b)))
            assert decoding.pair(a, b) == pytest.approx(dot / model.text_scale)


def test_learned_scorer_splits_same_kind_stories():
    articles = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()]
    assignments = cluster_documents(articles, scorer="learned")
    scores = bcubed(dict(assignments), {a["id"]: a["story"] for a in articles})
    assert scores["f1"] >= 0.9


@pytest.mark.parametrize("content, problem", [
    (None, "is missing"),
    ("{not json", "unreadable"),
    (json.dumps({"format": "something-else"}), "not an aftershock-story-model"),
    (json.dumps({"format": "aftershock-story-model", "version": 1, "features": ["old"],
                 "intercept": 0.0, "coefficients": [1.0]}), "other features"),
])
def test_a_bad_model_file_names_itself_and_the_rebuild(tmp_path, content, problem):
    path = tmp_path / "stories.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(StoryModelError) as error:
        load_model(path)
    assert str(path) in str(error.value) and problem in str(error.value)
    assert "aftershock train stories LABELS.jsonl" in str(error.value)


def test_clusterer_with_a_missing_model_fails_clearly(tmp_path, monkeypatch):
    from aftershock.config import replace, settings
    from aftershock.stories import OnlineClusterer
    missing = tmp_path / "nowhere.json"
    with pytest.raises(StoryModelError, match="nowhere.json is missing"):
        OnlineClusterer(replace(settings().stories, model=str(missing)), scorer="learned")


def run_train(tmp_path, rows):
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(row) + "\n" for row in rows))
    output = tmp_path / "model.json"
    result = CliRunner().invoke(main, ["train", "stories", str(labels), "-o", str(output)])
    return result, output


def test_train_stories_writes_a_loadable_model(tmp_path):
    rows = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()]
    result, output = run_train(tmp_path, rows)
    assert result.exit_code == 0, result.output
    assert "18 articles, 8 stories" in result.output
    model = load_model(output)
    assert model.trained_on["corpora"][0]["same_story_pairs"] == 6 + 3 + 1 + 1 + 1 + 1 + 1
    assert all(math.isfinite(v) for v in model.coefficients.values())


def test_train_stories_accepts_label_only_lines(tmp_path):
    rows = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()]
    unlabelled = [{k: v for k, v in row.items() if k != "story"} for row in rows]
    labels = [{"id": row["id"], "story": row["story"]} for row in rows]
    result, output = run_train(tmp_path, unlabelled + labels)
    assert result.exit_code == 0, result.output
    assert output.exists()


def test_train_stories_rejects_unknown_ids_and_writes_nothing(tmp_path):
    rows = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()]
    result, output = run_train(tmp_path, rows + [{"id": "ghost-1", "story": "quake-chile"}])
    assert result.exit_code != 0
    assert "ghost-1" in result.output and "name no article" in result.output
    assert not output.exists()


def test_train_stories_rejects_a_single_story_and_writes_nothing(tmp_path):
    rows = [dict(json.loads(line), story="everything")
            for line in FIXTURE.read_text("utf-8").splitlines()]
    result, output = run_train(tmp_path, rows)
    assert result.exit_code != 0
    assert "at least two are needed" in result.output
    assert not output.exists()


def test_learned_scorer_is_picked_by_name_and_reads_its_thresholds(tmp_path):
    from aftershock.config import load_settings, use_settings
    from aftershock.stories import OnlineClusterer
    from aftershock.stories.learned import logit
    path = tmp_path / "s.toml"
    path.write_text("[components]\nstory_scorer = 'learned'\n[stories]\nlearned_threshold = 0.7\n")
    old = use_settings(load_settings(path))
    try:
        clusterer = OnlineClusterer()
    finally:
        use_settings(old)
    model = load_model(packaged_model_path())
    assert clusterer.threshold == pytest.approx(logit(0.7) / model.text_scale)
    assert OnlineClusterer(scorer="average-link").threshold == 0.25


def _fixture_corpora():
    rows = [json.loads(line) for line in FIXTURE.read_text("utf-8").splitlines()]
    labels = {row["id"]: row["story"] for row in rows}
    half = len(rows) // 2
    first = {i: s for i, s in list(labels.items())[:half]}
    second = {i: s for i, s in list(labels.items())[half:]}
    return rows, first, second


def test_share_weights_give_each_corpus_its_share():
    from aftershock.stories.training import share_weights
    weights = share_weights([100, 10, 30], [2.0, 1.0, 1.0])
    assert len(weights) == 140 and weights.mean() == pytest.approx(1.0)
    sums = [weights[:100].sum(), weights[100:110].sum(), weights[110:].sum()]
    assert sums == pytest.approx([70.0, 35.0, 35.0])


def test_corpus_shares_change_the_fit_and_are_recorded():
    from aftershock.stories.training import train
    rows, first, second = _fixture_corpora()
    counted = train([(rows, first), (rows, second)])
    shared = train([(rows, first), (rows, second)], shares=[1.0, 3.0])
    name = "word_similarity"
    assert shared.coefficients[name] != pytest.approx(counted.coefficients[name], rel=1e-3)
    assert [c["share"] for c in shared.trained_on["corpora"]] == [1.0, 3.0]
    assert all("share" not in c for c in counted.trained_on["corpora"])
    with pytest.raises(ValueError, match="one share per corpus"):
        train([(rows, first), (rows, second)], shares=[1.0])
