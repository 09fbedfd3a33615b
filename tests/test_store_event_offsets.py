"""Stored events keep their sentence's character offsets in the article (migration m010)."""
import json

import pytest

from aftershock.api import Aftershock
from aftershock.export import export_events
from aftershock.store import Store

from .conftest import article, seed_old_event, write_jsonl

TEXT = ("SEOUL, Jan. 4 (Harbor Post) — North Korea fired two ballistic missiles into the sea "
        "on Sunday.  The weather in the capital stayed cold.\n\nSouth Korea's foreign ministry "
        "condemned the launch and urged Pyongyang to return to talks. Analysts were divided.")


def test_coded_events_store_offsets_that_slice_the_article_text(store, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [article(1, text=TEXT,
                                                      published="2026-01-04T08:00:00+00:00")])
    app = Aftershock(store=store)
    app.ingest([str(path)])
    app.code_events()
    stored = store.articles()[0]["text"]
    events = store.events()
    assert len(events) >= 3
    for event in events:
        start, end = event["sentence_start"], event["sentence_end"]
        assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end
        assert stored[start:end] == event["sentence"]
    assert {e["sentence"][:11] for e in events} == {"SEOUL, Jan.", "South Korea"}

    out = tmp_path / "e.jsonl"
    export_events(store, "jsonl", out)
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert all(stored[line["start"]:line["end"]] == line["sentence"] for line in lines)
    export_events(store, "csv", tmp_path / "e.csv")
    header = (tmp_path / "e.csv").read_text("utf-8").splitlines()[0].split(",")
    assert "sentence_start" in header and "sentence_end" in header


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'v9.db'}"
    return request.getfixturevalue("pg_url")


def test_events_table_from_before_m010_gains_offset_columns_and_keeps_rows(database_url, tmp_path):
    old = Store(database_url, migrate=False)
    old.migrate(upto="m009_web_tokens_and_indexes")
    with old.begin() as conn:  # the events table as it was before m010
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN sentence_start")
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN sentence_end")
    aid = seed_old_event(old, tmp_path)

    new = Store(database_url)
    assert "m010_event_sentence_offsets" in new.applied_migrations()
    (event,) = new.events()
    assert event["cameo"] == "111" and event["article_id"] == aid
    assert event["sentence_start"] is None and event["sentence_end"] is None
    new.replace_events(aid, [{"sentence": "y", "start": 3, "end": 4, "source": None,
                              "target": None, "cameo": "111", "root": "11", "quad": 3,
                              "penta": 3, "goldstein": -2.0, "date": "2026-01-02"}])
    (event,) = new.events()
    assert (event["sentence_start"], event["sentence_end"]) == (3, 4)
    assert new.migrate() == []
    new.close()
