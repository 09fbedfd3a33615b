"""The CLI's one error handler: every failure is a line naming the input and the problem, with a
non-zero exit and no traceback; empty listings say so."""
from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from aftershock.cli import main

from .conftest import article, write_jsonl


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    return result


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_an_unreachable_postgresql_server_is_one_line_naming_it():
    result = run("stories", "--db", "postgresql://nobody@127.0.0.1:1/x")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "cannot open the store" in lines[0] and "127.0.0.1:1/x" in lines[0]
    assert "Connection refused" in lines[0] or "connection failed" in lines[0]


def test_an_unknown_watchlist_is_named_with_both_quotes(db):
    result = run("watch", "mute", "nosuch", "--for", "1h", "--db", db)
    assert result.exit_code == 1
    assert "no watchlist called 'nosuch'" in result.output


def test_export_checks_its_dates_before_writing_anything(db, tmp_path):
    out = tmp_path / "events.csv"
    result = run("export", "--format", "csv", "--since", "notadate", "-o", out, "--db", db)
    assert result.exit_code == 2
    assert "--since" in result.output and "'notadate' is not a date" in result.output
    assert "id,origin" not in result.output and not out.exists()
    assert run("export", "--format", "csv", "--until", "2026-01-31", "--db", db).exit_code == 0


def test_ingest_says_an_unsupported_scheme_is_unsupported(db):
    result = run("ingest", "ftp://files.example/news.jsonl", "--db", db)
    assert result.exit_code == 1
    assert "rejected ftp://files.example/news.jsonl: unsupported URL scheme 'ftp'" \
        in result.output


def test_ingest_says_a_binary_txt_is_not_text(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "image.txt").write_bytes(b"\x00" * 2000)
    result = run("ingest", folder / "image.txt", "--db", db)
    assert result.exit_code == 1
    assert f"rejected {folder / 'image.txt'}: not a text file: binary data" in result.output
    assert "missing field" not in result.output


def test_backfill_names_each_rejected_input_and_why(db, tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", [article(1)])
    result = run("backfill", "nosuch/", good, "--workers", "1", "--db", db)
    assert result.exit_code == 1
    assert "rejected nosuch/: no such file or folder" in result.output


def test_serve_on_a_busy_port_fails_before_announcing_anything(db):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--port", port, "--db", db)
    assert result.exit_code == 1
    assert f"cannot serve on 127.0.0.1:{port}: the port is already in use" in result.output
    assert "serving" not in result.output


@pytest.mark.parametrize("command, message", [
    (["watch", "list"], "no watchlists"),
    (["token", "list"], "no tokens"),
])
def test_empty_listings_say_so(db, command, message):
    result = run(*command, "--db", db)
    assert result.exit_code == 0
    assert message in result.output


def test_an_unexpected_error_is_one_line_too(db, monkeypatch):
    from aftershock import api
    monkeypatch.setattr(api.Aftershock, "build_stories",
                        lambda self, **kw: (_ for _ in ()).throw(ZeroDivisionError("boom")))
    result = run("stories", "--db", db)
    assert result.exit_code == 1
    assert "unexpected ZeroDivisionError: boom" in result.output
