"""`aftershock monitor` polls a feed, runs the pipeline and the watchlists, and stops cleanly on
SIGTERM or Ctrl-C (SIGINT) in a real process."""
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from aftershock.cli import main

pytestmark = pytest.mark.slow

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Peninsula Desk</title><link>https://desk.example/</link>
<description>Test feed</description>
<item><title>North Korea fires ballistic missiles into the East Sea</title>
<link>https://desk.example/2026/01/04/launch</link><pubDate>Sun, 04 Jan 2026 08:00:00 GMT</pubDate>
<description>North Korea fired two ballistic missiles into the East Sea on Sunday, South Korea's
military said. South Korea condemned the launch as a grave provocation.</description></item>
<item><title>South Korea and Japan hold talks on supply chains</title>
<link>https://desk.example/2026/01/05/talks</link><pubDate>Mon, 05 Jan 2026 09:00:00 GMT</pubDate>
<description>South Korea held talks with Japan on supply chains in Tokyo on Monday.</description>
</item></channel></rss>
"""


def start_monitor(tmp_path, *extra):
    feed = tmp_path / "desk.rss"
    feed.write_text(FEED)
    db = f"sqlite:///{tmp_path / 'monitor.db'}"
    result = CliRunner().invoke(main, ["watch", "add", "--name", "desk", "--country", "PRK",
                                       "--db", db])
    assert result.exit_code == 0, result.output
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "aftershock.cli", "monitor", str(feed), "--interval", "1h",
         "--db", db, *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env=env)
    return process


def read_until(process, marker: str, timeout: float = 120.0) -> list[str]:
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if marker in line:
            return lines
    process.kill()
    raise AssertionError(f"{marker!r} never printed; got:\n" + "\n".join(lines))


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_monitor_runs_a_cycle_alerts_and_stops_cleanly(tmp_path, stop_signal):
    process = start_monitor(tmp_path)
    try:
        lines = read_until(process, "cycle 1 done")
        process.send_signal(stop_signal)
        rest, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    output = "\n".join(lines) + "\n" + rest
    assert process.returncode == 0, output
    assert "read 2, stored 2" in output
    assert "[desk] New story:" in output  # the alert, printed by the terminal channel
    assert "Peninsula Desk: North Korea fired two ballistic missiles" in output
    assert "monitor: stopping after the current step" in rest
    assert "monitor: stopped after 1 cycle(s)" in rest
    assert "Traceback" not in output


def test_monitor_second_cycle_finds_nothing_new(tmp_path):
    db = f"sqlite:///{tmp_path / 'monitor.db'}"
    feed = tmp_path / "desk.rss"
    feed.write_text(FEED)
    runner = CliRunner()
    assert runner.invoke(main, ["watch", "add", "--name", "desk", "--country", "PRK",
                                "--db", db]).exit_code == 0
    result = runner.invoke(main, ["monitor", str(feed), "--interval", "0s", "--cycles", "2",
                                  "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.count("[desk] New story") == 1
    assert "duplicates 2" in result.output  # the second poll stores nothing again
    assert "stopped after 2 cycle(s)" in result.output


def test_a_restarted_monitor_refreshes_signals_a_killed_run_left_stale(tmp_path):
    from aftershock.watch import Monitor

    from .watch_helpers import seeded_app

    app = seeded_app(tmp_path)  # coded events, signals never computed: killed before signals
    assert app.store.articles(pending_coding=True) == [] and app.store.series() == []
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    lines = []
    Monitor(app, [str(inbox)], echo=lines.append, deliver=False).cycle()
    assert app.store.series(), lines  # nothing new arrived, yet the series are there
