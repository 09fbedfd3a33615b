"""Render briefs as Markdown, standalone HTML (Jinja2 autoescaped, inline CSS) or JSON."""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape

from aftershock.signals.describe import short_date


def citation_markers(sentence: Mapping) -> str:
    return "".join(f"[{n}]" for n in sentence.get("citations") or [])


# Characters that are Markdown markup anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]|])")
# "<" only opens markup before a letter, "/", "!" or "?" (a tag, an autolink, a comment): "q <
# 0.001"
# stays as it is written.
_MD_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
# "&" only matters where it starts an entity ("&lt;" would render as "<").
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What makes a block of the text that starts a line: a heading, a quote, a list item, a rule.
_MD_BLOCK_START = re.compile(r"^(#|>|[-+=]+(?=\s|$)|(\d{1,9})([.)]))")


def _markdown_text(text) -> str:
    """Any untrusted string as Markdown text that renders as itself: every character Markdown
    would read as markup (links, emphasis, raw HTML, entities, block starts) is escaped, and
    only those, so the Markdown still reads as plain text ("q < 0.001")."""
    text = re.sub(r"\s+", " ", str(text if text is not None else "")).strip()
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_TAG_OPEN.sub(r"\\<", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return _MD_BLOCK_START.sub(_escape_block_start, text)


def _escape_block_start(match: re.Match) -> str:
    marker, number, delimiter = match.groups()
    return f"{number}\\{delimiter}" if number else "\\" + marker


def _markdown_url(url) -> str:
    """A web URL as a Markdown link destination: nothing in it can end the link early."""
    return re.sub(r"[\s()<>\\]", lambda m: quote(m.group(), safe=""), str(url or ""))


def _day(value) -> str:
    """"Jan 4" for "2026-01-04"; anything unparseable as it is."""
    try:
        return short_date(str(value)[:10])
    except ValueError:
        return str(value)


def _is_web_url(url) -> bool:
    return isinstance(url, str) and bool(re.match(r"https?://", url, re.IGNORECASE))


@lru_cache(maxsize=2)
def _environment(html: bool) -> Environment:
    environment = Environment(
        loader=PackageLoader("aftershock.briefs", "templates"),
        autoescape=select_autoescape(["html", "html.j2"]) if html else False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["markers"] = citation_markers
    environment.filters["md"] = _markdown_text
    environment.filters["is_web_url"] = _is_web_url
    environment.filters["md_url"] = _markdown_url
    environment.filters["day"] = _day
    return environment


def _complete(brief: Mapping) -> dict:
    """Fill optional keys so templates can rely on them."""
    return {"kind": "story", "region": None, "period": None, "highlights": [], "sections": [],
            "sources": [], **brief}


def render_markdown(brief: Mapping) -> str:
    text = _environment(False).get_template("brief.md.j2").render(brief=_complete(brief))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def render_html(brief: Mapping) -> str:
    return _environment(True).get_template("brief.html.j2").render(brief=_complete(brief))


def render_json(brief: Mapping) -> str:
    return json.dumps(brief, ensure_ascii=False, indent=2)
