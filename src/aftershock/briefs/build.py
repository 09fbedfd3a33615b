"""Build brief dicts for a ripple report or a single story: highlights, sections and sources.

Brief model (JSON-serialisable):
  {"kind": "ripple"|"story", "headline", "period": {"start", "end"},
   "highlights": [{text, citations, article_id, date, event_ids}],   # text carries no marker
   "sections": [{"title", "paragraphs": [{"heading"?, "sentences": [{text, citations,
                 article_id, date, event_ids}]}]}],
   "sources": [{n, title, outlet, date, url, article_id, also_carried_by, copies}]}
Highlights are written from coded events ("North Korea condemned the United States (Jan 4)");
section sentences are extracted from the articles. Every sentence cites at least one source.
"""
from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping

from aftershock.briefs.sources import renumber_sources
from aftershock.briefs.writer import BriefWriter, mentions_any, region_terms, section
from aftershock.ripple.shifts import region_and_dyad_events
from aftershock.signals.countries import country_name, country_terms
from aftershock.signals.describe import describe_event, short_date
from aftershock.signals.regions import Region
from aftershock.signals.series import as_date

MATERIAL_ROOTS = frozenset({"07", "15", "16", "17", "18", "19", "20"})
VERBAL_ROOTS = frozenset(f"{n:02d}" for n in range(1, 15))
THE_REGIONS = ("Peninsula", "Caribbean", "Middle East", "Gulf", "Sahel", "Horn", "Balkans",
               "Caucasus", "states", "Lakes")


def region_phrase(name: str) -> str:
    return f"the {name}" if any(word in name for word in THE_REGIONS) else name


def event_highlight(event: Mapping) -> str:
    text = describe_event(event)
    place = event.get("place")
    target_terms = country_terms(event.get("target_country") or "")
    if (place and place[:1].isupper() and str(event.get("root") or "") in MATERIAL_ROOTS
            and place not in text and place not in target_terms):
        text += f" in {place}"
    return f"{text} ({short_date(event['date'])})" if event.get("date") else text


def _add_highlight(writer: BriefWriter, highlights: list, event: Mapping, seen: set) -> None:
    if event.get("id") in seen or len(highlights) >= 5:
        return
    item = writer.sentence(event_highlight(event), [event.get("article_id")],
                           str(event.get("date") or "")[:10] or None, [event.get("id")])
    if item:
        seen.add(event.get("id"))
        highlights.append(item)


def series_label(kind: str, key: str, region_name: str) -> str:
    if kind == "region":
        return f"events involving {region_phrase(region_name)}"
    source, _, target = key.partition(">")
    return f"events from {country_name(source)} toward {country_name(target)}"


def shift_sentence(shift: Mapping, region_name: str) -> str:
    label = series_label(shift["kind"], shift["series"], region_name)
    verb = {"up": "rose", "down": "fell", "flat": "held"}[shift.get("direction", "flat")]
    q = f"q = {shift['q_value']:.2g}"
    if shift["metric"] == "count_per_day":
        return (f"Coded {label} {verb} from {shift['before']:.2g} to {shift['after']:.2g} a day after "
                f"the trigger (rate ratio {shift['effect']:.2g}, {q}).")
    if shift["metric"] == "conflict_share":
        return (f"The conflict share of {label} {verb} from {shift['before']:.0%} to "
                f"{shift['after']:.0%} after the trigger ({q}).")
    return (f"The mean Goldstein score of {label} {verb} from {shift['before']:.2g} to "
            f"{shift['after']:.2g} after the trigger (Cohen's d {shift['effect']:.2g}, {q}).")


def _fill_highlights(writer, highlights, seen, events: Iterable[Mapping], minimum=3):
    for event in events:
        if len(highlights) >= minimum:
            break
        _add_highlight(writer, highlights, event, seen)


def _round_robin(queues: OrderedDict[str, list], limit: int) -> list[Mapping]:
    picked, roots_seen = [], set()
    while len(picked) < limit and any(queues.values()):
        for country, queue in queues.items():
            while queue and (country, queue[0]["root"]) in roots_seen:
                queue.pop(0)
            if queue and len(picked) < limit:
                reaction = queue.pop(0)
                roots_seen.add((country, reaction["root"]))
                picked.append(reaction)
    return picked


