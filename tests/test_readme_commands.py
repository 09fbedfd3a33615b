"""Every `aftershock ...` command in README.md's console blocks runs, as written, against a demo
database built once: each exits 0 and prints no traceback. Placeholders (file names, feed URLs,
remote hosts) are replaced by real fixture files; `serve` and `monitor`, which run until stopped,
run until they answer (or finish a cycle) and are then stopped with SIGTERM. Then the bad-usage
cases: the message names the input and the problem."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .conftest import FIXTURES, article, write_jsonl

pytestmark = pytest.mark.slow

ROOT = Path(__file__).parents[1]
README = ROOT / "README.md"
CLI = [sys.executable, "-m", "aftershock.cli"]
TRACEBACK = "Traceback (most recent call last)"
# Commands that need what a test machine does not have, with the reason.
SKIPPED = {
    "--scheduler": "needs a Dask scheduler on another host (bench/scale.py runs a LocalCluster)",
}
LONG_RUNNING = ("serve", "monitor")


def console_commands(readme: str) -> list[str]:
    """Each `aftershock ...` command of a console block: `$` lines joined across `\\`, split at
    `&&`, and the alternatives shown in a comment (`# or: aftershock cluster`)."""
    commands = []
    for block in re.findall(r"```console\n(.*?)```", readme, re.DOTALL):
        for line in re.sub(r"\\\n\s*", " ", block).splitlines():
            if not line.startswith("$ "):
                continue
            line, _, comment = line[2:].partition("#")
            for part in line.split("&&"):
                part = part.strip()
                if part.startswith("aftershock "):
                    commands.append(part)
            commands += [c.strip() for c in re.findall(r"(aftershock [^`#]+?)\s*(?:\)|$)",
                                                       comment)]
    return commands


COMMANDS = console_commands(README.read_text(encoding="utf-8"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> dict:
    """The demo database (`aftershock demo`, run once) and the files the README's placeholders
    stand for."""
    root = tmp_path_factory.mktemp("readme")
    done = subprocess.run([*CLI, "demo", "--out", str(root / "demo-out")], cwd=root,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0 and TRACEBACK not in done.stdout + done.stderr, done.stderr
    feeds = root / "feeds"
    shutil.copytree(FIXTURES / "ingest" / "folder", feeds)
    shutil.copy(FIXTURES / "ingest" / "feed.atom", feeds / "feed.atom")
    archive = root / "archive"
    archive.mkdir()
    write_jsonl(archive / "archive.jsonl", [
        article(n, id=f"archive-{n}", url=f"https://archive.example/{n}") for n in range(1, 7)])
    korea = root / "korea.yaml"  # the README's own watchlist, delivered to this terminal only
    spec = re.search(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL).group(1)
    korea.write_text(spec.split("deliver:")[0] + "deliver:\n  - terminal\n", encoding="utf-8")
    stories = [{"id": f"c-{n}", "title": f"Storm closes port {n}",
                "text": f"A storm closed the port of Lumen on day {n}.",
                "published": f"2026-01-0{n}"} for n in range(1, 4)]
    tuned = root / "tuned.toml"  # a settings file like the one the README passes to --config
    tuned.write_text("[stories]\nthreshold = 0.3\n", encoding="utf-8")
    return {"root": root, "db": f"sqlite:///{root / 'demo-out' / 'demo.db'}",
            "tuned.toml": str(tuned),
            "articles.jsonl": str(write_jsonl(root / "articles.jsonl", [
                article(n, id=f"readme-{n}") for n in range(1, 4)])),
            "feeds/": str(feeds), "archive/": str(archive), "korea.yaml": str(korea),
            "IN.jsonl": str(write_jsonl(root / "in.jsonl", stories)),
            "rss": str(write_feed(root / "feed.rss"))}


def write_feed(path: Path) -> Path:
    """A small RSS feed, every item well formed (the README's feed URLs stand for it)."""
    items = "".join(
        f"<item><title>Ferry service to Lumen resumes, day {n}</title>"
        f"<link>https://feed.example/2026/01/0{n}/ferry</link>"
        f"<pubDate>Mon, 0{n} Jan 2026 08:00:00 GMT</pubDate>"
        f"<description>The ferry service to the port of Lumen resumed on day {n} after the "
        f"storm, the harbour office said.</description></item>" for n in range(5, 8))
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                    f"<title>Feed Example</title><link>https://feed.example/</link>{items}"
                    "</channel></rss>", encoding="utf-8")
    return path


