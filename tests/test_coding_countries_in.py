"""countries_in: fast ISO country detection for the story clusterer (no parse)."""
import time

from aftershock.coding import countries_in


def test_finds_names_adjectives_capitals_and_leaders():
    text = ("Pyongyang fired missiles as the South Korean president met Xi Jinping; "
            "Venezuelan officials and Washington traded barbs.")
    assert countries_in(text) == {"PRK", "KOR", "CHN", "VEN", "USA"}


def test_ignores_organisations_and_blocked_phrases():
    assert countries_in("NATO and the UN met on the Korean Peninsula question.") == set()


def test_former_leader_still_names_country():
    assert countries_in("Maduro appeared in court.", "2026-02-01") == {"VEN"}


def test_fast_enough_for_whole_corpora():
    text = "North Korea condemned the U.S. operation in Venezuela, Seoul said. " * 60
    started = time.perf_counter()
    for _ in range(50):
        countries_in(text)
    assert (time.perf_counter() - started) / 50 < 0.02