def _diverse_reactions(reactions: list[Mapping], events_by_id: Mapping, limit: int,
                       region_countries: Iterable[str] = ()) -> list[Mapping]:
    """Best reactions (most widely reported first), each reacting country in turn before any
    country's second one;
    the region's own countries first, their counterparts only if that leaves room."""
    inside, outside = OrderedDict(), OrderedDict()
    members = set(region_countries)

    def kind(r):  # who did what to whom, whatever the wording
        return (r["actors"]["source"]["country"], r["root"],
                (r["actors"].get("target") or {}).get("country"))

    # An act many outlets report (a launch, a condemnation) outranks a one-off mention.
    reports = Counter()
    for key, _article in {(kind(r), r["article_id"]) for r in reactions}:
        reports[key] += 1
    ranked = sorted(reactions, key=lambda r: (-reports[kind(r)],
                                              -abs(float(r.get("goldstein") or 0.0)),
                                              -float(r.get("score") or 0.0)))
    for reaction in ranked:
        if reaction["event_id"] in events_by_id:
            country = reaction["actors"]["source"]["country"] or ""
            (inside if country in members else outside).setdefault(country, []).append(reaction)
    picked = _round_robin(inside, limit)
    picked += _round_robin(outside, limit - len(picked))
    return [events_by_id[r["event_id"]] for r in picked]


def _shift_drivers(writer, shift: Mapping, ripple: Mapping, region: Region) -> list[Mapping]:
    window = (as_date(ripple["window"]["start"]),
              as_date(ripple["window"].get("observed_end") or ripple["window"]["end"]))
    grouped = region_and_dyad_events(writer.events, region)
    drivers = [e for e in grouped.get((shift["kind"], shift["series"]), [])
               if window[0] <= as_date(e["date"]) <= window[1]]
    drivers.sort(key=lambda e: -abs(float(e.get("goldstein") or 0.0)))
    return drivers[:2]


def _shift_highlight(writer, shift: Mapping, ripple: Mapping, region: Region) -> dict | None:
    label = series_label(shift["kind"], shift["series"], region.name)
    verb = {"up": "rose", "down": "fell", "flat": "held"}[shift.get("direction", "flat")]
    metric = {"count_per_day": "a day", "conflict_share": "conflict share",
              "goldstein_mean": "mean Goldstein"}[shift["metric"]]
    if shift["metric"] == "count_per_day":
        text = f"{label[0].upper()}{label[1:]} {verb} from {shift['before']:.2g} to {shift['after']:.2g} {metric}"
    elif shift["metric"] == "conflict_share":
        text = (f"The conflict share of {label} {verb} from {shift['before']:.0%} "
                f"to {shift['after']:.0%}")
    else:
        text = f"The {metric} of {label} {verb} from {shift['before']:.2g} to {shift['after']:.2g}"
    end = ripple["window"].get("observed_end") or ripple["window"]["end"]
    text += f" ({short_date(ripple['window']['start'])}–{short_date(end)})"
    drivers = _shift_drivers(writer, shift, ripple, region)
    return writer.sentence(text, [e.get("article_id") for e in drivers], ripple["window"]["start"],
                           [e.get("id") for e in drivers])


def _group_by_actor(reactions: list[Mapping], region_countries: set) -> OrderedDict[str, list]:
    groups: OrderedDict[str, list] = OrderedDict()
    for reaction in sorted(reactions, key=lambda r: (r["date"], -r["score"])):
        source = reaction["actors"]["source"]["country"]
        target = reaction["actors"]["target"]["country"]
        actor = source if (source in region_countries or not target) else target
        groups.setdefault(actor or "", []).append(reaction)
    return groups


