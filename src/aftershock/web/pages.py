"""Dashboard pages, rendered server-side with autoescaped Jinja2; charts are drawn by the
vendored scripts from JSON embedded in each page (never executable), under a strict CSP."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from ..errors import AftershockError
from . import desk, views
from .responses import MAX_ID, decode_cursor, moment, page, row_id
from .security import (
    SESSION_COOKIE,
    check_form_origin,
    csrf_seed,
    end_session,
    session_user,
    start_session,
    token_record,
)

router = APIRouter(include_in_schema=False)
RowId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
TEMPLATES = Path(__file__).parent / "templates"
STORIES_PER_PAGE = 30


def safe_url(url) -> str | None:
    """The URL when it is plain http(s), else None: article URLs are hostile input."""
    if isinstance(url, str) and re.match(r"^https?://[^\s\"'<>]+$", url, re.IGNORECASE):
        return url
    return None


def number(value, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def percent(value) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(
        default=True, default_for_string=True), trim_blocks=True, lstrip_blocks=True)
    env.filters.update(safe_url=safe_url, country=views.country_name, number=number,
                       percent=percent, day=lambda v: (v or "")[:10],
                       cameo_name=views.cameo_name, quad_name=views.quad_name)
    return env


def render(request: Request, template: str, status: int = 200, headers=None, **context):
    seed = csrf_seed(request)
    context.update(request=request, user=session_user(request),
                   csrf_token=request.app.state.signer.csrf_token(seed))
    html = environment().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status, headers=headers)


def error_page(request: Request, status: int, message: str, headers=None):
    return render(request, "error.html", status=status, headers=headers, status_code=status,
                  message=message, title=f"Error {status}")


def form_date(value: str | None, name: str) -> date | None:
    """A date from a form field; empty means no bound."""
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


def ash(request: Request):
    return request.app.state.aftershock


def _public_watchlists(request: Request) -> list[dict]:
    return [views.public_watchlist(w) for w in ash(request).watchlists()]


@router.get("/", response_class=HTMLResponse)
def home_page(request: Request):
    return render(request, "home.html", title="Latest", **views.home(ash(request)))


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, q: str | None = None, region: str | None = None,
                 country: str | None = None, since: str | None = None,
                 until: str | None = None, cursor: str | None = None):
    q, region, country = (v.strip() or None if v else None for v in (q, region, country))
    since, until = form_date(since, "since"), form_date(until, "until")
    if q:  # most relevant first, one page (the ranking `ripple --trigger` uses)
        rows, next_cursor = views.ranked_stories(
            ash(request), q, countries=views.country_list(region, country), since=since,
            until=until, limit=STORIES_PER_PAGE), None
    else:
        rows = ash(request).story_page(
            countries=views.country_list(region, country), since=since, until=until,
            after=decode_cursor(cursor, moment, row_id), limit=STORIES_PER_PAGE + 1)
        rows, next_cursor = page(rows, STORIES_PER_PAGE, lambda r: (r["last_seen"], r["id"]))
    filters = {"q": q or "", "region": region or "", "country": country or "",
               "since": since.isoformat() if since else "",
               "until": until.isoformat() if until else ""}
    older = {k: v for k, v in filters.items() if v}
    older_href = "/stories?" + urlencode({**older, "cursor": next_cursor}) if next_cursor else None
    return render(request, "stories.html", title="Stories",
                  stories=views.with_outlets(ash(request), rows), filters=filters,
                  regions=views.regions().values(), older_href=older_href)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: RowId):
    detail = views.story_detail(ash(request), story_id)
    detail["events"] = views.distinct_events(detail["events"])
    detail["coverage"] = desk.story_coverage(ash(request), detail["articles"])
    return render(request, "story.html", title=detail["story"]["headline"], **detail)


STORYLINES_PER_PAGE = 40


@router.get("/storylines", response_class=HTMLResponse)
def storylines_page(request: Request, since: str | None = None, all: str | None = None,
                    page_number: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1):
    """Storylines along one time axis, latest activity first: by default those of two or more
    stories (`all=1`: every story's storyline)."""
    since = form_date(since, "since")
    every = bool(all)
    records = views.storylines(ash(request), since=since, min_stories=1 if every else 2)
    start = (page_number - 1) * STORYLINES_PER_PAGE
    shown = records[start:start + STORYLINES_PER_PAGE]
    query = {k: v for k, v in (("since", since.isoformat() if since else ""),
                                ("all", "1" if every else "")) if v}
    older_href = ("/storylines?" + urlencode({**query, "page": page_number + 1})
                  if start + STORYLINES_PER_PAGE < len(records) else None)
    return render(request, "storylines.html", title="Storylines",
                  timeline=views.storyline_timeline(shown), total=len(records), every=every,
                  since=since.isoformat() if since else "", older_href=older_href)


@router.get("/countries/{code}", response_class=HTMLResponse)
def country_page(request: Request, code: str):
    code = views.country_code(code)
    series = views.series_view(ash(request), "country", code)
    partners = [d for d in ash(request).dyad_totals() if code in (d["source"], d["target"])]
    return render(request, "series.html", title=views.country_name(code), kind="country",
                  heading=f"{views.country_name(code)} ({code})", series=series,
                  partners=partners[:20], events=views.distinct_events(
                      ash(request).event_page(country=code, limit=40), 25))


@router.get("/dyads/{source}/{target}", response_class=HTMLResponse)
def dyad_page(request: Request, source: str, target: str):
    source, target = views.country_code(source), views.country_code(target)
    series = views.series_view(ash(request), "dyad", f"{source}>{target}")
    return render(request, "series.html", kind="dyad", source=source, target=target,
                  title=f"{views.country_name(source)} → {views.country_name(target)}",
                  heading=f"{views.country_name(source)} → {views.country_name(target)}",
                  series=series, partners=[], events=views.distinct_events(
                      ash(request).event_page(source=source, target=target, limit=40), 25))


@router.get("/regions/{slug}", response_class=HTMLResponse)
def region_page(request: Request, slug: str):
    try:
        reg = views.region(slug)
    except views.NotFound:
        # A ripple saved before watchlists watched country groups names a pseudo-region
        # ("watch-<watchlist>"); send its link to the group of the countries it held.
        held = views.stored_region_countries(ash(request), slug)
        if not held:
            raise
        return RedirectResponse(f"/regions/{views.country_group(held).slug}", status_code=308)
    series = views.series_view(ash(request), "region", reg.slug)
    return render(request, "series.html", kind="region", title=reg.name, heading=reg.name,
                  region=reg, series=series, partners=[],
                  events=views.distinct_events(
                      [e for c in reg.countries
                       for e in ash(request).event_page(country=c, limit=40)], 25))


@router.get("/ripples", response_class=HTMLResponse)
def ripples_page(request: Request, errors: list[str] | None = None, status: int = 200,
                 values: dict | None = None):
    return render(request, "ripples.html", title="Ripples", status=status,
                  ripples=ash(request).ripple_list(), errors=errors or [],
                  values=values or {}, regions=views.regions().values())


@router.post("/ripples", response_class=HTMLResponse)
async def run_ripple_form(request: Request):
    """Start a ripple analysis from the page (signed in): a trigger story (id or words) and a
    watched region; the analysis is stored and its page opened. (The form is read on the
    event loop; the analysis, seconds of work, in a worker thread, as every read route runs.)"""
    form = await request.form()
    return await run_in_threadpool(_run_ripple_form, request, form)


def _run_ripple_form(request: Request, form):
    check_form_origin(request, form)
    if session_user(request) is None:
        return error_page(request, 401, "sign in with an API token to run a ripple analysis")
    values = {k: str(form.get(k) or "").strip() for k in ("trigger", "watch", "window_days")}
    errors = [f"{label} is required" for key, label in (("trigger", "trigger"),
                                                        ("watch", "watched region"))
              if not values[key]]
    window = None
    if values["window_days"]:
        if not values["window_days"].isdigit() or not 1 <= int(values["window_days"]) <= 365:
            errors.append(f"window_days: {values['window_days']!r} is not a whole number of "
                          "days from 1 to 365")
        else:
            window = int(values["window_days"])
    if errors:
        return ripples_page(request, errors, 400, values)
    try:
        report = ash(request).ripple(values["trigger"], values["watch"], window_days=window)
    except AftershockError as exc:
        return ripples_page(request, [str(exc)], 400, values)
    return RedirectResponse(f"/ripples/{report['id']}", status_code=303)


@router.get("/ripples/{ripple_id}", response_class=HTMLResponse)
def ripple_page(request: Request, ripple_id: RowId):
    detail = views.ripple_detail(ash(request), ripple_id)
    return render(request, "ripple.html", title=detail["report"]["trigger"]["headline"],
                  **detail)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, since: str | None = None, until: str | None = None):
    since, until = form_date(since, "since"), form_date(until, "until")
    fragments = ash(request).cached_body(
        ("network page", str(since), str(until)),
        lambda: network_fragments(ash(request), since, until), depends=("events",))
    return render(request, "network.html", title="Actor network", fragments=fragments,
                  since=since, until=until)


