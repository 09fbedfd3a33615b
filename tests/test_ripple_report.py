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
    assert text.startswith(
        "# Ripple: U.S. forces capture Maduro in Caracas raid → Korean Peninsula"
    )
    assert "## Reactions" in text and "## Shifts" in text and "## Evidence" in text
    assert "North Korea condemned the United States" in text
    assert "https://meridianwire.example/2026/01/04/north-korea-condemns-raid-missiles" in text


def test_a_shift_is_never_evidence_and_no_linked_reaction_is_said_plainly():
    articles, stories, events = load("articles"), load("stories"), load("events")
    # A region with events in the window but no tie to the trigger: drop every linked event.
    unlinked = [e for e in events if "Venezuela" not in (e.get("sentence") or "")
                and "Maduro" not in (e.get("sentence") or "")]
    result = analyze_ripple(stories[0], resolve_region("Korean Peninsula"), articles, stories,
                            events)
    assert all(item["kind"] in ("trigger", "reaction") for item in result["evidence"])
    assert result["evidence_note"] is None  # reactions are linked
    baltic = analyze_ripple(stories[0], resolve_region("Baltic states"), articles, stories,
                            unlinked)
    assert baltic["reactions"] == [] and "linked" in baltic["evidence_note"]
    assert {i["kind"] for i in baltic["evidence"]} <= {"trigger"}
    assert "Nothing is linked" in ripple_to_markdown(baltic)


def test_shift_counts_are_one_number_everywhere():
    result = report()
    summary = result["summary"]
    assert summary["shift_tests"] == len(result["shifts"])
    assert summary["significant_shifts"] == sum(s["significant"] for s in result["shifts"])
    from aftershock.ripple.render import shift_count_line
    line = shift_count_line(result)
    assert f"## Shifts ({line})" in ripple_to_markdown(result)
    if summary["shift_tests"]:
        assert line.startswith(f"{summary['significant_shifts']} significant shift")
    else:
        assert "not enough coverage to test" in result["shift_status"] and \
            "not enough coverage to test" in line
