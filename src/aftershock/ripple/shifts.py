"""Shifts: how a watched region's event series moved in the window after a trigger vs. before it.

Series examined: the region series (events with a source or target in the region) and every
ordered dyad touching the region with at least `min_series_events` events over both periods.
Metrics and tests:
- share_of_events: the series' share of ALL coded events in the period (GDELT-style volume
  normalisation: more news about everything is not a shift), Fisher's exact test; effect = share
  ratio (after/before, +0.5 continuity correction). The raw daily rates are reported beside it
  (`raw_before`, `raw_after`) and are not tested;
- conflict_share (QuadClass 3+4 over all events): Fisher's exact test; effect = difference;
- goldstein_mean (per event): two-sided Mann-Whitney U; effect = Cohen's d (pooled SD, floored).
The latter two need at least [ripple] `min_side_events` (two) events on each side. q-values are
Benjamini-Hochberg across every test of every series; `significant` means q < alpha.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from aftershock.config import settings
from aftershock.gazetteer import Region
from aftershock.registry import shift_tests
from aftershock.ripple.stats import (
    benjamini_hochberg,
    mean_comparison,
    proportion_comparison,
)
from aftershock.signals.series import as_date, dyad_key, region_has_event

NOT_ENOUGH_COVERAGE = "not enough coverage to test"


def baseline_coverage(events: Iterable[Mapping], before: tuple[date, date], min_events: int,
                      min_days: int) -> str | None:
    """None when the baseline holds enough coded events (of any country) on enough days to
    compare the window with; else the reason no shift is tested."""
    days = [as_date(e["date"]) for e in events if e.get("date")]
    inside = [d for d in days if before[0] <= d <= before[1]]
    if len(inside) >= min_events and len(set(inside)) >= min_days:
        return None
    return (f"{NOT_ENOUGH_COVERAGE}: the baseline ({before[0].isoformat()} to "
            f"{before[1].isoformat()}) holds {len(inside)} coded event{'s' * (len(inside) != 1)} "
            f"on {len(set(inside))} day{'s' * (len(set(inside)) != 1)}; a test needs at least "
            f"{min_events} events on {min_days} days")


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


def _tests_for_series(key: str, kind: str, events: list[Mapping], before, after,
                      totals: tuple[int, int]) -> list[dict]:
    in_before, in_after = _split(events, before, after)
    days_before = (before[1] - before[0]).days + 1
    days_after = (after[1] - after[0]).days + 1
    total_before, total_after = totals
    rows = []

    def add(metric: str, result: dict):
        rows.append({"series": key, "kind": kind, "metric": metric,
                     "n_before": len(in_before), "n_after": len(in_after), **result})

    share = proportion_comparison(len(in_before), total_before, len(in_after), total_after)
    ratio = ((len(in_after) + 0.5) / (total_after + 1)) / ((len(in_before) + 0.5) /
                                                           (total_before + 1))
    add("share_of_events", {**share, "effect": ratio, "effect_kind": "share_ratio",
                            "total_before": total_before, "total_after": total_after,
                            "raw_before": round(len(in_before) / days_before, 4),
                            "raw_after": round(len(in_after) / days_after, 4)})
    min_side = settings().ripple.min_side_events
    if len(in_before) >= min_side and len(in_after) >= min_side:
        add("conflict_share", proportion_comparison(
            _conflict(in_before), len(in_before), _conflict(in_after), len(in_after)))
        add("goldstein_mean", mean_comparison(
            [float(e.get("goldstein") or 0.0) for e in in_before],
            [float(e.get("goldstein") or 0.0) for e in in_after]))
    return rows


def region_and_dyad_events(
    events: Iterable[Mapping], region: Region
) -> dict[tuple[str, str], list]:
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
    alpha: float | None = None,
    min_series_events: int | None = None,
) -> list[dict]:
    """One row per (series, metric), BH-adjusted; significant and strongest first. `events`
    are all coded events of both periods (the denominators of the shares), not only the
    region's; none at all before the trigger gives no rows. `alpha` and `min_series_events`
    default to the [ripple] settings."""
    knobs = settings().ripple
    alpha = knobs.alpha if alpha is None else alpha
    min_series_events = knobs.min_series_events if min_series_events is None \
        else min_series_events
    events = list(events)
    all_before, all_after = _split([e for e in events if e.get("date")], before, after)
    totals = (len(all_before), len(all_after))
    if not all_before or not all_after:
        return []
    rows: list[dict] = []
    for (kind, key), series in sorted(region_and_dyad_events(events, region).items()):
        in_before, in_after = _split(series, before, after)
        if kind == "dyad" and len(in_before) + len(in_after) < min_series_events:
            continue
        if not in_before and not in_after:
            continue
        rows.extend(_tests_for_series(key, kind, series, before, after, totals))
    q_values = benjamini_hochberg([row["p_value"] for row in rows])
    for row, q_value in zip(rows, q_values):
        row["q_value"] = round(q_value, 6)
        row["p_value"] = round(row["p_value"], 6)
        row["significant"] = q_value < alpha
        change = row["after"] - row["before"]
        row["direction"] = "up" if change > 1e-9 else "down" if change < -1e-9 else "flat"
        for field in ("before", "after", "effect"):
            row[field] = round(row[field], 4)
    rows.sort(
        key=lambda r: (not r["significant"], r["q_value"], r["kind"] != "region", r["series"])
    )
    return rows
