"""Watchlist rules fire on conflict stories involving watched actors, once, with evidence;
cooldown and mute hold alerts back."""
from datetime import datetime

from .watch_helpers import seeded_app

STORY_ONLY = {"anomaly": False, "ripple": False}


def run(app, **kw):
    return app.run_watchlists(echo=lambda text: None, **kw)


def test_conflict_stories_with_watched_actors_fire_with_their_evidence(tmp_path):
    app = seeded_app(tmp_path)
    app.add_watchlist({"name": "korea", "countries": ["PRK", "KOR"], "rules": STORY_ONLY})
    report = run(app)
    fired = {a["payload"]["title"]: a for a in report.fired}
    assert set(fired) == {"New story: Headline about launch", "New story: Headline about drills"}
    launch = fired["New story: Headline about launch"]["payload"]
    assert launch["rule"] == "new_story" and launch["subject"] == "KOR+PRK"
    assert launch["evidence"][0]["sentence"].startswith("North Korea fired two ballistic")
    assert launch["evidence"][0]["url"] == "https://wire.example/launch"
    assert launch["at"] == "2026-01-04T08:00:00"


def test_an_alert_fires_once_across_runs(tmp_path):
    app = seeded_app(tmp_path)
    app.add_watchlist({"name": "korea", "countries": ["PRK"], "rules": STORY_ONLY})
    first, second = run(app), run(app)
    assert len(first.fired) == 2 and second.fired == [] and second.repeated == 2
    assert len(app.store.alerts("korea")) == 2


def test_min_conflict_events_keywords_and_dyads_narrow_the_rule(tmp_path):
    app = seeded_app(tmp_path)
    app.add_watchlist({"name": "two", "countries": ["PRK", "KOR"],
                       "rules": {**STORY_ONLY, "new_story": {"min_conflict_events": 2}}})
    app.add_watchlist({"name": "missiles", "countries": ["PRK"], "keywords": ["missiles"],
                       "rules": STORY_ONLY})
    app.add_watchlist({"name": "dyad", "dyads": ["PRK>USA"], "rules": STORY_ONLY})
    run(app)
    titles = {name: [a["payload"]["title"] for a in app.store.alerts(name)]
              for name in ("two", "missiles", "dyad")}
    assert titles == {"two": ["New story: Headline about launch"],
                      "missiles": ["New story: Headline about launch"],
                      "dyad": ["New story: Headline about drills"]}


def test_cooldown_suppresses_a_second_alert_on_the_same_subject_in_news_time(tmp_path):
    app = seeded_app(tmp_path)
    # launch (08:00) and drills (20:00) are both about PRK only when KOR is not watched
    app.add_watchlist({"name": "short", "countries": ["PRK"], "rules": STORY_ONLY,
                       "cooldown": "6h"})
    app.add_watchlist({"name": "long", "countries": ["PRK"], "rules": STORY_ONLY,
                       "cooldown": "1d"})
    report = run(app)
    assert len(app.store.alerts("short")) == 2
    assert [a["payload"]["title"] for a in app.store.alerts("long")] == [
        "New story: Headline about launch"]
    assert [s["ref"] for s in report.suppressed] == ["story:3"]
    assert report.suppressed[0]["because_of"] == "story:1"


def test_a_muted_watchlist_records_alerts_but_never_delivers_them(tmp_path):
    app = seeded_app(tmp_path)
    app.add_watchlist({"name": "korea", "countries": ["PRK"], "rules": STORY_ONLY})
    app.mute_watchlist("korea", 3600)
    printed = []
    report = app.run_watchlists(echo=printed.append)
    assert report.fired == [] and len(report.muted) == 2 and printed == []
    assert {a["status"] for a in app.store.alerts("korea")} == {"muted"}
    assert app.store.alerts(undelivered=True) == []
    app.mute_watchlist("korea", None)  # unmuted: the muted ones stay muted, nothing new fires
    again = app.run_watchlists(echo=printed.append)
    assert again.fired == [] and again.repeated == 2 and printed == []


def test_mute_expires(tmp_path):
    app = seeded_app(tmp_path)
    app.add_watchlist({"name": "korea", "countries": ["PRK"], "rules": STORY_ONLY,
                       "muted_until": "2026-01-01T00:00:00"})
    report = app.run_watchlists(echo=lambda text: None, now=datetime(2026, 3, 1))
    assert len(report.fired) == 2 and report.muted == []


def test_since_ignores_older_news(tmp_path):
    app = seeded_app(tmp_path)
    app.add_watchlist({"name": "korea", "countries": ["PRK"], "rules": STORY_ONLY,
                       "since": "2026-01-04T12:00:00"})
    assert [a["ref"] for a in run(app).fired] == ["story:3"]
