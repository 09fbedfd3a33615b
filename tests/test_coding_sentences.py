"""Cheap sentence splitting keeps abbreviations and initials inside a sentence."""
from aftershock.text import sentence_spans as split_sentences


def pieces(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_splits_on_sentence_ends_and_newlines():
    text = "Troops moved north. Officials said nothing!\nHeadline without stop\nIs it over? Yes."
    assert pieces(text) == [
        "Troops moved north.",
        "Officials said nothing!",
        "Headline without stop",
        "Is it over?",
        "Yes.",
    ]


def test_abbreviations_do_not_split():
    text = "The U.S. envoy met Mr. Park and Gen. J. Ortiz in Washington. Talks ended."
    assert pieces(text) == [
        "The U.S. envoy met Mr. Park and Gen. J. Ortiz in Washington.",
        "Talks ended.",
    ]


def test_empty_text():
    assert split_sentences("   ") == []
