"""Storylines: stories sharing their central names and telling terms within the time window are
linked, average link does not chain two threads through one loose link, and the model file
fails clearly when missing, corrupt or made for other features."""
from __future__ import annotations

import json

import numpy as np
import pytest

from aftershock.coding.actors import countries_in
from aftershock.stories.storylines import (
    FEATURES,
    StorylineModelError,
    average_link,
    link_storylines,
    load_model,
    story_profile,
)


def _doc(day: int, title: str, text: str, names: list[str]) -> dict:
    return {"title": title, "text": text, "published": f"2026-03-{day:02d}T09:00:00+00:00",
            "entities": [[n, "PERSON"] for n in names]}


STRIKE = ("Dockworkers at the port of Valmora walked out on Monday, union leader Ilse Varga "
          "said, halting container cranes and stranding ships at anchor outside the harbour.")
STRIKE_LATER = ("A week after the Valmora dockworkers' walkout, union leader Ilse Varga signed "
                "a wage deal with the port authority and the container cranes restarted.")


def _profiles():
    stories = {
        "strike": [_doc(2, "Valmora dockworkers strike, cranes idle", STRIKE, ["Ilse Varga"]),
                   _doc(2, "Port of Valmora halted by dockworker walkout", STRIKE,
                        ["Ilse Varga"])],
        "strike-deal": [_doc(9, "Valmora dockworkers end strike with wage deal",
                             STRIKE_LATER, ["Ilse Varga"])],
        "strike-far": [_doc(28, "Valmora dockworkers mark a year since wage deal",
                            STRIKE_LATER, ["Ilse Varga"])],
        "quake": [_doc(4, "Earthquake shakes Tarnow hills", "A magnitude 5.9 earthquake shook "
                       "the hills around Tarnow, geologist Piet Oorts said; rubble blocked "
                       "two roads.", ["Piet Oorts"])],
        "vote": [_doc(5, "Coalition wins vote in Estrel", "The governing coalition won the "
                      "parliamentary vote in Estrel, chancellor Mara Quell said, promising "
                      "a budget within a month.", ["Mara Quell"])],
        "flood": [_doc(6, "River Ossa floods farmland", "The river Ossa burst its banks and "
                       "flooded farmland, mayor Joss Brannick said, as rain kept falling.",
                       ["Joss Brannick"])],
    }
    return [story_profile(key, docs, countries_in) for key, docs in stories.items()]


def test_a_follow_up_joins_its_happening_and_unrelated_stories_stay_apart():
    line = link_storylines(_profiles(), load_model(), threshold=0.3, max_gap_days=14)
    assert line["strike"] == line["strike-deal"] == "line-strike"  # named by its earliest
    assert len({line[k] for k in ("strike", "quake", "vote", "flood")}) == 4


def test_stories_further_apart_than_the_window_are_never_linked():
    line = link_storylines(_profiles(), load_model(), threshold=0.01, max_gap_days=14)
    assert line["strike-far"] != line["strike"]


def test_average_link_does_not_chain_through_one_loose_link():
    # a-b and b-c are likely, a-c is not: single link would make one group of three
    groups = average_link(3, [(0, 1), (1, 2), (0, 2)], np.array([0.9, 0.8, 0.0]), 0.6)
    assert groups[0] == groups[1] != groups[2]
    # with a-c likely too, all three join
    groups = average_link(3, [(0, 1), (1, 2), (0, 2)], np.array([0.9, 0.8, 0.7]), 0.6)
    assert len(set(groups)) == 1


def test_average_link_with_no_pairs_keeps_every_item_apart():
    assert average_link(4, [], np.zeros(0), 0.5) == [0, 1, 2, 3]


def test_the_packaged_model_loads_with_its_features():
    model = load_model()
    assert len(model.coefficients) == len(FEATURES)
    assert model.probabilities(np.zeros((1, len(FEATURES))))[0] < 0.5  # nothing shared


@pytest.mark.parametrize("content, words", [
    (None, "missing"),
    ("{not json", "unreadable"),
    (json.dumps({"format": "aftershock-storyline-model", "features": ["other"],
                 "intercept": 0, "coefficients": [1]}), "not a storyline model"),
])
def test_a_bad_model_file_is_named_with_how_to_rebuild_it(tmp_path, content, words):
    path = tmp_path / "storylines.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(StorylineModelError) as error:
        load_model(path)
    message = str(error.value)
    assert str(path) in message and words in message and "bench/storylines.py --train" in message
