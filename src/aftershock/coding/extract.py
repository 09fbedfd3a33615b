"""Dependency-based event extraction: who did what to whom in one parsed sentence.

For each verb the pattern book knows, the extractor finds the source (active
subject, or the "by" agent of a passive), the targets (object, passive
subject, or the object of with/against/on/at/to...), expands coordinated
actors into one event each, drops negated events, turns future or intended
conflict into threats (13x) and intended cooperation into intentions (03x),
and codes what a reported clause says rather than the act of saying it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from aftershock.coding.actors import Actor, ActorDictionary
from aftershock.coding.patterns import PatternBook
from aftershock.coding.syntax import (
    AIMING_PREPS,
    COMPLEMENT_DEPS,
    MODIFIER_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_PREPS,
    PRONOUNS,
    SUBJECT_DEPS,
    TARGET_PREPS,
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


class SentenceExtractor:
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
        by_verb: dict[int, list[Candidate]] = {}
        verbs = [t for t in doc if t.pos_ == "VERB" or (t.tag_.startswith("VB") and t.dep_ != "aux")]
        for token in verbs:
            by_verb[token.i] = self._events_for_verb(token, doc)
        candidates = []
        for token in verbs:
            if self._is_governor(token) and any(
                    by_verb.get(c.i) for c in token.children if c.dep_ in COMPLEMENT_DEPS):
                continue  # the complement carries the event ("vowed to retaliate")
            candidates.extend(by_verb[token.i])
        return candidates

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
            context_words = {t.lemma_.lower() for t in verb.subtree}
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
        return self.patterns.intent_codes.get(root, "030")

    # -- events -----------------------------------------------------------
    def _events_for_verb(self, verb, doc) -> list[Candidate]:
        lemma = verb.lemma_.lower()
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
        targets = self._targets(verb, passive, event_noun)
        if not targets and lemma in self.patterns.speech_verbs | self.patterns.intent_verbs:
            targets = self._clause_subjects(verb)
        place = self._place(verb)
        confidence = {"object": 0.9, "prep": 0.85, "verb": 0.8, "noun": 0.75, "context": 0.85}[how]
        confidence -= source_penalty + clause_penalty(verb)
        events = []
        for source in sources:
            kept = [_domestic(t, source, code) for t in targets
                    if t.code != source.code and t.text != source.text] or [None]
            for target in kept:
                score = confidence + (0.05 if target else -0.1)
                events.append(Candidate(code, source, target, place, round(max(0.05, min(0.99, score)), 2)))
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
                    actors.append(_as_source(actor, member))
        return _unique(actors), penalty

    def _targets(self, verb, passive: bool, event_noun) -> list[Actor]:
        nouns = []
        if passive:
            nouns += [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if verb.dep_ == "acl":
                nouns.append(verb.head)
        if event_noun is None:
            nouns += [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        holders = [verb] + ([event_noun] if event_noun is not None else []) + \
            [c for c in verb.children if c.dep_ in ("dobj", "obj") and c is not event_noun]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ in ("prep", "dative") and prep.lemma_.lower() in TARGET_PREPS:
                    nouns += [p for p in prep.children if p.dep_ == "pobj"]
        actors = []
        for noun in nouns:
            for member in conjuncts(noun):
                actor, _ = self._actor_for(member, verb, allow_pronoun=False)
                if actor is not None:
                    actors.append(actor)
        return _unique(actors)

    def _place(self, verb) -> str | None:
        """Where it happened: the first country/capital or proper noun after a locative preposition
        (no NER needed: 'in Caracas', 'into the East Sea')."""
        for token in verb.subtree:
            if token.dep_ != "prep" or token.lower_ not in PLACE_PREPS:
                continue
            for pobj in token.children:
                if pobj.dep_ != "pobj":
                    continue
                actor = self._mention_at.get(pobj.i)
                if actor is not None and actor.kind in ("country", "capital"):
                    return actor.text
                if pobj.pos_ == "PROPN" and pobj.lower_ not in _NOT_PLACES and actor is None:
                    words = [c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                    start = min([w.i for w in words] + [pobj.i])
                    return pobj.doc[start:pobj.i + 1].text
        return None

    def _clause_subjects(self, verb) -> list[Actor]:
        """Actors the reported clause is about ("warned that the United States would pay")."""
        actors = []
        for clause in verb.children:
            if clause.dep_ == "ccomp":
                for subject in clause.children:
                    if subject.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
                        actor, _ = self._actor_for(subject, clause, allow_pronoun=False)
                        if actor is not None:
                            actors.append(actor)
        return actors

    def _prep_actor(self, prep) -> Actor | None:
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                return self._actor_for(pobj, prep, allow_pronoun=False)[0]
        return None

    def _actor_for(self, noun, verb, allow_pronoun: bool = True) -> tuple[Actor | None, float]:
        """The actor a noun phrase names, with a confidence penalty for indirect resolution."""
        if noun.pos_ == "PRON" or noun.lower_ in PRONOUNS:
            if not allow_pronoun or noun.lower_ not in PRONOUNS[:5]:
                return None, 0.0
            speaker = self._speaker(verb)
            if speaker is not None:
                return speaker, 0.1
            return self._context.last_source, 0.2
        actor = self._mention_at.get(noun.i) or self._modifier_actor(noun)
        if actor is None:
            for pobj in prep_objects(noun, ("of",)):  # "thousands of protesters"
                if pobj.i in self._mention_at:
                    return self._actor_for(pobj, verb, allow_pronoun)
            return None, 0.0
        if actor.kind == "sector" and not actor.country:
            located = self._located_in(noun)
            if located is not None:
                code = (located.country or located.code) + actor.role
                return replace(actor, code=code, country=located.country), 0.0
            remembered = self._context.country_for(actor.role)
            if remembered is not None:
                return replace(actor, code=remembered.code, country=remembered.country), 0.1
            return actor, 0.15
        return actor, 0.0

    def _modifier_actor(self, noun) -> Actor | None:
        stack = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
        while stack:
            token = stack.pop(0)
            if token.i in self._mention_at:
                return self._mention_at[token.i]
            stack.extend(c for c in token.children if c.dep_ in MODIFIER_DEPS)
        return None

    def _located_in(self, noun) -> Actor | None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lemma_.lower() in ("in", "of", "from"):
                for pobj in prep.children:
                    actor = self._mention_at.get(pobj.i) or self._modifier_actor(pobj)
                    if actor is not None and actor.kind != "sector":
                        return actor
        return None

    def _speaker(self, verb) -> Actor | None:
        for governor in governors(verb):
            if governor.lemma_.lower() in self.patterns.speech_verbs | self.patterns.intent_verbs:
                for child in governor.children:
                    if child.dep_ in SUBJECT_DEPS and child.lower_ not in PRONOUNS:
                        actor, _ = self._actor_for(child, governor, allow_pronoun=False)
                        if actor is not None:
                            return _as_source(actor, child)
        return None


def _as_source(actor: Actor, token) -> Actor:
    """A bare country or lone demonym that acts codes as its state or people."""
    if actor.kind == "country" and actor.code == actor.country:
        return replace(actor, code=actor.country + "GOV", role="GOV")
    if actor.kind == "adjective" and token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NNS", "NNPS"):
        return replace(actor, code=actor.country + "CVL", role="CVL")
    return actor


DOMESTIC_ROLES = ("COP", "JUD")


def _domestic(target: Actor, source: Actor, code: str) -> Actor:
    """A bare sector target ("opposition activists") of a state's police or courts, or of a
    state's coercion (arrests, bans: root 17), is taken to be domestic: it gets the source's
    country."""
    if target.kind == "sector" and not target.country and source.country \
            and (source.role in DOMESTIC_ROLES or (source.role == "GOV" and code[:2] == "17")):
        return replace(target, code=source.country + target.role, country=source.country)
    return target


def _unique(actors: list[Actor]) -> list[Actor]:
    seen, unique = set(), []
    for actor in actors:
        if (actor.code, actor.start) not in seen:
            seen.add((actor.code, actor.start))
            unique.append(actor)
    return unique


_NOT_PLACES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
               "friday", "saturday", "sunday"}
