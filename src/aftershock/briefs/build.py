"""Build brief dicts for a ripple report or a single story: highlights, sections and sources.

Brief model (JSON-serialisable):
  {"kind": "ripple"|"story", "headline", "period": {"start", "end"},
   "highlights": [{text, citations, article_id, date, event_ids, quote}],  # text carries no marker
   "sections": [{"title", "paragraphs": [{"heading"?, "style"?, "sentences": [{text, citations,
                 article_id, date, event_ids, quote?}]}]}],
   "sources": [{n, title, outlet, date, url, article_id, also_carried_by, copies}]}
Highlights are rewritten from coded events' own clauses ("North Korea fired two ballistic
missiles into the East Sea (Jan 4)", `quote` holds the sentence it came from); section sentences
are extracted from the articles. Every sentence cites at least one source. Paragraph `style` is
"dated" (one dated line per sentence: reactions) or "list" (one line per sentence: what to watch).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from aftershock.briefs.highlights import clause_from_sentence, corroboration, event_kind
from aftershock.briefs.inputs import distinctive_entities
from aftershock.briefs.ripple_sections import (
    adds_name_or_figure,
    choose_detailed,
    diverse_reactions,
    group_by_actor,
    impact_paragraphs,
    lead_bonus,
    reaction_paragraphs,
    reactions_by_story,
    region_phrase,
    shift_highlight,
)
from aftershock.briefs.select import content_words, repeats
from aftershock.briefs.sources import renumber_sources
from aftershock.briefs.writer import BriefWriter, mentions_any, region_terms, section
from aftershock.config import settings
from aftershock.gazetteer import Region
from aftershock.ripple.reactions import is_background
from aftershock.signals.describe import short_date
from aftershock.text import count_term_mentions

QUOTE_MARKS = frozenset("\"\u201c\u2018'")
VERBAL_ROOTS = frozenset(f"{n:02d}" for n in range(1, 15))


def _add_highlights(writer: BriefWriter, highlights: list, events: Iterable[Mapping],
                    limit: int, per_country: int = 2) -> None:
    """Append highlights from `events` in order until `limit`, one per kind of event and at most
    `per_country` per acting country; events without a faithful clause are skipped."""
    kinds = {h.get("kind") for h in highlights}
    countries = [h.get("actor") for h in highlights]
    for event in events:
        if len(highlights) >= limit:
            return
        act = event_kind(event)[:2]  # one highlight per actor and kind of act, whoever the target
        if act in kinds or countries.count(event.get("source_country")) >= per_country:
            continue
        item = None
        for version in _best_phrased(event, writer):
            item = writer.highlight(version, writer.events)
            if item:
                break
        if item:
            item["kind"], item["actor"] = act, event.get("source_country")
            kinds.add(item["kind"])
            countries.append(item["actor"])
            highlights.append(item)


def highlight_weight(event: Mapping, reports: int) -> float:
    """How much an event deserves a highlight: how many articles report that kind of act
    (capped, so corroboration counts but volume does not), how intense it is (|Goldstein|),
    less a penalty for bare statements (CAMEO 01), which every article is full of."""
    statement = str(event.get("root") or "") == "01"
    return min(reports, 3) + abs(float(event.get("goldstein") or 0.0)) / 2 - 2.0 * statement


def _best_phrased(event: Mapping, writer: BriefWriter) -> list[Mapping]:
    """The event and the other reports of the same act within a day that may be cited for it,
    the earliest report first (then an article's opening sentence, which states the act
    plainly where a later one tends to allude to it)."""
    day = str(event.get("date") or "")[:10]
    same = [e for e in writer.events if event_kind(e) == event_kind(event)
            and str(e.get("date") or "")[:10] in _adjacent_days(day)
            and writer.reports(e.get("article_id"), day)]
    same.sort(key=lambda e: (writer.published(e.get("article_id")),
                             e.get("sentence_index") if e.get("sentence_index") is not None
                             else 99, e.get("id") != event.get("id")))
    return same or [event]


def _adjacent_days(day: str) -> set[str]:
    from datetime import date, timedelta
    try:
        middle = date.fromisoformat(day)
    except ValueError:
        return {day}
    return {(middle + timedelta(days=k)).isoformat() for k in (-1, 0, 1)}


def _lead_highlights(writer: BriefWriter, highlights: list, sentences: list[dict],
                     minimum: int = 3) -> None:
    """Top highlights up to `minimum` with the main clauses of cited section sentences (for
    stories with few coded events); a sentence with no clear main clause is left out."""
    for sentence in sentences:
        if len(highlights) >= minimum:
            return
        for quote in dict.fromkeys([sentence.get("quote") or sentence["text"], sentence["text"]]):
            clause = clause_from_sentence(quote)
            if clause is not None:
                break
        if clause is None or any(repeats(clause, h["text"]) for h in highlights):
            continue
        text = f"{clause} ({short_date(sentence['date'])})" if sentence.get("date") else clause
        source = writer.sources.cite(sentence["article_id"])
        if source is not None:
            highlights.append({"text": text, "citations": [source],
                               "article_id": sentence["article_id"], "date": sentence.get("date"),
                               "event_ids": [], "quote": quote})


def _main_actors(groups, canonical) -> dict:
    """Reacting actors in order of how many articles report their reactions (then how strong
    the strongest was); the date order of each actor's reactions is kept."""
    def weight(item):
        _actor, reactions = item
        return (-len({canonical(r["article_id"]) for r in reactions}),
                -max(float(r.get("score") or 0.0) for r in reactions))
    return dict(sorted(groups.items(), key=weight))


