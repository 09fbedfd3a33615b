"""The CLI, the web layer and the watch stage (watchlist runs, monitoring) are thin shells over
the Python API: none reaches into the Aftershock object's store (importing from the store
package, e.g. its error types, is fine)."""
import re
from pathlib import Path

import aftershock

PACKAGE = Path(aftershock.__file__).parent
# web/server.py runs the process (uvicorn and the watch thread on a store connection of its
# own); it serves no page and reads nothing for one.
# The watch stage's delivery takes the store from the API (Aftershock.deliver_alerts), as
# every other stage does; its runner and monitor drive the API.
SHELLS = sorted([PACKAGE / "cli.py", PACKAGE / "demo.py",
                 *(p for p in (PACKAGE / "web").glob("*.py") if p.name != "server.py"),
                 PACKAGE / "watch" / "runner.py", PACKAGE / "watch" / "monitor.py"])
STORE_REFERENCE = re.compile(r"[\w)\]]\.store\b")
IMPORT = re.compile(r"\s*(from|import)\s")


def store_references(path: Path, root: Path = PACKAGE) -> list[str]:
    return [f"{path.relative_to(root)}:{number}: {line.strip()}"
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if STORE_REFERENCE.search(line) and not IMPORT.match(line)]


def test_shells_never_reference_the_store():
    offenders = [found for path in SHELLS for found in store_references(path)]
    assert not offenders, "the CLI, web and watch modules call the Aftershock API, not its " \
        "store:\n" + "\n".join(offenders)


def test_the_scan_sees_a_store_call():
    assert len(SHELLS) > 5 and all(path.is_file() for path in SHELLS)
    for line in ("rows = ash.store.story_page(limit=5)", "_app(db).store.close()",
                 "request.app.state.aftershock.store"):
        assert STORE_REFERENCE.search(line), line
    for line in ("rows = ash.story_page(limit=5)  # stored stories", "from .store import X",
                 "restored = []"):
        assert not STORE_REFERENCE.search(line), line


def test_the_scan_reads_the_watch_stage(tmp_path):
    assert {"runner.py", "monitor.py"} <= {p.name for p in SHELLS if p.parent.name == "watch"}
    shell = tmp_path / "shell.py"
    shell.write_text("from aftershock.store.articles import utcnow\n"
                     "    stored = app.store.watchlists()\n", encoding="utf-8")
    assert store_references(shell, tmp_path) == ["shell.py:2: stored = app.store.watchlists()"]
