"""The HTML brief is standalone and escapes article text, so a <script> in a story stays inert."""
import json
from pathlib import Path

from aftershock.briefs import build_story_brief, render_html

FIXTURES = Path(__file__).parent / "fixtures" / "downstream"


def load(name):
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def hostile_brief():
    articles, stories, events = load("articles"), load("stories"), load("events")
    payload = "<script>alert('x')</script>"
    for article in articles:
        if article["id"] == 4:
            article["title"] += f" {payload}"
            article["text"] = article["text"].replace(
                "into the sea.", f"into the sea {payload}.")
    for event in events:
        if event["article_id"] == 4 and event["sentence"].endswith("into the sea."):
            event["sentence"] = event["sentence"].replace(
                "into the sea.", f"into the sea {payload}."
            )
    return build_story_brief(stories[1], articles, events)


def test_script_in_article_title_and_text_is_escaped():
    brief = hostile_brief()
    assert any("<script>" in s["text"] for sec in brief["sections"] for p in sec["paragraphs"]
               for s in p["sentences"]), "the hostile sentence should be selected for this test"
    html = render_html(brief)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html


def test_html_is_standalone_and_print_friendly():
    html = render_html(hostile_brief())
    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert "<style>" in html and "@media print" in html
    assert "<link" not in html and "src=" not in html  # no external assets
    assert 'href="#source-1"' in html and 'id="source-1"' in html


def test_non_web_urls_are_not_linked():
    brief = {"headline": "Test", "highlights": [], "sections": [],
             "sources": [{"n": 1, "title": "Bad link", "outlet": "X", "date": None,
                          "url": "javascript:alert(1)", "article_id": 1, "also_carried_by": []}]}
    assert 'href="javascript' not in render_html(brief)
