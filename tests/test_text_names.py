"""aftershock.text.names: the one home of name extraction, in its three forms."""
from aftershock.text import name_runs, person_named_in, proper_noun_runs
from aftershock.text.names import strip_possessive


def test_strip_possessive_both_apostrophes():
    assert strip_possessive("Korea's") == ("Korea", True)
    assert strip_possessive("Korea\u2019s") == ("Korea", True)
    assert strip_possessive("Seoul") == ("Seoul", False)


def test_name_runs_keep_connectors_and_split_at_possessives():
    names = name_runs("Seoul said South Korea’s Joint Chiefs of Staff met in the Gulf of Aden.")
    assert names == ["Seoul", "South Korea", "Joint Chiefs of Staff", "Gulf of Aden"]


def test_name_runs_use_the_callers_stop_words():
    text = "Police arrested Helena Brandt. Police patrols continued."
    assert "Police" in name_runs(text)
    assert "Police" not in name_runs(text, stop_words={"police"})
    assert name_runs("The Hague ruled.", leading_noise={"the"}) == ["Hague"]


def test_proper_noun_runs_skip_sentence_openers_and_titles():
    runs = proper_noun_runs("Troops moved in. President Nicolás Maduro was seized in Caracas.")
    assert runs == {"Nicolás Maduro", "Caracas"}
    assert "Troops" not in proper_noun_runs("Troops moved in. Officials counted troops.")


def test_proper_noun_runs_end_at_possessives():
    assert proper_noun_runs("a visit to Venezuela’s Caracas") == {"Venezuela", "Caracas"}


def test_person_named_in_takes_the_last_person_and_asks_about_places():
    sentence = "President Donald Trump met Foreign Minister Cho Hyun in Seoul."
    assert person_named_in(sentence) == "Foreign Minister Cho Hyun"
    assert person_named_in("Talks in South Korea went on.") == "South Korea"
    assert person_named_in("Talks in South Korea went on.",
                           is_place=lambda name: name == "South Korea") is None
