"""Coded events read as plain English with country names from ISO codes."""
from aftershock.signals.describe import describe_event, short_date


def test_condemnation_reads_with_country_names_and_date():
    event = {"source_code": "PRKGOV", "source_country": "PRK", "target_code": "USA",
             "target_country": "USA", "cameo": "111", "root": "11", "date": "2026-01-04"}
    assert (
        describe_event(event, with_date=True) == "North Korea condemned the United States (Jan 4)"
    )


def test_military_actor_without_target_and_people_as_objects():
    launch = {"source_code": "PRKMIL", "source_country": "PRK", "target_code": None,
              "target_country": None, "cameo": "150", "root": "15"}
    assert describe_event(launch) == "North Korean forces staged a show of force"
    arrest = {"source_code": "USAMIL", "source_country": "USA", "target_code": "VENGOV",
              "target_country": "VEN", "cameo": "173", "root": "17"}
    assert describe_event(arrest) == "U.S. forces detained Venezuela's leadership"


def test_short_date():
    assert short_date("2026-02-15") == "Feb 15"
