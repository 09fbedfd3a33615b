"""Dependency-based event extraction: who did what to whom in one parsed sentence.

For each verb the pattern book knows, the extractor finds the source (active
subject, or the "by" agent of a passive), the targets (object, passive
subject, the object of with/against/on/to..., or of a venue preposition such
as "in"/"at" only when nothing else is named), expands coordinated actors into
one event each (and coordinated partners of a joint act into each other's
targets), drops negated, hypothetical and merely considered events, turns future
or intended conflict into threats (13x) and intended cooperation into intentions
(03x), and codes what a reported clause says rather than the act of saying it
(reported.py: statements, demands, appeals, claims of responsibility). The rules
never take the source's own instrument ("withdrew its troops") nor a place in its
own country ("protested in Caracas") as a target; the learned target decision
(roles.py) may name the latter where the rules found none. Who a noun names is
actor_roles.py's part.
"""
from __future__ import annotations

from dataclasses import replace

from aftershock.coding.actor_roles import (
    NOT_PLACES,
    OWN_KIND,
    ActorResolution,
    as_source,
    domestic,
    is_instrument,
    located,
    named_actor,
    on_home_ground,
    owned_by,
    unique_actors,
)
from aftershock.coding.actors import Actor, ActorDictionary
from aftershock.coding.context import DocumentContext, SentenceState
from aftershock.coding.dates import DateMention, find_date_mentions
from aftershock.coding.patterns import PatternBook
from aftershock.coding.reported import Candidate, ReportedSpeech
from aftershock.coding.roles import Option, features, option_heads, phrase_bounds
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


