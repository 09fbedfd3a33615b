"""The learned target decision (coding/roles.py): which noun phrase an event is done to."""
import json

import pytest

from aftershock.coding import Coder
from aftershock.coding.actors import Actor
from aftershock.coding.fallback import ModelFileError
from aftershock.coding.roles import MODEL_PATH, Option, RoleModel, load_role_model


@pytest.fixture(scope="module")
def coders():
    learned = Coder()
    return learned, Coder(nlp=learned.nlp, roles=None)


def _target(coder, text, date="2026-01-05"):
    events = coder.code_text(text, date)
    return (events[0].get("target") or {}) if events else None


def _option(text, kind, score, is_rule=False):
    actor = Actor("" if kind == "phrase" else "XXX", None, text, 0, len(text), kind)
    return Option(None, actor, {"w": score}, is_rule)


def test_the_packaged_model_loads_and_is_used_by_default():
    model = load_role_model()
    assert model.weights and 0 <= model.min_probability <= 1
    assert Coder().extractor.roles is model


def test_a_missing_stale_broken_or_foreign_model_file_is_named_with_how_to_rebuild(tmp_path):
    with pytest.raises(ModelFileError, match=r"gone\.json is missing.*train_coding_roles"):
        RoleModel.load(tmp_path / "gone.json")
    document = json.loads(MODEL_PATH.read_text("utf-8"))
    for name, change, message in [
            ("stale", {"version": 99}, r"stale\.json was built for version 99"),
            ("foreign", {"kind": "something-else"}, r"foreign\.json is not a coding roles model"),
            ("partial", {"weights": None}, r"partial\.json is incomplete")]:
        (tmp_path / f"{name}.json").write_text(json.dumps({**document, **change}), "utf-8")
        with pytest.raises(ModelFileError, match=message):
            RoleModel.load(tmp_path / f"{name}.json")
    (tmp_path / "broken.json").write_text("{not json", "utf-8")
    with pytest.raises(ModelFileError, match=r"broken\.json cannot be read"):
        RoleModel.load(tmp_path / "broken.json")


def test_the_decision_keeps_the_rules_unless_an_option_beats_them_by_the_margin():
    model = RoleModel({"w": 1.0}, margin=0.2, min_probability=0.3)
    rule = _option("Ruritania", "country", 0.0, is_rule=True)  # p = 0.5
    close = _option("Freedonia", "country", 0.5)  # p = 0.62: not 0.2 better
    far = _option("Borduria", "country", 3.0)  # p = 0.95
    assert model.choose([rule, close]) is None
    assert model.choose([rule, close, far]) is far
    # no rule target: the best option if it is likely enough
    assert model.choose([close]) is close
    assert model.choose([_option("Syldavia", "country", -2.0)]) is None
    # an uncoded noun phrase is a target only when the model allows it
    phrase = _option("the convoy", "phrase", 3.0)
    assert model.choose([phrase]) is phrase
    model.phrase_targets = False
    assert model.choose([phrase]) is None


def test_the_saved_document_loads_back(tmp_path):
    model = RoleModel({"bias": -1.5, "dep=dobj": 2.0}, 0.2, 0.15, phrase_targets=False)
    path = tmp_path / "roles.json"
    path.write_text(json.dumps(model.document()), "utf-8")
    again = RoleModel.load(path)
    assert (again.weights, again.margin, again.min_probability, again.phrase_targets) == \
        (model.weights, 0.2, 0.15, False)


@pytest.mark.parametrize("text, target", [
    ("The minister met with union leaders on Tuesday.", "leaders"),
])
def test_the_model_names_a_target_where_the_rules_find_no_actor(coders, text, target):
    learned, rules = coders
    assert _target(rules, text) == {}
    found = _target(learned, text)
    assert found["text"] == target and found["country"] is None


@pytest.mark.parametrize("text, target", [
    ("Mexico and Canada signed a trade agreement on Wednesday.", "Canada"),  # a joint act's partner
    ("The court sentenced the former mayor to ten years in prison.", "mayor"),
])
def test_a_target_the_rules_give_is_kept(coders, text, target):
    learned, rules = coders
    assert _target(learned, text) == _target(rules, text)
    assert _target(learned, text)["text"] == target


@pytest.mark.parametrize("text", [
    "Turkey withdrew its troops from the border zone.",
    # no option is likely enough: the source's own forces; no actor left
    "Rebels ambushed a convoy near the border on Tuesday.",
    "North Korea fired two ballistic missiles into the sea on Sunday.",  # the object is the act
])
def test_no_target_is_invented_for_an_act_aimed_at_no_one(coders, text):
    learned, _ = coders
    assert _target(learned, text) == {}


def test_without_the_model_the_rules_decide_alone(coders):
    _, rules = coders
    assert rules.extractor.roles is None


def test_a_fallback_event_takes_the_main_verbs_subject_and_a_target_from_the_parse(coders):
    # no verb pattern fires ("handed"): the learned fallback codes the sentence; without the
    # role model its source is the first actor the dictionary names, with it the subject of
    # the main verb (a name the dictionary does not know), and the target is the noun phrase
    # the role model picks with that verb as the act
    learned, rules = coders
    text = "Oxfam handed tents to displaced families in Chad."
    before = rules.code_text(text, "2026-01-05")[0]
    after = learned.code_text(text, "2026-01-05")[0]
    assert before["method"] == after["method"] == "model"
    assert before["source"]["text"] == "families"
    assert after["source"]["text"] == "Oxfam" and after["target"]["text"] == "families"
