"""Near-duplicate wire copies fold into their original: one source, with the copy's outlet noted."""
import json
from pathlib import Path

from aftershock.briefs import build_ripple_brief, build_story_brief
from aftershock.gazetteer import resolve_region
from aftershock.ripple import analyze_ripple

FIXTURES = Path(__file__).parent / "fixtures" / "downstream"


def load(name):
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def test_copies_never_become_sources_and_are_listed_as_also_carried_by():
    articles, stories, events = load("articles"), load("stories"), load("events")
    ripple = analyze_ripple(
        stories[0], resolve_region("korean-peninsula"), articles, stories, events
    )
    brief = build_ripple_brief(ripple, articles, events, stories)
    by_article = {source["article_id"]: source for source in brief["sources"]}
    assert (
        3 not in by_article and 8 not in by_article
    )  # the Pacific Observer and Northern Star copies
    assert by_article[1]["also_carried_by"] == ["Pacific Observer"]
    assert by_article[4]["also_carried_by"] == ["Northern Star Times"]
    assert len(by_article) == len(brief["sources"])


def test_citing_a_copy_cites_its_original():
    articles, events = load("articles"), load("events")
    story = {"id": 2, "headline": "North Korea condemns Venezuela raid and fires missiles",
             "first_seen": "2026-01-04", "last_seen": "2026-01-04"}
    only_copy_events = [e for e in events if e["article_id"] == 8]  # events coded from the copy
    brief = build_story_brief(story, articles, only_copy_events)
    assert [s["article_id"] for s in brief["sources"]] == [4]
    assert brief["sources"][0]["also_carried_by"] == ["Northern Star Times"]
