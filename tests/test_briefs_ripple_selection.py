"""How a ripple brief chooses its sentences: a story's later sentences are worth what they add,
comment gives way to statements of the act, and names and figures are counted without dates."""
from aftershock.briefs.build import is_comment
from aftershock.briefs.ripple_sections import _deal_by_story, _drop_kind_credit, detail_words
from aftershock.briefs.writer import BriefWriter

ARTICLES = [
    {"id": 1, "url": "https://a.example/1", "title": "Norland summons envoy", "source": "A Wire",
     "published": "2031-05-06T09:00:00Z", "story_id": 7,
     "text": "Norland summoned the envoy of Southia on Monday over the seizure of its tanker.\n\n"
             "Foreign Minister Kari Dahl said the envoy, Omar Saleh, was handed a formal protest."},
    {"id": 2, "url": "https://b.example/2", "title": "Envoy called in", "source": "B Daily",
     "published": "2031-05-06T11:00:00Z", "story_id": 7,
     "text": "Ferries sailed from Oslund harbour again on Monday.\n\nSouthia's ambassador was "
             "called to the ministry in Oslund after the boarding of a Norland ship."},
]


def candidate(text, article_id, position, kind_bonus):
    kinds = {("NLD", "11", "STH")} if kind_bonus else set()
    return {"text": text, "original": text, "repair": "ok", "article_id": article_id,
            "date": "2031-05-06", "position": position, "published": "2031-05-06",
            "events": [], "countries": [], "kinds": kinds, "kind_bonus": kind_bonus,
            "bonus": kind_bonus + (0.25 if position[0] == 0 else 0.0), "actor": "NLD"}


def test_a_storys_second_sentence_is_chosen_for_what_it_adds_not_for_restating_the_act():
    writer = BriefWriter(ARTICLES, [])
    lead, names = ARTICLES[0]["text"].split("\n\n")
    restated = ARTICLES[1]["text"].split("\n\n")[1]  # another report of the same summons
    pool = [candidate(lead, 1, (0, 0), 0.6), candidate(restated, 2, (1, 0), 0.6),
            candidate(names, 1, (1, 0), 0.0)]
    chosen = _deal_by_story(writer, {7: pool}, limit=2, per_story=2)
    assert [c["text"] for c in chosen] == [lead, names]


def test_dropping_the_kind_credit_leaves_the_rest_of_the_bonus():
    pool = [candidate("Norland summoned the envoy.", 1, (0, 0), 0.6),
            candidate("Kari Dahl spoke.", 1, (1, 0), 0.0)]
    _drop_kind_credit(pool)
    assert [round(c["bonus"], 3) for c in pool] == [0.25, 0.0]
    assert all(c["kind_bonus"] == 0.0 for c in pool)


def test_comment_is_history_an_outside_reading_or_an_opening_quotation():
    assert is_comment("Norland and Southia have maintained friendly ties for years.")
    assert is_comment("Analysts said the move was a signal to Southia.")
    assert is_comment("\u201cWe are seeing owners divert,\u201d said a broker in London.")
    assert not is_comment("The authority cut daily transits from 36 to 18 on Monday.")


def test_detail_words_are_names_and_figures_but_not_days_or_months():
    words = detail_words("The ministry said on Tuesday that Foreign Minister Kari Dahl's "
                         "deputy met 40 envoys in March.")
    assert words == {"Foreign", "Minister", "Kari", "Dahl", "40"}


def test_full_names_and_figures_are_what_a_detail_sentence_adds():
    from aftershock.briefs.ripple_sections import figures, full_names
    text = ("Foreign Minister Kari Dahl said the envoy, Omar Saleh, was told on Monday that "
            "the 24 crew seized on May 3 must be freed, as in 2019.")
    assert full_names(text) == {"Foreign Minister Kari Dahl", "Omar Saleh"}
    assert figures(text) == {"24"}  # a year says when, not how many
    assert full_names("The Bank of Norland capped sales.") == {"Bank of Norland"}


def test_a_detail_is_a_figure_or_a_full_name_the_brief_has_not_stated():
    from aftershock.briefs.ripple_sections import adds_name_or_figure
    said = ["Norland summoned Omar Saleh, the envoy of Southia, over 3 ships on May 4."]
    assert adds_name_or_figure("Kari Dahl spoke.", said)  # a new full name
    assert adds_name_or_figure("The envoy said 24 crew were held.", said)  # a new figure
    assert not adds_name_or_figure("Omar Saleh spoke of the 3 ships.", said)
    assert not adds_name_or_figure("The envoy left on May 5.", said)  # a date is no figure


def test_a_story_gets_at_most_reaction_per_report_sentences_for_each_article_reporting_it():
    from aftershock.config import load_settings, replace, use_settings
    base = load_settings(user=False)
    old = use_settings(replace(base, briefs=replace(base.briefs, reaction_per_report=1)))
    try:
        writer = BriefWriter(ARTICLES, [])
        lead, names = ARTICLES[0]["text"].split("\n\n")
        lone = {7: [candidate(lead, 1, (0, 0), 0.6), candidate(names, 1, (1, 0), 0.0)]}
        assert [c["text"] for c in _deal_by_story(writer, lone, limit=3, per_story=3)] == [lead]
        writer = BriefWriter(ARTICLES, [])
        restated = ARTICLES[1]["text"].split("\n\n")[1]
        two = {7: [candidate(lead, 1, (0, 0), 0.6), candidate(restated, 2, (1, 0), 0.6),
                   candidate(names, 1, (1, 0), 0.0)]}
        assert len(_deal_by_story(writer, two, limit=3, per_story=3)) == 2
    finally:
        use_settings(old)
