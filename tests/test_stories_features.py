"""The cheap signal extractors: names, dates, numbers and publication times."""
from datetime import UTC, datetime

from aftershock.stories.features import (
    extract_names,
    extract_numbers,
    extract_time_terms,
    parse_published,
    word_tokens,
)


def test_names_keep_multiword_and_drop_sentence_openers():
    names = extract_names("Police arrested Helena Brandt in Frankfurt. Police said the Gulf of "
                          "Aden route was closed; police patrols continued.")
    assert "Helena Brandt" in names
    assert "Frankfurt" in names
    assert "Gulf of Aden" in names
    assert "Police" not in names


def test_weekday_resolves_against_publication_date():
    published = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # a Wednesday
    assert "date:03-02" in extract_time_terms("The launch on Monday drew protests.", published)
    assert "date:03-04" in extract_time_terms("Talks resumed on Wednesday.", published)


def test_written_dates_and_years():
    terms = extract_time_terms("The court sat on January 4, 2026 and again on 12 March.", None)
    assert {"date:01-04", "date:03-12", "year:2026"} <= set(terms)


def test_numbers_skip_single_digits_and_years():
    assert extract_numbers("A magnitude 6.8 quake killed 2 people and damaged 1,400 homes "
                           "in 2026.") == ["num:6.8", "num:1400"]


def test_published_parsing():
    assert parse_published("2026-01-03T14:20:00Z") == datetime(2026, 1, 3, 14, 20,
                                                                tzinfo=UTC)
    assert parse_published("2026-01-03T23:00:00+09:00").hour == 14
    assert parse_published(datetime(2026, 1, 3)).tzinfo is not None
    assert parse_published("not a date") is None
    assert parse_published(None) is None


def test_word_tokens_drop_stop_words_and_web_furniture():
    assert word_tokens("The http www said Maduro's capture") == ["maduro", "capture"]


def test_names_with_accents_possessives_and_line_breaks():
    names = extract_names("President Nicolás Maduro spoke.\n\nSeoul said South Korea’s Joint "
                          "Chiefs of Staff met in São Paulo and Jeju.")
    assert "President Nicolás Maduro" in names
    assert "South Korea" in names
    assert "Joint Chiefs of Staff" in names
    assert {"São Paulo", "Jeju", "Seoul"} <= set(names)
    assert not any("\n" in name for name in names)
