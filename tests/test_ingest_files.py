"""Folders of .txt, .html and .json files, and feed files, are ingested with their metadata."""
from aftershock.ingest import ingest


def test_folder_of_text_html_and_json(store, fixtures):
    report = ingest(store, [str(fixtures / "ingest" / "folder")])
    assert report.rejected == 0, report.rejections
    assert report.stored == 3
    by_title = {a["title"]: a for a in store.articles()}
    tide = by_title["New tide tables published for the spring season"]
    assert tide["source"] == "Harbor Post"
    assert tide["published"].startswith("2026-01-14T06:00")
    assert "extra-low tides" in tide["text"]
    assert by_title["Fish market moves to the old customs hall"]["ext_id"] == "hp-market"
    page = by_title["Lighthouse keepers vote to stay on the rock"]
    assert "automated shore base" in page["text"]
    assert "All rights reserved" not in page["text"]


def test_rss_file_entries_with_one_bad_entry(store, fixtures):
    report = ingest(store, [str(fixtures / "ingest" / "feed.rss")])
    assert report.stored == 2
    assert len(report.rejections) == 1
    assert report.rejections[0].where.endswith("feed.rss#entry3")
    assert "unparsable date" in report.rejections[0].reason
    cranes = store.articles()[0]
    assert cranes["source"] == "Lumen Evening Courier"
    assert cranes["canonical_url"] == "https://courier.example/2026/01/05/cranes-restart"
    assert "night-shift pay" in cranes["text"] and "<p>" not in cranes["text"]


def test_atom_file(store, fixtures):
    report = ingest(store, [str(fixtures / "ingest" / "feed.atom")])
    assert report.stored == 2 and report.rejected == 0
    titles = [a["title"] for a in store.articles()]
    assert titles == ["Ferry line to the islands resumes winter schedule",
                      "Observatory records the coldest night of the decade"]


def test_entity_expansion_is_refused(store, fixtures):
    report = ingest(store, [str(fixtures / "ingest" / "billion-laughs.rss")])
    assert report.stored == 0
    assert "refused" in report.rejections[0].reason


def test_undecodable_text_file_is_rejected(store, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Title: x\n\n\xff\xfe broken")
    report = ingest(store, [str(tmp_path)])
    assert report.stored == 0
    assert "undecodable bytes" in report.rejections[0].reason
