"""Who leads an article (the first actor of its lede) splits stories that name the same
countries in different roles: North Korea condemning a raid is not Seoul's crisis meeting."""
import pytest

from aftershock.coding.actors import countries_in, load_actor_dictionary
from aftershock.stories import OnlineClusterer
from aftershock.stories.features import lead_country
from aftershock.stories.vectors import Evidence, EvidenceWeights, mean_adjustment, pair_adjustment
from aftershock.text import lead_sentence

FIND = load_actor_dictionary().find
SUNDAY = "2026-01-04T{:02d}:00:00+00:00"
CONDEMNATION = [
    {"id": "n1", "title": "Pyongyang condemns raid", "published": SUNDAY.format(6),
     "text": "North Korea's foreign ministry condemned the U.S. raid on Venezuela on Sunday, "
             "calling the capture of Nicolás Maduro an act of aggression."},
    {"id": "n2", "title": "A crime against sovereignty", "published": SUNDAY.format(11),
     "text": "North Korea denounced the U.S. raid on Venezuela as a crime, state media said."},
]
SEOUL_MEETING = {"id": "s1", "title": "Security meeting after raid", "published": SUNDAY.format(8),
                 "text": "South Korea's national security office met on Sunday after the U.S. "
                         "raid on Venezuela and the capture of Nicolás Maduro."}


def test_lead_is_the_first_actor_of_the_lede_then_of_the_title():
    assert lead_country("Raid fallout", CONDEMNATION[0]["text"], None, FIND) == "PRK"
    assert lead_country("Seoul weighs the fallout", "The meeting ran late into the night.",
                        None, FIND) == "KOR"
    assert lead_country(None, "Nothing here names anyone at all.", None, FIND) is None
    # the first actor leads even without a country: no lead country, not the next actor's
    assert lead_country(None, "Police in Caracas said the curfew would stay.", None, FIND) is None


def test_a_place_that_is_not_a_capital_never_leads():
    # a port city only locates the event: the actor after it leads
    text = "An Alexandria-bound ship burned after Ukraine's port was struck on Monday."
    assert [a.kind for a in FIND(text, None)][:2] == ["place", "country"]
    assert lead_country(None, text, None, FIND) == "UKR"
    # a capital still speaks for its government
    assert lead_country(None, "Seoul condemned the launch on Monday.", None, FIND) == "KOR"


def test_lede_stops_at_the_first_sentence():
    assert lead_sentence("Seoul met on Sunday. North Korea fired a missile.") == \
        "Seoul met on Sunday."
    assert lead_sentence("word " * 500) == ("word " * 80).rstrip()  # the first 400 characters


def test_lead_absent_from_the_other_article_costs_the_lead_penalty():
    weights = EvidenceWeights(lead_penalty=0.1, country_mismatch=0.0)
    north = Evidence(None, frozenset({"PRK", "USA", "VEN"}), frozenset(), frozenset(), "PRK")
    south = Evidence(None, frozenset({"KOR", "USA", "VEN"}), frozenset(), frozenset(), "KOR")
    raid = Evidence(None, frozenset({"USA", "VEN"}), frozenset(), frozenset(), "USA")
    caracas = Evidence(None, frozenset({"USA", "VEN"}), frozenset(), frozenset(), "VEN")
    assert pair_adjustment(north, south, weights) == pytest.approx(-0.1)
    # the two sides of one event lead in turn: each names the other, so no penalty
    assert pair_adjustment(raid, caracas, weights) == 0.0
    unplaced = Evidence(None, frozenset(), frozenset(), frozenset(), None)
    assert pair_adjustment(north, unplaced, weights) == 0.0  # nothing to check the lead against


def test_an_article_naming_one_country_does_not_count_against_the_other_lead():
    # A colour piece from Caracas names only Venezuela: that it never spells out who raided
    # the city says nothing about whether it is the raid story.
    weights = EvidenceWeights(lead_penalty=0.1, country_mismatch=0.0)
    raid = Evidence(None, frozenset({"USA", "VEN"}), frozenset(), frozenset(), "USA")
    street = Evidence(None, frozenset({"VEN"}), frozenset(), frozenset(), "VEN")
    assert pair_adjustment(raid, street, weights) == 0.0
    seoul = Evidence(None, frozenset({"KOR"}), frozenset(), frozenset(), "KOR")
    assert pair_adjustment(raid, seoul, weights) == pytest.approx(-0.1 - weights.country_penalty)


def test_seoul_meeting_scores_lower_against_the_condemnation_story():
    def evidence(actor_finder):
        clusterer = OnlineClusterer(country_extractor=countries_in, actor_finder=actor_finder)
        members = [clusterer._features(doc).evidence for doc in CONDEMNATION]
        same = mean_adjustment(members[1], members[:1], clusterer.evidence_weights)
        other = mean_adjustment(clusterer._features(SEOUL_MEETING).evidence, members,
                                clusterer.evidence_weights)
        return same, other, clusterer.evidence_weights.lead_penalty

    same_plain, other_plain, _ = evidence(None)
    same_led, other_led, penalty = evidence(FIND)
    assert penalty > 0
    assert same_led == pytest.approx(same_plain)
    assert other_led == pytest.approx(other_plain - penalty)
