"""A long stream keeps flat state: closed stories are handed over, indexes shrink with the
window."""
from datetime import UTC, datetime, timedelta

from aftershock.stories import OnlineClusterer

START = datetime(2026, 3, 1, tzinfo=UTC)
SYLLABLES = [
    "ka",
    "ri",
    "to",
    "mu",
    "sen",
    "dar",
    "vel",
    "bo",
    "lin",
    "gra",
    "pa",
    "zu",
    "mer",
    "tol",
    "fin",
    "ost",
]


def story_words(number: int) -> str:
    """Words of a story no other story uses (two syllables from the number's digits)."""
    digits = f"{number:04d}"
    words = [SYLLABLES[int(a)] + SYLLABLES[int(b)] + SYLLABLES[(int(a) + int(b)) % 16]
             for a, b in zip(digits, digits[1:] + digits[:1])]
    return " ".join(words * 3)


def day_article(number: int, hours: float) -> dict:
    return {"id": f"a{number}", "title": f"Report {story_words(number)[:20]}",
            "text": story_words(number), "published": (START + timedelta(hours=hours)).isoformat()}


def test_closed_stories_are_drained_and_state_stays_bounded():
    clusterer = OnlineClusterer(window_days=1.0, now=START + timedelta(days=400))
    drained, peak_postings, peak_active = [], 0, 0
    for number in range(300):
        clusterer.add(day_article(number, hours=number * 6))
        if number % 20 == 0:
            drained += clusterer.drain_closed()
        peak_postings = max(peak_postings, len(clusterer.state.postings))
        peak_active = max(peak_active, len(clusterer.active_keys))
    drained += clusterer.drain_closed()
    assert peak_active <= 6
    assert peak_postings <= 6 * clusterer.index_terms
    kept = clusterer.stories()
    assert len(kept) == len(clusterer.active_keys)
    assert sum(state.n_articles for state in drained + kept) == 300
    assert len(drained) >= 20
    assert all(not state.active for state in drained)
    assert len(clusterer.state.doc_story) == sum(state.n_articles for state in kept)


def test_undated_articles_age_with_the_stream_clock():
    clusterer = OnlineClusterer(window_days=2.0, now=START + timedelta(days=400))
    clusterer.add(day_article(1, hours=0))
    undated_key = clusterer.add({"id": "u", "text": story_words(2)})
    assert undated_key in clusterer.active_keys
    clusterer.add(day_article(3, hours=24 * 10))
    assert undated_key not in clusterer.active_keys


def test_learning_idf_from_past_articles_creates_no_stories():
    clusterer = OnlineClusterer(now=START + timedelta(days=400))
    clusterer.learn_idf([day_article(n, hours=n) for n in range(5)] + [{"id": "bad", "text": ""}])
    assert clusterer.word_space.n_documents == 5
    assert clusterer.stories() == []
    assert clusterer.active_keys == []
