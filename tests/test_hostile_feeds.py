"""Hostile RSS and Atom feeds: entity expansion ("billion laughs"), external entities and DTDs
are refused and never fetched; a body that names a local file is not opened; huge and slow feeds
are cut off; one bad entry or feed is a rejection and the poll goes on."""
import itertools
import time

import pytest

from aftershock.ingest import Ingestor
from aftershock.ingest.feeds import parse_feed
from aftershock.ingest.http import Fetcher
from aftershock.ingest.netguard import ENV_VAR
from aftershock.ingest.records import Candidate, IngestError, Rejection

from .rogue_server import ALLOW_LOOPBACK, RogueServer, send, send_chunked, trickle

RSS = "application/rss+xml"
ATOM = "application/atom+xml"


@pytest.fixture
def rogue_server():
    with RogueServer() as server:
        yield server


def rss(items: str, prolog: str = "", title: str = "Harbour Desk") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}\n<rss version="2.0"><channel>'
            f"<title>{title}</title><link>https://desk.example/</link>{items}</channel></rss>")


def item(n: int, title: str | None = None, text: str | None = None,
         date: str = "Mon, 05 Jan 2026 09:00:00 GMT", link: str | None = None) -> str:
    title = title if title is not None else f"Ferry line {n} resumes service after the storm"
    text = text if text is not None else (f"The ferry on line {n} sailed again on Monday after "
                                          f"crews cleared debris from pier {n}.")
    link = link if link is not None else f"https://desk.example/2026/01/05/ferry-{n}"
    return (f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
            f"<description>{text}</description></item>")


def atom(entries: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{prolog}\n'
            f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Wire</title>'
            f"<id>urn:quay</id><updated>2026-01-05T09:00:00Z</updated>{entries}</feed>")


def entry(body: str) -> str:
    return (f"<entry><title>Quay news</title><id>urn:quay:1</id>"
            f'<link href="https://quay.example/1"/><updated>2026-01-05T09:00:00Z</updated>'
            f"<summary>{body}</summary></entry>")


LAUGHS = "\n".join(['<!ENTITY lol0 "lol">'] + [
    f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)])
QUADRATIC = f'<!ENTITY big "{"x" * 50_000}">'


