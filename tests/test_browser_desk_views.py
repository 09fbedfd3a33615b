"""The desk additions in Chromium on the demo database: a story's coverage timeline, event places on
the map, the compare chart's brush, and network labels that do not overlap, with a quad filter."""
from __future__ import annotations

import pytest

from .web_fixtures import PageWatch, browser, demo_db, demo_server  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture
def watch(browser, demo_server):  # noqa: F811
    w = PageWatch(browser, demo_server.url)
    yield w
    w.close()


def test_story_timeline_rows_per_outlet_and_first_report(watch, demo_server):  # noqa: F811
    store = demo_server.store
    story = max(store.story_page(limit=200), key=lambda s: (s["n_articles"], -s["id"]))
    articles = store.articles(story_ids=[story["id"]])
    assert watch.open(f"/stories/{story['id']}").status == 200
    dots = watch.page.locator("#coverage .articles circle")
    assert dots.count() == len(articles)
    assert watch.page.locator("#coverage .articles circle.first").count() == 1
    assert watch.page.locator("#coverage .articles circle.copy").count() == \
        sum(1 for a in articles if a["duplicate_of"])
    assert watch.page.locator("#coverage .outlet-label").count() == \
        len({a["source"] for a in articles})
    assert watch.page.locator("#coverage .first-rule").count() == 1
    # Later reports sit to the right of the first one.
    xs = dots.evaluate_all(
        "cs => cs.map(c => [c.classList.contains('first'), +c.getAttribute('cx')])")
    first_x = next(x for is_first, x in xs if is_first)
    assert all(x >= first_x for _, x in xs)
    watch.assert_clean()


def test_map_shows_event_places_with_a_tooltip_naming_events(watch, demo_server):  # noqa: F811
    assert watch.open("/map").status == 200
    watch.page.wait_for_selector("#map .places circle")
    expected = watch.page.locator("table.places tbody tr").count()
    drawn = watch.page.locator("#map .places circle")
    assert drawn.count() + int(watch.page.get_attribute("#map", "data-unplaced")) == expected
    assert drawn.count() >= 10
    caracas = watch.page.locator("#map .places circle[data-place='Caracas'] title")
    assert caracas.text_content().startswith("Caracas, Venezuela:")
    assert "events" in caracas.text_content() and "\n" in caracas.text_content()
    # No two points overlap (places in one country spiral around its centre).
    circles = drawn.evaluate_all(
        "cs => cs.map(c => [+c.getAttribute('cx'), +c.getAttribute('cy'), +c.getAttribute('r')])")
    for i, (x1, y1, r1) in enumerate(circles):
        for x2, y2, r2 in circles[i + 1:]:
            assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 >= r1 + r2 - 0.01
    watch.page.uncheck("#show-places")
    assert not watch.page.locator("#map .places").is_visible()
    watch.assert_clean()


def test_compare_brush_narrows_the_chart_totals_and_dates(watch):
    assert watch.open("/compare?series=dyad:USA>VEN&series=country:PRK").status == 200
    chart = watch.page.locator("#compare-chart")
    assert watch.page.locator("#compare-chart .focus .series-line").count() == 2
    whole = chart.get_attribute("data-range")
    totals = watch.page.locator("table.compare-totals td.events").all_inner_texts()
    box = watch.page.locator("#compare-chart .brush .overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    watch.page.mouse.move(box["x"] + box["width"] * 0.30, y)
    watch.page.mouse.down()
    watch.page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    watch.page.mouse.up()
    narrowed = chart.get_attribute("data-range")
    assert narrowed != whole
    since, until = narrowed.split("/")
    assert watch.page.input_value("#compare-since") == since
    assert watch.page.input_value("#compare-until") == until
    assert watch.page.inner_text("#compare-range") == f"Showing {since} to {until}"
    after = watch.page.locator("table.compare-totals td.events").all_inner_texts()
    assert sum(map(int, after)) < sum(map(int, totals))
    watch.page.dblclick("#compare-chart .brush .selection")
    assert chart.get_attribute("data-range") == whole
    watch.assert_clean()


LABEL_BOXES = """() => Array.from(document.querySelectorAll('#network .node text'))
  .filter(t => getComputedStyle(t).display !== 'none')
  .map(t => { const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })"""


@pytest.mark.parametrize("width", [1400, 400])
def test_network_labels_do_not_overlap_and_quads_filter(watch, demo_server, width):  # noqa: F811
    watch.page.set_viewport_size({"width": width, "height": 900})
    assert watch.open("/network").status == 200
    boxes = watch.page.evaluate(LABEL_BOXES)
    assert len(boxes) >= 0.6 * watch.page.locator("#network .node").count()
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    weights = watch.page.locator("#network .edge").evaluate_all(
        "es => es.map(e => [+e.dataset.weight, +e.getAttribute('stroke-width')])")
    for w1, s1 in weights:
        for w2, s2 in weights:
            if w1 > w2:
                assert s1 >= s2
    watch.page.uncheck("#quad-filter input[value='1']")
    watch.page.uncheck("#quad-filter input[value='2']")
    edges = watch.page.locator("#network .edge")
    assert edges.count() == watch.page.locator("#network .edge.conflict").count() > 0
    conflictual = [e for e in demo_server.store.dyad_totals() if e["conflict"]]
    assert edges.count() == len(conflictual)
    watch.assert_clean()
