"""Sections and highlights particular to ripple briefs: measured shifts, reactions by actor and the
impact on the watched region, grouped by the outside powers its articles weigh it against."""
from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping

from aftershock.briefs.writer import BriefWriter, mentions_any, region_terms
from aftershock.gazetteer import Region, country_name, country_terms
from aftershock.ripple.reactions import is_background
from aftershock.ripple.shifts import region_and_dyad_events
from aftershock.signals.describe import short_date
from aftershock.signals.series import as_date
from aftershock.text import CALENDAR_WORDS, name_runs

from ..config import settings

THE_REGIONS = ("Peninsula", "Caribbean", "Middle East", "Gulf", "Sahel", "Horn", "Balkans",
               "Caucasus", "states", "Lakes")
# Words analysts use when they weigh what a shock means for a region's ties and security
ANALYTIC_CUES = re.compile(
    r"\b(allian\w*|all(?:y|ies)|deterr\w*|commitment\w*|credib\w*|strategic\w*|security|"
    r"bandwidth|doubts?|questions?|stabil\w*|hegemon\w*|balanc\w*|precedent|signal\w*|"
    r"partnership|self-reliance|nuclear|unilateral\w*|multipolar|hedg\w*|leverage|"
    r"influence|order|consult\w*|role|contrast\w*|steady|vision)\b", re.IGNORECASE)
# How an actor presents itself: "presented their country as a stabiliser", "casts itself as"
STANCE_CUES = re.compile(r"\b(present\w*|cast\w*|portray\w*|position\w*|itself as|"
                         r"themselves as|sees? itself)\b", re.IGNORECASE)
DEED_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
LEADING_ARTICLES = frozenset({"the", "a", "an"})
YEAR = re.compile(r"(?:19|20)\d\d(?:s)?")


def region_phrase(name: str) -> str:
    return f"the {name}" if any(word in name for word in THE_REGIONS) else name


def series_label(kind: str, key: str, region_name: str) -> str:
    if kind == "region":
        return f"events involving {region_phrase(region_name)}"
    source, _, target = key.partition(">")
    return f"events from {country_name(source)} toward {country_name(target)}"


def shift_sentence(shift: Mapping, region_name: str) -> str:
    label = series_label(shift["kind"], shift["series"], region_name)
    verb = {"up": "rose", "down": "fell", "flat": "held"}[shift.get("direction", "flat")]
    q_value = float(shift["q_value"])
    q = "q < 0.001" if q_value < 0.001 else f"q = {q_value:.2g}"
    if shift["metric"] == "share_of_events":
        return (f"The share of all coded events that were {label} {verb} from "
                f"{shift['before']:.1%} to {shift['after']:.1%} after the trigger ({q}; raw "
                f"{shift['raw_before']:.2g} to {shift['raw_after']:.2g} a day).")
    if shift["metric"] == "count_per_day":
        return (
            f"Coded {label} {verb} from {shift['before']:.2g} to {shift['after']:.2g} a day after "
            f"the trigger (rate ratio {shift['effect']:.2g}, {q})."
        )
    if shift["metric"] == "conflict_share":
        return (f"The conflict share of {label} {verb} from {shift['before']:.0%} to "
                f"{shift['after']:.0%} after the trigger ({q}).")
    return (f"The mean Goldstein score of {label} {verb} from {shift['before']:.2g} to "
            f"{shift['after']:.2g} after the trigger (Cohen's d {shift['effect']:.2g}, {q}).")


def shift_drivers(writer: BriefWriter, shift: Mapping, ripple: Mapping, region: Region) -> list:
    """The two most intense events behind a shift, which its sentence cites."""
    window = (as_date(ripple["window"]["start"]),
              as_date(ripple["window"].get("observed_end") or ripple["window"]["end"]))
    grouped = region_and_dyad_events(writer.events, region)
    drivers = [e for e in grouped.get((shift["kind"], shift["series"]), [])
               if window[0] <= as_date(e["date"]) <= window[1]]
    drivers.sort(key=lambda e: -abs(float(e.get("goldstein") or 0.0)))
    return drivers[:2]


