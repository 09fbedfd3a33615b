"""Actor dictionary: countries, composition of country + sector, organisations, ambiguity."""
import pytest

from aftershock.coding import load_actor_dictionary
from aftershock.coding.actors import load_yaml
from aftershock.gazetteer import load_document


@pytest.fixture(scope="module")
def actors():
    return load_actor_dictionary()


def codes(actors, text, date=None):
    return [actor.code for actor in actors.find(text, date)]


def test_covers_all_countries_with_unique_iso_codes():
    countries = load_document("countries")["countries"]
    isos = [entry["iso"] for entry in countries]
    assert len(isos) == len(set(isos)) >= 195
    assert {"TWN", "PSE", "XKX", "PRK", "KOR", "VEN", "SSD"} <= set(isos)


@pytest.mark.parametrize("text, code", [
    ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("UK", "GBR"), ("DPRK", "PRK"), ("ROK", "KOR"),
    ("PRC", "CHN"), ("South Korean", "KOR"), ("Venezuelan", "VEN"), ("North Koreans", "PRK"),
    ("Brasília", "BRAGOV"), ("Pyongyang", "PRKGOV"), ("Kyiv", "UKRGOV"), ("the Pentagon", "USAMIL"),
    ("Democratic Republic of the Congo", "COD"), ("Guinea-Bissau", "GNB"), ("Niger", "NER"),
])
def test_single_names(actors, text, code):
    assert codes(actors, text) == [code]


@pytest.mark.parametrize("text, code", [
    ("North Korea's foreign ministry", "PRKGOV"),
    ("U.S. forces", "USAMIL"),
    ("U.S. special forces", "USAMIL"),
    ("South Korea's Joint Chiefs of Staff", "KORMIL"),
    ("the president of Venezuela", "VENGOV"),
    ("Iraqi police", "IRQCOP"),
    ("Venezuelan opposition leader María Corina Machado", "VENOPP"),
    ("Japanese lawmakers", "JPNLEG"),
    ("Seoul's military", "KORMIL"),
])
def test_country_and_sector_compose(actors, text, code):
    assert actors.match(text, "2026-01-04").code == code


@pytest.mark.parametrize("text, code", [
    ("the UN Security Council", "IGOUNO"), ("NATO", "IGOWSTNAT"), ("the European Union", "IGOEUR"),
    ("the IAEA", "IGOUNOIAE"), ("ASEAN", "IGOSEAASN"), ("the African Union", "IGOAFRAU"),
    ("ECOWAS", "IGOWAFECW"), ("the IMF", "IGOBUSIMF"),
])
def test_international_organisations(actors, text, code):
    assert actors.match(text).code == code


def test_bare_sector_has_role_but_no_country(actors):
    actor = actors.match("the ministry")
    assert actor.code == "GOV" and actor.country is None


def test_blocked_phrases_name_no_country(actors):
    assert actors.find("tensions on the Korean Peninsula rose") == []
    assert codes(actors, "The Washington Post reported it") == []


def test_sector_blockers_and_unknown_text(actors):
    assert actors.find("market forces pushed prices up") == []
    assert actors.match("a quiet afternoon") is None


def test_dated_organisation_code(actors):
    assert actors.match("the Taliban", "2019-05-01").code == "AFGREB"
    assert actors.match("the Taliban", "2023-05-01").code == "AFGGOV"


def test_dateline_country(actors):
    assert actors.dateline_country("SEOUL (Wire) — The ministry said") == "KOR"
    assert actors.dateline_country("Caracas, Jan. 3 - Troops moved") == "VEN"
    assert actors.dateline_country("North Korea fired a missile") is None


G20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
       "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}


def test_office_holders_cover_the_g20_the_koreas_and_the_demo_corpus(actors):
    from aftershock.coding.actors import countries_in
    from aftershock.demo import demo_corpus
    from aftershock.ingest.files import read_jsonl
    people = load_yaml("people.yaml")["people"]
    with_leaders = {
        p["country"] for p in people if any(o.get("role") == "GOV" for o in p["offices"])
    }
    demo_countries = set()
    for path in demo_corpus():
        for record in read_jsonl(path):
            demo_countries |= countries_in(record.raw["text"], record.raw.get("published"))
    missing = (G20 | {"PRK", "KOR"} | demo_countries) - with_leaders
    assert not missing, f"no dated head of state or government for {sorted(missing)}"
    # an IGO office may carry its own country (Rutte: NLD, his NATO office IGOWSTNAT)
    organisations = {
        office.get("country") or p["country"] for p in people for office in p["offices"]
    }
    assert {"IGOUNO", "IGOEUR", "IGOWSTNAT"} <= organisations
