"""The shared text toolkit: sentences, datelines, leads, folding and term finding."""
import pytest

from aftershock.text import (
    count_term_mentions,
    dateline_place,
    find_terms,
    fold,
    lead_paragraph,
    split_sentences,
    strip_dateline,
)


def test_sentences_keep_abbreviations_and_initials_inside():
    text = ("Mr. Kim met U.S. envoys in Jan. 2026 with John F. Kennedy's papers. "
            "They left at 3 p.m. on Friday.")
    assert split_sentences(text) == [
        "Mr. Kim met U.S. envoys in Jan. 2026 with John F. Kennedy's papers.",
        "They left at 3 p.m. on Friday."]


def test_a_country_abbreviation_closes_a_sentence_before_a_sentence_opener():
    text = "Seoul imposed sanctions on the U.S. The ministry said more would follow."
    assert split_sentences(text) == ["Seoul imposed sanctions on the U.S.",
                                     "The ministry said more would follow."]
    assert len(split_sentences("The U.S. Army said so. Fine.")) == 2


def test_newlines_always_split():
    assert split_sentences("Headline with no stop\nBody starts here.") == [
        "Headline with no stop", "Body starts here."]


@pytest.mark.parametrize("text, place", [
    ("SEOUL (Meridian Wire) — North Korea fired.", "Seoul"),
    ("NEW DELHI — India began evacuating.", "New Delhi"),
    ("Caracas, Jan. 3 -- Explosions were heard.", "Caracas"),
    ("SEOUL, Jan 4 (Agency) - Text.", "Seoul"),
])
def test_datelines_are_found_and_stripped(text, place):
    assert dateline_place(text) == place
    assert not strip_dateline(text)[0].isspace()
    assert place.upper() not in strip_dateline(text).upper()[:len(place)]


@pytest.mark.parametrize("text", [
    "Kenya's president, William Ruto, suspended his minister.",
    "Russia and China, Venezuela's two friends, joined on Sunday.",
    "North Korea - long isolated - fired again.",
])
def test_an_opening_phrase_is_no_dateline(text):
    assert dateline_place(text) is None
    assert strip_dateline(text) == text


def test_lead_paragraph_skips_the_dateline_and_cuts_at_a_word():
    text = "SEOUL (Wire) — First paragraph here.\n\nSecond."
    assert lead_paragraph(text) == "First paragraph here."
    long = "LIMA (Wire) — " + "word " * 200
    assert lead_paragraph(long, limit=50).endswith("word…")


def test_folding_and_terms_ignore_accents_and_keep_acronyms_case_sensitive():
    assert fold("Nicolás’s") == "Nicolas's"
    assert find_terms("Nicolas Maduro met the UN envoy", ["Nicolás Maduro", "UN", "Seoul"]) == [
        "Nicolás Maduro", "UN"]
    assert find_terms("an unusual run", ["UN"]) == []
    assert count_term_mentions("Korea, Korea and korea", ["Korea"]) == 3
