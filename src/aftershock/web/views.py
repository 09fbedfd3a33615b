"""What each page and API route shows, assembled from the Aftershock API (never its store); the
routes only parse requests and pick a format."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from ..api import Aftershock, AftershockError
from ..gazetteer import COUNTRIES, GROUP_PREFIX
from ..gazetteer import country_name as gazetteer_name

COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
TENSION_DAYS = 7


class NotFound(AftershockError):
    """The thing a URL names does not exist."""


def country_name(code: str | None) -> str:
    return gazetteer_name(code, with_article=False) if code else "unknown"


def country_code(value: str) -> str:
    """An ISO alpha-3 code the project knows (404 for one it does not, like an unknown region)."""
    code = (value or "").strip().upper()
    if not COUNTRY_CODE.match(code):
        raise ValueError(f"country code {value!r} is not three letters (ISO 3166-1 alpha-3)")
    if code not in COUNTRIES:
        raise NotFound(f"no country with the code {code!r} (ISO 3166-1 alpha-3)")
    return code


@lru_cache(maxsize=1)
def regions() -> dict:
    """The packaged regions, parsed once per process."""
    from ..signals import load_regions
    return load_regions()


def region(slug_or_name: str):
    from ..signals import UnknownRegionError, resolve_region
    try:
        return resolve_region(slug_or_name, regions())
    except UnknownRegionError as exc:
        raise NotFound(str(exc)) from None


def country_group(codes):
    from ..gazetteer import country_group as group
    return group(codes)


def stored_region_countries(ash: Aftershock, slug: str) -> list[str]:
    """The countries a stored ripple report gives a region slug the packaged regions lack."""
    for row in ash.ripple_reports(region=slug):
        countries = ((row.get("report") or {}).get("region") or {}).get("countries")
        if countries:
            return list(countries)
    return []


def country_list(region_name: str | None, codes_text: str | None) -> list[str] | None:
    """The countries of a region (name or slug) plus comma-separated country codes, or None."""
    codes: list[str] = []
    if region_name:
        codes += list(region(region_name).countries)
    if codes_text:
        codes += [country_code(c) for c in codes_text.split(",") if c.strip()]
    return codes or None


QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def cameo_name(code: str | None) -> str:
    """The CAMEO description of an event code ("190" -> "Use conventional military force");
    an unknown code is shown as itself."""
    from ..coding.cameo import cameo_info
    try:
        return cameo_info(str(code or "")).description
    except KeyError:
        return str(code or "")


def quad_name(quad) -> str:
    try:
        return QUAD_NAMES.get(int(quad), f"quad {quad}")
    except (TypeError, ValueError):
        return "no quad class"


# events ----------------------------------------------------------------------------------------
def distinct_events(events, limit: int | None = None) -> list[dict]:
    """Events newest first, each once: rows with the same id, or the same day, sentence, code and
    actors (a copy of an article, a merged report) are shown once with `copies` counting them."""
    seen: dict[tuple, dict] = {}
    for e in sorted(events, key=lambda e: (str(e.get("date") or ""), e.get("id") or 0),
                    reverse=True):
        key = (str(e.get("date") or ""), " ".join(str(e.get("sentence") or "").split()),
               e.get("cameo"), e.get("source_code"), e.get("target_code"))
        if key in seen:
            if e.get("id") not in seen[key]["ids"]:
                seen[key]["ids"].add(e.get("id"))
                seen[key]["copies"] += 1
            continue
        seen[key] = {**e, "copies": 1, "ids": {e.get("id")}}
    out = [{k: v for k, v in e.items() if k != "ids"} for e in seen.values()]
    return out[:limit] if limit else out


# stories ---------------------------------------------------------------------------------------
def ranked_stories(ash: Aftershock, query: str, *, countries=None, since=None, until=None,
                   limit: int = 50) -> list[dict]:
    """Stories a text query names, most relevant first (the ranking `ripple --trigger`
    uses, aftershock.ripple.story_search), within the filters; each with its `score`. Stories
    matching too little of the query (below [ripple] trigger_min_coverage) are left out."""
    floor = ash.settings.ripple.trigger_min_coverage
    ranked = [r for r in ash.search_stories(query, limit=max(4 * limit, 100))
              if r["coverage"] >= floor]
    if not ranked:
        return []
    rows = {r["id"]: r for r in ash.story_page(
        countries=countries, since=since, until=until, ids=[r["id"] for r in ranked],
        limit=len(ranked))}
    return [{**rows[r["id"]], "score": r["score"]} for r in ranked if r["id"] in rows][:limit]


def with_outlets(ash: Aftershock, stories: list[dict]) -> list[dict]:
    outlets = ash.story_outlets([s["id"] for s in stories]) if stories else {}
    return [{**s, "outlets": outlets.get(s["id"], [])} for s in stories]


def story_detail(ash: Aftershock, story_id: int) -> dict:
    story = ash.story(story_id)
    if story is None:
        raise NotFound(f"no story with id {story_id}")
    articles = ash.articles(story_ids=[story_id])
    for a in articles:
        a.pop("coded_at", None)
    events = ash.events(story_ids=[story_id])
    return {"story": story, "articles": articles, "events": events,
            "ripples": ash.ripple_list(trigger_story_id=story_id),
            "storyline": story_storyline(ash, story_id)}


def story_storyline(ash: Aftershock, story_id: int) -> dict | None:
    """The storyline a story belongs to (None before the `stories` stage linked it)."""
    key = ash.storyline_of(story_id)
    return ash.storyline(key) if key else None


def storylines(ash: Aftershock, since: date | None = None, min_stories: int = 1) -> list[dict]:
    moment = datetime.combine(since, datetime.min.time()) if since else None
    return ash.storylines(since=moment, min_stories=min_stories)


def brief_model(ash: Aftershock, kind: str, ref_id: int, cache) -> dict:
    """The brief of a story or ripple: the saved one while it is newer than what it describes,
    else built by the Aftershock API once per version of its subject (`cache`, a BriefCache) and
    never written to the store: reads are open, and only the CLI or a token's write persists."""
    if kind == "story":
        subject = ash.story(ref_id)
        stamp = subject and subject["updated_at"]
    else:
        subject = ash.saved_ripple(ref_id)
        stamp = subject and subject["created_at"]
    if subject is None:
        raise NotFound(f"no {kind} with id {ref_id}")
    saved = ash.saved_brief(kind, ref_id)
    if saved and saved["created_at"] >= stamp:
        return saved["brief"]
    if kind == "story":
        return cache.get((kind, ref_id, stamp),
                         lambda: ash.brief_model(story_id=ref_id, save=False))
    return cache.get((kind, ref_id, stamp), lambda: ash.brief_model(ripple_id=ref_id, save=False))


