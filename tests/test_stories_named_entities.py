"""Stories use spaCy named entities, extracted once per article and reused by both interfaces."""
import json

import pytest

from aftershock.api import Aftershock, cluster_file
from aftershock.coding import named_entities
from aftershock.coding.named_entities import article_entities, extract_entities
from aftershock.stories import bcubed, cluster_documents, summarise_story
from aftershock.stories.features import entity_terms

from .conftest import FIXTURES, article, write_jsonl

STORY_FIXTURE = FIXTURES / "stories" / "articles.jsonl"


def fixture_articles() -> list[dict]:
    rows = [json.loads(line) for line in STORY_FIXTURE.read_text("utf-8").splitlines()]
    for row in rows:
        row.setdefault("url", f"https://fixture.example/{row['id']}")
        row.setdefault("source", row.get("outlet", "Fixture Desk"))
    return rows


@pytest.fixture
def parsed_texts(monkeypatch):
    """Every text handed to spaCy's NER, in order (the real extraction still runs): every
    parse, in this process or in worker processes, is submitted to an `EntityParser`."""
    seen: list[str] = []
    real = named_entities.EntityParser.submit

    def counting(parser, texts):
        texts = list(texts)
        seen.extend(texts)
        return real(parser, texts)

    monkeypatch.setattr(named_entities.EntityParser, "submit", counting)
    return seen


def test_spacy_finds_people_places_and_organisations():
    [found] = extract_entities([("Kenyan police arrested Water Minister Alice Wahome in Nairobi "
                                 "on Tuesday, the Ethics and Anti-Corruption Commission said.")])
    labels = {text: label for text, label in found}
    assert labels.get("Nairobi") == "GPE"
    assert any(label == "PERSON" and "Wahome" in text for text, label in found)
    assert any(label == "ORG" and "Commission" in text for text, label in found)
    assert all(label not in ("DATE", "CARDINAL") for _, label in found)  # read by patterns


