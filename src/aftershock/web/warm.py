"""What `aftershock serve` computes before it answers its first request: the aggregates over
every event (the network, the map and its points, each country's daily series), the story-search
documents, the actor dictionary queries are read with, the spaCy model briefs use, the regions
and the page templates. Without it the first readers after a start each wait seconds behind
these, and a crowd of them queues behind that."""
from __future__ import annotations

import time
from pathlib import Path

from ..api import Aftershock


def warm_caches(ash: Aftershock, echo=print) -> dict[str, float]:
    """Fill the caches the read routes share; seconds each part took. A part that fails is
    reported and skipped: warming must never stop the server from starting."""
    from ..coding.coder import load_model
    from ..ripple.story_search import query_countries
    from . import desk, pages, views

    def templates():
        env = pages.environment()
        for path in sorted(Path(pages.TEMPLATES).glob("*.html")):
            env.get_template(path.name)

    parts = {
        "regions": views.regions,
        "templates": templates,
        "network": lambda: desk.network_by_quad(ash),
        "map": lambda: views.world_map(ash),
        "map places": lambda: desk.event_places(ash),
        "country series": lambda: [ash.country_daily(row["country"])
                                   for row in ash.country_conflict()],
        "actor dictionary": lambda: query_countries("warm"),
        "language model": load_model,  # (briefs' highlights; ~1 s and ~85 MiB once)
        "story documents": ash.warm_story_search,
    }
    took: dict[str, float] = {}
    for name, part in parts.items():
        t0 = time.perf_counter()
        try:
            part()
        except Exception as exc:  # noqa: BLE001 - a cold cache is slow, not wrong
            echo(f"warm-up: {name} failed: {exc.__class__.__name__}: {exc}")
        took[name] = round(time.perf_counter() - t0, 2)
    return took
