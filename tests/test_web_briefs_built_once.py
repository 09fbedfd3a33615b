"""Briefs on the web: concurrent requests for one brief build it once, the language model loads
once however many threads ask, and reading a brief never writes to the store."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from aftershock.api import Aftershock
from aftershock.web import create_app
from aftershock.web.brief_cache import BriefCache

from .watch_helpers import seeded_app


def test_one_build_per_key_however_many_ask():
    cache, calls = BriefCache(size=2), []

    def build():
        calls.append(1)
        time.sleep(0.2)
        return {"n": len(calls)}

    with ThreadPoolExecutor(12) as pool:
        results = list(pool.map(lambda _: cache.get(("story", 1, "t"), build), range(12)))
    assert len(calls) == 1 and all(r is results[0] for r in results)
    assert cache.get(("story", 1, "t"), build) is results[0] and len(calls) == 1
    cache.get(("story", 2, "t"), build)
    cache.get(("story", 3, "t"), build)  # beyond the size: the oldest goes
    cache.get(("story", 1, "t"), build)
    assert len(calls) == 4


def test_a_failed_build_reaches_every_waiter_and_is_not_kept():
    cache, calls = BriefCache(), []

    def failing():
        calls.append(1)
        time.sleep(0.2)
        raise RuntimeError("no brief")

    with ThreadPoolExecutor(6) as pool:
        futures = [pool.submit(cache.get, "k", failing) for _ in range(6)]
    for future in futures:
        with pytest.raises(RuntimeError, match="no brief"):
            future.result()
    assert len(calls) == 1
    assert cache.get("k", lambda: "built") == "built"


def test_the_model_loads_once_when_threads_ask_together(monkeypatch):
    from aftershock.coding import coder
    module = pytest.importorskip(coder.MODEL_NAME)
    loads = []

    def slow_load():
        loads.append(1)
        time.sleep(0.3)
        return object()

    monkeypatch.setattr(coder, "_MODELS", {})
    monkeypatch.setattr(module, "load", slow_load)
    with ThreadPoolExecutor(8) as pool:
        models = list(pool.map(lambda _: coder.load_model(), range(8)))
    assert len(loads) == 1 and all(m is models[0] for m in models)


def test_concurrent_reads_build_a_brief_once_and_write_nothing(tmp_path, monkeypatch):
    app = seeded_app(tmp_path)
    story = app.store.stories()[0]
    builds, saves = [], []
    original = Aftershock.brief_model
    lock = threading.Lock()

    def counted(self, *args, **kwargs):
        with lock:
            builds.append(kwargs)
        time.sleep(0.3)  # long enough for every request to arrive while it runs
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Aftershock, "brief_model", counted)
    monkeypatch.setattr(app.store, "save_brief", lambda *a, **k: saves.append(a))
    web = create_app(aftershock=app)
    with TestClient(web) as client, ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(
            lambda fmt: client.get(f"/api/stories/{story['id']}/brief", params={"format": fmt}),
            ["json", "md", "html", "json", "md"] * 2))
    assert [a.status_code for a in answers] == [200] * 10
    assert len(builds) == 1 and builds[0].get("save") is False
    assert saves == [] and app.store.saved_brief("story", story["id"]) is None
    # a story that changes gets a new brief
    app.store.save_story({**story, "headline": story["headline"] + " (updated)"})
    with TestClient(web) as client:
        assert client.get(f"/api/stories/{story['id']}/brief").status_code == 200
    assert len(builds) == 2
