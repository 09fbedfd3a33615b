"""Storylines: stories linked into the longer thread that holds a happening, its follow-ups and
its aftermath weeks later.

Each story becomes a profile (its words, headline words, names and countries, and when it ran).
Two stories run within a time window of each other are scored by a small logistic regression
over pair features: how alike their words, headlines and names are once weighted by how rare
each is among the stories, how many of their few most telling terms they share, and their
countries and names counted where those terms are shared too. Stories are then joined by
average link over those probabilities: a group takes in another only when its pairs agree on
average, so one loose link cannot chain two threads together. The model
ships as coefficients in a JSON file (`data/models/storylines.json`), retrained by
`bench/storylines.py`.
"""
from __future__ import annotations

import heapq
import json
import math
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from ..config import settings
from ..errors import AftershockError
from .features import named_entity_names, parse_published, to_days, word_tokens

MODEL_FORMAT = "aftershock-storyline-model"
MODEL_VERSION = 1
REBUILD = "python bench/storylines.py --train"
FEATURES = (
    "word_cosine",      # idf-weighted cosine of the stories' words (titles and texts)
    "title_cosine",     # the same over headline words only
    "name_overlap",     # idf-weighted share of the names both stories mention
    "key_terms_shared",  # share of each story's most telling terms the other holds
    "central_names",    # Jaccard share of the two stories' most mentioned names
    "rarest_shared_name",  # how rare the rarest name both mention is (idf over the stories)
    "countries_with_terms",  # Jaccard share of countries, times key_terms_shared
    "names_with_terms",  # name_overlap times key_terms_shared
)  # shared countries or names count most when telling terms are shared too: two stories of
#    one country are one thread no more often than any two stories. Time enters as a window
#    (max_gap_days), not a feature: within it, the gap did not help held out.


class StorylineModelError(AftershockError):
    """The storyline model file is missing, unreadable or built for other features."""


@dataclass
class StoryProfile:
    """What the storyline linker knows of one story."""

    key: str
    first_day: float | None
    last_day: float | None
    words: Counter = field(default_factory=Counter)
    title_words: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    countries: set[str] = field(default_factory=set)


def story_profile(key: str, docs: Iterable[dict], country_extractor=None) -> StoryProfile:
    """A story's profile from its member articles (dicts with title, text, published and the
    spaCy `entities` when known); its countries are every country `country_extractor` (text ->
    codes, e.g. coding.actors.countries_in) finds in any member."""
    profile = StoryProfile(key, None, None)
    days = []
    for doc in docs:
        title = doc.get("title") or ""
        profile.title_words.update(set(map(sys.intern, word_tokens(title))))
        text = title + " " + (doc.get("text") or "")
        # interned: thousands of profiles held at once share one copy of each word
        profile.words.update(map(sys.intern, word_tokens(text)))
        if country_extractor is not None:
            profile.countries.update(country_extractor(text))
        if doc.get("entities"):
            profile.names.update({n.lower() for n in named_entity_names(doc["entities"])})
        day = to_days(parse_published(doc.get("published")))
        if day is not None:
            days.append(day)
    if days:
        profile.first_day, profile.last_day = min(days), max(days)
    return profile


def _idf(bags: list[Iterable[str]]) -> dict[str, float]:
    counts = Counter(term for bag in bags for term in set(bag))
    n = len(bags)
    return {term: math.log((1 + n) / (1 + c)) + 1.0 for term, c in counts.items()}


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


@dataclass
class _Prepared:
    words: dict[str, float]
    titles: dict[str, float]
    names: dict[str, float]
    key_terms: set[str]
    central: set[str]
    top_idf: float


