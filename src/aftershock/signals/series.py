"""Daily event series per ordered dyad, per country and per region, zero-filled within each span.

Each row counts one day of one series: events by GDELT QuadClass (q1..q4), the Goldstein sum and
mean, the conflict share (QuadClass 3 and 4 over all events) and `share_of_day`, the series' events
over all events coded that day (GDELT-style normalisation against changing news volume).

Conventions:
- A dyad is ordered: "PRK>USA" holds events whose source country is PRK and target country is USA.
  Events without a source or target country have no dyad; they still count in country and region
  series. A country acting on itself ("KOR>KOR", domestic events) is a dyad like any other.
- A region series holds the events whose source or target country is in the region (an event
  inside the region counts once).
- Days without events inside a series' span are zero rows (goldstein_mean and conflict_share are
  0.0 there too; anomaly detection ignores such days for the mean-based metrics).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from aftershock.gazetteer import Region


def as_date(value: str | date) -> date:
    """Parse "YYYY-MM-DD" (or the date part of an ISO timestamp) into a date."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def current_events(events: Iterable[Mapping], recollection_days: int) -> list[Mapping]:
    """The events that are news: those dated no more than `recollection_days` before the article
    that reports them ("...invaded Kuwait in 1990" in a 2026 article is history, which belongs
    on the event's page but not in today's daily series). Events without an article date stay."""
    kept = []
    for event in events:
        published, day = event.get("article_published"), event.get("date")
        if published and day and (as_date(published) - as_date(day)).days > recollection_days:
            continue
        kept.append(event)
    return kept


def day_range(start: date, end: date) -> list[date]:
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def dyad_key(event: Mapping) -> str | None:
    """"SRC>TGT" for an event with both a source and a target country, else None."""
    source, target = event.get("source_country"), event.get("target_country")
    if not source or not target:
        return None
    return f"{source}>{target}"


def _regions_list(regions: Mapping[str, Region] | Iterable[Region]) -> list[Region]:
    if isinstance(regions, Region):
        return [regions]
    if isinstance(regions, Mapping):
        return list(regions.values())
    return list(regions)


def region_has_event(region: Region, event: Mapping) -> bool:
    return region.contains(event.get("source_country")) or region.contains(
        event.get("target_country")
    )


def _in_span(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _day_totals(events: Iterable[Mapping]) -> dict[date, int]:
    totals: dict[date, int] = defaultdict(int)
    for event in events:
        totals[as_date(event["date"])] += 1
    return totals


def _empty_row(key: str, kind: str, day: date) -> dict:
    return {
        "key": key, "kind": kind, "date": day.isoformat(), "n": 0, "q1": 0, "q2": 0, "q3": 0,
        "q4": 0, "goldstein_sum": 0.0, "goldstein_mean": 0.0, "conflict_share": 0.0,
        "share_of_day": 0.0,
    }


def _series_rows(
    grouped: Mapping[str, list[Mapping]],
    kind: str,
    day_totals: Mapping[date, int],
    start: date | None,
    end: date | None,
) -> list[dict]:
    rows: list[dict] = []
    for key in sorted(grouped):
        by_day: dict[date, list[Mapping]] = defaultdict(list)
        for event in grouped[key]:
            by_day[as_date(event["date"])].append(event)
        if not by_day:
            continue
        first = start or min(by_day)
        last = end or max(by_day)
        for day in day_range(first, last):
            row = _empty_row(key, kind, day)
            day_events = by_day.get(day, [])
            if day_events:
                for event in day_events:
                    quad = int(event.get("quad") or 0)
                    if 1 <= quad <= 4:
                        row[f"q{quad}"] += 1
                    row["goldstein_sum"] += float(event.get("goldstein") or 0.0)
                n = len(day_events)
                row["n"] = n
                row["goldstein_sum"] = round(row["goldstein_sum"], 4)
                row["goldstein_mean"] = round(row["goldstein_sum"] / n, 4)
                row["conflict_share"] = round((row["q3"] + row["q4"]) / n, 4)
                total = day_totals.get(day, 0)
                row["share_of_day"] = round(n / total, 4) if total else 0.0
            rows.append(row)
    return rows


def _prepare(events: Iterable[Mapping], start, end):
    events = list(events)
    start = as_date(start) if start else None
    end = as_date(end) if end else None
    totals = _day_totals(events)
    kept = [e for e in events if e.get("date") and _in_span(as_date(e["date"]), start, end)]
    return kept, totals, start, end


def dyad_series(
    events: Iterable[Mapping], start: str | date | None = None, end: str | date | None = None
) -> list[dict]:
    """Daily rows per ordered dyad ("PRK>USA"), kind "dyad"; optional start/end fix the span."""
    kept, totals, start, end = _prepare(events, start, end)
    grouped: dict[str, list[Mapping]] = defaultdict(list)
    for event in kept:
        key = dyad_key(event)
        if key:
            grouped[key].append(event)
    return _series_rows(grouped, "dyad", totals, start, end)


def country_series(
    events: Iterable[Mapping], start: str | date | None = None, end: str | date | None = None
) -> list[dict]:
    """Daily rows per country (events where it is source or target), kind "country"."""
    kept, totals, start, end = _prepare(events, start, end)
    grouped: dict[str, list[Mapping]] = defaultdict(list)
    for event in kept:
        for code in {event.get("source_country"), event.get("target_country")} - {None, ""}:
            grouped[code].append(event)
    return _series_rows(grouped, "country", totals, start, end)


def region_series(
    events: Iterable[Mapping],
    regions: Mapping[str, Region] | Iterable[Region],
    start: str | date | None = None,
    end: str | date | None = None,
) -> list[dict]:
    """Daily rows per region (events with source or target in it), kind "region", key = slug."""
    kept, totals, start, end = _prepare(events, start, end)
    grouped: dict[str, list[Mapping]] = {}
    for region in _regions_list(regions):
        grouped[region.slug] = [e for e in kept if region_has_event(region, e)]
    return _series_rows(grouped, "region", totals, start, end)


def series_events(
    kind: str,
    key: str,
    events: Iterable[Mapping],
    regions: Mapping[str, Region] | Iterable[Region] | None = None,
) -> list[Mapping]:
    """The events that make up one series (same membership rules as the series functions)."""
    if kind == "dyad":
        return [e for e in events if dyad_key(e) == key]
    if kind == "country":
        return [e for e in events if key in (e.get("source_country"), e.get("target_country"))]
    if kind == "region":
        if regions is None:
            from aftershock.gazetteer import load_regions

            regions = load_regions()
        matching = [r for r in _regions_list(regions) if r.slug == key]
        if not matching:
            raise KeyError(f"no region with slug {key!r} to select events for")
        return [e for e in events if region_has_event(matching[0], e)]
    raise ValueError(f"unknown series kind {kind!r}; expected dyad, country or region")
