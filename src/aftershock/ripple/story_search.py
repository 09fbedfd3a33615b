"""Story search: which stored story a text query names, ranked over stories, not articles.

A story is read as one document with four fields: its headline, its articles' titles, their
lead paragraphs and its named entities. A field's term frequency is the share of the story's
articles that use the term there (the headline and the entities count 0 or 1), weighted by the
field's [ripple] `trigger_*_weight` and summed; relevance is BM25's saturating sum over the
query's terms, tf * (k1 + 1) / (tf + k1) * idf, with idf over every stored story. A story that
speaks of the query in every article scores as high as it can, however many articles it has:
size enters only through the prior.

The prior favours the happening over its follow-ups (an oil-price story, a court hearing, a
reaction that names the happening in its headline): among stories that match strongly (at least
`trigger_strong_match` of the best relevance), the earliest one and the one carried by most
outlets are the likeliest to be the happening itself. The score is

    relevance * country fit * (1 + outlet_weight * log(1 + outlets) / log(1 + most outlets among
    the strong)
                   + first_weight * exp(-days after the earliest strong match / first_scale))

and only strong matches get the prior. When the query names countries, relevance is scaled by
1 - country_weight * (1 - Jaccard overlap of the story's countries with them): a third country's
reaction to the happening names the happening's countries and its own. When the best story
belongs to a storyline (stories/storylines.py), the storyline's earliest story among the
candidates is chosen if its relevance reaches `trigger_origin_relevance` of the best: a query
that a follow-up matches best still names the happening the storyline started from. A query
whose best story covers less than `trigger_min_coverage` of the query's idf weight matches
nothing; the error names the stories whose headlines are closest to it in spelling.
"""
from __future__ import annotations

import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from aftershock.errors import AftershockError
from aftershock.text import fold, lead_paragraph, stem

STOPWORDS = frozenset("""
as a about above after again against all am an and any are at be because been before being
below between both but by can did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just me more most my no
nor not now of off on once only or other our out over own same she should so some such than
that the their them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your said says say new news
""".split())  # noqa: SIM905 (a word list reads best as text)
_US = re.compile(r"(?<![A-Za-z])U\.\s?S\.?(?![A-Za-z])|\bUS\b|\bUSA\b")
# Candidates looked through for the best one's storyline origin.
ORIGIN_CANDIDATES = 50
_TOKEN = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


def query_terms(text: str) -> list[str]:
    """The stems of a text's content words, in order (accents folded; "U.S." and "US" are one
    term, never the pronoun)."""
    folded = fold(text or "")
    if "U" in folded:  # (every form _US finds has one; most texts are spared the regex)
        folded = _US.sub(" unitedstates ", folded)
    words = _TOKEN.findall(folded.lower().replace("'s ", " "))
    return [stem(w) for w in words if w not in STOPWORDS and len(w) > 1]


@dataclass
class StoryDocument:
    """A story as the search reads it: weighted term frequencies over its four fields."""
    story: Mapping
    tf: Counter = field(default_factory=Counter)

    @classmethod
    def build(cls, story: Mapping, articles: Iterable[Mapping], weights: Mapping[str, float]):
        articles = list(articles)
        tf: Counter = Counter()
        for term in set(query_terms(story.get("headline") or "")):
            tf[term] += weights["headline"]
        for term in set(query_terms(" ".join(story.get("entities") or []))):
            tf[term] += weights["entities"]
        if articles:
            titles, leads = Counter(), Counter()
            for article in articles:
                titles.update(set(query_terms(article.get("title") or "")))
                leads.update(set(query_terms(lead_paragraph(article.get("text") or ""))))
            for field_counts, weight in ((titles, weights["titles"]), (leads, weights["leads"])):
                for term, count in field_counts.items():
                    tf[term] += weight * (count / len(articles)) ** weights["share_exponent"]
        return cls(story, tf)


