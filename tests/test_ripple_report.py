"""The ripple report is JSON-serialisable, names every evidence article, and renders to Markdown."""
import json
from pathlib import Path

from aftershock.gazetteer import resolve_region
from aftershock.ripple import analyze_ripple, ripple_to_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "downstream"


def load(name):
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def report():
    articles, stories, events = load("articles"), load("stories"), load("events")
    return analyze_ripple(stories[0], resolve_region("Korean Peninsula"), articles, stories, events)


def test_report_has_the_contract_fields_and_round_trips_through_json():
    result = report()
    assert json.loads(json.dumps(result)) == result
    assert {"id", "trigger", "region", "window", "reactions", "shifts", "evidence"} <= set(result)
    assert result["trigger"]["story_id"] == 1 and result["region"]["slug"] == "korean-peninsula"
    assert result["window"]["start"] == "2026-01-03" and result["window"]["end"] == "2026-02-01"


def test_every_evidence_item_names_its_article_by_id_and_url():
    articles = {a["id"]: a for a in load("articles")}
    evidence = report()["evidence"]
    assert evidence
    for item in evidence:
        assert item["article_id"] in articles
        assert item["url"] == articles[item["article_id"]]["url"]
        assert articles[item["article_id"]]["duplicate_of"] is None  # copies fold into originals
        assert item["why"] and item["sentence"] and item["date"]
    assert [i["score"] for i in evidence] == sorted((i["score"] for i in evidence), reverse=True)
    assert {"trigger", "reaction"} <= {i["kind"] for i in evidence}


def test_markdown_lists_reactions_shifts_and_evidence():
    text = ripple_to_markdown(report())
    assert text.startswith("# Ripple: U.S. forces capture Maduro in Caracas raid → Korean Peninsula")
    assert "## Reactions" in text and "## Shifts" in text and "## Evidence" in text
    assert "North Korea condemned the United States" in text
    assert "https://meridianwire.example/2026/01/04/north-korea-condemns-raid-missiles" in text
