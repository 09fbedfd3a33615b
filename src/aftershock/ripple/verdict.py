"""Whether a ripple report shows the trigger reaching the watched region, and why (or why not).

A ripple is detected when the region's own actors respond to the trigger in words that name it:
- at least [ripple] `verdict_min_direct` direct reactions (the reacting event's sentence names
  the trigger, or its counterpart is a country where the shock landed; shared keywords such as
  "troops" and "mission" are not a name) by actors of the region, reported in at least
  `verdict_min_articles` different articles; or
A significant shift of the region's own series is reported beside the verdict but never decides
it: a shift says the region's coverage grew, not why, so it cannot make one article's reading of
a link into a ripple.
Reactions linked only through their story or article ("Venezuela" somewhere in the coverage) are
context, not proof: a region can share a news cycle with the trigger without reacting to it.
"""
from __future__ import annotations

from collections.abc import Mapping

from aftershock.config import settings


def is_direct(reaction: Mapping, region_countries) -> bool:
    """A reaction by the region's actors whose own sentence names the trigger (a name, place or
    entity of it; two generic keywords are not enough) or whose counterpart is where it landed."""
    source = ((reaction.get("actors") or {}).get("source") or {}).get("country")
    if source not in set(region_countries):
        return False
    return any(link.get("where") == "actor" or (link.get("where") == "sentence"
                                                and link.get("via") == "term")
               for link in reaction.get("links") or [])


def ripple_verdict(report: Mapping, min_direct: int | None = None,
                   min_articles: int | None = None) -> dict:
    """{"detected", "direct_reactions", "articles", "significant_region_shifts", "reason"};
    `min_direct` and `min_articles` default to the [ripple] `verdict_min_direct` and
    `verdict_min_articles`."""
    knobs = settings().ripple
    min_direct = knobs.verdict_min_direct if min_direct is None else min_direct
    min_articles = knobs.verdict_min_articles if min_articles is None else min_articles
    countries = (report.get("region") or {}).get("countries") or []
    direct = [r for r in report.get("reactions") or [] if is_direct(r, countries)]
    articles = {r.get("article_id") for r in direct}
    slug = (report.get("region") or {}).get("slug")
    region_shifts = [
        s
        for s in report.get("shifts") or []
        if s.get("significant") and s.get("kind") == "region" and s.get("series") == slug
    ]
    if len(direct) >= min_direct and len(articles) >= min_articles:
        detected = True
        reason = (f"{len(direct)} direct reactions by the region's actors in {len(articles)} "
                  f"articles")
    else:
        detected = False
        reason = (f"only {len(direct)} direct reaction(s) by the region's actors in "
                  f"{len(articles)} article(s)" + (", whatever the shift of its series"
                                                   if region_shifts else ""))
    return {
        "detected": detected,
        "direct_reactions": len(direct),
        "articles": len(articles),
        "significant_region_shifts": len(region_shifts),
        "reason": reason,
        "event_ids": [r.get("event_id") for r in direct],
    }
