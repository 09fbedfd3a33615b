"""Shared machinery for writing briefs: candidate sentences per article, citing and section
assembly."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from aftershock.briefs.highlights import corroborating_articles, event_highlight_text
from aftershock.briefs.select import repeats, select_sentences
from aftershock.briefs.sentences import article_candidates, is_dangling
from aftershock.briefs.sources import SourceList
from aftershock.config import settings
from aftershock.gazetteer import country_terms
from aftershock.ripple.corpus import articles_by_id, canonical_id, unfolded_events
from aftershock.text import find_terms, strip_dateline

STRONG_WATCH_CUES = re.compile(
    r"\b(analysts?|expected to|warned|warns|warning|threaten\w*|vow\w*|plans? to|intends? to|"
    r"prepar\w+ to|observers?|experts?|next (?:week|month|year))\b", re.IGNORECASE)
WEAK_WATCH_CUES = re.compile(r"\b(could|likely|may|might|will|would)\b", re.IGNORECASE)
WATCH_ROOTS = frozenset({"13", "03"})


class BriefWriter:
    """Holds the corpus for one brief, the numbered sources and everything said so far."""

    def __init__(self, articles: Iterable[Mapping], events: Iterable[Mapping]):
        self.articles = articles_by_id(articles)
        self.sources = SourceList(self.articles)
        self.events = unfolded_events(events, self.articles)
        self.events_by_article: dict[object, list[Mapping]] = defaultdict(list)
        for event in self.events:
            self.events_by_article[canonical_id(event.get("article_id"), self.articles)].append(
                event
            )
        # (first day, last day) of the brief's window, ISO dates: an article published after
        # it is not cited for an act (set by the ripple brief)
        self.window: tuple[str, str] | None = None
        self.said: list[str] = []  # section sentences: nothing is said twice in the body
        self.highlighted: list[str] = []  # highlights summarise the body, so are kept apart
        self._cache: dict[object, list[dict]] = {}

    # -- candidates -------------------------------------------------------------------------
    def canonical_ids(self, article_ids: Iterable) -> list:
        ids = []
        for article_id in article_ids:
            original = canonical_id(article_id, self.articles)
            if original in self.articles and original not in ids:
                ids.append(original)
        return ids

    def candidates(self, article_ids: Iterable) -> list[dict]:
        found = []
        for article_id in self.canonical_ids(article_ids):
            if article_id not in self._cache:
                self._cache[article_id] = article_candidates(
                    self.articles[article_id], self.events_by_article.get(article_id, []))
            found.extend(dict(c) for c in self._cache[article_id])
        return found

    def event_candidate(self, event: Mapping) -> dict | None:
        """A candidate built from the coder's own sentence (used when the article text lacks it)."""
        article_id = canonical_id(event.get("article_id"), self.articles)
        text = strip_dateline(event.get("sentence") or "").strip()
        if article_id not in self.articles or not text or is_dangling(text):
            return None
        return {"text": text, "original": text, "repair": "ok", "article_id": article_id,
                "date": str(event.get("date") or "")[:10] or None, "position": (0, 0),
                "published": self.articles[article_id].get("published") or "",
                "events": [event], "countries": [c for c in (event.get("source_country"),
                                                               event.get("target_country")) if c]}

    def unsaid(self, candidates: Iterable[dict]) -> list[dict]:
        said = {s.strip().lower() for s in self.said}
        return [c for c in candidates if c["text"].strip().lower() not in said]

    # -- citing ---------------------------------------------------------------------------------
    def published(self, article_id) -> str:
        """When an article (its original, for a copy) came out, as an ISO string."""
        article = self.articles.get(self.sources.canonical(article_id)) or {}
        return str(article.get("published") or "")

    def reports(self, article_id, act_day: str | None) -> bool:
        """Whether an article may be cited for an act of `act_day`: it came out on or after
        that day (a report cannot precede its act) and within the brief's window."""
        day = self.published(article_id)[:10]
        if not day:
            return True
        if act_day and day < act_day[:10]:
            return False
        return self.window is None or day <= self.window[1]

    def sentence(self, text: str, article_ids: Iterable, date: str | None,
                 event_ids: Iterable = (), quote: str | None = None,
                 remember: bool = True) -> dict | None:
        """A cited sentence; `quote` is the source sentence it was written from (first citation)."""
        numbers, cited = [], []
        for article_id in article_ids:
            number = self.sources.cite(article_id)
            if number is not None and number not in numbers:
                numbers.append(number)
                cited.append(self.sources.canonical(article_id))
        if not numbers:
            return None
        (self.said if remember else self.highlighted).append(text)
        item = {"text": text, "citations": numbers, "article_id": cited[0], "date": date,
                "event_ids": [e for e in event_ids if e is not None]}
        if quote:
            item["quote"] = quote
        return item

    def highlight(self, event: Mapping, events: Iterable[Mapping]) -> dict | None:
        """A highlight rewritten from a coded event's own clause, citing its article first and
        up to two others reporting the same act; None when no faithful clause can be written."""
        text = event_highlight_text(event)
        if text is None or is_dangling(text) \
                or any(repeats(text, earlier) for earlier in self.highlighted):
            return None  # a highlight stands alone: no opening pronoun without its antecedent
        if not self.reports(event.get("article_id"), str(event.get("date") or "")[:10]):
            return None
        cited = corroborating_articles(event, events, self.sources.canonical,
                                       published=self.published, reports=self.reports)
        return self.sentence(text, cited, str(event.get("date") or "")[:10] or None,
                             [event.get("id")], quote=strip_dateline(event.get("sentence") or ""),
                             remember=False)

    def cite_candidates(self, picked: Iterable[dict]) -> list[dict]:
        sentences = []
        for candidate in picked:
            sentence = self.sentence(
                candidate["text"],
                [candidate["article_id"]],
                candidate.get("date"),
                [e.get("id") for e in candidate.get("events") or []],
                quote=candidate.get("original") if candidate.get("repair") != "ok" else None,
            )
            if sentence:
                sentences.append(sentence)
        return sentences

    def choose(
        self, candidates: list[dict], limit: int, coverage_weight: float = 1.0
    ) -> list[dict]:
        """Select with MMR against everything said so far and cite the result."""
        picked = select_sentences(self.unsaid(candidates), limit, already_said=self.said,
                                  coverage_weight=coverage_weight)
        return self.cite_candidates(picked)

    # -- sections -------------------------------------------------------------------------------
    def watch_candidates(self, article_ids: Iterable) -> list[dict]:
        """Threats, intentions and analysts' expectations: CAMEO 13/03 or forward-looking
        phrases. Firm ones (which others only fill in for) have a strong cue, or a threat or
        intent the sentence words as ahead (a modal such as "will"): a coded intent in a
        sentence with no word about the future is mostly praise or a report of the past."""
        chosen = []
        weights = settings().brief_weights
        for candidate in self.candidates(article_ids):
            roots = {str(e.get("root") or "") for e in candidate["events"]}
            strong = bool(STRONG_WATCH_CUES.search(candidate["text"]))
            weak = bool(WEAK_WATCH_CUES.search(candidate["text"]))
            if not (roots & WATCH_ROOTS or strong or weak):
                continue
            candidate["bonus"] = (weights.watch_root * bool(roots & WATCH_ROOTS)
                                  + weights.watch_strong_cue * strong
                                  + weights.watch_weak_cue * weak
                                  + weights.watch_root_and_weak
                                  * bool(roots & WATCH_ROOTS and weak))
            chosen.append(candidate)
        firm = [c for c in chosen if c["bonus"] >= weights.watch_firm]
        return firm if len(firm) >= 3 else chosen  # "could"/"may" alone only when little else


def mentions_any(text: str, terms: Iterable[str]) -> bool:
    return bool(find_terms(text, terms))


def region_terms(countries: Iterable[str]) -> list[str]:
    return [term for code in countries for term in country_terms(code)]


def section(title: str, paragraphs: list[dict]) -> dict | None:
    paragraphs = [p for p in paragraphs if p.get("sentences")]
    return {"title": title, "paragraphs": paragraphs} if paragraphs else None
