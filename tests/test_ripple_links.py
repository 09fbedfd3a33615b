"""The learned reaction-link decision: the shipped model loads, a bad model file is named in a clear
error, the decision prefers a reaction over a co-mention, and the bench's story-level scoring."""
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from aftershock.config import settings, use_settings
from aftershock.gazetteer import resolve_region
from aftershock.ripple.linking import (
    FEATURES,
    LinkModel,
    LinkModelError,
    load_model,
    packaged_model_path,
    save_model,
)
from aftershock.ripple.reactions import find_reactions, trigger_actor_countries
from aftershock.ripple.terms import TriggerTerms

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_packaged_model_loads_with_every_feature_and_a_threshold_in_range():
    model = load_model(packaged_model_path())
    assert set(model.coefficients) == set(FEATURES)
    assert model.trained_on.get("scenarios")
    assert 0.0 < settings().ripple.link_threshold < 1.0


def test_a_missing_model_file_is_named_with_how_to_rebuild_it(tmp_path):
    path = tmp_path / "no-such-model.json"
    with pytest.raises(LinkModelError, match="no-such-model.json.*missing.*train_ripple_links"):
        load_model(path)


@pytest.mark.parametrize("content, problem", [
    ("{not json", "unreadable"),
    ('{"format": "something-else"}', "not an aftershock-ripple-link-model file"),
    ('{"format": "aftershock-ripple-link-model", "version": 99}', "other features"),
])
def test_a_corrupt_or_outdated_model_file_is_named(tmp_path, content, problem):
    path = tmp_path / "links.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LinkModelError) as error:
        load_model(path)
    assert str(path) in str(error.value) and problem in str(error.value)


def test_malformed_coefficients_are_refused(tmp_path):
    path = tmp_path / "links.json"
    save_model(LinkModel(0.0, dict.fromkeys(FEATURES, 1.0), {}), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["coefficients"][0] = "heavy"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LinkModelError, match="malformed coefficients"):
        load_model(path)


def test_the_setting_names_the_model_file_the_ripple_reads(tmp_path):
    missing = tmp_path / "gone.json"
    previous = use_settings(replace(settings(), ripple=replace(settings().ripple,
                                                               link_model=str(missing))))
    try:
        with pytest.raises(LinkModelError, match="gone.json"):
            find_reactions(*scenario())
    finally:
        use_settings(previous)


def scenario():
    """A condemnation that names the trigger, a sports item in an article that mentions it in
    passing, and a tariff meeting with no link at all: one watched region, one window."""
    terms = TriggerTerms(focal_countries=["VEN"], entity_terms=["Venezuela", "Caracas"],
                         content_terms=["raid", "seiz"])
    region = resolve_region("korean-peninsula")
    condemn_text = ("PYONGYANG (Test Wire) — North Korea condemned the U.S. raid on Venezuela as "
                    "an act of aggression on Sunday.\n\nThe statement called the seizure of "
                    "Caracas illegal. Venezuela's allies said the same.")
    match_text = ("SEOUL (Test Wire) — South Korea beat Japan 2-1 in a friendly on Sunday.\n\n"
                  "The winning goal came late. The coach, who once managed a club in Caracas, "
                  "praised the defence. He said Venezuela had taught him patience.")
    articles = {
        1: {"id": 1, "title": "North Korea condemns U.S. raid on Venezuela", "text": condemn_text,
            "story_id": 10, "url": "https://test.example/1", "source": "Test Wire"},
        2: {"id": 2, "title": "South Korea beats Japan in friendly", "text": match_text,
            "story_id": 11, "url": "https://test.example/2", "source": "Test Wire"},
        3: {"id": 3, "title": "Seoul and Washington hold tariff talks", "story_id": 12,
            "text": "SEOUL (Test Wire) — Officials met to discuss car tariffs.",
            "url": "https://test.example/3", "source": "Test Wire"},
    }
    stories = {10: {"id": 10, "headline": "North Korea condemns U.S. raid on Venezuela",
                    "entities": ["North Korea", "Venezuela"]},
               11: {"id": 11, "headline": "South Korea beats Japan in friendly",
                    "entities": ["South Korea", "Japan"]},
               12: {"id": 12, "headline": "Seoul and Washington hold tariff talks",
                    "entities": ["Seoul", "Washington"]}}
    events = [
        {"id": 1, "article_id": 1, "story_id": 10, "date": "2026-01-04", "source_country": "PRK",
         "target_country": "VEN", "quad": 3, "goldstein": -5.0, "root": "11", "cameo": "111",
         "sentence": condemn_text.split("\n\n")[0]},
        {"id": 2, "article_id": 2, "story_id": 11, "date": "2026-01-04", "source_country": "KOR",
         "target_country": "JPN", "quad": 1, "goldstein": 1.0, "root": "04", "cameo": "040",
         "sentence": "The winning goal came late."},
        {"id": 3, "article_id": 3, "story_id": 12, "date": "2026-01-05", "source_country": "KOR",
         "target_country": "USA", "quad": 1, "goldstein": 1.0, "root": "04", "cameo": "040",
         "sentence": "SEOUL (Test Wire) — Officials met to discuss car tariffs."},
    ]
    return events, region, terms, 99, articles, stories, (date(2026, 1, 3), date(2026, 2, 1))


