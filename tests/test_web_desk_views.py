"""What the desk additions say, read from their JSON and HTML over the demo database: a story's
coverage by outlet (first report, outlets' countries by datelines, outlets carrying only copies),
event places put in their country by the gazetteer, several series on one chart, and the actor
network split by quad class."""
from __future__ import annotations

import json

import lxml.html
import pytest
from fastapi.testclient import TestClient

from aftershock.web import create_app, desk

from .web_fixtures import demo_db  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(demo_db):  # noqa: F811
    with TestClient(create_app(demo_db)) as c:
        c.ash = c.app.state.aftershock
        yield c


def html(client, path: str):
    response = client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    return lxml.html.fromstring(response.text)


def widest_story(client) -> dict:
    return max(client.ash.store.story_page(limit=200), key=lambda s: (s["n_articles"], -s["id"]))


def test_place_names_resolve_through_the_gazetteer():
    assert desk.place_country("Caracas") == ("VEN", "capital")
    assert desk.place_country("venezuela") == ("VEN", "country")
    assert desk.place_country("Busan") == ("KOR", "place")
    assert desk.place_country("Korean Peninsula") == (None, None)  # blocked: not a country
    assert desk.place_country("institute") == (None, None)
    assert desk.place_country(None) == (None, None)


def test_story_coverage_names_the_first_report_countries_and_copies(client):
    story = widest_story(client)
    articles = client.ash.store.articles(story_ids=[story["id"]])
    coverage = client.get(f"/api/stories/{story['id']}/coverage").json()
    assert coverage["n_articles"] == len(articles) == story["n_articles"]
    assert [o["name"] for o in coverage["outlets"]] == list(dict.fromkeys(
        a["source"] for a in sorted(articles, key=lambda a: (a["published"], a["id"]))))
    originals = sorted((a for a in articles if not a["duplicate_of"]),
                       key=lambda a: (a["published"], a["id"]))
    assert coverage["first"]["id"] == originals[0]["id"]
    copies = {a["source"] for a in articles if a["duplicate_of"]}
    own = {a["source"] for a in articles if not a["duplicate_of"]}
    assert set(coverage["copy_outlets"]) == copies - own
    assert coverage["n_copies"] == sum(1 for a in articles if a["duplicate_of"]) > 0
    assert sum(c["outlets"] for c in coverage["countries"]) == coverage["n_outlets"]
    known = [o for o in coverage["outlets"] if o["country"] != desk.UNKNOWN]
    assert known, "the demo outlets' datelines name countries"
    for outlet in known:
        assert desk.place_country(outlet["dateline"])[0] == outlet["country"]

    page = html(client, f"/stories/{story['id']}")
    rows = page.xpath("//table[contains(@class, 'outlets')]/tbody/tr")
    assert len(rows) == coverage["n_outlets"]
    assert len(page.xpath("//table[contains(@class, 'outlets')]//span[@class='badge first']")) == 1
    assert len(page.xpath("//tr[@class='only-copies']")) == len(coverage["copy_outlets"])
    embedded = json.loads(page.xpath("//script[@id='coverage-data']")[0].text)
    assert embedded == coverage
    assert page.xpath("//div[@id='coverage']")


def test_unknown_story_coverage_is_404(client):
    assert client.get("/api/stories/999999/coverage").status_code == 404


def test_event_places_cover_every_placed_event_once(client):
    placed = client.ash.store.placed_events()
    assert placed and all(e["place"] for e in placed)
    data = client.get("/api/places").json()
    assert sum(p["n"] for p in data["points"]) + sum(u["n"] for u in data["unplaced"]) \
        == len(placed)
    by_place = {p["place"]: p for p in data["points"]}
    assert by_place["Caracas"]["country"] == "VEN" and by_place["Caracas"]["kind"] == "capital"
    for point in data["points"]:
        assert 0 < len(point["events"]) <= min(point["n"], desk.EVENTS_PER_PLACE)
        assert all(e["name"] and e["date"] for e in point["events"])
    page = html(client, "/map")
    assert len(page.xpath("//table[contains(@class, 'places')]/tbody/tr")) == len(data["points"])
    world = json.loads(page.xpath("//script[@id='page-data']")[0].text)
    assert world["places"] == data


def test_compare_puts_several_series_on_one_span(client):
    response = client.get("/api/compare", params=[("series", "dyad:USA>VEN"),
                                                  ("series", "country:PRK"),
                                                  ("series", "region:korean-peninsula")])
    data = response.json()
    assert [s["id"] for s in data["series"]] == ["dyad:USA>VEN", "country:PRK",
                                                  "region:korean-peninsula"]
    direct = client.get("/api/series/dyad/USA/VEN").json()
    assert data["series"][0]["rows"] == direct["rows"]
    assert data["series"][0]["label"] == "United States → Venezuela"
    days = [r["date"] for s in data["series"] for r in s["rows"]]
    assert data["span"] == [min(days), max(days)]
    narrowed = client.get("/api/compare", params={"series": "country:PRK",
                                                  "since": "2026-01-01", "until": "2026-01-10"})
    assert all("2026-01-01" <= r["date"] <= "2026-01-10"
               for r in narrowed.json()["series"][0]["rows"])

    page = html(client, "/compare?series=dyad:USA>VEN&series=country:PRK&metric=conflict_share")
    assert len(page.xpath("//table[contains(@class, 'compare-totals')]/tbody/tr")) == 2
    assert page.xpath("//select[@name='metric']/option[@selected]")[0].get("value") == \
        "conflict_share"
    assert page.xpath("//div[@id='compare-chart']")
    assert html(client, "/compare").xpath("//div[@id='compare-chart']")  # default series


@pytest.mark.parametrize("query", ["series=bogus", "series=country:XX",
                                   "series=dyad:USA", "metric=median",
                                   "&".join(f"series=country:{c}" for c in
                                            ("USA", "PRK", "KOR", "JPN", "CHN", "RUS", "VEN"))])
def test_compare_names_a_bad_series(client, query):
    assert client.get(f"/compare?{query}").status_code in (400, 404)
    if not query.startswith("metric"):
        assert client.get(f"/api/compare?{query}").status_code in (400, 404)


def test_network_edges_split_by_quad_class(client):
    data = client.get("/api/network/quads").json()
    assert data["edges"]
    for edge in data["edges"]:
        assert edge["q1"] + edge["q2"] + edge["q3"] + edge["q4"] == edge["n"]
        assert edge["q1"] + edge["q2"] == edge["cooperation"]
    page = html(client, "/network?quad=3&quad=4")
    boxes = page.xpath("//fieldset[@id='quad-filter']//input[@name='quad']")
    assert [b.get("value") for b in boxes] == ["1", "2", "3", "4"]
    assert [b.get("checked") is not None for b in boxes] == [False, False, True, True]
    every = html(client, "/network").xpath("//fieldset[@id='quad-filter']//input[@checked]")
    assert len(every) == 4
