"""Names in running text: runs of capitalised words, found by regular expressions (no model).

One home for the three ways the stages read names, each tuned to its job:

- `name_runs`: every name in text order, connectors kept ("Gulf of Aden"), split at
  possessives ("South Korea's Joint Chiefs" -> "South Korea", "Joint Chiefs"); the story
  clusterer's entity-like features (stories.features). The caller's stop words decide which
  sentence-opening words are trimmed and which lone capitals are not names.
- `proper_noun_runs`: the distinct runs that are not merely sentence-initial capitals, broken at
  titles, function words and calendar words; ripple's trigger entity terms (ripple.terms).
- `person_named_in`: the last person-like name of a sentence, with its title ("President
  Donald Trump"); the brief repairing "He said ..." (briefs.sentences). The caller says what is a
  place, so this package stays free of the gazetteer.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .sentences import SENTENCE_STARTERS

POSSESSIVE_ENDINGS = ("'s", "\u2019s")

# Weekday and month names: capitalised in running text, yet never names or keywords.
CALENDAR_WORDS = frozenset([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"
])

# Capitalised words that are not names themselves: function words, titles, reporting nouns.
NON_NAME_CAPITALS = frozenset([
    "a", "an", "the", "in", "on", "at", "of", "for", "to", "and", "but", "or", "as", "by",
    "with", "from", "after", "before", "while", "when", "if", "it", "its", "this", "that",
    "these", "those", "he", "she", "they", "we", "i", "his", "her", "their", "our", "there",
    "here", "what", "who", "why", "how", "where", "not", "no", "yes", "so", "president",
    "minister", "ministry", "foreign", "defence", "defense", "prime", "secretary", "general",
    "spokesman", "spokeswoman", "spokesperson", "officials", "official", "government", "state",
    "senator", "chairman", "leader", "mr", "mrs", "ms", "dr", "analysts", "analyst", "critics",
    "reuters", "news", "local", "vice", "deputy", "chief", "acting", "former", "interim"
]) | CALENDAR_WORDS

# A person's title before their name ("Foreign Minister Cho Hyun").
TITLES = (
    r"(?:President|Vice President|Prime Minister|Foreign Minister|Defence Minister|Defense "
    r"Minister|Minister|Secretary of State|Secretary|Ambassador|General|Gen\.|Admiral|Senator|"
    r"Sen\.|Rep\.|Mr\.|Ms\.|Mrs\.|Dr\.|Chairman|Leader|Spokesman|Spokeswoman)"
)


def strip_possessive(word: str) -> tuple[str, bool]:
    """("Korea", True) for "Korea's" or "Korea’s"; (word, False) otherwise."""
    if word.endswith(POSSESSIVE_ENDINGS):
        return word[:-2], True
    return word, False


# name_runs -------------------------------------------------------------------------------------
NAME_CONNECTORS = frozenset({"of", "de", "del", "la", "al", "el", "bin", "van", "von", "der",
                             "da", "du", "le"})
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſ"
_NAME_WORD = rf"(?:[{_CAPITAL}](?:\.[{_CAPITAL}])+\.?|[{_CAPITAL}][\w'’\-]*)"
_NAME_RUN = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:{'|'.join(sorted(NAME_CONNECTORS))})[ \t]+)?{_NAME_WORD})*"
)


def _clean_name(words: list[str], lowercase_words: set[str], stop_words: Iterable[str],
                leading_noise: Iterable[str]) -> str | None:
    """Trim sentence-opening function words and dangling connectors off a run of capitals."""
    while words and words[0].lower() in leading_noise:
        words = words[1:]
    while words and words[-1].lower() in NAME_CONNECTORS:
        words = words[:-1]
    if not words:
        return None
    name = " ".join(words)
    if len(words) == 1:
        lowered = name.lower()
        # A lone capitalised word that also appears in lower case is a sentence opener, not a name.
        if lowered in lowercase_words or lowered in stop_words or len(name) < 2:
            return None
    return name


def _possessive_segments(words: list[str]) -> list[list[str]]:
    """Split a run after possessives: "Korea's Joint Chiefs" -> ["Korea"], ["Joint", "Chiefs"]."""
    segments, current = [], []
    for word in words:
        word, possessive = strip_possessive(word)
        current.append(word)
        if possessive:
            segments.append(current)
            current = []
    if current:
        segments.append(current)
    return segments


def name_runs(text: str, stop_words: Iterable[str] = frozenset(),
              leading_noise: Iterable[str] = frozenset()) -> list[str]:
    """Capitalised single and multi-word names ("Tara Reid", "Gulf of Aden"), in text order.

    A name is a run of capitalised words on one line, optionally joined by a lower-case
    connector ("of", "de", "bin"); punctuation, possessives and line breaks end a run. Words of
    `leading_noise` (lower case) are trimmed off a run's start; a lone word is dropped when it is
    one of `stop_words` or appears in lower case elsewhere in the text.
    """
    lowercase_words = set(re.findall(r"(?<![\w'’])[a-z][a-z'\-]+", text))
    names = []
    for match in _NAME_RUN.finditer(text):
        for segment in _possessive_segments(match.group(0).split()):
            if not segment[0][0].isupper():
                continue
            name = _clean_name(segment, lowercase_words, stop_words, leading_noise)
            if name:
                names.append(name)
    return names


# proper_noun_runs ------------------------------------------------------------------------------
_PROPER_TOKEN = re.compile(r"[A-Z\u00C0-\u00DE][\w'\u2019-]*")


def _is_sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\"\u201c\u2014:\n("


def proper_noun_runs(text: str) -> set[str]:
    """Runs of capitalised words ("Nicolás Maduro") that are not merely sentence-initial words.

    Words join a run when one space apart; a possessive ends its run; NON_NAME_CAPITALS, words
    under three letters and long all-capital words break it. A run's first word at a sentence's
    start counts only if the text also has it mid-sentence."""
    found: set[str] = set()
    run: list[str] = []
    run_end = -1

    def flush():
        if run:
            found.add(" ".join(run))
        run.clear()

    for match in _PROPER_TOKEN.finditer(text):
        word, possessive = strip_possessive(match.group().rstrip("'\u2019-"))
        if not (run and text[run_end:match.start()] == " "):
            flush()
        if word.lower() in NON_NAME_CAPITALS or len(word) < 3 or (word.isupper() and len(word) > 5):
            flush()
            continue
        # a sentence-initial word only counts if it is a name elsewhere in the text too
        if (not run and _is_sentence_initial(text, match.start())
                and not re.search(r"[a-z,;] " + re.escape(word) + r"\b", text)):
            continue
        run.append(word)
        run_end = -1 if possessive else match.end()
    flush()
    return found


# person_named_in -------------------------------------------------------------------------------
_PERSON = re.compile(
    rf"(?:{TITLES}\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,2}}"
)


def person_named_in(sentence: str,
                    is_place: Callable[[str], bool] = lambda _name: False) -> str | None:
    """The last person-like name ("President Donald Trump", "Cho Hyun") in a sentence, if any:
    two or three capitalised words after an optional title, none of them a place (`is_place`),
    not opening with a sentence starter."""
    found = None
    for match in _PERSON.finditer(sentence):
        name = match.group().rstrip(".,;:").removesuffix("'s").removesuffix("\u2019s")
        bare = re.sub(rf"^{TITLES}\s+", "", name)
        if len(bare.split()) < 2 or is_place(bare) or any(is_place(w) for w in bare.split()):
            continue
        if bare.split()[0] in SENTENCE_STARTERS:
            continue
        found = name
    return found