def ripple_detail(ash: Aftershock, ripple_id: int) -> dict:
    row = ash.saved_ripple(ripple_id)
    if row is None:
        raise NotFound(f"no ripple with id {ripple_id}")
    report = row["report"]
    if not isinstance(report.get("verdict"), dict):  # saved before ripples carried a verdict
        from ..ripple.verdict import ripple_verdict
        report = {**report, "verdict": ripple_verdict(report)}
        report["detected"] = report["verdict"]["detected"]
    evidence = sorted(report.get("evidence", []), key=lambda e: (e.get("date") or "", e["rank"]))
    return {"ripple": {k: v for k, v in row.items() if k != "report"}, "report": report,
            "timeline": evidence}


# series ----------------------------------------------------------------------------------------
SERIES_DIGITS = 4


def daily_rows(rows) -> list[dict]:
    """One row per calendar day from the first to the last row: count and quad counts (0 on a day
    without events), mean Goldstein and conflict share rounded to SERIES_DIGITS, None (no data,
    not zero) on a day without events. Every series the API serves has this one shape."""
    by_day = {str(r["date"])[:10]: r for r in rows}
    if not by_day:
        return []
    day, last = date.fromisoformat(min(by_day)), date.fromisoformat(max(by_day))
    out = []
    while day <= last:
        r = by_day.get(day.isoformat()) or {}
        quads = {f"q{k}": int(r.get(f"q{k}") or 0) for k in (1, 2, 3, 4)}
        n = int(r.get("n") or 0)
        mean = r.get("goldstein_mean")
        if mean is None and n and r.get("goldstein_sum") is not None:
            mean = r["goldstein_sum"] / n
        out.append({"date": day.isoformat(), "n": n, **quads,
                    "goldstein_mean": round(float(mean), SERIES_DIGITS)
                    if n and mean is not None else None,
                    "conflict_share": round((quads["q3"] + quads["q4"]) / n, SERIES_DIGITS)
                    if n else None})
        day += timedelta(days=1)
    return out


