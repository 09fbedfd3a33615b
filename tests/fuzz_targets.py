"""Fuzz targets shared by tests/test_hostile_fuzz.py (short runs) and bench/fuzz.py (long runs):
for each reader of outside input, a hypothesis strategy of hostile inputs and a check that the
reader returns a well-formed result or raises aftershock's own error, never anything else."""
from __future__ import annotations

import atexit
import datetime as dt
import io
import json
import shutil
import tempfile
import time
import zipfile
from pathlib import Path

from hypothesis import strategies as st

from aftershock.errors import AftershockError
from aftershock.ingest.feeds import parse_feed
from aftershock.ingest.files import read_jsonl
from aftershock.ingest.gdelt import COLUMNS, event_from_fields, read_gdelt
from aftershock.ingest.pages import extract_html
from aftershock.ingest.records import Candidate, Rejection, validate

WORK = Path(tempfile.mkdtemp(prefix="aftershock-fuzz-"))  # files the file readers are given
atexit.register(shutil.rmtree, WORK, True)

# -- building blocks -----------------------------------------------------------------------
NASTY_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\ufeff",
        "\ud800",
        "\u202e",
        "\u0130",
        "\u017f",
        "\u212a",
        "\u00df",
        "\u0663",
        "\u00b2",
        "\U0001f4a5",
        "\r\n",
        "&amp;",
        "&lol;",
        "<![CDATA[",
        "]]>",
        "<!--",
        "<script>alert(1)</script>",
        "NaN",
        "Infinity",
        "-0",
        "1e309",
        "9" * 5000,
        "[" * 3000,
        '{"a":' * 2000,
        "ſeptember",
        "Tueſday",
        "İstanbul",
        "KİM",
        "Saturday",
        "last Friday",
        "January 3, 0000",
        "Dec. 31, 9999",
        "yesterday",
        "next Monday",
        "31 February",
        "North Korea's foreign ministry",
        "U.S. special forces",
        "Kim Jong Un",
        "Lee",
        "the ministry",
        "Pyongyang",
        "SEOUL (Reuters) -",
        "\u017fecurity forces",
        "the MİNİSTRY",
        "ſoldiers",
        "Caracas, Jan. 3 -",
        "the president of Venezuela",
    ]
)
TEXT = st.one_of(st.text(max_size=200), NASTY_TEXT,
                 st.lists(st.one_of(NASTY_TEXT, st.text(max_size=20)), max_size=8).map(" ".join))
JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT)
JSON_VALUE = st.recursive(JSON_SCALAR, lambda kids: st.one_of(
    st.lists(kids, max_size=4), st.dictionaries(TEXT, kids, max_size=4)), max_leaves=12)
DATE_TEXT = st.one_of(TEXT, st.sampled_from([
    "2026-01-05T08:00:00Z", "2026-01-05T08:00:00+25:00", "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00", "Mon, 05 Jan 2026 09:00:00 GMT", "Mon, 05 Jan 2026 99:99:99 GMT",
    "Tue, 31 Feb 2026 09:00:00 +0000", "1900-01-01", "1899-12-31T23:59:59", "2026-W01-1",
    "20260105", "0", "-1", "10000-01-01", "2026-01-05T08:00:00.123456789Z", "5 Jan 2026 PST",
]), st.datetimes(timezones=st.one_of(st.none(), st.timezones())).map(lambda d: d.isoformat()))


def article_like(fields=("id", "url", "source", "title", "published", "text", "lang")):
    """Dicts shaped like contract articles with hostile values."""
    good = {"id": "a-1", "url": "https://news.example/a/1", "source": "Harbor Post",
            "title": "Port reopens", "published": "2026-01-05T08:00:00Z",
            "text": "The port of Lumen reopened on Monday after the storm."}
    return st.fixed_dictionaries({}, optional={
        k: st.one_of(st.just(good.get(k, "en")), DATE_TEXT if k == "published" else TEXT,
                     JSON_VALUE) for k in fields})


def _lines(values) -> bytes:
    return b"".join(v if isinstance(v, bytes) else (v + "\n").encode("utf-8", "surrogatepass")
                    for v in values)


JSONL_FILE = st.lists(st.one_of(
    article_like().map(lambda d: json.dumps(d, ensure_ascii=False)),
    article_like().map(json.dumps),
    JSON_VALUE.map(lambda v: json.dumps(v, ensure_ascii=False)),
    st.binary(max_size=300).map(lambda b: b + b"\n"),
    TEXT,
), max_size=12).map(_lines)


def _xml_text(strategy=TEXT):
    return strategy.map(lambda s: s.replace("&", "&amp;").replace("<", "&lt;") if len(s) % 3
                        else s)  # a third of the values stay raw: markup and entities included


