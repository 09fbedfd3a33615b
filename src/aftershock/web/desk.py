"""What the analyst's desk adds to the pages: a story's coverage by outlet and the outlets'
diversity, the places events happened on the map, several series on one chart, and the actor
network split by quad class. Each function reads through the Aftershock API."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..api import Aftershock
from ..gazetteer import COUNTRIES, load_document
from ..text import dateline_place
from . import views

UNKNOWN = "unknown"
EVENTS_PER_PLACE = 5  # events a map point names in its tooltip
MAX_SERIES = 6


# places ----------------------------------------------------------------------------------------
def _key(name: str) -> str:
    return " ".join(str(name or "").replace("’", "'").split()).casefold()


@lru_cache(maxsize=1)
def _place_index() -> dict[str, tuple[str, str]]:
    """Folded place name -> (country code, what it is: country, capital or place), from the
    gazetteer; a name two countries share, or one the coder blocks, is left out."""
    document = load_document("countries")
    found: dict[str, set[tuple[str, str]]] = {}
    for code, country in COUNTRIES.items():
        for name in (country.name, *country.names):
            found.setdefault(_key(name), set()).add((code, "country"))
        for capital in country.capitals:
            found.setdefault(_key(capital), set()).add((code, "capital"))
    for code, places in (document.get("places") or {}).items():
        for place in places or ():
            found.setdefault(_key(place), set()).add((code, "place"))
    blocked = {_key(b) for b in document.get("blocked") or ()}
    index = {}
    for name, hits in found.items():
        codes = {code for code, _ in hits}
        if name in blocked or len(codes) != 1:
            continue
        kinds = [kind for _, kind in hits]
        kind = next(k for k in ("country", "capital", "place") if k in kinds)
        index[name] = (codes.pop(), kind)
    return index


def place_country(name: str | None) -> tuple[str | None, str | None]:
    """The country a place name is in and what the name is ("Caracas" -> ("VEN", "capital")),
    by the gazetteer's countries, capitals and places; (None, None) when it names none."""
    if not name:
        return None, None
    key = _key(name)
    hit = _place_index().get(key) or _place_index().get(re.sub(r"^the ", "", key))
    return hit if hit else (None, None)


def event_places(ash: Aftershock, since=None, until=None) -> dict:
    """The map's points: one per place the coder named, with its country (from the gazetteer),
    what the name is (country, capital or place), its events' count, conflictual count and the
    newest few events; places the gazetteer cannot put in a country are listed apart.

    Computed once while the events and the stories are unchanged (the store's aggregate cache,
    store/event_aggregates.py): it reads the newest 20,000 placed events. Each caller gets lists
    of its own; the points themselves are shared, for reading only."""
    key = ("event_places", str(since or ""), str(until or ""))
    return ash.cached_aggregate(
        key, lambda: _event_places(ash, since, until),
        depends=("events", "articles", "stories"),
        copy=lambda v: {"points": list(v["points"]), "unplaced": list(v["unplaced"])})


def _event_places(ash: Aftershock, since=None, until=None) -> dict:
    points: dict[tuple[str, str], dict] = {}
    unplaced: Counter = Counter()
    for e in ash.placed_events(since=since, until=until):
        code, kind = place_country(e["place"])
        if code is None:
            unplaced[e["place"]] += 1
            continue
        point = points.setdefault((code, _key(e["place"])), {
            "place": e["place"], "country": code, "country_name": views.country_name(code),
            "kind": kind, "n": 0, "conflict": 0, "events": []})
        point["n"] += 1
        point["conflict"] += int((e.get("quad") or 0) >= 3)
        if len(point["events"]) < EVENTS_PER_PLACE:
            point["events"].append({
                "date": str(e["date"] or "")[:10], "cameo": e["cameo"],
                "name": views.cameo_name(e["cameo"]), "quad": e["quad"],
                "source": e["source_code"], "target": e["target_code"],
                "story_id": e["story_id"]})
    return {"points": sorted(points.values(), key=lambda p: (-p["n"], p["place"])),
            "unplaced": [{"place": p, "n": n} for p, n in unplaced.most_common()]}


# stories ---------------------------------------------------------------------------------------
def _outlet_country(leads: list[str]) -> tuple[str, str | None]:
    """An outlet's country by its articles' datelines (the most frequent country they name,
    through the gazetteer), with the place that decided it; UNKNOWN when none names one."""
    votes: Counter = Counter()
    places: dict[str, str] = {}
    for lead in leads:
        place = dateline_place(lead or "")
        code, _ = place_country(place)
        if code:
            votes[code] += 1
            places.setdefault(code, place)
    if not votes:
        return UNKNOWN, None
    code = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return code, places[code]