def _group_series(ash: Aftershock, slug: str) -> tuple[list[dict], list[dict]]:
    """Rows and anomalies of a country group ("countries-jpn-kor"), computed from its events:
    the signals stage stores only the packaged regions' series."""
    from ..signals import detect_anomalies, region_series
    reg = region(slug)
    events = ash.events(countries=list(reg.countries))
    rows = region_series(events, [reg])
    return rows, detect_anomalies(rows, events, regions=[reg])


def series_view(ash: Aftershock, kind: str, key: str, since=None, until=None) -> dict:
    """Daily rows (date, n, quads, goldstein_mean, conflict_share; see daily_rows) and the
    anomalies marked on them, for a dyad ("PRK>USA"), a region slug, or a country code."""
    if kind == "country":
        rows = ash.country_daily(key, since=since, until=until)
        partner_keys = [d["source"] + ">" + d["target"] for d in ash.dyad_totals(
            since=since, until=until) if key in (d["source"], d["target"])]
        anomalies = ash.anomalies("dyad", keys=partner_keys) if partner_keys else []
    else:
        rows = ash.series(kind, key)
        anomalies = ash.anomalies(kind, key)
        if kind == "region" and not rows and key.startswith(GROUP_PREFIX):
            rows, anomalies = _group_series(ash, key)
        rows = [r for r in rows if (since is None or str(r["date"]) >= str(since))
                and (until is None or str(r["date"])[:10] <= str(until))]
    anomalies = [{**a, "date": str(a["date"])[:10]} for a in anomalies]
    return {"kind": kind, "key": key, "rows": daily_rows(rows), "anomalies": anomalies}


def region_tension(ash: Aftershock, slugs) -> list[dict]:
    """For each region: the mean Goldstein and conflict share over its last week of events."""
    out = []
    for slug in slugs:
        reg = region(slug)
        rows = ash.series("region", reg.slug)
        if rows:
            last = date.fromisoformat(rows[-1]["date"])
            week = [r for r in rows if date.fromisoformat(r["date"]) > last - timedelta(
                days=TENSION_DAYS)]
        else:
            last, week = None, []
        n = sum(r["n"] for r in week)
        out.append({
            "slug": reg.slug, "name": reg.name, "countries": list(reg.countries),
            "through": last.isoformat() if last else None, "events": n,
            "goldstein_mean": sum(r["goldstein_sum"] for r in week) / n if n else None,
            "conflict_share": sum(r["q3"] + r["q4"] for r in week) / n if n else None,
        })
    return out


def watched_region_slugs(ash: Aftershock) -> list[str]:
    """Regions named by watchlists (spec keys `regions`/`region`), else those of stored ripples."""
    known = regions()
    slugs: list[str] = []
    for wl in ash.watchlists():
        spec = wl.get("spec") or {}
        named = spec.get("regions") or ([spec["region"]] if spec.get("region") else [])
        for name in named:
            try:
                slug = region(str(name)).slug
            except NotFound:
                continue
            if slug not in slugs:
                slugs.append(slug)
    if not slugs:
        for r in ash.ripple_list():
            if r["region"] in known and r["region"] not in slugs:
                slugs.append(r["region"])
    return slugs


def home(ash: Aftershock, n_stories: int = 15) -> dict:
    return {
        "stories": with_outlets(ash, ash.story_page(limit=n_stories)),
        "alerts": ash.alerts(limit=10),
        "regions": region_tension(ash, watched_region_slugs(ash)),
        "ripples": ash.ripple_list()[:5],
    }


