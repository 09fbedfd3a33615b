"""Story highlights rewritten from coded events: the actor's own clause, shortened, never invented.

A coded event says who did what to whom in CAMEO terms ("150: show of force"); an analyst wants
"North Korea fired two ballistic missiles into the East Sea (Jan 4)". The highlight is built from
the event's sentence: the dependency parse finds the clause whose subject names the event's
source actor, and the highlight keeps that subject, the verb (with its auxiliaries and particle),
its object and up to two prepositional phrases of place or target, plus a "calling it ..." or
"saying ..." clause when there is room. Time phrases ("on Sunday morning") give way to the
event's date in brackets; relative clauses and asides are dropped.

Every word of a highlight therefore comes from its cited sentence, in the sentence's order
(`is_entailed` checks exactly that), so a coding error can mislabel an event but cannot put words
in a source's mouth. A clause that is negated, has a pronoun for a subject, or cannot be found
yields no highlight, and the caller moves on to the next event.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from aftershock.config import settings
from aftershock.gazetteer import country_terms
from aftershock.signals.describe import short_date
from aftershock.text import strip_dateline

REPORTING_LEMMAS = frozenset({"say", "tell", "add", "state", "report", "note", "announce"})
FRAMING_LEMMAS = frozenset({"call", "describe", "say", "brand", "label", "accuse", "warn", "urge"})
TIME_WORDS = frozenset([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
    "evening", "night", "afternoon", "dawn", "today", "yesterday", "tonight", "week",
    "weekend", "month", "year", "hours", "days", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
])
DROPPED_DEPS = frozenset({"relcl", "acl", "appos", "parataxis", "meta", "dep"})
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd", "acomp", "xcomp", "ccomp", "agent")
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
WH_WORDS = frozenset({"what", "how", "whether", "why", "who", "when", "where", "which", "if"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
PRONOUN_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "i", "this", "that", "which", "who"})

def _nlp():
    from aftershock.coding.coder import load_model  # (loaded once per process)
    return load_model()


def _is_time_phrase(token) -> bool:
    """A prepositional or adverbial phrase that only says when ("on Sunday", "early Saturday")."""
    words = [t for t in token.subtree if not t.is_punct and t.dep_ not in ("prep", "det", "case")]
    return bool(words) and all(
        t.lower_ in TIME_WORDS or t.ent_type_ in ("DATE", "TIME") or t.like_num
        or t.lower_ in ("early", "late", "last", "next", "this", "same", "the", "overnight")
        for t in words)


def _is_word_joiner(token) -> bool:
    """A hyphen inside a word ("Jae-myung", "solid-fuel"), which must survive trimming."""
    return token.tag_ == "HYPH" or (token.text in "-\u2010\u2011" and not token.whitespace_)


def _trimmed(token, keep_preps: bool = True, keep_conjuncts: bool = False) -> list:
    """A phrase's tokens without relative clauses, appositions, asides and time phrases."""
    kept = [token]
    for child in token.children:
        if child.dep_ in DROPPED_DEPS or child.dep_ == "advcl":
            continue
        if child.dep_ == "punct" and not _is_word_joiner(child):
            continue
        if child.dep_ in ("cc", "conj", "preconj") and not keep_conjuncts:
            continue
        if child.dep_ == "prep" and (not keep_preps or _is_time_phrase(child)):
            continue
        if child.dep_ in ("npadvmod", "tmod") and (_is_time_phrase(child) or token.pos_ == "VERB"):
            continue
        kept += _trimmed(child, keep_preps, keep_conjuncts)
    return kept


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _glued(tokens) -> list:
    """Tokens plus the rest of any hyphenated word they belong to ("Díaz-Canel", "visa-free")."""
    kept = {t.i: t for t in tokens}
    for token in list(kept.values()):
        doc = token.doc
        left = token
        while left.i > 0 and not doc[left.i - 1].whitespace_ and HYPHENS & {
                doc[left.i - 1].text, left.text}:
            left = doc[left.i - 1]
            kept[left.i] = left
        right = token
        while right.i + 1 < len(doc) and not right.whitespace_ and HYPHENS & {
                doc[right.i + 1].text, right.text}:
            right = doc[right.i + 1]
            kept[right.i] = right
    return list(kept.values())


