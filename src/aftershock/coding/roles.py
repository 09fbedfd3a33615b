"""The learned target decision: which noun phrase of a sentence an event is done to.

For each event the verb patterns find, every noun phrase of the sentence outside the source is an
option (subjects, objects, prepositional objects, possessors, appositions, conjuncts...). Each
option is described by features of its relation to the event's verb and source: its dependency
relation and preposition, the tree path to the verb, its side of the verb and distance, the voice,
what kind of actor the dictionary resolves it to, whether it shares the source's country, whether
the rules chose it. A logistic regression trained on role-tagged news sentences
(`bench/train_coding_roles.py`) scores the options; the best one replaces the rules' target when
its probability beats theirs by the stored margin (the rules' choice stays otherwise), and names
the target of an event the rules left without one when it reaches the stored minimum
probability. Whether the source's own country, or a place in it, may be so named ("imposed a
curfew on Basra": a domestic act targets its own country, as CAMEO codes it) is stored too, and
whether the fallback's events (no verb pattern fired: the sentence's main verb stands for the act)
get their targets the same way.

The model is a JSON file of named feature weights (no pickle); a missing, unreadable or
other-version file raises `ModelFileError` naming it.
"""
from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from pathlib import Path

from aftershock.coding.actors import Actor
from aftershock.coding.fallback import ModelFileError

MODEL_KIND = "aftershock-coding-roles"
MODEL_VERSION = 2
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "coding-roles.json"
REBUILD = "rebuild it with `python bench/train_coding_roles.py`"

DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "compound", "conj", "appos", "attr",
        "dative", "npadvmod", "amod", "nmod", "ROOT", "ccomp", "advcl", "oprd")
PREPS = ("to", "with", "against", "on", "in", "at", "by", "from", "of", "for", "into", "over",
         "between", "about", "after", "during", "among", "across", "under")
KINDS = ("country", "capital", "adjective", "place", "sector", "agent", "organisation", "person",
         "named", "phrase", "own")
