"""Routes of the analyst's desk additions: the compare page, and JSON for a story's coverage, the
map's event places, several series at once and the network by quad class (web/desk.py)."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from . import desk, views
from .api_routes import Ash, RowId
from .pages import form_date, render
from .responses import json_response

api = APIRouter(prefix="/api")
pages = APIRouter(include_in_schema=False)
SeriesParam = Annotated[list[str], Query(
    max_length=200, description="kind:key, repeated: country:PRK, dyad:USA>VEN, region:SLUG.")]
COMPARE_METRICS = {"n": "Events per day", "goldstein_mean": "Mean Goldstein score per day",
                   "conflict_share": "Conflict share per day (quad classes 3–4)"}
DEFAULT_SERIES = ["dyad:USA>VEN", "country:PRK"]


@api.get("/stories/{story_id}/coverage", summary="A story's coverage by outlet over time")
def story_coverage(request: Request, ash: Ash, story_id: RowId):
    """Outlets in the order of their first report, each with its articles, its country (by the
    datelines of its articles) and whether it carries only copies; the first report."""
    if ash.story(story_id) is None:
        raise views.NotFound(f"no story with id {story_id}")
    return json_response(request, desk.story_coverage(
        ash, ash.articles(story_ids=[story_id])))


@api.get("/places", summary="Places events happened, put in their country")
def event_places(request: Request, ash: Ash, since: date | None = None,
                 until: date | None = None):
    return json_response(request, desk.event_places(ash, since, until))


@api.get("/compare", summary="Several daily series on one span of days")
def compare_series(request: Request, ash: Ash, series: SeriesParam = (),
                   since: date | None = None, until: date | None = None):
    return json_response(request, desk.compare(ash, list(series), since, until))


@api.get("/network/quads", summary="The actor network with edge counts per quad class")
def network_quads(request: Request, ash: Ash, since: date | None = None,
                  until: date | None = None):
    return json_response(request, desk.network_by_quad(ash, since, until))


@pages.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, series: Annotated[list[str] | None, Query()] = None,
                 metric: str = "n", since: str | None = None, until: str | None = None):
    since_day, until_day = form_date(since, "since"), form_date(until, "until")
    if metric not in COMPARE_METRICS:
        raise ValueError(f"metric {metric!r} is not one of {', '.join(COMPARE_METRICS)}")
    specs = [s for s in (series or []) if s.strip()] or DEFAULT_SERIES
    data = desk.compare(request.app.state.aftershock, specs, since_day, until_day)
    data["metric"] = metric
    return render(request, "compare.html", title="Compare", compare=data, specs=specs,
                  metric=metric, metrics=COMPARE_METRICS,
                  since=since_day.isoformat() if since_day else "",
                  until=until_day.isoformat() if until_day else "")
