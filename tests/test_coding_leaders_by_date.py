"""Leaders resolve by the article's date: who held the office that day decides the code."""
import pytest

from aftershock.coding import load_actor_dictionary


@pytest.fixture(scope="module")
def actors():
    return load_actor_dictionary()


@pytest.mark.parametrize("name, date, code", [
    ("Nicolás Maduro", "2025-12-20", "VENGOV"),
    ("Nicolás Maduro", "2026-02-01", "VEN"),
    ("Maduro", "2026-01-03", "VENGOV"),
    ("Lee Jae-myung", "2025-06-04", "KORGOV"),
    ("Lee Jae-myung", "2024-03-01", "KOROPP"),
    ("Yoon Suk Yeol", "2025-04-04", "KORGOV"),
    ("Yoon Suk Yeol", "2025-04-05", "KOR"),
    ("Donald Trump", "2025-01-20", "USAGOV"),
    ("Donald Trump", "2023-06-01", "USA"),
    ("Joe Biden", "2023-06-01", "USAGOV"),
    ("Kim Jong-un", "2026-01-04", "PRKGOV"),
    ("Xi Jinping", "2026-01-04", "CHNGOV"),
    ("Volodymyr Zelensky", "2026-01-04", "UKRGOV"),
    ("Lula", "2026-01-04", "BRAGOV"),
])
def test_office_holder_codes(actors, name, date, code):
    assert actors.match(name, date).code == code


def test_iso_datetime_is_accepted(actors):
    assert actors.match("Maduro", "2026-02-01T08:00:00+00:00").code == "VEN"


def test_without_date_the_latest_office_counts(actors):
    assert actors.match("Maduro").code == "VENGOV"


def test_title_and_country_before_a_name_keep_the_persons_code(actors):
    actor = actors.match("South Korean President Lee Jae-myung", "2026-01-05")
    assert actor.code == "KORGOV" and actor.text == "South Korean President Lee Jae-myung"


def test_bare_surname_resolves_after_full_name_in_document(actors):
    seen: list[str] = []
    actors.find("Lee Jae-myung arrived in Beijing.", "2026-01-05", seen)
    assert [a.code for a in actors.find("Lee asked for calm.", "2026-01-05", seen)] == ["KORGOV"]
    assert actors.find("Lee asked for calm.", "2026-01-05", []) == []
