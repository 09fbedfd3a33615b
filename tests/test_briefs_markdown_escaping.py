"""The Markdown brief escapes every untrusted string: rendered by a CommonMark renderer, each one
shows as itself, with no tag, link or block of its own; plain text stays plain ("q < 0.001")."""
import html
import re

import pytest
from markdown_it import MarkdownIt

from aftershock.briefs import render_html, render_markdown

PAYLOADS = [
    "Outlet <svg/onload=alert(5)>",
    "[x](javascript:alert(1))",
    "<img src=x onerror=alert(2)>",
    "![pic](https://evil.example/p.png)",
    "<https://evil.example/auto>",
    "&lt;b&gt;entity&lt;/b&gt;",
    "# Heading",
    "> quoted",
    "- listed",
    "1. numbered",
    "*stars* and _under_ `code`",
    "a | table | row",
    "line one\n\n<script>alert(3)</script>",
]


def hostile_model(payload: str) -> dict:
    sentence = {"text": payload, "citations": [1], "date": payload}
    return {
        "kind": "ripple", "headline": payload, "region": {"name": payload},
        "period": {"start": payload, "end": payload + " end"},
        "highlights": [{"text": payload, "citations": [1]}],
        "sections": [
            {"title": payload, "paragraphs": [
                {"heading": payload, "style": "dated", "sentences": [sentence]},
                {"heading": payload, "sentences": [sentence, sentence]}]}],
        "sources": [
            {"n": 1, "title": payload, "outlet": payload, "date": payload,
             "url": "https://ok.example/a", "also_carried_by": [payload, "Harbor Post"]},
            {"n": 2, "title": payload, "outlet": payload, "date": payload,
             "url": "javascript:alert(4)", "also_carried_by": [payload]}],
    }


def _render(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def _shown_text(rendered: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_untrusted_string_renders_as_itself(payload):
    markdown = render_markdown(hostile_model(payload))
    # whatever the renderer: no "<" that could open a tag and no "[" that could open a link
    # is left unescaped in the Markdown itself
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", markdown)
    assert len(re.findall(r"(?<!\\)\[", markdown)) == 1 + markdown.count("[1]")  # the one link
    rendered = _render(markdown)
    tags = set(re.findall(r"<(/?[a-z0-9]+)", rendered))
    assert tags <= {"h1", "/h1", "h2", "/h2", "p", "/p", "em", "/em", "strong", "/strong",
                    "ul", "/ul", "ol", "/ol", "li", "/li", "a", "/a"}, tags
    assert re.findall(r'href="([^"]*)"', rendered) == ["https://ok.example/a"]
    shown = _shown_text(rendered)
    flat = re.sub(r"\s+", " ", payload).strip()
    # once per field: headline, region, period, highlight, section title, two headings, three
    # sentences and one date, and per source the outlet, date, title, also-carried-by
    assert shown.count(flat) >= 17, shown


def test_comparisons_stay_readable_and_render_right():
    model = {"headline": "Shifts", "sections": [{"title": "Shifts", "paragraphs": [
        {"sentences": [{"text": "Events rose (rate ratio 3.1, q < 0.001).", "citations": [1]},
                       {"text": "Tension > 2 and a<b.", "citations": [1]}]}]}],
             "sources": [{"n": 1, "title": "T", "outlet": "O", "url": "https://o.example/t"}]}
    markdown = render_markdown(model)
    assert "(rate ratio 3.1, q < 0.001). [1]" in markdown
    assert "Tension > 2 and a\\<b." in markdown
    assert "q &lt; 0.001" in _render(markdown)


def test_also_carried_by_is_set_off_by_a_space_in_both_formats():
    model = hostile_model("Meridian Wire")
    assert "](https://ok.example/a) (also carried by Meridian Wire, Harbor Post)" \
        in render_markdown(model)
    assert '</a> <span class="also">(also carried by Meridian Wire, Harbor Post)</span>' \
        in render_html(model)


def test_a_non_web_url_is_shown_not_linked():
    markdown = render_markdown(hostile_model("Title"))
    assert "Title (javascript:alert(4))" in markdown
    assert "](javascript" not in markdown
