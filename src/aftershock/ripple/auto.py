"""Automatic ripple mode: which stored stories are high-impact shocks worth a ripple into a region.

A story is a trigger for a watched region when
- it is high-impact: reported by at least `min_outlets` outlets, with at least
  `min_material_conflict` material-conflict events (QuadClass 4) at or below `max_goldstein`
  whose target country is coded;
- it happens outside the region: less than `max_region_share` of its events involve the region's
  countries (a North Korean launch is news *in* the Korean Peninsula, not a shock reaching it);
- it is a new shock: no earlier trigger within `window_days` landed on the same focal countries,
  none of its own severe events lands there and its headline does not name them (the court
  hearing of a captured leader, or a UN debate on the raid, is a follow-up of the raid, covered by
  the raid's ripple).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from aftershock.config import settings
from aftershock.gazetteer import Region, country_terms
from aftershock.ripple.terms import focal_countries
from aftershock.signals.series import as_date, region_has_event
from aftershock.text import find_terms


@dataclass(frozen=True)
class TriggerPolicy:
    min_outlets: int = 3
    min_material_conflict: int = 2
    max_goldstein: float = -5.0
    max_region_share: float = 0.2
    window_days: int = field(default_factory=lambda: settings().ripple.window_days)


@dataclass
class TriggerChoice:
    story: Mapping
    accepted: bool
    reason: str
    focal: list[str] = field(default_factory=list)


def material_conflict(events: Iterable[Mapping], max_goldstein: float) -> list[Mapping]:
    """Severe material-conflict events that land on a country (a target is coded)."""
    return [e for e in events if int(e.get("quad") or 0) == 4 and e.get("target_country")
            and float(e.get("goldstein") or 0.0) <= max_goldstein]


def region_share(events: list[Mapping], region: Region) -> float:
    """Share of a story's events with a source or target in the region."""
    if not events:
        return 0.0
    return sum(1 for e in events if region_has_event(region, e)) / len(events)


def choose_triggers(stories: Iterable[Mapping], events_by_story: Mapping[int, list[Mapping]],
                    region: Region, policy: TriggerPolicy = TriggerPolicy()) -> list[TriggerChoice]:
    """Every story judged as a trigger for the region, oldest first, with the reason."""
    choices: list[TriggerChoice] = []
    accepted: list[TriggerChoice] = []
    for story in sorted(stories, key=lambda s: (s["first_seen"], s["id"])):
        events = events_by_story.get(story["id"], [])
        severe = material_conflict(events, policy.max_goldstein)
        if story.get("n_outlets", 0) < policy.min_outlets:
            choices.append(TriggerChoice(story, False, f"{story.get('n_outlets', 0)} outlet(s), "
                                                       f"fewer than {policy.min_outlets}"))
            continue
        if len(severe) < policy.min_material_conflict:
            choices.append(TriggerChoice(story, False, f"{len(severe)} material-conflict event(s) "
                                                       f"at or below Goldstein "
                                                       f"{policy.max_goldstein:g}"))
            continue
        share = region_share(events, region)
        if share >= policy.max_region_share:
            choices.append(TriggerChoice(story, False, f"{share:.0%} of its events involve "
                                                       f"{region.name}: news inside the region"))
            continue
        focal = focal_countries(story, events, set(region.countries))
        day = as_date(story["first_seen"])
        landed = set(focal) | {e["target_country"] for e in severe}
        headline = story.get("headline") or ""
        earlier = next((c for c in accepted
                        if (set(c.focal) & landed or any(find_terms(headline, country_terms(code))
                                                         for code in c.focal))
                        and day - as_date(c.story["first_seen"]) <= timedelta(
                            days=policy.window_days)), None)
        if earlier is not None:
            choices.append(TriggerChoice(story, False, f"follow-up of story {earlier.story['id']} "
                                                       f"(same shock: {', '.join(focal)})", focal))
            continue
        choice = TriggerChoice(story, True, f"{len(severe)} material-conflict events, "
                                            f"{story.get('n_outlets')} outlets, shock in "
                                            f"{', '.join(focal) or 'unknown'}", focal)
        accepted.append(choice)
        choices.append(choice)
    return choices
