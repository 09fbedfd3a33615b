"""`aftershock cluster IN -o OUT` and `aftershock code IN -o OUT`: the DESIGN.md file contracts,
with no database."""
import json

from click.testing import CliRunner

from aftershock.cli import main

from .conftest import write_jsonl

DOCS = [
    {
        "id": "q1",
        "title": "Strong earthquake shakes southern Peru",
        "published": "2026-02-02T05:00:00Z",
        "text": "A magnitude 6.9 earthquake struck southern Peru on Monday, damaging homes in "
                "Arequipa. "
        "Peru's civil defence office said two people were killed in Arequipa.",
    },
    {
        "id": "q2",
        "title": "Peru counts damage after Arequipa quake",
        "published": "2026-02-02T11:00:00Z",
        "text": "Rescue teams in Arequipa searched collapsed homes after Monday's magnitude 6.9 "
        "earthquake in southern Peru, the civil defence office said.",
    },
    {
        "id": "v1",
        "title": "Finland's parliament passes budget",
        "published": "2026-02-03T09:00:00Z",
        "text": "Finland's parliament passed the 2026 budget on Tuesday after a long debate over "
        "defence spending in Helsinki.",
    },
]


def test_cluster_file_mode(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS + [{"id": "broken"}])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["cluster", str(src), "-o", str(out)])
    assert result.exit_code == 1  # the broken line is reported, the rest clustered
    assert f"{src}:4: missing field: text" in result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["q1", "q2", "v1"]
    assert set(rows[0]) == {"id", "story"}
    story = {r["id"]: r["story"] for r in rows}
    assert story["q1"] == story["q2"] != story["v1"]
    assert not (tmp_path / "aftershock.db").exists()


def test_code_file_mode(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "s1", "date": "2026-01-04",
         "text": "North Korea's foreign ministry condemned the U.S. military operation in "
                 "Venezuela on Sunday."},
        {"id": "s2", "text": "The weather in Lumen was mild and nobody did anything."},
    ])
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["code", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert {e["id"] for e in events} == {"s1"}
    first = events[0]
    for key in ("id", "sentence", "source", "target", "cameo", "root", "quad", "penta",
                "goldstein", "plover", "date", "place"):
        assert key in first
    assert first["source"]["code"] == "PRKGOV"
    assert first["root"] == "11" and first["quad"] == 3 and first["penta"] == 3
    assert first["target"]["country"] == "USA"
    assert first["date"] == "2026-01-04"
