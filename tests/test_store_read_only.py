"""A read-only store: every read works (the dashboard included), every write says the store is
read-only and fails, with no traceback."""
import os
from urllib.parse import quote

import httpx
import pytest
from click.testing import CliRunner

from aftershock.api import Aftershock
from aftershock.cli import main
from aftershock.store import Store, StoreReadOnlyError

from .conftest import article, write_jsonl
from .web_fixtures import LiveServer


@pytest.fixture(params=["sqlite", "postgresql"])
def urls(request, tmp_path):
    """(read-write URL, read-only URL) of one store holding a story and a pending article."""
    if request.param == "sqlite":
        path = tmp_path / "ro.db"
        rw, ro = f"sqlite:///{path}", f"sqlite:///file:{path}?mode=ro&uri=true"
    else:
        rw = request.getfixturevalue("pg_url")
        ro = rw + "?options=" + quote("-c default_transaction_read_only=on")
    app = Aftershock(rw)
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", [article(1)]))])
    app.build_stories()
    app.ingest([str(write_jsonl(tmp_path / "b.jsonl", [article(2)]))])
    app.store.close()
    return rw, ro


def test_reads_work_and_writes_are_refused_by_name(urls):
    _, ro = urls
    store = Store(ro)
    assert len(store.articles()) == 2 and len(store.stories()) == 1
    with pytest.raises(StoreReadOnlyError, match="read-only"):
        store.save_watchlist("w", {"name": "w"})
    app = Aftershock(store=store)
    story_id = store.stories()[0]["id"]
    assert app.brief(story_id=story_id).startswith("# ")  # built, just not saved
    store.close()


@pytest.mark.parametrize("command, writes", [
    (["stories"], True),
    (["token", "create", "reader"], True),
    (["watch", "list"], False),
    (["export", "--format", "csv"], False),
    (["brief", "--story", "1"], False),
])
def test_cli_on_a_read_only_store(urls, command, writes):
    _, ro = urls
    result = CliRunner().invoke(main, [*command, "--db", ro])
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    if writes:
        assert result.exit_code == 1
        assert "is read-only" in result.output
    else:
        assert result.exit_code == 0, result.output


def test_the_dashboard_serves_a_read_only_store(urls):
    _, ro = urls
    with LiveServer(ro) as server:
        assert httpx.get(server.url + "/", timeout=30).status_code == 200
        assert httpx.get(server.url + "/stories", timeout=30).status_code == 200
        assert httpx.get(server.url + "/api/stories", timeout=30).json()["stories"]


@pytest.mark.skipif(os.geteuid() == 0, reason="file modes do not bind root")
def test_a_read_only_file_is_read_and_not_written(urls):
    rw, _ = urls
    if not rw.startswith("sqlite"):
        pytest.skip("file modes are SQLite's")
    path = rw.split(":///", 1)[1]
    os.chmod(path, 0o444)
    result = CliRunner().invoke(main, ["stories", "--db", rw])
    assert result.exit_code == 1 and "is read-only" in result.output
    assert CliRunner().invoke(main, ["watch", "list", "--db", rw]).exit_code == 0
