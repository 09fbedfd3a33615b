"""Highlights are the coded actor's own clause, shortened and dated, never a CAMEO label and
never a word the cited sentence lacks; clauses that would mislead yield no highlight."""
import pytest

from aftershock.briefs.highlights import (
    clause_from_sentence,
    corroborating_articles,
    event_highlight_text,
    is_entailed,
)


def event(sentence, source_country, source_text="", root="15", cameo="150", date="2026-01-04",
          **extra):
    return {"sentence": sentence, "source_country": source_country, "source_text": source_text,
            "root": root, "cameo": cameo, "date": date, **extra}


def test_missile_launch_names_the_weapon_and_the_place_not_a_show_of_force():
    text = event_highlight_text(event(
        "SEOUL (Meridian Wire) — North Korea fired two ballistic missiles into the East Sea on "
        "Sunday morning, South Korea's Joint Chiefs of Staff said.", "PRK", "North Korea"))
    assert text == "North Korea fired two ballistic missiles into the East Sea (Jan 4)"


def test_condemnation_keeps_what_it_was_called():
    text = event_highlight_text(event(
        "North Korea's foreign ministry condemned the U.S. military operation in Venezuela on "
        "Sunday, calling it a grave violation of sovereignty.", "PRK",
        "North Korea's foreign ministry", root="11", cameo="111"))
    assert text == ("North Korea's foreign ministry condemned the U.S. military operation in "
                    "Venezuela, calling it a grave violation of sovereignty (Jan 4)")


def test_a_miscoded_event_still_says_what_its_sentence_says():
    # coded as "provided aid" (CAMEO 070): the highlight follows the words, not the label
    text = event_highlight_text(event(
        "South Korea's foreign ministry activated crisis response measures for its nationals in "
        "Venezuela on Saturday.", "KOR", "South Korea's foreign ministry", root="07",
        cameo="070", date="2026-01-03"))
    assert text == ("South Korea's foreign ministry activated crisis response measures for its "
                    "nationals in Venezuela (Jan 3)")
    assert "aid" not in text


@pytest.mark.parametrize("sentence, terms", [
    ("North Korea did not fire any missiles on Sunday, officials said.", ["North Korea"]),
    ("It urged the world to reject what it called gangster-like acts.", ["North Korea"]),
    ("If there was any chance that Kim Jong-un might trade his weapons, it is gone now.", ["Kim"]),
    ("Japan said it would keep watching the situation closely.", ["North Korea"]),
])
def test_negated_pronoun_hypothetical_or_other_actors_clauses_give_no_highlight(sentence, terms):
    assert clause_from_sentence(sentence, terms) is None


def test_hyphenated_names_survive_and_time_phrases_go():
    text = clause_from_sentence(
        "Cuban President Miguel Díaz-Canel condemned the U.S. attack on Venezuela on Saturday as "
        "an act of state terrorism and called on the international community to respond.",
        ["Cuban President"])
    assert text == ("Cuban President Miguel Díaz-Canel condemned the U.S. attack on Venezuela as "
                    "an act of state terrorism")


def test_entailment_is_words_in_order_from_the_sentence():
    sentence = "North Korea fired two ballistic missiles into the East Sea on Sunday morning."
    assert is_entailed(
        "North Korea fired two ballistic missiles into the East Sea (Jan 4)", sentence
    )
    assert not is_entailed("North Korea fired three ballistic missiles (Jan 4)", sentence)
    assert not is_entailed("North Korea staged a show of force (Jan 4)", sentence)
    assert not is_entailed("The East Sea fired North Korea (Jan 4)", sentence)


def test_highlight_cites_its_article_first_then_same_act_reports_within_a_day():
    base = event("North Korea fired missiles.", "PRK", target_country=None, article_id=1)
    events = [base,
              event("Pyongyang launched missiles.", "PRK", target_country=None, article_id=2),
              event("North Korea fired missiles again.", "PRK", target_country=None,
                    article_id=3, date="2026-01-20"),
              event("North Korea condemned Seoul.", "PRK", root="11", target_country=None,
                    article_id=4)]
    assert corroborating_articles(base, events, lambda a: a) == [1, 2]