ITEM = st.builds(
    lambda t, link, date, body, kind: (
        f"<item><title>{t}</title><link>{link}</link><pubDate>{date}</pubDate>"
        f"<description>{body}</description></item>" if kind else
        f"<entry><title>{t}</title><id>{link}</id><link href=\"{link}\"/><updated>{date}</updated>"
        f"<content type=\"html\">{body}</content></entry>"),
    _xml_text(), st.one_of(st.just("https://desk.example/1"), _xml_text()),
    _xml_text(DATE_TEXT), _xml_text(), st.booleans())
PROLOG = st.sampled_from(
    [
        "",
        '<?xml version="1.0"?>',
        '<?xml version="1.0" encoding="utf-16"?>',
        '<?xml version="1.0" encoding="bogus-charset"?>',
        '<?xml version="1.0" encoding="ebcdic-cp-us"?>',
        '<!DOCTYPE rss [<!ENTITY a "b">]>',
        '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/x.dtd">',
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x">',
        "\ufeff",
    ]
)
FEED_DOC = st.builds(
    lambda prolog, items, title, rss, encoding: (
        (prolog + (f"<rss version=\"2.0\"><channel><title>{title}</title>{items}</channel></rss>"
                   if rss else f"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{title}"
                               f"</title>{items}</feed>")).encode(encoding, "surrogatepass")),
    PROLOG, st.lists(ITEM, max_size=5).map("".join), _xml_text(), st.booleans(),
    st.sampled_from(["utf-8", "utf-16", "utf-16-be"]))
FEED_BYTES = st.one_of(FEED_DOC, st.binary(max_size=2000),
                       st.tuples(FEED_DOC, st.binary(max_size=50), st.integers(0, 400)).map(
                           lambda t: t[0][:t[2]] + t[1] + t[0][t[2]:]))

TAGS = st.sampled_from(["div", "p", "span", "article", "main", "table", "td", "li", "ul", "a",
                        "script", "style", "title", "h1", "meta", "br", "img", "svg", "math",
                        "template", "iframe", "noscript", "!--", "![CDATA["])
HTML_DOC = st.recursive(
    TEXT.map(lambda s: s.replace("<", " ")),
    lambda kids: st.builds(
        lambda tag, inner, close: f"<{tag}>{''.join(inner)}" + (f"</{tag}>" if close else ""),
        TAGS,
        st.lists(kids, max_size=4),
        st.booleans(),
    ),
    max_leaves=30,
).map(lambda body: f"<html><head><title>t</title></head><body>{body}</body></html>")
CHARSET_LABEL = st.one_of(st.none(), st.sampled_from([
    "utf-8", "UTF8", "iso-8859-1", "windows-1252", "shift_jis", "euc-kr", "gb2312", "koi8-r",
    "utf-16", "utf-32", "utf-7", "x-user-defined", "bogus", "", " ", "\x00", "ascii", "rot13",
    "base64", "zlib", "hex", "idna", "punycode", "unicode_escape", "raw_unicode_escape",
    "mbcs", "uu", "quopri", "bz2",
]), TEXT)
HTML_BYTES = st.one_of(
    st.tuples(HTML_DOC, st.sampled_from(["utf-8", "cp1252", "utf-16", "shift_jis", "latin-1"]))
    .map(lambda t: t[0].encode(t[1], "replace")),
    st.binary(max_size=3000))

GDELT_CELL = st.one_of(st.sampled_from(["", "20260105", "043", "04", "4", "1", "-2.5", "nan",
                                        "inf", "1e308", "²", "٣", "0", "20", "21", "USA",
                                        "https://x.example/a", "\x00", "\u0663\u0663"]), TEXT)
GOOD_ROW = [""] * len(COLUMNS)
for _name, _value in {"GLOBALEVENTID": "1201", "SQLDATE": "20260105", "Actor1Code": "USAGOV",
                      "Actor1CountryCode": "USA", "Actor2Code": "VENGOV",
                      "Actor2CountryCode": "VEN", "EventCode": "043", "EventBaseCode": "043",
                      "EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "2.8",
                      "ActionGeo_FullName": "Caracas, Venezuela",
                      "SOURCEURL": "https://news.example/a"}.items():
    GOOD_ROW[COLUMNS.index(_name)] = _value


def _mutated(changes) -> list[str]:
    row = list(GOOD_ROW)
    for index, cell in changes:
        row[index] = cell
    return row


GDELT_FIELDS = st.one_of(
    st.lists(st.tuples(st.sampled_from([0, 1, 26, 27, 28, 29, 30, 5, 7, 52, 60]), GDELT_CELL),
             max_size=3).map(_mutated),
    st.lists(GDELT_CELL, min_size=len(COLUMNS), max_size=len(COLUMNS)),
    st.lists(GDELT_CELL, max_size=70))
GDELT_LINES = st.lists(GDELT_FIELDS.map(lambda f: "\t".join(f)), max_size=6).map(
    lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))


