"""Dependency-based event extraction: who did what to whom in one parsed sentence.

For each verb the pattern book knows, the extractor finds the source (active
subject, or the "by" agent of a passive), the targets (object, passive
subject, the object of with/against/on/to..., or of a venue preposition such
as "in"/"at" only when nothing else is named), expands coordinated actors into
one event each (and coordinated partners of a joint act into each other's
targets), drops negated events, turns future or intended conflict into threats
(13x) and intended cooperation into intentions (03x), and codes what a reported
clause says rather than the act of saying it; a sentence that only reports
speech codes as a statement (010). Who a noun names is actor_roles.py's part.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from aftershock.coding.actor_roles import (
    OWN_KIND,
    ActorResolution,
    as_source,
    domestic,
    located,
    owned_by,
    unique_actors,
)
from aftershock.coding.actors import Actor, ActorDictionary
from aftershock.coding.dates import DateMention, find_date_mentions
from aftershock.coding.patterns import PatternBook
from aftershock.coding.syntax import (
    AIMING_PREPS,
    COMPLEMENT_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_PREPS,
    SUBJECT_DEPS,
    TARGET_PREPS,
    VENUE_PREPS,
    clause_penalty,
    conditional,
    conjuncts,
    governors,
    hypothetical,
    inherited_subject,
    is_future,
    negated,
    noun_phrases,
    prep_objects,
)


@dataclass
class DocumentContext:
    """What earlier sentences of the same document said: used to resolve "it" and "the ministry".
    A bare sector ("the ministry") takes the country of the last actor with that role if it was
    named in the last two sentences, else the dateline country, else that older actor's country."""
    last_source: Actor | None = None
    home: str | None = None  # dateline country
    position: int = 0
    by_role: dict[str, tuple[Actor, int]] = field(default_factory=dict)

    def remember(self, actors: list[Actor], position: int) -> None:
        for actor in actors:
            if actor.country and actor.role:
                self.by_role[actor.role] = (actor, position)

    def country_for(self, role: str) -> Actor | None:
        remembered = self.by_role.get(role)
        if remembered is not None and self.position - remembered[1] <= 2:
            return remembered[0]
        if self.home:
            return Actor(self.home + role, self.home, "", kind="agent", role=role)
        return remembered[0] if remembered else None


@dataclass
class Candidate:
    code: str
    source: Actor
    target: Actor | None
    place: str | None
    confidence: float
    when: DateMention | None = None  # the date phrase that dates the event, if any


