"""The JSON API under /api: stories, events, series, anomalies, ripples, alerts, briefs and
watchlists. Lists are newest first with cursor pagination; every response carries an ETag."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response

from ..api import Aftershock, AftershockError
from . import views
from .responses import (
    MAX_ID,
    MAX_LIMIT,
    cached_json_response,
    csv_response,
    decode_cursor,
    json_response,
    moment,
    optional_moment,
    page,
    row_id,
    with_etag,
)
from .responses import offset as offset_field
from .security import BRIEF_CSP, require_token

router = APIRouter(prefix="/api")
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")]
Cursor = Annotated[str | None, Query(max_length=1000,
                                     description="`next_cursor` of the previous page.")]
RowId = Annotated[int, Path(ge=1, le=MAX_ID, description="A row id.")]
StoryFilter = Annotated[int | None, Query(ge=1, le=MAX_ID, description="A story id.")]
AlertRule = Literal["new_story", "anomaly", "ripple"]  # the watch rules (watch.spec.RULE_DEFAULTS)
BriefFormat = Annotated[Literal["html", "md", "json"], Query(description="Brief format.")]

EVENT_CSV_COLUMNS = ["id", "date", "source_code", "source_country", "source_text", "cameo",
                     "root", "quad", "penta", "goldstein", "plover", "target_code",
                     "target_country", "target_text", "place", "sentence", "article_id",
                     "story_id", "article_url"]


def aftershock(request: Request) -> Aftershock:
    return request.app.state.aftershock


Ash = Annotated[Aftershock, Depends(aftershock)]


@router.get("/stories", summary="List stories, newest activity first")
def list_stories(request: Request, ash: Ash, q: str | None = None, region: str | None = None,
                 country: str | None = None, since: date | None = None,
                 until: date | None = None, cursor: Cursor = None, limit: Limit = 50):
    """Filter by watched region (slug or name), country codes (comma-separated), the date range
    the story was active in, and a text query: with `q`, stories come most relevant first, each
    with its `score` (the ranking `ripple --trigger` uses), on one page."""
    if q is not None and q.strip():
        rows = views.ranked_stories(ash, q, countries=views.country_list(region, country),
                                    since=since, until=until, limit=limit)
        return json_response(request, {"stories": views.with_outlets(ash, rows),
                                       "next_cursor": None})
    rows = ash.story_page(countries=views.country_list(region, country), since=since,
                                until=until, query=q, after=decode_cursor(cursor, moment, row_id),
                                limit=limit + 1)
    rows, next_cursor = page(rows, limit, lambda r: (r["last_seen"], r["id"]))
    return json_response(request, {"stories": views.with_outlets(ash, rows),
                                   "next_cursor": next_cursor})


@router.get("/stories/{story_id}", summary="One story with its articles, events and ripples")
def get_story(request: Request, ash: Ash, story_id: RowId):
    return json_response(request, views.story_detail(ash, story_id))


StorylineKey = Annotated[str, Path(max_length=120, pattern=r"^[A-Za-z0-9_.:-]+$",
                                   description="A storyline key, or a story id (its storyline).")]


@router.get("/storylines", summary="List storylines, latest activity first")
def list_storylines(request: Request, ash: Ash, since: date | None = None,
                    min_stories: Annotated[int, Query(ge=1, le=10_000)] = 1,
                    limit: Limit = 50,
                    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0):
    """Storylines: stories linked into the longer thread of a happening, its follow-ups and
    aftermath. `since` keeps storylines active on or after that day, `min_stories` those of at
    least that many stories; each lists its stories earliest first."""
    rows = views.storylines(ash, since=since, min_stories=min_stories)
    return json_response(request, {"storylines": rows[offset:offset + limit],
                                   "total": len(rows)})


@router.get("/storylines/{key}", summary="One storyline, by key or by one of its story ids")
def get_storyline(request: Request, ash: Ash, key: StorylineKey):
    return json_response(request, ash.storyline(key))


def _brief_response(request: Request, ash: Aftershock, kind: str, ref_id: int, fmt: str):
    from ..briefs import render_html, render_json, render_markdown
    model = views.brief_model(ash, kind, ref_id, request.app.state.briefs)
    if fmt == "html":
        return with_etag(request, render_html(model).encode(), "text/html; charset=utf-8",
                         {"Content-Security-Policy": BRIEF_CSP})
    if fmt == "md":
        return with_etag(request, render_markdown(model).encode(), "text/markdown; charset=utf-8")
    return with_etag(request, render_json(model).encode(), "application/json")


@router.get("/stories/{story_id}/brief", summary="The story's sourced brief")
def story_brief(request: Request, ash: Ash, story_id: RowId, format: BriefFormat = "json"):
    return _brief_response(request, ash, "story", story_id, format)


@router.get("/events", summary="Query coded events (JSON or CSV)")
def list_events(request: Request, ash: Ash, actor: str | None = None, source: str | None = None,
                target: str | None = None, country: str | None = None,
                code: str | None = None, quad: Annotated[int | None, Query(ge=1, le=4)] = None,
                since: date | None = None, until: date | None = None, place: str | None = None,
                story: StoryFilter = None, format: Literal["json", "csv"] = "json",
                cursor: Cursor = None, limit: Limit = 100):
    """`actor`: a CAMEO actor code prefix on either side (USA, PRKGOV); `source`, `target`,
    `country`: ISO alpha-3 country codes; `code`: a CAMEO code prefix (14 = protest);
    `quad`: GDELT QuadClass 1-4; `place`: part of the place name."""
    if code is not None and not code.isdigit():
        raise HTTPException(400, f"code {code!r} must be a CAMEO code made of digits")
    rows = ash.event_page(
        actor=actor, source=source and views.country_code(source),
        target=target and views.country_code(target),
        country=country and views.country_code(country), code=code, quad=quad, since=since,
        until=until, place=place, story_id=story,
        after=decode_cursor(cursor, optional_moment, row_id),
        limit=limit + 1)
    rows, next_cursor = page(rows, limit, lambda r: (r["date"], r["id"]))
    if format == "csv":
        headers = {"Link": f'<?cursor={next_cursor}>; rel="next"'} if next_cursor else None
        response = csv_response(request, rows, EVENT_CSV_COLUMNS, "events.csv")
        if headers:
            response.headers.update(headers)
        return response
    return json_response(request, {"events": rows, "next_cursor": next_cursor})


@router.get("/series/dyad/{source}/{target}", summary="Daily series of one directed dyad")
def dyad_series(request: Request, ash: Ash, source: str, target: str,
                since: date | None = None, until: date | None = None):
    key = f"{views.country_code(source)}>{views.country_code(target)}"
    return _series_response(request, ash, "dyad", key, since, until)


def _series_response(request: Request, ash: Aftershock, kind: str, key: str, since, until):
    """A series (views.series_view) as JSON, its body kept until the store changes at all:
    series and anomalies are replaced whole by the signals stage (ANY_CHANGE)."""
    from ..store.event_aggregates import ANY_CHANGE
    return cached_json_response(
        request, ash, ("series", kind, key, str(since), str(until)),
        lambda: views.series_view(ash, kind, key, since, until), depends=ANY_CHANGE)


@router.get("/series/region/{region}", summary="Daily series of a watched region")
def region_series(request: Request, ash: Ash, region: str, since: date | None = None,
                  until: date | None = None):
    slug = views.region(region).slug
    return _series_response(request, ash, "region", slug, since, until)


@router.get("/series/country/{code}", summary="Daily events of one country, either side")
def country_series(request: Request, ash: Ash, code: str, since: date | None = None,
                   until: date | None = None):
    return _series_response(request, ash, "country", views.country_code(code), since, until)


@router.get("/anomalies", summary="Anomalies, newest first")
def list_anomalies(request: Request, ash: Ash, kind: Literal["dyad", "region"] | None = None,
                   key: str | None = None, country: str | None = None, cursor: Cursor = None,
                   limit: Limit = 100):
    """`country`: the dyad anomalies with this country (ISO alpha-3) on either side."""
    offset = decode_cursor(cursor, offset_field)[0] if cursor else 0
    rows = ash.anomalies(kind, key, limit=offset + limit + 1,
                         country=country and views.country_code(country))[offset:]
    rows, next_cursor = page(rows, limit, lambda _: [offset + limit])  # (an offset cursor)
    return json_response(request, {"anomalies": rows, "next_cursor": next_cursor})


@router.get("/ripples", summary="Stored ripple analyses, newest first")
def list_ripples(request: Request, ash: Ash, story: StoryFilter = None, cursor: Cursor = None,
                 limit: Limit = 50):
    rows = ash.ripple_list(trigger_story_id=story, limit=limit + 1,
                                 after=decode_cursor(cursor, moment, row_id))
    rows, next_cursor = page(rows, limit, lambda r: (r["created_at"], r["id"]))
    return json_response(request, {"ripples": rows, "next_cursor": next_cursor})


@router.post("/ripples", summary="Run a ripple analysis (token)", status_code=201)
def run_ripple(request: Request, ash: Ash, _token: Annotated[dict, Depends(require_token)],
               trigger: Annotated[int | str, Body(description="A story id (a number), or a "
                                                  "text query naming the story")],
               watch: Annotated[str, Body(max_length=200, description="Watched region")],
               window_days: Annotated[int | None, Body(ge=1, le=365)] = None):
    if isinstance(trigger, str) and len(trigger) > 1000:
        raise HTTPException(422, "trigger: a text query is at most 1000 characters")
    report = ash.ripple(trigger, watch, window_days=window_days)
    response = json_response(request, report)
    response.status_code = 201
    return response


@router.get("/ripples/{ripple_id}", summary="One ripple: trigger, region, reactions, evidence")
def get_ripple(request: Request, ash: Ash, ripple_id: RowId):
    return json_response(request, views.ripple_detail(ash, ripple_id))


@router.get("/ripples/{ripple_id}/brief", summary="The ripple's sourced brief")
def ripple_brief(request: Request, ash: Ash, ripple_id: RowId, format: BriefFormat = "json"):
    return _brief_response(request, ash, "ripple", ripple_id, format)


@router.get("/alerts", summary="Alerts, newest first")
def list_alerts(request: Request, ash: Ash, watchlist: str | None = None,
                rule: AlertRule | None = None, cursor: Cursor = None, limit: Limit = 100):
    """`rule`: new_story, anomaly or ripple."""
    rows = ash.alert_page(watchlist=watchlist, rule=rule,
                          after=decode_cursor(cursor, moment, row_id), limit=limit + 1)
    rows, next_cursor = page(rows, limit, lambda r: (r["created_at"], r["id"]))
    return json_response(request, {"alerts": rows, "next_cursor": next_cursor})


@router.get("/network", summary="Countries and who acts on whom")
def get_network(request: Request, ash: Ash, since: date | None = None,
                until: date | None = None, min_events: Annotated[int, Query(ge=1, le=10 ** 9)] = 1):
    return cached_json_response(request, ash, ("network", str(since), str(until),
                                                     min_events),
                                lambda: views.network(ash, since, until, min_events),
                                depends=("events",))


@router.get("/map", summary="Conflict intensity per country")
def get_map(request: Request, ash: Ash, since: date | None = None, until: date | None = None):
    return cached_json_response(request, ash, ("map", str(since), str(until)),
                                lambda: views.world_map(ash, since, until), depends=("events",))


@router.get("/regions", summary="Configured regions")
def list_regions(request: Request):
    return json_response(request, {"regions": [r.to_dict() for r in views.regions().values()]})


# watchlists -------------------------------------------------------------------------------------
@router.get("/watchlists", summary="Every watchlist")
def list_watchlists(request: Request, ash: Ash):
    return json_response(request, {"watchlists": [views.public_watchlist(w)
                                                  for w in ash.watchlists()],
                                   "next_cursor": None})


@router.get("/watchlists/{name}", summary="One watchlist")
def get_watchlist(request: Request, ash: Ash, name: str):
    found = ash.watchlist(name)
    if found is None:
        raise views.NotFound(f"no watchlist named {name!r}")
    return json_response(request, views.public_watchlist(found))


@router.post("/watchlists", summary="Create a watchlist (token)", status_code=201)
def create_watchlist(request: Request, ash: Ash, _token: Annotated[dict, Depends(require_token)],
                     spec: Annotated[dict, Body(description="A watchlist spec with its `name`, "
                                                            "as in a watchlist YAML file")]):
    name = str(spec.get("name") or "").strip()
    if name and ash.watchlist(name) is not None:
        raise HTTPException(409, f"a watchlist named {name!r} exists; PUT to replace it")
    response = json_response(request, views.save_watchlist(ash, name, spec))
    response.status_code = 201
    return response


@router.put("/watchlists/{name}", summary="Replace a watchlist's spec (token)")
def update_watchlist(request: Request, ash: Ash, name: str,
                     _token: Annotated[dict, Depends(require_token)],
                     spec: Annotated[dict, Body(description="The new spec")]):
    if ash.watchlist(name) is None:
        raise views.NotFound(f"no watchlist named {name!r}")
    return json_response(request, views.save_watchlist(ash, name, spec))


@router.delete("/watchlists/{name}", summary="Delete a watchlist (token)", status_code=204)
def delete_watchlist(ash: Ash, name: str, _token: Annotated[dict, Depends(require_token)]):
    if not ash.delete_watchlist(name):
        raise views.NotFound(f"no watchlist named {name!r}")
    return Response(status_code=204)


def error_status(exc: Exception) -> int:
    if isinstance(exc, views.NotFound) or (isinstance(exc, AftershockError)
                                           and str(exc).startswith("no ")):
        return 404
    return 400