# network and map -------------------------------------------------------------------------------
def network(ash: Aftershock, since=None, until=None, min_events: int = 1) -> dict:
    """Countries as nodes, one edge per directed pair with cooperation and conflict counts."""
    edges = ash.dyad_totals(since=since, until=until, min_events=min_events)
    degree: dict[str, int] = {}
    for e in edges:
        for c in (e["source"], e["target"]):
            degree[c] = degree.get(c, 0) + e["n"]
    nodes = [{"id": c, "name": country_name(c), "events": n}
             for c, n in sorted(degree.items(), key=lambda kv: -kv[1])]
    return {"nodes": nodes, "edges": edges}


def world_map(ash: Aftershock, since=None, until=None) -> dict:
    rows = ash.country_conflict(since=since, until=until)
    for r in rows:
        r["name"] = country_name(r["country"])
    return {"countries": rows, "span": ash.event_date_span()}


# watchlists ------------------------------------------------------------------------------------
WATCHLIST_LIST_KEYS = ("countries", "regions", "dyads", "keywords")
WATCHLIST_FORM_TEXT = ("countries", "dyads", "keywords", "min_score", "cooldown", "webhook_url",
                       "webhook_secret", "email_to")


def _duration_text(seconds) -> str:
    seconds = float(seconds or 0)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s" if seconds else ""


def watchlist_form_values(spec: dict) -> dict:
    """A stored (public) spec as the watchlist form's fields; a webhook secret is never shown."""
    channels = [c for c in spec.get("deliver") or [] if isinstance(c, dict)]
    webhook = next((c for c in channels if c.get("type") == "webhook"), {})
    email = next((c for c in channels if c.get("type") == "email"), {})
    to = email.get("to") or []
    score = ((spec.get("rules") or {}).get("anomaly") or {}).get("min_score")
    return {"name": spec.get("name", ""), "regions": list(spec.get("regions") or []),
            **{k: ", ".join(spec.get(k) or []) for k in ("countries", "dyads", "keywords")},
            "min_score": "" if score is None else f"{score:g}",
            "cooldown": _duration_text(spec.get("cooldown")),
            "webhook_url": webhook.get("url") or "", "webhook_secret": "",
            "has_secret": bool(webhook.get("secret")),
            "email_to": ", ".join(to if isinstance(to, list) else [to])}


HIDDEN_SECRET = "(hidden)"  # what reads show instead of a secret or a credential
MASK = "***"  # what reads show for the private parts of a URL
# Channel settings reads never show (e-mail login name and password variable, webhook secret).
HIDDEN_SETTINGS = ("secret", "username", "password_env")


def mask_url(url) -> str:
    """A webhook URL as reads show it: scheme, host and port; user:password@, the path (often a
    capability, as in Slack's /services/T../B../secret) and every query value become MASK."""
    if not isinstance(url, str):
        return MASK
    try:
        parts = urlsplit(url)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return MASK
    netloc = ("[" + host + "]" if ":" in host else host) + (f":{port}" if port else "")
    if parts.username is not None or parts.password is not None:
        netloc = f"{MASK}@{netloc}"
    path = f"/{MASK}" if parts.path not in ("", "/") else parts.path
    query = "&".join(f"{pair.split('=', 1)[0]}={MASK}" for pair in parts.query.split("&")
                     if pair)
    return urlunsplit((parts.scheme, netloc, path, query, MASK if parts.fragment else ""))


def _public_channel(channel):
    if not isinstance(channel, dict):
        return channel
    shown = {k: (HIDDEN_SECRET if k in HIDDEN_SETTINGS and v else v) for k, v in channel.items()}
    if "url" in shown:
        shown["url"] = mask_url(shown["url"])
    return shown


def public_watchlist(row: dict | None) -> dict | None:
    """A stored watchlist as reads show it, to anyone, token or not: webhook secrets, e-mail
    usernames and password variables replaced by HIDDEN_SECRET, webhook URLs masked (mask_url).
    Reads are open and cached by ETag; the full spec stays with the operator's CLI."""
    if row is None or not isinstance(row.get("spec"), dict):
        return row
    channels = [_public_channel(c) for c in row["spec"].get("deliver") or []]
    spec = {**row["spec"], "deliver": channels} if "deliver" in row["spec"] else row["spec"]
    return {**row, "spec": spec}


