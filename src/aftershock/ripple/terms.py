"""Key terms of a trigger story and matching them in text: what makes a sentence "about" the shock.

Three kinds of evidence that a text refers to a trigger:
- focal countries: where the shock landed (targets of the trigger story's conflictual events, e.g.
  VEN for a raid on Caracas), with their names, demonyms and capitals;
- entity terms: proper nouns and the story's entities that are distinctive for the trigger's
  articles against the rest of the corpus ("Maduro"), never names of the watched region's
  countries or of the trigger's non-focal actors ("Washington" is everywhere);
- content terms: the most distinctive TF-IDF words of the trigger's articles ("raid", "capture"),
  stemmed crudely; a text needs two of them to count.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from aftershock.config import settings
from aftershock.gazetteer import COUNTRIES, country_terms
from aftershock.text import CALENDAR_WORDS, fold, proper_noun_runs, stem, strip_dateline
from aftershock.text.folding import WORD, term_pattern

GENERIC_WORDS = frozenset([
    "said", "says", "say", "told", "tell", "according", "also", "would", "could", "might",
    "will", "just", "like", "year", "years", "month", "months", "week", "weeks", "day", "days",
    "time", "today", "yesterday", "tomorrow", "new", "first", "last", "next", "one", "two",
    "three", "four", "five", "percent", "people", "country", "countries", "official",
    "officials", "government", "minister", "ministry", "president", "statement", "spokesman",
    "spokeswoman", "report", "reported", "reports", "news", "local", "capital", "nation",
    "national", "state", "states", "region", "regional", "world", "international", "morning",
    "night", "hours", "hour", "including", "added", "called", "call", "calls"
]) | CALENDAR_WORDS

PLACE_NAME_OPENERS = frozenset(
    [
        "New",
        "San",
        "Santa",
        "Los",
        "Las",
        "El",
        "La",
        "Le",
        "Saint",
        "St",
        "North",
        "South",
        "East",
        "West",
        "United",
        "Sea",
        "Gulf",
        "Port",
        "Mount",
        "Lake",
        "Cape",
        "Fort",
        "Costa",
        "Puerto",
        "Sri",
        "Hong",
        "Abu",
    ]
)

@dataclass
class TriggerTerms:
    focal_countries: list[str]
    entity_terms: list[str]
    content_terms: list[str]

    keyword_labels: dict[str, str] | None = None

    def keyword_words(self) -> list[str]:
        """Keywords as readers know them ("capture" rather than the stem "captur")."""
        labels = self.keyword_labels or {}
        return [labels.get(stem_, stem_) for stem_ in self.content_terms]

    def to_dict(self) -> dict:
        return {"focal_countries": self.focal_countries, "entities": self.entity_terms,
                "keywords": self.keyword_words(), "keyword_stems": self.content_terms}


def focal_countries(
    trigger_story: Mapping, trigger_events: Iterable[Mapping], region_countries
) -> list[str]:
    """Countries where the shock landed: weighted targets of the trigger's conflictual events."""
    weight: dict[str, float] = defaultdict(float)
    for event in trigger_events:
        quad = int(event.get("quad") or 0)
        severity = max(0.0, -float(event.get("goldstein") or 0.0))
        if quad >= 3 and event.get("target_country"):
            weight[event["target_country"]] += severity + 1.0
        if event.get("place") and quad >= 3:
            for code, country in COUNTRIES.items():
                if event["place"] in country.terms:
                    weight[code] += 0.5 * (severity + 1.0)
    weight = {code: w for code, w in weight.items() if code not in region_countries}
    if weight:
        top = max(weight.values())
        return sorted(code for code, w in weight.items() if w >= 0.5 * top)
    countries = [c for c in (trigger_story.get("countries") or []) if c not in region_countries]
    return countries[:1] if countries else []


def _document_rates(documents: list[str], candidates: Iterable[str]) -> dict[str, float]:
    if not documents:
        return {c: 0.0 for c in candidates}
    folded_docs = [fold(d) for d in documents]
    rates = {}
    for candidate in candidates:
        pattern = term_pattern(candidate)
        rates[candidate] = sum(1 for d in folded_docs if pattern.search(d)) / len(folded_docs)
    return rates


