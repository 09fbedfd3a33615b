"""One heavily reported strand of a response cannot fill a ripple's evidence list on its own."""
from aftershock.ripple.evidence import rank_evidence


def item(story, n, score):
    return {"article_id": f"{story}-{n}", "sentence": f"Sentence {n} of {story}.",
            "event_id": f"{story}-{n}", "story_id": story, "kind": "reaction",
            "why": "reaction", "score": score}


def test_a_loud_strand_leaves_room_for_the_others():
    loud = [item("condemnation", n, 9.0 - n * 0.01) for n in range(12)]
    quiet = [item("launch", n, 5.0 - n * 0.01) for n in range(3)]
    ranked = rank_evidence([loud, quiet], limit=8)
    stories = [i["story_id"] for i in ranked]
    assert stories.count("launch") == 3
    assert stories.count("condemnation") == 5  # its share, then a place nobody else wanted
    assert [i["score"] for i in ranked] == sorted((i["score"] for i in ranked), reverse=True)
    assert [i["rank"] for i in ranked] == list(range(1, 9))


def test_places_left_go_to_the_best_items_held_back():
    loud = [item("condemnation", n, 9.0 - n * 0.01) for n in range(12)]
    ranked = rank_evidence([loud], limit=10)
    assert len(ranked) == 10
    assert [i["article_id"] for i in ranked] == [f"condemnation-{n}" for n in range(10)]


def test_every_story_has_a_place_before_any_has_a_second():
    loud = [item("condemnation", n, 9.0 - n * 0.01) for n in range(12)]
    other = [item(f"other{n}", 0, 1.0) for n in range(29)]
    ranked = rank_evidence([loud, other], limit=30)
    assert {i["story_id"] for i in ranked} == {"condemnation"} | {f"other{n}" for n in range(29)}
    assert [i["article_id"] for i in ranked if i["story_id"] == "condemnation"] == [
        "condemnation-0"]


def test_a_story_gives_each_day_a_place_before_a_second_item_of_a_day():
    same_day = [dict(item("measures", n, 9.0 - n * 0.01), date="2026-01-04") for n in range(3)]
    later = dict(item("measures", 9, 5.0), date="2026-01-06")
    other = [item(f"other{n}", 0, 1.0) for n in range(2)]
    ranked = rank_evidence([same_day + [later], other], limit=5)
    kept = [i["article_id"] for i in ranked if i["story_id"] == "measures"]
    assert sorted(kept) == ["measures-0", "measures-1", "measures-9"]
