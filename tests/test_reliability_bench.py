"""bench/reliability.py at its smallest size: stages killed at random moments and run again,
concurrent ingest writers, a full disk (where a tmpfs can be mounted), a read-only store and the
hostile corpus lose no row, double no row and print no traceback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BENCH = Path(__file__).parents[1] / "bench" / "reliability.py"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("reliability") / "reliability.json"
    src = str(Path(__file__).parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (src, os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run([sys.executable, str(BENCH), "--size", "tiny", "--output", str(out)],
                          capture_output=True, text=True, timeout=300, env=env, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(out.read_text())


def test_no_row_lost_or_doubled_and_no_traceback(report):
    totals = report["totals"]
    assert totals["kill_cycles"] >= 4 * report["cycles"]
    assert (totals["lost"], totals["doubled"], totals["differ"]) == (0, 0, 0), totals
    assert totals["tracebacks"] == 0, report["tracebacks"]
    for stage, found in report["kills"].items():
        assert found["failed_reruns"] == 0, stage


def test_concurrent_writers_all_succeed(report):
    for key in ("concurrent_writers", "concurrent_writers_postgresql"):
        writers = report[key]
        if "skipped" in writers:
            continue
        assert writers["exit_codes"] == [0] * writers["writers"], key
        assert writers["locked_messages"] == 0, key


def test_a_full_disk_is_named_and_the_rerun_completes(report):
    disk = report["full_disk"]
    if "skipped" in disk:
        pytest.skip(disk["skipped"])
    assert disk["exit_code_when_full"] == 1 and disk["said_disk_full"]
    assert disk["articles_stored_when_full"] == disk["signatures_when_full"]
    assert disk["exit_code_with_room"] == 0


def test_a_read_only_store_refuses_every_write_by_name(report):
    found = report["read_only"]
    assert found["unchanged"]
    for way in ("uri_mode_ro", "chmod_file"):
        assert found[way]["writes_refused_by_name"] == found[way]["writes_tried"], found[way]
        assert found[way]["reads_ok"] == found[way]["reads_tried"], found[way]


def test_hostile_input_is_rejected_with_reasons(report):
    hostile = report["hostile_input"]
    assert hostile["rejected_with_reason"] >= hostile["bad_records"]
    assert hostile["lost"] == 0 and hostile["left_pending"] == 0
    assert hostile["exit_codes"] == {"ingest": 1, "stories": 0, "code": 0, "signals": 0}
