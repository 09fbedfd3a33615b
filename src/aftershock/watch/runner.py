"""Running watchlists: automatic ripples, rules, dedup, cooldown and mute, then delivery.

`run_watchlists(app)` is what `aftershock watch run` and every monitor cycle do:
1. automatic ripple mode: each high-impact story outside a watched region (see ripple.auto) gets a
   ripple into it, stored like a manual one; an unchanged story is not analysed twice;
2. each rule proposes candidate alerts; they are taken in news-time order;
3. a candidate fires once (the store keeps one alert per watchlist, rule and ref); within
   `cooldown` seconds (news time) of an alert on the same rule and subject it is suppressed; while
   the watchlist is muted it is recorded as muted and never delivered;
4. every alert still waiting is delivered on each of the watchlist's channels.
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aftershock.config import event_filter
from aftershock.config import settings as active_settings
from aftershock.gazetteer import Region
from aftershock.ripple.auto import TriggerPolicy, choose_triggers
from aftershock.signals.series import current_events
from aftershock.store.articles import utcnow
from aftershock.watch.rules import (
    Candidate,
    anomaly_candidates,
    ripple_candidates,
    story_candidates,
    watch_scope,
)
from aftershock.watch.spec import WatchlistError, parse_when, validate_watchlist


@dataclass
class RunReport:
    fired: list[dict] = field(default_factory=list)
    muted: list[dict] = field(default_factory=list)
    suppressed: list[dict] = field(default_factory=list)
    repeated: int = 0
    ripples: int = 0
    delivery: dict = field(default_factory=dict)
    invalid: list[str] = field(default_factory=list)  # stored watchlists skipped, and why

    def summary(self) -> str:
        text = (f"watch: {len(self.fired)} alerts fired, {len(self.suppressed)} in cooldown, "
                f"{len(self.muted)} muted, {self.repeated} already fired; "
                f"{self.ripples} automatic ripples")
        if self.delivery:
            text += (f"; {self.delivery.get('delivered', 0)} deliveries, "
                     f"{self.delivery.get('failed', 0)} failed")
        if self.invalid:
            text += f"; {len(self.invalid)} invalid watchlists skipped"
        return text


def auto_ripples(app, regions: Iterable[Region], policy: TriggerPolicy | None = None,
                 triggers: dict | None = None) -> list:
    """Ripple every trigger story into each region; skip pairs already analysed since the
    story last changed. Returns the reports computed in this call; `triggers`, if given, is
    filled with {region slug: accepted trigger story ids}."""
    regions = list(regions)
    policy = policy or TriggerPolicy()
    if not regions:
        return []
    events_by_story = defaultdict(list)
    for event in app.events(**event_filter(active_settings().ripple)):
        if event.get("story_id") is not None:
            events_by_story[event["story_id"]].append(event)
    stories = app.stories()
    computed = []
    for region in regions:
        stored = {r["trigger_story_id"]: r for r in app.ripple_reports(region=region.slug)
                  if r["window_days"] == policy.window_days}
        accepted = [c for c in choose_triggers(stories, events_by_story, region, policy)
                    if c.accepted]
        if triggers is not None:
            triggers[region.slug] = {c.story["id"] for c in accepted}
        for choice in accepted:
            previous = stored.get(choice.story["id"])
            if previous and previous["created_at"] >= choice.story["updated_at"]:
                continue
            computed.append(app.ripple(choice.story["id"], region,
                                       window_days=policy.window_days))
    return computed


def _policy(settings) -> TriggerPolicy:
    return TriggerPolicy(min_outlets=settings["min_outlets"],
                         min_material_conflict=settings["min_material_conflict"],
                         max_goldstein=settings["max_goldstein"],
                         window_days=settings["window_days"])


def candidates_for(app, spec: dict, report: RunReport | None = None) -> list[Candidate]:
    """Every candidate alert of one watchlist, in news-time order (runs automatic ripples)."""
    scope = watch_scope(spec)
    rules = spec["rules"]
    since = parse_when(spec["since"]) if spec.get("since") else None
    found: list[Candidate] = []
    events = app.events(countries=sorted(
        scope.countries | {c for d in scope.dyads for c in d.split(">")}),
        **event_filter(active_settings().signals))
    events = current_events(events, active_settings().signals.recollection_days)
    articles = {a["id"]: a for a in app.articles(ids={e["article_id"] for e in events})}
    if rules["new_story"]["enabled"]:
        by_story = defaultdict(list)
        for event in events:
            by_story[event.get("story_id")].append(event)
        stories = app.stories(ids=[s for s in by_story if s is not None])
        found += story_candidates(scope, rules["new_story"], stories, by_story, articles, since)
    if rules["anomaly"]["enabled"]:
        found += anomaly_candidates(scope, rules["anomaly"], events, articles, since)
    if rules["ripple"]["enabled"] and scope.regions:
        policy = _policy(rules["ripple"])
        triggers: dict[str, set] = {}
        computed = auto_ripples(app, scope.regions, policy, triggers)
        if report is not None:
            report.ripples += len(computed)
        rows = [row for region in scope.regions
                for row in app.ripple_reports(region=region.slug)
                if row["trigger_story_id"] in triggers.get(region.slug, ())
                and row["window_days"] == policy.window_days]
        found += ripple_candidates(scope, rows, since)
    found.sort(key=lambda c: (c.at, c.rule, c.ref))
    return found


def _in_cooldown(candidate: Candidate, earlier: list[dict], cooldown: float) -> dict | None:
    if cooldown <= 0:
        return None
    for alert in earlier:
        payload = alert["payload"]
        if payload.get("rule") == candidate.rule and payload.get("subject") == candidate.subject:
            gap = abs((candidate.at - parse_when(payload["at"])).total_seconds())
            if gap <= cooldown:
                return alert
    return None


def run_watchlist(app, spec: dict, report: RunReport, now: datetime) -> None:
    """Evaluate one watchlist and record what fires (delivery is separate)."""
    name = spec["name"]
    existing = app.alerts(name)
    seen = {(a["rule"], a["ref"]) for a in existing}
    muted = bool(spec.get("muted_until")) and parse_when(spec["muted_until"]) > now
    for candidate in candidates_for(app, spec, report):
        if (candidate.rule, candidate.ref) in seen:
            report.repeated += 1
            continue
        blocker = _in_cooldown(candidate, existing, spec.get("cooldown") or 0)
        if blocker is not None:
            report.suppressed.append({"watchlist": name, "rule": candidate.rule,
                                      "ref": candidate.ref, "because_of": blocker["ref"]})
            continue
        payload = candidate.payload(name)
        status = "muted" if muted else None
        alert_id = app.add_alert(name, candidate.rule, candidate.ref, payload, status=status)
        if alert_id is None:  # fired meanwhile (another process)
            report.repeated += 1
            continue
        seen.add((candidate.rule, candidate.ref))
        record = {"id": alert_id, "watchlist": name, "rule": candidate.rule,
                  "ref": candidate.ref, "status": status, "payload": payload}
        existing.append(record)
        (report.muted if muted else report.fired).append(record)


def run_watchlists(app, names: Iterable[str] | None = None, *, now: datetime | None = None,
                   echo: Callable[[str], None] = print, deliver: bool = True,
                   sleep: Callable[[float], None] = time.sleep) -> RunReport:
    """Run the stored watchlists (all, or those named) and deliver what is waiting."""
    report = RunReport()
    now = now or utcnow()
    stored = {w["name"]: w for w in app.watchlists()}
    wanted = list(names) if names else sorted(stored)
    missing = [n for n in wanted if n not in stored]
    if missing:
        raise KeyError(f"no watchlist called {missing[0]!r}; known: "
                       f"{', '.join(sorted(stored)) or 'none'}")
    specs = {}
    for name in wanted:  # a stored spec that no longer validates is skipped, the rest run
        try:
            specs[name] = validate_watchlist(stored[name]["spec"], source=name)
        except WatchlistError as exc:
            report.invalid.append(str(exc))
    for spec in specs.values():
        run_watchlist(app, spec, report, now)
    if deliver:
        report.delivery = app.deliver_alerts(specs, echo=echo, sleep=sleep)
    return report


def mute_watchlist(store, name: str, until: datetime | None) -> dict:
    """Mute a stored watchlist until a time (None unmutes); returns the new spec."""
    row = store.watchlist(name)
    if row is None:
        raise KeyError(f"no watchlist called {name!r}")
    spec = dict(row["spec"])
    spec["muted_until"] = until.isoformat() if until else None
    spec = validate_watchlist(spec, source=name)
    store.save_watchlist(name, spec)
    return spec


def mute_for(store, name: str, seconds: float, now: datetime | None = None) -> dict:
    return mute_watchlist(store, name, (now or utcnow()) + timedelta(seconds=seconds))