def _restore_hidden(ash: Aftershock, name: str, spec: dict) -> dict:
    """A spec sent back as read keeps what reads hide: a masked URL stands for the stored URL it
    masks (the channel at the same place first), a HIDDEN_SECRET for that channel's stored
    setting. A hidden value with nothing stored behind it is an error naming the field."""
    channels = spec.get("deliver")
    if not isinstance(channels, list):
        return spec
    stored = [c for c in ((ash.watchlist(name) or {}).get("spec") or {}).get("deliver")
              or [] if isinstance(c, dict)]
    restored = []
    for index, channel in enumerate(channels):
        if not isinstance(channel, dict):
            restored.append(channel)
            continue
        same_place = [stored[index]] if index < len(stored) else []
        candidates = same_place + [c for c in stored if c not in same_place]
        restored.append(_restore_channel(index, dict(channel), candidates))
    return {**spec, "deliver": restored}


def _restore_channel(index: int, channel: dict, candidates: list[dict]) -> dict:
    """One channel with its masked URL and hidden settings replaced by the stored ones
    (`candidates`: the stored channels, the one at the same place first)."""
    url = channel.get("url", channel.get("webhook"))
    url_key = "url" if "url" in channel else "webhook"
    if isinstance(url, str) and MASK in url:
        match = next((c for c in candidates if c.get("url") and mask_url(c["url"]) == url),
                     None)
        if match is None:
            raise ValueError(f"deliver[{index}].{url_key}: {url!r} is a masked URL with no "
                             f"stored webhook behind it; send the full URL")
        channel[url_key] = match["url"]
    for key in HIDDEN_SETTINGS:
        if channel.get(key) != HIDDEN_SECRET:
            continue
        here = channel.get(url_key) if url is not None else None
        match = next((c for c in candidates if c.get(key) and c.get(key) != HIDDEN_SECRET
                      and (here is None or c.get("url") == here)), None)
        if match is None:
            what = f"the webhook {here!r}" if here else "this channel"
            raise ValueError(f"deliver[{index}].{key}: {what} has no stored {key} to keep; "
                             f"send the {key} itself")
        channel[key] = match[key]
    return channel


def save_watchlist(ash: Aftershock, name: str, spec: dict) -> dict:
    """Validate a spec (the watch stage's `validate_watchlist`, which lists every bad field) under
    `name` and store its normal form; ValueError when it is not usable. Returns it as reads show
    it (public_watchlist)."""
    if not isinstance(spec, dict):
        raise ValueError("a watchlist spec must be a JSON object")  # noqa: TRY004 (a 400)
    if spec.get("name") not in (None, name):
        raise ValueError(f"the spec is named {spec['name']!r} but the URL names {name!r}")
    ash.add_watchlist(_restore_hidden(ash, name, {**spec, "name": name}))
    return public_watchlist(ash.watchlist(name))


def storyline_timeline(records: list[dict], ticks: int = 6) -> dict:
    """Positions on one shared time axis for the storylines page: per story `x` and `width`
    in percent of the axis (a story at least a sliver wide), and the axis' day ticks."""
    if not records:
        return {"rows": [], "ticks": []}
    def day(text: str) -> float:
        return datetime.fromisoformat(text).timestamp() / 86400.0
    start = min(day(r["first_seen"]) for r in records)
    end = max(day(r["last_seen"]) for r in records)
    span = max(end - start, 1.0)
    rows = []
    for record in records:
        stories = []
        for story in record["stories"]:
            x = 100.0 * (day(story["first_seen"]) - start) / span
            width = max(0.8, 100.0 * (day(story["last_seen"]) - day(story["first_seen"])) / span)
            stories.append({**story, "x": round(min(x, 99.2), 2),
                            "width": round(min(width, 100.0 - min(x, 99.2)), 2)})
        rows.append({**record, "stories": stories})
    marks = [{"x": round(100.0 * k / (ticks - 1), 2),
              "label": datetime.fromtimestamp((start + span * k / (ticks - 1)) * 86400.0)
              .strftime("%Y-%m-%d")} for k in range(ticks)]
    return {"rows": rows, "ticks": marks}