def _span_text(tokens) -> str:
    ordered = sorted({t.i: t for t in _glued(tokens)}.values(), key=lambda t: t.i)
    parts = []
    for token, following in zip(ordered, ordered[1:] + [None]):
        gap = following is not None and following.i != token.i + 1
        parts.append(token.text + (token.whitespace_ or (" " if gap else "")))
    text = "".join(parts).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return re.sub(r"[\s,;:\u2014-]+$", "", text)


def _names_actor(subject, terms) -> bool:
    text = _span_text(subject.subtree)
    return any(term and term in text for term in terms)


def actor_terms(event: Mapping) -> list[str]:
    terms = [str(event.get("source_text") or "").strip()]
    terms += list(country_terms(event.get("source_country") or ""))
    return [t for t in terms if len(t) > 1]


def _is_hypothetical(verb) -> bool:
    """A clause under "if"/"unless"/"whether", an adverbial clause ("when Pyongyang waits ..."),
    or a clause hanging off a noun ("any chance that ..."): not what the sentence claims."""
    token = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children):
            return True
        if token.dep_ in ("acl", "relcl", "csubj", "advcl") or token.head.i == token.i:
            return token.dep_ != "ROOT" and token.head.i != token.i
        token = token.head


def _clause_verb(doc, terms):
    """The verb whose subject names the actor; reporting verbs ("said") only as a last resort."""
    found = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "aux", "auxpass"):
            continue
        if _is_hypothetical(token):
            continue
        subject = _subject(token)
        if subject is None or (terms is not None and not _names_actor(subject, terms)):
            continue
        if subject.lower_ in PRONOUN_SUBJECTS:
            continue
        depth = sum(1 for _ in token.ancestors)
        found.append((token.lemma_ in REPORTING_LEMMAS, depth, token.i, token, subject))
    return min(found, key=lambda f: f[:3])[3:] if found else (None, None)


def clause_from_sentence(sentence: str, terms=None, named_subject: bool = False) -> str | None:
    """The actor's clause from a sentence, shortened (see the module doc), or None. With no
    `terms`, the main clause of whoever the sentence is about. With `named_subject`, the subject
    must hold a proper name ("U.S. forces", "Seoul"): "the ministry" or "a special forces unit"
    standing alone would leave the reader to trust the coder about who acted."""
    doc = _nlp()(strip_dateline(sentence).strip())
    verb, subject = _clause_verb(doc, terms)
    if verb is None or subject.lower_ in PRONOUN_SUBJECTS:
        return None
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return None
    subject_tokens = _subject_tokens(verb, subject)
    if named_subject and not any(t.pos_ == "PROPN" for t in subject_tokens):
        return None
    core = subject_tokens + [verb]
    core += [c for c in verb.children if c.dep_ in ("aux", "auxpass", "prt")
             and c.i > subject.i]
    if verb.lemma_ in REPORTING_LEMMAS and not any(c.dep_ in ("ccomp", "xcomp")
                                                   for c in verb.children):
        return None  # "said in a statement ...": without what was said there is no claim
    core = _with_objects(verb, core)
    if core is None:
        return None
    return _readable_clause(_span_text(_with_phrases_after(doc, verb, core)))


