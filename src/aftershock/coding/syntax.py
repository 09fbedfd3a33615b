"""Dependency-parse helpers for event extraction: clauses, negation, modality, noun phrases."""
from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "obj", "dative", "attr", "oprd")
TARGET_PREPS = ("with", "against", "on", "at", "to", "toward", "towards", "into", "over", "upon",
                "for", "from", "in", "around", "near", "off", "about", "between")
# Prepositions that usually name where something happened: their object is a target only when the
# verb has no object or passive subject actor ("backed Pyongyang at the UN": PRK, not IGOUNO)
VENUE_PREPS = ("at", "in", "near", "around", "off")
AIMING_PREPS = ("at", "on", "against", "into", "toward", "towards", "upon")
PLACE_PREPS = ("in", "at", "near", "off", "across", "inside", "outside", "around", "throughout")
FUTURE_AUX = ("will", "would", "shall", "'ll")
PRONOUNS = ("it", "they", "he", "she", "we", "i", "its", "their", "his", "her")
COMPLEMENT_DEPS = ("xcomp", "ccomp")
MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "npadvmod", "appos")


def noun_phrases(noun) -> list[str]:
    """'ballistic missiles' -> ['ballistic missile', 'missile'] (longest first, lemmatised)."""
    lemma = noun.lemma_.lower()
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    phrases = []
    if modifiers:
        phrases.append(" ".join(m.lemma_.lower() for m in modifiers) + " " + lemma)
        phrases.append(modifiers[-1].lemma_.lower() + " " + lemma)
    for pobj in prep_objects(noun, ("of",)):
        phrases.insert(0, f"{lemma} of {pobj.lemma_.lower()}")
    phrases.append(lemma)
    phrases += [m.lemma_.lower() for m in reversed(modifiers) if m.dep_ == "compound"]
    return phrases


def negated(token) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in token.children
    )


def clause_penalty(verb) -> float:
    """Main-clause events are the sentence's point; events in relative or adverbial clauses less
    so."""
    token, penalty = verb, 0.0
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "advcl", "pcomp", "csubj"):
            penalty += 0.1
        token = token.head
    return min(penalty, 0.2)


def prep_objects(noun, preps: tuple[str, ...]) -> list:
    return [pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
            for pobj in prep.children if pobj.dep_ == "pobj"]


def is_future(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def hypothetical(verb) -> bool:
    """A verb inside an if/unless clause states no event, also as the complement of one ("if it
    ever tried to use force": use)."""
    token = verb
    while True:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                         for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "ccomp", "conj") or token.head.i == token.i:
            return False
        token = token.head


def conditional(verb) -> bool:
    return any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


def governors(verb) -> list:
    """Verbs this one is the complement of, nearest first ("vowed to retaliate": [vowed])."""
    chain, token = [], verb
    while token.dep_ == "conj" and token.tag_ == "VB" and token.head.i != token.i:
        token = token.head  # "threatened to attack and kill": kill shares attack's governor
    while (token.dep_ in COMPLEMENT_DEPS or token.dep_ == "acomp") and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def inherited_subject(verb):
    """The subject a subjectless verb shares with the clause it hangs on: "vowed to retaliate",
    "violated the ceasefire by shelling towns", "was guilty of violating the truce"."""
    token = verb
    while token.dep_ in ("xcomp", "conj", "advcl", "acomp", "ccomp", "pcomp", "prep") \
            and token.head.i != token.i:
        if token.dep_ == "ccomp" and any(c.dep_ == "mark" for c in token.children):
            return None
        if token.dep_ == "prep" and not (token.lower_ == "by" and token.head.pos_ == "VERB"
                                         or token.head.pos_ in ("AUX", "ADJ")):
            return None  # only "by doing" (the means) and "guilty of doing" share the subject
        if token.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") for c in token.head.children):
            return None  # "asked Xi to play a role": the object, not the asker, would act
        token = token.head
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
    return None


def conjuncts(noun) -> list:
    members = [noun]
    stack = list(noun.children)
    while stack:
        child = stack.pop(0)
        if child.dep_ == "conj":
            members.append(child)
            stack.extend(child.children)
    return members
