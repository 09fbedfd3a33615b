"""Cheap per-article signals for story clustering: words, entity-like names, numbers and dates."""
from __future__ import annotations

import math
import re
import zlib
from datetime import UTC, datetime, timedelta

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from aftershock.text import lead_sentence, name_runs
from aftershock.text.names import POSSESSIVE_ENDINGS

# Tokens that carry no topical information in news copy (web furniture and reporting verbs).
NEWS_STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    {
        "http", "https", "www", "com", "html", "htm", "php", "org", "net", "aspx", "said",
        "says", "say", "told", "according", "reported", "report", "reports", "news", "article",
        "posted", "published", "updated", "mr", "mrs", "ms", "just", "like", "new", "year",
        "years", "time", "day", "week", "people", "s", "t",
    }
)

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_WORD_PATTERN = re.compile(r"[a-z0-9][a-z0-9'’\-]*[a-z0-9]|[a-z]")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY_PATTERN = re.compile(
    rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d))?",
    re.IGNORECASE,
)
_DAY_MONTH_PATTERN = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_NAMES})\b", re.IGNORECASE)
_WEEKDAY_PATTERN = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_YEAR_PATTERN = re.compile(r"\b((?:19|20)\d\d)\b")
_NUMBER_PATTERN = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w])")

# Words trimmed off the start of a run of capitals: function words, months and weekdays.
_LEADING_NOISE = (frozenset(ENGLISH_STOP_WORDS) - {"first", "former"}) | frozenset(MONTHS) \
    | frozenset(WEEKDAYS)


def stable_hash(term: str, dim: int) -> int:
    """Hash a term into [0, dim) the same way in every process (unlike the salted built-in hash)."""
    return zlib.crc32(term.encode("utf-8")) % dim


def word_tokens(text: str) -> list[str]:
    """Lower-cased content words of a text, stop words and bare short numbers removed."""
    tokens = []
    for token in _WORD_PATTERN.findall(text.lower()):
        token = token.replace("’", "'")
        token = token.removesuffix("'s")
        if len(token) < 2 or token in NEWS_STOP_WORDS or token.isdigit():
            continue
        tokens.append(token)
    return tokens


def parse_published(value) -> datetime | None:
    """Turn an ISO 8601 string or datetime into an aware UTC datetime; None when absent or bad."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value).strip()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def to_days(moment: datetime | None) -> float | None:
    """Days since the Unix epoch, the clock the clusterer does its time arithmetic in."""
    return None if moment is None else moment.timestamp() / 86400.0


def extract_names(text: str) -> list[str]:
    """Capitalised single and multi-word names ("Tara Reid", "Gulf of Aden"), in text order
    (aftershock.text.name_runs with the clusterer's stop words)."""
    return name_runs(text, stop_words=NEWS_STOP_WORDS, leading_noise=_LEADING_NOISE)


def _resolve_weekday(weekday: str, published: datetime) -> datetime:
    """Most recent date on or before publication that falls on the named weekday."""
    target = WEEKDAYS.index(weekday.lower())
    back = (published.weekday() - target) % 7
    return published - timedelta(days=back)


def extract_time_terms(text: str, published: datetime | None) -> list[str]:
    """Dates the text mentions, normalised to month-day terms; weekdays resolved when dated."""
    terms = []
    for month, day, year in _MONTH_DAY_PATTERN.findall(text):
        day_number = int(day)
        if 1 <= day_number <= 31:
            terms.append(f"date:{MONTHS[month.lower()]:02d}-{day_number:02d}")
    for day, month in _DAY_MONTH_PATTERN.findall(text):
        day_number = int(day)
        if 1 <= day_number <= 31:
            terms.append(f"date:{MONTHS[month.lower()]:02d}-{day_number:02d}")
    if published is not None:
        for weekday in _WEEKDAY_PATTERN.findall(text):
            resolved = _resolve_weekday(weekday, published)
            terms.append(f"date:{resolved.month:02d}-{resolved.day:02d}")
    terms.extend(f"year:{year}" for year in _YEAR_PATTERN.findall(text))
    return terms


def extract_numbers(text: str) -> list[str]:
    """Numbers worth matching on (magnitudes, tolls, counts); single digits and years skipped."""
    terms = []
    for number in _NUMBER_PATTERN.findall(text):
        plain = number.replace(",", "")
        if len(plain) < 2 and "." not in plain:
            continue
        if _YEAR_PATTERN.fullmatch(plain):
            continue
        terms.append(f"num:{plain}")
    return terms


# spaCy entity labels that name someone or something (dates and numbers come from patterns).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW",
                         "PRODUCT", "WORK_OF_ART"})
