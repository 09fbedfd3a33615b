"""Event dicts follow the DESIGN.md contract; documents are coded in order with their dates."""
import pytest

from aftershock.coding import Coder
from aftershock.coding.coder import _salience
from aftershock.text import sentence_spans as split_sentences

CONTRACT_KEYS = {
    "id",
    "sentence",
    "source",
    "target",
    "cameo",
    "root",
    "quad",
    "penta",
    "goldstein",
    "plover",
    "plover_mode",
    "date",
    "place",
    "sentence_index",
    "start",
    "end",
    "confidence",
    "method",
}

ARTICLE = (
    "Seoul, Jan. 4 — North Korea fired two ballistic missiles into the sea on Sunday. "
    "The weather in the capital stayed cold. "
    "South Korea's foreign ministry condemned the launch and urged Pyongyang to return to talks. "
    "Analysts were divided."
)


@pytest.fixture(scope="module")
def coder():
    return Coder(batch_size=2)


def test_event_has_exactly_the_contract_keys_and_types(coder):
    events = coder.code_text(ARTICLE, "2026-01-04T09:00:00+09:00", "a1")
    assert events
    for event in events:
        assert set(event) == CONTRACT_KEYS
        assert event["id"] == "a1" and event["date"] == "2026-01-04"
        assert set(event["source"]) == {"text", "code", "country"}
        assert event["target"] is None or set(event["target"]) == {"text", "code", "country"}
        assert event["root"] == event["cameo"][:2] and len(event["root"]) == 2
        assert event["quad"] in (1, 2, 3, 4) and event["penta"] in (0, 1, 2, 3, 4)
        assert isinstance(event["goldstein"], float) and isinstance(event["plover"], str)
        assert 0.0 <= event["confidence"] <= 1.0
        assert event["method"] in ("pattern", "model")
        assert event["sentence"] in ARTICLE
        start, end = split_sentences(ARTICLE)[event["sentence_index"]]
        assert ARTICLE[start:end] == event["sentence"]
        assert (event["start"], event["end"]) == (start, end)


def test_place_is_taken_from_the_sentence(coder):
    events = coder.code_text(
        "Russian troops shelled positions near Kharkiv on Friday.", "2025-05-02"
    )
    assert events and events[0]["place"] == "Kharkiv"


def test_most_salient_first(coder):
    events = coder.code_text(ARTICLE, "2026-01-04", "a1")
    scores = [_salience(e) for e in events]
    assert scores[0] == max(scores)


def test_code_documents_keeps_order_ids_and_dates_across_batches(coder):
    docs = [
        {"id": "d1", "text": "Maduro met Russian officials in Caracas.", "date": "2025-12-20"},
        {"id": "d2", "text": "Nothing of note happened at the fair."},
        {"id": "d3", "text": "Maduro met Russian officials in Moscow.", "date": "2026-02-01"},
    ]
    results = list(coder.code_documents(docs))
    assert [doc_id for doc_id, _ in results] == ["d1", "d2", "d3"]
    assert results[1][1] == []
    assert results[0][1][0]["source"]["code"] == "VENGOV"
    assert results[2][1][0]["source"]["code"] == "VEN"
    assert results[2][1][0]["date"] == "2026-02-01" and results[0][1][0]["date"] == "2025-12-20"


def test_sentences_without_actor_or_verb_are_not_parsed():
    coder = Coder()
    coder.code_text("The weather was mild. Markets were calm. Japan condemned the test.", None)
    assert coder.stats == {"sentences": 3, "parsed": 1}


def test_pronoun_and_bare_sector_resolve_from_earlier_sentences(coder):
    text = ("North Korea's foreign ministry issued a statement on Sunday. "
            "The ministry denounced Washington. It vowed to strengthen its deterrent.")
    events = coder.code_text(text, "2026-01-04")
    denounce = [e for e in events if e["root"] == "11"]
    assert denounce and denounce[0]["source"]["code"] == "PRKGOV"
    assert denounce[0]["target"]["code"] == "USAGOV"


def test_bare_sector_takes_dateline_country_when_no_recent_actor(coder):
    text = ("TOKYO (Wire) — Officials met on Monday. Markets were calm. Trading was light. "
            "Prices held. The ministry condemned the missile launch.")
    events = coder.code_text(text, "2026-01-04")
    assert [e["source"]["code"] for e in events if e["root"] == "11"] == ["JPNGOV"]


def test_empty_input_and_trailing_documents_without_events(coder):
    assert list(coder.code_documents([])) == []
    docs = [{"id": "a", "text": "Japan condemned the launch."}, {"id": "b", "text": ""},
            {"id": "c", "text": "The sun rose."}]
    results = list(coder.code_documents(docs))
    assert [doc_id for doc_id, _ in results] == ["a", "b", "c"]
    assert results[0][1] and results[1][1] == [] and results[2][1] == []
