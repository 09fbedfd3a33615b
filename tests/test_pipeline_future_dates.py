"""Publication times ahead of the clock: whatever ingest accepts, every later stage takes."""
from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from aftershock.api import Aftershock
from aftershock.cli import main
from aftershock.ingest.dates import DateError, parse_published
from aftershock.published import FUTURE_TOLERANCE
from aftershock.stories import check_article

from .conftest import article, write_jsonl

QUAKE = ("A strong earthquake struck the port city of Lumen on Monday, officials said, and "
         "rescue teams from Norway searched collapsed buildings for survivors.")


def _ahead(hours: float) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).isoformat()


def test_story_stage_takes_dates_as_far_ahead_as_ingest_accepts():
    published = parse_published(_ahead(36))  # accepted by ingest
    checked = check_article({"id": "a", "title": "Quake", "text": QUAKE,
                             "published": published.isoformat()})
    assert checked.published is not None
    assert not checked.notes


def test_ingest_and_the_story_stage_share_one_limit():
    limit_hours = FUTURE_TOLERANCE.total_seconds() / 3600
    with pytest.raises(DateError):
        parse_published(_ahead(limit_hours + 1))
    ahead = _ahead(limit_hours - 1)
    assert check_article({"id": "a", "title": "Quake", "text": QUAKE,
                          "published": ahead}).published is not None


def test_an_article_dated_36_hours_ahead_does_not_stop_the_stories_command(tmp_path):
    path = write_jsonl(tmp_path / "f.jsonl", [article(1, published=_ahead(36), text=QUAKE)])
    db = str(tmp_path / "f.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(path), "--db", db]).exit_code == 0
    for _ in range(2):  # and again: the store is never left in a state a run trips over
        result = runner.invoke(main, ["stories", "--db", db])
        assert result.exit_code == 0, result.output
    story, = Aftershock(db).store.stories()
    assert story["first_seen"] is not None


def test_a_story_whose_dates_are_all_set_aside_is_still_saved(tmp_path, monkeypatch):
    """Even if the clusterer sets every member's date aside (its clock behind the ingest
    clock's), the story is saved, bounded by the stored publication times."""
    app = Aftershock(f"sqlite:///{tmp_path / 's.db'}")
    app.ingest([str(write_jsonl(tmp_path / "f.jsonl",
                                [article(1, published=_ahead(60), text=QUAKE)]))])
    from aftershock.stories import intake
    monkeypatch.setattr(intake, "too_far_ahead", lambda moment, now=None: True)
    assert "1 articles assigned" in app.build_stories()
    story, = app.store.stories()
    assert story["first_seen"] == story["last_seen"] == app.store.articles()[0]["published"]


_ZONES = st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12)),
                          timezone(timedelta(hours=5, minutes=30)), None])
_MOMENTS = st.one_of(  # mostly near the limit, where the stages used to disagree
    st.floats(min_value=-48.0, max_value=FUTURE_TOLERANCE.total_seconds() / 3600 + 30.0),
    st.floats(min_value=-24.0 * 365 * 130, max_value=0.0))


@st.composite
def _published(draw):
    hours = draw(_MOMENTS)
    zone = draw(_ZONES)
    moment = datetime.now(UTC) + timedelta(hours=hours)
    moment = moment.astimezone(zone).replace(tzinfo=None) if zone is None \
        else moment.astimezone(zone)
    style = draw(st.sampled_from(["iso", "z", "rfc2822", "space"]))
    if style == "z" and moment.tzinfo is not None:
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "rfc2822" and moment.tzinfo is not None and moment.year >= 1900:
        return moment.strftime("%a, %d %b %Y %H:%M:%S %z")
    if style == "space":
        return moment.isoformat(sep=" ")
    return moment.isoformat()


@pytest.fixture(scope="module")
def coder():
    from aftershock.coding import Coder
    return Coder()  # loaded once for every example


def _accepted(published: str) -> bool:
    try:
        parse_published(published)
    except DateError:
        return False
    return True


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(dates=st.lists(_published(), min_size=1, max_size=3))
def test_any_date_ingest_accepts_goes_through_every_stage(coder, dates):
    """Ingest, stories, coding and signals on 1-3 articles of one story, each dated anything
    ingest accepts (a story can be made only of articles dated ahead of the clock)."""
    assume(all(_accepted(d) for d in dates))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        app = Aftershock(f"sqlite:///{tmp / 'p.db'}")
        app._coder = coder
        rows = [article(n, published=d, text=QUAKE + " Aid arrived." * n)
                for n, d in enumerate(dates, 1)]
        report = app.ingest([str(write_jsonl(tmp / "p.jsonl", rows))])
        assert report.rejected == 0, [str(r) for r in report.rejections]
        assert "assigned" in app.build_stories()
        assert app.store.articles(pending_story=True) == []
        assert all(s["first_seen"] and s["last_seen"] for s in app.store.stories())
        assert "articles coded" in app.code_events()
        assert app.compute_signals().startswith("signals:")
        app.store.close()
