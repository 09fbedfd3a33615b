"""The storylines page in Chromium on the demo database: one row per storyline, a bar per
story on the shared time axis leading to the story, whose page lists the storyline's other
stories; no console error, no request leaving the server."""
from __future__ import annotations

import pytest

from .web_fixtures import PageWatch, browser, demo_db, demo_server  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture
def watch(browser, demo_server):  # noqa: F811
    w = PageWatch(browser, demo_server.url)
    yield w
    w.close()


def test_storylines_page_draws_stories_on_a_time_axis(watch, demo_server):  # noqa: F811
    response = watch.open("/storylines")
    assert response.status == 200
    assert "Storylines" in watch.page.locator("h1").inner_text()
    rows = watch.page.locator("li.storyline")
    assert rows.count() >= 5
    for index in range(rows.count()):
        row = rows.nth(index)
        marks = row.locator("svg.storyline-track rect").count()
        assert marks >= 2 and marks == row.locator("ul.storyline-stories li").count()
    watch.shot("storylines")
    watch.assert_clean()
    # a story's bar leads to its page, where the storyline's other stories are listed
    first = rows.nth(0)
    n_stories = first.locator("ul.storyline-stories li").count()
    first.locator("svg.storyline-track a").first.click()
    watch.page.wait_for_load_state("networkidle")
    assert "/stories/" in watch.page.url
    section = watch.page.locator("section.storyline")
    assert "Storyline" in section.locator("h2").inner_text()
    assert section.locator("ul.storyline-others li").count() == n_stories - 1
    watch.shot("story-storyline")
    watch.assert_clean()


def test_every_storyline_and_filter(watch):
    watch.open("/storylines?all=1")
    every = watch.page.locator("li.storyline").count()
    watch.open("/storylines")
    assert every > watch.page.locator("li.storyline").count()
    watch.open("/storylines?since=2026-02-01")
    assert watch.page.locator("li.storyline").count() >= 1
    watch.assert_clean()
