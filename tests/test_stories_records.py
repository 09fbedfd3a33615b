"""Story summaries: real headlines, dates, outlet diversity with near-duplicates, countries."""
import json
from datetime import UTC, datetime
from pathlib import Path

from aftershock.stories import OnlineClusterer, summarise_story

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "articles.jsonl"


def story_articles(label: str) -> list[dict]:
    articles = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    return [a for a in articles if a["story"] == label]


def test_headline_is_one_of_the_articles_titles():
    articles = story_articles("quake-chile")
    summary = summarise_story(articles)
    assert summary.representative_headline in {a["title"] for a in articles}


def test_headline_is_the_title_closest_to_the_story():
    central = {"id": "c", "title": "Dockworkers strike shuts port of Rotterdam",
               "text": "Dockworkers at the port of Rotterdam went on strike over automation."}
    odd = {"id": "o", "title": "Weather turns cold",
           "text": "Dockworkers in Rotterdam continued the port strike over automation plans."}
    third = {"id": "t", "title": "Port strike in Rotterdam enters second day",
             "text": "The Rotterdam port strike by dockworkers entered a second day."}
    summary = summarise_story([odd, central, third])
    assert summary.representative_headline != "Weather turns cold"


def test_outlets_count_near_duplicates_once():
    articles = story_articles("launch-march-2")
    sources = {a["source"] for a in articles}
    copy = next(a for a in articles if a["duplicate_of"])
    # The wire copy is the only article from its outlet in this story.
    assert sum(a["source"] == copy["source"] for a in articles) == 1
    summary = summarise_story(articles)
    assert summary.n_articles == 4
    assert summary.n_outlets == len(sources) - 1


def test_dates_countries_and_entities():
    articles = story_articles("arrest-brandt")
    summary = summarise_story(articles, country_extractor=lambda text: {"DEU"}
                              if "Germany" in text else set())
    assert summary.first_seen == datetime(2026, 3, 5, 16, 10, tzinfo=UTC)
    assert summary.last_seen == datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
    assert summary.countries == ["DEU"]
    assert "Helena Brandt" in summary.top_entities
    assert "Frankfurt" in summary.top_entities


def test_summary_of_tracked_state_and_to_dict():
    clusterer = OnlineClusterer()
    for article in story_articles("port-strike"):
        clusterer.add(article)
    (state,) = clusterer.stories()
    as_dict = summarise_story(state).to_dict()
    assert as_dict["n_articles"] == 2
    assert as_dict["n_outlets"] == 2
    assert as_dict["first_seen"] == "2026-03-05T08:00:00+00:00"
    assert as_dict["representative_headline"] in {a["title"] for a in story_articles("port-strike")}
