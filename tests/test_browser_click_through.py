"""In Chromium: from a story search to the Maduro story, from the story to its ripple into the
Korean Peninsula, and on to the North Korea page, without a console error."""
from __future__ import annotations

import pytest

from .web_fixtures import PageWatch, browser, demo_db, demo_server  # noqa: F401

pytestmark = pytest.mark.slow


def test_story_to_ripple_to_country(browser, demo_server):  # noqa: F811
    watch = PageWatch(browser, demo_server.url)
    try:
        watch.open("/")
        watch.page.fill("input[name='q']", "Maduro") if watch.page.locator(
            "input[name='q']").count() else watch.page.click("a[href='/stories']")
        watch.page.wait_for_load_state("networkidle")
        watch.page.fill("input[name='q']", "Maduro seized")
        watch.page.click("form.filters button[type='submit']")
        watch.page.wait_for_load_state("networkidle")
        trigger_id = demo_server.store.ripple_list()[0]["trigger_story_id"]
        headline = demo_server.store.story(trigger_id)["headline"]
        watch.page.click(f"a.story-link[href='/stories/{trigger_id}']")
        watch.page.wait_for_load_state("networkidle")
        assert watch.page.url.endswith(f"/stories/{trigger_id}")
        assert watch.page.locator("h1").inner_text() == headline
        watch.shot("click-1-story")

        watch.page.click("a.ripple-link")
        watch.page.wait_for_load_state("networkidle")
        assert "/ripples/" in watch.page.url
        assert watch.page.locator("h1").inner_text() == f"{headline} → Korean Peninsula"
        assert watch.page.locator("#timeline .evidence circle").count() >= 10
        watch.page.frame_locator("iframe.brief").locator("h1").wait_for(timeout=15000)
        watch.shot("click-2-ripple")

        watch.page.click("a.chip[href='/countries/PRK']")
        watch.page.wait_for_load_state("networkidle")
        assert watch.page.locator("h1").inner_text() == "North Korea (PRK)"
        watch.shot("click-3-country")
        watch.assert_clean()
    finally:
        watch.close()