def story_coverage(ash: Aftershock, articles: list[dict]) -> dict:
    """A story's coverage: one row per outlet (in the order of its first report) with its articles
    by time, the first report of the story, each outlet's country by the datelines of all its
    stored articles, and which outlets carry only copies (near-duplicates of another article,
    articles.duplicate_of)."""
    articles = sorted(articles, key=lambda a: (str(a["published"]), a["id"]))
    first = next((a for a in articles if not a.get("duplicate_of")), articles[0] if articles
                 else None)
    outlets = _outlet_rows(articles, first)
    leads = ash.outlet_leads(list(outlets))
    for name, row in outlets.items():
        code, place = _outlet_country(leads.get(name) or [])
        row.update(country=code, dateline=place,
                   country_name=views.country_name(code) if code != UNKNOWN else UNKNOWN,
                   only_copies=all(a["copy"] for a in row["articles"]),
                   first=any(a["first"] for a in row["articles"]))
    return {
        "outlets": list(outlets.values()),
        "first": first and {"id": first["id"], "source": first["source"],
                            "published": str(first["published"]), "title": first["title"]},
        "n_outlets": len(outlets), "n_articles": len(articles),
        "n_copies": sum(1 for a in articles if a.get("duplicate_of")),
        "copy_outlets": [r["name"] for r in outlets.values() if r["only_copies"]],
        "countries": _outlet_countries(outlets),
    }


def _outlet_rows(articles: list[dict], first: dict | None) -> dict[str, dict]:
    """Outlet name -> its row: its articles in time order, each marked as a copy (and of which
    outlet's article) and as the story's first report or not."""
    by_id = {a["id"]: a for a in articles}
    outlets: dict[str, dict] = {}
    for a in articles:
        row = outlets.setdefault(a["source"], {"name": a["source"], "articles": []})
        original = by_id.get(a.get("duplicate_of"))
        row["articles"].append({
            "id": a["id"], "published": str(a["published"]), "title": a["title"],
            "copy": bool(a.get("duplicate_of")),
            "copy_of": original["source"] if original else None,
            "first": first is not None and a["id"] == first["id"]})
    return outlets


def _outlet_countries(outlets: dict[str, dict]) -> list[dict]:
    """Outlets per country, most first (unknown last)."""
    countries = Counter(row["country"] for row in outlets.values())
    return [{"code": c, "name": views.country_name(c) if c != UNKNOWN else UNKNOWN, "outlets": n}
            for c, n in sorted(countries.items(),
                               key=lambda kv: (kv[0] == UNKNOWN, -kv[1], kv[0]))]


# comparisons -----------------------------------------------------------------------------------
SERIES_KINDS = ("country", "dyad", "region")


def parse_series(spec: str) -> tuple[str, str, str]:
    """One `series=` value: "country:PRK", "dyad:USA>VEN" (or USA-VEN), "region:SLUG" ->
    (kind, key, label). ValueError names what is wrong."""
    kind, _, key = (spec or "").strip().partition(":")
    kind = kind.strip().lower()
    if kind not in SERIES_KINDS or not key.strip():
        raise ValueError(f"series {spec!r} is not kind:key (kinds: {', '.join(SERIES_KINDS)}; "
                         f"e.g. country:PRK, dyad:USA>VEN, region:korean-peninsula)")
    key = key.strip()
    if kind == "country":
        code = views.country_code(key)
        return kind, code, views.country_name(code)
    if kind == "dyad":
        parts = re.split(r"\s*[>-]\s*", key)
        if len(parts) != 2:
            raise ValueError(f"dyad {key!r} is not SOURCE>TARGET (e.g. USA>VEN)")
        source, target = (views.country_code(p) for p in parts)
        return kind, f"{source}>{target}", \
            f"{views.country_name(source)} → {views.country_name(target)}"
    reg = views.region(key)
    return kind, reg.slug, reg.name


def compare(ash: Aftershock, specs: list[str], since=None, until=None) -> dict:
    """Daily rows (views.daily_rows) of each series named by `specs`, on one shared span of days
    (a series without events on a day has n 0 and no mean there), for one chart."""
    specs = [s for s in specs if s and s.strip()]
    if len(specs) > MAX_SERIES:
        raise ValueError(f"at most {MAX_SERIES} series on one chart ({len(specs)} given)")
    series, seen = [], set()
    for spec in specs:
        kind, key, label = parse_series(spec)
        if (kind, key) in seen:
            continue
        seen.add((kind, key))
        view = views.series_view(ash, kind, key, since=since, until=until)
        series.append({"id": f"{kind}:{key}", "kind": kind, "key": key, "label": label,
                       "rows": view["rows"], "events": sum(r["n"] for r in view["rows"])})
    days = sorted({r["date"] for s in series for r in s["rows"]})
    return {"series": series, "span": [days[0], days[-1]] if days else [None, None]}


# network ---------------------------------------------------------------------------------------
def network_by_quad(ash: Aftershock, since=None, until=None) -> dict:
    """The actor network (views.network) with each edge's count per quad class (q1..q4), so a
    page can show only some quad classes."""
    data = views.network(ash, since, until)
    quads: dict[tuple[str, str], dict] = {}
    for row in ash.dyad_quad_totals(since=since, until=until):
        quads.setdefault((row["source"], row["target"]), {})[f"q{int(row['quad'])}"] = row["n"]
    for edge in data["edges"]:
        counts = quads.get((edge["source"], edge["target"]), {})
        edge.update({f"q{k}": int(counts.get(f"q{k}", 0)) for k in (1, 2, 3, 4)})
    return data
