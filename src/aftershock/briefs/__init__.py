"""Briefs stage: sourced Markdown/HTML/JSON briefs for a ripple report or a story."""
from aftershock.briefs.build import build_ripple_brief, build_story_brief
from aftershock.briefs.render import render_html, render_json, render_markdown

__all__ = ["build_ripple_brief", "build_story_brief", "render_html", "render_json", "render_markdown"]
