"""Sentence splitting by rule (no parse): abbreviations, initials and "U.S." inside a sentence
do not end it; a newline always does."""
from __future__ import annotations

import re

# Lower-cased words (without their final full stop) that do not end a sentence.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep",
    "gov", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u",
    "u.s.a", "d.c", "a.m", "p.m", "i.e", "e.g", "approx", "dept", "est", "fig", "mt", "ft",
    "pres",
})
# Country abbreviations that may close a sentence: "... sanctions on the U.S. The ministry ..."
_CLOSING_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u"})
# Words that open a sentence; after a closing abbreviation they mark a boundary.
SENTENCE_STARTERS = frozenset({
    "The", "A", "An", "It", "He", "She", "They", "This", "That", "These", "Those", "But", "And",
    "In", "On", "At", "After", "Before", "While", "Its", "His", "Her", "Their", "We", "I",
    "Officials", "Analysts",
})
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_LAST_WORD = re.compile(r"([\w.]+)[.!?][\"'”’)\]]*\s*$")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]?(\w+)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of a text, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group(0)[0] != "\n" and not _ends_sentence(text, start, match):
            continue
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of a text as strings (see `sentence_spans`)."""
    return [text[start:end] for start, end in sentence_spans(text)]


def _ends_sentence(text: str, start: int, match: re.Match) -> bool:
    last = _LAST_WORD.search(text[max(start, match.start() - 30):match.end()])
    word = last.group(1).lower() if last else ""
    if word in _CLOSING_ABBREVIATIONS:
        following = _NEXT_WORD.match(text, match.end())
        return bool(following) and following.group(1) in SENTENCE_STARTERS
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False  # "Mr.", "Jan.", an initial ("John F. Kennedy")
    return not (word.endswith(".") or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
