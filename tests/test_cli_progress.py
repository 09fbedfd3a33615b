"""Long commands show progress on a terminal and nothing of it when piped."""
import io
import re

import pytest
from click.testing import CliRunner
from rich.console import Console

from aftershock import cli
from aftershock.cli import main
from aftershock.progress import progress_bar

from .conftest import article, write_jsonl

NOISE = re.compile(r"\x1b\[|\r|━|\d+/\d+|0:00:")  # escapes, carriage returns, bar, counts, time


@pytest.fixture
def db(tmp_path):
    db = f"sqlite:///{tmp_path / 'p.db'}"
    rows = [article(n, text=f"The port of Lumen reopened after storm {n}; ships entered.")
            for n in range(1, 6)]
    CliRunner().invoke(main, ["ingest", str(write_jsonl(tmp_path / "a.jsonl", rows)),
                              "--db", db])
    return db


@pytest.mark.parametrize("command", ["stories", "code", "signals"])
def test_piped_output_has_no_progress_noise(db, command):
    result = CliRunner().invoke(main, [command, "--db", db])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert not NOISE.search(result.output), repr(result.output)


def test_a_terminal_gets_a_bar_for_each_long_command(db, monkeypatch):
    shown = []

    def spy(label, total=None, enabled=False, console=None):
        shown.append((label, enabled))
        return progress_bar(label, total, False)

    from aftershock import api
    monkeypatch.setattr(api, "progress_bar", spy)
    from aftershock.stories import stage

    def tracked_spy(items, label, total=None, enabled=False):
        shown.append((label, enabled))
        return items

    monkeypatch.setattr(api, "tracked", tracked_spy)
    monkeypatch.setattr(stage, "progress_bar", spy)  # the stories stage's own loop
    monkeypatch.setattr(cli, "_progress", lambda quiet: not quiet)  # as on a terminal
    for command in ("stories", "code", "signals"):
        assert CliRunner().invoke(main, [command, "--db", db]).exit_code == 0
    assert shown == [("stories", True), ("code", True), ("signals", True)]
    shown.clear()
    assert CliRunner().invoke(main, ["stories", "--quiet", "--db", db]).exit_code == 0
    assert all(not enabled for _, enabled in shown)


def test_the_bar_draws_on_a_terminal_and_vanishes():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=80)
    with progress_bar("code", 3, True, console=console) as bar:
        for _ in range(3):
            bar.advance()
    assert "code" in out.getvalue()
    silent = io.StringIO()
    with progress_bar("code", 3, False, console=Console(file=silent)) as bar:
        bar.advance()
    assert silent.getvalue() == ""
