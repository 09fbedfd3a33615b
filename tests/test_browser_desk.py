"""The analyst's desk in Chromium at a desktop (1400 px) and a phone (400 px) width: every page of
the dashboard, over the demo database with a watchlist run on it, opens without sideways scroll,
without a console error, with no same-origin link that answers 404, and ripple pages state their
verdict. AFTERSHOCK_SCREENSHOTS=1 saves each view under bench/results/screens/."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from aftershock.api import Aftershock

from .web_fixtures import LiveServer, PageWatch, browser, copy_database, demo_db  # noqa: F401

pytestmark = pytest.mark.slow

SCREENS = Path(__file__).resolve().parent.parent / "bench" / "results" / "screens"
WIDTHS = (1400, 400)
PAGES = ("home", "stories", "story", "ripples", "ripple-detected", "ripple-not-detected",
         "ripple-watchlist", "country", "dyad", "region", "region-watchlist", "alerts",
         "watchlists", "network", "map", "country-loose", "compare", "compare-narrow",
         "network-conflict", "story-wide")
DESK_WATCHLIST = {"name": "peninsula", "regions": ["korean-peninsula"],
                  "countries": ["PRK", "KOR", "JPN"], "dyads": ["PRK>USA"]}

_link_status: dict[str, int] = {}  # same-origin URL -> status, shared by every view


@pytest.fixture(scope="module")
def desk_server(demo_db, tmp_path_factory):  # noqa: F811
    """The demo database after a watchlist with regions, countries and a dyad has run on it."""
    copy = tmp_path_factory.mktemp("web-desk") / "demo.db"
    ash = Aftershock(copy_database(demo_db, copy))
    ash.add_watchlist(DESK_WATCHLIST)
    ash.run_watchlists(echo=lambda *_: None, deliver=False)
    ash.store.close()
    with LiveServer(f"sqlite:///{copy}") as server:
        yield server


def _verdict(row: dict) -> dict:
    return row["report"]["verdict"]


@pytest.fixture(scope="module")
def desk_paths(desk_server) -> dict[str, str]:
    store = desk_server.store
    maduro = store.story_page(query="Maduro seized raid", limit=1)[0]
    ripples = [store.ripple(r["id"]) for r in store.ripple_list()]
    packaged = [r for r in ripples if r["region"] == "korean-peninsula"]
    watch_made = [r for r in ripples if r["region"] != "korean-peninsula"]
    assert watch_made, "the watchlist's loose countries should get ripples of their own"
    detected = next(r for r in packaged if _verdict(r)["detected"])
    quiet = next(r for r in packaged if not _verdict(r)["detected"])
    return {
        "home": "/", "stories": "/stories", "story": f"/stories/{maduro['id']}",
        "ripples": "/ripples", "ripple-detected": f"/ripples/{detected['id']}",
        "ripple-not-detected": f"/ripples/{quiet['id']}",
        "ripple-watchlist": f"/ripples/{watch_made[0]['id']}",
        "country": "/countries/PRK", "dyad": "/dyads/PRK/USA",
        "region": "/regions/korean-peninsula",
        "region-watchlist": f"/regions/{watch_made[0]['region']}",
        "alerts": "/alerts", "watchlists": "/watchlists", "network": "/network", "map": "/map",
        "country-loose": "/countries/JPN",
        "compare": "/compare?series=dyad:USA>VEN&series=country:PRK"
                   "&series=region:korean-peninsula&metric=goldstein_mean",
        "compare-narrow": "/compare?series=dyad:PRK>USA&since=2026-01-01&until=2026-01-20",
        "network-conflict": "/network?quad=3&quad=4",
        "story-wide": "/stories/{}".format(max(store.story_page(limit=200), key=lambda s: (
            s["n_articles"], -s["id"]))["id"]),
    }


@pytest.fixture
def desk(browser, desk_server):  # noqa: F811
    watch = PageWatch(browser, desk_server.url)
    yield watch
    watch.close()


def _same_origin_links(watch: PageWatch) -> set[str]:
    hrefs = watch.page.eval_on_selector_all("a[href], iframe[src]",
                                            "els => els.map(e => e.href || e.src)")
    base = urlsplit(watch.base_url)
    out = set()
    for href in hrefs:
        url = urljoin(watch.page.url, href)
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) == (base.scheme, base.netloc):
            out.add(parts._replace(fragment="").geturl())
    return out


def _broken(urls: set[str]) -> list[str]:
    with httpx.Client(timeout=20) as client:
        for url in sorted(urls - set(_link_status)):
            _link_status[url] = client.get(url).status_code
    return [f"{_link_status[u]} {u}" for u in sorted(urls) if _link_status[u] >= 400]


OVERFLOW_JS = """() => {
  const width = window.innerWidth;
  const cut = [];
  for (const table of document.querySelectorAll("main table")) {
    const box = table.getBoundingClientRect();
    if (box.width === 0) continue;
    const holder = table.parentElement;
    const scrolls = ["auto", "scroll"].includes(getComputedStyle(holder).overflowX);
    const fits = box.right <= width + 0.5;
    const held = scrolls && holder.getBoundingClientRect().right <= width + 0.5;
    if (!fits && !held) cut.push((table.className || "table") + " ends at " + box.right);
  }
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, cut: cut};
}"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_every_page_fits_and_links_resolve(desk, desk_paths, name, width):
    desk.page.set_viewport_size({"width": width, "height": 900})
    response = desk.open(desk_paths[name])
    assert response.status == 200, desk_paths[name]
    if name.startswith("network"):
        desk.page.wait_for_selector("#network .node")
    if name == "map":
        desk.page.wait_for_selector("#map svg path.country")
        desk.page.wait_for_selector("#map .places circle")
    layout = desk.page.evaluate(OVERFLOW_JS)
    assert layout["scrollWidth"] <= layout["innerWidth"], (desk_paths[name], layout)
    assert not layout["cut"], (desk_paths[name], layout["cut"])
    if os.environ.get("AFTERSHOCK_SCREENSHOTS"):
        SCREENS.mkdir(parents=True, exist_ok=True)
        desk.page.screenshot(path=str(SCREENS / f"{name}-{width}.png"), full_page=True)
    assert not _broken(_same_origin_links(desk)), desk_paths[name]
    if name.startswith("ripple-"):
        verdict = desk.page.locator(".verdict")
        assert verdict.is_visible()
    desk.assert_clean()
