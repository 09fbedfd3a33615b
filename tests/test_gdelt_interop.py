"""GDELT interop: import 2.0 event files (bad rows reported by line), export in GDELT column
order, CSV, JSON Lines and Parquet, and signals over imported history."""
import json
import zipfile

from click.testing import CliRunner

from aftershock.api import Aftershock
from aftershock.cli import main
from aftershock.export import export_events
from aftershock.ingest.gdelt import COLUMNS, import_gdelt
from aftershock.store import Store

from .conftest import FIXTURES

GDELT = FIXTURES / "gdelt" / "events.export.CSV"


def test_import_reports_each_bad_row_and_keeps_the_rest(store):
    report = import_gdelt(store, [GDELT])
    assert (report.read, report.stored) == (9, 4)
    reasons = {r.where.rsplit(":", 1)[1]: r.reason for r in report.rejections}
    assert reasons["4"] == "expected 61 tab-separated columns, got 3"
    assert "GLOBALEVENTID 'notanumber'" in reasons["5"]
    assert "SQLDATE '20261399'" in reasons["6"]
    assert "is not CAMEO" in reasons["7"]
    assert "out of range" in reasons["8"]
    events = {e["ext_id"]: e for e in store.events()}
    launch = events["1100000002"]
    assert (launch["source_code"], launch["cameo"], launch["root"], launch["quad"],
            launch["penta"]) == ("PRKMIL", "150", "15", 4, 4)
    assert launch["date"] == "2026-01-04" and launch["origin"] == "gdelt"
    assert launch["source_url"] == "https://courier.example/2026/01/04/missiles-east-sea"
    assert events["1100000001"]["target_country"] == "USA"


def test_reimport_and_zipped_files_add_nothing_new(store, tmp_path):
    import_gdelt(store, [GDELT])
    zipped = tmp_path / "events.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(GDELT, "events.export.CSV")
    again = import_gdelt(store, [zipped])
    assert (again.stored, again.duplicates, len(again.rejections)) == (0, 4, 5)
    assert store.count("events") == 4


def test_signals_run_on_imported_history(store):
    import_gdelt(store, [GDELT])
    Aftershock(store=store).compute_signals()
    keys = {(row["kind"], row["key"]) for row in store.series()}
    assert ("dyad", "PRK>USA") in keys and ("region", "korean-peninsula") in keys


def test_cli_import_exit_status_and_export_round_trip(tmp_path):
    runner = CliRunner()
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    result = runner.invoke(main, ["import", "gdelt", str(GDELT), "--db", str(first)])
    assert result.exit_code == 1 and "stored 4" in result.output
    assert f"{GDELT}:4" in result.output
    out = tmp_path / "out.tsv"
    result = runner.invoke(main, ["export", "--format", "gdelt", "-o", str(out),
                                  "--db", str(first)])
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert len(lines) == 4 and all(len(line.split("\t")) == len(COLUMNS) for line in lines)
    row = dict(zip(COLUMNS, lines[1].split("\t")))
    assert (row["SQLDATE"], row["EventCode"], row["EventRootCode"], row["QuadClass"]) == \
        ("20260104", "150", "15", "4")
    assert row["Actor1Code"] == "PRKMIL" and row["Actor1Type1Code"] == "MIL"
    result = runner.invoke(main, ["import", "gdelt", str(out), "--db", str(second)])
    assert result.exit_code == 0 and "stored 4" in result.output
    assert sorted(e["cameo"] for e in Store(f"sqlite:///{second}").events()) == \
        sorted(e["cameo"] for e in Store(f"sqlite:///{first}").events())


def test_export_csv_jsonl_and_parquet(store, tmp_path):
    import pyarrow.parquet as pq
    import_gdelt(store, [GDELT])
    assert export_events(store, "csv", tmp_path / "e.csv") == 4
    header = (tmp_path / "e.csv").read_text().splitlines()[0]
    assert header.startswith("id,origin,ext_id")
    export_events(store, "jsonl", tmp_path / "e.jsonl", since="2026-01-01")
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(lines) == 3 and lines[0]["source"]["code"] == "PRKMIL" and lines[0]["target"] is None
    assert export_events(store, "parquet", tmp_path / "e.parquet") == 4
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 4 and "goldstein" in table.column_names
