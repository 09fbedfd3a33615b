"""Storylines in the store: the stories stage links every stored story into a storyline, a
store made before storylines (migration m014) gets them on its next `stories` run, and merged
stories leave no storyline row behind."""
from __future__ import annotations

import json

from aftershock.api import Aftershock
from aftershock.store import Store

from .conftest import FIXTURES, write_jsonl

STORY_FIXTURE = FIXTURES / "stories" / "articles.jsonl"


def _articles():
    rows = [json.loads(line) for line in STORY_FIXTURE.read_text().splitlines() if line.strip()]
    for r in rows:
        r.setdefault("url", f"https://fixture.example/{r['id']}")
        r.setdefault("source", r.get("outlet", "Fixture Desk"))
    return rows


def test_stories_stage_links_every_story_into_a_storyline(store, tmp_path):
    app = Aftershock(store=store)
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", _articles()))])
    report = app.build_stories()
    assert "storylines (" in report
    stories = store.stories(order="time")
    grouped = store.storyline_stories()
    members = [s["id"] for line in grouped.values() for s in line]
    assert sorted(members) == sorted(s["id"] for s in stories)  # each story once
    for key, line in grouped.items():
        assert key == f"storyline-{line[0]['id']}"  # named after its earliest story
        assert [s["first_seen"] for s in line] == sorted(s["first_seen"] for s in line)
        assert app.storyline(key)["n_stories"] == len(line)
        for story in line:
            assert store.storyline_of(story["id"]) == key
            assert app.storyline(story["id"])["storyline"] == key
    listed = app.storylines()
    assert len(listed) == len(grouped)
    assert [r["last_seen"] for r in listed] == sorted((r["last_seen"] for r in listed),
                                                      reverse=True)


def test_a_store_without_storylines_gets_them_on_the_next_run(store, tmp_path):
    app = Aftershock(store=store)
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", _articles()))])
    app.build_stories()
    linked = store.storyline_stories()
    store.replace_storylines({})  # as a store upgraded by m014 holds them: none
    assert store.storyline_count() == 0
    report = app.build_stories()
    assert report.startswith("stories: no pending articles, ")
    assert store.storyline_stories() == linked
    assert app.build_stories() == "stories: no pending articles"  # nothing to redo


def test_later_articles_relink_and_merged_stories_leave_no_row(store, tmp_path):
    rows = sorted(_articles(), key=lambda r: r["published"])
    app = Aftershock(store=store)
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", rows[: len(rows) // 2]))])
    app.build_stories()
    app.ingest([str(write_jsonl(tmp_path / "b.jsonl", rows[len(rows) // 2:]))])
    app.build_stories()
    story_ids = {s["id"] for s in store.stories()}
    assert {s["id"] for line in store.storyline_stories().values() for s in line} == story_ids
    assert store.storyline_count() == len(story_ids)


def test_migration_m014_adds_the_table_to_an_older_store(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Store(url, migrate=False)
    old.migrate(upto="m013_event_method")
    assert "storylines" not in old.table_names()
    old.close()
    upgraded = Store(url)
    assert "storylines" in upgraded.table_names()
    assert "m014_storylines" in upgraded.applied_migrations()


def test_an_unknown_storyline_is_a_clear_error(store):
    import pytest

    from aftershock.errors import AftershockError
    app = Aftershock(store=store)
    with pytest.raises(AftershockError, match="no storyline 'storyline-999'"):
        app.storyline("storyline-999")
    with pytest.raises(AftershockError, match="no storyline for story 999"):
        app.storyline(999)


def test_stories_lines_command_lists_storylines(tmp_path):
    from click.testing import CliRunner

    from aftershock.cli import main
    url = f"sqlite:///{tmp_path / 'lines.db'}"
    app = Aftershock(url)
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", _articles()))])
    app.build_stories()
    runner = CliRunner()
    listed = runner.invoke(main, ["stories", "lines", "--min-stories", "1", "--format", "json",
                                  "--db", url])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert sum(r["n_stories"] for r in rows) == app.store.count("stories")
    text = runner.invoke(main, ["stories", "lines", "--min-stories", "1", "--db", url])
    assert text.exit_code == 0 and rows[0]["storyline"] in text.output
