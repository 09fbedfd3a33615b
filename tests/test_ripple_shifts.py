"""Shifts compare the window after a trigger with the baseline before it, BH-adjusted."""
from datetime import date, timedelta

from aftershock.gazetteer import Region
from aftershock.ripple.shifts import measure_shifts
from aftershock.ripple.stats import benjamini_hochberg

PENINSULA = Region(name="Korean Peninsula", slug="korean-peninsula", countries=("PRK", "KOR"))
TRIGGER = date(2026, 1, 3)
BEFORE = (TRIGGER - timedelta(days=30), TRIGGER - timedelta(days=1))
AFTER = (TRIGGER, TRIGGER + timedelta(days=29))


def synthetic_events():
    events, next_id = [], 1

    def add(day, source, target, quad, goldstein):
        nonlocal next_id
        events.append({"id": next_id, "date": day.isoformat(), "source_country": source,
                       "target_country": target, "quad": quad, "goldstein": goldstein})
        next_id += 1

    for offset in range(0, 30, 3):  # calm baseline: cooperative talk every third day
        add(BEFORE[0] + timedelta(days=offset), "KOR", "USA", 1, 2.0)
        add(BEFORE[0] + timedelta(days=offset + 1), "PRK", "USA", 1, 1.0)
    for offset in range(30):  # after the trigger: daily hostility from Pyongyang
        add(TRIGGER + timedelta(days=offset), "PRK", "USA", 3, -4.0)
        if offset % 3 == 0:
            add(TRIGGER + timedelta(days=offset), "KOR", "USA", 1, 2.0)
    return events


def test_hostile_surge_is_significant_on_the_region_and_the_dyad():
    shifts = measure_shifts(synthetic_events(), PENINSULA, BEFORE, AFTER)
    found = {(s["series"], s["metric"]): s for s in shifts}
    region_count = found[("korean-peninsula", "count_per_day")]
    assert region_count["significant"] and region_count["direction"] == "up"
    assert region_count["effect_kind"] == "rate_ratio" and region_count["effect"] > 1.5
    dyad_conflict = found[("PRK>USA", "conflict_share")]
    assert dyad_conflict["before"] == 0.0 and dyad_conflict["after"] == 1.0 and dyad_conflict["significant"]
    assert found[("PRK>USA", "goldstein_mean")]["effect"] < 0


def test_unchanged_dyad_is_not_significant():
    found = {(s["series"], s["metric"]): s for s in measure_shifts(synthetic_events(), PENINSULA,
                                                                   BEFORE, AFTER)}
    steady = found[("KOR>USA", "count_per_day")]
    assert not steady["significant"] and steady["q_value"] > 0.05


def test_q_values_are_bh_over_all_series_and_metrics():
    shifts = measure_shifts(synthetic_events(), PENINSULA, BEFORE, AFTER)
    expected = benjamini_hochberg([s["p_value"] for s in shifts])
    assert len(shifts) >= 6
    assert all(abs(s["q_value"] - q) < 1e-5 for s, q in zip(shifts, expected))
    assert all(s["q_value"] >= s["p_value"] - 1e-9 for s in shifts)
