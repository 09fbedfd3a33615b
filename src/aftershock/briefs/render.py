"""Render briefs as Markdown, standalone HTML (Jinja2 autoescaped, inline CSS) or JSON."""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from aftershock.signals.describe import short_date


def citation_markers(sentence: Mapping) -> str:
    return "".join(f"[{n}]" for n in sentence.get("citations") or [])


def _markdown_text(text) -> str:
    """Neutralise characters Markdown would read as markup inside a sentence."""
    text = str(text if text is not None else "")
    text = re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)
    return text.replace("\n", " ")


def _markdown_url(url) -> str:
    return str(url or "").replace(" ", "%20").replace("(", "%28").replace(")", "%29")


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
