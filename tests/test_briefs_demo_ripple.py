"""The demo ripple brief (U.S. operation in Venezuela -> Korean Peninsula), written from frozen
inputs of the demo database, states the team's key facts with their gold articles cited and
passes every quality check."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from aftershock.briefs import build_ripple_brief, render_markdown
from aftershock.briefs.quality import check_brief, key_fact_coverage

FIXTURES = Path(__file__).parent / "fixtures" / "briefs"


@pytest.fixture(scope="module")
def inputs():
    return json.loads((FIXTURES / "demo_ripple_inputs.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def brief(inputs):
    return build_ripple_brief(inputs["ripple"], inputs["articles"], inputs["events"],
                              inputs["stories"])


def test_states_at_least_nine_in_ten_key_facts_and_cites_the_gold_articles(brief):
    facts = json.loads((FIXTURES / "demo_ripple_key_facts.json").read_text(encoding="utf-8"))
    coverage = key_fact_coverage(brief, facts["facts"])
    assert coverage["ratio"] >= 0.9, coverage["missing"]
    assert coverage["uncited_gold"] == []
    for must in ("maduro-captured", "north-korea-condemns-sovereignty-violation",
                 "missile-launch-during-lee-china-visit", "seoul-crisis-measures",
                 "alliance-questions", "china-positioning"):
        assert must in coverage["stated"]


def test_passes_every_quality_check(brief, inputs):
    assert {k: v for k, v in check_brief(brief, inputs["articles"]).items() if v} == {}


def test_has_the_analyst_structure(brief):
    titles = [s["title"] for s in brief["sections"]]
    assert titles == ["What happened", "Reactions", "Impact on the Korean Peninsula",
                      "What to watch"]
    assert 3 <= len(brief["highlights"]) <= 5
    reactions = brief["sections"][1]["paragraphs"]
    assert [p["heading"] for p in reactions] == ["South Korea", "North Korea"]
    assert all(p["style"] == "dated" and all(s["date"] for s in p["sentences"]) for p in reactions)
    impact_headings = [p.get("heading") for p in brief["sections"][2]["paragraphs"]]
    assert "South Korea and the United States" in impact_headings
    assert "South Korea and China" in impact_headings


def test_sentences_are_chronological_within_each_paragraph(brief):
    for section in brief["sections"]:
        for paragraph in section["paragraphs"]:
            dates = [s["date"] for s in paragraph["sentences"]]
            assert dates == sorted(dates), (section["title"], paragraph.get("heading"))


def test_what_to_watch_holds_threats_intentions_and_analysts(brief):
    watch = [s["text"] for p in brief["sections"][-1]["paragraphs"] for s in p["sentences"]]
    assert watch and all(re.search(r"warn|analyst|will|would|threat|vow|expect", t) for t in watch)


def test_highlights_state_the_capture_the_condemnation_the_launch_and_seouls_measures(brief):
    text = " | ".join(h["text"] for h in brief["highlights"])
    for needed in (r"U\.S\. [^|]*captured [^|]*Maduro", r"North Korea[^|]* condemned",
                   r"North Korea fired [^|]*ballistic missiles", r"crisis response measures"):
        assert re.search(needed, text), (needed, text)


def test_highlights_are_not_cameo_labels(brief):
    for highlight in brief["highlights"]:
        assert not re.search(r"show of force|held consultations|provided aid|made a public",
                             highlight["text"]), highlight["text"]
        assert re.search(r"\((Jan|Feb) \d+\)$", highlight["text"])


def test_markdown_reads_as_a_brief(brief):
    text = render_markdown(brief)
    assert text.startswith("# ") and "**Story highlights**" in text
    assert re.search(r"^- _Jan \d+:_ ", text, re.MULTILINE)  # dated reactions
    assert "## Sources" in text


def test_reactions_state_every_linked_story_before_any_story_twice(brief, inputs):
    from aftershock.config import settings
    knobs = settings().briefs
    story_of = {a["id"]: a.get("story_id") for a in inputs["articles"]}
    linked = {r["story_id"] for r in inputs["ripple"]["reactions"]}
    [reactions] = [s for s in brief["sections"] if s["title"] == "Reactions"]
    stated = Counter(story_of[s["article_id"]] for p in reactions["paragraphs"]
                     for s in p["sentences"])
    assert sum(stated.values()) <= knobs.reaction_sentences
    assert max(stated.values()) <= knobs.reaction_per_story
    if max(stated.values()) > 1:  # a story stated twice: every linked story is stated
        assert set(stated) == linked, linked - set(stated)
