"""The CLI and the web layer are thin shells over the Python API: neither reaches into the
Aftershock object's store (importing the store's error types is fine)."""
import re
from pathlib import Path

import aftershock

PACKAGE = Path(aftershock.__file__).parent
# web/server.py runs the process (uvicorn and the watch thread on a store connection of its
# own); it serves no page and reads nothing for one.
SHELLS = sorted([PACKAGE / "cli.py", PACKAGE / "demo.py",
                 *(p for p in (PACKAGE / "web").glob("*.py") if p.name != "server.py")])
STORE_REFERENCE = re.compile(r"[\w)\]]\.store\b")


def test_shells_never_reference_the_store():
    offenders = [f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
                 for path in SHELLS
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if STORE_REFERENCE.search(line)]
    assert not offenders, "the CLI and web modules call the Aftershock API, not its store:\n" + \
        "\n".join(offenders)


def test_the_scan_sees_a_store_call():
    assert len(SHELLS) > 5
    for line in ("rows = ash.store.story_page(limit=5)", "_app(db).store.close()",
                 "request.app.state.aftershock.store"):
        assert STORE_REFERENCE.search(line), line
    for line in ("rows = ash.story_page(limit=5)  # stored stories", "from .store import X",
                 "restored = []"):
        assert not STORE_REFERENCE.search(line), line