def _prepare(profiles: list[StoryProfile]) -> list[_Prepared]:
    word_idf = _idf([p.words for p in profiles])
    title_idf = _idf([p.title_words for p in profiles])
    name_idf = _idf([p.names for p in profiles])
    prepared = []
    for p in profiles:
        tfidf = {t: (1 + math.log(c)) * word_idf[t] for t, c in p.words.items()}
        key_terms = {t for t, _ in sorted(tfidf.items(), key=lambda kv: (-kv[1], kv[0]))
                     [:settings().stories.storyline_key_terms]}
        prepared.append(_Prepared(
            _unit(tfidf), _unit({t: (1 + math.log(c)) * title_idf[t]
                                 for t, c in p.title_words.items()}),
            {n: name_idf[n] for n in p.names}, key_terms,
            {n for n, _ in sorted(p.names.items(), key=lambda kv: (-kv[1], kv[0]))
             [:settings().stories.storyline_central_names]}, math.log(1 + len(profiles)) + 1.0))
    return prepared


def _gap_days(a: StoryProfile, b: StoryProfile) -> float | None:
    if a.first_day is None or b.first_day is None:
        return None
    return max(0.0, max(a.first_day, b.first_day) - min(a.last_day, b.last_day))


def _features(a: StoryProfile, b: StoryProfile, pa: _Prepared, pb: _Prepared) -> list[float]:
    shared_names = pa.names.keys() & pb.names.keys()
    name_total = sum(pa.names.values()) + sum(pb.names.values())
    names = 2 * sum(pa.names[n] for n in shared_names) / name_total if name_total else 0.0
    key = len(pa.key_terms & pb.words.keys()) + len(pb.key_terms & pa.words.keys())
    key_share = key / max(1, len(pa.key_terms) + len(pb.key_terms))
    central = len(pa.central & pb.central) / len(pa.central | pb.central) \
        if pa.central and pb.central else 0.0
    rarest = max((pa.names[n] for n in shared_names), default=0.0) / pa.top_idf
    union = a.countries | b.countries
    countries = len(a.countries & b.countries) / len(union) if union else 0.0
    return [_cosine(pa.words, pb.words), _cosine(pa.titles, pb.titles), names, key_share,
            central, rarest, countries * key_share, names * key_share]


def candidate_pairs(profiles: list[StoryProfile], prepared: list[_Prepared],
                    max_gap_days: float) -> list[tuple[int, int]]:
    """Pairs of stories run within `max_gap_days` of each other that share one of their most
    telling terms or most mentioned names (an inverted index, so the work grows with the
    matches, not with the square of the stories). A term held by more than [stories]
    `storyline_max_posting` stories tells nothing and opens no pair; each story keeps its
    `storyline_partners` partners sharing the most such terms (a pair stays when either side
    keeps it)."""
    knobs = settings().stories
    postings: dict[str, list[int]] = {}
    for index, p in enumerate(prepared):
        for term in p.key_terms | {f"name:{n}" for n in p.central}:
            postings.setdefault(term, []).append(index)
    shared: dict[tuple[int, int], int] = {}
    for members in postings.values():
        if len(members) > knobs.storyline_max_posting:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                gap = _gap_days(profiles[i], profiles[j])
                if gap is None or gap <= max_gap_days:
                    shared[(i, j)] = shared.get((i, j), 0) + 1
    partners: dict[int, list[tuple[int, int]]] = {}
    for (i, j), count in shared.items():
        partners.setdefault(i, []).append((-count, j))
        partners.setdefault(j, []).append((-count, i))
    kept = set()
    for i, ranked in partners.items():
        for _, j in sorted(ranked)[:knobs.storyline_partners]:
            kept.add((min(i, j), max(i, j)))
    return sorted(kept)


