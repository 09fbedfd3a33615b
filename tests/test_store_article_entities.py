"""Articles' named entities live in their own table (migration m012), added to old databases."""
import pytest

from aftershock.api import Aftershock
from aftershock.store import Store

from .conftest import article, write_jsonl


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'v10.db'}"
    return request.getfixturevalue("pg_url")


def test_database_from_before_m012_gains_the_table_and_keeps_its_articles(database_url,
                                                                          tmp_path):
    old = Store(database_url, migrate=False)
    old.migrate(upto="m010_event_sentence_offsets")
    assert "article_entities" not in old.table_names()
    path = write_jsonl(tmp_path / "a.jsonl", [article(1, title="Storm closes the port of Lumen")])
    Aftershock(store=old).ingest([str(path)])
    old.close()

    upgraded = Store(database_url)
    assert "m012_article_entities" in upgraded.applied_migrations()
    assert "article_entities" in upgraded.table_names()
    [stored] = upgraded.articles()
    assert upgraded.article_entities([stored["id"]]) == {}  # not parsed until needed
    Aftershock(store=upgraded).build_stories()
    entities = upgraded.article_entities([stored["id"]])[stored["id"]]
    assert ["Lumen", "GPE"] in entities
    upgraded.close()


def test_saving_entities_again_replaces_them(store, tmp_path):
    Aftershock(store=store).ingest([str(write_jsonl(tmp_path / "a.jsonl", [article(1)]))])
    [stored] = store.articles()
    store.save_article_entities({stored["id"]: [["Lumen", "GPE"]]})
    store.save_article_entities({stored["id"]: [["Lumen", "GPE"], ["Harbor Board", "ORG"]]})
    assert store.article_entities([stored["id"], 999_999]) == {
        stored["id"]: [["Lumen", "GPE"], ["Harbor Board", "ORG"]]}
    store.save_article_entities({})  # nothing to do
    assert store.count("article_entities") == 1
