"""Fixtures for the web tests: the demo database (built once per session), a database of hostile
articles, live servers on loopback, and Debian's Chromium driven by Playwright."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Self

import pytest

ARTIFACTS = Path(__file__).parent / "artifacts"
HOSTILE = Path(__file__).parent / "fixtures" / "web" / "hostile-articles.jsonl"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

_built: dict[str, Path] = {}
_shared: dict[str, object] = {}


def _build_once(name: str, factory, build) -> Path:
    """Build a database once per session; every test module importing these fixtures shares it."""
    if name not in _built:
        folder = factory.mktemp(name)
        build(folder)
        _built[name] = folder
    return _built[name]


def _demo(folder: Path) -> None:
    from aftershock.demo import run_demo
    run_demo(folder, echo=lambda *_: None)


def _hostile(folder: Path) -> None:
    from aftershock.api import Aftershock
    ash = Aftershock(f"sqlite:///{folder / 'demo.db'}")
    report = ash.ingest([str(HOSTILE)])
    assert report.rejected == 0, report.rejections
    # Ingest refuses javascript: URLs; a row written by other means must still be shown safely.
    ash.store.insert_article({
        "ext_id": "h-js", "url": "javascript:window.__pwned='href';alert('href')",
        "canonical_url": "javascript:alert('href')", "content_hash": "0" * 64, "lang": "en",
        "title": "Pyongyang condemns drills, says the <em>peninsula</em> is on edge",
        "published": datetime(2026, 3, 2, 12, 0), "source": "Evil Wire",
        "text": "North Korea condemned the United States over the drills on Monday."})
    ash.build_stories()
    ash.code_events()
    ash.compute_signals()
    ash.ripple("Pyongyang condemns", "korean-peninsula", window_days=30)
    ash.store.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> str:
    """URL of a copy of the demo database (`aftershock.demo.run_demo`), shared by the session."""
    folder = _build_once("web-demo", tmp_path_factory, _demo)
    return f"sqlite:///{folder / 'demo.db'}"


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> str:
    """URL of a database whose articles carry script tags, event handlers and javascript: URLs."""
    folder = _build_once("web-hostile", tmp_path_factory, _hostile)
    return f"sqlite:///{folder / 'demo.db'}"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """The web app served by uvicorn in a thread on a loopback port."""

    def __init__(self, db: str):
        import uvicorn

        from aftershock.web import create_app
        self.app = create_app(db)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(
            self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.app.state.aftershock.store.close()

    @property
    def store(self):
        return self.app.state.aftershock.store


@pytest.fixture(scope="module")
def demo_server(demo_db):
    with LiveServer(demo_db) as server:
        yield server


@pytest.fixture(scope="module")
def hostile_server(hostile_db):
    with LiveServer(hostile_db) as server:
        yield server


@pytest.fixture
def empty_server(tmp_path):
    """A server over a fresh, empty database (for tests that write)."""
    with LiveServer(f"sqlite:///{tmp_path / 'web.db'}") as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium under Playwright; never a downloaded browser. Missing Chromium skips
    locally and fails in CI (where .ci/run installs it)."""
    if not (os.path.exists(CHROMIUM) and shutil.which(CHROMIUM)):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run should have installed it")
        pytest.skip(f"no {CHROMIUM} (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    if "browser" in _shared:  # each test module imports this fixture; one browser serves all
        yield _shared["browser"]
        return
    with playwright_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        _shared["browser"] = launched
        try:
            yield launched
        finally:
            _shared.pop("browser", None)
            launched.close()


class PageWatch:
    """A browser page that records console errors, page errors, dialogs and any request that
    leaves the test server (aborted)."""

    def __init__(self, browser, base_url: str):
        self.base_url = base_url
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.outside_requests: list[str] = []
        self.failed_responses: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(
            f"{m.text} @ {m.location}"))
        self.page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("response", lambda r: r.status >= 400 and self.failed_responses.append(
            f"{r.status} {r.url}"))
        self.context.route("**/*", self._route)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        url = route.request.url
        if url == self.base_url or url.startswith((self.base_url + "/", "data:", "about:",
                                                   "blob:")):
            route.continue_()
        else:
            self.outside_requests.append(url)
            route.abort()

    def open(self, path: str):
        response = self.page.goto(self.base_url + path, wait_until="networkidle")
        return response

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def forget(self, status: int) -> None:
        """Drop the records of responses with this status that a test provoked on purpose."""
        self.failed_responses = [r for r in self.failed_responses if not r.startswith(f"{status} ")]
        self.console_errors = [e for e in self.console_errors
                               if f"status of {status} " not in e]

    def assert_clean(self) -> None:
        problems = {"console errors": self.console_errors, "page errors": self.page_errors,
                    "dialogs": self.dialogs, "requests leaving the server":
                    self.outside_requests, "failed responses": self.failed_responses}
        assert not any(problems.values()), {k: v for k, v in problems.items() if v}

    def close(self) -> None:
        self.context.close()


def copy_database(url: str, target: Path) -> str:
    """A consistent copy of a SQLite store (the backup API, so rows still in its write-ahead
    log come along; copying the main file alone can miss them); returns the copy's URL."""
    import sqlite3
    source = sqlite3.connect(url.removeprefix("sqlite:///"))
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return f"sqlite:///{target}"
