"""Anomaly detection fires on a spike against a robust baseline and lists the events behind it."""
from datetime import date, timedelta

from aftershock.signals.anomalies import detect_anomalies
from aftershock.signals.series import dyad_series


def quiet_then_spike(spike_size=8):
    events, next_id = [], 1
    start = date(2026, 1, 1)
    for offset in range(20):
        events.append(
            {
                "id": next_id,
                "date": (start + timedelta(days=offset)).isoformat(),
                "source_country": "PRK",
                "target_country": "USA",
                "quad": 1,
                "goldstein": 1.0,
            }
        )
        next_id += 1
    spike_day = (start + timedelta(days=20)).isoformat()
    for k in range(spike_size):
        events.append({"id": next_id, "date": spike_day, "source_country": "PRK",
                       "target_country": "USA", "quad": 4, "goldstein": -float(k)})
        next_id += 1
    return events, spike_day


def test_count_spike_fires_and_lists_its_events_most_negative_first():
    events, spike_day = quiet_then_spike()
    anomalies = detect_anomalies(dyad_series(events), events, min_score=3.0, baseline_days=14)
    counts = [a for a in anomalies if a["metric"] == "count"]
    assert len(counts) == 1
    spike = counts[0]
    assert (spike["key"], spike["kind"], spike["date"]) == ("PRK>USA", "dyad", spike_day)
    assert spike["value"] == 8 and spike["baseline"] == 1 and spike["score"] >= 3
    goldsteins = {e["id"]: e["goldstein"] for e in events}
    assert len(spike["event_ids"]) == 8
    assert [goldsteins[i] for i in spike["event_ids"]] == sorted(
        goldsteins[i] for i in spike["event_ids"]
    )


def test_goldstein_mean_swing_is_reported():
    events, spike_day = quiet_then_spike()
    anomalies = detect_anomalies(dyad_series(events), events)
    swings = [a for a in anomalies if a["metric"] == "goldstein_mean"]
    assert swings and swings[0]["date"] == spike_day and swings[0]["score"] < 0


def test_flat_series_does_not_explode():
    events, _ = quiet_then_spike(spike_size=0)
    assert detect_anomalies(dyad_series(events), events) == []


def test_small_wobble_under_the_floor_does_not_fire():
    events, _ = quiet_then_spike(spike_size=2)  # 2 events after a run of 1/day
    assert not [a for a in detect_anomalies(dyad_series(events), events) if a["metric"] == "count"]
