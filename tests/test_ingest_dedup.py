"""Deduplication: canonical URLs, exact content hashes, near-duplicates linked; idempotency."""
from aftershock.ingest import ingest
from aftershock.ingest.canonical import canonical_url

from .conftest import article, write_jsonl

WIRE = ("SEOUL (Meridian Wire) — The port authority of Lumen said on Monday that it would "
        "reopen the northern basin to container traffic after three weeks of repairs to the "
        "breakwater, which was damaged in the December storm. Officials said about forty ships "
        "had been waiting at anchor and that pilots would work double shifts through the weekend "
        "to clear the queue. Shipping companies welcomed the decision but warned that insurance "
        "costs for the route had risen sharply since the storm.")
COPY = ("The port authority of Lumen said on Monday that it would reopen the northern basin to "
        "container traffic after three weeks of repairs to the breakwater, which was damaged in "
        "the December storm. Officials said about forty ships had been waiting at anchor and that "
        "pilots would work double shifts through the weekend to clear the backlog. Shipping "
        "companies welcomed the decision but warned that insurance costs had risen sharply.")


def test_canonical_url_drops_tracking_and_fragments():
    assert canonical_url("HTTPS://www.News.example:443/a/b/?utm_source=x&id=3&fbclid=9#top") == \
        "https://news.example/a/b?id=3"
    assert canonical_url("http://news.example/?b=2&a=1") == "http://news.example/?a=1&b=2"


def test_same_url_with_tracking_is_a_duplicate(store, tmp_path):
    a = article(1)
    b = article(2, url=a["url"] + "?utm_medium=social#comments")
    report = ingest(store, [str(write_jsonl(tmp_path / "a.jsonl", [a, b]))])
    assert (report.stored, report.duplicates) == (1, 1)


def test_exact_same_text_under_another_url_is_a_duplicate(store, tmp_path):
    a = article(1)
    b = article(2, text=a["text"].upper().replace(" ", "   "))
    report = ingest(store, [str(write_jsonl(tmp_path / "a.jsonl", [a, b]))])
    assert (report.stored, report.duplicates) == (1, 1)


def test_near_duplicate_wire_copy_is_stored_and_linked(store, tmp_path):
    rows = [article(1, text=WIRE, source="Meridian Wire"),
            article(2, text=COPY, source="Harbor Post", title="Lumen port reopens basin"),
            article(3)]
    report = ingest(store, [str(write_jsonl(tmp_path / "a.jsonl", rows))])
    assert (report.stored, report.near_duplicates, report.duplicates) == (3, 1, 0)
    by_ext = {a["ext_id"]: a for a in store.articles()}
    assert by_ext["t-2"]["duplicate_of"] == by_ext["t-1"]["id"]
    assert 0.5 <= by_ext["t-2"]["similarity"] < 1.0
    assert by_ext["t-3"]["duplicate_of"] is None


def test_near_duplicate_found_across_runs_and_linked_to_the_original(store, tmp_path):
    ingest(store, [str(write_jsonl(tmp_path / "a.jsonl", [article(1, text=WIRE)]))])
    copy2 = COPY.replace("forty", "40")
    report = ingest(store, [str(write_jsonl(tmp_path / "b.jsonl", [
        article(2, text=COPY), article(3, text=copy2)]))])
    assert report.near_duplicates == 2
    by_ext = {a["ext_id"]: a for a in store.articles()}
    assert by_ext["t-3"]["duplicate_of"] == by_ext["t-1"]["id"]


def test_ingesting_twice_adds_nothing(store, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [article(n) for n in range(1, 6)])
    first = ingest(store, [str(path)])
    second = ingest(store, [str(path)])
    assert first.stored == 5
    assert (second.stored, second.duplicates) == (0, 5)
    assert store.count("articles") == 5