def network_fragments(ash, since, until) -> dict[str, Markup]:
    """The network page's edge rows and its page data (the network as JSON), rendered once
    per version of the events: a thousand edges take tens of milliseconds to render."""
    data = desk.network_by_quad(ash, since, until)
    env = environment()
    return {"edges": Markup(env.get_template("network_edges.html").render(network=data)),
            "data": Markup(env.from_string("{{ network | tojson }}").render(network=data))}


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, since: str | None = None, until: str | None = None):
    since, until = form_date(since, "since"), form_date(until, "until")
    data = views.world_map(ash(request), since, until)
    data["places"] = desk.event_places(ash(request), since, until)
    return render(request, "map.html", title="World map", world=data, since=since, until=until)


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, watchlist: str | None = None):
    return render(request, "alerts.html", title="Alerts", watchlist=watchlist,
                  alerts=ash(request).alerts(watchlist or None, limit=200),
                  watchlists=_public_watchlists(request))


@router.get("/watchlists", response_class=HTMLResponse)
def watchlists_page(request: Request, errors: list[str] | None = None, status: int = 200,
                    values: dict | None = None):
    return render(request, "watchlists.html", title="Watchlists", status=status,
                  errors=errors or [], values=values or {}, editing=None,
                  watchlists=_public_watchlists(request),
                  regions=views.regions().values())


