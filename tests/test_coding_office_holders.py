"""The dated list of office holders (people.yaml): well formed, one entry per person, offices
that do not overlap, and leaders from 1990 to today resolved by the article's date."""
import datetime as dt
import itertools
from collections import Counter

import pytest

from aftershock.coding import load_actor_dictionary
from aftershock.coding.actors import load_yaml
from aftershock.gazetteer import load_document


@pytest.fixture(scope="module")
def people():
    return load_yaml("people.yaml")["people"]


@pytest.fixture(scope="module")
def actors():
    return load_actor_dictionary()


def test_file_parses_into_people_with_dated_offices(people):
    assert len(people) >= 300
    for person in people:
        assert {"name", "country", "offices"} <= set(person), person
        assert person["offices"], person["name"]
        for office in person["offices"]:
            assert isinstance(office["from"], dt.date), (person["name"], office)
            assert office.get("to") is None or isinstance(office["to"], dt.date), (
                person["name"],
                office,
            )
            assert isinstance(office.get("role", ""), str), (person["name"], office)


def test_no_person_appears_twice(people):
    twice = [name for name, count in Counter(p["name"] for p in people).items() if count > 1]
    assert not twice


def test_no_name_or_short_form_belongs_to_two_people(people):
    owners: dict[str, str] = {}
    for person in people:
        for form in {person["name"], *person.get("names", []), *person.get("short", [])}:
            assert owners.setdefault(form, person["name"]) == person["name"], \
                f"{form!r}: {owners[form]} and {person['name']}"


def test_every_office_starts_before_it_ends(people):
    for person in people:
        for office in person["offices"]:
            assert office.get("to") is None or office["from"] <= office["to"], (
                person["name"],
                office,
            )


def test_offices_of_one_person_do_not_overlap(people):
    for person in people:
        offices = sorted(person["offices"], key=lambda office: office["from"])
        for earlier, later in itertools.pairwise(offices):
            assert earlier.get("to") is not None and earlier["to"] < later["from"], \
                (person["name"], earlier, later)


def test_countries_are_known_codes(people):
    isos = {entry["iso"] for entry in load_document("countries")["countries"]}
    organisations = {entry["code"] for entry in load_document("organisations")["organisations"]}
    for person in people:
        for code in [
            person["country"],
            *(o["country"] for o in person["offices"] if "country" in o),
        ]:
            assert code in isos or (code.startswith("IGO") and code in organisations), (
                person["name"],
                code,
            )


def test_heads_of_state_or_government_cover_sixty_countries(people):
    covered = {office.get("country") or person["country"]
               for person in people for office in person["offices"] if office.get("role") == "GOV"}
    assert len(covered) >= 60
    assert {
        "DZA",
        "IRQ",
        "SYR",
        "AFG",
        "PAK",
        "UKR",
        "ISR",
        "PSE",
        "IRN",
        "SRB",
        "NGA",
        "EGY",
    } <= covered


def test_igo_heads_since_1990(people):
    def holders(code):
        return {
            p["name"]
            for p in people
            for o in p["offices"]
            if (o.get("country") or p["country"]) == code
        }

    assert {"Boutros Boutros-Ghali", "Kofi Annan", "Ban Ki-moon", "António Guterres"} <= holders(
        "IGOUNO"
    )
    assert {
        "Manfred Wörner",
        "Javier Solana",
        "George Robertson",
        "Jens Stoltenberg",
        "Mark Rutte",
    } <= holders("IGOWSTNAT")
    assert {"Jacques Delors", "Jacques Santer", "Romano Prodi", "José Manuel Barroso",
            "Jean-Claude Juncker", "Ursula von der Leyen"} <= holders("IGOEUR")


@pytest.mark.parametrize("text, date, code", [
    ("President Bouteflika said the talks would resume.", "2000-05-01", "DZAGOV"),
    ("Bouteflika was seen in Geneva.", "2021-01-10", "DZA"),
    ("Boris Yeltsin signed the decree.", "1995-06-01", "RUSGOV"),
    ("Boris Yeltsin attended the funeral.", "2005-06-01", "RUS"),
    ("Tony Blair met the president.", "2001-09-20", "GBRGOV"),
    ("Blair spoke at the conference.", "2010-02-01", "GBR"),
    # defence ministers code as MIL (agents.yaml)
    ("Defence Secretary Tom King visited the troops.", "1990-11-01", "GBRMIL"),
    ("George H. W. Bush warned Baghdad.", "1990-08-08", "USAGOV"),
    ("George W. Bush addressed the nation.", "2003-03-19", "USAGOV"),
    ("Saddam rejected the ultimatum.", "1991-01-15", "IRQGOV"),
    ("Chirac and Schröder opposed the war.", "2003-02-10", "FRAGOV"),
    ("Milosevic agreed to withdraw.", "1999-06-03", "SRBGOV"),
    ("Arafat returned to Gaza.", "1994-07-01", "PSEGOV"),
    ("Kim Jong-il received the envoy.", "2000-06-13", "PRKGOV"),
    ("Prime Minister Nawaz Sharif said.", "1998-05-28", "PAKGOV"),
    ("Hamid Karzai was sworn in.", "2004-12-07", "AFGGOV"),
    ("Lula thanked voters.", "2015-01-01", "BRA"),
    # a national leader who later heads an IGO: the office decides the code
    ("Rutte said.", "2015-06-01", "NLDGOV"),
    ("Rutte said.", "2025-06-01", "IGOWSTNAT"),
    ("Guterres said.", "1999-01-01", "PRTGOV"),
    ("Guterres said.", "2020-01-01", "IGOUNO"),
    ("Prodi said.", "2002-01-01", "IGOEUR"),
    ("Prodi said.", "2007-01-01", "ITAGOV"),
])
def test_leaders_resolve_by_date(actors, text, date, code):
    assert actors.find(text, date)[0].code == code


def test_igo_office_has_no_country_and_national_office_has_one(actors):
    assert actors.match("Jens Stoltenberg", "2020-01-01").country is None
    assert actors.match("Jens Stoltenberg", "2010-01-01").country == "NOR"


def test_regnal_numbers_and_short_words_are_no_bare_surnames(actors):
    seen: list[str] = []
    actors.find("King Hassan II received the envoy.", "1995-01-01", seen)
    assert actors.find("He fought in World War II.", "1995-01-01", seen) == []
    seen = []
    actors.find("To Lam met the delegation.", "2025-01-01", seen)
    assert actors.find("To this day nothing changed.", "2025-01-01", seen) == []


def test_two_bushes_have_no_bare_short_form(actors):
    assert actors.find("Bush said.", "2003-01-01") == []
