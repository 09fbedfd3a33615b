"""Briefs the web app built, kept in memory and built once: concurrent requests for the same
brief wait for the one build instead of each running it (single flight)."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future

MAX_BRIEFS = 256


class BriefCache:
    """Results by key (kind, id and the stamp of what the brief describes, so a changed story or
    a re-run ripple gets a new brief), least recently used dropped beyond `size`. A failed build
    is not kept: its waiters get the error, the next request tries again."""

    def __init__(self, size: int = MAX_BRIEFS):
        self.size = size
        self._done: OrderedDict[Hashable, object] = OrderedDict()
        self._building: dict[Hashable, Future] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], object]):
        with self._lock:
            if key in self._done:
                self._done.move_to_end(key)
                return self._done[key]
            future = self._building.get(key)
            owner = future is None
            if owner:
                future = self._building[key] = Future()
        if not owner:
            return future.result()
        try:
            result = build()
        except BaseException as exc:
            with self._lock:
                del self._building[key]
            future.set_exception(exc)
            raise
        with self._lock:
            del self._building[key]
            self._done[key] = result
            while len(self._done) > self.size:
                self._done.popitem(last=False)
        future.set_result(result)
        return result
