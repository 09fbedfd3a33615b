"""News datelines ("SEOUL (Meridian Wire) —", "Caracas, Jan. 3 --"): find the place, or strip
the dateline from a text."""
from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .,'\u2019-]{1,40}?)"
    rf"(?:\s*,\s*(?P<when>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?"
    r"\s*(?:[\u2014\u2013]{1,2}|-{1,2}(?=\s))\s*"
)


def _dateline(text: str) -> re.Match | None:
    match = DATELINE.match(text or "")
    if not match:
        return None
    place = match.group("place").strip(" ,")
    # A mixed-case opening followed by a dash is a dateline only with an agency or a date.
    if not (place.isupper() or match.group("agency") or match.group("when")):
        return None
    return match


def dateline_place(text: str) -> str | None:
    """The place a text's dateline names ("Seoul" for "SEOUL (Agency) —"), or None."""
    match = _dateline(text)
    if not match:
        return None
    place = match.group("place").strip(" ,")
    return place.title() if place.isupper() else place


def strip_dateline(text: str) -> str:
    """The text without its opening dateline."""
    match = _dateline(text)
    return (text or "")[match.end():] if match else (text or "")
