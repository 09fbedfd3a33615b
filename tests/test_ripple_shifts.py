"""Shifts compare the window after a trigger with the baseline before it, BH-adjusted."""
from datetime import date, timedelta

from aftershock.gazetteer import Region
from aftershock.ripple.shifts import NOT_ENOUGH_COVERAGE, baseline_coverage, measure_shifts
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
    for offset in range(30):  # after the trigger: hostility from Pyongyang, twice a day
        add(TRIGGER + timedelta(days=offset), "PRK", "USA", 3, -4.0)
        add(TRIGGER + timedelta(days=offset), "PRK", "USA", 3, -4.5)
        if offset % 3 == 0:
            add(TRIGGER + timedelta(days=offset), "KOR", "USA", 1, 2.0)
    for offset in range(-30, 30):  # the rest of the world's news, steady: two events a day
        for _ in range(2):
            add(TRIGGER + timedelta(days=offset), "FRA", "DEU", 1, 1.0)
    return events


def louder_world(factor: int) -> list[dict]:
    """Every country's coverage, the region's included, `factor` times denser after the trigger
    (a news cycle, not a shift)."""
    events = []
    for offset in range(-30, 30):
        day = (TRIGGER + timedelta(days=offset)).isoformat()
        for dyad in [("PRK", "USA"), ("KOR", "JPN"), ("FRA", "DEU"), ("BRA", "ARG")]:
            for _ in range(factor if offset >= 0 else 1):
                events.append({"id": len(events) + 1, "date": day, "source_country": dyad[0],
                               "target_country": dyad[1], "quad": 1, "goldstein": 1.0})
    return events


def test_hostile_surge_is_significant_on_the_region_and_the_dyad():
    shifts = measure_shifts(synthetic_events(), PENINSULA, BEFORE, AFTER)
    found = {(s["series"], s["metric"]): s for s in shifts}
    region_share = found[("korean-peninsula", "share_of_events")]
    assert region_share["significant"] and region_share["direction"] == "up"
    assert region_share["effect_kind"] == "share_ratio" and region_share["effect"] > 1.5
    assert region_share["raw_after"] > region_share["raw_before"]  # the raw rate, beside it
    dyad_conflict = found[("PRK>USA", "conflict_share")]
    assert (
        dyad_conflict["before"] == 0.0
        and dyad_conflict["after"] == 1.0
        and dyad_conflict["significant"]
    )
    assert found[("PRK>USA", "goldstein_mean")]["effect"] < 0


def test_unchanged_dyad_is_not_significant():
    found = {(s["series"], s["metric"]): s for s in measure_shifts(synthetic_events(), PENINSULA,
                                                                   BEFORE, AFTER)}
    steady = found[("KOR>USA", "share_of_events")]
    assert not steady["significant"] and steady["q_value"] > 0.05


def test_q_values_are_bh_over_all_series_and_metrics():
    shifts = measure_shifts(synthetic_events(), PENINSULA, BEFORE, AFTER)
    expected = benjamini_hochberg([s["p_value"] for s in shifts])
    assert len(shifts) >= 6
    assert all(abs(s["q_value"] - q) < 1e-5 for s, q in zip(shifts, expected))
    assert all(s["q_value"] >= s["p_value"] - 1e-9 for s in shifts)


def test_a_louder_news_cycle_is_not_a_shift_though_the_raw_rate_triples():
    shifts = measure_shifts(louder_world(3), PENINSULA, BEFORE, AFTER)
    region = next(s for s in shifts if (s["series"], s["metric"]) ==
                  ("korean-peninsula", "share_of_events"))
    assert region["raw_after"] == 3 * region["raw_before"]
    assert region["before"] == region["after"] == 0.5 and not region["significant"]
    assert [s for s in shifts if s["significant"]] == []


def test_no_test_without_enough_baseline_coverage():
    events = [
        e for e in synthetic_events() if e["date"] >= (TRIGGER - timedelta(days=3)).isoformat()
    ]
    reason = baseline_coverage(events, BEFORE, min_events=20, min_days=7)
    assert reason.startswith(NOT_ENOUGH_COVERAGE) and "on 3 days" in reason
    assert baseline_coverage(synthetic_events(), BEFORE, min_events=20, min_days=7) is None
    assert measure_shifts([e for e in events if e["date"] >= TRIGGER.isoformat()], PENINSULA,
                          BEFORE, AFTER) == []