def _section_sentences(sections: list) -> list[dict]:
    return [sentence for section in sections if section for paragraph in section["paragraphs"]
            for sentence in paragraph["sentences"] if not sentence.get("derived")]


def _clean_highlights(highlights: list[dict]) -> list[dict]:
    for item in highlights:
        item.pop("kind", None)
        item.pop("actor", None)
    return highlights


def watch_section(writer: BriefWriter, article_ids: Iterable, places: list[str]) -> dict | None:
    """Open questions: threats, intentions and analysts' expectations, one per line."""
    watch = writer.watch_candidates(article_ids)
    length = settings().briefs.watch_sentences
    if places:  # a ripple's open questions are the watched region's
        local = [c for c in watch if mentions_any(c["text"], places)]
        watch = local if len(local) >= length else watch
    return section("What to watch", [{"style": "list",
                                      "sentences": writer.choose(watch, length)}])


def build_ripple_brief(ripple: dict, articles, events, stories) -> dict:
    """A brief on how the ripple's trigger reached its watched region, every sentence cited."""
    writer = _ripple_writer(ripple, articles, events)
    events_by_id = {e.get("id"): e for e in writer.events}
    trigger = ripple["trigger"]
    region = Region(name=ripple["region"]["name"], slug=ripple["region"]["slug"],
                    countries=tuple(ripple["region"]["countries"]))
    trigger_ids = writer.canonical_ids(trigger.get("article_ids") or [
        a["id"] for a in articles if a.get("story_id") == trigger["story_id"]])
    focal = set(trigger.get("focal_countries") or [])
    entities = (trigger.get("terms") or {}).get("entities") or trigger.get("key_terms") or []
    severe = _severe_trigger_events(writer, trigger_ids, focal, entities)
    highlights = _ripple_highlights(writer, ripple, region, severe, events_by_id)

    knobs = settings().briefs
    what = _trigger_candidates(writer, trigger_ids, focal, entities, severe)
    opening = choose_detailed(writer, what, knobs.what_happened_sentences)
    since = _followup_sentences(writer, ripple, knobs)
    extra = _trigger_details(writer, trigger_ids, knobs.detail_sentences)
    happened = section("What happened", [
        {"sentences": opening + [s for s in extra if s["article_id"] in trigger_ids]},
        {"heading": "Since then", "style": "dated",
         "sentences": sorted(since + [s for s in extra if s["article_id"] not in trigger_ids],
                             key=lambda s: s.get("date") or "")}])
    reacted = section("Reactions", reactions_by_story(
        writer, ripple.get("reactions", []), events_by_id, set(region.countries),
        knobs.reaction_sentences, knobs.reaction_per_story, trigger_story=trigger["story_id"]))
    impact = section(f"Impact on {region_phrase(region.name)}",
                     impact_paragraphs(writer, ripple, region, trigger_ids, focal))
    watching = watch_section(writer, _regional_ids(writer), region_terms(region.countries))
    sections = [happened, reacted, impact, watching]
    if len(highlights) < 3:  # thin coverage: shorten the most central sentences
        _lead_highlights(writer, highlights, _section_sentences(sections))
    window = ripple["window"]
    return renumber_sources({
        "kind": "ripple",
        "ripple_id": ripple.get("id"),
        "story_id": trigger["story_id"],
        "region": ripple["region"],
        "headline": f"{trigger['headline']}: what it means for {region_phrase(region.name)}",
        "period": {"start": window["start"], "end": window.get("observed_end") or window["end"]},
        "highlights": _clean_highlights(highlights),
        "sections": [s for s in sections if s],
        "sources": writer.sources.to_list(),
    })


def _regional_ids(writer: BriefWriter) -> list:
    """The brief's articles but the trigger's follow-up stories (which are not the region's)."""
    return [i for i, a in writer.articles.items() if a.get("brief_role") != "followup"]


