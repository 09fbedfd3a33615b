"""Ripple analysis: how a trigger story reaches a watched region (reactions, shifts, evidence).

The window starts on the trigger's first day and runs `window_days`; the baseline is the
`baseline_days` before it. Both are clipped to the days the events actually cover (`observed`),
so a corpus that starts late or ends early does not dilute the rates.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import timedelta

from aftershock.config import settings
from aftershock.gazetteer import Region
from aftershock.registry import component
from aftershock.ripple.corpus import article_text, articles_by_id, is_folded_copy, unfolded_events
from aftershock.ripple.evidence import rank_evidence, reaction_items, trigger_items
from aftershock.ripple.reactions import find_reactions, story_focus, trigger_actor_countries
from aftershock.ripple.shifts import baseline_coverage
from aftershock.ripple.terms import derive_trigger_terms
from aftershock.ripple.verdict import ripple_verdict
from aftershock.signals.series import as_date, region_series


def _trigger_events(events: list[Mapping], trigger_id, articles: Mapping) -> list[Mapping]:
    def story_of(event):
        if event.get("story_id") is not None:
            return event["story_id"]
        article = articles.get(event.get("article_id"))
        return article.get("story_id") if article else None

    return [e for e in events if story_of(e) == trigger_id]


def _outlet_words(articles: Iterable[Mapping]) -> set[str]:
    words = set()
    for article in articles:
        outlet = article.get("source") or ""
        if outlet:
            words.add(outlet)
            words.update(w for w in outlet.split() if len(w) > 3)
    return words


def analyze_ripple(
    trigger_story: dict,
    region: Region,
    articles: list,
    stories: list,
    events: list,
    window_days: int | None = None,
    baseline_days: int | None = None,
    trigger_terms: list[str] | None = None,
    *,
    alpha: float | None = None,
    min_series_events: int | None = None,
    max_evidence: int | None = None,
    link_model=None,
    link_threshold: float | None = None,
    keep_features: bool = False,
) -> dict:
    """Build the ripple report dict (JSON-serialisable; dates as ISO strings). Unset knobs take
    the [ripple] settings in force (aftershock.config); `link_model`, `link_threshold` and
    `keep_features` go to find_reactions (the link model's trainer sets them)."""
    window_days, baseline_days, alpha, min_series_events, max_evidence = _knobs(
        window_days, baseline_days, alpha, min_series_events, max_evidence)
    by_id = articles_by_id(articles)
    stories_by_id = {story["id"]: story for story in stories}
    counted_events = unfolded_events([e for e in events if e.get("date")], by_id)
    trigger_id = trigger_story["id"]
    window, baseline, observed_window, observed_baseline = _periods(
        as_date(trigger_story["first_seen"]), window_days, baseline_days, counted_events)

    canonical = [a for a in articles if not is_folded_copy(a, by_id)]
    trigger_articles = [a for a in canonical if a.get("story_id") == trigger_id]
    background = [a for a in canonical if a.get("story_id") != trigger_id]
    trigger_events = _trigger_events(counted_events, trigger_id, by_id)
    terms = derive_trigger_terms(
        trigger_story,
        [article_text(a) for a in trigger_articles],
        [article_text(a) for a in background],
        trigger_events,
        region.countries,
        extra_terms=trigger_terms,
        excluded_words=_outlet_words(articles),
        all_events=counted_events,
    )

    reactions = find_reactions(counted_events, region, terms, trigger_id, by_id, stories_by_id,
                               window, story_focus(canonical, terms),
                               trigger_actors=trigger_actor_countries(trigger_events,
                                                                      region.countries),
                               model=link_model,
                               threshold=link_threshold, keep_features=keep_features)
    shifts, shift_status = _shift_tests(counted_events, region, observed_baseline,
                                        observed_window, alpha, min_series_events)
    # Evidence of the trigger is what reports it and what is linked to it: a measured shift
    # alone links nothing (its events stay in `shifts`, not here).
    evidence = rank_evidence(
        [
            trigger_items(trigger_articles, trigger_events, trigger_story.get("headline") or "",
                          terms.focal_countries),
            reaction_items(reactions, by_id),
        ],
        limit=max_evidence,
    )
    daily = region_series(counted_events, [region], observed_baseline[0], observed_window[1])

    report = {
        "id": None,  # assigned by the store when the report is saved
        "trigger": _report_trigger(trigger_story, terms, trigger_articles),
        "region": region.to_dict(),
        "window": {"start": window[0].isoformat(), "end": window[1].isoformat(),
                   "observed_end": observed_window[1].isoformat(), "days": window_days},
        "baseline": {"start": baseline[0].isoformat(), "end": baseline[1].isoformat(),
                     "observed_start": observed_baseline[0].isoformat(), "days": baseline_days},
        "parameters": {"alpha": alpha, "min_series_events": min_series_events},
        "reactions": reactions,
        "shifts": shifts,
        "shift_status": shift_status or "tested",
        "evidence": evidence,
        "evidence_note": None if reactions else (
            f"no event by or toward {region.name} in the window is linked to the trigger; "
            "the evidence holds only reports of the trigger itself, and shifts are not "
            "evidence of it"),
        "series": daily,
        "summary": _summary(reactions, shifts),
    }
    report["verdict"] = ripple_verdict(report)
    report["detected"] = report["verdict"]["detected"]
    return report


def _knobs(window_days, baseline_days, alpha, min_series_events, max_evidence) -> tuple:
    """The arguments with the [ripple] settings in force for those unset (a zero window,
    baseline or evidence count is unset too)."""
    knobs = settings().ripple
    return (window_days or knobs.window_days,
            baseline_days or knobs.baseline_days,
            knobs.alpha if alpha is None else alpha,
            knobs.min_series_events if min_series_events is None else min_series_events,
            max_evidence or knobs.max_evidence)


def _report_trigger(trigger_story: dict, terms, trigger_articles: list) -> dict:
    return {
        "story_id": trigger_story["id"],
        "headline": trigger_story.get("headline"),
        "first_seen": trigger_story.get("first_seen"),
        "countries": list(trigger_story.get("countries") or []),
        "focal_countries": terms.focal_countries,
        "key_terms": terms.entity_terms + terms.keyword_words(),
        "terms": terms.to_dict(),
        "article_ids": [a["id"] for a in trigger_articles],
    }


def _periods(trigger_day, window_days: int, baseline_days: int, counted_events: list) -> tuple:
    """(window, baseline, observed window, observed baseline), each a (first, last) pair of
    dates: the window from the trigger's first day, the baseline the days before it, and both
    cut to the days the events cover."""
    window = (trigger_day, trigger_day + timedelta(days=window_days - 1))
    baseline = (trigger_day - timedelta(days=baseline_days), trigger_day - timedelta(days=1))
    covered = sorted(as_date(e["date"]) for e in counted_events)
    observed_window = (
        window[0],
        min(window[1], max(covered[-1], window[0])) if covered else window[1],
    )
    observed_baseline = (max(baseline[0], min(covered[0], baseline[1])) if covered else baseline[0],
                         baseline[1])
    return window, baseline, observed_window, observed_baseline


def _shift_tests(counted_events: list, region: Region, observed_baseline, observed_window,
                 alpha: float, min_series_events: int) -> tuple[list[dict], str | None]:
    """(shifts, why none were tested or None): the configured shift test over the region's
    series, when the baseline holds enough events to compare against."""
    knobs = settings().ripple
    shift_status = baseline_coverage(counted_events, observed_baseline,
                                     knobs.min_baseline_events, knobs.min_baseline_days)
    shifts = [] if shift_status else component("shift_test")(
        counted_events, region, observed_baseline, observed_window, alpha=alpha,
        min_series_events=min_series_events)
    if not shift_status and not shifts:
        shift_status = "no series of the region has events to compare"
    return shifts, shift_status


def _summary(reactions: list[dict], shifts: list[dict]) -> dict:
    return {
        "reactions": len(reactions),
        "reacting_countries": sorted({r["actors"]["source"]["country"] for r in reactions
                                      if r["actors"]["source"]["country"]}),
        "significant_shifts": sum(1 for s in shifts if s["significant"]),
        "shift_tests": len(shifts),
        "series_examined": len({(s["kind"], s["series"]) for s in shifts}),
    }
