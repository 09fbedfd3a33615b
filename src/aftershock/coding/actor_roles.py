"""Who a noun phrase names: the actor-resolution half of event extraction.

`ActorResolution` is mixed into the SentenceExtractor: given the dictionary mentions of a parsed
sentence (`sentence.mentions`, token index -> Actor) and the document context, it resolves a
noun to an actor through the mention itself, its modifiers ("Iranian and Saudi diplomats"),
"thousands of protesters", possessive pronouns ("its nationals", "her government"), the place a
sector is in, or the speaker of a reported clause. The functions
below finish an event's actors once its source is known.
"""
from __future__ import annotations

from dataclasses import replace

from aftershock.coding.actors import Actor
from aftershock.coding.context import SentenceState
from aftershock.coding.syntax import (
    MODIFIER_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PRONOUNS,
    SUBJECT_DEPS,
    conjuncts,
    governors,
    prep_objects,
)


class ActorResolution:
    """Actor lookups for a parsed sentence, passed as a `SentenceState`; needs `patterns`."""

    def _with_modifier_conjuncts(self, sentence: SentenceState, noun, actor: Actor) -> list[Actor]:
        """"Iranian and Saudi diplomats": the agent the noun names, plus one agent of the same role
        for each other country among its coordinated modifiers."""
        if not actor.role or actor.kind not in ("agent", "sector"):
            return [actor]
        found = [actor]
        for modifier in noun.children:
            if modifier.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            for member in conjuncts(modifier):
                other = sentence.mentions.get(member.i)
                if other is not None and other.kind in ("country", "adjective", "capital") \
                        and other.country and other.country not in {a.country for a in found}:
                    found.append(Actor(other.country + actor.role, other.country, member.text,
                                       other.start, other.end, "agent", actor.role))
                elif other is not None and other.kind == "organisation" \
                        and other.code not in {a.code for a in found}:
                    found.append(other)  # "British and European Union negotiators"
        # the noun's own agent names the last modifier: keep the sentence's order
        return sorted(found, key=lambda a: a.start)

    def _actors_of(
        self, sentence: SentenceState, nouns: list, verb, deeper: int = 0
    ) -> list[Actor]:
        """Actors the nouns name; a noun naming none passes, up to `deeper` levels, to the
        objects of its own prepositions ("concern over the fighting in Syria" -> SYR; "urged a
        resolution of the crisis in Venezuela" -> VEN), then to the agent or object of a
        participle or infinitive describing it ("the debt owed by Kyrgyzstan" -> KGZ, "the
        demand to recognise Kosovo" -> XKX, "a bus carrying civilians" -> CVL)."""
        actors = []
        for noun in nouns:
            for member in conjuncts(noun):
                actor, _ = self._actor_for(sentence, member, verb, allow_pronoun=False)
                if actor is not None:
                    actors += self._with_modifier_conjuncts(sentence, member, actor)
                elif deeper:
                    preps = NESTED_TARGET_PREPS
                    if not sentence.patient_is_target and self._is_act(member):
                        preps = tuple(p for p in preps if p != "of")
                    found = self._actors_of(sentence, prep_objects(member, preps), verb, deeper - 1)
                    if not found:
                        found = self._actors_of(sentence, _described_by(member), verb, deeper - 1)
                    actors += found
        return actors

    def _is_act(self, noun) -> bool:
        """An event noun ("the capture", "the strikes", "the killing")."""
        lemma = noun.lemma_.lower()
        return lemma in self.patterns.nouns or lemma in ACT_NOUNS

    def _clause_subjects(self, sentence: SentenceState, verb) -> list[Actor]:
        """Actors the reported clause is about ("warned that the United States would pay"), also
        when the clause hangs on the verb's object ("expressed optimism that a deal with
        Britain could be finalised" -> GBR)."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [clause for obj in verb.children if obj.dep_ in ("dobj", "obj")
                    for clause in obj.children if clause.dep_ in ("acl", "ccomp")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)]
        actors = []
        for clause in clauses:
            subjects = [s for s in clause.children if s.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
            actors += self._actors_of(sentence, subjects, clause, deeper=1)
        return actors

    def _prep_actor(self, sentence: SentenceState, prep) -> Actor | None:
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                return self._actor_for(sentence, pobj, prep, allow_pronoun=False)[0]
        return None

    def _actor_for(
        self, sentence: SentenceState, noun, verb, allow_pronoun: bool = True
    ) -> tuple[Actor | None, float]:
        """The actor a noun phrase names, with a confidence penalty for indirect resolution."""
        if noun.pos_ == "PRON" or noun.lower_ in PRONOUNS:
            return self._pronoun_actor(sentence, noun, verb, allow_pronoun)
        actor = sentence.mentions.get(noun.i) or self._modifier_actor(sentence, noun)
        if actor is None:
            return self._unnamed_actor(sentence, noun, verb, allow_pronoun)
        return self._qualified_actor(sentence, noun, verb, actor, allow_pronoun)

    def _pronoun_actor(self, sentence: SentenceState, noun, verb,
                       allow_pronoun: bool) -> tuple[Actor | None, float]:
        """A pronoun's actor: the speaker of its clause, the subject governing it, or the
        document's last source."""
        if not allow_pronoun or noun.lower_ not in PRONOUNS[:5]:
            return None, 0.0
        speaker = self._speaker(sentence, noun.head) or self._speaker(
            sentence, verb
        )  # "said it carried out"
        if speaker is not None:
            return speaker, 0.1
        if sentence.context.last_source is None:  # "X made it clear it will not lift the ban"
            antecedent = self._governing_subject(sentence, noun.head)
            if antecedent is not None:
                return antecedent, 0.15
        return sentence.context.last_source, 0.2

    def _unnamed_actor(self, sentence: SentenceState, noun, verb,
                       allow_pronoun: bool) -> tuple[Actor | None, float]:
        """The actor of a noun phrase that names none itself: through "of" or inside the
        phrase."""
        of_objects = [] if not sentence.patient_is_target and self._is_act(noun) \
            else prep_objects(noun, ("of",))
        for pobj in of_objects:  # "thousands of protesters" (not "the capture of Maduro")
            if pobj.i in sentence.mentions:
                return self._actor_for(sentence, pobj, verb, allow_pronoun)
        if allow_pronoun:  # a source named only inside its phrase: "the head of Iraq's region"
            inside = self._phrase_actor(sentence, noun)
            if inside is not None:
                return inside, 0.15
        return None, 0.0

    def _qualified_actor(self, sentence: SentenceState, noun, verb, actor: Actor,
                         allow_pronoun: bool) -> tuple[Actor | None, float]:
        """A named actor completed by its owner or place: "its nationals", "her government",
        "British and EU negotiators", "police in Lagos"."""
        owned = actor.kind in ("sector", "agent") and actor.role and any(
            c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in noun.children)
        if owned and not allow_pronoun:  # "its nationals (in Yemen)": the source's own people
            return replace(actor, code=actor.role, country=None, kind=OWN_KIND), 0.0
        if owned and not actor.country:
            owner = (
                self._speaker(sentence, verb) or sentence.context.last_source
            )  # "her government said"
            if owner is not None and owner.country:
                return replace(actor, code=owner.country + actor.role, country=owner.country), 0.1
        if actor.kind == "sector" and not actor.country:
            return self._sector_actor(sentence, noun, actor)
        return actor, 0.0

    def _sector_actor(self, sentence: SentenceState, noun, actor: Actor
                      ) -> tuple[Actor | None, float]:
        """A sector with no country yet: from its modifiers, the place it is in, or the country
        the document last gave that sector."""
        owner = self._modifier_actor(sentence, noun)  # "British and EU negotiators": GBR's
        if owner is not None and owner.kind in ("country", "adjective", "capital", "place"):
            return replace(actor, code=owner.country + actor.role, country=owner.country,
                           kind="agent", start=min(owner.start, actor.start)), 0.0
        located = self._located_in(sentence, noun)
        if located is not None:
            code = (located.country or located.code) + actor.role
            return replace(actor, code=code, country=located.country), 0.0
        remembered = sentence.context.country_for(actor.role)
        if remembered is not None:
            return replace(actor, code=remembered.code, country=remembered.country), 0.1
        return actor, 0.15

    def _phrase_actor(self, sentence: SentenceState, noun) -> Actor | None:
        """The first actor named anywhere in a noun phrase, outside its clauses."""
        stack = [c for c in noun.children if c.dep_ not in PHRASE_CLAUSE_DEPS]
        while stack:
            token = stack.pop(0)
            actor = sentence.mentions.get(token.i)
            if actor is not None:
                return actor
            stack.extend(c for c in token.children if c.dep_ not in PHRASE_CLAUSE_DEPS)
        return None

    def _modifier_actor(self, sentence: SentenceState, noun) -> Actor | None:
        stack = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
        while stack:
            token = stack.pop(0)
            if token.i in sentence.mentions:
                return sentence.mentions[token.i]
            stack.extend(c for c in token.children if c.dep_ in MODIFIER_DEPS)
        return None

    def _located_in(self, sentence: SentenceState, noun) -> Actor | None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lemma_.lower() in ("in", "of", "from"):
                for pobj in prep.children:
                    actor = sentence.mentions.get(pobj.i) or self._modifier_actor(sentence, pobj)
                    if actor is not None and actor.kind != "sector":
                        return actor
        return None

    def _governing_subject(self, sentence: SentenceState, verb) -> Actor | None:
        """The actor subject of the nearest clause above a verb, for a pronoun with no antecedent
        earlier in the document."""
        token = verb
        while token.head.i != token.i:
            token = token.head
            for child in token.children:
                if child.dep_ in SUBJECT_DEPS and child.lower_ not in PRONOUNS:
                    actor, _ = self._actor_for(sentence, child, token, allow_pronoun=False)
                    if actor is not None:
                        return as_source(actor, child)
        return None

    def _speaker(self, sentence: SentenceState, verb) -> Actor | None:
        for governor in governors(verb):
            if governor.lemma_.lower() in self.patterns.speech_verbs | self.patterns.intent_verbs:
                for child in governor.children:
                    if child.dep_ in SUBJECT_DEPS and child.lower_ not in PRONOUNS:
                        actor, _ = self._actor_for(sentence, child, governor, allow_pronoun=False)
                        if actor is not None:
                            return as_source(actor, child)
                        if child.pos_ == "PROPN":  # a speaker the dictionary does not know
                            return named_actor(child)
        return None


