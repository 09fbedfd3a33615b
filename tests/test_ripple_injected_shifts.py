"""Shift tests on generated series: a rate shift injected into one of many dyads is found after
the Benjamini-Hochberg adjustment, and a null world (no shift anywhere) yields no significant
one."""
from datetime import date, timedelta

import numpy as np
import pytest

from aftershock.gazetteer import Region
from aftershock.ripple.shifts import measure_shifts

REGION = Region(name="Korean Peninsula", slug="korean-peninsula", countries=("PRK", "KOR"))
TRIGGER = date(2026, 1, 3)
BEFORE = (TRIGGER - timedelta(days=30), TRIGGER - timedelta(days=1))
AFTER = (TRIGGER, TRIGGER + timedelta(days=29))
PARTNERS = ["USA", "JPN", "CHN", "RUS", "VNM", "IND", "DEU", "FRA", "GBR", "AUS"]
ELSEWHERE = ["BRA", "ARG", "NGA", "ZAF", "EGY", "TUR"]  # the rest of the world's news


def world(seed: int, shifted: str | None = None, factor: float = 5.0) -> list[dict]:
    """PRK/KOR dyads with every partner, and dyads elsewhere, at 0.3 events a day; `shifted`
    dyad's rate (and hostility) rises by `factor` after the trigger."""
    rng = np.random.default_rng(seed)
    events, next_id = [], 1
    for source in ("PRK", "KOR", *ELSEWHERE):
        for target in PARTNERS if source in ("PRK", "KOR") else ELSEWHERE:
            key = f"{source}>{target}"
            for offset in range(-30, 30):
                after = offset >= 0
                rate = 0.3 * (factor if after and key == shifted else 1.0)
                hostile = after and key == shifted
                for _ in range(int(rng.poisson(rate))):
                    events.append({
                        "id": next_id, "date": (TRIGGER + timedelta(days=offset)).isoformat(),
                        "source_country": source, "target_country": target,
                        "quad": 3 if hostile else int(rng.choice([1, 1, 2, 3])),
                        "goldstein": float(rng.normal(-4.0 if hostile else 1.0, 1.5))})
                    next_id += 1
    return events


@pytest.mark.parametrize("seed", range(8))
def test_the_injected_shift_is_found(seed):
    shifts = measure_shifts(world(seed, shifted="PRK>USA"), REGION, BEFORE, AFTER)
    significant = {(s["series"], s["metric"]) for s in shifts if s["significant"]}
    assert ("PRK>USA", "share_of_events") in significant
    assert {series for series, _ in significant} <= {"PRK>USA", "korean-peninsula"}
    found = next(s for s in shifts if (s["series"], s["metric"]) == ("PRK>USA", "share_of_events"))
    assert found["direction"] == "up" and found["effect"] > 2


@pytest.mark.parametrize("seed", range(8))
def test_a_null_world_has_no_significant_shift(seed):
    shifts = measure_shifts(world(50 + seed), REGION, BEFORE, AFTER)
    assert len({s["series"] for s in shifts}) >= 15  # many series were examined ...
    assert [s for s in shifts if s["significant"]] == []  # ... and none survives BH at 5 %
