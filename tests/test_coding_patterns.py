"""Verb and noun patterns: codes across all 20 CAMEO roots, objects, prepositions, pre-filter."""
import pytest

from aftershock.coding.cameo import cameo_table
from aftershock.coding.patterns import load_patterns, verb_forms


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


def test_patterns_reach_every_root_with_valid_codes(patterns):
    codes = [p.code for p in patterns.verbs.values() if p.code]
    codes += [c for p in patterns.verbs.values() for c in [*p.objects.values(), *p.preps.values()]]
    codes += [c for entry in patterns.nouns.values() for c in entry.values()]
    table = cameo_table()
    assert all(code in table for code in codes)
    assert {code[:2] for code in codes} == {f"{root:02d}" for root in range(1, 21)}


@pytest.mark.parametrize("lemma, kwargs, code", [
    ("condemn", {}, "111"),
    ("accuse", {}, "112"),
    ("fire", {"objects": ["missile"]}, "150"),
    ("fire", {"objects": ["missile"], "has_target_prep": True}, "195"),
    ("test", {"objects": ["ballistic missile", "missile"]}, "150"),
    ("capture", {}, "173"),
    ("meet", {}, "040"),
    ("visit", {}, "042"),
    ("impose", {"objects": ["sanction"]}, "163"),
    ("call", {"preps": ["for"]}, "020"),
    ("call", {"particle": "on"}, "020"),
    ("bomb", {}, "195"),
])
def test_verb_codes(patterns, lemma, kwargs, code):
    assert patterns.verb_code(lemma, **kwargs)[0] == code


def test_verb_without_matching_object_is_not_an_event(patterns):
    assert patterns.verb_code("fire", objects=["employee"])[0] is None


def test_noun_codes_with_modifiers(patterns):
    assert patterns.noun_code(["air strike", "strike"]) == "195"
    assert patterns.noun_code(["drill"], ["joint"]) == "062"
    assert patterns.noun_code(["drill"]) == "150"


def test_prefilter_knows_inflected_and_irregular_forms(patterns):
    assert patterns.is_candidate("The two leaders met in Hanoi")
    assert patterns.is_candidate("Rebels were shelling the town")
    assert not patterns.is_candidate("The weather was mild and sunny")


def test_verb_forms():
    assert {"ban", "banned", "banning", "bans"} <= verb_forms("ban")
    assert {"capture", "captured", "capturing"} <= verb_forms("capture")
    assert {"ally", "allied", "allies"} <= verb_forms("ally")