def shift_highlight(writer: BriefWriter, shift: Mapping, ripple: Mapping, region: Region):
    label = series_label(shift["kind"], shift["series"], region.name)
    verb = {"up": "rose", "down": "fell", "flat": "held"}[shift.get("direction", "flat")]
    if shift["metric"] == "share_of_events":
        text = (f"The share of all coded events that were {label} {verb} from "
                f"{shift['before']:.1%} to {shift['after']:.1%}")
    elif shift["metric"] == "count_per_day":
        text = (f"Coded {label} {verb} from {shift['before']:.2g} to {shift['after']:.2g} a day")
    elif shift["metric"] == "conflict_share":
        text = (f"The conflict share of {label} {verb} from {shift['before']:.0%} "
                f"to {shift['after']:.0%}")
    else:
        text = (f"The mean Goldstein score of {label} {verb} from {shift['before']:.2g} "
                f"to {shift['after']:.2g}")
    end = ripple["window"].get("observed_end") or ripple["window"]["end"]
    text += f" ({short_date(ripple['window']['start'])}–{short_date(end)})"
    drivers = shift_drivers(writer, shift, ripple, region)
    item = writer.sentence(text, [e.get("article_id") for e in drivers], ripple["window"]["start"],
                           [e.get("id") for e in drivers], remember=False)
    if item:
        item["derived"] = "signals"  # measured from coded events; cites the events' articles
    return item


def reaction_kind(reaction: Mapping) -> tuple:
    return (reaction["actors"]["source"]["country"], str(reaction["root"]),
            (reaction["actors"].get("target") or {}).get("country"))


def reaction_weight(reaction: Mapping, reports: int) -> float:
    """How much a reaction belongs in the highlights: its link to the trigger (the ripple's
    score), how many articles report that kind of act (capped: corroboration, not volume), a
    premium for deeds (a launch, a deployment) over words and a penalty for bare statements
    (CAMEO 01), which every report is full of."""
    root = str(reaction.get("root") or "")
    deed, statement = root in DEED_ROOTS, root == "01"
    weights = settings().brief_weights
    return (float(reaction.get("score") or 0.0) + weights.reaction_reports * min(reports, 6)
            + weights.reaction_deed * deed - weights.reaction_statement * statement)


def _round_robin(queues: OrderedDict, limit: int) -> list[Mapping]:
    picked, kinds_seen = [], set()
    while len(picked) < limit and any(queues.values()):
        for country, queue in queues.items():
            while queue and (country, queue[0]["root"]) in kinds_seen:
                queue.pop(0)
            if queue and len(picked) < limit:
                reaction = queue.pop(0)
                kinds_seen.add((country, reaction["root"]))
                picked.append(reaction)
    return picked


def diverse_reactions(reactions: list[Mapping], events_by_id: Mapping, limit: int,
                      region_countries: Iterable[str] = ()) -> list[Mapping]:
    """Reactions most widely reported first, each reacting country in turn before any country's
    second; the region's own countries first, their counterparts only if that leaves room."""
    inside, outside = OrderedDict(), OrderedDict()
    members = set(region_countries)
    reports = Counter()
    for key, _article in {(reaction_kind(r), r["article_id"]) for r in reactions}:
        reports[key] += 1  # distinct articles per kind of act
    ranked = sorted(reactions, key=lambda r: (-reaction_weight(r, reports[reaction_kind(r)]),
                                              -abs(float(r.get("goldstein") or 0.0))))
    for reaction in ranked:
        if reaction["event_id"] in events_by_id:
            country = reaction["actors"]["source"]["country"] or ""
            (inside if country in members else outside).setdefault(country, []).append(reaction)
    picked = _round_robin(inside, limit)
    picked += _round_robin(outside, limit - len(picked))
    return [events_by_id[r["event_id"]] for r in picked]


def group_by_actor(reactions: list[Mapping], region_countries: set) -> OrderedDict:
    groups: OrderedDict = OrderedDict()
    for reaction in sorted(reactions, key=lambda r: (r["date"], -r["score"])):
        source = reaction["actors"]["source"]["country"]
        target = (reaction["actors"].get("target") or {}).get("country")
        actor = source if (source in region_countries or not target) else target
        groups.setdefault(actor or "", []).append(reaction)
    return groups


