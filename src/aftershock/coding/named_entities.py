"""Named entities (people, places, organisations) of articles, from the coding stage's spaCy model.

One helper for every stage: `article_entities` runs only the model's own NER component (it has
its own token encoder, so the tagger, parser and shared tok2vec are skipped) over an article's
title and text, in batches, on the model `coder.load_model()` already holds in this process.
Each article is parsed for entities once: the result is attached to the article dict as
`entities` (a list of [text, label] pairs) and the store keeps it (table `article_entities`),
so re-runs and story summaries read it back instead of parsing again.
"""
from __future__ import annotations

from collections.abc import Iterable

from aftershock.config import settings

# The spaCy labels kept: who, where and which organisation or group (dates and numbers are read
# by cheaper patterns where they are needed).
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW",
                           "PRODUCT", "WORK_OF_ART"})
# Texts per spaCy batch.
BATCH_SIZE = 32
# Fewer texts than this are parsed in this process whatever `processes` asks (starting
# workers costs more than they save).
MIN_TEXTS_PER_PROCESS = 128


def entity_text(doc: dict) -> str:
    """What an article's entities are read from: its title, then its text (cut to [stories]
    `ner_text_chars`)."""
    title = doc.get("title")
    title = title.strip() if isinstance(title, str) else ""
    text = doc.get("text")
    text = text if isinstance(text, str) else ""
    joined = f"{title}.\n{text}" if title else text
    return joined[:settings().stories.ner_text_chars]


def _ner_only(nlp) -> list[str]:
    """Pipes to switch off so only NER runs (it embeds its own tok2vec in the small models)."""
    ner = nlp.get_pipe("ner")
    listens = any(getattr(layer, "name", "") == "tok2vec-listener" for layer in ner.model.walk())
    keep = {"ner"} | ({"tok2vec"} if listens else set())
    return [name for name in nlp.pipe_names if name not in keep]


def extract_entities(texts: Iterable[str], nlp=None, processes: int = 1) -> list[list[list[str]]]:
    """[[text, label], ...] for each text, in order, from the spaCy NER of the coding model;
    `processes` > 1 parses large batches in that many worker processes (same entities)."""
    texts = [text if isinstance(text, str) else "" for text in texts]
    if not texts:
        return []
    if nlp is None:
        from .coder import load_model
        nlp = load_model()
    found = []
    processes = max(1, min(int(processes), len(texts) // MIN_TEXTS_PER_PROCESS))
    for parsed in nlp.pipe(texts, disable=_ner_only(nlp), batch_size=BATCH_SIZE,
                           n_process=processes):
        found.append([[" ".join(ent.text.split()), ent.label_] for ent in parsed.ents
                      if ent.label_ in ENTITY_LABELS and ent.text.strip()])
    return found


def valid_entities(value) -> bool:
    """Whether a value already is an entity list this module would produce."""
    return isinstance(value, list) and all(
        isinstance(item, (list, tuple)) and len(item) == 2
        and all(isinstance(part, str) for part in item) for item in value)


def article_entities(docs: list[dict], nlp=None, processes: int = 1) -> list[dict]:
    """Attach `entities` to every article dict that has none yet (in place) and return the ones
    that were parsed now, so the caller can store them. Articles that already carry a valid
    entity list (stored earlier, or given in the input) are not parsed again."""
    todo = [
        doc for doc in docs if isinstance(doc, dict) and not valid_entities(doc.get("entities"))
    ]
    texts = [entity_text(doc) for doc in todo]
    for doc, entities in zip(todo, extract_entities(texts, nlp, processes)):
        doc["entities"] = entities
    return todo
