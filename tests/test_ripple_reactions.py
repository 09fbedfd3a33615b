"""Reactions: related statements by the watched region are found, unrelated ones are not."""
import json
from pathlib import Path

from aftershock.gazetteer import resolve_region
from aftershock.ripple import analyze_ripple

FIXTURES = Path(__file__).parent / "fixtures" / "downstream"


def load(name):
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def ripple(**link_options):
    articles, stories, events = load("articles"), load("stories"), load("events")
    return analyze_ripple(stories[0], resolve_region("korean-peninsula"), articles, stories, events,
                          **link_options)


def test_north_korean_condemnation_of_the_raid_is_a_reaction_linked_in_its_sentence():
    reactions = {r["event_id"]: r for r in ripple()["reactions"]}
    condemnation = reactions[8]
    assert condemnation["link"]["where"] == "sentence"
    assert "Venezuela" in condemnation["link"]["matched"]
    assert condemnation["url"].startswith("https://meridianwire.example/")
    assert condemnation["outlet"] == "Meridian Wire"
    assert condemnation["actors"]["source"]["country"] == "PRK"


def test_unrelated_tariff_talks_with_washington_are_not_reactions():
    reacted = {r["event_id"] for r in ripple()["reactions"]}
    assert not reacted & {14, 15}  # South Korea-U.S. auto tariff talks, same window
    assert {8, 12} <= reacted
    # Seoul's call for a peaceful resolution (naming Caracas) is linked, so the learned decision
    # weighs it; the tariff talks are never even candidates.
    candidates = {r["event_id"] for r in ripple(link_threshold=0.0)["reactions"]}
    assert 13 in candidates and not candidates & {14, 15}


def test_events_outside_the_window_or_region_and_duplicate_copies_are_left_out():
    reacted = {r["event_id"] for r in ripple()["reactions"]}
    assert 19 not in reacted and 20 not in reacted  # December, before the trigger
    assert 4 not in reacted  # Venezuela -> U.S.: not the watched region
    assert 18 not in reacted  # coded from a near-duplicate wire copy of article 4


def test_trigger_terms_are_distinctive_not_ubiquitous():
    trigger = ripple()["trigger"]
    assert trigger["focal_countries"] == ["VEN"]
    assert {"Venezuela", "Caracas", "Maduro"} <= set(trigger["key_terms"])
    lowered = {t.lower() for t in trigger["key_terms"]}
    assert not lowered & {"washington", "u.s.", "seoul", "north korea", "meridian", "trump"}


def test_reactions_are_ranked_by_score_with_reasons():
    reactions = ripple()["reactions"]
    assert [r["score"] for r in reactions] == sorted((r["score"] for r in reactions), reverse=True)
    assert all(r["link"]["why"] and r["links"] for r in reactions)