def _followup_sentences(writer: BriefWriter, ripple: Mapping, knobs) -> list[dict]:
    """A sentence for each of the trigger's later stories in the window (up to
    `followup_sentences`, those naming most of its entities first): from its earliest report,
    favouring the opening, the trigger's entities, names and figures; in date order."""
    entities = distinctive_entities(ripple)
    weights = settings().brief_weights
    stories: dict = {}
    for article_id, article in writer.articles.items():
        if article.get("brief_role") == "followup":
            stories.setdefault(article.get("story_id"), []).append(article_id)
    chosen = []
    for article_ids in stories.values():
        if len(chosen) >= knobs.followup_sentences:
            break
        first = min(writer.published(a) for a in article_ids)
        pool = writer.candidates(article_ids)
        for candidate in pool:
            candidate["bonus"] = (
                lead_bonus(candidate)
                + weights.first_report * (writer.published(candidate["article_id"]) == first)
                + weights.trigger_entity * min(count_term_mentions(candidate["text"], entities), 2)
                - knobs.commentary_penalty * is_comment(candidate["text"]))
        chosen += choose_detailed(writer, pool, 1)
    return sorted(chosen, key=lambda s: s.get("date") or "")


def _trigger_details(writer: BriefWriter, trigger_ids, limit: int) -> list[dict]:
    """Up to `limit` more sentences on the trigger and its later stories, each stating a full
    name or a figure the brief has not (the crew, the owner, the official, the price): what an
    article's opening leaves to its later paragraphs. Chosen one at a time for what they add
    (choose_detailed); commentary is left out."""
    if limit <= 0:
        return []
    followups = [a for a, article in writer.articles.items()
                 if article.get("brief_role") == "followup"]
    pool = []
    for candidate in writer.unsaid(writer.candidates(list(trigger_ids) + followups)):
        if is_comment(candidate["text"]) or not adds_name_or_figure(candidate["text"],
                                                                    writer.said):
            continue
        candidate["bonus"] = lead_bonus(candidate)
        pool.append(candidate)
    return choose_detailed(writer, pool, limit)


def _ripple_writer(ripple: dict, articles, events) -> BriefWriter:
    """A writer over the ripple's articles and events, kept to its window when it has one."""
    writer = BriefWriter(articles, events)
    window = ripple.get("window") or {}
    if window.get("start") and window.get("end"):
        writer.window = (str(window["start"])[:10], str(window["end"])[:10])
    return writer


def _severe_trigger_events(writer: BriefWriter, trigger_ids, focal: set,
                           entities) -> list[dict]:
    """The trigger's conflictual events (quad 3-4) involving a focal country, the gravest act
    first: the most corroborated, naming the trigger's entities most, most negative."""
    canonical = writer.sources.canonical
    reports = corroboration(writer.events, canonical)
    trigger_events = [e for e in writer.events if canonical(e.get("article_id")) in trigger_ids]
    return sorted((e for e in trigger_events if int(e.get("quad") or 0) >= 3
                   and (not focal or {e.get("source_country"), e.get("target_country")} & focal)),
                  key=lambda e: (-min(len(reports[event_kind(e)]), 3),
                                 -count_term_mentions(e.get("sentence") or "", entities),
                                 float(e.get("goldstein") or 0.0)))  # the gravest act first


def _ripple_highlights(writer: BriefWriter, ripple: dict, region: Region, severe: list[dict],
                       events_by_id: dict) -> list[dict]:
    """The gravest trigger act, then the region's most diverse reactions; with too few to
    state, how the region's coverage moved."""
    highlights: list[dict] = []
    _add_highlights(writer, highlights, severe, 1)
    reactions = diverse_reactions(ripple.get("reactions", []), events_by_id, 12, region.countries)
    _add_highlights(writer, highlights, reactions, settings().briefs.max_highlights)
    _add_highlights(writer, highlights, reactions + severe, 3, per_country=3)
    for shift in [s for s in ripple.get("shifts", []) if s["significant"]][:1]:
        if len(highlights) < 3:  # few reactions to state: say how the region's coverage moved
            item = shift_highlight(writer, shift, ripple, region)
            if item:
                highlights.append(item)
    return highlights