def reaction_paragraphs(writer: BriefWriter, groups, events_by_id, per_actor=3,
                        must_name_actor: bool = False) -> list[dict]:
    """One dated paragraph per reacting actor: a sentence for each of its weightiest kinds of
    act (a condemnation, a launch, a warning) before a second on any of them, extracted from the
    reports and then put in date order. With `must_name_actor`, a sentence must name the actor's
    country (when no watched region frames the section, the heading alone cannot vouch for an
    unnamed "diplomat")."""
    paragraphs = []
    for actor, reactions in groups.items():
        own_terms = country_terms(actor) if actor else ()
        others = [t for other in groups if other and other != actor for t in country_terms(other)]

        def misattributed(text: str, own_terms=own_terms, others=others) -> bool:
            """Names another actor and not this one (or, with must_name_actor, not this one):
            likely a coding slip."""
            return bool(own_terms and not mentions_any(text, own_terms) and (
                must_name_actor or mentions_any(text, others)))

        weight = _kind_weights(reactions)
        candidates = _reaction_candidates(writer, reactions, weight, misattributed)
        candidates += _uncovered_event_candidates(writer, reactions, events_by_id, weight,
                                                  candidates, misattributed)
        sentences = _weightiest_sentences(writer, candidates, weight, per_actor)
        if sentences:
            sentences.sort(key=lambda s: (s.get("date") or ""))
            heading = country_name(actor, capitalise=True) if actor else "Other actors"
            paragraphs.append({"heading": heading, "style": "dated", "sentences": sentences})
    return paragraphs


def detail_words(text: str) -> set[str]:
    """The names and figures a sentence states: capitalised words after its first (not days
    and months: the brief dates every act), numbers."""
    words = {re.sub(r"['’]s$", "", w.strip(".,;:()'\"‘’“”")) for w in text.split()[1:]}
    return {w for w in words if w and w.lower() not in CALENDAR_WORDS
            and (w[0].isupper() or any(c.isdigit() for c in w))}


def detail_count(text: str, said: Iterable[str] = (), cap: int = 6) -> int:
    """How many names and figures a sentence states that nothing in `said` has, up to `cap`:
    an analyst needs who, where and how many, each once, not a paraphrase."""
    known = set().union(*(detail_words(s) for s in said)) if said else set()
    return min(len(detail_words(text) - known), cap)


def full_names(text: str) -> set[str]:
    """The names of two or more words a sentence states ("Kari Dahl", "Bank of Norland"): who
    acted, who spoke, which company, named in full."""
    names = set()
    for run in name_runs(text):
        words = [w for w in run.split() if w.lower() not in CALENDAR_WORDS]
        while words and words[0].lower() in LEADING_ARTICLES:
            words = words[1:]
        if len(words) >= 2:
            names.add(" ".join(words))
    return names


def figures(text: str) -> set[str]:
    """The figures a sentence states ("24", "6.4%", "$4.2"): a word holding a digit, not a
    year nor a day of a month (a date says when, not how many)."""
    words = [w.strip(".,;:()'\"‘’“”") for w in text.split()]
    found = set()
    for i, word in enumerate(words):
        around = {w.lower() for w in words[max(i - 1, 0):i + 2]}
        if any(c.isdigit() for c in word) and not YEAR.fullmatch(word) \
                and not (word.isdigit() and around & CALENDAR_WORDS):
            found.add(word)
    return found


def adds_name_or_figure(text: str, said: Iterable[str]) -> bool:
    """Whether a sentence states a figure or a full name (one of its words) that nothing in
    `said` has: a detail, not a paraphrase."""
    said = list(said)
    known_figures = set().union(*(figures(s) for s in said)) if said else set()
    name_words = {w for s in said for n in full_names(s) for w in n.split()}
    return bool(figures(text) - known_figures
                or any(set(n.split()) - name_words for n in full_names(text)))


