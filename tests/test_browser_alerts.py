"""Alerts raised by a Korean Peninsula watchlist on the demo database show on the home page, the
alerts page and the API, linked to what raised them."""
from __future__ import annotations

import shutil

import httpx
import pytest

from aftershock.api import Aftershock

from .web_fixtures import LiveServer, PageWatch, browser, demo_db  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def alerts_server(demo_db, tmp_path_factory):  # noqa: F811
    source = demo_db.removeprefix("sqlite:///")
    copy = tmp_path_factory.mktemp("web-alerts") / "demo.db"
    shutil.copy(source, copy)
    ash = Aftershock(f"sqlite:///{copy}")
    ash.add_watchlist({"name": "peninsula", "regions": ["korean-peninsula"],
                       "dyads": ["PRK>USA"]})
    ash.run_watchlists(echo=lambda *_: None, deliver=False)
    ash.store.close()
    with LiveServer(f"sqlite:///{copy}") as server:
        yield server


def test_alerts_everywhere(browser, alerts_server):  # noqa: F811
    alerts = alerts_server.store.alerts()
    assert alerts, "the demo should raise alerts for the Korean Peninsula"
    listed, cursor = [], None
    while True:
        body = httpx.get(alerts_server.url + "/api/alerts", params={
            "watchlist": "peninsula", "limit": 4, **({"cursor": cursor} if cursor else {})}).json()
        listed += body["alerts"]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert [a["id"] for a in listed] == [a["id"] for a in alerts]
    ripples = httpx.get(alerts_server.url + "/api/alerts", params={"rule": "ripple"}).json()
    assert ripples["alerts"] and all(a["rule"] == "ripple" for a in ripples["alerts"])
    watch = PageWatch(browser, alerts_server.url)
    try:
        watch.open("/alerts?watchlist=peninsula")
        rows = watch.page.locator("table.alerts tbody tr")
        assert rows.count() == len(alerts)
        assert watch.page.locator("table.alerts a[href^='/ripples/'], "
                                  "table.alerts a[href^='/stories/'], "
                                  "table.alerts a[href^='/regions/'], "
                                  "table.alerts a[href^='/dyads/']").count() >= 1
        watch.shot("alerts-peninsula")
        watch.open("/")
        assert watch.page.locator("table.alerts tbody tr").count() == min(10, len(alerts))
        assert "Korean Peninsula" in watch.page.locator("table.regions").inner_text()
        watch.open("/watchlists")
        assert "peninsula" in watch.page.locator("table.watchlists").inner_text()
        watch.shot("watchlists-demo")
        watch.assert_clean()
    finally:
        watch.close()