def test_worker_processes_find_the_same_entities():
    """[stories] ner_processes parses a large batch in worker processes: same entities, in
    order; a small batch stays in this process."""
    texts = [f"{row['title']}.\n{row['text']}" for row in fixture_articles()]
    texts = (texts * (2 * named_entities.MIN_TEXTS_PER_PROCESS // len(texts) + 1))
    texts = [f"{text} Reported by Desk {i}." for i, text in enumerate(texts)]
    assert extract_entities(texts, processes=2) == extract_entities(texts)


def test_articles_carrying_entities_are_not_parsed_again(parsed_texts):
    given = [["Lumen", "GPE"]]
    docs = [{"id": "a", "title": "Port of Lumen reopens", "text": "Ships sail again at Lumen."},
            {"id": "b", "title": "Storm", "text": "A storm hit Lumen.", "entities": given}]
    parsed = article_entities(docs)
    assert [doc["id"] for doc in parsed] == ["a"]
    assert len(parsed_texts) == 1 and parsed_texts[0].startswith("Port of Lumen reopens")
    assert docs[1]["entities"] == given
    assert article_entities(docs) == [] and len(parsed_texts) == 1


def test_same_story_and_same_kind_still_told_apart_with_entities():
    articles = fixture_articles()
    article_entities(articles)
    assignments = cluster_documents(articles)
    scores = bcubed(dict(assignments), {a["id"]: a["story"] for a in articles})
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0


def test_entities_name_the_story_instead_of_capitalised_words():
    docs = [{"id": "1", "title": "Quake shakes Arequipa",
             "text": "Officials said the quake struck near Arequipa. Rescuers from Lima arrived.",
             "entities": [["Arequipa", "GPE"], ["Arequipa", "GPE"], ["Lima", "GPE"]]},
            {"id": "2", "title": "Arequipa counts damage",
             "text": "Officials in Arequipa counted damaged churches.",
             "entities": [["Arequipa", "GPE"], ["the Geophysical Institute", "ORG"]]}]
    summary = summarise_story(docs)
    assert summary.top_entities[0] == "Arequipa"
    assert "Geophysical Institute" in summary.top_entities  # no leading "the"
    assert "Officials" not in summary.top_entities and "Quake" not in summary.top_entities


def test_entity_terms_come_from_spacy_entities_when_given():
    text = "Officials said Water Minister Alice Wahome was arrested in Nairobi on January 14."
    named = [["Alice Wahome", "PERSON"], ["Nairobi", "GPE"], ["January 14", "DATE"]]
    with_spacy, names = entity_terms(text, None, named)
    assert names == ["Alice Wahome", "Nairobi"]
    assert {"name:alice wahome", "name:wahome", "name:nairobi", "date:01-14"} <= set(with_spacy)
    without, _ = entity_terms(text, None)
    assert "name:officials" in without and "name:officials" not in with_spacy


def test_cluster_command_parses_each_document_once(tmp_path, parsed_texts):
    rows = [{"id": "p1", "title": "Peru quake kills nine", "text": "A strong earthquake struck "
             "southern Peru near Arequipa on Friday, killing nine people."},
            {"id": "p2", "title": "Arequipa counts quake damage", "text": "Residents of Arequipa "
             "in Peru counted damaged churches after Friday's earthquake killed nine."},
            {"id": "given", "title": "Storm at Lumen", "text": "A storm closed the port of Lumen.",
             "entities": [["Lumen", "GPE"]]}]
    infile, outfile = write_jsonl(tmp_path / "in.jsonl", rows), tmp_path / "out.jsonl"
    n_docs, _, errors = cluster_file(infile, outfile)
    assert (n_docs, errors) == (3, [])
    assert len(parsed_texts) == 2  # the document that brought its entities is not parsed
    stories = {
        line["id"]: line["story"] for line in map(json.loads, outfile.read_text().splitlines())
    }
    assert stories["p1"] == stories["p2"] != stories["given"]


def test_store_keeps_entities_so_later_runs_parse_only_new_articles(store, tmp_path, parsed_texts):
    app = Aftershock(store=store)
    first = [article(1, title="Port of Lumen reopens after storm"),
             article(2, title="Lumen harbour traffic resumes")]
    app.ingest([str(write_jsonl(tmp_path / "a.jsonl", first))])
    app.build_stories()
    ids = [a["id"] for a in store.articles()]
    stored = store.article_entities(ids)
    assert set(stored) == set(ids)
    assert any(text == "Lumen" for text, _ in stored[ids[0]])
    assert len(parsed_texts) == 2

    app.ingest([str(write_jsonl(tmp_path / "b.jsonl",
                                [article(3, title="Lumen port reports record queue")]))])
    app.build_stories()  # the two stored articles come back as context, not parsed again
    assert len(parsed_texts) == 3 and parsed_texts[-1].startswith("Lumen port reports")
    assert set(store.article_entities([a["id"] for a in store.articles()])) == \
        {a["id"] for a in store.articles()}
    top = {e for s in store.stories() for e in s["entities"]}
    assert "Lumen" in top


def test_bad_documents_get_entities_or_a_reason_and_never_stop_the_file(tmp_path):
    long_text = ("Storm damage closed the port of Lumen again. " * 8000)  # ~360,000 characters
    rows = [{"id": "long", "title": "Lumen port closed", "text": long_text},
            {"id": "number", "text": 12345},
            {"id": "blank", "title": "", "text": "   ...   "},
            {"id": "odd-entities", "title": "Lumen storm", "text": "A storm hit Lumen.",
             "entities": "Lumen"},  # not a list of [text, label]: parsed again
            {"id": "ok", "title": "Port of Lumen shut by storm",
             "text": "The storm shut the port of Lumen on Monday."}]
    docs = [dict(row) for row in rows]
    article_entities(docs)
    assert ["Lumen", "GPE"] in docs[0]["entities"]
    assert docs[1]["entities"] == [] and docs[2]["entities"] == []
    assert isinstance(docs[3]["entities"], list) and docs[3]["entities"] != "Lumen"

    infile, outfile = write_jsonl(tmp_path / "in.jsonl", rows), tmp_path / "out.jsonl"
    n_docs, _, errors = cluster_file(infile, outfile)
    stories = {
        line["id"]: line["story"] for line in map(json.loads, outfile.read_text().splitlines())
    }
    assert n_docs == 5 and set(stories) == {"long", "odd-entities", "ok"}
    assert any("number" in e and "text is a int" in e for e in errors)
    assert any("blank" in e and "no title and no text" in e for e in errors)
    assert stories["long"] == stories["ok"]
