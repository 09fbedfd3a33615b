"""Robust anomaly scores for daily series: today against the median and MAD of the previous days.

score = (value - median(baseline)) / max(1.4826 * MAD(baseline), floor)

The floor keeps flat series from exploding: for event counts it is max(1, sqrt(median)) (about
one Poisson standard deviation), for the Goldstein mean it is 1.0 point on the -10..+10 scale.
Counts fire on spikes (score >= min_score); the Goldstein mean fires on swings either way
(|score| >= min_score), and only on days that have events, against baseline days that have events.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from statistics import median

from aftershock.signals.regions import Region
from aftershock.signals.series import as_date, series_events

MAD_TO_SD = 1.4826
GOLDSTEIN_FLOOR = 1.0


def robust_score(value: float, baseline: list[float], floor: float) -> tuple[float, float]:
    """(baseline median, robust z-score of value) with the spread floored at `floor`."""
    centre = median(baseline)
    mad = median(abs(x - centre) for x in baseline)
    spread = max(MAD_TO_SD * mad, floor)
    return centre, (value - centre) / spread


def _count_floor(centre: float) -> float:
    return max(1.0, math.sqrt(max(centre, 0.0)))


def _scored_days(rows: list[Mapping], baseline_days: int, min_history: int) -> Iterable[dict]:
    """Yield one candidate per (row, metric) that has enough history to be scored."""
    for position, row in enumerate(rows):
        history = rows[max(0, position - baseline_days):position]
        if len(history) >= min_history:
            counts = [float(r["n"]) for r in history]
            centre, score = robust_score(float(row["n"]), counts, _count_floor(median(counts)))
            yield {"row": row, "metric": "count", "value": float(row["n"]),
                   "baseline": centre, "score": score}
        if row["n"] > 0:
            means = [float(r["goldstein_mean"]) for r in history if r["n"] > 0]
            if len(means) >= min_history:
                centre, score = robust_score(float(row["goldstein_mean"]), means, GOLDSTEIN_FLOOR)
                yield {"row": row, "metric": "goldstein_mean", "value": float(row["goldstein_mean"]),
                       "baseline": centre, "score": score}


def _fires(candidate: Mapping, min_score: float) -> bool:
    if candidate["metric"] == "count":
        return candidate["score"] >= min_score
    return abs(candidate["score"]) >= min_score


def detect_anomalies(
    rows: Iterable[Mapping],
    events: Iterable[Mapping],
    min_score: float = 3.0,
    baseline_days: int = 14,
    *,
    min_history: int = 7,
    regions: Mapping[str, Region] | Iterable[Region] | None = None,
) -> list[dict]:
    """Anomalous days in the given series rows, strongest first.

    `rows` come from dyad_series/region_series/country_series (any mix); `events` are the coded
    events they were built from, used to list the events behind each anomaly (most negative
    Goldstein first). Region rows need `regions` (default: the packaged regions file).
    """
    events = list(events)
    by_series: dict[tuple[str, str], list[Mapping]] = defaultdict(list)
    for row in rows:
        by_series[(row["kind"], row["key"])].append(row)
    min_history = max(1, min(min_history, baseline_days))

    anomalies: list[dict] = []
    for (kind, key), series_rows in sorted(by_series.items()):
        series_rows.sort(key=lambda r: r["date"])
        members = None
        for candidate in _scored_days(series_rows, baseline_days, min_history):
            if not _fires(candidate, min_score):
                continue
            if members is None:
                members = series_events(kind, key, events, regions)
            day = candidate["row"]["date"]
            day_events = [e for e in members if as_date(e["date"]).isoformat() == day]
            day_events.sort(key=lambda e: (float(e.get("goldstein") or 0.0), e.get("id") or 0))
            anomalies.append({
                "key": key,
                "kind": kind,
                "date": day,
                "metric": candidate["metric"],
                "value": round(candidate["value"], 4),
                "baseline": round(candidate["baseline"], 4),
                "score": round(candidate["score"], 3),
                "event_ids": [e.get("id") for e in day_events],
            })
    anomalies.sort(key=lambda a: (-abs(a["score"]), a["date"], a["kind"], a["key"]))
    return anomalies
