"""Briefs stage: sourced Markdown/HTML/JSON briefs for a ripple report or a story."""
from aftershock.briefs.build import build_ripple_brief, build_story_brief
from aftershock.briefs.render import render_html, render_json, render_markdown
from aftershock.registry import brief_writers


@brief_writers.register("extractive")
class ExtractiveBriefs:
    """The built-in brief writer: selected sentences of the articles, each cited."""

    story = staticmethod(build_story_brief)
    ripple = staticmethod(build_ripple_brief)


__all__ = ["ExtractiveBriefs", "build_ripple_brief", "build_story_brief", "render_html",
           "render_json", "render_markdown"]
