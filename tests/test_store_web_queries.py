"""The store queries behind the web app, on SQLite and PostgreSQL: newest-first keyset pages,
country and text filters, event filters, aggregates, and API tokens."""
from __future__ import annotations

from datetime import datetime

import pytest

from aftershock.store.analysis import _iso

COUNTRIES = {1: ["PRK", "USA"], 2: ["VEN", "USA"], 3: ["KOR", "CHN"], 4: ["FRA"], 5: ["PRK"]}


def _event(cameo: str, quad: int, goldstein: float, src: str, tgt: str | None, day: str) -> dict:
    return {"sentence": f"{src} {cameo} {tgt}", "source": {"text": src, "code": src + "GOV",
            "country": src}, "target": {"text": tgt, "code": tgt, "country": tgt} if tgt else None,
            "cameo": cameo, "root": cameo[:2], "quad": quad, "penta": 3, "goldstein": goldstein,
            "plover": None, "date": day, "place": "Yellow Sea" if cameo == "190" else None}


@pytest.fixture
def filled(store):
    """Five stories of one article each, a day apart, with a few events."""
    for n, countries in COUNTRIES.items():
        day = datetime(2026, 1, n, 12)
        article_id = store.insert_article({
            "ext_id": f"a{n}", "url": f"https://w.example/{n}", "canonical_url": f"w.example/{n}",
            "title": "Missile launch" if n in (1, 5) else f"Meeting {n}", "lang": "en",
            "published": day, "content_hash": f"{n:064d}", "source": f"Outlet {n % 2}",
            "text": "Pyongyang fired a missile." if n in (1, 5) else "Ministers met."})
        story_id = store.save_story({"key": f"s{n}", "headline": f"Story {n}", "first_seen": day,
                                     "last_seen": day, "n_articles": 1, "n_outlets": 1,
                                     "countries": countries, "entities": []})
        store.assign_story([article_id], story_id)
        day_text = day.date().isoformat()
        events = [_event("190", 4, -10.0, countries[0], "USA", day_text),
                  _event("040", 1, 1.0, countries[-1], countries[0], day_text)]
        store.replace_events(article_id, events if n != 4 else events[1:])
    return store


def test_story_pages_are_newest_first_and_complete(filled):
    first = filled.story_page(limit=2)
    assert [s["headline"] for s in first] == ["Story 5", "Story 4"]
    second = filled.story_page(limit=2, after=(first[-1]["last_seen"], first[-1]["id"]))
    third = filled.story_page(limit=2, after=(second[-1]["last_seen"], second[-1]["id"]))
    assert [s["headline"] for s in second + third] == ["Story 3", "Story 2", "Story 1"]


def test_story_filters(filled):
    assert [s["headline"] for s in filled.story_page(countries=["prk"])] == ["Story 5", "Story 1"]
    assert [s["headline"] for s in filled.story_page(countries=["KOR", "VEN"])] == \
        ["Story 3", "Story 2"]
    assert [s["headline"] for s in filled.story_page(query="missile")] == ["Story 5", "Story 1"]
    assert filled.story_page(query="!!!") == []
    window = filled.story_page(since=datetime(2026, 1, 2), until=datetime(2026, 1, 3, 23))
    assert [s["headline"] for s in window] == ["Story 3", "Story 2"]
    assert filled.story_outlets([s["id"] for s in window]) == {
        window[0]["id"]: ["Outlet 1"], window[1]["id"]: ["Outlet 0"]}


def test_event_pages_and_filters(filled):
    everything = filled.event_page(limit=100)
    assert len(everything) == 9
    keys = [(e["date"], e["id"]) for e in everything]
    assert keys == sorted(keys, reverse=True)
    page = filled.event_page(limit=4)
    rest = filled.event_page(limit=100, after=(page[-1]["date"], page[-1]["id"]))
    assert [e["id"] for e in page + rest] == [e["id"] for e in everything]
    assert {e["cameo"] for e in filled.event_page(code="19")} == {"190"}
    assert all(e["quad"] == 1 for e in filled.event_page(quad=1))
    assert len(filled.event_page(source="PRK", target="USA")) == 2
    assert len(filled.event_page(actor="VENGOV")) == 1 and len(filled.event_page(actor="ven")) == 2
    assert len(filled.event_page(country="USA")) == 6
    assert len(filled.event_page(place="yellow")) == 4
    assert len(filled.event_page(since="2026-01-02", until="2026-01-03")) == 4
    assert all(e["article_url"].startswith("https://w.example/") for e in everything)


def test_aggregates(filled):
    prk = filled.country_daily("PRK")
    assert [r["date"] for r in prk] == ["2026-01-01", "2026-01-05"]
    assert prk[0]["n"] == 2 and prk[0]["q4"] == 1 and prk[0]["conflict_share"] == 0.5
    dyads = {(d["source"], d["target"]): d for d in filled.dyad_totals()}
    assert dyads["PRK", "USA"]["n"] == 2 and dyads["PRK", "USA"]["conflict"] == 2
    assert dyads["USA", "PRK"]["cooperation"] == 1
    assert all(d["source"] != d["target"] for d in dyads.values())
    world = {c["country"]: c for c in filled.country_conflict()}
    assert world["USA"]["n"] == 6 and world["USA"]["conflict"] == 4
    assert filled.event_date_span() == ("2026-01-01", "2026-01-05")


def test_api_tokens_keep_hashes(filled):
    token_id = filled.add_api_token("ci", "f" * 64)
    assert filled.api_token_by_hash("f" * 64)["id"] == token_id
    with pytest.raises(ValueError, match="already exists"):
        filled.add_api_token("ci", "e" * 64)
    filled.touch_api_token(token_id)
    listed = filled.api_token_list()
    assert listed[0]["name"] == "ci" and "token_hash" not in listed[0]
    assert listed[0]["last_used_at"] is not None and _iso(listed[0]["created_at"])
    assert filled.delete_api_token("ci") and filled.api_token_by_id(token_id) is None


def test_alert_pages(store):
    ids = [store.add_alert("korea" if n % 2 else "venezuela", "anomaly" if n < 3 else "ripple",
                           f"ref-{n}", {"n": n}) for n in range(5)]
    first = store.alert_page(limit=2)
    rest = store.alert_page(limit=10, after=(first[-1]["created_at"], first[-1]["id"]))
    assert [a["id"] for a in first + rest] == sorted(ids, reverse=True)
    assert [a["payload"]["n"] for a in store.alert_page(watchlist="korea")] == [3, 1]
    assert [a["payload"]["n"] for a in store.alert_page(rule="ripple")] == [4, 3]
