"""What the analyst's desk pages say, read from their HTML over the demo database after a
watchlist with regions, countries and a dyad ran on it: ripple verdicts that agree with the API,
country groups instead of pseudo-regions, alerts dated by their news, events shown once, in
order and by name."""
from __future__ import annotations

import re

import lxml.html
import pytest
from fastapi.testclient import TestClient

from aftershock.api import Aftershock
from aftershock.web import create_app

from .web_fixtures import copy_database, demo_db  # noqa: F401

pytestmark = pytest.mark.slow

WATCHLIST = {"name": "peninsula", "regions": ["korean-peninsula"],
             "countries": ["PRK", "KOR", "JPN"], "dyads": ["PRK>USA"]}


@pytest.fixture(scope="module")
def client(demo_db, tmp_path_factory):  # noqa: F811
    copy = tmp_path_factory.mktemp("web-desk-pages") / "demo.db"
    ash = Aftershock(copy_database(demo_db, copy))
    ash.add_watchlist(WATCHLIST)
    ash.run_watchlists(echo=lambda *_: None, deliver=False)
    app = create_app(aftershock=ash)
    with TestClient(app) as c:
        c.ash = ash
        yield c
    ash.store.close()


def html(client, path: str):
    response = client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    return lxml.html.fromstring(response.text)


def text(node) -> str:
    return " ".join(node.text_content().split())


def test_ripple_page_states_the_verdict_the_api_gives(client):
    for row in client.get("/api/ripples").json()["ripples"]:
        api = client.get(f"/api/ripples/{row['id']}").json()["report"]
        verdict, summary = api["verdict"], api["summary"]
        page = html(client, f"/ripples/{row['id']}")
        box = page.xpath("//section[contains(@class, 'verdict')]")[0]
        assert text(box).startswith("Ripple detected" if verdict["detected"]
                                    else "No ripple detected")
        assert verdict["reason"] in text(box)
        assert text(box.xpath(".//span[@class='direct']")[0]) == str(verdict["direct_reactions"])
        assert text(box.xpath(".//span[@class='articles']")[0]) == str(verdict["articles"])
        assert text(box.xpath(".//span[@class='region-shifts']")[0]) == \
            str(verdict["significant_region_shifts"])
        counts = page.xpath("//p[contains(@class, 'summary-counts')]")[0]
        assert text(counts.xpath(".//span[@class='reactions']")[0]) == str(summary["reactions"])
        assert text(counts.xpath(".//span[@class='shifts']")[0]) == \
            str(summary["significant_shifts"])
        assert text(counts.xpath(".//span[@class='shift-tests']")[0]) == \
            str(summary["shift_tests"])


def test_the_cli_states_the_shift_counts_the_page_and_api_state(client):
    from click.testing import CliRunner

    from aftershock.cli import main
    from aftershock.ripple.render import shift_count_line
    row = client.get("/api/ripples").json()["ripples"][0]
    api = client.get(f"/api/ripples/{row['id']}").json()["report"]
    result = CliRunner().invoke(main, [
        "ripple", "--trigger", str(api["trigger"]["story_id"]), "--watch", api["region"]["slug"],
        "--db", str(client.ash.store.engine.url)])
    assert result.exit_code == 0, result.output
    assert f"## Shifts ({shift_count_line(api)})" in result.output
    summary = api["summary"]
    assert shift_count_line(api).startswith(f"{summary['significant_shifts']} significant") \
        or not summary["shift_tests"]


def test_ripple_list_has_a_verdict_column(client):
    api = {r["id"]: r for r in client.get("/api/ripples").json()["ripples"]}
    assert {r["verdict"]["detected"] for r in api.values()} == {True, False}
    page = html(client, "/ripples")
    headers = [text(th) for th in page.xpath("//table[contains(@class,'ripples')]//th")]
    assert "Verdict" in headers
    rows = page.xpath("//table[contains(@class,'ripples')]/tbody/tr")
    assert len(rows) == len(api)
    for tr in rows:
        ripple_id = int(tr.xpath(".//a[@class='ripple-link']/@href")[0].rsplit("/", 1)[1])
        badge = text(tr.xpath(".//td[@class='verdict-cell']")[0])
        assert badge == ("detected" if api[ripple_id]["verdict"]["detected"] else "not detected")