class SentenceExtractor(ReportedSpeech, ActorResolution):
    """Extracts event candidates from one parsed sentence (a spaCy Doc or Span); what it knows
    of the sentence travels as a `SentenceState` argument, never on self."""

    def __init__(self, patterns: PatternBook, actors: ActorDictionary, roles=None):
        """`roles`: the learned target decision (roles.py's RoleModel), None for the rules'."""
        self.patterns = patterns
        self.actors = actors
        self.roles = roles

    def extract(self, doc, mentions: list[Actor], context: DocumentContext) -> list[Candidate]:
        sentence = SentenceState.of(doc, mentions, context, find_date_mentions(doc.text))
        by_verb: dict[int, list[Candidate]] = {}
        # participles used as adjectives ("internationally recognised government") state no event
        verbs = [t for t in doc if t.dep_ != "amod" and (
            t.pos_ == "VERB" or (t.tag_.startswith("VB") and t.dep_ != "aux"))]
        demanded = self._demands(sentence, verbs)
        for token in verbs:
            by_verb[token.i] = demanded[token.i] if token.i in demanded \
                else self._events_for_verb(sentence, token, doc)
        self._claims_of_responsibility(verbs, by_verb)
        candidates = []
        for token in verbs:
            if self._is_governor(token) and any(
                    by_verb.get(c.i) for c in token.children if c.dep_ in COMPLEMENT_DEPS):
                continue  # the complement carries the event ("vowed to retaliate")
            if _elaborates(token, by_verb):
                continue  # "struck the base, destroying vehicles and killing dozens": one event
            for candidate in by_verb[token.i]:
                if candidate.verb is None:
                    candidate.verb = token
                candidates.append(candidate)
        candidates = drop_untargeted_duplicates(candidates or self._statement(sentence, verbs))
        if self.roles is not None and candidates:
            self._revise_targets(doc, sentence, candidates)
        return candidates

    def fallback_roles(self, doc, mentions: list[Actor], context: DocumentContext, code: str,
                       source: Actor, target: Actor | None) -> tuple[Actor, Actor | None]:
        """(source, target) of an event the learned fallback codes for a parsed sentence that
        fired no pattern, given the first actor named as source and the next one of another
        country as target: the subject of the sentence's main verb, when it names an actor,
        is the source instead (whoever acts comes first in an active clause, but the dictionary
        may not know it: "USAID provided support to Haitian people"); the role model then weighs
        the sentence's noun phrases, the root as the act, where that leaves no target."""
        if self.roles is None or not self.roles.fallback_targets:
            return source, target
        roots = [t for t in doc if t.dep_ == "ROOT"]
        if not roots:
            return source, target
        root = roots[0]
        sentence = SentenceState.of(doc, mentions, context, [])
        subject = self._fallback_subject(sentence, root)
        if subject is not None and subject.text != source.text:
            source = subject
            target = next((m for m in mentions if not (m.start < source.end and source.start
                                                       < m.end) and (
                m.country and m.country != source.country
                or (not m.country and m.code != source.code))), None)
        if target is not None and not self.roles.weighs_rule_targets:
            return source, target
        candidate = Candidate(code, source, target, None, 0.0, verb=root)
        options = self.target_options(doc, sentence, candidate, option_heads(doc), fallback=True)
        chosen = self.roles.decide(candidate, options)
        return source, (owned_by(chosen.actor, source) if chosen is not None else target)

    def _fallback_subject(self, sentence: SentenceState, root) -> Actor | None:
        """The actor the active subject of a main verb names (a proper noun the dictionary does
        not know by its name), or None."""
        if root.pos_ not in ("VERB", "AUX") or _is_passive(root):
            return None
        for noun in root.children:
            if noun.dep_ != "nsubj":
                continue
            actor, _ = self._actor_for(sentence, noun, root, allow_pronoun=False)
            if actor is not None:
                return as_source(actor, noun)
            if noun.pos_ == "PROPN":
                return named_actor(noun)
        return None

    def _revise_targets(self, doc, sentence: SentenceState, candidates: list[Candidate]) -> None:
        """Let the role model pick each event's target among the sentence's noun phrases."""
        heads = option_heads(doc)
        for candidate in candidates:
            if candidate.target is not None and not self.roles.weighs_rule_targets:
                continue
            options = self.target_options(doc, sentence, candidate, heads)
            chosen = self.roles.decide(candidate, options)
            if chosen is not None:  # (a bare sector it picks stays without a country)
                candidate.target = owned_by(chosen.actor, candidate.source)

    def target_options(self, doc, sentence: SentenceState, candidate: Candidate,
                       heads: list, fallback: bool = False) -> list[Option]:
        """The noun phrases of the sentence outside the event's source, each with the actor it
        names and its features; empty when the rules' target lies outside the sentence. When the
        rules dropped the event's object as the source's own instrument ("withdrew its troops
        from the border zone"), only coded actors remain options ("... from Syria" -> SYR)."""
        verb, source, rule = candidate.verb, candidate.source, candidate.target
        if verb is None:
            return []
        text = doc.text
        source_here = source.end > source.start and text[source.start:source.end] == source.text
        rule_here = rule is not None and rule.end > rule.start \
            and text[rule.start:rule.end] == rule.text
        if rule is not None and not rule_here:
            return []
        spans = _option_spans(doc, heads, verb, source if source_here else None)
        source_span = doc.char_span(source.start, source.end, alignment_mode="expand") \
            if source_here else None
        source_token = source_span.root if source_span is not None else None
        options = []
        after = 0
        found_rule = False
        for position, (head, first, last, start, end) in enumerate(spans):
            is_rule = rule_here and start <= rule.start < end
            actor = rule if is_rule else self._option_actor(sentence, doc, head, verb, first, last)
            found_rule = found_rule or is_rule
            if not is_rule and not self._may_be_target(candidate, head, actor, verb):
                continue
            options.append(self._option(candidate, head, actor, is_rule, position,
                                        after if head.i > verb.i else -1, source_token,
                                        fallback))
            after += head.i > verb.i
        return options if found_rule or rule is None else []

    def _option(self, candidate: Candidate, head, actor: Actor, is_rule: bool, position: int,
                after_position: int, source_token, fallback: bool = False) -> Option:
        """One option: the actor a noun phrase names (a capital after a place preposition is
        the place), its features, and whether it is the rules' home ground."""
        verb, source = candidate.verb, candidate.source
        if head.dep_ == "pobj" and head.head.lower_ in WHERE_PREPS \
                and actor.kind == "capital":  # "protested in Belgrade": the place, not
            actor = replace(actor, code=actor.country, kind="place", role="")  # the gov't
        feats = features(head, actor, verb, _is_passive(verb), source, is_rule,
                         candidate.target, position, after_position, source_token,
                         self._is_act(head), fallback)
        self._doubtful_features(feats, candidate, head, actor, verb)
        # the rules' home ground: the source's own country, or a place in it, where it acts
        home = on_home_ground(actor, source, head.dep_ == "pobj"
                              and head.head.lower_ in VENUE_PREPS)
        return Option(head, actor, feats, is_rule, home)

    @staticmethod
    def _may_be_target(candidate: Candidate, head, actor: Actor, verb) -> bool:
        """Whether a noun phrase other than the rules' target is an option for an event. Another
        verb's argument and an uncoded place after "in" or "at" stay options, marked by features
        (`_doubtful_features`): the model learned when they are targets ("imposed a curfew in
        the city") and when not."""
        if candidate.settled and not actor.code:
            return False  # "withdrew its troops from the border zone": no one
        if candidate.object_in_code and head.head.i == verb.i and head.dep_ in ("dobj", "obj"):
            return False  # the object is the act ("fired missiles", "signed an agreement")
        if head.dep_ == "pobj" and head.head.lower_ == "into" and not actor.code:
            return False  # "fired missiles into the sea": where a thing went, not whom
        # never what the source acts with ("withdrew its troops")
        return not is_instrument(actor, candidate.source, candidate.code)

    @staticmethod
    def _doubtful_features(feats: dict, candidate: Candidate, head, actor: Actor, verb) -> None:
        """Marks of the options the rules never take as targets: uncoded places after a place
        preposition, and arguments of another verb ("after the capture of X", "... and Y did Z")."""
        if head.dep_ == "pobj" and head.head.lower_ in WHERE_PREPS and not actor.code:
            feats["uncoded_where"] = 1.0
            feats["uncoded_where=" + head.head.lower_] = 1.0
        if not verb.left_edge.i <= head.i <= verb.right_edge.i or _in_conjoined_clause(head, verb):
            feats["outside_subtree_or_conj"] = 1.0

    def _option_actor(self, sentence: SentenceState, doc, head, verb, first: int,
                      last: int) -> Actor:
        actor, _ = self._actor_for(sentence, head, verb, allow_pronoun=False)
        if actor is None:
            actor = next((sentence.mentions[i] for i in range(first, last + 1)
                          if i in sentence.mentions), None)
        if actor is None and head.pos_ == "PROPN":
            actor = named_actor(head)
        if actor is None:
            while first < last and doc[first].dep_ in ("det", "case"):
                first += 1
            start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
            actor = Actor("", None, doc.text[start:end], start, end, "phrase")
        return actor

    def _is_governor(self, verb) -> bool:
        lemma = verb.lemma_.lower()
        return lemma in self.patterns.intent_verbs or lemma in self.patterns.refusal_verbs \
            or lemma in self.patterns.negating_verbs

    # -- codes ------------------------------------------------------------
    def _code_for(self, sentence: SentenceState, verb) -> tuple[str | None, str, object]:
        """(code, how, event_noun) for a verb: its own pattern first, then a light-verb noun."""
        lemma = verb.lemma_.lower()
        objects = _verb_objects(verb)
        if lemma not in self.patterns.speech_verbs or lemma in self.patterns.verbs:
            code, how = self._pattern_code(sentence, verb, objects)
            if code and how != "verb":
                return code, how, None
        else:
            code, how = None, ""
        if lemma == "be":
            adjective_code = self._adjective_code(verb)
            if adjective_code is not None:
                return adjective_code, "verb", None
        if lemma in self.patterns.light_verbs:
            noun_code, noun = self._light_verb_noun(objects)
            if noun_code:
                return noun_code, "noun", noun
        if code and lemma in self.patterns.warning_verbs:
            return self._warning_code(sentence, verb, code), how, None
        return (code, how, None) if code else (None, "", None)

    def _pattern_code(self, sentence: SentenceState, verb, objects) -> tuple[str | None, str]:
        """(code, how) from the pattern book: the verb with its particle, its objects' noun
        phrases, its prepositions, whether it is aimed at an actor, and context words."""
        lemma = verb.lemma_.lower()
        particle = next((c.lemma_.lower() for c in verb.children if c.dep_ == "prt"), "")
        phrases = [p for obj in objects for p in noun_phrases(obj)]
        phrases += [p for obj in objects for pobj in prep_objects(obj, ("in", "of", "for"))
                    for p in noun_phrases(pobj)]
        preps = [c.lemma_.lower() for c in verb.children if c.dep_ in ("prep", "agent")]
        aimed = any(
            c.lemma_.lower() in AIMING_PREPS and self._prep_actor(sentence, c)
            for c in verb.children
            if c.dep_ == "prep"
        )
        civil = self.patterns.civil_alert_modifiers

        def context_words() -> set[str]:  # only computed for verbs with context rules
            return {t.lemma_.lower() for t in verb.subtree if not any(
                c.dep_ == "compound" and c.lemma_.lower() in civil for c in t.children)}

        return self.patterns.verb_code(lemma, particle, phrases, preps, aimed, context_words)

    def _adjective_code(self, verb) -> str | None:
        """The code of "be" with an adjective the pattern book knows ("was defiant"), or None."""
        for adjective in verb.children:
            if adjective.dep_ == "acomp" and adjective.lemma_.lower() in self.patterns.adjectives:
                return self.patterns.adjectives[adjective.lemma_.lower()]
        return None

    def _light_verb_noun(self, objects) -> tuple[str | None, object]:
        """(code, noun) of a light verb's event noun: "announced a suspension of aid"; else the
        noun an amount or a change is of: "announced $33 million in assistance", "an increase
        in funding". (None, None) when no object names an event."""
        for obj in objects:
            for noun in [obj] + prep_objects(obj, ("of", "in", "for")):
                modifiers = [c.lemma_.lower() for c in noun.children
                             if c.dep_ in ("amod", "compound")]
                noun_code = self.patterns.noun_code(noun_phrases(noun), modifiers)
                if noun_code:
                    return noun_code, noun
        return None, None

    def _warning_code(self, sentence: SentenceState, verb, code: str) -> str:
        """'warned it would strike' stays a threat (the complement decides); 'warned that the
        operation had set a precedent' criticises whoever the clause is about, else it is a
        pessimistic comment."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or is_future(clause):
                continue
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
            if any(
                sentence.mentions.get(s.i) or self._modifier_actor(sentence, s) for s in subjects
            ):
                return "111"
            return "012"
        return code

    def _modality(self, sentence: SentenceState, verb, code: str) -> str | None:
        """The code after negation, refusal, intention and threat; None drops the event.
        "will not release" is a refusal (12x); "did not condemn" is no event."""
        root = code[:2]
        if negated(verb):
            if is_future(verb) and int(root) <= 8:
                return self.patterns.refusal_codes.get(root, "120")
            return None
        chain = governors(verb)
        decided, governed = self._governed_code(chain, root)
        if decided:
            return governed
        if self._asked_of_someone_else(sentence, chain):
            return None  # asked of someone else: the appeal is the event
        return self._tense_code(verb, chain, code)

    def _governed_code(self, chain, root: str) -> tuple[bool, str | None]:
        """(True, code or None) when a governing verb decides: a negated, negating or
        deliberating one drops the event, a refusal makes it one; (False, None) otherwise."""
        reported = False
        for governor in chain:
            lemma = governor.lemma_.lower()
            if negated(governor) or lemma in self.patterns.negating_verbs \
                    or lemma in self.patterns.deliberation_verbs:
                return True, None  # "is considering sending aid": the deliberation (014) is it
            if lemma in self.patterns.refusal_verbs:
                # "declined to say whether he had discussed it": a refusal to comment, no talks
                return True, None if reported else self.patterns.refusal_codes.get(root, "120")
            reported = reported or lemma in self.patterns.speech_verbs
        return False, None

    def _asked_of_someone_else(self, sentence: SentenceState, chain) -> bool:
        """A governing appeal or demand (02x, 10x) that is not an intention ("urged X to")."""
        for governor in chain:
            governor_code = self._code_for(sentence, governor)[0]
            if governor_code and governor_code[:2] in ("02", "10") and governor.lemma_.lower() \
                    not in self.patterns.intent_verbs:
                return True
        return False

    def _tense_code(self, verb, chain, code: str) -> str:
        """A future, intended or conditional act: conflict becomes a threat (13x), cooperation
        an intention (03x); statements and appeals stay; a past act keeps its code."""
        root = code[:2]
        future = is_future(verb) or \
            any(g.lemma_.lower() in self.patterns.intent_verbs for g in chain[:1])
        if conditional(verb):
            future = True
        if not future or root in ("03", "13"):
            return code
        if int(root) >= 9 and any(g.lemma_.lower() in self.patterns.cooperative_intent_verbs
                                  for g in chain[:1]):
            return "030"  # "offered to send troops", "agreed to postpone the protest"
        if int(root) >= 9:
            return self.patterns.threat_codes.get(root, code)
        return self.patterns.intent_codes.get(root, code)  # statements and appeals stay

    # -- events -----------------------------------------------------------
    def _events_for_verb(self, sentence: SentenceState, verb, doc) -> list[Candidate]:
        if hypothetical(verb):
            return []
        code, how, event_noun = self._code_for(sentence, verb)
        if not code:
            return []
        code = self._modality(sentence, verb, code)
        if code is None:
            return []
        # disapproval of an act ("condemned the capture of Maduro") targets whoever did it, not
        # the act's victim: the "of" object of an event noun is then no target
        sentence.patient_is_target = code[:2] not in ("11", "12")
        passive = _is_passive(verb)
        sources, source_penalty = self._sources(
            sentence, verb, passive, material=code[:2] in MATERIAL_ROOTS
        )
        if not sources:
            return []
        targets, venue_targets = self._targets(sentence, verb, passive, event_noun)
        if not targets:  # "demanded that Russia withdraw", "warned that Washington would pay"
            targets = self._clause_subjects(sentence, verb)
        place, place_country = self._place_and_country(sentence, verb)
        when = self._when(sentence, verb)
        if place_country:  # "protesters marched in Tbilisi against the government": GEO both
            sources = [located(a, place_country) for a in sources]
            targets = [located(a, place_country) for a in targets]
        confidence = {"object": 0.9, "prep": 0.85, "verb": 0.8, "noun": 0.75, "context": 0.85}[how]
        confidence -= source_penalty + clause_penalty(verb)
        if not targets and len(sources) > 1 and code[:2] in RECIPROCAL_ROOTS:
            events = _reciprocal_events(code, sources, place, confidence, when)
            if events:
                return events
        from_venue = not targets
        if from_venue:
            targets = venue_targets
        sources = _home_sectors(sources, targets, sentence.context.home)
        events = _events_per_source(code, sources, targets, from_venue, place, confidence, when)
        for event in events:
            # the object named the act ("fired missiles" -> 150): it is no target
            event.object_in_code = how == "object"
        return events

    def _sources(
        self, sentence: SentenceState, verb, passive: bool, material: bool = False
    ) -> tuple[list[Actor], float]:
        nouns = _source_nouns(verb, passive)
        if nouns is None:
            return [], 0.0
        penalty = 0.0
        if not nouns and not passive:
            inherited = inherited_subject(verb)
            if inherited is not None:
                nouns, penalty = [inherited], 0.05
        actors, penalty = self._subject_actors(sentence, nouns, verb, penalty)
        if not actors and not passive and material:
            actors, penalty = self._agents_of_deeds(sentence, nouns, verb, penalty)
        if not actors:  # a named source the dictionary does not know: kept by name, no code
            named = [named_actor(noun) for noun in nouns if noun.pos_ == "PROPN"]
            if named:
                return [a for a in named if a is not None][:1], max(penalty, 0.2)
        return unique_actors(actors), penalty

    def _subject_actors(self, sentence: SentenceState, nouns, verb,
                        penalty: float) -> tuple[list[Actor], float]:
        """The actors the source nouns (and their conjuncts) name, and the penalty raised by
        how uncertain each is."""
        actors: list[Actor] = []
        for noun in nouns:
            for member in conjuncts(noun):
                actor, extra = self._actor_for(sentence, member, verb)
                if actor is not None:
                    penalty = max(penalty, extra)
                    actors += [
                        as_source(a, member)
                        for a in self._with_modifier_conjuncts(sentence, member, actor)
                    ]
        return actors, penalty

    def _agents_of_deeds(self, sentence: SentenceState, nouns, verb,
                         penalty: float) -> tuple[list[Actor], float]:
        """"the missiles fired by the Israeli military struck ...": who fired them (deeds only:
        "the statement issued by X called ..." restates what X itself said)."""
        agents = [p for noun in nouns for clause in noun.children if clause.dep_ == "acl"
                  for agent in clause.children if agent.dep_ == "agent"
                  for p in agent.children if p.dep_ == "pobj"]
        actors: list[Actor] = []
        for noun in agents:
            actor, extra = self._actor_for(sentence, noun, verb, allow_pronoun=False)
            if actor is not None:
                actors.append(as_source(actor, noun))
                penalty = max(penalty, extra + 0.05)
        return actors, penalty

    def _targets(
        self, sentence: SentenceState, verb, passive: bool, event_noun
    ) -> tuple[list[Actor], list[Actor]]:
        """(targets, venue targets): objects, passive subjects and aimed prepositional objects;
        apart, the objects of venue prepositions ("met in Beijing"), the counterpart only when
        nothing else is."""
        direct = self._actors_of(sentence, _target_nouns(verb, passive, event_noun), verb,
                                 deeper=2)
        venues, aimed, sent_to = _prepositional_objects(verb, event_noun)
        if not passive:  # "violated the ceasefire by shelling Ukrainian towns" -> UKR
            aimed += [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "by"
                      for pcomp in prep.children if pcomp.dep_ == "pcomp"
                      for obj in pcomp.children if obj.dep_ in ("dobj", "obj")]
        aimed_actors = self._actors_of(sentence, aimed, verb, deeper=2)
        if any(a.kind == "sector" and not a.country for a in direct) and any(
                a.country or a.code for a in self._actors_of(sentence, sent_to, verb, deeper=2)):
            # "sent military advisers to Papua New Guinea", "contribute troops to the UN force":
            # what is sent is not the target (but "abducted students from a school in Nigeria":
            # they are)
            direct = [a for a in direct if a.country or a.kind != "sector"]
        venue_actors = self._actors_of(sentence, venues, verb, deeper=1)
        return unique_actors(direct + aimed_actors), unique_actors(venue_actors)

    def _place(self, sentence: SentenceState, verb) -> str | None:
        return self._place_and_country(sentence, verb)[0]

    def _place_and_country(self, sentence: SentenceState, verb) -> tuple[str | None, str | None]:
        """Where it happened: the first country/capital or proper noun after a locative preposition
        (no NER needed: 'in Caracas', 'into the East Sea'), and its country when known."""
        for token in verb.subtree:
            if token.dep_ != "prep" or token.lower_ not in PLACE_PREPS:
                continue
            for pobj in token.children:
                if pobj.dep_ != "pobj":
                    continue
                actor = sentence.mentions.get(pobj.i)
                if actor is not None and actor.kind in ("country", "capital", "place"):
                    return actor.text, actor.country
                if pobj.pos_ == "PROPN" and pobj.lower_ not in NOT_PLACES and actor is None:
                    words = [c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                    start = min([w.i for w in words] + [pobj.i])
                    return pobj.doc[start:pobj.i + 1].text, None
        return None, None

    def _when(self, sentence: SentenceState, verb) -> DateMention | None:
        """The date phrase of the verb's own clause, else the nearest one in its subtree, else the
        sentence's first ("Trump said on Saturday that forces had captured Maduro")."""
        if not sentence.dates:
            return None
        doc = verb.doc
        ranked = []
        for mention in sentence.dates:
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
        return min(ranked, key=lambda item: item[:2])[2] if ranked else sentence.dates[0]

