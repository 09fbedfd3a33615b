"""JSONL ingest: good lines are stored, every bad line is rejected with its line and reason."""
import json

from click.testing import CliRunner

from aftershock.cli import main
from aftershock.ingest import ingest

from .conftest import article, write_jsonl


def test_valid_lines_are_stored_with_their_outlet(store, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [article(1), article(2, source="Capital Ledger")])
    report = ingest(store, [str(path)])
    assert (report.read, report.stored, report.rejected) == (2, 2, 0)
    stored = store.articles()
    assert {a["source"] for a in stored} == {"Harbor Post", "Capital Ledger"}
    assert stored[0]["published"].startswith("2026-01-02")


def test_each_bad_line_is_rejected_and_the_rest_kept(store, tmp_path):
    too_big = "x " * 1_100_000
    rows = [
        article(1),
        b'{"id": "bad-bytes", "text": "caf\xe9"}\n',
        {k: v for k, v in article(3).items() if k != "title"},
        article(4, text=too_big),
        article(5, published="the day after the storm"),
        article(6, text="   \n  "),
        b"{not json at all\n",
        article(8),
    ]
    path = write_jsonl(tmp_path / "mixed.jsonl", rows)
    report = ingest(store, [str(path)])
    assert report.stored == 2
    reasons = {r.where: r.reason for r in report.rejections}
    assert "undecodable bytes" in reasons[f"{path}:2"]
    assert reasons[f"{path}:3"] == "missing field: title"
    assert "text too large" in reasons[f"{path}:4"]
    assert "unparsable date" in reasons[f"{path}:5"]
    assert reasons[f"{path}:6"] == "empty text"
    assert "invalid JSON" in reasons[f"{path}:7"]
    assert {a["ext_id"] for a in store.articles()} == {"t-1", "t-8"}


def test_articles_without_a_word_are_rejected(store, tmp_path):
    # nothing to group or code: stored, they would stay pending in every later stories run
    rows = [article(1, title="2024", text="1 2 3 -- 4"), article(2, title="12:30", text="Rain."),
            article(3, title="Storm", text="7 8 9")]
    path = write_jsonl(tmp_path / "wordless.jsonl", rows)
    report = ingest(store, [str(path)])
    assert [(r.where, r.reason) for r in report.rejections] == [
        (f"{path}:1", "no words in title or text")]
    assert {a["ext_id"] for a in store.articles()} == {"t-2", "t-3"}


def test_non_object_lines_and_bad_urls_are_rejected(store, tmp_path):
    path = write_jsonl(tmp_path / "odd.jsonl", [b"[1, 2]\n", article(2, url="ftp://x.example/a")])
    report = ingest(store, [str(path)])
    assert report.stored == 0
    assert [r.reason for r in report.rejections] == [
        "expected a JSON object, got list", "url must be http(s) or file, got 'ftp://x.example/a'"]


def test_cli_prints_summary_and_exits_1_on_rejections(tmp_path):
    db = tmp_path / "cli.db"
    path = write_jsonl(tmp_path / "a.jsonl", [article(1), article(2, published="nope")])
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db)])
    assert result.exit_code == 1
    assert "read 2, stored 1" in result.output
    assert f"{path}:2" in result.output and "unparsable date" in result.output


def test_cli_exits_0_when_all_is_well(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [article(1)])
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(tmp_path / "ok.db")])
    assert result.exit_code == 0, result.output
    assert "rejected 0" in result.output


def test_missing_path_is_reported_not_fatal(store, tmp_path):
    good = write_jsonl(tmp_path / "a.jsonl", [article(1)])
    report = ingest(store, [str(tmp_path / "nope.jsonl"), str(good)])
    assert report.stored == 1
    assert report.rejections[0].reason == "no such file or folder"


def test_lang_is_optional_and_kept(store, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [article(1, lang="en"), article(2)])
    ingest(store, [str(path)])
    langs = {a["ext_id"]: a["lang"] for a in store.articles()}
    assert langs == {"t-1": "en", "t-2": None}
    json.dumps(store.articles())  # rows are JSON-ready