def as_source(actor: Actor, token) -> Actor:
    """A bare country or lone demonym that acts codes as its state or people."""
    if actor.kind == "country" and actor.code == actor.country:
        return replace(actor, code=actor.country + "GOV", role="GOV")
    if (
        actor.kind == "adjective"
        and token.pos_ in ("NOUN", "PROPN")
        and token.tag_ in ("NNS", "NNPS")
    ):
        return replace(actor, code=actor.country + "CVL", role="CVL")
    return actor

OWNING_PRONOUNS = ("its", "their", "his", "her")

def located(actor: Actor, country: str) -> Actor:
    """A bare sector takes the country where the event happened."""
    if actor.kind == "sector" and not actor.country:
        return replace(actor, code=country + actor.role, country=country)
    return actor

OWN_KIND = "own"  # a sector the source owns ("its nationals"): takes the source's country


# Acts named by nouns the pattern book does not list as event nouns of light verbs
ACT_NOUNS = ("capture", "killing", "seizure", "detention", "abduction", "kidnapping", "shooting",
             "execution", "expulsion", "occupation", "annexation", "treatment", "persecution")
PHRASE_CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "cc", "conj")
NESTED_TARGET_PREPS = ("of", "in", "on", "against", "over", "with", "into", "between", "by",
                       "across")