def _trigger_candidates(writer: BriefWriter, trigger_ids, focal: set, entities,
                        severe: list[dict]) -> list[dict]:
    """The trigger's sentences for "What happened", with a bonus for the lead, a report from the
    trigger's first day (what, where, when and who, before later analysis), a focal country,
    the trigger's entities and a severe act; less for a repaired (joined) sentence (the names
    and figures a sentence adds are credited as it is chosen: choose_detailed)."""
    what = writer.candidates(trigger_ids)
    knobs, weights = settings().briefs, settings().brief_weights
    severe_ids = {e.get("id") for e in severe}
    first_day = min((writer.published(a)[:10] for a in trigger_ids), default="")
    for candidate in what:
        candidate["bonus"] = (
            lead_bonus(candidate)
            + weights.first_report * (writer.published(candidate["article_id"])[:10] == first_day)
            + weights.focal_country * bool(set(candidate["countries"]) & focal)
            + weights.trigger_entity * mentions_any(candidate["text"], entities)
            + weights.severe_act * bool({e.get("id") for e in candidate["events"]} & severe_ids)
            - weights.joined_sentence * (candidate.get("repair") == "joined")
            - knobs.commentary_penalty * is_comment(candidate["text"])
        )
    return what


def is_comment(text: str) -> bool:
    """A sentence that comments on the act rather than states it: history or an outside
    reading (`is_background`), or one that opens with someone's quoted words."""
    return is_background(text) or text.lstrip()[:1] in QUOTE_MARKS


def _period(dates: Iterable[str]) -> dict:
    dates = sorted(d for d in dates if d)
    return {"start": dates[0] if dates else None, "end": dates[-1] if dates else None}


def build_story_brief(story: dict, articles, events) -> dict:
    """A brief on one story: what happened, who reacted, what to watch, every sentence cited."""
    writer = BriefWriter(articles, events)
    canonical = writer.sources.canonical
    story_ids = writer.canonical_ids(a["id"] for a in articles if a.get("story_id") == story["id"])
    story_events = [e for e in writer.events if e.get("story_id") == story["id"]
                    or canonical(e.get("article_id")) in story_ids]
    ranked = _ranked_story_events(story, story_events, canonical)
    highlights: list[dict] = []
    _add_highlights(writer, highlights, ranked, 4)
    main = ranked[0] if ranked else None

    what = writer.candidates(story_ids)
    for candidate in what:
        candidate["bonus"] = lead_bonus(candidate) + (
            settings().brief_weights.story_main_event
            if main and main in candidate["events"] else 0.0)
    happened = section("What happened", [{"sentences": writer.choose(what, 4)}])
    sections = [
        happened,
        section("Reactions", _story_reaction_paragraphs(writer, story_events, main)),
        watch_section(writer, story_ids, []),
    ]
    if len(highlights) < 3:
        _add_highlights(writer, highlights, ranked, 3, per_country=3)
    if len(highlights) < 3:
        _lead_highlights(writer, highlights, _section_sentences(sections))
    return renumber_sources(
        {
            "kind": "story",
            "story_id": story["id"],
            "headline": story.get("headline"),
            "period": _period(
                [str(story.get("first_seen") or "")[:10], str(story.get("last_seen") or "")[:10]]
            ),
            "highlights": _clean_highlights(highlights),
            "sections": [s for s in sections if s],
            "sources": writer.sources.to_list(),
        }
    )


def _ranked_story_events(story: dict, story_events: list[dict], canonical) -> list[dict]:
    """The story's events, weightiest first: highlight_weight with their corroboration, plus
    up to three of the headline's content words (the headline says what matters)."""
    reports = corroboration(story_events, canonical)
    gist = content_words(story.get("headline") or "")
    return sorted(story_events, key=lambda e: (
        -highlight_weight(e, len(reports[event_kind(e)]))
        - 0.5 * min(len(gist & content_words(e.get("sentence") or "")), 3), str(e.get("date"))))


def _story_reaction_paragraphs(writer: BriefWriter, story_events: list[dict],
                               main: dict | None) -> list[dict]:
    """Reactions in a story: verbal acts by countries other than the main event's actor, as
    ripple-style reactions grouped by actor (each sentence naming its actor's country)."""
    principal = main.get("source_country") if main else None
    reacting = [e for e in story_events if str(e.get("root") or "") in VERBAL_ROOTS
                and e.get("source_country") and e.get("source_country") != principal]
    pseudo = [
        {
            "event_id": e.get("id"),
            "article_id": e.get("article_id"),
            "date": str(e["date"])[:10],
            "score": abs(float(e.get("goldstein") or 0.0)),
            "root": e.get("root"),
            "actors": {
                "source": {"country": e.get("source_country")},
                "target": {"country": e.get("target_country")},
            },
        }
        for e in reacting
    ]
    return reaction_paragraphs(
        writer,
        _main_actors(group_by_actor(pseudo, {e.get("source_country") for e in reacting}),
                     writer.sources.canonical),
        {e.get("id"): e for e in story_events},
        must_name_actor=True,
    )[:settings().briefs.story_reacting_actors]
