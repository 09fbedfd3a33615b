"""Watchlist rules: turn stories, anomalies and ripple reports into candidate alerts with evidence.

Three rules, each a pure function of what the store holds:
- new_story: a story with at least `min_conflict_events` conflict events (QuadClass 3-4) whose
  source or target is a watched country (or whose dyad is watched), optionally naming a keyword;
- anomaly: a day on a watched region or dyad series scoring at least `min_score` (robust z-score
  against the previous 14 days; counts fire on spikes, the Goldstein mean on swings either way);
- ripple: a stored ripple report into a watched region whose verdict is "detected".
Each candidate has a `ref` (what fires once), a `subject` (what a cooldown is counted on) and `at`,
the news time it happened, so replaying an archive and watching live behave the same.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from aftershock.gazetteer import Region, country_group, load_regions
from aftershock.ripple.verdict import ripple_verdict
from aftershock.signals.anomalies import detect_anomalies
from aftershock.signals.describe import describe_event
from aftershock.signals.series import dyad_key, dyad_series, region_series
from aftershock.text import find_terms
from aftershock.watch.spec import parse_when

MAX_EVIDENCE = 8


@dataclass
class Scope:
    """What one watchlist watches, resolved: countries, regions (as Region objects), dyads."""
    countries: frozenset[str]
    regions: list[Region]
    dyads: frozenset[str]
    keywords: list[str]

    def touches(self, event: Mapping) -> bool:
        return (event.get("source_country") in self.countries
                or event.get("target_country") in self.countries
                or dyad_key(event) in self.dyads)


def watch_scope(spec: Mapping) -> Scope:
    """Listed regions, plus, when a listed country lies outside them, the group of every listed
    country (a real region any page resolves: slug "countries-jpn-kor-prk", named by its
    countries; never a region named after the watchlist)."""
    known = load_regions()
    regions = [known[slug] for slug in spec.get("regions") or [] if slug in known]
    covered = {c for r in regions for c in r.countries}
    listed = list(spec.get("countries") or [])
    loose = [c for c in listed if c not in covered]
    if loose:
        group = country_group(listed)
        if group.slug not in {r.slug for r in regions}:
            regions.append(group)
    countries = frozenset(covered | set(loose))
    return Scope(countries=countries, regions=regions, dyads=frozenset(spec.get("dyads") or []),
                 keywords=list(spec.get("keywords") or []))


@dataclass
class Candidate:
    rule: str
    ref: str
    subject: str
    at: datetime
    title: str
    summary: str
    evidence: list[dict] = field(default_factory=list)
    links: dict = field(default_factory=dict)

    def payload(self, watchlist: str) -> dict:
        return {"watchlist": watchlist, "rule": self.rule, "ref": self.ref,
                "subject": self.subject, "at": self.at.isoformat(), "title": self.title,
                "summary": self.summary, "evidence": self.evidence, "links": self.links}


def event_evidence(event: Mapping, article: Mapping | None, why: str) -> dict:
    return {"article_id": event.get("article_id"), "event_id": event.get("id"),
            "url": article.get("url") if article else None,
            "outlet": article.get("source") if article else None,
            "title": article.get("title") if article else None,
            "date": str(event.get("date") or "")[:10], "sentence": event.get("sentence"),
            "why": why}


def _after(moment: datetime, since: datetime | None) -> bool:
    return since is None or moment >= since


def story_candidates(scope: Scope, settings: Mapping, stories: Iterable[Mapping],
                     events_by_story: Mapping, articles: Mapping,
                     since: datetime | None = None) -> list[Candidate]:
    candidates = []
    for story in stories:
        first_seen = parse_when(story["first_seen"])
        if not _after(first_seen, since) or story.get("n_articles", 0) < settings["min_articles"]:
            continue
        conflict = [e for e in events_by_story.get(story["id"], [])
                    if int(e.get("quad") or 0) >= 3 and scope.touches(e)]
        if len(conflict) < settings["min_conflict_events"]:
            continue
        if scope.keywords and not _names_keywords(scope, story, conflict, articles):
            continue
        candidates.append(_new_story_candidate(scope, story, first_seen, conflict, articles))
    return candidates


def _names_keywords(scope: Scope, story: Mapping, conflict: list[Mapping],
                    articles: Mapping) -> bool:
    """Whether the story's headline, its conflict events' sentences or their articles' titles
    name a watched keyword."""
    texts = [story.get("headline") or ""] + [e.get("sentence") or "" for e in conflict]
    texts += [(articles.get(e.get("article_id")) or {}).get("title") or "" for e in conflict]
    return bool(find_terms("\n".join(texts), scope.keywords))


def _new_story_candidate(scope: Scope, story: Mapping, first_seen: datetime,
                         conflict: list[Mapping], articles: Mapping) -> Candidate:
    """The new-story alert: the watched countries and dyads its conflict events involve, the
    gravest events as evidence."""
    involved = sorted({c for e in conflict for c in (e.get("source_country"),
                                                     e.get("target_country"))
                       if c in scope.countries} | {dyad_key(e) for e in conflict
                                                   if dyad_key(e) in scope.dyads})
    conflict.sort(key=lambda e: (float(e.get("goldstein") or 0.0), e.get("id") or 0))
    evidence = [event_evidence(e, articles.get(e.get("article_id")),
                               f"conflict event: {describe_event(e)}")
                for e in conflict[:MAX_EVIDENCE]]
    return Candidate(
        rule="new_story", ref=f"story:{story['id']}", subject="+".join(involved),
        at=first_seen, title=f"New story: {story.get('headline')}",
        summary=(f"{len(conflict)} conflict event(s) involving {', '.join(involved)} in "
                 f"{story.get('n_articles')} article(s) from {story.get('n_outlets')} "
                 f"outlet(s)"),
        evidence=evidence, links={"story_id": story["id"]})


def _shown(value, digits: int = 2) -> str:
    """A number as an alert states it: at most `digits` decimals, no trailing zeros."""
    return f"{float(value):.{digits}f}".rstrip("0").rstrip(".")


def anomaly_candidates(scope: Scope, settings: Mapping, events: list[Mapping],
                       articles: Mapping, since: datetime | None = None) -> list[Candidate]:
    rows = region_series(events, scope.regions) if scope.regions else []
    if scope.dyads:
        rows += [r for r in dyad_series(events) if r["key"] in scope.dyads]
    found = detect_anomalies(rows, events, min_score=settings["min_score"], regions=scope.regions)
    by_id = {e.get("id"): e for e in events}
    names = {r.slug: r.name for r in scope.regions}
    candidates = []
    for anomaly in found:
        day = parse_when(anomaly["date"])
        if anomaly["metric"] not in settings["metrics"] or not _after(day, since):
            continue
        label = names.get(anomaly["key"], anomaly["key"])
        what = "events" if anomaly["metric"] == "count" else "mean Goldstein score"
        day_events = [by_id[i] for i in anomaly["event_ids"] if i in by_id]
        candidates.append(Candidate(
            rule="anomaly", ref=f"{anomaly['kind']}:{anomaly['key']}:{anomaly['date']}:"
                                f"{anomaly['metric']}",
            subject=f"{anomaly['kind']}:{anomaly['key']}:{anomaly['metric']}", at=day,
            title=f"Anomaly in {label} on {anomaly['date']}: {what} {_shown(anomaly['value'])} "
                  f"(baseline {_shown(anomaly['baseline'])})",
            summary=(f"{what} {_shown(anomaly['value'])} against a baseline of "
                     f"{_shown(anomaly['baseline'])}; robust score {_shown(anomaly['score'], 1)} "
                     f"(threshold {settings['min_score']:g})"),
            evidence=[event_evidence(e, articles.get(e.get("article_id")),
                                     f"event that day: {describe_event(e)}")
                      for e in day_events[:MAX_EVIDENCE]],
            links={"series": {"kind": anomaly["kind"], "key": anomaly["key"]},
                   "score": anomaly["score"], "event_ids": anomaly["event_ids"]}))
    return candidates


def ripple_candidates(scope: Scope, ripples: Iterable[Mapping],
                      since: datetime | None = None) -> list[Candidate]:
    """Detected ripples into a watched region; `ripples` are stored rows with their report."""
    slugs = {r.slug for r in scope.regions}
    candidates = []
    for row in ripples:
        report = row["report"]
        region = report.get("region") or {}
        if region.get("slug") not in slugs:
            continue
        verdict = report.get("verdict") or ripple_verdict(report)
        trigger = report.get("trigger") or {}
        at = parse_when(trigger.get("first_seen") or row["created_at"])
        if not verdict["detected"] or not _after(at, since):
            continue
        candidates.append(_ripple_candidate(row, verdict, at))
    return candidates


def _ripple_candidate(row: Mapping, verdict: Mapping, at: datetime) -> Candidate:
    """The ripple alert: the verdict's reason with up to three of its reactions, the report's
    top evidence."""
    report = row["report"]
    region = report.get("region") or {}
    trigger = report.get("trigger") or {}
    reactions = [r for r in report.get("reactions") or []
                 if r.get("event_id") in set(verdict.get("event_ids") or [])]
    examples = list(dict.fromkeys(r["summary"] for r in reactions if r.get("summary")))
    evidence = [{k: item.get(k) for k in ("article_id", "event_id", "url", "outlet", "title",
                                          "date", "sentence", "why")}
                for item in (report.get("evidence") or [])[:MAX_EVIDENCE]]
    return Candidate(
        rule="ripple", ref=f"ripple:{trigger.get('story_id')}:{region.get('slug')}",
        subject=f"region:{region.get('slug')}", at=at,
        title=f"Ripple into {region.get('name')}: {trigger.get('headline')}",
        summary=(f"{verdict['reason']}; e.g. " + "; ".join(examples[:3])) if examples
        else verdict["reason"],
        evidence=evidence,
        links={"ripple_id": row.get("id") or report.get("id"),
               "trigger_story_id": trigger.get("story_id"), "region": region.get("slug")})