class NoStoryMatches(AftershockError):
    """A query that names no stored story; `closest` holds the nearest stories by spelling."""

    def __init__(self, query: str, closest: list[dict]):
        self.query, self.closest = query, closest
        hint = "; ".join(describe_candidate(c) for c in closest)
        super().__init__(f"no story matches {query!r}" + (
            f"; the closest stories: {hint} (pick one with --trigger ID)" if hint else ""))


def describe_candidate(candidate: Mapping) -> str:
    """'#10 "Headline" (2026-01-03, 10 articles, 7 outlets)'."""
    day = str(candidate.get("first_seen") or "")[:10]
    articles, outlets = candidate.get("n_articles") or 0, candidate.get("n_outlets") or 0
    return (f"#{candidate['id']} \"{candidate.get('headline') or ''}\" ({day}, "
            f"{articles} article{'s' * (articles != 1)}, {outlets} outlet{'s' * (outlets != 1)})")


def query_countries(query: str) -> set[str]:
    """ISO codes of the countries a query names (names, demonyms, capitals, leaders)."""
    from aftershock.coding.actors import countries_in
    return set(countries_in(query))


def _days(a: str, b: str) -> float:
    from datetime import datetime
    first = datetime.fromisoformat(str(a)).replace(tzinfo=None)
    second = datetime.fromisoformat(str(b)).replace(tzinfo=None)
    return (second - first).total_seconds() / 86400


def rank_stories(query: str, documents: list[StoryDocument], n_stories: int, knobs) -> list[dict]:
    """Candidates for the query, best first: each story's fields plus `score`, `relevance`
    (0..1 of the best), `coverage` (share of the query's idf weight it matches) and `matched`.
    `n_stories` is how many stories the store holds (for idf); `knobs` the [ripple] settings."""
    terms = list(dict.fromkeys(query_terms(query)))
    if not terms or not documents:
        return []
    rows = _relevance_rows(query, terms, documents, n_stories, knobs)
    if not rows:
        return []
    best = max(r["relevance"] for r in rows)
    strong = [r for r in rows if r["relevance"] >= knobs.trigger_strong_match * best]
    earliest = min(str(r["first_seen"]) for r in strong)
    most_outlets = max(int(r.get("n_outlets") or 0) for r in strong)
    for row in rows:
        row["relevance"] = round(row["relevance"] / best, 4)
        prior = _prior(row, earliest, most_outlets, knobs) if row in strong else 1.0
        row["prior"] = round(prior, 4)
        row["score"] = round(row["relevance"] * prior, 4)
    rows.sort(key=lambda r: (-r["score"], -r["relevance"], str(r["first_seen"]), r["id"]))
    return rows


def _relevance_rows(query: str, terms: list[str], documents: list[StoryDocument],
                    n_stories: int, knobs) -> list[dict]:
    """Each story matching a query term with its BM25-style relevance (times its coverage of
    the query's idf, less for countries the query does not name), `matched` and `coverage`."""
    n = max(n_stories, len(documents))
    df = Counter(t for doc in documents for t in terms if doc.tf.get(t))
    idf = {t: math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) for t in terms}
    total_idf = sum(idf.values())
    k1 = knobs.trigger_k1
    named = query_countries(query)
    rows = []
    for doc in documents:
        matched = [t for t in terms if doc.tf.get(t)]
        if not matched:
            continue
        coverage = sum(idf[t] for t in matched) / total_idf
        relevance = coverage * sum(idf[t] * doc.tf[t] * (k1 + 1) / (doc.tf[t] + k1)
                                   for t in matched)
        if named:  # a story of other countries too (a third party's reaction) fits less
            countries = set(doc.story.get("countries") or [])
            overlap = len(countries & named) / len(countries | named)
            relevance *= 1 - knobs.trigger_country_weight * (1 - overlap)
        rows.append({**doc.story, "relevance": relevance, "matched": matched,
                     "coverage": round(coverage, 4)})
    return rows


