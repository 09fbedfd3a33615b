"""Article text is hostile input: script tags, event-handler attributes, javascript: URLs and
template syntax in titles, outlets, text and URLs show as text in Chromium and never run."""
from __future__ import annotations

import pytest

from .web_fixtures import PageWatch, browser, hostile_db, hostile_server  # noqa: F401

pytestmark = pytest.mark.slow

INJECTED = (
    "script:not([src]):not([type='application/json'])",
    "[onerror]",
    "[onload]",
    "[onmouseover]",
    "[onclick]",
    "a[href^='javascript:' i]",
    "iframe[src^='javascript:' i]",
    "img[src='x']",
    "svg[onload]",
    "math",
    "em",
)


def _assert_inert(watch, frame=None) -> None:
    target = frame or watch.page
    for selector in INJECTED:
        assert target.locator(selector).count() == 0, selector
    assert watch.page.evaluate("window.__pwned === undefined")


def test_hostile_articles_render_as_text_everywhere(browser, hostile_server):  # noqa: F811
    store = hostile_server.store
    story = store.stories()[0]
    ripple = store.ripple_list()[0]
    pages = ["/", "/stories", "/stories?q=Pyongyang", f"/stories/{story['id']}",
             "/storylines?all=1", f"/ripples/{ripple['id']}", "/ripples", "/countries/PRK",
             "/dyads/PRK/USA", "/regions/korean-peninsula", "/network", "/map",
             f"/api/stories/{story['id']}/brief?format=html",
             f"/api/ripples/{ripple['id']}/brief?format=html"]
    watch = PageWatch(browser, hostile_server.url)
    try:
        for path in pages:
            assert watch.open(path).status == 200, path
            watch.page.wait_for_timeout(200)
            _assert_inert(watch)
            for frame in watch.page.frames[1:]:  # the brief iframes
                for selector in INJECTED:
                    assert frame.locator(selector).count() == 0, (path, selector)
            # the hover and click payloads must not fire either
            for link in watch.page.locator("main a:visible").all()[:40]:
                link.hover(timeout=2000)
            _assert_inert(watch)

        watch.open(f"/stories/{story['id']}")
        text = watch.page.inner_text("main")
        assert "<em>peninsula</em>" in text  # shown literally, not as markup
        assert "<b onmouseover" in text
        assert "(link withheld: javascript:" in text
        brief = watch.page.frame_locator("iframe.brief").locator("body").inner_text(timeout=15000)
        assert "<script>" in brief or "<img" in brief or "<em>" in brief
        watch.shot("hostile-story")
        watch.open(f"/ripples/{ripple['id']}")
        watch.shot("hostile-ripple")
        watch.assert_clean()
    finally:
        watch.close()
