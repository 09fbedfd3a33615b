"""Daily series: per-dyad and per-region rows, zero-filled, with conflict share and share of day."""
from aftershock.gazetteer import Region
from aftershock.signals.series import country_series, dyad_series, region_series

PENINSULA = Region(name="Korean Peninsula", slug="korean-peninsula", countries=("PRK", "KOR"))


def event(id, date, source, target, quad, goldstein):
    return {"id": id, "date": date, "source_country": source, "target_country": target,
            "quad": quad, "goldstein": goldstein}


EVENTS = [
    event(1, "2026-01-01", "PRK", "USA", 3, -2.0),
    event(2, "2026-01-01", "PRK", "USA", 1, 1.0),
    event(3, "2026-01-01", "VEN", "USA", 4, -10.0),
    event(4, "2026-01-04", "PRK", "USA", 4, -7.0),
    event(5, "2026-01-04", "PRK", None, 4, -7.2),
    event(6, "2026-01-02", "JPN", "CHN", 1, 1.0),
]


def by_key_and_date(rows):
    return {(row["key"], row["date"]): row for row in rows}


def test_dyad_series_zero_fills_days_inside_its_span():
    rows = [r for r in dyad_series(EVENTS) if r["key"] == "PRK>USA"]
    assert [r["date"] for r in rows] == ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]
    assert [r["n"] for r in rows] == [2, 0, 0, 1]
    quiet = rows[1]
    assert (quiet["q1"], quiet["q3"], quiet["goldstein_sum"], quiet["conflict_share"]) == (
        0,
        0,
        0.0,
        0.0,
    )


def test_conflict_share_goldstein_and_share_of_day():
    rows = by_key_and_date(dyad_series(EVENTS))
    first = rows[("PRK>USA", "2026-01-01")]
    assert (first["q1"], first["q3"]) == (1, 1)
    assert first["conflict_share"] == 0.5
    assert first["goldstein_sum"] == -1.0 and first["goldstein_mean"] == -0.5
    assert first["share_of_day"] == round(2 / 3, 4)  # three events coded that day in total


def test_events_without_target_stay_out_of_dyads_but_count_for_region_and_country():
    assert not any(r["key"].endswith(">") for r in dyad_series(EVENTS))
    region = by_key_and_date(region_series(EVENTS, [PENINSULA]))
    day = region[("korean-peninsula", "2026-01-04")]
    assert (
        day["kind"] == "region"
        and day["n"] == 2
        and day["q4"] == 2
        and day["conflict_share"] == 1.0
    )
    assert by_key_and_date(country_series(EVENTS))[("PRK", "2026-01-04")]["n"] == 2


def test_region_series_only_counts_events_touching_the_region():
    rows = region_series(EVENTS, {"korean-peninsula": PENINSULA})
    assert sum(r["n"] for r in rows) == 4  # VEN>USA and JPN>CHN are outside


def test_explicit_span_extends_zero_fill():
    rows = region_series(EVENTS, [PENINSULA], start="2025-12-30", end="2026-01-05")
    assert rows[0]["date"] == "2025-12-30" and rows[-1]["date"] == "2026-01-05"
    assert len(rows) == 7 and rows[0]["n"] == 0


def test_history_a_sentence_recalls_stays_out_of_the_daily_series():
    from aftershock.signals.series import current_events
    news = {"date": "2026-01-04", "article_published": "2026-01-05T08:00:00+00:00"}
    history = {"date": "1990-08-01", "article_published": "2026-01-05T08:00:00+00:00"}
    imported = {"date": "1990-08-01", "article_published": None}  # GDELT rows: no article
    assert current_events([news, history, imported], 60) == [news, imported]
