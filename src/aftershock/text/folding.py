"""Case and accent folding, a crude stemmer, and whole-word term finding."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def fold(text: str) -> str:
    """Strip accents and normalise apostrophes so "Nicolás" matches "Nicolas"."""
    text = text or ""
    if text.isascii():  # nothing to strip or normalise (the curly apostrophes are not ASCII)
        return text
    plain = unicodedata.normalize("NFKD", text).translate(_NO_COMBINING)
    return plain.replace("\u2019", "'").replace("\u2018", "'")


class _CombiningMarks(dict):
    """A str.translate table deleting combining marks, filled in as characters are met (the
    translation runs in C; only a character not seen before is looked up here)."""

    def __missing__(self, codepoint: int):
        value = None if unicodedata.combining(chr(codepoint)) else codepoint
        self[codepoint] = value
        return value


_NO_COMBINING = _CombiningMarks()


@lru_cache(maxsize=65536)  # a corpus's vocabulary is small; story search stems every word
def stem(word: str) -> str:
    """A crude English stemmer, enough to match "captured"/"capture"/"captures"."""
    word = word.lower().strip("'")
    word = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "e", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> set[str]:
    """The stems of a text's words (accents folded)."""
    return {stem(token) for token in WORD.findall(fold(text))}


@lru_cache(maxsize=4096)
def term_pattern(term: str) -> re.Pattern:
    folded = fold(term)
    flags = 0 if (folded.replace(".", "").isupper() and len(folded) <= 5) else re.IGNORECASE
    return re.compile(r"(?<![\w.])" + re.escape(folded) + r"(?![\w])", flags)


def find_terms(text: str, terms: Iterable[str]) -> list[str]:
    """The terms that occur in text as whole words (accent-insensitive; short acronyms
    case-sensitive)."""
    folded = fold(text)
    return [term for term in terms if term_pattern(term).search(folded)]


def count_term_mentions(text: str, terms: Iterable[str]) -> int:
    """How many times the terms occur in text as whole words (as `find_terms` matches them)."""
    folded = fold(text)
    return sum(len(term_pattern(term).findall(folded)) for term in terms)
