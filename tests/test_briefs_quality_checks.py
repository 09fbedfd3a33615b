"""The brief quality checks catch what they promise: repetition, broken citations, sentences not
in their source, highlights that say more than their source, and length."""
import copy

from aftershock.briefs.quality import (
    check_brief,
    key_fact_coverage,
    length_problems,
    repeated_content,
    unentailed_highlights,
    unresolved_citations,
    untraceable_sentences,
)

ARTICLES = {
    1: {"id": 1, "title": "North Korea fires missiles",
        "text": "SEOUL — North Korea fired two ballistic missiles into the East Sea on Sunday.\n\n"
                "The launch came hours before President Lee Jae-myung left for Beijing."},
    2: {"id": 2, "title": "Seoul sets up task force",
        "text": "South Korea's foreign ministry activated crisis response measures on Saturday."},
}


def good_brief():
    return {
        "kind": "story",
        "headline": "Missiles",
        "highlights": [
            {
                "text": "North Korea fired two ballistic missiles into the East Sea (Jan 4)",
                "citations": [1],
                "article_id": 1,
                "date": "2026-01-04",
                "quote": "North Korea fired two ballistic missiles into the East Sea on Sunday.",
            },
            {
                "text": "South Korea's foreign ministry activated crisis response measures (Jan 3)",
                "citations": [2],
                "article_id": 2,
                "date": "2026-01-03",
                "quote": ("South Korea's foreign ministry activated crisis response measures "
                          "on Saturday."),
            },
        ],
        "sections": [
            {
                "title": "What happened",
                "paragraphs": [
                    {
                        "sentences": [
                            {
                                "text": ("North Korea fired two ballistic missiles into the "
                                         "East Sea on Sunday."),
                                "citations": [1],
                                "article_id": 1,
                                "date": "2026-01-04",
                            },
                            {
                                "text": ("South Korea's foreign ministry activated crisis "
                                         "response measures on Saturday."),
                                "citations": [2],
                                "article_id": 2,
                                "date": "2026-01-03",
                            },
                        ]
                    }
                ],
            }
        ],
        "sources": [
            {"n": 1, "article_id": 1, "url": "https://a.example/1", "copies": []},
            {
                "n": 2,
                "article_id": 2,
                "url": "https://b.example/2",
                "copies": [{"url": "https://c.example/copy"}],
            },
        ],
    }


def test_a_good_brief_passes_every_check():
    assert check_brief(good_brief(), ARTICLES.values()) == {
        "repeated_content": [], "unresolved_citations": [], "untraceable_sentences": [],
        "unentailed_highlights": [], "mistimed_citations": [], "length_problems": []}


def test_repeated_body_sentence_is_reported():
    brief = good_brief()
    paragraph = brief["sections"][0]["paragraphs"][0]
    paragraph["sentences"].append(
        dict(
            paragraph["sentences"][0],
            text="North Korea fired two ballistic missiles into the East Sea.",
        )
    )
    assert len(repeated_content(brief)) == 1


def test_missing_unknown_and_uncited_sources_are_reported():
    brief = good_brief()
    brief["highlights"][0]["citations"] = []
    brief["sections"][0]["paragraphs"][0]["sentences"][1]["citations"] = [7]
    brief["highlights"][1]["citations"] = [1]
    problems = " | ".join(unresolved_citations(brief))
    assert "no citation" in problems and "[7] is not a listed source" in problems
    assert "source 2 is never cited" in problems


def test_sentence_absent_from_its_cited_article_is_untraceable():
    brief = good_brief()
    brief["sections"][0]["paragraphs"][0]["sentences"][0]["text"] = (
        "North Korea fired three missiles into the sea on Sunday.")
    assert len(untraceable_sentences(brief, ARTICLES)) == 1
    derived = copy.deepcopy(brief)
    derived["sections"][0]["paragraphs"][0]["sentences"][0]["derived"] = "signals"
    assert untraceable_sentences(derived, ARTICLES) == []


def test_highlight_that_adds_to_its_quote_is_not_entailed():
    brief = good_brief()
    brief["highlights"][0]["text"] = (
        "North Korea fired two nuclear missiles into the East Sea (Jan 4)"
    )
    assert "says more than its source" in unentailed_highlights(brief, ARTICLES)[0]
    brief = good_brief()
    brief["highlights"][0]["quote"] = "North Korea fired two missiles at Tokyo."
    assert "not in its cited article" in unentailed_highlights(brief, ARTICLES)[0]


def test_too_many_or_too_long_highlights_are_reported():
    brief = good_brief()
    brief["highlights"] = brief["highlights"] * 3
    assert "6 highlights" in length_problems(brief)[0]
    brief = good_brief()
    brief["highlights"][0]["text"] = "word " * 40
    assert any("over" in p for p in length_problems(brief))


def test_key_facts_need_one_cited_sentence_and_a_gold_source_or_its_copy():
    facts = [{"id": "launch", "all": ["ballistic missiles?", "East Sea"],
              "articles": ["https://a.example/1"]},
             {"id": "crisis", "all": ["crisis", "Seoul"], "articles": ["https://c.example/copy"]},
             {"id": "summit", "all": ["Xi"], "articles": ["https://z.example/9"]}]
    coverage = key_fact_coverage(good_brief(), facts)
    assert coverage["stated"] == ["launch"] and coverage["missing"] == ["crisis", "summit"]
    assert coverage["uncited_gold"] == ["summit"] and coverage["ratio"] == 0.333
