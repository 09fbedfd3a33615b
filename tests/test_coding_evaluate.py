"""evaluate_gold: recall, root accuracy and precision of coded events against gold events."""
import json
from pathlib import Path

import pytest

from aftershock.coding import Coder
from aftershock.coding.evaluate import actor_country, evaluate_gold

FIXTURES = Path(__file__).parent / "fixtures" / "coding"


@pytest.fixture(scope="module")
def corpus():
    articles = {}
    for line in (FIXTURES / "eval_articles.jsonl").read_text().splitlines():
        record = json.loads(line)
        articles[record["id"]] = record
    return articles, json.loads((FIXTURES / "eval_gold.json").read_text())["events"]


def test_actor_country():
    assert actor_country("PRKGOV") == "PRK"
    assert actor_country("IGOUNO") == "IGOUNO"
    assert actor_country("GOV") is None and actor_country(None) is None


def test_scores_on_fixture_corpus(corpus):
    articles, gold = corpus
    result = evaluate_gold(Coder(fallback=None), articles, gold)
    assert result["gold_events"] == 4
    # three gold events are codable by the patterns; "ships entered waters" names no known verb
    assert result["matched"] == 3 and result["recall"] == 0.75
    assert result["root_accuracy"] == 1.0
    assert 0.0 < result["precision"] <= 1.0
    assert [miss["gold"]["root"] for miss in result["misses"]] == ["15"]


class _FixedCoder:
    """A stand-in coder that returns prepared events, to check the arithmetic."""

    def __init__(self, events_by_id):
        self.events_by_id = events_by_id

    def code_documents(self, docs):
        for doc in docs:
            yield doc["id"], self.events_by_id.get(doc["id"], [])


def _event(sentence, code, country, root):
    return {
        "sentence": sentence,
        "source": {"code": code, "country": country, "text": ""},
        "root": root,
    }


def test_wrong_root_and_extra_events_lower_scores(corpus):
    articles, gold = corpus
    first, second = gold[0]["sentence"], gold[2]["sentence"]
    coder = _FixedCoder({
        "e1": [_event(first, "PRKGOV", "PRK", "11"), _event(first, "USAMIL", "USA", "19")],
        "e2": [_event(second, "PHLGOV", "PHL", "04")],
    })
    result = evaluate_gold(coder, articles, gold)
    assert result["matched"] == 1 and result["recall"] == 0.25
    assert result["root_accuracy"] == 0.5
    assert result["precision"] == round(1 / 3, 4)
