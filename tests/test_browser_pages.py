"""Every dashboard page opens in Chromium on the demo database without a console error or a
request leaving the server, draws what it promises, and is saved as a screenshot."""
from __future__ import annotations

import pytest

from .web_fixtures import PageWatch, browser, demo_db, demo_server  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture
def watch(browser, demo_server):  # noqa: F811
    w = PageWatch(browser, demo_server.url)
    yield w
    w.close()


def _open(watch, path: str, name: str, heading: str):
    response = watch.open(path)
    assert response.status == 200, path
    assert heading in watch.page.locator("h1, h2").all_inner_texts().__str__(), path
    watch.shot(name)
    watch.assert_clean()


def test_home_shows_latest_stories_alerts_and_watched_regions(watch, demo_server):  # noqa: F811
    _open(watch, "/", "home", "Latest stories")
    rows = watch.page.locator("table.stories tbody tr")
    assert rows.count() >= 10
    assert watch.page.locator("table.regions").inner_text().count("Korean Peninsula") == 1
    assert "Active alerts" in watch.page.inner_text("main")


def test_story_list_search_and_older_pages(watch):
    _open(watch, "/stories?q=Maduro", "stories-search", "Stories")
    headlines = watch.page.locator("a.story-link").all_inner_texts()
    assert any("Maduro" in h for h in headlines)
    _open(watch, "/stories", "stories", "Stories")
    first_page = watch.page.locator("a.story-link").all_inner_texts()
    watch.page.click("#older")
    watch.page.wait_for_load_state("networkidle")
    second_page = watch.page.locator("a.story-link").all_inner_texts()
    assert second_page and not set(second_page) & set(first_page)
    watch.assert_clean()


def test_story_page_has_brief_sources_and_events(watch, demo_server):  # noqa: F811
    story = demo_server.store.story_page(query="Maduro seized raid", limit=1)[0]
    _open(watch, f"/stories/{story['id']}", "story", "Brief")
    frame = watch.page.frame_locator("iframe.brief")
    assert "Sources" in frame.locator("body").inner_text(timeout=15000)
    assert watch.page.locator("table.sources tbody tr").count() == story["n_articles"]
    assert watch.page.locator("table.events tbody tr").count() >= 1
    watch.shot("story")
    watch.assert_clean()


def test_dyad_page_charts_goldstein_and_conflict_with_anomalies(watch, demo_server):  # noqa: F811
    _open(watch, "/dyads/PRK/USA", "dyad-PRK-USA", "North Korea → United States")
    for chart in ("#chart-goldstein", "#chart-conflict"):
        assert watch.page.locator(f"{chart} svg .line").count() == 1
        assert watch.page.locator(f"{chart} svg .points circle").count() >= 3
    anomalies = demo_server.store.anomalies_for("dyad", "PRK>USA")
    # Each anomaly is drawn on the chart of its own metric: the count spikes on the bars.
    for chart, metric in (("#chart-count", "count"), ("#chart-goldstein", "goldstein_mean"),
                          ("#chart-conflict", "conflict_share")):
        days = {str(a["date"]) for a in anomalies if a["metric"] == metric}
        drawn = watch.page.locator(f"{chart} .anomalies circle")
        assert sorted(drawn.evaluate_all("cs => cs.map(c => c.dataset.date)")) == sorted(days)
    assert any(a["metric"] == "count" for a in anomalies)
    assert watch.page.locator("#chart-count svg .axis.y .tick").count() >= 2
    assert watch.page.locator("#chart-count .volume rect").count() >= 3


def test_country_and_region_pages(watch):
    _open(watch, "/countries/PRK", "country-PRK", "North Korea (PRK)")
    assert watch.page.locator("#chart-goldstein svg .points circle").count() >= 5
    assert watch.page.locator("table.partners a[href='/dyads/PRK/USA']").count() == 1
    _open(watch, "/regions/korean-peninsula", "region-korean-peninsula", "Korean Peninsula")
    assert watch.page.locator("#chart-count .anomalies circle").count() >= 1
    assert watch.page.locator("#chart-conflict .anomalies circle").count() == 0


def test_ripple_page_has_trigger_region_timeline_and_brief(watch, demo_server):  # noqa: F811
    ripple = demo_server.store.ripple_list()[0]
    _open(watch, f"/ripples/{ripple['id']}", "ripple", "Evidence timeline")
    report = demo_server.store.ripple(ripple["id"])["report"]
    dated = [e for e in report["evidence"] if e.get("date")]
    assert watch.page.locator("#timeline .evidence circle").count() == len(dated)
    assert watch.page.locator("#timeline .trigger").count() == 1
    assert watch.page.locator("ol.timeline-list li").count() == len(report["evidence"])
    text = watch.page.inner_text("main")
    assert "Korean Peninsula" in text and "Maduro" in text
    brief = watch.page.frame_locator("iframe.brief").locator("body").inner_text(timeout=15000)
    assert "ripple brief" in brief.lower() and "sources" in brief.lower()


def test_network_graph_draws_countries_and_edges(watch, demo_server):  # noqa: F811
    _open(watch, "/network", "network", "Actor network")
    expected = demo_server.store.dyad_totals()
    nodes = {c for e in expected for c in (e["source"], e["target"])}
    assert watch.page.locator("#network .node").count() == len(nodes)
    assert watch.page.locator("#network .edge").count() == len(expected)
    assert watch.page.locator("#network .edge.conflict").count() >= 1
    assert watch.page.locator("#network .edge.coop").count() >= 1
    watch.page.wait_for_timeout(1500)  # let the layout settle for the screenshot
    watch.shot("network")


def test_world_map_paints_countries_from_bundled_shapes(watch, demo_server):  # noqa: F811
    _open(watch, "/map", "map", "Conflict intensity")
    watch.page.wait_for_selector("#map svg path.country")
    assert watch.page.locator("#map path.country").count() > 150
    conflictual = [c for c in demo_server.store.country_conflict() if c["conflict"] > 0]
    painted = int(watch.page.get_attribute("#map", "data-painted"))
    assert painted >= len(conflictual) - 3  # a few small states have no 110m shape
    assert painted >= 10
    watch.shot("map")


def test_alerts_watchlists_login_and_api_docs(watch):
    _open(watch, "/alerts", "alerts", "Alerts")
    _open(watch, "/watchlists", "watchlists", "Watchlists")
    assert watch.page.locator("a[href='/login']").count() >= 1
    _open(watch, "/login", "login", "Sign in")
    _open(watch, "/docs", "api-docs", "HTTP API")
    watch.page.wait_for_selector("#swagger-ui .opblock", timeout=15000)
    assert watch.page.locator("#swagger-ui .opblock").count() >= 15
    watch.shot("api-docs")
    watch.assert_clean()