@router.get("/watchlists/{name}/edit", response_class=HTMLResponse)
def watchlist_edit_page(request: Request, name: str, errors: list[str] | None = None,
                        status: int = 200, values: dict | None = None):
    stored = views.public_watchlist(ash(request).watchlist(name))
    if stored is None:
        raise views.NotFound(f"no watchlist named {name!r}")
    return render(request, "watchlist_edit.html", title=f"Edit {name}", status=status,
                  errors=errors or [], editing=name,
                  values=values or views.watchlist_form_values(stored["spec"]),
                  regions=views.regions().values())


def _number(value):
    try:
        return float(value)
    except ValueError:
        return str(value)  # the validator names the field and the bad value


def _split(value) -> list[str]:
    return [v.strip() for v in str(value or "").split(",") if v.strip()]


def _form_values(form) -> dict:
    """What the form sent, as the form shows it again after an error."""
    values = {k: str(form.get(k) or "") for k in ("name", *views.WATCHLIST_FORM_TEXT)}
    values["regions"] = [str(v) for v in form.getlist("regions") if str(v).strip()]
    return values


def _spec_from_form(values: dict, stored: dict | None) -> dict:
    """A watchlist spec from the form's fields; editing keeps what the form does not show (other
    rules, since, mute, other channels) and a webhook's stored secret when none is typed."""
    stored = stored or {}
    spec = {k: v for k, v in stored.items()
            if k not in ("name", *views.WATCHLIST_LIST_KEYS, "cooldown", "deliver")}
    for key in views.WATCHLIST_LIST_KEYS:
        items = values["regions"] if key == "regions" else _split(values.get(key))
        if items:
            spec[key] = items
    rules = _rules_from_form(values, spec.get("rules") or {})
    if rules:
        spec["rules"] = rules
    if values.get("cooldown", "").strip():
        spec["cooldown"] = values["cooldown"].strip()
    channels = _channels_from_form(values, stored.get("deliver") or [])
    if channels:
        spec["deliver"] = channels
    return spec