_ARTICLES = ("the ", "a ", "an ")


def clean_entity_name(text: str) -> str:
    """An entity span as a name: no leading article, no possessive, single spaces."""
    name = " ".join(text.split()).strip(" .,;:'\"“”‘’()[]-")
    lowered = name.lower()
    for article in _ARTICLES:
        if lowered.startswith(article):
            name = name[len(article):]
            break
    for ending in POSSESSIVE_ENDINGS:
        name = name.removesuffix(ending)
    return name


def entity_terms(text: str, published: datetime | None,
                 named: list | None = None) -> tuple[list[str], list[str]]:
    """Normalised entity terms for matching, plus the display names they came from.

    `named` holds the article's spaCy entities ([text, label] pairs, coding/named_entities.py);
    without them, runs of capitalised words stand in for names. Dates and numbers always come
    from the text's own patterns.
    """
    names = extract_names(text) if named is None else named_entity_names(named)
    terms = []
    for name in names:
        lowered = name.lower()
        terms.append(f"name:{lowered}")
        parts = lowered.split()
        if len(parts) > 1:
            terms.append(f"name:{parts[-1]}")
    terms.extend(extract_time_terms(text, published))
    terms.extend(extract_numbers(text))
    return terms, names


def named_entity_names(named: list) -> list[str]:
    """The names among spaCy entities (people, places, organisations, groups...), cleaned."""
    names = []
    for item in named:
        if not isinstance(item, (list, tuple)) or len(item) != 2:
            continue
        span, label = item
        if label not in NAME_LABELS or not isinstance(span, str):
            continue
        name = clean_entity_name(span)
        if len(name) >= 2 and any(ch.isalpha() for ch in name):
            names.append(name)
    return names


def lead_country(title: str | None, body: str, published: datetime | None,
                 actor_finder, dateline_finder=None) -> str | None:
    """Country of the first actor named in the lede (or, when it names none, in the title);
    None when that actor has no country or no actor is named.

    News ledes open with who acted ("North Korea's foreign ministry condemned ..."), so this
    tells two stories apart that name the same countries in different roles. `actor_finder`
    is the actor dictionary's `find(text, date)`, whose mentions carry a `country`. When the
    lede opens with a body that has no country of its own ("A group of senators urged ...",
    "Police said ...") and `dateline_finder` (the dictionary's `dateline_country`) finds the
    country of the body's dateline ("WASHINGTON —"), that country leads. A place that is not
    a capital ("Alexandria-bound", "in Izmail") locates an event but never acts (the actor
    dictionary codes it as a place, left out of the countries an article names), so it does not
    lead: the first other actor does.
    """
    day = published.date().isoformat() if published is not None else None
    lede = lead_sentence(body)
    for text in (lede, title or ""):
        actors = [actor for actor in (actor_finder(text, day) if text else [])
                  if getattr(actor, "kind", None) != "place"]
        if actors:  # the first actor leads, even one without a country ("Police said ...")
            first = actors[0]
            country = getattr(first, "country", None)
            if not country and text is lede and dateline_finder is not None \
                    and getattr(first, "kind", None) == "sector":
                country = dateline_finder(body)
            return country or None
    return None


# Characters of body text, after the title, searched for the countries an article is about.
LEAD_CHARS = 400


