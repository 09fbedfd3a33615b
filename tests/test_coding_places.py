"""Cities and regions of the actor dictionary locate events and name their country, but are no
government metonym and do not change which countries a text is about."""
from aftershock.coding import Coder
from aftershock.coding.actors import load_actor_dictionary
from aftershock.gazetteer import load_document


def test_places_resolve_to_their_country_as_places():
    actors = load_actor_dictionary()
    found = {a.text: a for a in actors.find("Shelling hit Kharkiv and Aleppo; Hong Kong police "
                                            "detained Peshawar traders.", "2026-01-10")}
    assert (found["Kharkiv"].code, found["Kharkiv"].kind) == ("UKR", "place")
    assert (found["Aleppo"].code, found["Aleppo"].kind) == ("SYR", "place")
    assert found["Hong Kong police"].code == "HKGCOP"
    assert (
        found["Peshawar traders"].code == "PAKBUS"
    )  # a place composes with a sector like a country


def test_countries_in_ignores_places():
    actors = load_actor_dictionary()
    assert actors.countries_in("Drones struck Odesa overnight, officials in Kyiv said.") == {"UKR"}


def test_every_place_list_names_a_known_country_and_no_capital_twice():
    countries = load_document("countries")
    known = {entry["iso"] for entry in countries["countries"]}
    capitals = {c for entry in countries["countries"] for c in entry.get("capitals", [])}
    for iso, places in countries["places"].items():
        assert iso in known, iso
        assert not set(places) & capitals, (iso, set(places) & capitals)


def test_a_place_locates_a_bare_sector_and_a_domestic_act_targets_its_own_country():
    coder = Coder()
    [event] = coder.code_text("Gunmen killed five villagers near Maiduguri.", "2026-01-10")
    assert event["source"]["code"] == "NGAREB" and event["target"]["code"] == "NGACVL"
    assert event["place"] == "Maiduguri"
    text = "Farm workers blocked highways near Lahore."
    # the rules never take a place at home as the target; the learned decision names its
    # country, as CAMEO codes a domestic act (and the role-tagged news sentences annotate it)
    rules = Coder(nlp=coder.nlp, roles=None).code_text(text, "2026-01-10")
    assert rules and all(e["target"] is None for e in rules)
    [event] = coder.code_text(text, "2026-01-10")
    assert event["source"]["country"] == "PAK" and event["place"] == "Lahore"
    assert (event["target"]["code"], event["target"]["country"]) == ("PAK", "PAK")
