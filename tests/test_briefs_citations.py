"""Every brief sentence carries citations, and every citation points to a listed source."""
import json
from pathlib import Path

import pytest

from aftershock.briefs import build_ripple_brief, build_story_brief, render_markdown
from aftershock.gazetteer import resolve_region
from aftershock.ripple import analyze_ripple

FIXTURES = Path(__file__).parent / "fixtures" / "downstream"


def load(name):
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def ripple_brief():
    articles, stories, events = load("articles"), load("stories"), load("events")
    ripple = analyze_ripple(
        stories[0], resolve_region("korean-peninsula"), articles, stories, events
    )
    return build_ripple_brief(ripple, articles, events, stories)


def story_brief():
    return build_story_brief(load("stories")[1], load("articles"), load("events"))


def all_sentences(brief):
    yield from brief["highlights"]
    for section in brief["sections"]:
        for paragraph in section["paragraphs"]:
            yield from paragraph["sentences"]


@pytest.mark.parametrize("make", [ripple_brief, story_brief])
def test_every_sentence_cites_an_existing_source(make):
    brief = make()
    numbers = {source["n"] for source in brief["sources"]}
    assert numbers == set(range(1, len(numbers) + 1))
    articles = {a["id"]: a for a in load("articles")}
    sources = {source["n"]: source for source in brief["sources"]}
    sentences = list(all_sentences(brief))
    assert sentences
    for sentence in sentences:
        assert sentence["citations"], sentence["text"]
        assert set(sentence["citations"]) <= numbers
        assert sources[sentence["citations"][0]]["article_id"] == sentence["article_id"]
    for source in brief["sources"]:
        assert source["url"] == articles[source["article_id"]]["url"]


def test_sources_are_numbered_in_reading_order_and_all_cited():
    brief = ripple_brief()
    order = []
    for sentence in all_sentences(brief):
        for n in sentence["citations"]:
            if n not in order:
                order.append(n)
    assert order == sorted(order) == [s["n"] for s in brief["sources"]]


def test_ripple_brief_has_the_expected_sections_and_highlights():
    brief = ripple_brief()
    titles = [s["title"] for s in brief["sections"]]
    assert titles[0] == "What happened" and "Reactions" in titles
    assert titles[-1] == "What to watch"
    # The fixture's baseline holds two events: no shift is tested, so none is stated as impact.
    articles, stories, events = load("articles"), load("stories"), load("events")
    ripple = analyze_ripple(stories[0], resolve_region("korean-peninsula"), articles, stories,
                            events)
    assert ripple["shift_status"].startswith("not enough coverage to test")
    assert not any("share of all coded events" in s["text"] for s in all_sentences(brief))
    assert 3 <= len(brief["highlights"]) <= 5
    reactions = next(s for s in brief["sections"] if s["title"] == "Reactions")
    assert {p["heading"] for p in reactions["paragraphs"]} == {"North Korea", "South Korea"}
    texts = [s["text"] for s in all_sentences(brief)]
    assert len(texts) == len(set(texts)), "nothing is said twice"


def test_highlights_are_written_from_coded_events_with_dates():
    highlights = [h["text"] for h in ripple_brief()["highlights"]]
    # the trigger's act in the source's own words, not a CAMEO label ("carried out air strikes")
    assert highlights[0].startswith("U.S. ") and "captured" in highlights[0]
    assert "Maduro" in highlights[0] and highlights[0].endswith("(Jan 3)")
    assert any(text.startswith(("North Korea", "South Korea")) for text in highlights)


def test_sentences_are_chronological_within_each_paragraph():
    for section in ripple_brief()["sections"]:
        for paragraph in section["paragraphs"]:
            dates = [s["date"] for s in paragraph["sentences"]]
            assert dates == sorted(dates)


def test_markdown_shows_markers_and_numbered_sources():
    text = render_markdown(ripple_brief())
    assert "## Sources" in text and "\n1. Meridian Wire" in text
    assert "[1]" in text and "## What to watch" in text
