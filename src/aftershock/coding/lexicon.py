"""Helpers for word-list matching: a trie-compiled regex over many literal phrases, and date
parsing."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

WORD_CHAR = r"[\w\u00C0-\u024F]"


def phrase_regex(phrases: Iterable[str], ignore_case: bool = False) -> re.Pattern:
    """Compile literal phrases into one regex (a trie, so lookups stay fast with thousands of
    entries). Matches are bounded by non-word characters and the longest phrase wins."""
    trie: dict = {}
    for phrase in set(phrases):
        if not phrase:
            continue
        node = trie
        for char in phrase.lower() if ignore_case else phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _trie_pattern(trie)
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<!{WORD_CHAR})(?:{body})(?!{WORD_CHAR})", flags)


def _trie_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _trie_pattern(child)
                for char, child in sorted(node.items(), key=lambda kv: kv[0]) if char]
    if not branches:
        return ""
    if len(branches) == 1:
        pattern = branches[0]
        return f"(?:{pattern})?" if ends_here else pattern
    pattern = "(?:" + "|".join(branches) + ")"
    return pattern + "?" if ends_here else pattern


def parse_date(value) -> dt.date | None:
    """A date from None, a date/datetime, or a 'YYYY-MM-DD…' / ISO 8601 string (None if
    unparsable)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def plural_forms(term: str) -> list[str]:
    """A noun phrase and its likely plurals (last word inflected)."""
    forms = [term, term + "s"]
    if term.endswith(("s", "x", "ch", "sh")):
        forms.append(term + "es")
    if term.endswith("y") and not term.endswith(("ay", "ey", "oy")):
        forms.append(term[:-1] + "ies")
    if term.endswith("man"):
        forms.append(term[:-3] + "men")
    return forms