def choose_detailed(writer: BriefWriter, pool: list[dict], limit: int) -> list[dict]:
    """Choose `limit` sentences one at a time, each time crediting a candidate with the names and
    figures it would add to what the brief has said so far (on top of its own bonus)."""
    chosen = []
    detail_weight = settings().briefs.detail_weight
    for _ in range(limit):
        said = list(writer.said)
        for candidate in pool:
            candidate.setdefault("base_bonus", candidate.get("bonus", 0.0))
            candidate["bonus"] = candidate["base_bonus"] + detail_weight * detail_count(
                candidate["text"], said)
        picked = writer.choose(pool, 1)
        if not picked:
            break
        chosen += picked
    return chosen


def story_key(reaction: Mapping):
    story = reaction.get("story_id")
    return story if story is not None else ("article", reaction["article_id"])


def reactions_by_story(writer: BriefWriter, reactions: list[Mapping], events_by_id: Mapping,
                       region_countries: set, limit: int, per_story: int,
                       trigger_story=None) -> list[dict]:
    """The Reactions section of a ripple brief: one dated paragraph per reacting actor, its
    sentences dealt round-robin over the linked reaction stories (the story with the most
    probable link first), so every story is stated once before any story twice and no story
    more than `per_story` times, `limit` sentences in all. A story's sentence favours its earliest
    report, the article's opening, the weightiest kind of act and names and figures. Reactions
    inside the trigger's own story are stated by the sentences carrying them only (its other
    sentences tell the trigger, which What happened states)."""
    groups = group_by_actor(reactions, region_countries)
    actor_of = {r["event_id"]: actor for actor, rs in groups.items() for r in rs}
    stories: dict = {}
    for reaction in sorted(reactions, key=lambda r: (-float(r.get("score") or 0.0), r["date"])):
        stories.setdefault(story_key(reaction), []).append(reaction)
    members: dict = {}  # the story's articles in the brief, linked to the trigger or not
    for article_id, article in writer.articles.items():
        members.setdefault(article.get("story_id"), []).append(article_id)
    pools = {key: _story_pool(writer, key, story_reactions, members.get(key, []), actor_of,
                              list(groups), events_by_id, trigger_story)
             for key, story_reactions in stories.items()}
    chosen = _deal_by_story(writer, pools, limit, per_story)
    return _actor_paragraphs(chosen)


def _story_pool(writer: BriefWriter, key, story_reactions: list[Mapping], members: list,
                actor_of: Mapping, order: list, events_by_id: Mapping, trigger_story
                ) -> list[dict]:
    """The candidate sentences of one reaction story, each with the actor it is about: its
    linked reactions, its events no sentence covers yet and (outside the trigger's story) its
    other sentences; its earliest report gets a bonus."""
    pool = []
    weight = _kind_weights(story_reactions)
    articles = writer.canonical_ids([r["article_id"] for r in story_reactions] + members)
    first = min(writer.published(a) for a in articles)
    actors = list(dict.fromkeys(actor_of[r["event_id"]] for r in story_reactions))
    for actor in actors:
        own = [r for r in story_reactions if actor_of[r["event_id"]] == actor]
        misattributed = _misattribution(actor, order)
        found = _reaction_candidates(writer, own, weight, misattributed)
        found += _uncovered_event_candidates(writer, own, events_by_id, weight, found,
                                             misattributed)
        if key != trigger_story:
            found += _story_context(writer, own, articles, weight, found, misattributed,
                                    main=actor == actors[0])
        for candidate in found:
            candidate["actor"] = actor
            candidate["bonus"] += settings().brief_weights.first_report * (
                writer.published(candidate["article_id"]) == first) \
                - settings().briefs.commentary_penalty * is_background(candidate["text"])
        pool += found
    return pool


def _deal_by_story(writer: BriefWriter, pools: dict, limit: int,
                   per_story: int) -> list[dict]:
    """Sentences dealt one per story per round, in the order of the pools, up to `per_story`
    rounds and `limit` sentences; each the story's best not yet said. The first round states
    each story's act; in later rounds another report of an act earns no credit for the act
    itself, only for the names and figures it adds (choose_detailed). A story gets at most
    [briefs] `reaction_per_report` sentences per article reporting it: what one report alone
    tells is the story's act, and a second paragraph of a lone, perhaps loosely linked, report
    would crowd out the details of stories several outlets carry."""
    chosen: list[dict] = []
    per_report = settings().briefs.reaction_per_report
    reports = {key: len({c["article_id"] for c in pool}) for key, pool in pools.items()}
    for round_ in range(per_story):
        for key, pool in pools.items():
            if len(chosen) >= limit:
                break
            if round_ >= per_report * reports[key]:
                continue
            pool[:] = writer.unsaid(pool)
            if round_:
                _drop_kind_credit(pool)
            for sentence in choose_detailed(writer, pool, 1):
                actor = next(c["actor"] for c in pool if c["text"] == sentence["text"])
                chosen.append(dict(sentence, actor=actor))
    return chosen