CLAUSE_DEPS = ("ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "csubj")
# Nouns of time and quantity name when or how much, never who
TIME_WORDS = frozenset((
    "day", "week", "month", "year", "time", "hour", "minute", "night", "morning", "evening",
    "afternoon", "weekend", "today", "yesterday", "tomorrow", "decade", "century", "period",
    "percent", "%", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december"))
PHRASE_MODIFIER_DEPS = ("compound", "amod", "flat", "nmod", "poss", "det", "nummod", "quantmod",
                        "case")


@dataclass
class Option:
    """One noun phrase an event's target could be: its head token, the actor it names, and the
    features the model scores."""
    head: object
    actor: Actor
    features: dict[str, float]
    is_rule: bool
    home_venue: bool = False  # the source's own country, or a place in it (on_home_ground)


def phrase_bounds(head) -> tuple[int, int]:
    """Token range [first, last] of a head noun and the modifiers before it."""
    first = head.i
    for child in head.children:
        if child.i < head.i and child.dep_ in PHRASE_MODIFIER_DEPS:
            first = min(first, child.left_edge.i)
    return first, head.i


def _path(a, b) -> tuple[int, list]:
    """Number of arcs between two tokens of a tree and the tokens climbed from `a` (exclusive of
    the common ancestor)."""
    up_a = [a] + list(a.ancestors)
    up_b = {t.i: n for n, t in enumerate([b] + list(b.ancestors))}
    for n, token in enumerate(up_a):
        if token.i in up_b:
            return n + up_b[token.i], up_a[:n]
    return 99, up_a


def _bucket(name: str, value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"{name}<={edge}"
    return f"{name}>{edges[-1]}"


def option_heads(doc) -> list:
    """Heads of the sentence's noun phrases: nouns and proper nouns that are not themselves
    inside another noun's name (compound or flat parts) or modifiers of a noun or adjective
    ("a Venezuela-style operation")."""
    return [t for t in doc if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "flat")
            and not (t.dep_ in ("npadvmod", "amod", "nmod") and t.head.pos_ in ("ADJ", "NOUN",
                                                                                 "PROPN"))]


def features(head, actor: Actor, verb, passive: bool, source: Actor, is_rule: bool,
             rule_target: Actor | None, position: int, after_position: int,
             source_token=None, act: bool = False, fallback: bool = False) -> dict[str, float]:
    """The features of one option (a head token and the actor it names) for one event:
    `source_token` is the head of the source's phrase when it is in the sentence, `act` whether
    the option's noun names an act (an event noun of the pattern book)."""
    f: dict[str, float] = {"bias": 1.0}
    dep = head.dep_ if head.dep_ in DEPS else "other"
    kind = actor.kind if actor.kind in KINDS else "other"
    side = "after" if head.i > verb.i else "before"
    _relation_features(f, head, dep, kind, side, source_token, act)
    if head.dep_ == "pobj":
        _preposition_features(f, head, verb, kind)
    _tree_features(f, head, verb, dep)
    f["side=" + side] = 1.0
    f[_bucket(side + "_distance", abs(head.i - verb.i), (1, 2, 4, 7, 12))] = 1.0
    if position == 0:
        f["first_option"] = 1.0
    if after_position == 0:
        f["first_after_verb"] = 1.0
    if passive:
        f["passive"] = 1.0
        f["passive:side=" + side] = 1.0
    _actor_features(f, head, actor, source, kind)
    if is_rule:
        f["rule_target"] = 1.0
    elif rule_target is None:
        f["rules_gave_none"] = 1.0
    if fallback:  # no verb pattern fired: the "verb" is the sentence's root
        f["fallback"] = 1.0
        f["fallback&dep=" + dep] = 1.0
    return f


def _relation_features(f: dict, head, dep: str, kind: str, side: str, source_token,
                       act: bool) -> None:
    """The option's dependency relation, with its side and actor kind; its lemma; whether it
    names an act; whether it is the source's partner or hangs off the source."""
    f["dep=" + dep] = 1.0
    f["dep=" + dep + "&side=" + side] = 1.0
    f["dep=" + dep + "&kind=" + kind] = 1.0
    if head.pos_ == "NOUN":
        f["lemma=" + head.lemma_.lower()] = 1.0
    if act:
        f["act_noun"] = 1.0
    if source_token is not None:
        if any(t.i == head.i for t in source_token.conjuncts):
            f["source_partner"] = 1.0
        if head.head.i == source_token.i:
            f["source_child:" + dep] = 1.0


def _preposition_features(f: dict, head, verb, kind: str) -> None:
    """The preposition of an option that is its object, and what the preposition hangs on."""
    prep = head.head
    name = prep.lemma_.lower()
    f["prep=" + (name if name in PREPS else "other")] = 1.0
    f["prep=" + (name if name in PREPS else "other") + "&kind=" + kind] = 1.0
    holder = prep.head
    if holder.i == verb.i:
        f["prep_on_verb"] = 1.0
        f["prep_on_verb=" + (name if name in PREPS else "other")] = 1.0
    elif holder.head.i == verb.i and holder.dep_ in ("dobj", "obj"):
        f["prep_on_object"] = 1.0
    elif holder.pos_ in ("NOUN", "PROPN"):
        f["prep_on_noun"] = 1.0
    if prep.dep_ == "agent":
        f["agent"] = 1.0


def _tree_features(f: dict, head, verb, dep: str) -> None:
    """Where the option sits in the parse relative to the verb: its child, the path's length,
    another clause, the verb's subtree, the subject."""
    if head.head.i == verb.i and head.i != verb.i:
        f["child_of_verb"] = 1.0
        f["child_of_verb:" + dep] = 1.0
    length, climbed = _path(head, verb)
    f[_bucket("path", length, (1, 2, 3, 4, 6))] = 1.0
    if any(t.dep_ in CLAUSE_DEPS for t in climbed):
        f["in_other_clause"] = 1.0
    if verb.left_edge.i <= head.i <= verb.right_edge.i:
        f["in_verb_subtree"] = 1.0
    else:
        f["outside_verb_subtree"] = 1.0
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i for t in climbed):
        f["inside_subject"] = 1.0


def _actor_features(f: dict, head, actor: Actor, source: Actor, kind: str) -> None:
    """What the option names: its actor kind, code and country (the source's own?), its part of
    speech, number and whether it is a word of time or quantity."""
    f["kind=" + kind] = 1.0
    if actor.code:
        f["coded"] = 1.0
    if actor.country:
        f["has_country"] = 1.0
        if source.country and actor.country == source.country:
            f["source_country"] = 1.0
    if actor.code and actor.code == source.code:
        f["source_code"] = 1.0
    f["pos=" + head.pos_] = 1.0
    if head.tag_ in ("NNS", "NNPS"):
        f["plural"] = 1.0
    if head.lemma_.lower() in TIME_WORDS or head.lower_ in TIME_WORDS:
        f["time_word"] = 1.0


class RoleModel:
    """Logistic regression weights over named features, and the margin by which an option must
    beat the rules' own target to replace it."""

    def __init__(self, weights: dict[str, float], margin: float, min_probability: float,
                 phrase_targets: bool = True, home_venues: bool = False,
                 fallback_targets: bool = False, path: Path | None = None):
        self.weights = weights
        self.margin = margin
        self.min_probability = min_probability
        # whether a noun phrase the dictionary does not code ("a convoy") may be a target
        self.phrase_targets = phrase_targets
        # whether the source's own country, or a place in it where it acted ("protested in
        # Caracas"), may be its target; if not, such a best option leaves the event without one
        self.home_venues = home_venues
        # whether an event of the learned fallback (no verb pattern fired) gets its target from
        # the sentence's noun phrases too, where the next actor of another country names none
        self.fallback_targets = fallback_targets
        self.path = path

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> RoleModel:
        path = Path(path)
        try:
            document = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise ModelFileError(f"model file {path} is missing; {REBUILD}") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelFileError(f"model file {path} cannot be read ({exc}); {REBUILD}") from None
        if not isinstance(document, dict) or document.get("kind") != MODEL_KIND:
            raise ModelFileError(f"model file {path} is not a coding roles model; {REBUILD}")
        if document.get("version") != MODEL_VERSION:
            raise ModelFileError(
                f"model file {path} was built for version {document.get('version')!r} of the "
                f"role model, this is version {MODEL_VERSION}; {REBUILD}")
        try:
            weights = {str(k): float(v) for k, v in document["weights"].items()}
            margin = float(document["margin"])
            floor = float(document["min_probability"])
            phrases = bool(document["phrase_targets"])
            home = bool(document["home_venues"])
            fallback = bool(document["fallback_targets"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelFileError(f"model file {path} is incomplete ({exc}); {REBUILD}") from None
        return cls(weights, margin, floor, phrases, home, fallback, path)

    def document(self) -> dict:
        """The model as the JSON document `load` reads."""
        return {"kind": MODEL_KIND, "version": MODEL_VERSION, "margin": self.margin,
                "min_probability": self.min_probability, "phrase_targets": self.phrase_targets,
                "home_venues": self.home_venues, "fallback_targets": self.fallback_targets,
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}}

    def probability(self, feats: dict[str, float]) -> float:
        score = sum(self.weights.get(name, 0.0) * value for name, value in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    @property
    def weighs_rule_targets(self) -> bool:
        """Whether an event the rules gave a target may get another (else its options are not
        even built)."""
        return self.margin < 1.0

    def decide(self, candidate, options: list[Option]) -> Option | None:
        """The option to take as an event candidate's target, or None to keep the rules'."""
        return self.choose(options)

    def choose(self, options: list[Option]) -> Option | None:
        """The option to take as target, or None to keep the rules' choice."""
        if not self.phrase_targets:
            options = [o for o in options if o.is_rule or o.actor.kind != "phrase"]
        if not options:
            return None
        scored = [(self.probability(o.features), o) for o in options]
        best_p, best = max(scored, key=lambda item: item[0])
        if best.is_rule or (best.home_venue and not self.home_venues):
            return None
        rule_p = max((p for p, o in scored if o.is_rule), default=None)
        if rule_p is None:
            return best if best_p >= self.min_probability else None
        return best if best_p >= rule_p + self.margin else None


_LOCK = threading.Lock()
_LOADED: dict[Path, RoleModel] = {}


def load_role_model(path: str | Path = MODEL_PATH) -> RoleModel:
    """The packaged role model (loaded once per process)."""
    path = Path(path)
    with _LOCK:
        if path not in _LOADED:
            _LOADED[path] = RoleModel.load(path)
        return _LOADED[path]
