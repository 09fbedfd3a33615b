"""A story reported day after day for a week stays one story, in a batch and as a stream; a
strike of the same kind at another port after a quiet gap starts its own story."""
from datetime import UTC, datetime, timedelta

from aftershock.stories import OnlineClusterer, cluster_documents

START = datetime(2026, 3, 2, 9, tzinfo=UTC)
DAYS = [
    ("Dockworkers walk out at Lumen port",
     ("Dockworkers at the port of Lumen walked out on Monday over wages, leaving container ships "
      "waiting outside the breakwater. The Lumen Dockers Union said the strike would go on.")),
    ("Lumen port strike leaves ships stranded",
     ("Ships queued outside Lumen for a second day as the dockworkers strike over wages held. "
      "The Lumen Dockers Union rejected a first offer from the port authority.")),
    ("Talks fail at Lumen as strike enters third day",
     ("Talks between the Lumen Dockers Union and the port authority broke up without a deal on "
      "wages, and the dockworkers strike at Lumen entered its third day.")),
    ("Lumen retailers warn of shortages as port strike drags on",
     ("Shops in Lumen warned of empty shelves as the dockworkers strike kept the port closed. "
      "The Lumen Dockers Union said its members would not return without a wage deal.")),
    ("Mediator called in to end the Lumen port strike",
     ("A government mediator met the Lumen Dockers Union and the port authority on Friday to end "
      "the dockworkers strike over wages that has shut the port of Lumen all week.")),
    ("Lumen dockworkers vote to end strike after wage deal",
     ("Dockworkers at Lumen voted on Saturday to end their week-long strike after the port "
      "authority raised wages; the Lumen Dockers Union said ships would be unloaded on Sunday.")),
]


def daily_reports(first_day: datetime) -> list[dict]:
    return [{"id": f"lumen-{n}", "title": title, "text": text, "source": f"Outlet {n % 3}",
             "published": (first_day + timedelta(days=n)).isoformat()}
            for n, (title, text) in enumerate(DAYS)]


def test_week_of_daily_reports_is_one_story():
    assignments = dict(cluster_documents(daily_reports(START)))
    assert len(set(assignments.values())) == 1


def test_streamed_daily_reports_join_as_they_arrive():
    clusterer = OnlineClusterer(now=START + timedelta(days=30))
    keys = {clusterer.add(doc) for doc in daily_reports(START)}
    assert len(keys) == 1


def test_same_kind_of_strike_at_another_port_after_a_gap_is_another_story():
    later = [{"id": "harwick-1", "title": "Dockworkers walk out at Harwick port",
              "text": "Dockworkers at the port of Harwick walked out over wages, leaving ships "
                      "waiting. The Harwick Port Workers Guild said the strike would go on.",
              "published": (START + timedelta(days=12)).isoformat()}]
    assignments = dict(cluster_documents(daily_reports(START) + later))
    assert assignments["harwick-1"] != assignments["lumen-0"]
