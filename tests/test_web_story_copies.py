"""The story page names the original of a near-duplicate copy and links to its row, never a
bare article id."""
import re

import httpx

from aftershock.api import Aftershock

from .conftest import article, write_jsonl
from .web_fixtures import LiveServer

TEXT = ("The port of Lumen reopened on Monday after the storm, the harbour master said, and "
        "ninety ships waiting outside the breakwater began to enter in the afternoon.")


def test_copy_names_and_links_its_original(tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    app = Aftershock(db)
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", [
        article(1, source="Harbor Post", text=TEXT),
        article(2, source="Meridian Wire", text=TEXT + " Officials thanked the crews.")]))])
    app.build_stories()
    copy = next(a for a in app.store.articles() if a["duplicate_of"])
    original = copy["duplicate_of"]
    story_id = copy["story_id"]
    app.store.close()
    with LiveServer(db) as server:
        page = httpx.get(f"{server.url}/stories/{story_id}", timeout=30).text
    assert f"copy of #{original}" not in page
    assert re.search(rf'<tr id="article-{original}">', page)
    assert f'copy of <a href="#article-{original}">the Harbor Post report</a>' in page
