"""Hostile pages from a real server on loopback: gigantic, endless, trickling and compressed-bomb
responses are cut off by byte caps and a whole-request deadline; charsets that disagree with the
bytes, 50 MB of HTML, deeply nested markup, empty and binary bodies are each rejected with a
reason naming the URL, and the poll goes on to the next page."""
import gzip
import os
import time
import tracemalloc
import zlib

import httpx
import pytest

from aftershock.ingest import IngestError, Ingestor
from aftershock.ingest.http import Fetcher
from aftershock.ingest.netguard import ENV_VAR
from aftershock.ingest.pages import MAX_NESTING, extract_html
from aftershock.store import Store

from .rogue_server import ALLOW_LOOPBACK, RogueServer, send, send_chunked, trickle

MB = 1_000_000
ARTICLE = ("<p>" + "The harbour council met on Monday and voted to keep the lighthouse staffed "
           "through the winter, after a long debate about the cost of the new generator. " * 4
           + "</p>")


@pytest.fixture
def rogue_server():
    with RogueServer() as server:
        yield server


def page(body: str = ARTICLE, head: str = "<title>Harbour news</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


def endless(piece: bytes):
    while True:
        yield piece


def gzip_bomb(decoded_bytes: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(MB)
    return b"".join([packer.compress(block) for _ in range(decoded_bytes // MB)]) + packer.flush()


def write_slowly(h, total: int, length: bool):
    """Headers, then `total` bytes of HTML in 1 MB writes (stops when the client hangs up)."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    if length:
        h.send_header("Content-Length", str(total))
    h.send_header("Connection", "close")
    h.end_headers()
    block = (b"<div>" + b"x" * (MB - 11) + b"</div>")
    for _ in range(total // MB):
        h.wfile.write(block)


# path -> (how the server answers, what the rejection reason must say)
HOSTILE_PAGES = {
    "/fifty-mb-declared": (lambda h: write_slowly(h, 50 * MB, length=True),
                           "response too large: 50,000,000 bytes declared"),
    "/fifty-mb-undeclared": (lambda h: write_slowly(h, 50 * MB, length=False),
                             "response too large: over 5,000,000 bytes"),
    "/endless-chunked": (lambda h: send_chunked(h, endless(b"<p>more</p>" * 6000)),
                         "response too large: over 5,000,000 bytes"),
    "/gzip-bomb": (lambda h: send(h, gzip_bomb(200 * MB), headers={"Content-Encoding": "gzip"}),
                   "over 5,000,000 bytes after gzip decoding"),
    "/corrupt-gzip": (lambda h: send(h, b"\x1f\x8b\x08\x00garbage" * 10,
                                     headers={"Content-Encoding": "gzip"}), "corrupt gzip body"),
    "/brotli-unasked": (lambda h: send(h, b"\x8b\x03\x80hello\x03",
                                       headers={"Content-Encoding": "br"}),
                        "unsupported Content-Encoding 'br'"),
    "/header-flood": (lambda h: send(h, page().encode(), headers={
        f"X-Flood-{i}": "y" * 8000 for i in range(200)}), "fetch failed"),
    "/utf8-declared-cp1252-sent": (
        lambda h: send(h, page("<p>Caf\u00e9 cr\u00e8me in Z\u00fcrich</p>" + ARTICLE)
                       .encode("cp1252")),
        "charset 'utf-8' declared in the HTTP header does not match the body: byte 0xE9"),
    "/latin1-declared-utf8-sent": (
        lambda h: send(h, page("<p>Caf\u00e9 in Z\u00fcrich</p>" + ARTICLE).encode(),
                       content_type="text/html; charset=iso-8859-1"),
        "charset 'iso-8859-1' declared in the HTTP header, but the body is UTF-8"),
    "/meta-shift-jis-utf8-sent": (
        lambda h: send(h, page("<p>\u6771\u4eac\u3067\u4f1a\u8b70 \u2014 caf\u00e9</p>" + ARTICLE,
                               head='<meta charset="shift_jis"><title>t</title>').encode(),
                       content_type="text/html"),
        "charset 'shift_jis' declared in the page's <meta> tag does not match the body"),
    "/utf16-declared-ascii-sent": (
        lambda h: send(h, page().encode(), content_type="text/html; charset=utf-16"),
        "charset 'utf-16' declared in the HTTP header, but the body is not UTF-16"),
    "/koi8-declared-utf8-sent": (
        lambda h: send(h, page("<p>\u041c\u043e\u0441\u043a\u0432\u0430</p>" + ARTICLE).encode(),
                       content_type="text/html; charset=koi8-r"),
        "charset 'koi8-r' declared in the HTTP header, but the body is UTF-8"),
    "/nested-100k": (lambda h: send(h, page("<div>" * 100_000 + ARTICLE + "</div>" * 100_000)
                                    .encode()), "markup nested too deep: 25"),
    "/nested-300": (lambda h: send(h, page("<div>" * 300 + ARTICLE + "</div>" * 300).encode()),
                    f"(limit {MAX_NESTING})"),
    "/nested-spans-tables": (lambda h: send(h, page("<table><tr><td><span>" * 20_000 + ARTICLE)
                                            .encode()), "markup nested too deep"),
    "/zero-bytes": (lambda h: send(h, b""), "empty body (0 bytes)"),
    "/white-space": (lambda h: send(h, b" \r\n\t" * 1000),
                     "empty body (4,000 bytes of white space)"),
    "/png-as-html": (lambda h: send(h, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4000)),
                     "binary body, not HTML: a PNG image"),
    "/pdf-as-html": (lambda h: send(h, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"1 0 obj" * 500),
                     "binary body, not HTML: a PDF document"),
    "/gzip-as-html": (lambda h: send(h, gzip.compress(page().encode())),
                      "binary body, not HTML: gzip data"),
    "/elf-as-html": (lambda h: send(h, b"\x7fELF\x02\x01\x01" + bytes(5000)),
                     "binary body, not HTML: an executable"),
    "/noise-with-nul": (lambda h: send(h, b"<html>" + bytes(range(256)) * 40),
                        "binary body, not HTML: binary data (NUL bytes)"),
    "/noise-control-bytes": (lambda h: send(h, bytes(range(1, 32)) * 300),
                             "binary body, not HTML: binary data"),
    "/not-an-article": (lambda h: send(h, b"<html><body><nav><a href='/'>Home</a></nav></body>"
                                          b"</html>"), "no article text found in page"),
}


@pytest.fixture(autouse=True)
def allow_loopback(monkeypatch):
    monkeypatch.setenv(ENV_VAR, ALLOW_LOOPBACK)


@pytest.fixture
def sqlite_store(tmp_path):
    """One backend is enough where nothing is stored; the poll tests run on both."""
    store = Store(f"sqlite:///{tmp_path / 'pages.db'}")
    yield store
    store.close()


@pytest.mark.parametrize("path", sorted(HOSTILE_PAGES))
def test_each_hostile_page_is_rejected_with_its_reason(path, sqlite_store, rogue_server):
    answer, reason = HOSTILE_PAGES[path]
    rogue_server.routes[path] = answer
    url = rogue_server.url(path)
    report = Ingestor(sqlite_store).ingest([url])
    assert report.stored == 0
    assert [(r.where, reason in r.reason) for r in report.rejections] == [(url, True)], \
        report.rejections
    assert str(report.rejections[0]).startswith(f"{url}: ")


def test_a_poll_of_many_pages_moves_on_after_each_rejection(store, rogue_server):
    for path, (answer, _reason) in HOSTILE_PAGES.items():
        rogue_server.routes[path] = answer
    for n in (1, 2):
        rogue_server.routes[f"/good-{n}"] = lambda h, n=n: send(h, page(
            f"<h1>Lighthouse vote {n}</h1><p>Story number {n}.</p>" + ARTICLE.replace(
                "Monday", ["Monday", "Tuesday"][n - 1])).encode())
    urls = [rogue_server.url("/good-1")] + [rogue_server.url(p) for p in HOSTILE_PAGES] \
        + [rogue_server.url("/good-2")]
    started = time.monotonic()
    report = Ingestor(store).ingest(urls)
    assert report.stored == 2, report.rejections
    assert [r.where for r in report.rejections] == urls[1:-1]
    for rejection, (_answer, reason) in zip(report.rejections, HOSTILE_PAGES.values()):
        assert reason in rejection.reason, rejection
    assert sorted(a["url"] for a in store.articles()) == sorted([urls[0], urls[-1]])
    assert time.monotonic() - started < 60


def test_a_trickle_of_one_byte_a_second_is_cut_off_by_the_total_deadline(rogue_server):
    """Every read gets its byte well within the 15 s read timeout: only a deadline stops it."""
    def slow_body(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        trickle(h, page().encode() * 100, every=1.0)

    rogue_server.routes["/trickle"] = slow_body
    rogue_server.routes["/trickle-headers"] = lambda h: trickle(
        h, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Slow: y\r\n" * 1000, every=1.0)
    with Fetcher(total_timeout=2.5) as fetcher:
        for path in ("/trickle", "/trickle-headers"):
            started = time.monotonic()
            with pytest.raises(IngestError, match=r"gave up after 2.5 s \(the total time limit"):
                fetcher.get(rogue_server.url(path))
            assert time.monotonic() - started < 4.5


def test_a_drip_feed_under_the_read_timeout_is_cut_off_too(rogue_server):
    rogue_server.routes["/drip"] = lambda h: send_chunked(
        h, (time.sleep(0.2) or b"<p>drip</p>" for _ in range(10_000)))
    started = time.monotonic()
    with Fetcher(timeout=httpx.Timeout(5.0), total_timeout=1.5) as fetcher, \
            pytest.raises(IngestError, match="gave up after 1.5 s"):
        fetcher.get(rogue_server.url("/drip"))
    assert time.monotonic() - started < 3.5


def test_a_compression_bomb_never_expands_past_the_cap_in_memory(rogue_server):
    bomb = gzip_bomb(500 * MB)  # 500 MB of zeros in about half a megabyte
    assert len(bomb) < MB
    rogue_server.routes["/bomb"] = lambda h: send(h, bomb, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        with Fetcher(max_bytes=2 * MB) as fetcher, pytest.raises(IngestError, match="too large"):
            fetcher.get(rogue_server.url("/bomb"))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 12 * MB, f"peak {peak:,} bytes while refusing the bomb"


def test_honest_compressed_and_legacy_charset_pages_still_read(store, rogue_server):
    rogue_server.routes["/gz"] = lambda h: send(h, gzip.compress(page().encode()),
                                                headers={"Content-Encoding": "gzip"})
    rogue_server.routes["/deflate-raw"] = lambda h: send(
        h, zlib.compress(page().encode())[2:-4], headers={"Content-Encoding": "deflate"})
    cafe = "<p>Le caf\u00e9 du port a rouvert.</p>"
    rogue_server.routes["/cp1252"] = lambda h: send(h, page(cafe + ARTICLE).encode("cp1252"),
                                                    content_type="text/html; charset=windows-1252")
    rogue_server.routes["/meta-latin1"] = lambda h: send(
        h, page(cafe.replace("port", "quai") + ARTICLE.replace("Monday", "Friday"),
                head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
                     '<title>Quai</title>').encode("cp1252"), content_type="text/html")
    rogue_server.routes["/utf16-bom"] = lambda h: send(
        h, page(ARTICLE.replace("Monday", "Sunday")).encode("utf-16"), content_type="text/html")
    rogue_server.routes["/nested-150"] = lambda h: send(
        h, page("<div>" * 150 + ARTICLE.replace("Monday", "Saturday") + "</div>" * 150).encode())
    paths = ["/gz", "/deflate-raw", "/cp1252", "/meta-latin1", "/utf16-bom", "/nested-150"]
    report = Ingestor(store).ingest([rogue_server.url(p) for p in paths])
    assert report.rejections == []
    assert report.stored + report.duplicates + report.near_duplicates >= len(paths) - 1
    texts = " ".join(a["text"] for a in store.articles())
    assert "Le caf\u00e9 du port" in texts and "Le caf\u00e9 du quai" in texts


def test_a_fifty_megabyte_html_file_is_refused_by_size(sqlite_store, tmp_path):
    big = tmp_path / "huge.html"
    with open(big, "wb") as fh:
        fh.write(page().encode())
        fh.write(b"<p>" + b"padding " * (50 * MB // 8) + b"</p>")
    report = Ingestor(sqlite_store).ingest([str(big)])
    assert report.stored == 0
    (rejection,) = report.rejections
    assert rejection.where == str(big) and "HTML too large" in rejection.reason
    with pytest.raises(IngestError, match="HTML too large: 50,"):
        extract_html(big.read_bytes(), "https://news.example/huge")