def _reaction_paragraphs(writer: BriefWriter, groups, events_by_id, per_actor=3) -> list[dict]:
    paragraphs = []
    for actor, reactions in groups.items():
        wanted = {r["event_id"] for r in reactions}
        best = {r["event_id"]: r["score"] for r in reactions}
        candidates = []
        for candidate in writer.candidates(r["article_id"] for r in reactions):
            ids = {e.get("id") for e in candidate["events"]} & wanted
            if ids:
                candidate["bonus"] = max(best[i] for i in ids) / 20
                candidates.append(candidate)
        covered = {e.get("id") for c in candidates for e in c["events"]}
        for reaction in reactions:
            event = events_by_id.get(reaction["event_id"])
            if reaction["event_id"] not in covered and event:
                fallback = writer.event_candidate(event)
                if fallback:
                    fallback["bonus"] = reaction["score"] / 20
                    candidates.append(fallback)
        sentences = writer.choose(candidates, per_actor)
        if sentences:
            heading = country_name(actor, capitalise=True) if actor else "Other actors"
            paragraphs.append({"heading": heading, "sentences": sentences})
    return paragraphs


def _impact_paragraphs(writer, ripple, events, region: Region) -> list[dict]:
    stated = []
    for shift in [s for s in ripple.get("shifts", []) if s["significant"]][:2]:
        drivers = _shift_drivers(writer, shift, ripple, region)
        sentence = writer.sentence(shift_sentence(shift, region.name),
                                   [e.get("article_id") for e in drivers], ripple["window"]["start"],
                                   [e.get("id") for e in drivers])
        if sentence:
            stated.append(sentence)
    trigger_ids = set(writer.canonical_ids(ripple["trigger"].get("article_ids") or []))
    related = [r["article_id"] for r in ripple.get("reactions", [])]
    related += [item["article_id"] for item in ripple.get("evidence", [])]
    places = region_terms(region.countries)
    entities = ripple["trigger"].get("terms", {}).get("entities") or []
    candidates = []
    for candidate in writer.candidates(a for a in related if a not in trigger_ids):
        if not mentions_any(candidate["text"], places):
            continue
        candidate["bonus"] = 0.2 if mentions_any(candidate["text"], entities) else 0.0
        candidates.append(candidate)
    extracted = writer.choose(candidates, 3)
    return [{"sentences": stated}, {"sentences": extracted}]


def _period(dates: Iterable[str]) -> dict:
    dates = sorted(d for d in dates if d)
    return {"start": dates[0] if dates else None, "end": dates[-1] if dates else None}


def build_ripple_brief(ripple: dict, articles, events, stories) -> dict:
    """A brief on how the ripple's trigger reached its watched region, every sentence cited."""
    writer = BriefWriter(articles, events)
    events_by_id = {e.get("id"): e for e in writer.events}
    trigger = ripple["trigger"]
    region = Region(name=ripple["region"]["name"], slug=ripple["region"]["slug"],
                    countries=tuple(ripple["region"]["countries"]))
    trigger_ids = trigger.get("article_ids") or [
        a["id"] for a in articles if a.get("story_id") == trigger["story_id"]]
    trigger_ids = writer.canonical_ids(trigger_ids)
    focal = set(trigger.get("focal_countries") or [])
    entities = trigger.get("terms", {}).get("entities") or trigger.get("key_terms") or []

    trigger_events = [e for e in writer.events
                      if writer.sources.canonical(e.get("article_id")) in trigger_ids]
    severe = sorted((e for e in trigger_events if int(e.get("quad") or 0) >= 3
                     and (not focal or {e.get("source_country"), e.get("target_country")} & focal)),
                    key=lambda e: (e.get("target_country") not in focal, float(e.get("goldstein") or 0.0)))
    highlights, seen = [], set()
    for event in severe[:1]:
        _add_highlight(writer, highlights, event, seen)
    for event in _diverse_reactions(ripple.get("reactions", []), events_by_id, 3, region.countries):
        _add_highlight(writer, highlights, event, seen)
    for shift in [s for s in ripple.get("shifts", []) if s["significant"]][:1]:
        item = _shift_highlight(writer, shift, ripple, region)
        if item:
            highlights.append(item)
    _fill_highlights(writer, highlights, seen,
                     [events_by_id[r["event_id"]] for r in ripple.get("reactions", [])
                      if r["event_id"] in events_by_id] + severe)

    what = writer.candidates(trigger_ids)
    for candidate in what:
        touches_focal = bool(set(candidate["countries"]) & focal)
        candidate["bonus"] = 0.15 * touches_focal + 0.1 * mentions_any(candidate["text"], entities)
    happened = section("What happened", [{"sentences": writer.choose(what, 3)}])
    reacted = section("Reactions", _reaction_paragraphs(
        writer, _group_by_actor(ripple.get("reactions", []), set(region.countries)), events_by_id))
    related = trigger_ids + [r["article_id"] for r in ripple.get("reactions", [])] + [
        item["article_id"] for item in ripple.get("evidence", [])]
    watch = writer.watch_candidates(related)
    places = region_terms(region.countries)
    for candidate in watch:
        candidate["bonus"] += 0.15 * mentions_any(candidate["text"], places)
    watching = section("What to watch", [{"sentences": writer.choose(watch, 3)}])
    impact = section(f"Impact on {region_phrase(region.name)}",
                     _impact_paragraphs(writer, ripple, events, region))
    sections = [happened, reacted, impact, watching]
    if len(highlights) < 3:  # thin coverage: lead with the most central sentences instead
        for paragraph in sections[0]["paragraphs"] if sections[0] else []:
            highlights.extend(paragraph["sentences"][: 3 - len(highlights)])
    window = ripple["window"]
    return renumber_sources({
        "kind": "ripple",
        "ripple_id": ripple.get("id"),
        "story_id": trigger["story_id"],
        "region": ripple["region"],
        "headline": f"{trigger['headline']}: the ripple effects for {region_phrase(region.name)}",
        "period": {"start": window["start"], "end": window.get("observed_end") or window["end"]},
        "highlights": highlights,
        "sections": [s for s in sections if s],
        "sources": writer.sources.to_list(),
    })