def _distinctive_keywords(trigger_docs: list[str], background_docs: list[str], excluded: set[str],
                          limit: int) -> list[str]:
    """Stems whose TF-IDF weight is highest in the trigger documents relative to the rest."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not trigger_docs:
        return []
    vectorizer = TfidfVectorizer(
        tokenizer=lambda t: [stem(w) for w in WORD.findall(fold(t))],
        token_pattern=None, lowercase=False, stop_words=None, sublinear_tf=True,
    )
    matrix = vectorizer.fit_transform(trigger_docs + background_docs)
    vocabulary = vectorizer.get_feature_names_out()
    trigger_part = matrix[: len(trigger_docs)]
    trigger_mean = trigger_part.mean(axis=0).A1
    background_mean = (matrix[len(trigger_docs):].mean(axis=0).A1 if background_docs
                       else trigger_mean * 0)
    doc_freq = (trigger_part > 0).sum(axis=0).A1
    needed_df = 2 if len(trigger_docs) >= 2 else 1
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    stop = {stem(w) for w in ENGLISH_STOP_WORDS | GENERIC_WORDS}
    ranked = sorted(range(len(vocabulary)), key=lambda i: -(trigger_mean[i] - background_mean[i]))
    chosen = []
    for i in ranked:
        word = vocabulary[i]
        if (trigger_mean[i] - background_mean[i] <= 0 or doc_freq[i] < needed_df
                or word in stop or word in excluded or len(word) < 4):
            continue
        chosen.append(word)
        if len(chosen) >= limit:
            break
    return chosen


def _non_focal_actor_names(events: Iterable[Mapping], focal: list[str]) -> set[str]:
    """Names that coded events attribute to other countries' actors ("Donald Trump" -> USA)."""
    names: set[str] = set()
    for event in events:
        for side in ("source", "target"):
            country, text = event.get(f"{side}_country"), event.get(f"{side}_text") or ""
            if not country or country in focal:
                continue
            for run in proper_noun_runs(" x " + text):
                words = run.split()
                names.add(fold(run).lower())
                if len(words) > 1:
                    names.add(fold(words[-1]).lower())
    return names


def derive_trigger_terms(
    trigger_story: Mapping,
    trigger_docs: list[str],
    background_docs: list[str],
    trigger_events: Iterable[Mapping],
    region_countries: Iterable[str],
    extra_terms: Iterable[str] | None = None,
    excluded_words: Iterable[str] | None = None,
    all_events: Iterable[Mapping] | None = None,
    max_entities: int | None = None,
    max_keywords: int | None = None,
) -> TriggerTerms:
    """Focal countries, entity terms and keywords for a trigger story (see module docstring).

    `excluded_words` are never terms (e.g. outlet names). `max_entities` and `max_keywords`
    default to the [ripple] `trigger_term_entities` and `trigger_term_keywords`.
    """
    knobs = settings().ripple
    max_entities = knobs.trigger_term_entities if max_entities is None else max_entities
    max_keywords = knobs.trigger_term_keywords if max_keywords is None else max_keywords
    region_countries = set(region_countries)
    focal = focal_countries(trigger_story, list(trigger_events), region_countries)
    focal_terms = [t for code in focal for t in country_terms(code)]
    excluded = _excluded_words(focal, region_countries, excluded_words,
                               all_events or trigger_events)
    candidates = _name_candidates(trigger_story, trigger_docs, excluded)
    entity_terms = list(dict.fromkeys(focal_terms + _distinctive_names(
        candidates, trigger_story, trigger_docs, background_docs)[:max_entities]))
    entity_terms += [t for t in (extra_terms or []) if t not in entity_terms]
    keywords = _trigger_keywords(trigger_docs, background_docs, excluded, entity_terms,
                                 max_keywords)
    labels = _surface_forms(trigger_docs, keywords)
    return TriggerTerms(focal_countries=focal, entity_terms=entity_terms, content_terms=keywords,
                        keyword_labels=labels)