def _drop_kind_credit(pool: list[dict]) -> None:
    """Take the credit for the kind of act it reports off every candidate (once its story has
    stated its act, a sentence is worth what else it says)."""
    for candidate in pool:
        if candidate.get("kind_bonus"):
            candidate["bonus"] = candidate.get("base_bonus", candidate["bonus"]) \
                - candidate["kind_bonus"]
            candidate["kind_bonus"] = 0.0
            candidate.pop("base_bonus", None)


def _actor_paragraphs(chosen: list[dict]) -> list[dict]:
    """One dated paragraph per actor, in the order their stories were dealt."""
    paragraphs = []
    for actor in dict.fromkeys(c["actor"] for c in chosen):
        sentences = sorted(({k: v for k, v in c.items() if k != "actor"}
                            for c in chosen if c["actor"] == actor),
                           key=lambda c: c.get("date") or "")
        heading = country_name(actor, capitalise=True) if actor else "Other actors"
        paragraphs.append({"heading": heading, "style": "dated", "sentences": sentences})
    return paragraphs


def _story_context(writer: BriefWriter, own: list[Mapping], articles: list, weight: dict,
                   found: list[dict], misattributed, main: bool) -> list[dict]:
    """The story's other sentences: a report of the same kind of act in an article the link
    did not reach (often the story's earliest), ranked as a reaction; and who acted and the
    figures, often stated next, below those (the story's other articles' only for its main
    actor)."""
    stated = {c["text"] for c in found}
    own_articles = set(writer.canonical_ids(r["article_id"] for r in own))
    own_kinds = {reaction_kind(r) for r in own}
    context = []
    for candidate in writer.candidates(articles):
        if candidate["text"] in stated or misattributed(candidate["text"]):
            continue
        kinds = {(e.get("source_country"), str(e.get("root")), e.get("target_country"))
                 for e in candidate["events"]} & own_kinds
        kind_bonus = (max(weight[k] for k in kinds) / settings().brief_weights.kind_divisor
                      if kinds else 0.0)
        if kinds:
            bonus = kind_bonus + lead_bonus(candidate)
        elif main or candidate["article_id"] in own_articles:
            bonus = lead_bonus(candidate) - settings().briefs.context_penalty
        else:
            continue
        stated.add(candidate["text"])
        context.append(dict(candidate, kinds=kinds, bonus=bonus, kind_bonus=kind_bonus))
    return context


def _misattribution(actor, actors):
    own_terms = country_terms(actor) if actor else ()
    others = [t for other in actors if other and other != actor for t in country_terms(other)]

    def misattributed(text: str) -> bool:
        """Names another actor and not this one: likely a coding slip."""
        return bool(own_terms and not mentions_any(text, own_terms)
                    and mentions_any(text, others))
    return misattributed


def _kind_weights(reactions: list[Mapping]) -> dict:
    """Each kind of act's weight: that of its weightiest reaction (reaction_weight, with the
    number of distinct articles reporting the kind)."""
    reports = Counter()
    for key, _article in {(reaction_kind(r), r["article_id"]) for r in reactions}:
        reports[key] += 1
    weight: dict = {}
    for reaction in reactions:
        kind = reaction_kind(reaction)
        weight[kind] = max(weight.get(kind, 0.0), reaction_weight(reaction, reports[kind]))
    return weight


