"""The gazetteer: one country table that coding, signals, ripple, briefs and web all read."""
from aftershock.coding import load_actor_dictionary
from aftershock.gazetteer import (
    COUNTRIES,
    country_name,
    country_terms,
    is_country_code,
    load_document,
    organisation_name,
    resolve_region,
)
from aftershock.web.views import country_name as page_country_name


def test_one_table_feeds_the_coder_and_the_display_names():
    dictionary = load_actor_dictionary()
    raw = {entry["iso"] for entry in load_document("countries")["countries"]}
    assert raw == set(COUNTRIES)
    for code in ("PRI", "USA", "PSE", "KOR", "COD"):
        name = COUNTRIES[code].name
        assert dictionary.countries_in(f"Officials in {name} said so.") == {code}, code


def test_display_names_take_the_article_where_english_does():
    assert country_name("USA") == "the United States"
    assert country_name("USA", with_article=False) == "United States"
    assert country_name("PHL", capitalise=True) == "The Philippines"
    assert country_name("FRA") == "France"
    assert country_name("XYZ") == "XYZ"
    assert page_country_name("USA") == "United States"


def test_organisation_codes_are_the_coders_codes():
    # the coder writes IGOWSTNAT for NATO; the display name must follow that same code
    assert load_actor_dictionary().find("NATO said so.")[0].code == "IGOWSTNAT"
    assert country_name("IGOWSTNAT") == "NATO"
    assert country_name("IGOUNO") == "the United Nations"
    assert organisation_name("NOPE") is None


def test_terms_cover_names_adjectives_and_capitals_but_not_ambiguous_forms():
    terms = country_terms("CHL")
    assert {"Chile", "Chilean"} <= set(terms)
    assert "Santiago" not in terms  # a capital shared in name with other countries' cities
    assert "Brussels" not in country_terms("BEL")  # news uses it for the EU
    assert country_terms("nope") == ()
    assert is_country_code("kor") and not is_country_code("ZZZ") and not is_country_code(None)


def test_every_region_member_is_a_gazetteer_country():
    for slug, region in __import__("aftershock.gazetteer", fromlist=["x"]).load_regions().items():
        unknown = [c for c in region.countries if c not in COUNTRIES]
        assert not unknown, (slug, unknown)
    assert resolve_region("Korean Peninsula").countries == ("PRK", "KOR")


def test_an_alias_inside_another_countrys_name_is_not_a_term():
    # whole-word matching would find "Korea" in every "North Korea"
    assert "Korea" not in country_terms("KOR") and "South Korea" in country_terms("KOR")
    assert "Congo" not in country_terms("COD")
    # the coder, which prefers the longest match, still reads them
    assert load_actor_dictionary().countries_in("Korea and Japan met.") == {"KOR", "JPN"}
