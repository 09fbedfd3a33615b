"""A brief cites an article for an act only if the article came out on or after the act and
within the brief's window, the earliest report first."""
from aftershock.briefs.highlights import corroborating_articles
from aftershock.briefs.writer import BriefWriter


def article(i, published):
    return {"id": i, "title": f"Report {i}", "text": "North Korea fired two missiles.",
            "published": published, "source": f"Outlet {i}", "url": f"https://o{i}.example/x",
            "duplicate_of": None, "story_id": 1}


def event(i, article_id, date="2026-01-04"):
    return {"id": i, "article_id": article_id, "date": date, "source_country": "PRK",
            "target_country": None, "root": "19", "cameo": "190", "quad": 4,
            "sentence": "North Korea fired two missiles.", "source_code": "PRKMIL"}


ARTICLES = [article(1, "2026-01-09T08:00:00+00:00"),  # a recap, days later
            article(2, "2026-01-04T06:00:00+00:00"),  # the first report
            article(3, "2026-01-03T06:00:00+00:00"),  # before the act: cannot report it
            article(4, "2026-02-20T06:00:00+00:00"),  # after the window
            article(5, "2026-01-05T06:00:00+00:00")]
EVENTS = [event(10 + a["id"], a["id"]) for a in ARTICLES]


def test_only_reports_after_the_act_and_inside_the_window_are_cited_earliest_first():
    writer = BriefWriter(ARTICLES, EVENTS)
    writer.window = ("2026-01-03", "2026-02-01")
    cited = corroborating_articles(EVENTS[0], writer.events, writer.sources.canonical, limit=5,
                                   published=writer.published, reports=writer.reports)
    assert cited == [1, 2, 5]  # own article first, then the others by publication time
    assert not writer.reports(3, "2026-01-04") and not writer.reports(4, "2026-01-04")


def test_a_highlight_quotes_the_earliest_report():
    from aftershock.briefs.build import _best_phrased
    writer = BriefWriter(ARTICLES, EVENTS)
    writer.window = ("2026-01-03", "2026-02-01")
    versions = _best_phrased(EVENTS[0], writer)
    assert [v["article_id"] for v in versions] == [2, 5, 1]
    highlight = writer.highlight(versions[0], writer.events)
    assert highlight["article_id"] == 2


def test_the_quality_check_looks_at_every_citation():
    from aftershock.briefs.quality import mistimed_citations
    by_id = {a["id"]: a for a in ARTICLES}
    sources = [{"n": n, "article_id": i} for n, i in enumerate((2, 3, 4), start=1)]
    brief = {"kind": "ripple", "period": {"start": "2026-01-03", "end": "2026-02-01"},
             "sources": sources, "sections": [],
             "highlights": [{"text": "North Korea fired two missiles (Jan 4)", "date": "2026-01-04",
                             "citations": [1, 2, 3]}]}
    problems = mistimed_citations(brief, by_id)
    assert len(problems) == 2
    assert "[2] came out 2026-01-03, before the act" in problems[0]
    assert "[3] came out 2026-02-20, after the brief's period" in problems[1]
    brief["highlights"][0]["citations"] = [1]
    assert mistimed_citations(brief, by_id) == []