def _excluded_words(focal: list[str], region_countries: set[str], excluded_words,
                    events: Iterable[Mapping]) -> set[str]:
    """Folded words that are never trigger terms: other countries' and the region's names,
    the caller's words (outlet names) and names events give other countries' actors."""
    excluded = {
        fold(t).lower() for code in COUNTRIES if code not in focal for t in country_terms(code)
    }
    excluded |= {fold(t).lower() for code in region_countries for t in country_terms(code)}
    excluded |= {fold(t).lower() for t in excluded_words or ()}
    excluded |= _non_focal_actor_names(events, focal)
    return excluded


def _name_candidates(trigger_story: Mapping, trigger_docs: list[str],
                     excluded: set[str]) -> set[str]:
    """The story's entities and the proper-noun runs of its articles, none with an excluded
    word, and the surname of each multi-word name (later reports name a person by it)."""
    runs: set[str] = set(trigger_story.get("entities") or [])
    for doc in trigger_docs:
        runs |= proper_noun_runs(strip_dateline(doc))
    candidates: set[str] = set()
    for run in runs:
        words = run.split()
        if fold(run).lower() in excluded or any(fold(w).lower() in excluded for w in words):
            continue
        candidates.add(run)
        if len(words) > 1 and len(words[-1]) > 3 and words[0] not in PLACE_NAME_OPENERS:
            candidates.add(words[-1])  # later reports name a person by surname ("Maduro")
    return candidates


def _distinctive_names(candidates: set[str], trigger_story: Mapping, trigger_docs: list[str],
                       background_docs: list[str]) -> list[str]:
    """The names in a third of the trigger's articles (half, for the story's own entities) and
    at most a quarter (or half that rate) of the background's, most distinctive first."""
    trigger_rate = _document_rates(trigger_docs, candidates)
    background_rate = _document_rates(background_docs, candidates)
    entity_story = set(trigger_story.get("entities") or [])
    scored = []
    for candidate in candidates:
        t_rate, b_rate = trigger_rate[candidate], background_rate[candidate]
        if candidate in entity_story:
            t_rate = max(t_rate, 0.5)
        if t_rate < 0.34 or b_rate > max(0.25, t_rate / 2):
            continue
        scored.append((-(t_rate - b_rate), -len(candidate.split()), candidate))
    return [c for *_, c in sorted(scored)]


def _trigger_keywords(trigger_docs: list[str], background_docs: list[str], excluded: set[str],
                      entity_terms: list[str], max_keywords: int) -> list[str]:
    """Distinctive keyword stems of the trigger's articles that are neither excluded, part of
    an entity term, nor mostly written capitalised (names)."""
    keywords = _distinctive_keywords(
        [strip_dateline(d) for d in trigger_docs],
        [strip_dateline(d) for d in background_docs],
        excluded | {stem(t) for t in excluded},
        max_keywords,
    )
    keywords = [
        k for k in keywords if not any(stem(fold(w)) == k for t in entity_terms for w in t.split())
    ]
    return [k for k in keywords if not _mostly_capitalised(trigger_docs, k)]


def _mostly_capitalised(documents: list[str], stem_: str) -> bool:
    """True when the words behind a stem are mostly written capitalised (names, not keywords)."""
    upper = lower = 0
    for doc in documents:
        for word in WORD.findall(fold(doc)):
            if stem(word) == stem_:
                if word[0].isupper():
                    upper += 1
                else:
                    lower += 1
    return upper > lower


def _surface_forms(documents: list[str], stems: list[str]) -> dict[str, str]:
    """The most frequent lower-case word behind each stem in the documents."""
    counts: dict[str, dict[str, int]] = {s: defaultdict(int) for s in stems}
    for doc in documents:
        for word in WORD.findall(fold(doc)):
            word = word.lower()
            key = stem(word)
            if key in counts and not word.endswith("'s"):
                counts[key][word] += 1
    return {
        s: max(words, key=lambda w: (words[w], -len(w))) for s, words in counts.items() if words
    }