def _rules_from_form(values: dict, stored_rules: dict) -> dict:
    """The stored rules with the anomaly rule's min_score as the form sets it."""
    rules = dict(stored_rules)
    anomaly = {k: v for k, v in (rules.get("anomaly") or {}).items() if k != "min_score"}
    if values.get("min_score", "").strip():
        anomaly["min_score"] = _number(values["min_score"])
    if anomaly:
        rules["anomaly"] = anomaly
    return rules


def _channels_from_form(values: dict, stored_channels: list) -> list:
    """The stored channels the form does not show, then its webhook and email channels; a
    webhook shown as stored (its URL, or masked) with no secret typed keeps its stored secret."""
    channels = [c for c in stored_channels
                if not (isinstance(c, dict) and c.get("type") in ("webhook", "email"))]
    url = values.get("webhook_url", "").strip()
    if url:
        secret = values.get("webhook_secret", "").strip()
        stored_urls = {form for c in stored_channels
                       if isinstance(c, dict) and c.get("type") == "webhook" and c.get("secret")
                       for form in (c.get("url"), views.mask_url(c.get("url")))}  # as shown
        if not secret and url in stored_urls:
            secret = views.HIDDEN_SECRET  # keep the stored one (the API's semantics)
        channels.append({"type": "webhook", "url": url, **({"secret": secret} if secret else {})})
    if _split(values.get("email_to")):
        channels.append({"type": "email", "to": _split(values.get("email_to"))})
    return channels


def _problems(exc: ValueError) -> list[str]:
    return list(getattr(exc, "problems", None) or [str(exc)])


async def _watchlist_form(request: Request, editing: str | None):
    form = await request.form()
    return await run_in_threadpool(_save_watchlist_form, request, form, editing)


def _save_watchlist_form(request: Request, form, editing: str | None):
    """(in a worker thread: it reads and writes the store)"""
    check_form_origin(request, form)
    if session_user(request) is None:
        return error_page(request, 401, "sign in with an API token to change watchlists")
    values = _form_values(form)
    name = editing or values["name"].strip()
    stored = ash(request).watchlist(name) if editing else None
    if editing and stored is None:
        raise views.NotFound(f"no watchlist named {name!r}")
    try:
        views.save_watchlist(ash(request), name, _spec_from_form(values, stored and stored["spec"]))
    except ValueError as exc:
        if editing:
            return watchlist_edit_page(request, editing, _problems(exc), 400, values)
        return watchlists_page(request, _problems(exc), 400, values)
    return RedirectResponse("/watchlists", status_code=303)


@router.post("/watchlists", response_class=HTMLResponse)
async def save_watchlist_form(request: Request):
    return await _watchlist_form(request, None)


@router.post("/watchlists/{name}/edit", response_class=HTMLResponse)
async def edit_watchlist_form(request: Request, name: str):
    return await _watchlist_form(request, name)


@router.post("/watchlists/{name}/delete", response_class=HTMLResponse)
async def delete_watchlist_form(request: Request, name: str):
    form = await request.form()
    return await run_in_threadpool(_delete_watchlist_form, request, form, name)


def _delete_watchlist_form(request: Request, form, name: str):
    check_form_origin(request, form)
    if session_user(request) is None:
        return error_page(request, 401, "sign in with an API token to change watchlists")
    ash(request).delete_watchlist(name)
    return RedirectResponse("/watchlists", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, error: str | None = None, status: int = 200):
    return render(request, "login.html", title="Sign in", error=error, status=status)


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request):
    form = await request.form()
    return await run_in_threadpool(_login, request, form)


def _login(request: Request, form):
    """(in a worker thread: the token is looked up in the store)"""
    check_form_origin(request, form)
    record = token_record(ash(request), str(form.get("token") or "").strip())
    if record is None:
        return login_page(request, "that token is not valid", 401)
    response = RedirectResponse("/watchlists", status_code=303)
    response.set_cookie(SESSION_COOKIE, start_session(request, record["id"]), httponly=True,
                        samesite="strict", max_age=int(request.app.state.sessions.seconds))
    return response


@router.post("/logout", response_class=HTMLResponse)
async def logout(request: Request):
    form = await request.form()
    check_form_origin(request, form)
    end_session(request)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request):
    return render(request, "docs.html", title="API docs")
