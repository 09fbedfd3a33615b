"""Anomaly scores for daily series: each day against the days before it.

Counts: a count model. The expected count is the mean of the previous `baseline_days` days, leaving
out days far above their median so an earlier spike does not mask the next (at least 0.25
events, so a silent series can still spike), scaled by a day-of-week factor learnt from
the series' own earlier history (shrunk toward 1; news volume dips at weekends). The tail
probability of the observed count comes from a Poisson model, or a negative binomial when the
baseline is over-dispersed (news arrives in bursts); the score is that probability as a one-sided
normal z-score, so 3 means "as rare as three standard deviations" whatever the rate.

Goldstein mean: a robust z-score, (value - median) / max(1.4826 * MAD, 1.0 point), over baseline
days that have events; it fires on swings either way (|score| >= min_score).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from statistics import mean, median, pvariance

from aftershock.gazetteer import Region
from aftershock.signals.series import as_date, series_events

from ..config import settings

MAD_TO_SD = 1.4826


def robust_score(value: float, baseline: list[float], floor: float) -> tuple[float, float]:
    """(baseline median, robust z-score of value) with the spread floored at `floor`."""
    centre = median(baseline)
    mad = median(abs(x - centre) for x in baseline)
    spread = max(MAD_TO_SD * mad, floor)
    return centre, (value - centre) / spread


MAX_SCORE = 40.0


def count_score(value: float, baseline: list[float], factor: float = 1.0) -> tuple[float, float]:
    """(expected count, z-score of the upper-tail probability of `value`) under a Poisson or,
    for over-dispersed baselines, a negative-binomial model with the baseline's mean."""
    knobs = settings().signals
    centre = median(baseline)  # earlier spikes (far above the median) must not mask the next
    kept = [x for x in baseline if x <= centre + knobs.spike_cutoff * max(centre ** 0.5, 1.0)]
    rate = max(mean(kept), knobs.min_rate) * factor
    variance = pvariance(kept) * factor * factor if len(kept) > 1 else 0.0
    observed = round(value)
    if observed <= rate:
        return rate, (value - rate) / max(rate, knobs.min_rate) ** 0.5
    from scipy import stats  # (here: scipy.stats takes most of a second to import)
    if variance > rate * 1.05:
        size = rate * rate / (variance - rate)
        tail = stats.nbinom.sf(observed - 1, size, size / (size + rate))
    else:
        tail = stats.poisson.sf(observed - 1, rate)
    score = float(stats.norm.isf(tail)) if tail > 0 else MAX_SCORE
    return rate, min(score, MAX_SCORE)


def _weekday_of(row: Mapping) -> int:
    return date.fromisoformat(str(row["date"])[:10]).weekday()


def _weekday_factor_series(rows: list[Mapping]) -> Iterable[dict[int, float]]:
    """`weekday_factors(rows, position)` for each position in turn, from running sums (counts
    are whole numbers, so the sums are exact and the factors equal a fresh computation)."""
    knobs = settings().signals
    totals: dict[int, float] = defaultdict(float)
    seen: dict[int, int] = defaultdict(int)
    overall_sum = 0.0
    for position, row in enumerate(rows):
        if position < knobs.weekday_min_history or overall_sum <= 0:
            yield {}
        else:
            overall = overall_sum / position
            yield {day: (totals[day] / overall + knobs.weekday_prior_days / 7)
                   / (seen[day] + knobs.weekday_prior_days / 7) for day in seen}
        day, count = _weekday_of(row), float(row["n"])
        totals[day] += count
        seen[day] += 1
        overall_sum += count


def _scored_days(rows: list[Mapping], baseline_days: int, min_history: int) -> Iterable[dict]:
    """Yield one candidate per (row, metric) that has enough history to be scored."""
    weekdays = [_weekday_of(row) for row in rows]
    factor_series = _weekday_factor_series(rows)
    for position, row in enumerate(rows):
        factors = next(factor_series)
        history = rows[max(0, position - baseline_days):position]
        if len(history) >= min_history:
            counts = [float(r["n"]) for r in history]
            factor = factors.get(weekdays[position], 1.0) / (
                mean(
                    factors.get(day, 1.0)
                    for day in weekdays[max(0, position - baseline_days) : position]
                )
                if factors
                else 1.0
            )
            expected, score = count_score(float(row["n"]), counts, factor)
            yield {"row": row, "metric": "count", "value": float(row["n"]),
                   "baseline": expected, "score": score}
        if row["n"] > 0:
            means = [float(r["goldstein_mean"]) for r in history if r["n"] > 0]
            if len(means) >= min_history:
                centre, score = robust_score(float(row["goldstein_mean"]), means,
                                             settings().signals.goldstein_floor)
                yield {
                    "row": row,
                    "metric": "goldstein_mean",
                    "value": float(row["goldstein_mean"]),
                    "baseline": centre,
                    "score": score,
                }


def _fires(candidate: Mapping, min_score: float) -> bool:
    if candidate["metric"] == "count":
        return candidate["score"] >= min_score
    return abs(candidate["score"]) >= min_score


def detect_anomalies(
    rows: Iterable[Mapping],
    events: Iterable[Mapping],
    min_score: float | None = None,
    baseline_days: int | None = None,
    *,
    min_history: int | None = None,
    regions: Mapping[str, Region] | Iterable[Region] | None = None,
) -> list[dict]:
    """Anomalous days in the given series rows, strongest first.

    `rows` come from dyad_series/region_series/country_series (any mix); `events` are the coded
    events they were built from, used to list the events behind each anomaly (most negative
    Goldstein first). Region rows need `regions` (default: the packaged regions file).
    `min_score`, `baseline_days` and `min_history` default to the [signals] settings.
    """
    knobs = settings().signals
    min_score = knobs.min_score if min_score is None else min_score
    baseline_days = knobs.baseline_days if baseline_days is None else baseline_days
    min_history = knobs.min_history if min_history is None else min_history
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