class SentenceExtractor(ActorResolution):
    """Extracts event candidates from one parsed sentence (a spaCy Doc or Span)."""

    def __init__(self, patterns: PatternBook, actors: ActorDictionary):
        self.patterns = patterns
        self.actors = actors

    def extract(self, doc, mentions: list[Actor], context: DocumentContext) -> list[Candidate]:
        self._mention_at = {}
        for actor in mentions:
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self._mention_at[token.i] = actor
        self._context = context
        self._dates = find_date_mentions(doc.text)
        by_verb: dict[int, list[Candidate]] = {}
        verbs = [t for t in doc if t.pos_ == "VERB" or (t.tag_.startswith("VB") and t.dep_ != "aux")]
        for token in verbs:
            by_verb[token.i] = self._events_for_verb(token, doc)
        candidates = []
        for token in verbs:
            if self._is_governor(token) and any(
                    by_verb.get(c.i) for c in token.children if c.dep_ in COMPLEMENT_DEPS):
                continue  # the complement carries the event ("vowed to retaliate")
            if _elaborates(token, by_verb):
                continue  # "struck the base, destroying vehicles and killing dozens": one event
            candidates.extend(by_verb[token.i])
        return candidates or self._statement(verbs)

    def _statement(self, verbs) -> list[Candidate]:
        """A sentence whose only act is saying something ("Lavrov said the plan was a trick")
        codes as a statement (010) by the speaker, aimed at whom the clause is about."""
        for verb in verbs:
            if verb.lemma_.lower() not in self.patterns.speech_verbs or negated(verb) \
                    or hypothetical(verb) or verb.dep_ not in ("ROOT", "conj"):
                continue
            sources, penalty = self._sources(verb, passive=False)
            if not sources:
                continue
            targets = self._clause_subjects(verb)
            source = sources[0]
            target = next((t for t in targets if t.country != source.country or not t.country), None)
            return [Candidate("010", source, target, self._place(verb),
                              round(max(0.05, 0.5 - penalty), 2), self._when(verb))]
        return []

    def _is_governor(self, verb) -> bool:
        lemma = verb.lemma_.lower()
        return lemma in self.patterns.intent_verbs or lemma in self.patterns.refusal_verbs \
            or lemma in self.patterns.negating_verbs

    # -- codes ------------------------------------------------------------
    def _code_for(self, verb) -> tuple[str | None, str, object]:
        """(code, how, event_noun) for a verb: its own pattern first, then a light-verb noun."""
        lemma = verb.lemma_.lower()
        particle = next((c.lemma_.lower() for c in verb.children if c.dep_ == "prt"), "")
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if any(c.dep_ == "auxpass" for c in verb.children):
            objects += [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        phrases = [p for obj in objects for p in noun_phrases(obj)]
        phrases += [p for obj in objects for pobj in prep_objects(obj, ("in", "of", "for"))
                    for p in noun_phrases(pobj)]
        preps = [c.lemma_.lower() for c in verb.children if c.dep_ in ("prep", "agent")]
        aimed = any(c.lemma_.lower() in AIMING_PREPS and self._prep_actor(c) for c in verb.children
                    if c.dep_ == "prep")
        if lemma not in self.patterns.speech_verbs or lemma in self.patterns.verbs:
            civil = self.patterns.civil_alert_modifiers

            def context_words() -> set[str]:  # only computed for verbs with context rules
                return {t.lemma_.lower() for t in verb.subtree if not any(
                    c.dep_ == "compound" and c.lemma_.lower() in civil for c in t.children)}
            code, how = self.patterns.verb_code(lemma, particle, phrases, preps, aimed, context_words)
            if code and how != "verb":
                return code, how, None
        else:
            code, how = None, ""
        if lemma == "be":
            for adjective in verb.children:
                if adjective.dep_ == "acomp" and adjective.lemma_.lower() in self.patterns.adjectives:
                    return self.patterns.adjectives[adjective.lemma_.lower()], "verb", None
        if lemma in self.patterns.light_verbs:
            for obj in objects:
                modifiers = [c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")]
                noun_code = self.patterns.noun_code(noun_phrases(obj), modifiers)
                if noun_code:
                    return noun_code, "noun", obj
        if code and lemma in self.patterns.warning_verbs:
            return self._warning_code(verb, code), how, None
        return (code, how, None) if code else (None, "", None)

    def _warning_code(self, verb, code: str) -> str:
        """'warned it would strike' stays a threat (the complement decides); 'warned that the
        operation had set a precedent' criticises whoever the clause is about, else it is a
        pessimistic comment."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or is_future(clause):
                continue
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
            if any(self._mention_at.get(s.i) or self._modifier_actor(s) for s in subjects):
                return "111"
            return "012"
        return code

    def _modality(self, verb, code: str) -> str | None:
        """The code after negation, refusal, intention and threat; None drops the event.
        "will not release" is a refusal (12x); "did not condemn" is no event."""
        root = code[:2]
        if negated(verb):
            if is_future(verb) and int(root) <= 8:
                return self.patterns.refusal_codes.get(root, "120")
            return None
        chain = governors(verb)
        for governor in chain:
            lemma = governor.lemma_.lower()
            if negated(governor) or lemma in self.patterns.negating_verbs:
                return None
            if lemma in self.patterns.refusal_verbs:
                return self.patterns.refusal_codes.get(root, "120")
        for governor in chain:
            governor_code = self._code_for(governor)[0]
            if governor_code and governor_code[:2] in ("02", "10") and governor.lemma_.lower() \
                    not in self.patterns.intent_verbs:
                return None  # asked of someone else: the appeal is the event
        future = is_future(verb) or \
            any(g.lemma_.lower() in self.patterns.intent_verbs for g in chain[:1])
        if conditional(verb):
            future = True
        if not future or root in ("03", "13"):
            return code
        if int(root) >= 9:
            return self.patterns.threat_codes.get(root, code)
        return self.patterns.intent_codes.get(root, code)  # statements and appeals stay

    # -- events -----------------------------------------------------------
    def _events_for_verb(self, verb, doc) -> list[Candidate]:
        if hypothetical(verb):
            return []
        code, how, event_noun = self._code_for(verb)
        if not code:
            return []
        code = self._modality(verb, code)
        if code is None:
            return []
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or \
            (verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children))
        sources, source_penalty = self._sources(verb, passive)
        if not sources:
            return []
        targets, venue_targets = self._targets(verb, passive, event_noun)
        if not targets:  # "demanded that Russia withdraw", "warned that Washington would pay"
            targets = self._clause_subjects(verb)
        place, place_country = self._place_and_country(verb)
        when = self._when(verb)
        if place_country:  # "protesters marched in Tbilisi against the government": GEO both
            sources = [located(a, place_country) for a in sources]
            targets = [located(a, place_country) for a in targets]
        confidence = {"object": 0.9, "prep": 0.85, "verb": 0.8, "noun": 0.75, "context": 0.85}[how]
        confidence -= source_penalty + clause_penalty(verb)
        events = []
        if not targets and len(sources) > 1 and code[:2] in RECIPROCAL_ROOTS:
            # "South Korea and the United States staged joint drills": each is the other's partner
            for source in sources:
                for partner in sources:
                    if partner.country != source.country:
                        events.append(Candidate(code, source, partner, place,
                                                round(max(0.05, min(0.99, confidence)), 2), when))
            if events:
                return events
        targets = targets or venue_targets
        home = self._context.home
        for index, source in enumerate(sources):
            if source.kind == "sector" and home and home != source.country \
                    and any(t.country == source.country for t in targets):
                # "officials condemned ... North Korea": a bare sector resolved to the target's
                # country from earlier sentences more likely belongs to the dateline country
                sources[index] = replace(source, code=home + source.role, country=home)
        for source in sources:
            kept = [domestic(owned_by(t, source), source, code) for t in targets
                    if t.text != source.text]
            kept = [t for t in kept if t.code != source.code or t.kind == OWN_KIND] or [None]
            for target in kept:
                score = confidence + (0.05 if target else -0.1)
                events.append(Candidate(code, source, target, place,
                                        round(max(0.05, min(0.99, score)), 2), when))
        return events

    def _sources(self, verb, passive: bool) -> tuple[list[Actor], float]:
        if passive:
            agents = [c for c in verb.children if c.dep_ == "agent"]
            nouns = [g for a in agents for g in a.children if g.dep_ == "pobj"]
            if verb.dep_ == "acl" and not nouns:
                return [], 0.0
        else:
            nouns = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            if not nouns and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
                nouns = [verb.head]
        penalty = 0.0
        if not nouns and not passive:
            inherited = inherited_subject(verb)
            if inherited is not None:
                nouns, penalty = [inherited], 0.05
        actors: list[Actor] = []
        for noun in nouns:
            for member in conjuncts(noun):
                actor, extra = self._actor_for(member, verb)
                if actor is not None:
                    penalty = max(penalty, extra)
                    actors += [as_source(a, member) for a in self._with_modifier_conjuncts(member, actor)]
        if not actors:  # a named source the dictionary does not know: kept by name, no code
            named = [named_actor(noun) for noun in nouns if noun.pos_ == "PROPN"]
            if named:
                return [a for a in named if a is not None][:1], max(penalty, 0.2)
        return unique_actors(actors), penalty

    def _targets(self, verb, passive: bool, event_noun) -> tuple[list[Actor], list[Actor]]:
        """(targets, venue targets): objects, passive subjects and aimed prepositional objects;
        apart, the objects of venue prepositions ("met in Beijing"), the counterpart only when
        nothing else is."""
        nouns = []
        if passive:
            nouns += [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if verb.dep_ == "acl":
                nouns.append(verb.head)
        if event_noun is None:
            nouns += [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        holders = [verb] + ([event_noun] if event_noun is not None else []) + \
            [c for c in verb.children if c.dep_ in ("dobj", "obj") and c is not event_noun]
        direct = self._actors_of(nouns, verb, deeper=2)
        venues, aimed = [], []
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ in ("prep", "dative") and prep.lemma_.lower() in TARGET_PREPS:
                    pobjs = [p for p in prep.children if p.dep_ == "pobj"]
                    (venues if prep.lemma_.lower() in VENUE_PREPS else aimed).extend(pobjs)
        aimed_actors = self._actors_of(aimed, verb, deeper=2)
        if any(a.country for a in aimed_actors):
            # "sent military advisers to Papua New Guinea": what is sent is not the target
            direct = [a for a in direct if a.country or a.kind != "sector"]
        venue_actors = self._actors_of(venues, verb, deeper=1)
        return unique_actors(direct + aimed_actors), unique_actors(venue_actors)

    def _place(self, verb) -> str | None:
        return self._place_and_country(verb)[0]

    def _place_and_country(self, verb) -> tuple[str | None, str | None]:
        """Where it happened: the first country/capital or proper noun after a locative preposition
        (no NER needed: 'in Caracas', 'into the East Sea'), and its country when known."""
        for token in verb.subtree:
            if token.dep_ != "prep" or token.lower_ not in PLACE_PREPS:
                continue
            for pobj in token.children:
                if pobj.dep_ != "pobj":
                    continue
                actor = self._mention_at.get(pobj.i)
                if actor is not None and actor.kind in ("country", "capital"):
                    return actor.text, actor.country
                if pobj.pos_ == "PROPN" and pobj.lower_ not in _NOT_PLACES and actor is None:
                    words = [c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                    start = min([w.i for w in words] + [pobj.i])
                    return pobj.doc[start:pobj.i + 1].text, None
        return None, None

    def _when(self, verb) -> DateMention | None:
        """The date phrase of the verb's own clause, else the nearest one in its subtree, else the
        sentence's first ("Trump said on Saturday that forces had captured Maduro")."""
        if not self._dates:
            return None
        doc = verb.doc
        ranked = []
        for mention in self._dates:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            token = span.root
            governor = token.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                governor = governor.head
            in_subtree = verb.left_edge.i <= token.i <= verb.right_edge.i
            rank = 0 if governor.i == verb.i else 1 if in_subtree else 2
            ranked.append((rank, abs(token.i - verb.i), mention))
        return min(ranked, key=lambda item: item[:2])[2] if ranked else self._dates[0]

RECIPROCAL_ROOTS = ("03", "04", "05", "06", "08", "19")


def named_actor(noun) -> Actor | None:
    """An actor for a proper-noun phrase outside the dictionary ("Hezbollah", "Acme Corp"): its
    name, an empty code and no country (GDELT leaves such actor codes blank too)."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "flat") or t is noun]
    if not words or noun.lower_ in _NOT_PLACES:
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return Actor("", None, noun.doc.text[start:end], start, end, "named")


def _elaborates(verb, by_verb: dict) -> bool:
    """A subjectless participle clause (and its conjuncts) that details an event of its head."""
    token = verb
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "advcl" and token.tag_ == "VBG" \
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children) and bool(by_verb.get(token.head.i))


_NOT_PLACES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
               "friday", "saturday", "sunday"}