def build_story_brief(story: dict, articles, events) -> dict:
    """A brief on one story: what happened, who reacted, what to watch, every sentence cited."""
    writer = BriefWriter(articles, events)
    story_ids = writer.canonical_ids(a["id"] for a in articles if a.get("story_id") == story["id"])
    story_events = [e for e in writer.events if e.get("story_id") == story["id"]
                    or writer.sources.canonical(e.get("article_id")) in story_ids]
    by_severity = sorted(story_events, key=lambda e: (-abs(float(e.get("goldstein") or 0.0)),
                                                      str(e.get("date"))))
    main = by_severity[0] if by_severity else None
    highlights, seen, distinct = [], set(), set()
    for event in by_severity:
        key = (event.get("source_country"), event.get("root"))
        if key in distinct:
            continue
        distinct.add(key)
        _add_highlight(writer, highlights, event, seen)
        if len(highlights) >= 4:
            break
    _fill_highlights(writer, highlights, seen, by_severity)

    what = writer.candidates(story_ids)
    for candidate in what:
        candidate["bonus"] = 0.15 if main and main in candidate["events"] else 0.0
    principal = main.get("source_country") if main else None
    reactions = [e for e in story_events if str(e.get("root") or "") in VERBAL_ROOTS
                 and e.get("source_country") and e.get("source_country") != principal]
    pseudo = [{"event_id": e.get("id"), "article_id": e.get("article_id"), "date": str(e["date"])[:10],
               "score": abs(float(e.get("goldstein") or 0.0)), "root": e.get("root"),
               "actors": {"source": {"country": e.get("source_country")},
                          "target": {"country": e.get("target_country")}}} for e in reactions]
    sections = [
        section("What happened", [{"sentences": writer.choose(what, 4)}]),
        section("Reactions", _reaction_paragraphs(
            writer, _group_by_actor(pseudo, {e.get("source_country") for e in reactions}),
            {e.get("id"): e for e in story_events})),
        section("What to watch", [{"sentences": writer.choose(writer.watch_candidates(story_ids), 3)}]),
    ]
    if len(highlights) < 3 and sections[0]:
        highlights.extend(sections[0]["paragraphs"][0]["sentences"][: 3 - len(highlights)])
    return renumber_sources({
        "kind": "story",
        "story_id": story["id"],
        "headline": story.get("headline"),
        "period": _period([str(story.get("first_seen") or "")[:10], str(story.get("last_seen") or "")[:10]]),
        "highlights": highlights,
        "sections": [s for s in sections if s],
        "sources": writer.sources.to_list(),
    })
