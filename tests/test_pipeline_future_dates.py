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
from aftershock.published import future_tolerance
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
    limit_hours = future_tolerance(local=True).total_seconds() / 3600
    with pytest.raises(DateError, match="days ahead of the clock"):
        parse_published(_ahead(limit_hours + 1), local=True)
    ahead = _ahead(limit_hours - 1)
    assert check_article({"id": "a", "title": "Quake", "text": QUAKE,
                          "published": ahead}).published is not None
    assert check_article({"id": "a", "title": "Quake", "text": QUAKE,
                          "published": _ahead(limit_hours + 1)}).published is None


def test_a_third_partys_date_gets_the_narrower_limit():
    """A fetched page or feed dated weeks ahead is wrong; the user's own file may run on a
    clock of its own (a scenario or an exercise set next year)."""
    weeks_ahead = _ahead(24 * 40)
    with pytest.raises(DateError, match="implausible date"):
        parse_published(weeks_ahead)
    assert parse_published(weeks_ahead, local=True) > datetime.now(UTC).replace(tzinfo=None)
    assert future_tolerance() < future_tolerance(local=True)


def test_a_corpus_dated_next_year_goes_through_ingest_and_stories(tmp_path):
    rows = [article(n, published=_ahead(24 * (300 + n)), text=QUAKE + " Aid arrived." * n)
            for n in range(1, 4)]
    db = str(tmp_path / "f.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(write_jsonl(tmp_path / "f.jsonl", rows)),
                                  "--db", db])
    assert result.exit_code == 0 and "stored 3" in result.output, result.output
    assert runner.invoke(main, ["stories", "--db", db]).exit_code == 0
    story, = Aftershock(db).store.stories()
    assert story["first_seen"] > datetime.now(UTC).replace(tzinfo=None).isoformat()


def test_the_limits_are_settings(tmp_path):
    from aftershock.config import load_settings, use_settings
    config = tmp_path / "a.toml"
    config.write_text("[ingest]\nfuture_days = 50\nfile_future_days = 1\n")
    previous = use_settings(load_settings(config, user=False))
    try:
        assert parse_published(_ahead(24 * 40)) is not None
        with pytest.raises(DateError, match="1 days ahead"):
            parse_published(_ahead(30), local=True)
    finally:
        use_settings(previous)


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
    monkeypatch.setattr(intake, "too_far_ahead", lambda moment, now=None, **_: True)
    assert "1 articles assigned" in app.build_stories()
    story, = app.store.stories()
    assert story["first_seen"] == story["last_seen"] == app.store.articles()[0]["published"]


_ZONES = st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12)),
                          timezone(timedelta(hours=5, minutes=30)), None])
_MOMENTS = st.one_of(  # mostly near the limit, where the stages used to disagree
    st.floats(min_value=-48.0, max_value=future_tolerance().total_seconds() / 3600 + 30.0),
    st.floats(min_value=-48.0 + future_tolerance(local=True).total_seconds() / 3600,
              max_value=future_tolerance(local=True).total_seconds() / 3600 + 30.0),
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
        parse_published(published, local=True)  # the test's articles come from a file
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
