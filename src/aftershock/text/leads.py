"""An article's lead: its first sentence or its first paragraph."""
from __future__ import annotations

from .datelines import strip_dateline
from .sentences import sentence_spans

# Characters of body text searched for the lead sentence.
LEAD_SENTENCE_CHARS = 400


def lead_sentence(body: str, limit: int = LEAD_SENTENCE_CHARS) -> str:
    """The first sentence of an article's body (its lede), at most `limit` characters long."""
    head = (body or "")[:limit]
    spans = sentence_spans(head)
    return head[spans[0][0]:spans[0][1]] if spans else head


def lead_paragraph(text: str, limit: int = 400) -> str:
    """The first paragraph after the dateline, cut at a word before `limit` characters."""
    paragraph = strip_dateline(text or "").strip().split("\n\n", 1)[0]
    return paragraph if len(paragraph) < limit else paragraph[:limit].rsplit(" ", 1)[0] + "…"