def _reaction_candidates(writer: BriefWriter, reactions, weight: dict,
                         misattributed) -> list[dict]:
    """The reports' sentences carrying a reaction's event, each with the kinds of act it states
    and a bonus for the weightiest of them."""
    kind_of = {r["event_id"]: reaction_kind(r) for r in reactions}
    divisor = settings().brief_weights.kind_divisor
    candidates = []
    for candidate in writer.candidates(r["article_id"] for r in reactions):
        kinds = {kind_of[e.get("id")] for e in candidate["events"] if e.get("id") in kind_of}
        if not kinds or misattributed(candidate["text"]):
            continue
        candidate["kinds"] = kinds
        candidate["kind_bonus"] = max(weight[k] for k in kinds) / divisor
        candidate["bonus"] = candidate["kind_bonus"] + lead_bonus(candidate)
        candidates.append(candidate)
    return candidates


def _uncovered_event_candidates(writer: BriefWriter, reactions, events_by_id, weight: dict,
                                candidates: list[dict], misattributed) -> list[dict]:
    """A sentence for each reaction whose event no candidate carries: its event's sentence."""
    covered = {e.get("id") for c in candidates for e in c["events"]}
    fallbacks = []
    for reaction in reactions:
        event = events_by_id.get(reaction["event_id"])
        if reaction["event_id"] in covered or not event:
            continue
        fallback = writer.event_candidate(event)
        if fallback and not misattributed(fallback["text"]):
            fallback["kinds"] = {reaction_kind(reaction)}
            fallback["bonus"] = fallback["kind_bonus"] = (
                weight[reaction_kind(reaction)] / settings().brief_weights.kind_divisor)
            fallbacks.append(fallback)
    return fallbacks


def _weightiest_sentences(writer: BriefWriter, candidates: list[dict], weight: dict,
                          per_actor: int) -> list[dict]:
    """One sentence per kind of act, weightiest kind first, up to `per_actor`."""
    sentences = []
    for kind in sorted(weight, key=lambda k: -weight[k]):
        if len(sentences) >= per_actor:
            break
        sentences += writer.choose([c for c in candidates if kind in c["kinds"]], 1)
    return sentences


def _pairs(writer: BriefWriter, candidates: list[dict], members: list[str], excluded: set):
    """(region country, outside power) pairs, the most weighed-up first, one per power: how many
    analytic sentences that are not reactions themselves speak of both (or of the power, in an
    article whose title names the region country). Pairs with fewer than two such sentences are
    left out."""
    actors = {c for e in writer.events for c in (e.get("source_country"), e.get("target_country"))
              if c and c not in excluded and not str(c).startswith("IGO")}
    counts = Counter()
    for member in members:
        for power in actors:
            counts[(member, power)] = len(_pair_pool(writer, candidates, member, power, True))
    pairs, powers = [], set()
    for (member, power), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= 2 and power not in powers:  # each power once, with the member it matters most to
            powers.add(power)
            pairs.append((member, power))
    return pairs


def _pair_pool(writer, candidates, member: str, power: str, analytic_only: bool) -> list[dict]:
    member_terms, power_terms = country_terms(member), country_terms(power)
    pool = []
    for candidate in candidates:
        if not mentions_any(candidate["text"], power_terms):
            continue
        title = writer.articles[candidate["article_id"]].get("title") or ""
        if not (mentions_any(candidate["text"], member_terms) or mentions_any(title, member_terms)):
            continue
        if analytic_only and (
            candidate.get("is_reaction") or not ANALYTIC_CUES.search(candidate["text"])
        ):
            continue
        pool.append(candidate)
    return pool


