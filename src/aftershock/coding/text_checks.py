"""Input checks for the coder: text it cannot code well gets no events and a warning saying why.

`text_problem(text)` names the problem of a text, or returns None when the text is fit to code:
missing or not a string, empty, no sentences (no words), too long for one article, mojibake
(UTF-8 read as Latin-1/Windows-1252: "Ã©", "â€™"; or many U+FFFD replacement characters), or not
English (mostly non-Latin letters, or Latin text with few English function words and more function
words of another language).
"""
from __future__ import annotations

import re

from aftershock.config import settings

MAX_CHARS = 200_000  # far beyond any news article; a 1 MB blob is a file, not an article
MAX_SENTENCE_CHARS = 2_000  # longer "sentences" are lists or markup: not parsed
_WORD = re.compile(r"[^\W\d_]{2,}")
# UTF-8 bytes of common characters decoded as Latin-1 / Windows-1252
_MOJIBAKE = re.compile(
    r"Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|â€[\u0080-\u00bf\u2010-\u203a\u0153\u017e\u02dc™]"
    r"|Ã[\u2018-\u201e\u2020-\u2022\u2026\u02c6\u0160-\u0178\u20ac]"
)
_ENGLISH_WORDS = frozenset((
    "the", "of", "and", "to", "in", "a", "is", "was", "were", "are", "for", "on", "that", "with",
    "by", "as", "at", "from", "it", "its", "has", "have", "had", "be", "been", "will", "would",
    "said", "says", "an", "this", "which", "their", "they", "he", "she", "not", "but", "after",
    "over"))
# Function words of other languages written in Latin script (Spanish, French, German, Portuguese,
# Italian, Indonesian, Dutch): a text with more of these than English ones is not English
_OTHER_WORDS = frozenset((
    "de", "la", "el", "los", "las", "en", "que", "del", "por", "con", "para", "una", "un", "se",
    "su", "le", "les", "des", "et", "du", "une", "est", "dans", "pour", "qui", "sur", "au", "der",
    "die", "das", "und", "den", "von", "zu", "mit", "ist", "im", "auf", "für", "nicht", "ein",
    "eine", "da", "do", "os", "em", "com", "uma", "no", "na", "il", "di", "che", "per", "della",
    "non", "yang", "dan", "ke", "dari", "untuk", "dengan", "ini", "itu", "het", "een", "van",
    "op", "voor", "niet"))


def text_problem(text) -> str | None:
    """A short description of why the text cannot be coded, or None when it can."""
    problem = _form_problem(text)
    if problem:
        return problem
    words = _WORD.findall(text)
    if not words:
        return "text has no sentences (no words)"
    return _mojibake_problem(text) or _language_problem(text, words)


def _form_problem(text) -> str | None:
    """Not a string, empty, or longer than one article may be."""
    if text is None:
        return "no text"
    if not isinstance(text, str):
        return f"text is a {type(text).__name__}, not a string"
    if not text.strip():
        return "text is empty"
    if len(text) > MAX_CHARS:
        return (f"text is {len(text):,} characters, over the coder's limit of {MAX_CHARS:,} "
                "for one article; split it into articles")
    return None


def _mojibake_problem(text: str) -> str | None:
    knobs = settings().coding
    garbled = len(_MOJIBAKE.findall(text)) + text.count("\ufffd")
    if garbled >= knobs.mojibake_min_marks and garbled >= knobs.mojibake_min_share * len(text):
        return (f"text looks like mojibake ({garbled} garbled character sequences such as 'Ã©' or "
                "'â€™'): decode it as UTF-8 before coding")
    return None


def _language_problem(text: str, words: list[str]) -> str | None:
    """Mostly non-Latin script, or (long enough to tell) almost no English function words."""
    knobs = settings().coding
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if c < "\u0250")
    if letters and latin / len(letters) < knobs.latin_min_share:
        return "text is not in English (mostly non-Latin script); the coder reads English only"
    if len(words) >= knobs.language_min_words:
        english = sum(1 for word in words if word.lower() in _ENGLISH_WORDS)
        other = sum(1 for word in words if word.lower() in _OTHER_WORDS)
        if english / len(words) < knobs.english_min_share and other > english:
            return ("text does not look like English (almost none of its words are English "
                    "function words); the coder reads English only")
    return None
