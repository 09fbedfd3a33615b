"""Verb and event-noun patterns (data/coding/verbs.yaml) -> CAMEO codes, plus the cheap
pre-filter."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from aftershock.coding.actors import load_yaml
from aftershock.coding.lexicon import phrase_regex, plural_forms


@dataclass
class VerbPattern:
    code: str | None = None
    objects: dict[str, str] = field(default_factory=dict)
    preps: dict[str, str] = field(default_factory=dict)
    at_target: str | None = None
    context: dict[str, str] = field(default_factory=dict)


def _keys_as_words(mapping) -> dict[str, str]:
    """YAML 1.1 reads an unquoted `on`/`off` key as a boolean; turn it back into the word."""
    words = {True: "on", False: "off"}
    return {words.get(key, key) if isinstance(key, bool) else str(key): value
            for key, value in (mapping or {}).items()}


def _pattern(value) -> VerbPattern:
    if isinstance(value, str):
        return VerbPattern(code=value)
    return VerbPattern(code=value.get("code"), objects=_keys_as_words(value.get("objects")),
                       preps=_keys_as_words(value.get("preps")), at_target=value.get("at_target"),
                       context=_keys_as_words(value.get("context")))


def verb_forms(lemma: str, irregular: Iterable[str] = ()) -> set[str]:
    """Likely surface forms of a verb lemma (regular inflection plus listed irregular forms)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", *irregular}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", lemma):  # "expelled", "stopped"
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _regular_stems(word: str) -> list[str]:
    """Possible lemmas of a regularly inflected verb form ("staged" -> stage, stag)."""
    stems = []
    for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("es", ""),
                                ("s", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: len(word) - len(suffix)] + replacement
            stems.append(stem)
            if replacement == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "expelled" -> expel
    return stems


class PatternBook:
    """Looks up CAMEO codes for verbs (with their objects/preps) and event nouns."""

    def __init__(self, spec: dict):
        self.verbs = {key: _pattern(value) for key, value in spec["verbs"].items()}
        self.nouns: dict[str, dict[str, str]] = {}
        for key, value in spec["nouns"].items():
            self.nouns[key] = {"": value} if isinstance(value, str) else \
                {("" if k == "code" else k): v for k, v in value.items()}
        self.light_verbs = set(spec["light_verbs"])
        self.speech_verbs = set(spec["speech_verbs"])
        self.intent_verbs = set(spec["intent_verbs"])
        self.refusal_verbs = set(spec["refusal_verbs"])
        self.negating_verbs = set(spec["negating_verbs"])
        self.warning_verbs = set(spec.get("warning_verbs", []))
        self.deliberation_verbs = set(spec.get("deliberation_verbs", []))
        self.cooperative_intent_verbs = set(spec.get("cooperative_intent_verbs", []))
        self.adjectives = dict(spec.get("adjectives", {}))
        self.civil_alert_modifiers = set(spec.get("civil_alert_modifiers", []))
        self.threat_codes = dict(spec["threat_codes"])
        self.intent_codes = dict(spec["intent_codes"])
        self.refusal_codes = dict(spec["refusal_codes"])
        self._irregular = {k: list(v) for k, v in spec.get("irregular", {}).items()}
        self._irregular_lemma = {form: lemma for lemma, forms in self._irregular.items()
                                 for form in forms}
        self.candidate_regex = self._build_candidate_regex()
        self._known: set[str] | None = None

    def _build_candidate_regex(self) -> re.Pattern:
        words: set[str] = set()
        for lemma in [*self.verbs, *self.light_verbs, *self.speech_verbs]:
            head = lemma.split()[0]
            words |= verb_forms(head, self._irregular.get(head, []))
        for noun in self.nouns:
            words |= set(plural_forms(noun.split()[-1]))
        return phrase_regex(words, ignore_case=True)

    def known_lemma(self, lemma: str) -> bool:
        """True when the lemma is a verb the pattern book knows in any role."""
        if self._known is None:
            self._known = {key.split()[0] for key in self.verbs} | self.light_verbs | \
                self.speech_verbs | self.intent_verbs | self.refusal_verbs | self.negating_verbs \
                | self.deliberation_verbs
        return lemma in self._known

    def repair_lemmas(self, doc) -> None:
        """The rule lemmatizer sometimes strips a verb to a wrong word ("staged" -> "stag"); a verb
        whose lemma the book does not know, but one of whose regular stems (or, for a listed
        irregular form, whose lemma) it does, gets that stem."""
        for token in doc:
            if token.pos_ != "VERB" or self.known_lemma(token.lemma_.lower()):
                continue
            irregular = self._irregular_lemma.get(token.lower_)
            if irregular is not None:  # "overran" -> overrun
                token.lemma_ = irregular
                continue
            for stem in _regular_stems(token.lower_):
                if self.known_lemma(stem):
                    token.lemma_ = stem
                    break

    def is_candidate(self, text: str) -> bool:
        """True when the text holds any verb or noun the patterns know (cheap pre-filter)."""
        return self.candidate_regex.search(text) is not None

    def verb_code(self, lemma: str, particle: str = "", objects: Iterable[str] = (),
                  preps: Iterable[str] = (), has_target_prep: bool = False,
                  context_words: Iterable[str] | Callable[[], Iterable[str]] = ()
                  ) -> tuple[str | None, str]:
        """(code, how) for a verb with its particle, object phrases, prepositions and the words
        of its clause, tried in that order: prepositions, clause words, objects, the default.
        `context_words` may be a function, called only when a pattern has context rules.
        `how` says what decided: 'prep', 'context', 'object', 'verb' or ''."""
        objects = list(objects)
        words: set[str] | None = None
        for key in ([f"{lemma} {particle}"] if particle else []) + [lemma]:
            pattern = self.verbs.get(key)
            if pattern is None:
                continue
            for prep in preps:
                if prep in pattern.preps:
                    return pattern.preps[prep], "prep"
            if pattern.context and words is None:
                words = set(context_words() if callable(context_words) else context_words)
            for word, code in pattern.context.items():
                if word in words:
                    return code, "context"
            for phrase in objects:
                if phrase in pattern.objects:
                    code = pattern.objects[phrase]
                    return self._aimed(pattern, code, has_target_prep), "object"
            if objects and "*" in pattern.objects:
                return pattern.objects["*"], "object"
            if pattern.code:
                return self._aimed(pattern, pattern.code, has_target_prep), "verb"
        return None, ""

    @staticmethod
    def _aimed(pattern: VerbPattern, code: str, has_target_prep: bool) -> str:
        if has_target_prep and pattern.at_target and code[:2] in ("15", "19"):
            return pattern.at_target
        return code

    def noun_code(self, phrases: Iterable[str], modifiers: Iterable[str] = ()) -> str | None:
        """Code of an event noun phrase (tries longer phrases first), refined by modifiers."""
        for phrase in phrases:
            entry = self.nouns.get(phrase)
            if entry:
                for modifier in modifiers:
                    if modifier in entry:
                        return entry[modifier]
                return entry.get("")
        return None


@lru_cache(maxsize=1)
def load_patterns() -> PatternBook:
    """The packaged pattern book (loaded once per process)."""
    return PatternBook(load_yaml("verbs.yaml"))