def test_watchlist_countries_are_watched_in_full_as_a_real_region(client):
    slugs = {r["region"] for r in client.get("/api/ripples").json()["ripples"]}
    assert slugs == {"korean-peninsula", "countries-jpn-kor-prk"}
    grouped = [r for r in client.get("/api/ripples").json()["ripples"]
               if r["region"] == "countries-jpn-kor-prk"]
    page = html(client, f"/ripples/{grouped[0]['id']}")
    chips = page.xpath("//h2[text()='Watched region']/following-sibling::p[1]/a[@class='chip']")
    assert sorted(text(a) for a in chips) == ["JPN", "KOR", "PRK"]
    link = page.xpath("//h2[text()='Watched region']/following-sibling::p[1]/a")[0]
    assert link.get("href") == "/regions/countries-jpn-kor-prk"
    region = html(client, "/regions/countries-jpn-kor-prk")
    assert text(region.xpath("//h1")[0]) == "JPN, KOR, PRK"
    assert region.xpath("//div[@id='chart-count']")  # its series is computed from its events
    series = client.get("/api/series/region/countries-jpn-kor-prk").json()
    assert sum(r["n"] for r in series["rows"]) > 0
    assert "peninsula" not in {a["payload"]["title"].split(" on ")[0].removeprefix("Anomaly in ")
                               for a in client.ash.store.alerts() if a["rule"] == "anomaly"}


def test_a_ripple_saved_on_a_pseudo_region_links_to_its_countries(client):
    story = client.ash.store.story_page(limit=1)[0]
    report = {"trigger": {"story_id": story["id"], "headline": story["headline"]},
              "region": {"slug": "watch-legacy", "name": "legacy", "countries": ["JPN", "PHL"]},
              "summary": {}, "evidence": [], "reactions": [], "shifts": []}
    client.ash.store.save_ripple(story["id"], "watch-legacy", 3, report)
    response = client.get("/regions/watch-legacy", follow_redirects=False)
    assert response.status_code == 308
    assert response.headers["location"] == "/regions/countries-jpn-phl"
    assert client.get("/regions/watch-legacy").status_code == 200
    assert client.get("/regions/watch-nothing").status_code == 404


def test_alerts_are_dated_by_their_news_and_state_rounded_numbers(client):
    alerts = client.ash.store.alerts()
    page = html(client, "/alerts")
    rows = page.xpath("//table[contains(@class,'alerts')]/tbody/tr")
    assert len(rows) == len(alerts)
    shown = [text(tr.xpath("./td[contains(@class,'when')]")[0]) for tr in rows]
    assert shown == [a["payload"]["at"][:10] for a in alerts]
    assert len(set(shown)) > 3  # news dates, not the one day the run happened
    for tr in rows:
        about = text(tr.xpath("./td")[3])
        assert not re.search(r"\d\.\d{3,}", about), about
        # sentences end at ";" or at a full stop before a space ("U.S." stays one word)
        sentences = [s.strip() for s in re.split(r";|\.(?:\s|$)", about) if s.strip()]
        assert len(sentences) == len(set(sentences)), about


def test_story_events_show_once_newest_first_with_cameo_names(client):
    first = min(client.ash.store.ripple_list(), key=lambda r: r["id"])  # the demo's Maduro raid
    events = client.get(f"/api/stories/{first['trigger_story_id']}").json()["events"]
    page = html(client, f"/stories/{first['trigger_story_id']}")
    rows = page.xpath("//table[contains(@class,'events')]/tbody/tr")
    keys = [tuple(text(td) for td in tr.xpath("./td"))
            + tuple(tr.xpath(".//td[@class='cameo']/abbr/@title")) for tr in rows]
    assert len(keys) == len(set(keys))
    distinct = {(e["date"], " ".join(e["sentence"].split()), e["cameo"], e["source_code"],
                 e["target_code"]) for e in events}
    assert len(rows) == len(distinct) < len(events)
    dates = [k[0] for k in keys]
    assert dates == sorted(dates, reverse=True)
    cell = rows[0].xpath(".//td[@class='cameo']/abbr")[0]
    assert re.match(r"CAMEO \d{2,4} · ", cell.get("title"))
    assert not re.fullmatch(r"[\d\s]+", text(cell))  # a name, not a bare code


def test_region_events_are_in_date_order(client):
    page = html(client, "/regions/korean-peninsula")
    dates = [text(td) for td in page.xpath("//table[contains(@class,'events')]/tbody/tr/td[1]")]
    assert len(dates) >= 10 and dates == sorted(dates, reverse=True)