def test_the_decision_ranks_a_linked_reaction_above_a_passing_co_mention():
    events, *rest = scenario()
    everything = find_reactions(events, *rest, threshold=0.0)
    probability = {r["event_id"]: r["probability"] for r in everything}
    assert set(probability) == {1, 2}  # the tariff talks have no link: never a candidate
    assert probability[1] > probability[2]
    kept = {r["event_id"] for r in find_reactions(events, *rest)}
    assert 1 in kept and 2 not in kept
    condemnation = next(r for r in everything if r["event_id"] == 1)
    assert condemnation["link"]["why"] and "weight" not in condemnation["link"]
    assert condemnation["score"] == pytest.approx(10 * condemnation["probability"], abs=1e-2)


def test_the_trigger_actor_is_who_carried_out_its_conflictual_events():
    trigger_events = [
        {"source_country": "USA", "target_country": "VEN", "quad": 4, "goldstein": -9.0},
        {"source_country": "VEN", "target_country": "USA", "quad": 3, "goldstein": -2.0},
        {"source_country": "CHN", "target_country": "VEN", "quad": 1, "goldstein": 3.0},
        {"source_country": "KOR", "target_country": "VEN", "quad": 3, "goldstein": -9.0},
    ]
    assert trigger_actor_countries(trigger_events, ["KOR", "PRK"]) == ["USA"]


@pytest.fixture()
def bench_modules():
    sys.path.insert(0, str(BENCH))
    try:
        import ripple_scenarios
        yield ripple_scenarios
    finally:
        sys.path.remove(str(BENCH))


def test_story_level_scoring_counts_reported_stories_against_gold_reaction_stories(
        bench_modules):
    labels = bench_modules.majority_labels({
        1: ["react-a", "react-a", "trigger"],   # most articles: react-a
        2: ["react-a"],                         # a second system story of react-a
        3: ["decoy"],
        4: ["react-b", "decoy", "trigger"],     # no label holds half: counts as none
        5: ["react-c", None],                   # half of its articles: enough
    })
    assert labels == {1: "react-a", 2: "react-a", 3: "decoy", 4: None, 5: "react-c"}
    scores = bench_modules.story_scores({1, 2, 3, 4}, labels, {"react-a", "react-b", "react-c"})
    assert scores["recall"] == pytest.approx(1 / 3, abs=1e-4)  # only react-a is found
    assert scores["precision"] == pytest.approx(2 / 4)   # stories 1 and 2 of 4 reported
    assert scores["missed"] == ["react-b", "react-c"]
    assert scores["wrong"] == ["None", "decoy"]
    nothing = bench_modules.story_scores(set(), labels, {"react-a"})
    assert nothing["recall"] == 0.0 and nothing["precision"] == 0.0


def test_the_linker_is_a_registered_component_reading_the_ripple_settings():
    from aftershock.registry import component
    model, threshold = component("reaction_linker")(settings().ripple)
    assert isinstance(model, LinkModel) and threshold == settings().ripple.link_threshold
