"""Event dates: date phrases of a sentence resolved against the article date."""
import datetime as dt

import pytest

from aftershock.coding import Coder
from aftershock.coding.dates import find_date_mentions, resolve_date_mention

TUESDAY = dt.date(2026, 1, 6)


@pytest.mark.parametrize("phrase, expected", [
    ("on Saturday", "2026-01-03"),
    ("Saturday night", "2026-01-03"),
    ("on Tuesday", "2026-01-06"),  # the article's own weekday is that day
    ("last Tuesday", "2025-12-30"),
    ("yesterday", "2026-01-05"),
    ("last night", "2026-01-05"),
    ("today", "2026-01-06"),
    ("last week", "2025-12-30"),
    ("last month", "2025-12-06"),
    ("January 3", "2026-01-03"),
    ("Jan. 3", "2026-01-03"),
    ("Dec. 30", "2025-12-30"),  # the year that puts it nearest the article
    ("3 January 2025", "2025-01-03"),
    ("March 1, 2024", "2024-03-01"),
])
def test_resolves_against_the_article_date(phrase, expected):
    mentions = find_date_mentions(f"It happened {phrase}, officials said.")
    assert [m.text.lower() for m in mentions] == [phrase.lower()]
    assert resolve_date_mention(mentions[0].text, TUESDAY).isoformat() == expected


@pytest.mark.parametrize("phrase", ["next Monday", "January 20"])
def test_future_dates_do_not_date_an_event(phrase):
    mention = find_date_mentions(f"The envoys will meet {phrase}.")[0]
    assert resolve_date_mention(mention.text, TUESDAY) is None


def test_words_that_only_look_like_dates_are_ignored():
    assert find_date_mentions("Officials may 5 times review it; march 3 miles.") == []
    assert find_date_mentions("Talks ended in May.") == []


def test_without_an_article_date_only_full_dates_resolve():
    assert resolve_date_mention("on Saturday", None) is None
    assert resolve_date_mention("3 January 2025", None) == dt.date(2025, 1, 3)


@pytest.fixture(scope="module")
def coder():
    return Coder()


def test_event_takes_the_date_of_its_own_clause(coder):
    text = ("South Korea evacuated its nationals from Venezuela on January 3 and raised its "
            "travel alert for the country on Tuesday.")
    events = coder.code_text(text, "2026-01-09T10:00:00+09:00")
    by_code = {e["cameo"]: e["date"] for e in events}
    assert by_code["073"] == "2026-01-03"
    assert by_code["012"] == "2026-01-06"


def test_without_a_date_phrase_the_article_date_stands(coder):
    events = coder.code_text("China criticised Japan's new defence budget.", "2026-01-09")
    assert events and all(e["date"] == "2026-01-09" for e in events)


def test_a_planned_event_is_dated_by_the_article(coder):
    events = coder.code_text(
        "North Korea said it would hold talks with China next Monday.", "2026-01-09"
    )
    assert events and events[0]["date"] == "2026-01-09"


@pytest.mark.parametrize("sentence, expected", [
    ("In 1990, Iraq invaded Kuwait.", "1990-01-01"),
    ("Iraq invaded Kuwait in August 1990.", "1990-08-01"),
    ("China criticised Japan in 2026.", "2026-01-09"),  # the article's own year: its date
])
def test_a_past_year_dates_the_event_as_history(coder, sentence, expected):
    events = coder.code_text(sentence, "2026-01-09")
    assert events and events[0]["date"] == expected
