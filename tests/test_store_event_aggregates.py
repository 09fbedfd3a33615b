"""The aggregates over every event (network dyad totals, map per-country conflict) are computed
once while the events are unchanged, and again as soon as coding, an import or a deletion changes
them; each caller gets rows of its own."""
from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest
from sqlalchemy import delete, event

from aftershock.store import event_aggregates
from aftershock.store import schema as t


def _event(src: str, tgt: str, quad: int, goldstein: float) -> dict:
    return {"sentence": f"{src} acts on {tgt}", "source": {"text": src, "code": src + "GOV",
            "country": src}, "target": {"text": tgt, "code": tgt, "country": tgt},
            "cameo": "190" if quad == 4 else "040", "root": "19" if quad == 4 else "04",
            "quad": quad, "penta": 4 if quad == 4 else 1, "goldstein": goldstein,
            "plover": None, "date": "2026-01-05", "place": None}


def _article(store, n: int) -> int:
    return store.insert_article({
        "ext_id": f"a{n}", "url": f"https://agg.example/{n}", "canonical_url": f"agg/{n}",
        "title": f"Report {n}", "lang": "en", "published": datetime(2026, 1, 5, 8),
        "content_hash": f"{n:064d}", "source": "Outlet", "text": "Words of the report."})


@pytest.fixture
def counted(store):
    """The store, and a list that records every aggregate query over the events table."""
    seen = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _record(conn, cursor, statement, params, context, executemany):
        if "GROUP BY" in statement.upper() and "events" in statement:
            seen.append(statement)

    first = _article(store, 1)
    store.replace_events(first, [_event("PRK", "USA", 4, -10.0), _event("USA", "PRK", 1, 1.0)])
    yield store, first, seen
    event.remove(store.engine, "before_cursor_execute", _record)


def test_unchanged_events_are_aggregated_once(counted):
    store, _, seen = counted
    assert store.dyad_totals() == store.dyad_totals()
    assert store.country_conflict() == store.country_conflict()
    assert len(seen) == 1 + 2  # one query for the dyads, one per side for the countries


def test_new_events_show_at_once(counted):
    store, _, _ = counted
    assert {(d["source"], d["target"]) for d in store.dyad_totals()} == {("PRK", "USA"),
                                                                         ("USA", "PRK")}
    store.replace_events(_article(store, 2), [_event("CHN", "JPN", 3, -4.0)])
    assert ("CHN", "JPN") in {(d["source"], d["target"]) for d in store.dyad_totals()}
    assert "JPN" in {c["country"] for c in store.country_conflict()}


def test_deleted_events_go_at_once(counted):
    store, first, _ = counted
    store.country_conflict()
    with store.begin() as conn:
        conn.execute(delete(t.events).where(t.events.c.article_id == first,
                                            t.events.c.event_index == 1))
    assert [(d["source"], d["target"]) for d in store.dyad_totals()] == [("PRK", "USA")]
    prk = next(c for c in store.country_conflict() if c["country"] == "PRK")
    assert prk["n"] == 1 and prk["conflict"] == 1


def test_a_recoding_that_reuses_ids_shows_within_the_max_age(counted, monkeypatch):
    """Replacing the newest article's events with as many others can keep the table's
    fingerprint (SQLite reuses the ids): the cached value lasts at most MAX_AGE."""
    store, first, _ = counted
    before = store.dyad_totals()
    store.replace_events(first, [_event("RUS", "UKR", 4, -10.0), _event("UKR", "RUS", 4, -9.0)])
    monkeypatch.setattr(event_aggregates, "MAX_AGE", 0.0)
    after = {(d["source"], d["target"]) for d in store.dyad_totals()}
    assert after == {("RUS", "UKR"), ("UKR", "RUS")} != {(d["source"], d["target"])
                                                          for d in before}


def test_callers_get_rows_of_their_own(counted):
    store, _, _ = counted
    store.country_conflict()[0]["name"] = "changed by a caller"
    store.dyad_totals()[0]["n"] = -1
    assert all("name" not in c for c in store.country_conflict())
    assert all(d["n"] > 0 for d in store.dyad_totals())


def test_arguments_are_part_of_the_key(counted):
    store, _, _ = counted
    assert store.dyad_totals(min_events=1)
    assert store.dyad_totals(min_events=5) == []
    assert store.dyad_totals(since="2026-02-01") == []
    assert len(store.dyad_totals(until="2026-01-05")) == 2


def test_readers_arriving_together_compute_once(counted):
    """Thirty threads asking at once for a value not cached: one computes, the others wait."""
    store, _, _ = counted
    cache = event_aggregates.EventAggregateCache()
    runs, answers = [], []

    def slow():
        runs.append(1)
        time.sleep(0.2)
        return [{"n": 1}]

    threads = [threading.Thread(target=lambda: answers.append(cache.get(store, ("k",), slow)))
               for _ in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(runs) == 1 and answers == [[{"n": 1}]] * 30


def test_the_event_date_span_reads_the_ends_of_the_date_index(counted):
    """On SQLite, min and max asked in one query scan the table; asked apart, each is one index
    lookup (the map page asks on every request)."""
    store, _, _ = counted
    store.replace_events(_article(store, 3), [{**_event("CHN", "JPN", 3, -4.0),
                                               "date": "2025-11-30"}])
    plans = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _plan(conn, cursor, statement, params, context, executemany):
        if conn.dialect.name == "sqlite" and "events" in statement:
            plans.append(cursor.connection.cursor().execute("EXPLAIN QUERY PLAN " + statement,
                                                            params).fetchall())

    assert store.event_date_span() == ("2025-11-30", "2026-01-05")
    event.remove(store.engine, "before_cursor_execute", _plan)
    details = " | ".join(str(row[-1]) for plan in plans for row in plan)
    assert "SCAN events" not in details, details