WHERE_PREPS = PLACE_PREPS + ("into",)


def drop_untargeted_duplicates(candidates: list[Candidate]) -> list[Candidate]:
    """A sentence's targetless event is dropped when the same source has the same code with a
    target ("met ... to discuss the capture": one 040 with its target, not two)."""
    targeted = {(c.code, c.source.code) for c in candidates if c.target is not None}
    return [
        c for c in candidates if c.target is not None or (c.code, c.source.code) not in targeted
    ]


def _in_conjoined_clause(token, verb) -> bool:
    """Whether a token below a verb hangs on a verb coordinated with it (another event)."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            return True
        token = token.head
    return False


def _verb_objects(verb) -> list:
    """A verb's objects, coordinated ones too ("launched air and artillery strikes"), and a
    passive verb's subjects."""
    objects = [m for c in verb.children if c.dep_ in ("dobj", "obj") for m in conjuncts(c)]
    if any(c.dep_ == "auxpass" for c in verb.children):
        objects += [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    return objects


def _is_passive(verb) -> bool:
    """A passive verb, or a past participle modifying a noun without an object of its own."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _source_nouns(verb, passive: bool) -> list | None:
    """The nouns that may name who acts: a passive's "by" agent, else the subject (or the noun
    a relative clause modifies); None when a passive participle has no agent at all."""
    if passive:
        agents = [c for c in verb.children if c.dep_ == "agent"]
        nouns = [g for a in agents for g in a.children if g.dep_ == "pobj"]
        if verb.dep_ == "acl" and not nouns:
            return None
        return nouns
    nouns = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not nouns and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        nouns = [verb.head]
    return nouns


def _target_nouns(verb, passive: bool, event_noun) -> list:
    """The nouns that may name a target directly: a passive's subject (or the noun its
    participle modifies) and, without an event noun, the verb's objects."""
    nouns = []
    if passive:
        nouns += [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if verb.dep_ == "acl":
            nouns.append(verb.head)
    if event_noun is None:
        nouns += [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return nouns


def _prepositional_objects(verb, event_noun) -> tuple[list, list, list]:
    """(venues, aimed, sent_to): the objects of target prepositions on the verb, its event noun
    and its objects, split into venues ("in Beijing") and aimed ones ("against Russia"); and
    apart, the aimed objects of the verb or event noun itself, or an object's "to" ("sent
    advisers to ...")."""
    holders = [verb] + ([event_noun] if event_noun is not None else []) + \
        [c for c in verb.children if c.dep_ in ("dobj", "obj") and c is not event_noun]
    venues, aimed, sent_to = [], [], []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lemma_.lower() in TARGET_PREPS:
                pobjs = [p for p in prep.children if p.dep_ == "pobj"]
                (venues if prep.lemma_.lower() in VENUE_PREPS else aimed).extend(pobjs)
                if ((holder is verb or holder is event_noun)
                        and prep.lemma_.lower() not in VENUE_PREPS) or prep.lower_ == "to":
                    sent_to.extend(pobjs)  # and "sent [troops to Mali]"
    return venues, aimed, sent_to


def _bounded(score: float) -> float:
    return round(max(0.05, min(0.99, score)), 2)


def _reciprocal_events(code: str, sources: list[Actor], place, confidence: float,
                       when) -> list[Candidate]:
    """"South Korea and the United States staged joint drills": each is the other's partner."""
    return [Candidate(code, source, partner, place, _bounded(confidence), when)
            for source in sources for partner in sources if partner.country != source.country]


def _home_sectors(sources: list[Actor], targets: list[Actor], home: str | None) -> list[Actor]:
    """"officials condemned ... North Korea": a bare sector resolved to the target's country
    from earlier sentences more likely belongs to the dateline country."""
    sources = list(sources)
    for index, source in enumerate(sources):
        if source.kind == "sector" and home and home != source.country \
                and any(t.country == source.country for t in targets):
            sources[index] = replace(source, code=home + source.role, country=home)
    return sources


def _events_per_source(code: str, sources: list[Actor], targets: list[Actor], from_venue: bool,
                       place, confidence: float, when) -> list[Candidate]:
    """One event per source and kept target (not itself, its instrument or its home ground;
    none left: one event without a target, less sure)."""
    events = []
    for source in sources:
        kept = [domestic(owned_by(t, source), source) for t in targets
                if t.text != source.text and not is_instrument(t, source, code)
                and not on_home_ground(t, source, from_venue)]
        kept = [t for t in kept if t.code != source.code or t.kind == OWN_KIND] or [None]
        # the act is done with the source's own forces ("withdrew its troops"): no target but
        # the place or actor it is aimed at (the role model keeps to coded actors then)
        settled = kept == [None] and any(is_instrument(t, source, code) for t in targets)
        for target in kept:
            score = confidence + (0.05 if target else -0.1)
            events.append(Candidate(unconventional(code, source, target), source, target,
                                    place, _bounded(score), when, settled=settled))
    return events


def unconventional(code: str, source: Actor, target: Actor | None) -> str:
    """CAMEO keeps 19x for conventional military force: an unspecified attack (190) by the police
    or the courts is coercion (170); by irregulars (rebels, gangs, militants, rioters) on people
    or places that are not armed forces it is unconventional violence (180), a suicide bomber's
    a suicide bombing (1831)."""
    if code == "190" and source.role in ("COP", "JUD"):
        return "170"  # a police raid or assault coerces (17x); it is not military force
    if code != "190" or source.role not in IRREGULAR_ROLES:
        return code
    if "suicide" in source.text.lower():
        return "1831"
    return code if target is None or target.role in ARMED_ROLES else "180"


IRREGULAR_ROLES = ("REB", "OPP")
ARMED_ROLES = ("MIL", "COP", "REB", "SPY")
RECIPROCAL_ROOTS = ("03", "04", "05", "06", "08", "19")
MATERIAL_ROOTS = ("06", "07", "08", "14", "15", "16", "17", "18", "19", "20")


def _elaborates(verb, by_verb: dict) -> bool:
    """A subjectless participle clause (and its conjuncts) that details an event of its head."""
    token = verb
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        and bool(by_verb.get(token.head.i))
    )


def _option_spans(doc, heads: list, verb, source: Actor | None) -> list[tuple]:
    """(head, first token, last token, start char, end char) of each noun phrase that may be
    an option: not the verb, not overlapping the source's text (`source` when it is there)."""
    spans = []
    for head in heads:
        if head.i == verb.i:
            continue
        first, last = phrase_bounds(head)
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        if source is not None and start < source.end and source.start < end:
            continue
        spans.append((head, first, last, start, end))
    return spans