def impact_paragraphs(writer: BriefWriter, ripple: Mapping, region: Region,
                      trigger_ids: list, focal: set) -> list[dict]:
    """The measured shift, then what the region's articles say about its ties with the outside
    powers they name most (an alliance tested, a neighbour positioning itself)."""
    stated = []
    for shift in [s for s in ripple.get("shifts", []) if s["significant"]][:1]:
        drivers = shift_drivers(writer, shift, ripple, region)
        sentence = writer.sentence(
            shift_sentence(shift, region.name),
            [e.get("article_id") for e in drivers],
            ripple["window"]["start"],
            [e.get("id") for e in drivers],
        )
        if sentence:
            sentence["derived"] = "signals"
            stated.append(sentence)
    places = region_terms(region.countries)
    entities = (ripple["trigger"].get("terms") or {}).get("entities") or []
    related = [a for a, article in writer.articles.items()
               if a not in set(trigger_ids) and article.get("brief_role") != "followup"]
    candidates = []
    reacted = {r["event_id"] for r in ripple.get("reactions", [])}
    weights = settings().brief_weights
    for candidate in writer.candidates(related):  # every one of these articles is the region's
        # a reaction itself is stated under Reactions; impact is what it means
        is_reaction = bool({e.get("id") for e in candidate["events"]} & reacted)
        candidate["is_reaction"] = is_reaction
        analytic = min(len(ANALYTIC_CUES.findall(candidate["text"])), 3)
        candidate["bonus"] = (
            weights.impact_analytic_cue * analytic
            + weights.impact_trigger_entity * mentions_any(candidate["text"], entities)
            + weights.impact_region_place * mentions_any(candidate["text"], places)
            + weights.impact_lead_share * lead_bonus(candidate)
            - weights.impact_reaction * is_reaction
            - weights.joined_sentence * (candidate.get("repair") == "joined"))
        candidates.append(candidate)
    paragraphs = [{"sentences": stated}]
    pairs = _pairs(writer, candidates, list(region.countries), set(region.countries) | focal)
    knobs = settings().briefs
    limit = knobs.power_sentences
    for member, power in pairs[:knobs.impact_powers]:
        pool = _pair_pool(writer, candidates, member, power, True)
        stated_fact = _dyad_fact(writer, related, {member}, power)
        # one sentence on the power's own stance ("China presented itself as ..."), then the rest
        stances = [dict(c, bonus=c["bonus"]
                        + weights.impact_stance_cue * bool(STANCE_CUES.search(c["text"])))
                   for c in _pair_pool(writer, candidates, member, power, False)
                   if _leads_with(c["text"], power, member) and ANALYTIC_CUES.search(c["text"])]
        own_stance = writer.choose(stances, 1, coverage_weight=weights.impact_coverage)
        chosen = own_stance + writer.choose(pool, limit - len(stated_fact) - len(own_stance),
                                            coverage_weight=weights.impact_coverage)
        paragraphs.append(
            {
                "heading": f"{country_name(member, capitalise=True)} and {country_name(power)}",
                "sentences": sorted(stated_fact + chosen, key=lambda s: s.get("date") or ""),
            }
        )
    return paragraphs


def _leads_with(text: str, power: str, member: str) -> bool:
    """True when the power is named in the sentence's first words, before the region's country:
    the sentence is about what the power does or stands for ("Chinese officials presented their
    country as a stabiliser ..."), not about the region."""
    def first(code):
        places = [text.find(term) for term in country_terms(code) if term in text]
        return min(places) if places else len(text) + 1
    opening = len(" ".join(text.split()[:3]))  # named in the subject, not in passing
    return first(power) <= opening and first(power) < first(member)


def _dyad_fact(writer: BriefWriter, article_ids: list, members: set, power: str) -> list[dict]:
    """The most widely reported act between the region's countries and an outside power (a
    summit, a request), in its plainest report, as the paragraph's first sentence."""
    def dyadic(event):
        pair = {event.get("source_country"), event.get("target_country")}
        return power in pair and bool(pair & members)
    reports = Counter()
    for kind, _article in {((e.get("source_country"), str(e.get("root")), e.get("target_country")),
                            writer.sources.canonical(e.get("article_id")))
                           for e in writer.events if dyadic(e)}:
        reports[kind] += 1
    pool = []
    for candidate in writer.candidates(article_ids):
        kinds = [(e.get("source_country"), str(e.get("root")), e.get("target_country"))
                 for e in candidate["events"] if dyadic(e)]
        if kinds and candidate.get("repair") == "ok":
            candidate["bonus"] = settings().brief_weights.dyad_report * min(
                max(reports[k] for k in kinds), 4) + lead_bonus(candidate)
            pool.append(candidate)
    return writer.choose(pool, 1)


def lead_bonus(candidate: Mapping) -> float:
    """News puts the gist first: the opening paragraphs of an article outrank its later ones."""
    paragraph = (candidate.get("position") or (9, 9))[0]
    weights = settings().brief_weights
    return {0: weights.lead_first_paragraph, 1: weights.lead_second_paragraph}.get(paragraph, 0.0)