def as_run(command: str, demo: dict) -> list[str]:
    """The command's arguments with every placeholder replaced by a real file."""
    args = []
    for word in shlex.split(command)[1:]:
        if word in demo:
            word = demo[word]
        elif word.startswith(("https://", "http://")):
            word = demo["rss"]  # a feed URL: the same feed, from a file
        elif word == "demo-out/demo.db":
            word = demo["db"]
        elif word in ("OUT.jsonl", "brief.html"):
            word = str(demo["root"] / word)
        args.append(word)
    if args[0] == "serve":
        args += ["--port", str(free_port())]
    return args


def run_until_ready(args: list[str], env: dict, cwd: Path) -> tuple[int, str]:
    """Start a long-running command, wait until it serves (serve) or has run a cycle (monitor),
    then SIGTERM it; its exit status and output."""
    out = cwd / f"{args[0]}.out"
    with open(out, "wb") as sink:
        proc = subprocess.Popen([*CLI, *args], cwd=cwd, env=env, stdout=sink,
                                stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if args[0] == "serve":
                port = args[args.index("--port") + 1]
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=5).is_success:
                        break
                except httpx.TransportError:
                    pass
            elif re.search(r"cycle \d+ done", out.read_text(errors="replace")):
                break
            time.sleep(0.3)
        else:
            pytest.fail(f"{args[0]} neither became ready nor ran:\n{out.read_text()}")
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return code, out.read_text(errors="replace")


def test_the_readme_shows_the_pipeline_commands():
    firsts = {shlex.split(c)[1] for c in COMMANDS}
    assert {"ingest", "stories", "code", "signals", "ripple", "brief", "cluster", "watch",
            "monitor", "serve", "token", "backfill"} <= firsts, firsts


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs(command, demo):
    reason = next((why for mark, why in SKIPPED.items() if mark in command), None)
    if reason:
        pytest.skip(reason)
    args = as_run(command, demo)
    env = {**os.environ, "AFTERSHOCK_DB": demo["db"]}
    stdout = ""
    if args[0] in LONG_RUNNING:
        code, output = run_until_ready(args, env, demo["root"])
    else:
        done = subprocess.run([*CLI, *args], cwd=demo["root"], env=env, capture_output=True,
                              text=True, timeout=600, check=False)
        code, output, stdout = done.returncode, done.stdout + done.stderr, done.stdout
    assert TRACEBACK not in output, output
    if args[0] == "serve" and code == -signal.SIGTERM:
        code = 0  # uvicorn shuts down gracefully, then dies of the SIGTERM it was sent
    assert code == 0, f"aftershock {' '.join(args)} exited {code}:\n{output[-2000:]}"
    if args[0] == "ripple":  # one JSON object on stdout (DESIGN.md)
        report, end = json.JSONDecoder().raw_decode(stdout.lstrip())
        assert "id" in report and not stdout.lstrip()[end:].strip(), stdout[-500:]


# bad usage: the message names the input and the problem ---------------------------------------
def bad(args: list[str], demo: dict) -> str:
    done = subprocess.run([*CLI, *args, "--db", demo["db"]], cwd=demo["root"],
                          capture_output=True, text=True, timeout=300, check=False)
    output = done.stdout + done.stderr
    assert TRACEBACK not in output, output
    assert done.returncode != 0, output
    return output.strip()


def test_an_unknown_region_is_named(demo):
    message = bad(["ripple", "--trigger", "Maduro captured", "--watch", "Atlantis"], demo)
    assert "Atlantis" in message and "region" in message.lower(), message


def test_an_unknown_story_id_is_named(demo):
    message = bad(["brief", "--story", "987654"], demo)
    assert "987654" in message and "story" in message.lower(), message


def test_a_missing_file_is_named(demo):
    message = bad(["ingest", "no-such-articles.jsonl"], demo)
    assert "no-such-articles.jsonl" in message, message
    assert "no such file" in message.lower() or "not found" in message.lower() or \
        "does not exist" in message.lower(), message


def test_a_bad_since_is_named(demo):
    message = bad(["export", "--format", "jsonl", "--since", "last-tuesday"], demo)
    assert "last-tuesday" in message and "--since" in message, message


def test_an_unknown_watchlist_is_named(demo):
    message = bad(["watch", "mute", "no-such-desk", "--for", "1h"], demo)
    assert "no-such-desk" in message and "watchlist" in message.lower(), message
