"""A signals run replaces the series and the anomalies in one transaction: killed between two
commits it would leave new series next to old anomalies (bench/reliability.py saw that state)."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import event, insert

from aftershock.api import Aftershock
from aftershock.store import schema as t


def _events(day: int) -> list[dict]:
    return [{"sentence": f"North Korea fired missiles on day {day}.",
             "source": {"text": "North Korea", "code": "PRKMIL", "country": "PRK"},
             "target": {"text": "South Korea", "code": "KOR", "country": "KOR"},
             "cameo": "190", "root": "19", "quad": 4, "penta": 4, "goldstein": -10.0,
             "plover": None, "date": f"2026-01-{day:02d}", "place": None}] * (1 + day // 8)


@pytest.fixture
def app(store):
    for day in range(1, 29):
        article_id = store.insert_article({
            "ext_id": f"d{day}", "url": f"https://sig.example/{day}",
            "canonical_url": f"sig/{day}", "title": f"Launch {day}", "lang": "en",
            "published": datetime(2026, 1, day, 9), "content_hash": f"{day:064d}",
            "source": "Outlet", "text": "North Korea fired missiles."})
        store.replace_events(article_id, _events(day))
    return Aftershock(store=store)


def test_series_and_anomalies_are_written_in_one_commit(app):
    commits = []

    def count(conn):
        commits.append(1)

    event.listen(app.store.engine, "commit", count)
    try:
        app.compute_signals()
    finally:
        event.remove(app.store.engine, "commit", count)
    assert app.store.count("series") > 0
    assert len(commits) == 1


def test_a_failed_anomaly_write_keeps_the_old_series(app, monkeypatch):
    app.compute_signals()
    before = (app.store.series(), app.store.anomalies())
    with app.store.begin() as conn:  # one more event: the next run would change the series
        conn.execute(insert(t.events).values(
            article_id=None, origin="gdelt", ext_id="x1", event_index=0, sentence="x",
            date=datetime(2026, 1, 30).date(), source_country="PRK", target_country="KOR",
            cameo="190", root="19", quad=4, penta=4, goldstein=-10.0))
    real = app.store.replace_anomalies

    def failing(rows, conn=None):
        real(rows, conn=conn)
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(app.store, "replace_anomalies", failing)
    with pytest.raises(RuntimeError):
        app.compute_signals()
    assert (app.store.series(), app.store.anomalies()) == before
