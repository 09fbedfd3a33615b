"""Shifts: how a watched region's event series moved in the window after a trigger vs. before it.

Series examined: the region series (events with a source or target in the region) and every
ordered dyad touching the region with at least `min_series_events` events over both periods.
Metrics and tests:
- count_per_day: exact conditional binomial test of two Poisson rates; effect = rate ratio
  (after/before, +0.5 continuity correction);
- conflict_share (QuadClass 3+4 over all events): Fisher's exact test; effect = difference;
- goldstein_mean (per event): two-sided Mann-Whitney U; effect = Cohen's d (pooled SD, floored).
The latter two need at least two events on each side. q-values are Benjamini-Hochberg across
every test of every series; `significant` means q < alpha.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from aftershock.gazetteer import Region
from aftershock.registry import shift_tests
from aftershock.ripple.stats import (
    benjamini_hochberg,
    mean_comparison,
    proportion_comparison,
    rate_comparison,
)
from aftershock.signals.series import as_date, dyad_key, region_has_event

MIN_SIDE_EVENTS = 2


def _split(events: list[Mapping], before: tuple[date, date], after: tuple[date, date]):
    in_before, in_after = [], []
    for event in events:
        day = as_date(event["date"])
        if before[0] <= day <= before[1]:
            in_before.append(event)
        elif after[0] <= day <= after[1]:
            in_after.append(event)
    return in_before, in_after


def _conflict(events: list[Mapping]) -> int:
    return sum(1 for e in events if int(e.get("quad") or 0) >= 3)


def _tests_for_series(key: str, kind: str, events: list[Mapping], before, after) -> list[dict]:
    in_before, in_after = _split(events, before, after)
    days_before = (before[1] - before[0]).days + 1
    days_after = (after[1] - after[0]).days + 1
    rows = []

    def add(metric: str, result: dict):
        rows.append({"series": key, "kind": kind, "metric": metric,
                     "n_before": len(in_before), "n_after": len(in_after), **result})

    add("count_per_day", rate_comparison(len(in_before), days_before, len(in_after), days_after))
    if len(in_before) >= MIN_SIDE_EVENTS and len(in_after) >= MIN_SIDE_EVENTS:
        add("conflict_share", proportion_comparison(
            _conflict(in_before), len(in_before), _conflict(in_after), len(in_after)))
        add("goldstein_mean", mean_comparison(
            [float(e.get("goldstein") or 0.0) for e in in_before],
            [float(e.get("goldstein") or 0.0) for e in in_after]))
    return rows


def region_and_dyad_events(events: Iterable[Mapping], region: Region) -> dict[tuple[str, str], list]:
    """{(kind, key): events} for the region series and each dyad touching the region."""
    grouped: dict[tuple[str, str], list] = defaultdict(list)
    for event in events:
        if not event.get("date") or not region_has_event(region, event):
            continue
        grouped[("region", region.slug)].append(event)
        key = dyad_key(event)
        if key:
            grouped[("dyad", key)].append(event)
    return grouped


@shift_tests.register("rate-proportion-mean")
def measure_shifts(
    events: Iterable[Mapping],
    region: Region,
    before: tuple[date, date],
    after: tuple[date, date],
    alpha: float = 0.05,
    min_series_events: int = 3,
) -> list[dict]:
    """One row per (series, metric), BH-adjusted; significant and strongest first."""
    rows: list[dict] = []
    for (kind, key), series in sorted(region_and_dyad_events(events, region).items()):
        in_before, in_after = _split(series, before, after)
        if kind == "dyad" and len(in_before) + len(in_after) < min_series_events:
            continue
        if not in_before and not in_after:
            continue
        rows.extend(_tests_for_series(key, kind, series, before, after))
    q_values = benjamini_hochberg([row["p_value"] for row in rows])
    for row, q_value in zip(rows, q_values):
        row["q_value"] = round(q_value, 6)
        row["p_value"] = round(row["p_value"], 6)
        row["significant"] = q_value < alpha
        change = row["after"] - row["before"]
        row["direction"] = "up" if change > 1e-9 else "down" if change < -1e-9 else "flat"
        for field in ("before", "after", "effect"):
            row[field] = round(row[field], 4)
    rows.sort(key=lambda r: (not r["significant"], r["q_value"], r["kind"] != "region", r["series"]))
    return rows
