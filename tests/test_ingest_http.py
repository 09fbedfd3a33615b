"""Feeds and pages over HTTP: conditional GET, redirects, byte caps and timeouts, on loopback."""
import time

import pytest
from werkzeug import Response

from aftershock.ingest import ingest
from aftershock.ingest.http import USER_AGENT, Fetcher


@pytest.fixture(autouse=True)
def allow_loopback(monkeypatch):
    """These tests fetch from their own server on loopback, which must be allowed explicitly."""
    monkeypatch.setenv("AFTERSHOCK_FETCH_ALLOW_NETWORKS", "127.0.0.0/8,::1")


def test_feed_url_uses_conditional_get(store, fixtures, httpserver):
    body = (fixtures / "ingest" / "feed.atom").read_bytes()
    seen = []

    def handler(request):
        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(body, content_type="application/atom+xml", headers={"ETag": '"v1"'})

    httpserver.expect_request("/feed.xml").respond_with_handler(handler)
    url = httpserver.url_for("/feed.xml")
    first = ingest(store, [url])
    second = ingest(store, [url])
    assert first.stored == 2
    assert (second.read, second.stored, second.not_modified) == (0, 0, 1)
    assert seen[0]["User-Agent"] == USER_AGENT
    assert seen[1]["If-None-Match"] == '"v1"'


def test_web_page_by_url(store, fixtures, httpserver):
    httpserver.expect_request("/lighthouse").respond_with_data(
        (fixtures / "ingest" / "page.html").read_bytes(), content_type="text/html; charset=utf-8")
    report = ingest(store, [httpserver.url_for("/lighthouse")])
    assert report.stored == 1, report.rejections
    a = store.articles()[0]
    assert a["title"] == "Lighthouse keepers vote to stay on the rock"
    assert a["published"].startswith("2026-01-12")
    assert "new generator" in a["text"]


def test_too_many_redirects_is_a_rejection(store, httpserver):
    for n in range(8):
        httpserver.expect_request(f"/r{n}").respond_with_response(
            Response(status=302, headers={"Location": f"/r{n + 1}"}))
    report = ingest(store, [httpserver.url_for("/r0")])
    assert report.stored == 0
    assert "more than 5 redirects" in report.rejections[0].reason


def test_response_over_the_byte_cap_is_cut_off(httpserver):
    httpserver.expect_request("/big").respond_with_data(b"x" * 50_000, content_type="text/html")
    fetcher = Fetcher(max_bytes=10_000)
    import pytest

    from aftershock.ingest import IngestError
    with pytest.raises(IngestError, match="too large"):
        fetcher.get(httpserver.url_for("/big"))


def test_slow_response_times_out_and_the_rest_goes_on(store, fixtures, httpserver, tmp_path):
    import httpx

    def slow(_request):
        time.sleep(1.5)
        return Response("late", content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    fetcher = Fetcher(timeout=httpx.Timeout(0.5))
    from aftershock.ingest import Ingestor
    ing = Ingestor(store, fetcher=fetcher)
    report = ing.ingest([httpserver.url_for("/slow"), str(fixtures / "ingest" / "feed.atom")])
    assert report.rejections[0].reason == "timed out"
    assert report.stored == 2


def test_http_error_is_reported_with_the_url(store, httpserver):
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    url = httpserver.url_for("/gone")
    report = ingest(store, [url])
    assert (report.rejections[0].where, report.rejections[0].reason) == (url, "HTTP 404")


def test_a_fetched_feed_dated_weeks_ahead_is_rejected_but_the_same_file_is_not(
        store, fixtures, httpserver, tmp_path):
    """A third party's date weeks ahead of the clock is an error; the user's own copy of the
    same feed is their corpus, on its own clock."""
    from datetime import UTC, datetime, timedelta
    ahead = (datetime.now(UTC) + timedelta(days=40)).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = (fixtures / "ingest" / "feed.atom").read_text(encoding="utf-8")
    body = body.replace("2026-01-09T09:15:00Z", ahead)
    httpserver.expect_request("/ahead.xml").respond_with_data(
        body.encode(), content_type="application/atom+xml")
    fetched = ingest(store, [httpserver.url_for("/ahead.xml")])
    assert fetched.stored == 1
    assert "days ahead of the clock" in fetched.rejections[0].reason
    local = tmp_path / "ahead.atom"
    local.write_text(body, encoding="utf-8")
    from_file = ingest(store, [str(local)])
    assert from_file.stored == 1 and not from_file.rejections
