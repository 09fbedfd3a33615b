"""Helpers for the watch tests: a store with a few hand-written stories and events."""
from __future__ import annotations

import json

from aftershock.api import Aftershock
from aftershock.ingest import ingest

ARTICLE_TEXT = {
    "launch": ("North Korea fired two ballistic missiles into the East Sea on Sunday. "
               "South Korea condemned the launch as a provocation."),
    "talks": "South Korea and Japan held talks on supply chains in Tokyo on Monday.",
    "drills": "North Korea threatened the United States over planned drills on Friday.",
}


def seeded_app(tmp_path) -> Aftershock:
    """A store holding three stories: a missile launch (conflict), trade talks (cooperation),
    and a threat over drills (conflict), each with coded events, written through the store API."""
    app = Aftershock(f"sqlite:///{tmp_path / 'watch.db'}")
    store = app.store
    specs = [
        ("launch", "2026-01-04T08:00:00", [
            ("PRKMIL", "PRK", None, None, "150", "15", 4, -7.2,
             "North Korea fired two ballistic missiles into the East Sea on Sunday."),
            ("KORGOV", "KOR", "PRKGOV", "PRK", "111", "11", 3, -2.0,
             "South Korea condemned the launch as a provocation.")]),
        ("talks", "2026-01-05T08:00:00", [
            ("KORGOV", "KOR", "JPNGOV", "JPN", "040", "04", 1, 1.0,
             "South Korea and Japan held talks on supply chains in Tokyo on Monday.")]),
        ("drills", "2026-01-04T20:00:00", [
            ("PRKGOV", "PRK", "USAGOV", "USA", "130", "13", 3, -4.4,
             "North Korea threatened the United States over planned drills on Friday.")]),
    ]
    path = tmp_path / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": key, "url": f"https://wire.example/{key}",
                                  "source": "Wire Example", "title": f"Headline about {key}",
                                  "published": when + "+00:00", "text": ARTICLE_TEXT[key]}) + "\n"
                      for key, when, _ in specs)
    ingest(store, [str(path)])
    by_ext = {a["ext_id"]: a for a in store.articles()}
    for key, when, events in specs:
        article = by_ext[key]
        story_id = store.save_story({
            "key": key, "headline": f"Headline about {key}", "first_seen": when,
            "last_seen": when, "n_articles": 1, "n_outlets": 1,
            "countries": sorted({e[1] for e in events} | {e[3] for e in events if e[3]}),
            "entities": []})
        store.assign_story([article["id"]], story_id)
        store.replace_events(article["id"], [{
            "sentence": sentence, "source": {"text": src, "code": src, "country": src_c},
            "target": {"text": tgt, "code": tgt, "country": tgt_c} if tgt else None,
            "cameo": cameo, "root": root, "quad": quad, "penta": 0, "goldstein": g,
            "date": when[:10]} for src, src_c, tgt, tgt_c, cameo, root, quad, g, sentence
            in events])
    return app