def _zipped(data: bytes, corrupt_at: int | None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("events.CSV", data)
    raw = buf.getvalue()
    if corrupt_at is not None and raw:
        at = corrupt_at % len(raw)
        raw = raw[:at] + bytes([raw[at] ^ 0xFF]) + raw[at + 1:]
    return raw


GDELT_FILE = st.one_of(
    GDELT_LINES, st.binary(max_size=1000),
    st.tuples(GDELT_LINES, st.one_of(st.none(), st.integers(0, 10_000))).map(
        lambda t: _zipped(*t)),
    st.binary(max_size=400).map(lambda b: b"PK\x03\x04" + b))

DAYS = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max]))
ANY_DATE = st.one_of(DAYS, DATE_TEXT, st.datetimes(), st.integers(), st.floats())


# -- checks: a well-formed result or AftershockError, never anything else ----------------------
def _check_record(raw, where: str) -> None:
    try:
        record = validate(raw, where)
    except AftershockError:
        return
    for key in ("ext_id", "url", "canonical_url", "source", "title", "text", "content_hash"):
        assert isinstance(record[key], str), (key, record[key])
        assert "\x00" not in record[key], key  # PostgreSQL cannot store NUL in text
    assert record["lang"] is None or isinstance(record["lang"], str)
    assert isinstance(record["published"], dt.datetime) and record["published"].tzinfo is None


def _write(data: bytes, suffix: str) -> Path:
    path = WORK / f"case-{time.monotonic_ns()}{suffix}"
    path.write_bytes(data)
    return path


def check_jsonl(data: bytes) -> None:
    path = _write(data, ".jsonl")
    try:
        for item in read_jsonl(path):
            assert isinstance(item, Candidate | Rejection), item
            if isinstance(item, Candidate):
                _check_record(item.raw, item.where)
    finally:
        path.unlink()


def check_feed(data: bytes) -> None:
    try:
        for item in parse_feed(data, "fuzz.rss"):
            assert isinstance(item, Candidate | Rejection), item
            if isinstance(item, Candidate):
                _check_record(item.raw, item.where)
    except AftershockError:
        pass


def check_page(args) -> None:
    data, declared = args
    try:
        record = extract_html(data, url="https://news.example/page", declared=declared)
    except AftershockError:
        return
    assert isinstance(record["text"], str) and record["text"].strip()
    assert isinstance(record["title"], str)


def check_published(value) -> None:
    from aftershock.ingest.dates import parse_published
    try:
        result = parse_published(value)
    except AftershockError:
        return
    assert isinstance(result, dt.datetime) and result.tzinfo is None


def check_event_dates(args) -> None:
    from aftershock.coding.dates import find_date_mentions, resolve_date_mention
    text, day = args
    for mention in find_date_mentions(text):
        assert text[mention.start:mention.end] == mention.text
        resolved = resolve_date_mention(mention.text, day)
        assert resolved is None or isinstance(resolved, dt.date)
        if resolved is not None and day is not None:
            assert resolved <= day
    resolved = resolve_date_mention(text, day)
    assert resolved is None or isinstance(resolved, dt.date)


def check_actors(args) -> None:
    from aftershock.coding.actors import load_actor_dictionary
    text, date = args
    actors = load_actor_dictionary()
    seen: list[str] = []
    for actor in actors.find(text, date, seen_people=seen):
        assert isinstance(actor.code, str) and actor.code
        assert 0 <= actor.start <= actor.end <= len(text)
    assert isinstance(actors.countries_in(text, date), set)
    matched = actors.match(text, date)
    assert matched is None or isinstance(matched.code, str)
    assert actors.dateline_country(text) is None or isinstance(actors.dateline_country(text), str)


def check_gdelt_fields(fields: list[str]) -> None:
    try:
        event = event_from_fields(fields)
    except AftershockError:
        return
    assert 1 <= event["quad"] <= 4 and -10 <= event["goldstein"] <= 10
    assert event["cameo"].isascii() and event["cameo"].startswith(event["root"])
    assert all("\x00" not in v for v in event.values() if isinstance(v, str))


def check_gdelt_file(data: bytes) -> None:
    path = _write(data, ".export.CSV")
    try:
        for item in read_gdelt(path):
            assert isinstance(item, dict | Rejection), item
            if isinstance(item, dict):
                assert all("\x00" not in v for v in item.values() if isinstance(v, str))
    finally:
        path.unlink()


# name -> (strategy, check)
TARGETS = {
    "jsonl_reader": (JSONL_FILE, check_jsonl),
    "feed_extractor": (FEED_BYTES, check_feed),
    "page_extractor": (st.tuples(st.one_of(HTML_BYTES, HTML_DOC.map(
        lambda html: html.encode("utf-8", "surrogatepass"))), CHARSET_LABEL),
                       check_page),
    "published_dates": (ANY_DATE, check_published),
    "event_dates": (st.tuples(TEXT, DAYS), check_event_dates),
    "actor_matcher": (st.tuples(TEXT, ANY_DATE), check_actors),
    "gdelt_rows": (GDELT_FIELDS, check_gdelt_fields),
    "gdelt_files": (GDELT_FILE, check_gdelt_file),
}
