"""Dangling openings ("He said...", "It added...") are resolved from context or dropped."""
import json
from pathlib import Path

from aftershock.briefs import build_ripple_brief, build_story_brief
from aftershock.briefs.sentences import article_candidates, resolve_dangling, split_sentences
from aftershock.gazetteer import resolve_region
from aftershock.ripple import analyze_ripple

FIXTURES = Path(__file__).parent / "fixtures" / "downstream"
DANGLING = ("He ", "She ", "It ", "They ", "This ", "These ", "Those ")


def load(name):
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def test_he_said_becomes_the_person_named_just_before():
    text, how = resolve_dangling(
        "He added that Venezuela would be placed under a temporary U.S. administration.",
        "President Donald Trump said the operation ended what he called a criminal regime.")
    assert how == "named"
    assert text.startswith("President Donald Trump added that Venezuela")


def test_unnamed_speaker_is_kept_with_its_antecedent_sentence():
    previous = "A spokesman for North Korea's foreign ministry said the raid proved its point."
    text, how = resolve_dangling("He said Pyongyang would never give up its deterrent.", previous)
    assert how == "joined" and text.startswith(previous)


def test_dangling_opening_of_a_paragraph_is_dropped():
    article = {"id": 99, "published": "2026-01-05T00:00:00+00:00", "title": "t",
               "text": "He said the talks had failed and would not resume this year.\n\n"
                       "South Korea's foreign ministry summoned the ambassador on Monday."}
    texts = [c["text"] for c in article_candidates(article)]
    assert texts == ["South Korea's foreign ministry summoned the ambassador on Monday."]


def test_no_brief_sentence_opens_on_a_pronoun():
    articles, stories, events = load("articles"), load("stories"), load("events")
    ripple = analyze_ripple(
        stories[0], resolve_region("korean-peninsula"), articles, stories, events
    )
    for brief in (build_ripple_brief(ripple, articles, events, stories),
                  build_story_brief(stories[1], articles, events)):
        for section in brief["sections"]:
            for paragraph in section["paragraphs"]:
                for sentence in paragraph["sentences"]:
                    assert not sentence["text"].startswith(DANGLING), sentence["text"]


def test_splitter_keeps_abbreviations_together():
    text = ("Officials met at 2 p.m. on Jan. 4 with Mr. Kim in the U.S. capital. "
            "The U.S. Trade Representative spoke next. It was brief.")
    assert split_sentences(text) == [
        "Officials met at 2 p.m. on Jan. 4 with Mr. Kim in the U.S. capital.",
        "The U.S. Trade Representative spoke next.",
        "It was brief.",
    ]