def hostile_feeds(port: int) -> dict[str, tuple[bytes, str]]:
    """name -> (document, what the refusal must say). `port` is the test server's, so a parser
    that fetched anything would show up in its hit counts."""
    base = f"http://127.0.0.1:{port}"
    entity_refused = "declares XML entities"
    return {
        "rss-billion-laughs": (rss(item(1, title="&lol9;"), f"<!DOCTYPE rss [{LAUGHS}]>"),
                               entity_refused),
        "atom-billion-laughs": (atom(entry("&lol9;"), f"<!DOCTYPE feed [{LAUGHS}]>"),
                                entity_refused),
        "rss-quadratic-blowup": (rss(item(1, text="&big;" * 2000), f"<!DOCTYPE rss [{QUADRATIC}]>"),
                                 entity_refused),
        "rss-xxe-file": (rss(item(1, text="&xxe;"),
                             '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
                         entity_refused),
        "atom-xxe-file": (atom(entry("&xxe;"),
                               '<!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'),
                          entity_refused),
        "rss-xxe-http": (rss(item(1, text="&xxe;"),
                             f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{base}/xxe">]>'),
                         entity_refused),
        "atom-parameter-entity": (atom(entry("x"), f'<!DOCTYPE feed [<!ENTITY % remote SYSTEM '
                                                   f'"{base}/param.dtd"> %remote;]>'),
                                  entity_refused),
        "rss-external-dtd": (rss(item(1), f'<!DOCTYPE rss SYSTEM "{base}/evil.dtd">'),
                             "external DTD"),
        "atom-external-dtd-public": (atom(entry("x"), f'<!DOCTYPE feed PUBLIC "-//Evil//DTD" '
                                                      f'"{base}/public.dtd">'), "external DTD"),
        "rss-laughs-after-junk": ("\x0c junk before the prolog " + rss(
            item(1, title="&lol9;"), f"<!DOCTYPE rss [{LAUGHS}]>"), entity_refused),
        "rss-laughs-lowercase": (rss(item(1, title="&a;"), '<!doctype rss [<!entity a "b">]>'),
                                 entity_refused),
    }


ENCODED = {  # the billion laughs in encodings a byte-level scan of ASCII would miss
    "utf-16": rss(item(1, title="&lol9;"), f"<!DOCTYPE rss [{LAUGHS}]>").replace(
        'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
    "utf-16-be-no-bom": rss(item(1, title="&lol9;"), f"<!DOCTYPE rss [{LAUGHS}]>").replace(
        'encoding="UTF-8"', 'encoding="UTF-16BE"').encode("utf-16-be"),
}


@pytest.fixture(autouse=True)
def allow_loopback(monkeypatch):
    monkeypatch.setenv(ENV_VAR, ALLOW_LOOPBACK)


def test_each_hostile_feed_is_refused_from_a_file(store, rogue_server, tmp_path):
    feeds = hostile_feeds(rogue_server.port)
    paths = []
    for name, (doc, _reason) in feeds.items():
        path = tmp_path / f"{name}.rss"
        path.write_text(doc, encoding="utf-8")
        paths.append(str(path))
    for name, data in ENCODED.items():
        path = tmp_path / f"encoded-{name}.xml"
        path.write_bytes(data)
        paths.append(str(path))
    started = time.monotonic()
    report = Ingestor(store).ingest(paths)
    assert time.monotonic() - started < 30
    assert report.stored == 0
    reasons = {r.where: r.reason for r in report.rejections}
    assert set(reasons) == set(paths)
    for (name, (_doc, reason)), path in zip(feeds.items(), paths):
        assert reason in reasons[path], (name, reasons[path])
    for path in paths[len(feeds):]:
        assert "declares XML entities" in reasons[path]
    assert sum(rogue_server.hits.values()) == 0  # no entity, DTD or parameter entity fetched


def test_hostile_feeds_over_http_are_refused_naming_the_url(store, rogue_server):
    feeds = hostile_feeds(rogue_server.port)
    for name, (doc, _reason) in feeds.items():
        rogue_server.routes[f"/{name}"] = lambda h, d=doc: send(h, d.encode(), RSS)
    urls = [rogue_server.url(f"/{name}") for name in feeds]
    report = Ingestor(store).ingest(urls)
    assert report.stored == 0
    assert [r.where for r in report.rejections] == urls
    for rejection, (_doc, reason) in zip(report.rejections, feeds.values()):
        assert reason in rejection.reason
    assert set(rogue_server.hits) == {f"/{name}" for name in feeds}  # nothing else was asked for


def test_the_rss_091_doctype_is_read_without_fetching_it(store, tmp_path):
    path = tmp_path / "old.rss"
    path.write_text(rss(item(1) + item(2), '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD '
                                           'RSS 0.91//EN" "http://127.0.0.1:9/rss-0.91.dtd">'))
    report = Ingestor(store).ingest([str(path)])
    assert (report.stored, report.rejections) == (2, [])


def test_a_body_naming_a_local_file_is_never_opened(store, rogue_server, tmp_path):
    """feedparser opens a string that is a file name: the body must reach it as data."""
    secret = tmp_path / "local-secret.rss"
    secret.write_text(rss(item(7, title="Local secret feed entry")))
    rogue_server.routes["/path-as-feed"] = lambda h: send(h, str(secret).encode(), RSS)
    rogue_server.routes["/dev-zero"] = lambda h: send(h, b"/dev/zero", RSS)
    urls = [rogue_server.url("/path-as-feed"), rogue_server.url("/dev-zero")]
    started = time.monotonic()
    report = Ingestor(store).ingest(urls)
    assert time.monotonic() - started < 10  # /dev/zero, if opened, never ends
    assert report.stored == 0
    assert [r.where for r in report.rejections] == urls
    assert all("no feed entries" in r.reason for r in report.rejections)
    with pytest.raises(IngestError):
        list(parse_feed(str(secret).encode(), "test"))


def test_huge_endless_and_slow_feeds_are_cut_off(store, rogue_server):
    big_item = item(1, text="<![CDATA[" + "<p>" + "word " * 2000 + "</p>]]>")
    rogue_server.routes["/endless"] = lambda h: send_chunked(
        h, itertools.chain([rss("").encode()[:-len("</channel></rss>")]],
                           itertools.repeat(big_item.encode())), RSS)
    rogue_server.routes["/trickle"] = lambda h: trickle(
        h, b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n" + rss(item(1)).encode(),
        every=1.0)
    rogue_server.routes["/good"] = lambda h: send(h, rss(item(1) + item(2)).encode(), RSS)
    urls = [rogue_server.url(p) for p in ("/endless", "/trickle", "/good")]
    started = time.monotonic()
    with Fetcher(total_timeout=2.5) as fetcher:
        report = Ingestor(store, fetcher=fetcher).ingest(urls)
    assert time.monotonic() - started < 10
    assert report.stored == 2
    reasons = [(r.where, r.reason) for r in report.rejections]
    assert reasons[0][0] == urls[0] and "response too large" in reasons[0][1]
    assert reasons[1][0] == urls[1] and "gave up after 2.5 s" in reasons[1][1]


def test_bad_entries_are_rejected_one_by_one_and_the_poll_goes_on(store, rogue_server):
    """A feed of 60 items, 6 of them bad in different ways, between two hostile feeds."""
    bad = {
        5: item(5, text=""),                                       # no text at all
        12: item(12, date="the day after the storm"),              # unreadable date
        20: item(20, date="Fri, 05 Jan 2999 09:00:00 GMT"),        # far future
        33: item(33, link="javascript:alert(1)"),                  # not an http(s) URL
        41: item(41, title="T" * 5000),                            # title too long
        50: item(50, title="", text="   "),                        # blank
    }
    items = "".join(bad.get(n, item(n)) for n in range(1, 61))
    rogue_server.routes["/laughs"] = lambda h: send(
        h, rss(item(1, title="&lol9;"), f"<!DOCTYPE rss [{LAUGHS}]>").encode(), RSS)
    rogue_server.routes["/many"] = lambda h: send(h, rss(items).encode(), RSS)
    rogue_server.routes["/xxe"] = lambda h: send(
        h, atom(entry("&x;"), '<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
        .encode(), ATOM)
    rogue_server.routes["/after"] = lambda h: send(h, atom(entry(
        "The quay reopened to freight traffic on Monday after repairs.")).encode(), ATOM)
    urls = [rogue_server.url(p) for p in ("/laughs", "/many", "/xxe", "/after")]
    report = Ingestor(store).ingest(urls)
    assert report.stored == 54 + 1
    rejected = [r.where for r in report.rejections]
    assert rejected == [urls[0]] + [f"{urls[1]}#entry{n}" for n in sorted(bad)] + [urls[2]]
    stored_titles = {a["title"] for a in store.articles()}
    assert "Ferry line 60 resumes service after the storm" in stored_titles
    assert "Quay news" in stored_titles


def test_script_and_markup_in_entries_never_reach_the_text(store, tmp_path):
    path = tmp_path / "xss.rss"
    hostile = ("&lt;script&gt;alert(document.cookie)&lt;/script&gt;&lt;p&gt;The harbour opened "
               "again on Monday.&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;"
               "&lt;style&gt;body{display:none}&lt;/style&gt;")
    path.write_text(rss(item(1, text=hostile)))
    report = Ingestor(store).ingest([str(path)])
    assert report.stored == 1
    text = store.articles()[0]["text"]
    assert "The harbour opened again on Monday." in text
    assert "alert" not in text and "display:none" not in text and "<" not in text


def test_deeply_nested_and_wide_feeds_do_not_crash_the_parser(tmp_path):
    nested = rss(item(1, text="&lt;div&gt;" * 50_000 + "deep"))
    wide = rss("<x>" * 100_000 + "</x>" * 100_000 + item(2))
    for name, doc in (("nested", nested), ("wide", wide)):
        started = time.monotonic()
        out = list(parse_feed(doc.encode(), name))
        assert time.monotonic() - started < 20
        assert all(isinstance(o, Candidate | Rejection) for o in out)
