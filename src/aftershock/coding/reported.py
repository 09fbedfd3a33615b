"""Reported speech: what a sentence that reports someone's words codes as.

`ReportedSpeech` is mixed into the SentenceExtractor (it uses its `_sources`, `_actors_of`,
`_clause_subjects`, `_place` and `_when`): a sentence whose only act is saying something is a
statement (010); a reported obligation is a demand ("Russia says Israel must end the strikes",
"insisted that Germany pay": 100) or, with "should", an appeal (020) of the speaker to the
clause's subject; a speaker reporting its own attack ("claimed that they had attacked")
claims responsibility (015).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from aftershock.coding.actors import Actor
from aftershock.coding.context import SentenceState
from aftershock.coding.dates import DateMention
from aftershock.coding.syntax import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    conjuncts,
    hypothetical,
    negated,
)


@dataclass
class Candidate:
    code: str
    source: Actor
    target: Actor | None
    place: str | None
    confidence: float
    when: DateMention | None = None  # the date phrase that dates the event, if any
    verb: object = None  # the token whose pattern coded it
    settled: bool = False  # the object is the source's own instrument ("withdrew its troops")
    object_in_code: bool = False  # the object is part of the act's pattern ("fired missiles")


class ReportedSpeech:
    """Codes for reported speech; mixed into the SentenceExtractor."""

    def _statement(self, sentence: SentenceState, verbs) -> list[Candidate]:
        """A sentence whose only act is saying something ("Lavrov said the plan was a trick")
        codes as a statement (010) by the speaker, aimed at whom the clause is about."""
        for verb in verbs:
            if verb.lemma_.lower() not in self.patterns.speech_verbs or negated(verb) \
                    or hypothetical(verb) or verb.dep_ not in ("ROOT", "conj"):
                continue
            sources, penalty = self._sources(sentence, verb, passive=False)
            if not sources:
                continue
            targets = self._clause_subjects(sentence, verb)
            source = sources[0]
            target = next(
                (t for t in targets if t.country != source.country or not t.country), None
            )
            return [Candidate("010", source, target, self._place(sentence, verb),
                              round(max(0.05, 0.5 - penalty), 2), self._when(sentence, verb),
                              verb)]
        return []

    def _demands(self, sentence: SentenceState, verbs) -> dict[int, list[Candidate]]:
        """Reported obligations are demands (10) or appeals (02) of the speaker to the clause's
        subject: "Russia says Israel must end attacks", "Poland insisted that Germany pay
        reparations" (a mandative subjunctive). Keyed by the reported verb (and its coordinated
        verbs), whose own events they replace."""
        found: dict[int, list[Candidate]] = {}
        for verb in verbs:
            if verb.lemma_.lower() not in self.patterns.speech_verbs or negated(verb) \
                    or hypothetical(verb):
                continue
            for clause in verb.children:
                code = _demand_code(clause)
                if code is None:
                    continue
                events = self._demand_events(sentence, verb, clause, code)
                if events:
                    found[clause.i] = events
                    for other in conjuncts(clause)[1:]:  # "should uphold peace and oppose X"
                        found.setdefault(other.i, [])
        return found

    def _demand_events(self, sentence: SentenceState, verb, clause,
                       code: str) -> list[Candidate]:
        """The speaker's demand of the clause's subject, one per source; none for a speaker's
        own pronoun subject ("said it must act": a statement of its own intent)."""
        sources, penalty = self._sources(sentence, verb, passive=False)
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS]
        targets = self._actors_of(sentence, subjects, clause, deeper=1)
        events = []
        for source in sources:
            target = next((t for t in targets if t.code != source.code
                           and (t.country != source.country or not t.country)), None)
            if target is None and any(s.lower_ in ("it", "they", "we") for s in subjects):
                continue  # "said it must act": a statement of its own intent
            events.append(
                Candidate(
                    code,
                    source,
                    target,
                    self._place(sentence, clause),
                    round(max(0.05, 0.8 - penalty), 2),
                    self._when(sentence, clause),
                )
            )
        return events

    def _claims_of_responsibility(self, verbs, by_verb: dict) -> None:
        """"The rebels claimed that they had attacked the base": the event stated is the claim of
        responsibility (015) by the speaker for its own act (the clause's pronoun subject), not
        the attack, which only the speaker reports."""
        for verb in verbs:
            if verb.lemma_.lower() not in CLAIMING_VERBS or negated(verb):
                continue
            for clause in verb.children:
                events = by_verb.get(clause.i)
                if clause.dep_ != "ccomp" or not events or not any(
                        c.dep_ in SUBJECT_DEPS and c.lower_ in ("they", "it", "we", "he", "she")
                        for c in clause.children):
                    continue
                if all(int(e.code[:2]) >= 14 for e in events):
                    by_verb[clause.i] = [replace(e, code="015") for e in events]


CLAIMING_VERBS = ("claim", "admit", "acknowledge", "confess")


def _demand_code(clause) -> str | None:
    """A reported clause's obligation code (obligation_code); a state someone should be in
    ("should be ...") is no demand."""
    code = obligation_code(clause) if clause.dep_ == "ccomp" else None
    return None if code is None or clause.lemma_.lower() == "be" else code


def obligation_code(clause) -> str | None:
    """The code of a clause saying what someone must or should do: "must" (or a bare-infinitive
    verb after "that" with its own singular subject, the mandative subjunctive: "insisted that
    Germany pay") is a demand (100); the softer "should" an appeal (020). None otherwise."""
    aux = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if "must" in aux:
        return "100"
    if "should" in aux:
        return "020"
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    singular = any(c.tag_ in ("NN", "NNP") for c in subjects)
    after_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    subjunctive = (
        not aux and after_that and (clause.tag_ == "VB" or clause.tag_ == "VBP" and singular)
    )
    return "100" if subjunctive else None
