"""A bad .json file in a folder is one rejection naming it; the other files are still stored."""
import json

import pytest
from click.testing import CliRunner

from aftershock.cli import main
from aftershock.ingest import ingest

from .conftest import article

BAD_FILES = {
    "deep.json": (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    "bigint.json": (b'{"id": ' + b"7" * 5_000 + b"}", "invalid JSON"),
    "broken.json": (b'{"id": "x",', "invalid JSON"),
    "latin1.json": ('{"title": "caf\u00e9"}'.encode("latin-1"), "not UTF-8"),
}


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n, name in ((1, "a-good.json"), (2, "z-good.json")):
        (folder / name).write_text(json.dumps(article(n)))
    for name, (data, _) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    return folder


def test_bad_json_files_are_rejected_by_name_and_the_rest_stored(store, tmp_path):
    report = ingest(store, [str(_folder(tmp_path))])
    assert report.stored == 2
    reasons = {r.where.rsplit("/", 1)[-1]: r.reason for r in report.rejections}
    assert set(reasons) == set(BAD_FILES)
    for name, (_, problem) in BAD_FILES.items():
        assert problem in reasons[name]


@pytest.mark.parametrize("name", ["deep.json", "bigint.json"])
def test_the_cli_names_the_bad_file_and_stores_the_good_one(tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.json").write_text(json.dumps(article(1)))
    (folder / name).write_bytes(BAD_FILES[name][0])
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert f"rejected {folder / name}: " in result.output
    assert BAD_FILES[name][1] in result.output
    assert "stored 1" in result.output
    assert "Traceback" not in result.output
