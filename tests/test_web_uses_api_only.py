"""The web layer is a thin shell over the Python API: no web module reaches into the store."""
import re
from pathlib import Path

import aftershock.web

WEB = Path(aftershock.web.__file__).parent
# server.py runs the process (uvicorn and the watch thread on a store connection of its own);
# it serves no page and reads nothing for one.
NOT_PAGES = {"server.py"}
STORE_REFERENCE = re.compile(r"\.store\b")


def test_web_modules_never_reference_the_store():
    offenders = [f"{path.name}:{number}: {line.strip()}"
                 for path in sorted(WEB.glob("*.py")) if path.name not in NOT_PAGES
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if STORE_REFERENCE.search(line)]
    assert not offenders, "web modules call the Aftershock API, not its store:\n" + \
        "\n".join(offenders)


def test_the_scan_sees_a_store_call():
    assert STORE_REFERENCE.search("rows = ash.store.story_page(limit=5)")
    assert not STORE_REFERENCE.search("rows = ash.story_page(limit=5)  # stored stories")
