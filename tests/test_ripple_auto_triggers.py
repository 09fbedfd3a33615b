"""Automatic ripple mode picks high-impact shocks outside the region, once per shock."""
from aftershock.gazetteer import Region
from aftershock.ripple.auto import TriggerPolicy, choose_triggers

PENINSULA = Region(name="Korean Peninsula", slug="korean-peninsula", countries=("PRK", "KOR"))


def story(sid, day, outlets, headline):
    return {"id": sid, "first_seen": f"2026-01-{day:02d}T08:00:00", "n_outlets": outlets,
            "headline": headline, "countries": []}


def strike(source, target, goldstein=-9.5):
    return {"quad": 4, "goldstein": goldstein, "source_country": source,
            "target_country": target}


STORIES = [
    story(1, 3, 5, "U.S. forces seize leader in Caracas raid"),
    story(2, 4, 6, "North Korea fires missiles"),
    story(3, 5, 4, "UN council meets on Venezuela"),
    story(4, 6, 2, "Small clash reported"),
    story(5, 7, 4, "Drone strikes hit power grid"),
    story(6, 8, 4, "Protest march in the capital"),
]
EVENTS = {
    1: [strike("USA", "VEN"), strike("USA", "VEN", -10.0), strike("USA", "VEN", -2.0)],
    2: [strike("PRK", "JPN"), strike("PRK", "KOR"), strike("KOR", "PRK")],
    3: [strike("COL", "PAN"), strike("PAN", "COL")],  # a miscoded retelling, but about the raid
    4: [strike("SDN", "SDN"), strike("SDN", "SDN")],
    5: [strike("RUS", "UKR"), strike("RUS", "UKR")],
    6: [{"quad": 1, "goldstein": 1.0, "source_country": "FRA", "target_country": None}],
}


def test_choices_and_their_reasons():
    choices = {c.story["id"]: c for c in choose_triggers(STORIES, EVENTS, PENINSULA)}
    assert [sid for sid, c in choices.items() if c.accepted] == [1, 5]
    assert choices[1].focal == ["VEN"]
    assert "news inside the region" in choices[2].reason
    assert choices[3].reason.startswith("follow-up of story 1")
    assert "fewer than 3" in choices[4].reason
    assert "0 material-conflict event(s)" in choices[6].reason


def test_the_policy_is_adjustable():
    strict = TriggerPolicy(min_outlets=5, max_goldstein=-9.8)
    accepted = [c.story["id"] for c in choose_triggers(STORIES, EVENTS, PENINSULA, strict)
                if c.accepted]
    assert accepted == []  # story 1 has only one event at or below -9.8
    assert [c.story["id"] for c in choose_triggers(STORIES, EVENTS, PENINSULA,
                                                   TriggerPolicy(min_material_conflict=1))
            if c.accepted] == [1, 5]
