"""A ripple is detected only when the region's own actors respond in words that name the trigger."""
from aftershock.ripple.verdict import ripple_verdict

REGION = {"slug": "korean-peninsula", "name": "Korean Peninsula", "countries": ["PRK", "KOR"]}


def reaction(event_id, article_id, source, where):
    return {"event_id": event_id, "article_id": article_id,
            "actors": {"source": {"country": source}, "target": {"country": "USA"}},
            "links": [{"where": where, "via": "term", "matched": ["Venezuela"], "weight": 3.0}]}


def report(reactions, shifts=()):
    return {"region": REGION, "reactions": list(reactions), "shifts": list(shifts)}


def test_two_direct_reactions_in_two_articles_are_a_ripple():
    verdict = ripple_verdict(report([reaction(1, 10, "PRK", "sentence"),
                                     reaction(2, 11, "KOR", "actor")]))
    assert (
        verdict["detected"] and verdict["direct_reactions"] == 2 and verdict["event_ids"] == [1, 2]
    )


def test_story_links_and_other_countries_do_not_count():
    verdict = ripple_verdict(
        report(
            [
                reaction(1, 10, "PRK", "story"),
                reaction(2, 11, "KOR", "article"),
                reaction(3, 12, "JPN", "sentence"),
                reaction(4, 12, "USA", "actor"),
            ]
        )
    )
    assert not verdict["detected"] and verdict["direct_reactions"] == 0


def test_one_article_is_not_enough_even_with_a_significant_shift():
    two_in_one = [reaction(1, 10, "PRK", "sentence"), reaction(2, 10, "PRK", "sentence")]
    assert not ripple_verdict(report(two_in_one))["detected"]
    shift = {"kind": "region", "series": "korean-peninsula", "metric": "count_per_day",
             "significant": True}
    # a shift says the region's coverage grew, not why: it never makes thin reactions a ripple
    verdict = ripple_verdict(report(two_in_one, [shift]))
    assert not verdict["detected"] and verdict["significant_region_shifts"] == 1


def test_two_shared_keywords_are_not_a_direct_link():
    keywords = [{**reaction(i, 10 + i, "PRK", "sentence"),
                 "links": [{"where": "sentence", "via": "keywords", "matched": ["troop", "mission"],
                            "weight": 1.5}]} for i in range(3)]
    shift = {"kind": "region", "series": "korean-peninsula", "metric": "count_per_day",
             "significant": True}
    assert not ripple_verdict(report(keywords, [shift]))["detected"]