def _subject_tokens(verb, subject) -> list:
    """The verb's subjects (coordinated ones too), trimmed; without their prepositional
    phrases when that is still longer than [briefs] `highlight_subject_words`."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [subject]
    tokens = [t for part in subjects for t in _trimmed(part, keep_conjuncts=True)]
    if len(tokens) > settings().briefs.highlight_subject_words:
        tokens = [t for part in subjects
                  for t in _trimmed(part, keep_preps=False, keep_conjuncts=True)]
    return tokens


def _with_objects(verb, core: list) -> list | None:
    """The clause with the verb's objects (the first of each kind: a second "dobj" is usually
    an aside), trimmed to fit [briefs] `highlight_words`; None when one cannot fit."""
    most = settings().briefs.highlight_words
    objects, deps = [], set()
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.dep_ not in deps:
            deps.add(child.dep_)
            objects.append(child)
    for obj in objects:
        phrase = _trimmed(obj, keep_conjuncts=True)
        if len(core) + len(phrase) > most:
            phrase = _trimmed(obj, keep_preps=False)
        if len(core) + len(phrase) > most:
            return None
        core = core + phrase
    return core


def _with_phrases_after(doc, verb, core: list) -> list:
    """The clause with what follows the verb while it fits: its prepositional phrases (not
    time phrases), then a framing participle clause ("..., saying ...") with its comma."""
    most = settings().briefs.highlight_words
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and not _is_time_phrase(child):
            phrase = _trimmed(child)
            if len(core) + len(phrase) <= most - 2:
                core = core + phrase
    for child in verb.children:
        if (child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_ in FRAMING_LEMMAS
                and child.i > verb.i):
            phrase = _trimmed(child)
            if len(core) + len(phrase) <= most:
                comma = [t for t in doc[verb.i:child.i] if t.text == ","]
                core = core + phrase + comma[-1:]
    return core


def _readable_clause(text: str) -> str | None:
    """The clause capitalised, or None when it cannot stand alone as a claim."""
    if text.split()[0].lower() in WH_WORDS:
        return None  # "what form a response would take": an indirect question, not a claim
    if len(text.split()) < 4 or text.split()[-1].lower() in PRONOUN_SUBJECTS | {"him", "them"}:
        return None  # too short to say anything, or ends on a word pointing elsewhere
    return text[0].upper() + text[1:]


def event_highlight_text(event: Mapping) -> str | None:
    """"North Korea fired two ballistic missiles into the East Sea (Jan 4)", or None."""
    clause = clause_from_sentence(
        event.get("sentence") or "", actor_terms(event), named_subject=True
    )
    if clause is None:
        return None
    return f"{clause} ({short_date(event['date'])})" if event.get("date") else clause


_WORD = re.compile(r"[\w\u2019'.-]+")


def _words(text: str) -> list[str]:
    return [w.strip(".").lower() for w in _WORD.findall(text) if w.strip(".")]


def is_entailed(highlight: str, sentence: str) -> bool:
    """True when every word of the highlight (its bracketed date aside) occurs in the sentence in
    the same order: the highlight only shortens what the sentence says."""
    body = re.sub(r"\s*\([A-Z][a-z]{2} \d{1,2}\)$", "", highlight)
    remaining = iter(_words(strip_dateline(sentence)))
    return all(any(word == candidate for candidate in remaining) for word in _words(body))


# -- choosing which events become highlights ---------------------------------------------------
def event_kind(event: Mapping) -> tuple:
    """Who did what to whom, whatever the wording: (source country, CAMEO root, target country)."""
    return (event.get("source_country"), str(event.get("root") or ""), event.get("target_country"))


def corroboration(events, canonical) -> dict[tuple, set]:
    """For each event kind, the distinct original articles that report it. An act many outlets
    report (a launch, a condemnation) is less likely to be a coding slip than a one-off."""
    reports: dict[tuple, set] = {}
    for event in events:
        reports.setdefault(event_kind(event), set()).add(canonical(event.get("article_id")))
    return reports


def corroborating_articles(event: Mapping, events, canonical, limit: int = 3,
                           published=None, reports=None) -> list:
    """The event's own article, then other articles that themselves report the same kind of
    event dated within a day of it, earliest published first, up to `limit` in all.
    `published(article_id)` gives when an article came out; `reports(article_id, act_day)`
    whether it may report an act of that day (published on or after it, within the brief's
    window). Without them, articles are ordered by event date and all admitted."""
    own = canonical(event.get("article_id"))
    day = str(event.get("date") or "")[:10]

    def when(e: Mapping) -> str:
        return published(canonical(e.get("article_id"))) if published else str(e.get("date"))

    others = sorted((when(e), canonical(e.get("article_id"))) for e in events
                    if event_kind(e) == event_kind(event) and e.get("date")
                    and abs(_days_between(str(e["date"])[:10], day)) <= 1)
    cited = [own]
    for _, article_id in others:
        if article_id not in cited and len(cited) < limit \
                and (reports is None or reports(article_id, day)):
            cited.append(article_id)
    return cited


def _days_between(a: str, b: str) -> int:
    from datetime import date
    try:
        return (date.fromisoformat(a) - date.fromisoformat(b)).days
    except ValueError:
        return 99
