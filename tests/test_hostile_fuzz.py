"""Fuzzing with hypothesis: the JSONL reader, the feed and page extractors, the date resolvers, the
actor matcher and the GDELT importer either return a well-formed result or raise aftershock's own
error (AftershockError), never anything else. Short, repeatable runs here; `bench/fuzz.py` runs
the same targets for minutes. Each `@example` is an input that crashed a reader before its fix."""
import datetime as dt
import io
import json
import zipfile

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from aftershock.errors import AftershockError
from aftershock.ingest import IngestError, ingest
from aftershock.ingest.gdelt import import_gdelt
from aftershock.store import StoreError

from .conftest import article, write_jsonl
from .fuzz_targets import (
    ANY_DATE,
    CHARSET_LABEL,
    DAYS,
    FEED_BYTES,
    GDELT_FIELDS,
    GDELT_FILE,
    GOOD_ROW,
    HTML_BYTES,
    JSONL_FILE,
    TEXT,
    _mutated,
    check_actors,
    check_event_dates,
    check_feed,
    check_gdelt_fields,
    check_gdelt_file,
    check_jsonl,
    check_page,
    check_published,
)

QUICK = settings(deadline=None, database=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def short(examples: int) -> settings:
    """A repeatable run of `examples` inputs: seconds in the suite, minutes in bench/fuzz.py."""
    return settings(QUICK, max_examples=examples)


def _line(**over) -> bytes:
    return json.dumps(article(1, **over)).encode() + b"\n"


def _zip_with_method(method: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("events.CSV", "\t".join(GOOD_ROW))
    raw = bytearray(buf.getvalue())
    for header in (b"PK\x03\x04", b"PK\x01\x02"):  # the method field of both headers
        at = raw.index(header) + (8 if header == b"PK\x03\x04" else 10)
        raw[at:at + 2] = method.to_bytes(2, "little")
    return bytes(raw)


def _zip_with_damaged_deflate() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("events.CSV", "\n".join(["\t".join(GOOD_ROW)] * 50))
    raw = bytearray(buf.getvalue())
    start = 30 + int.from_bytes(raw[26:28], "little") + int.from_bytes(raw[28:30], "little")
    raw[start:start + 8] = b"\xff" * 8  # the first bytes of the deflate stream
    return bytes(raw)


def test_the_project_errors_share_one_base():
    from aftershock.api import AftershockError as from_api
    from aftershock.ingest.dates import DateError
    from aftershock.ingest.netguard import BlockedURL
    assert from_api is AftershockError
    for error in (IngestError, StoreError, DateError, BlockedURL):
        assert issubclass(error, AftershockError)
    assert issubclass(DateError, ValueError)  # callers catching ValueError still do


@short(120)
@given(JSONL_FILE)
@example(b"[" * 5000 + b"\n")                          # RecursionError from json
@example(b"9" * 5000 + b"\n")                          # integer past Python's digit limit
@example(_line(lang=1))                                # a number where text belongs
@example(_line(lang=["en"]))
@example(_line(text="port\u0000reopened after the storm"))  # NUL: PostgreSQL refuses it
@example(_line(title="a\u0000b"))
@example(_line(published="0001-01-01T00:00:00+01:00"))  # OverflowError on conversion to UTC
@example(_line(published="9999-12-31T23:59:59-01:00"))
def test_jsonl_reader(data):
    check_jsonl(data)


@short(150)
@given(FEED_BYTES)
@example(b'<?encoding="\x80"?>')                      # UnicodeDecodeError inside feedparser
@example(b'<?encoding="\x00"?>')                      # ValueError inside feedparser
@example(b"<rss><channel><item><title>\x00</title><link>https://x.example/1</link>"
         b"<description>Port reopened.</description><pubDate>Mon, 05 Jan 2026 09:00:00 GMT"
         b"</pubDate></item></channel></rss>")       # NUL in a title from the lenient parser
@example(b"/dev/null")                                 # a body feedparser took for a file name
def test_feed_extractor(data):
    check_feed(data)


@short(80)
@given(st.tuples(HTML_BYTES, CHARSET_LABEL))
@example((b"<html><body><p>text</p></body></html>", "\x00"))  # ValueError from codecs.lookup
@example((b"\x01", "uu"))                              # LookupError: not a text encoding
@example((b"<p>aGVsbG8=</p>", "base64"))
@example((b"<p>caf\xc3\xa9</p>", "unicode_escape"))
def test_page_extractor(args):
    check_page(args)


@short(300)
@given(ANY_DATE)
@example("0001-01-01T00:00:00+01:00")
@example(None)
@example(":")
def test_publication_dates(value):
    check_published(value)


@short(300)
@given(st.tuples(TEXT, DAYS))
@example(("NEXT MONDAY", dt.date(9999, 12, 31)))       # OverflowError past date.max
@example(("YESTERDAY", dt.date(1, 1, 1)))              # OverflowError before date.min
@example(("SATURDAY", dt.date(1, 1, 1)))
@example(("TUE\u017fDAY", dt.date(2000, 1, 1)))        # long s: StopIteration in the weekday
@example(("\u017fept. 3", dt.date(2026, 1, 7)))        # long s: KeyError in the month lookup
def test_event_dates(args):
    check_event_dates(args)


@short(150)
@given(st.tuples(TEXT, ANY_DATE))
@example(("\u017foldiers of North Korea and the \u017fecurity forces", "2026-01-05"))
def test_actor_matcher(args):
    check_actors(args)


@short(200)
@given(GDELT_FIELDS)
@example(_mutated([(28, "\u00b2")]))                   # "²".isdigit() but int("²") fails
@example(_mutated([(28, "9" * 5000)]))                 # integer past the digit limit
@example(_mutated([(5, "\x00")]))                      # NUL: PostgreSQL refuses it
def test_gdelt_rows(fields):
    check_gdelt_fields(fields)


@short(60)
@given(GDELT_FILE)
@example(_zip_with_method(99))                         # NotImplementedError: unknown method
@example(_zip_with_method(12))                         # bzip2 method over stored bytes
@example(_zip_with_damaged_deflate())                   # zlib.error from the member
def test_gdelt_files(data):
    check_gdelt_file(data)


def test_inputs_that_crashed_ingest_are_rejected_and_the_rest_stored(store, tmp_path):
    """The crashes above, end to end on both databases: each bad line is one rejection."""
    rows = [article(1), b"[" * 5000 + b"\n", b"9" * 5000 + b"\n", article(4, lang=7),
            article(5, text="port\u0000reopened"),
            article(6, published="0001-01-01T00:00:00+01:00"),
            article(7, source="Harbor\u0000Post"), article(8)]
    path = write_jsonl(tmp_path / "crashers.jsonl", rows)
    report = ingest(store, [str(path)])
    assert report.stored == 2
    reasons = {r.where: r.reason for r in report.rejections}
    assert reasons == {
        f"{path}:2": "invalid JSON: nested too deeply",
        f"{path}:3": reasons[f"{path}:3"],
        f"{path}:4": "field 'lang' must be a string, got int",
        f"{path}:5": "field 'text' contains a NUL character",
        f"{path}:6": "unparsable date '0001-01-01T00:00:00+01:00'",
        f"{path}:7": "field 'source' contains a NUL character",
    }
    assert reasons[f"{path}:3"].startswith("invalid JSON: Exceeds the limit")


def test_gdelt_lines_that_crashed_the_import_are_rejected(store, tmp_path):
    good = "\t".join(GOOD_ROW)
    bad_rows = [_mutated([(0, "1202"), (28, "\u00b2")]), _mutated([(0, "1203"), (5, "US\x00A")]),
                _mutated([(0, "1204"), (28, "9" * 5000)]), _mutated([(0, "\u0661\u0662")])]
    plain = tmp_path / "20260105.export.CSV"
    plain.write_text("\n".join([good] + ["\t".join(r) for r in bad_rows]) + "\n", "utf-8")
    broken = tmp_path / "20260106.export.CSV.zip"
    broken.write_bytes(_zip_with_method(99))
    report = import_gdelt(store, [plain, broken])
    assert report.stored == 1
    assert [r.where for r in report.rejections] == [f"{plain}:{n}" for n in (2, 3, 4, 5)] \
        + [str(broken)]
    assert "NUL" in report.rejections[1].reason
    assert "cannot read: NotImplementedError" in report.rejections[-1].reason