def pair_table(profiles: list[StoryProfile], max_gap_days: float
               ) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The candidate pairs of stories (`candidate_pairs`) and their features."""
    prepared = _prepare(profiles)
    pairs = candidate_pairs(profiles, prepared, max_gap_days)
    rows = [_features(profiles[i], profiles[j], prepared[i], prepared[j]) for i, j in pairs]
    return pairs, np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))


@dataclass(frozen=True)
class StorylineModel:
    """P(two stories are one storyline) = sigmoid(intercept + coefficients . features)."""

    intercept: float
    coefficients: tuple[float, ...]
    trained_on: str = ""

    def probabilities(self, table: np.ndarray) -> np.ndarray:
        if not len(table):
            return np.zeros(0)
        return 1.0 / (1.0 + np.exp(-(self.intercept + table @ np.array(self.coefficients))))

    def to_json(self) -> dict:
        return {"format": MODEL_FORMAT, "version": MODEL_VERSION, "features": list(FEATURES),
                "intercept": self.intercept, "coefficients": list(self.coefficients),
                "trained_on": self.trained_on}


def packaged_model_path() -> Path:
    return Path(str(resources.files("aftershock") / "data" / "models" / "storylines.json"))


def load_model(path: str | Path | None = None) -> StorylineModel:
    """The storyline model at `path` (default: the packaged one), with a clear error naming the
    file and how to rebuild it when it is missing, corrupt or made for other features."""
    path = Path(path) if path else packaged_model_path()
    fix = f"rebuild it with `{REBUILD}`"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StorylineModelError(f"storyline model file {path} is missing; {fix}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise StorylineModelError(f"storyline model file {path} is unreadable ({error}); "
                                  f"{fix}") from None
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT \
            or data.get("features") != list(FEATURES) \
            or len(data.get("coefficients") or ()) != len(FEATURES):
        raise StorylineModelError(f"storyline model file {path} is not a storyline model for "
                                  f"features {', '.join(FEATURES)}; {fix}")
    try:
        return StorylineModel(float(data["intercept"]),
                              tuple(float(c) for c in data["coefficients"]),
                              str(data.get("trained_on", "")))
    except (KeyError, TypeError, ValueError):
        raise StorylineModelError(f"storyline model file {path} has bad coefficients; "
                                  f"{fix}") from None


def average_link(n: int, pairs: list[tuple[int, int]], probabilities: np.ndarray,
                 threshold: float) -> list[int]:
    """Group `n` items by average link: repeatedly join the two groups whose mean pair
    probability (pairs not scored count as 0) is highest, while it reaches `threshold`.
    Returns a group index per item (the smallest item index in its group)."""
    size = [1] * n
    version = [0] * n
    links: list[dict[int, float]] = [{} for _ in range(n)]  # summed probability between groups
    for (i, j), p in zip(pairs, probabilities):
        if p > 0:
            links[i][j] = links[i].get(j, 0.0) + float(p)
            links[j][i] = links[j].get(i, 0.0) + float(p)
    heap = [(-total, i, j, 0, 0) for i in range(n) for j, total in links[i].items() if i < j]
    heapq.heapify(heap)
    parent = list(range(n))
    while heap:
        negative, a, b, va, vb = heapq.heappop(heap)
        if va != version[a] or vb != version[b]:
            continue  # a stale entry: one side has grown since
        if -negative < threshold:
            break
        keep, gone = min(a, b), max(a, b)
        parent[gone] = keep
        size[keep] += size[gone]
        version[keep] += 1
        version[gone] = -1
        for other, total in links[gone].items():
            links[other].pop(gone)
            if other != keep:
                links[keep][other] = links[keep].get(other, 0.0) + total
                links[other][keep] = links[keep][other]
        links[gone] = {}
        links[keep].pop(gone, None)
        for other, total in links[keep].items():
            low, high = min(keep, other), max(keep, other)
            heapq.heappush(heap, (-total / (size[keep] * size[other]), low, high,
                                  version[low], version[high]))
    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i
    return [root(i) for i in range(n)]


def link_storylines(profiles: list[StoryProfile], model: StorylineModel, threshold: float,
                    max_gap_days: float) -> dict[str, str]:
    """{story key: storyline key}; a storyline is named after its earliest story's key."""
    pairs, table = pair_table(profiles, max_gap_days)
    group = average_link(len(profiles), pairs, model.probabilities(table), threshold)
    by_group: dict[int, list[StoryProfile]] = {}
    for profile, g in zip(profiles, group):
        by_group.setdefault(g, []).append(profile)
    result = {}
    for stories in by_group.values():
        first = min(stories, key=lambda p: (p.first_day if p.first_day is not None
                                            else math.inf, p.key))
        for p in stories:
            result[p.key] = f"line-{first.key}"
    return result

