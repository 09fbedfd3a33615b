"""One heavily reported strand of a response cannot fill a ripple's evidence list on its own."""
from aftershock.ripple.evidence import STRAND_SHARE, rank_evidence


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


def test_within_its_share_a_strand_keeps_its_best_items():
    loud = [item("condemnation", n, 9.0 - n * 0.01) for n in range(12)]
    other = [item(f"other{n}", 0, 1.0) for n in range(30)]
    ranked = rank_evidence([loud, other], limit=30)
    kept = [i["article_id"] for i in ranked if i["story_id"] == "condemnation"]
    assert kept == [f"condemnation-{n}" for n in range(STRAND_SHARE)]