def _prior(row: dict, earliest: str, most_outlets: int, knobs) -> float:
    """A strong match's prior: more for more outlets, and for starting nearer the earliest
    strong match (the event itself, not its aftermath)."""
    prior = 1.0
    if most_outlets > 0:
        prior += knobs.trigger_outlet_weight * math.log1p(
            int(row.get("n_outlets") or 0)) / math.log1p(most_outlets)
    later = max(0.0, _days(earliest, row["first_seen"]))
    prior += knobs.trigger_first_weight * math.exp(-later / knobs.trigger_first_scale_days)
    return prior


def _trigrams(text: str) -> set[str]:
    padded = f"  {' '.join(query_terms(text))} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def closest_by_spelling(query: str, stories: list[Mapping], limit: int) -> list[dict]:
    """Stories whose headline and entities share most character trigrams with the query (for a
    query that matches no word: a misspelt name still finds its story)."""
    wanted = _trigrams(query)
    if not wanted:
        return []
    scored = []
    for story in stories:
        have = _trigrams(" ".join([story.get("headline") or "", *(story.get("entities") or [])]))
        overlap = len(wanted & have) / len(wanted)
        if overlap > 0:
            scored.append((overlap, int(story.get("n_outlets") or 0), story))
    scored.sort(key=lambda s: (-s[0], -s[1], s[2]["id"]))
    return [dict(s[2]) for s in scored[:limit]]


class DocumentCache:
    """Story documents' term frequencies by story id, kept with the stamp of the story row they
    were built from: its `updated_at` and article count (the story stage saves every story whose
    members change, and an article's title and text never change once stored), and the field
    weights. A stored story whose row still has that stamp reuses its document; any other is
    built again from its articles. At most `max_entries` documents, the least recently used
    dropped first. One thread builds at a time: readers searching together wait for the
    documents the first one builds rather than building them again each."""

    def __init__(self, max_entries: int = 50_000):
        self.max_entries = max_entries
        self._docs: OrderedDict[int, tuple[tuple, Counter]] = OrderedDict()
        self._lock = threading.Lock()  # guards _docs
        self._building = threading.Lock()

    @staticmethod
    def stamp(story: Mapping, weights: Mapping[str, float]) -> tuple:
        return (str(story.get("updated_at")), story.get("n_articles"),
                tuple(sorted(weights.items())))

    def _held(self, stories: list[Mapping], weights) -> tuple[dict, list[Mapping]]:
        found, missing = {}, []
        with self._lock:
            for story in stories:
                held = self._docs.get(story["id"])
                if held is not None and held[0] == self.stamp(story, weights):
                    self._docs.move_to_end(story["id"])
                    found[story["id"]] = held[1]
                else:
                    missing.append(story)
        return found, missing

    def documents(self, store, stories: list[Mapping], weights: Mapping[str, float]
                  ) -> list[StoryDocument]:
        """A StoryDocument for each story row, in order (built from the store's articles when
        not held for this version of the story)."""
        found, missing = self._held(stories, weights)
        if missing:
            with self._building:
                more, missing = self._held(missing, weights)  # built while this one waited
                found.update(more)
                members: dict = {}
                if missing:  # copies too: their titles differ
                    for article in store.articles(story_ids={s["id"] for s in missing}):
                        members.setdefault(article["story_id"], []).append(article)
                for story in missing:
                    doc = StoryDocument.build(story, members.get(story["id"], []), weights)
                    found[story["id"]] = doc.tf
                    with self._lock:
                        self._docs[story["id"]] = (self.stamp(story, weights), doc.tf)
                        self._docs.move_to_end(story["id"])
                        while len(self._docs) > self.max_entries:
                            self._docs.popitem(last=False)
        return [StoryDocument(story, found[story["id"]]) for story in stories]

    def clear(self) -> None:
        with self._lock:
            self._docs.clear()


def document_cache(store) -> DocumentCache:
    """The store's document cache (one per Store object, so per process and database)."""
    return store.__dict__.setdefault("_story_documents", DocumentCache())


