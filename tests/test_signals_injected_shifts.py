"""Anomaly scores on generated Poisson series: an injected spike is found on its day, and null
series (same rate throughout) raise nothing."""
from datetime import date, timedelta

import numpy as np
import pytest

from aftershock.signals.anomalies import detect_anomalies
from aftershock.signals.series import dyad_series

START = date(2026, 1, 1)


def poisson_events(rate: float, days: int, seed: int, spike: tuple[int, int] | None = None,
                   dyad=("PRK", "USA")) -> list[dict]:
    """Daily counts ~ Poisson(rate); `spike` = (day, extra events) adds hostile events that day."""
    rng = np.random.default_rng(seed)
    events, next_id = [], 1
    for day in range(days):
        n = int(rng.poisson(rate)) + (spike[1] if spike and spike[0] == day else 0)
        for _ in range(n):
            events.append({"id": next_id, "date": (START + timedelta(days=day)).isoformat(),
                           "source_country": dyad[0], "target_country": dyad[1],
                           "quad": 1, "goldstein": float(rng.normal(1.0, 1.0))})
            next_id += 1
    return events


@pytest.mark.parametrize("seed", range(10))
def test_an_injected_spike_is_found_on_its_day(seed):
    events = poisson_events(rate=4.0, days=90, seed=seed, spike=(60, 20))
    counts = [a for a in detect_anomalies(dyad_series(events), events, min_score=4.5)
              if a["metric"] == "count"]
    assert [a["date"] for a in counts] == [(START + timedelta(days=60)).isoformat()]
    assert counts[0]["score"] >= 4.5 and counts[0]["value"] >= 20


@pytest.mark.parametrize("seed", range(10))
def test_null_series_raise_nothing(seed):
    events = poisson_events(rate=4.0, days=90, seed=100 + seed)
    counts = [a for a in detect_anomalies(dyad_series(events), events, min_score=4.5)
              if a["metric"] == "count"]
    assert counts == []


def test_the_false_alarm_rate_at_the_default_threshold_is_small():
    """Across 40 null series x 76 scored days, a score >= 3 (the stored default) is rare."""
    alarms = scored = 0
    for seed in range(40):
        events = poisson_events(rate=4.0, days=90, seed=1000 + seed)
        rows = dyad_series(events)
        scored += len(rows) - 14
        alarms += sum(1 for a in detect_anomalies(rows, events, min_score=3.0)
                      if a["metric"] == "count")
    assert alarms / scored < 0.01