def countries_and_lead(doc: dict, title: str | None, body: str, published: datetime | None,
                       country_extractor, actor_finder,
                       dateline_finder=None) -> tuple[set[str], str | None, str | None]:
    """The countries an article is about (given as `countries`, or found by `country_extractor`
    in its headline and lead), the country of its leading actor (`lead_country`) and the
    country of its dateline (by `dateline_finder`)."""
    if doc.get("countries") is not None:
        countries = set(doc["countries"])
    elif country_extractor is not None:
        # Where the event happened is in the headline and the lead; later paragraphs
        # name every country that reacted or was compared, which blurs the evidence.
        countries = set(country_extractor(f"{title or ''}.\n{body[:LEAD_CHARS]}"))
    else:
        countries = set()
    lead = lead_country(title, body, published, actor_finder, dateline_finder) \
        if actor_finder else None
    dateline = dateline_finder(body) if dateline_finder is not None else None
    return countries, lead, dateline


# Terms whose hash is remembered; the cache is emptied when full, so memory stays bounded.
HASH_CACHE_SIZE = 200_000


class RunningTfidf:
    """TF-IDF over a hashed vocabulary whose document frequencies follow the stream."""

    def __init__(self, dim: int = 2**20, half_life_docs: float | None = 200_000):
        self.dim = dim
        self.document_frequency = np.zeros(dim, dtype=np.float64)
        self.n_documents = 0.0
        self.half_life_docs = half_life_docs
        self._since_decay = 0
        self._hashes: dict[str, int] = {}

    def _hash(self, term: str) -> int:
        index = self._hashes.get(term)
        if index is None:
            if len(self._hashes) >= HASH_CACHE_SIZE:  # a long stream keeps meeting new names
                self._hashes.clear()
            index = self._hashes[term] = stable_hash(term, self.dim)
        return index

    def term_counts(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Sorted unique hashed indices and sublinear, unit-length term weights."""
        if not terms:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        hashed = np.fromiter(map(self._hash, terms), dtype=np.int64, count=len(terms))
        indices, counts = np.unique(hashed, return_counts=True)
        weights = 1.0 + np.log(counts.astype(np.float64))
        return indices, weights / np.linalg.norm(weights)

    def observe(self, indices: np.ndarray) -> None:
        """Count one document containing these terms; halve old counts every half-life."""
        self.document_frequency[indices] += 1.0
        self.n_documents += 1.0
        self._since_decay += 1
        if self.half_life_docs and self._since_decay >= self.half_life_docs:
            self.document_frequency *= 0.5
            self.n_documents *= 0.5
            self._since_decay = 0

    def idf(self, indices: np.ndarray) -> np.ndarray:
        return np.log((1.0 + self.n_documents) / (1.0 + self.document_frequency[indices])) + 1.0


def weighted_unit(indices: np.ndarray, weights: np.ndarray, space: RunningTfidf) -> np.ndarray:
    """Apply current IDF to term weights and scale to unit length (zeros stay zeros)."""
    values = weights * space.idf(indices)
    norm = math.sqrt(float(values @ values)) if len(values) else 0.0
    return values / norm if norm > 0 else values


def sparse_dot(a_idx, a_val, b_idx, b_val) -> float:
    """Dot product of two sparse vectors given as sorted index/value arrays."""
    if len(a_idx) == 0 or len(b_idx) == 0:
        return 0.0
    common, a_pos, b_pos = np.intersect1d(a_idx, b_idx, assume_unique=True, return_indices=True)
    if len(common) == 0:
        return 0.0
    return float(a_val[a_pos] @ b_val[b_pos])


class DenseProbe:
    """One sparse vector spread into a reusable dense array, for fast dots against many others."""

    def __init__(self, dim: int):
        self.values = np.zeros(dim)
        self._loaded = np.zeros(0, dtype=np.int64)

    def load(self, indices: np.ndarray, values: np.ndarray) -> bool:
        """Replace the held vector; returns whether it has any terms."""
        self.values[self._loaded] = 0.0
        self.values[indices] = values
        self._loaded = indices
        return len(indices) > 0