def _described_by(noun) -> list:
    """Agents and objects of a participle or infinitive clause that describes a noun."""
    found = []
    for clause in noun.children:
        if clause.dep_ != "acl":
            continue
        for child in clause.children:
            if child.dep_ in ("dobj", "obj"):
                found.append(child)
            elif child.dep_ == "agent":
                found += [p for p in child.children if p.dep_ == "pobj"]
    return found


def owned_by(target: Actor, source: Actor) -> Actor:
    if target.kind == OWN_KIND and source.country:
        return replace(target, code=source.country + target.role, country=source.country)
    return target


def domestic(target: Actor, source: Actor) -> Actor:
    """A bare sector target that nothing else locates ("blamed the opposition", "arrested
    activists") is taken to be domestic: it gets the source's country."""
    if target.kind == "sector" and not target.country and source.country:
        return replace(target, code=source.country + target.role, country=source.country)
    return target


def is_instrument(target: Actor, source: Actor, code: str) -> bool:
    """A target that is what the source acts with, not on: its own forces, officials or envoys
    ("withdrew its troops", "recalled its ambassador", "put its forces on alert"), and its own
    military in a show of force or a pull-back ("mobilized reservists"). Its own people stay
    targets ("evacuated its nationals", "released political prisoners")."""
    if target.kind == OWN_KIND and target.role in INSTRUMENT_ROLES:
        return True
    return (code[:2] == "15" or code[:3] == "087") and target.kind == "sector" \
        and target.role == "MIL" and target.country in (None, source.country)


INSTRUMENT_ROLES = ("MIL", "GOV", "COP", "SPY")


def on_home_ground(target: Actor, source: Actor, from_venue: bool) -> bool:
    """A place in the source's own country is where it acted, not whom it acted on ("farmers
    blocked roads in Belgium", "gangs attacked the prison in Port-au-Prince", "protested in
    Caracas"); so is any same-country venue."""
    if not source.country or target.country != source.country:
        return False
    return from_venue or target.kind in ("country", "place", "capital")


def unique_actors(actors: list[Actor]) -> list[Actor]:
    seen, unique = set(), []
    for actor in actors:
        if (actor.code, actor.start) not in seen:
            seen.add((actor.code, actor.start))
            unique.append(actor)
    return unique


def named_actor(noun) -> Actor | None:
    """An actor for a proper-noun phrase outside the dictionary ("Hezbollah", "Acme Corp"): its
    name, an empty code and no country (GDELT leaves such actor codes blank too)."""
    words = [
        t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "flat") or t is noun
    ]
    if not words or (len(words) == 1 and noun.lower_ in NOT_PLACES):
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return Actor("", None, noun.doc.text[start:end], start, end, "named")


NOT_PLACES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
               "friday", "saturday", "sunday"}