def search_weights(knobs) -> dict[str, float]:
    return {"headline": knobs.trigger_headline_weight, "titles": knobs.trigger_title_weight,
            "leads": knobs.trigger_lead_weight, "entities": knobs.trigger_entity_weight,
            "share_exponent": knobs.trigger_share_exponent}


def search_stories(store, query: str, knobs, limit: int = 10) -> list[dict]:
    """Ranked candidate stories for a text query (see the module docstring), best first; the
    stories are read through the store: those holding any full-text match of the query, with
    their documents (DocumentCache: built from their articles once per version of the story).
    The ranking of a query asked before is reused while the articles and stories are unchanged
    (Store.cached_search)."""
    cached = getattr(store, "cached_search", None)
    if cached is None:
        return _search_stories(store, query, knobs, limit)
    return cached(("stories", query, limit, knobs),
                  lambda: _search_stories(store, query, knobs, limit))


def _search_stories(store, query: str, knobs, limit: int) -> list[dict]:
    words = query_words(query)
    story_ids = store.search_story_ids(" ".join(words), limit=knobs.trigger_search_articles,
                                       match="any") if words else set()
    if not story_ids:
        return []
    stories = store.stories(ids=story_ids)
    documents = document_cache(store).documents(store, stories, search_weights(knobs))
    return rank_stories(query, documents, store.count("stories"), knobs)[:limit]


def warm_documents(store, knobs, batch: int = 2000) -> int:
    """Build the documents of the most recently active stories, up to the cache's size, so the
    first searches after a start find them ready; how many are held."""
    from sqlalchemy import select

    from aftershock.store import schema as t
    cache = document_cache(store)
    with store.connect() as conn:
        ids = [r[0] for r in conn.execute(select(t.stories.c.id).order_by(
            t.stories.c.last_seen.desc(), t.stories.c.id.desc()).limit(cache.max_entries))]
    weights = search_weights(knobs)
    for start in range(0, len(ids), batch):
        cache.documents(store, store.stories(ids=ids[start:start + batch]), weights)
    return len(ids)


def query_words(query: str) -> list[str]:
    """The query's content words as written (what the full-text index is asked for)."""
    folded = _US.sub(" ", fold(query or ""))
    return [w for w in _TOKEN.findall(folded.lower()) if w not in STOPWORDS and len(w) > 2]


def resolve_story(store, query: str, knobs) -> tuple[dict, list[dict]]:
    """(the best story, the ranked candidates) for a text query; NoStoryMatches when the best
    covers less than [ripple] `trigger_min_coverage` of the query."""
    shown = max(knobs.trigger_candidates, 1) + 1
    candidates = search_stories(store, query, knobs, limit=max(shown, ORIGIN_CANDIDATES))
    if not candidates or candidates[0]["coverage"] < knobs.trigger_min_coverage:
        near = [c for c in candidates if c["coverage"] > 0][:knobs.trigger_candidates]
        if not near:
            near = closest_by_spelling(query, store.stories(), knobs.trigger_candidates)
        raise NoStoryMatches(query, near)
    origin = storyline_origin(store, candidates, knobs.trigger_origin_relevance)
    if origin is not candidates[0]:  # the happening the best match followed from
        origin = {**origin, "origin_of": candidates[0]["id"]}
        candidates = [origin, *(c for c in candidates if c["id"] != origin["id"])]
    return store.story(origin["id"]), candidates[:shown]


def storyline_origin(store, candidates: list[dict], min_relevance: float) -> dict:
    """The earliest candidate in the best candidate's storyline whose relevance reaches
    `min_relevance` (the best itself when it has no storyline, or none earlier qualifies)."""
    best = candidates[0]
    if min_relevance > 1:
        return best
    lines = store.storylines_of([c["id"] for c in candidates])
    line = lines.get(best["id"])
    if line is None:
        return best
    same = [c for c in candidates if lines.get(c["id"]) == line
            and (c is best or c["relevance"] >= min_relevance)]
    return min(same, key=lambda c: (str(c["first_seen"]), c is not best, c["id"]))
