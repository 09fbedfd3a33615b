"""Markdown, HTML and JSON render the same model: dated reaction lists, watch lists, highlights
with markers, escaped text, and a JSON that round-trips."""
import json

from aftershock.briefs import render_html, render_json, render_markdown


def model():
    return {
        "kind": "ripple",
        "headline": "Raid in Caracas: what it means for the Korean Peninsula",
        "region": {"name": "Korean Peninsula"},
        "period": {"start": "2026-01-03", "end": "2026-02-01"},
        "highlights": [
            {
                "text": "North Korea fired two ballistic missiles into the East Sea (Jan 4)",
                "citations": [1, 2],
            }
        ],
        "sections": [
            {
                "title": "Reactions",
                "paragraphs": [
                    {
                        "heading": "North Korea",
                        "style": "dated",
                        "sentences": [
                            {
                                "text": "Pyongyang called it a <gangster-like> act.",
                                "citations": [1],
                                "date": "2026-01-04",
                            }
                        ],
                    }
                ],
            },
            {
                "title": "What to watch",
                "paragraphs": [
                    {
                        "style": "list",
                        "sentences": [
                            {
                                "text": "Analysts expect more launches.",
                                "citations": [2],
                                "date": "2026-01-10",
                            }
                        ],
                    }
                ],
            },
            {
                "title": "Impact",
                "paragraphs": [
                    {
                        "heading": "South Korea and China",
                        "sentences": [
                            {"text": "Lee met Xi.", "citations": [2], "date": "2026-01-05"},
                            {
                                "text": "Beijing cast itself as a stabiliser.",
                                "citations": [1],
                                "date": "2026-01-06",
                            },
                        ],
                    }
                ],
            },
        ],
        "sources": [
            {
                "n": 1,
                "title": "Missiles [and] *more*",
                "outlet": "Meridian Wire",
                "date": "2026-01-04",
                "url": "https://meridian.example/a",
                "also_carried_by": ["Harbor Post"],
            },
            {
                "n": 2,
                "title": "Summit",
                "outlet": "Han River Daily",
                "date": "2026-01-05",
                "url": "https://hanriver.example/b",
                "also_carried_by": [],
            },
        ],
    }


def test_markdown_has_highlights_dated_reactions_watch_list_and_sources():
    text = render_markdown(model())
    assert text.startswith("# Raid in Caracas")
    assert "**Story highlights**" in text
    assert "- North Korea fired two ballistic missiles into the East Sea (Jan 4) [1][2]" in text
    assert "**North Korea**\n\n- _Jan 4:_ Pyongyang called it a \\<gangster-like> act. [1]" in text
    assert "- Analysts expect more launches. [2]" in text
    assert (
        "**South Korea and China.** Lee met Xi. [2] Beijing cast itself as a stabiliser. [1]"
        in text
    )
    assert (
        "1. Meridian Wire, 2026-01-04: [Missiles \\[and\\] \\*more\\*](https://meridian.example/a)"
        " (also carried by Harbor Post)" in text
    )


def test_html_is_escaped_and_lists_dated_reactions():
    html = render_html(model())
    assert "<gangster-like>" not in html and "&lt;gangster-like&gt;" in html
    assert '<ul class="dated">' in html and '<time datetime="2026-01-04">Jan 4</time>' in html
    assert '<ul class="list">' in html and "<h2>Story highlights</h2>" in html
    assert "@media print" in html and "<link" not in html and "<script" not in html


def test_json_round_trips():
    assert json.loads(render_json(model())) == model()
