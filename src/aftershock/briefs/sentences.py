"""Sentence candidates for briefs: paragraphs split into sentences, and dangling-opening repair.

A sentence that opens on a pronoun ("He said...", "It added...", "They ...") means nothing out
of context. Such a sentence is repaired or dropped:
1. "He"/"She" followed by a reporting verb becomes the person named in the previous sentence
   ("President Donald Trump added that ..."), when one is found;
2. otherwise it is joined to the previous sentence of the same paragraph (still extractive);
3. otherwise (first sentence of a paragraph, or too long once joined) it is dropped.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from aftershock.config import settings
from aftershock.gazetteer import COUNTRIES
from aftershock.text import fold, split_sentences, strip_dateline
from aftershock.text import person_named_in as person_name

DANGLING_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "them",
    ]
)
PERSON_PRONOUNS = frozenset({"he", "she"})
REPORTING_VERBS = (
    "said|says|added|adds|told|noted|warned|stressed|insisted|argued|claimed|denied|urged|called|"
    "wrote|explained|declined|vowed|pledged|repeated|also"
)


def paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", strip_dateline(text or ""))
    return [re.sub(r"\s+", " ", block).strip() for block in blocks if block.strip()]


def _first_word(sentence: str) -> str:
    match = re.match(r"[\"\u201c\u2018(]*([A-Za-z']+)", sentence)
    return match.group(1).lower() if match else ""


_LEADING_CLAUSE_PRONOUN = re.compile(
    rf"^[^,]{{3,120}},\s+(?:he|she|they)\s+(?:{REPORTING_VERBS}|did|does|would|will|was|were|is|are)\b")


def is_dangling(sentence: str) -> bool:
    """True when the sentence's subject is a pronoun pointing back at an earlier sentence:
    "He said ..." or "Asked about the raid, he said ..."."""
    return _first_word(sentence) in DANGLING_PRONOUNS or bool(
        _LEADING_CLAUSE_PRONOUN.match(sentence)
    )


def _is_place(name: str) -> bool:
    folded = fold(name).lower()
    for country in COUNTRIES.values():
        for term in country.terms:
            if folded == fold(term).lower() or folded.startswith(fold(term).lower() + "'"):
                return True
    return False


def person_named_in(sentence: str) -> str | None:
    """The last person-like name ("President Donald Trump", "Cho Hyun") in a sentence, if any
    (aftershock.text.person_named_in, places by the gazetteer)."""
    return person_name(sentence, is_place=_is_place)


def resolve_dangling(sentence: str, previous: str | None) -> tuple[str | None, str]:
    """(repaired text or None to drop, how: "ok" | "named" | "joined" | "dropped")."""
    if not is_dangling(sentence):
        return sentence, "ok"
    if previous is None or is_dangling(previous):
        return None, "dropped"
    pronoun = _first_word(sentence)
    if pronoun in PERSON_PRONOUNS and re.match(
        rf"[\"\u201c]?\w+\s+(?:{REPORTING_VERBS})\b", sentence
    ):
        name = person_named_in(previous)
        if name:
            return re.sub(
                r"^([\"\u201c]?)\w+", lambda m: m.group(1) + name, sentence, count=1
            ), "named"
    joined = f"{previous} {sentence}"
    if len(joined.split()) <= settings().briefs.sentence_max_words:
        return joined, "joined"
    return None, "dropped"


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", fold(strip_dateline(text or ""))).strip().lower()


def article_candidates(article: Mapping, events: Iterable[Mapping] = ()) -> list[dict]:
    """Usable sentences of one article with their coded events, dangling openings resolved."""
    events = [e for e in events if e.get("sentence")]
    normalised_events = [(_normalise(e["sentence"]), e) for e in events]
    candidates = []
    published = (article.get("published") or "")[:10] or None
    for p_index, paragraph in enumerate(paragraphs(article.get("text") or "")):
        previous = None
        for s_index, sentence in enumerate(split_sentences(paragraph)):
            text, how = resolve_dangling(sentence, previous)
            previous = sentence
            if not _usable(text):
                continue
            matched = _matched_events(text, sentence, how, normalised_events)
            dates = sorted(str(e["date"])[:10] for e in matched if e.get("date"))
            candidates.append({
                "text": text,
                "original": sentence,
                "repair": how,
                "article_id": article["id"],
                "date": dates[0] if dates else published,
                "position": (p_index, s_index),
                "published": article.get("published") or "",
                "events": matched,
                "countries": sorted({c for e in matched for c in
                                     (e.get("source_country"), e.get("target_country")) if c}),
            })
    return candidates


def _usable(text: str | None) -> bool:
    """A whole sentence (ending in . ! or ?) of [briefs] `sentence_min_words` to
    `sentence_max_words` words."""
    knobs = settings().briefs
    return (text is not None and bool(re.search(r"[.!?][\"\u201d\u2019')]*$", text))
            and knobs.sentence_min_words <= len(text.split()) <= knobs.sentence_max_words)


def _matched_events(text: str, sentence: str, how: str, normalised_events) -> list:
    """The coded events a sentence states (their sentence within it, or it within theirs); for
    a sentence joined to the one before, that one's events too."""
    own = _normalise(sentence)
    matched = [e for norm, e in normalised_events
               if norm and (norm in own or (len(own) > 30 and own in norm))]
    if how == "joined":
        own_prev = _normalise(text[: len(text) - len(sentence)])
        matched += [e for norm, e in normalised_events
                    if norm and norm in own_prev and e not in matched]
    return matched
