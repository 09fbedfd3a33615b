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
from typing import Self

from aftershock.config import settings

# The spaCy labels kept: who, where and which organisation or group (dates and numbers are read
# by cheaper patterns where they are needed).
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW",
                           "PRODUCT", "WORK_OF_ART"})
# Texts per spaCy batch.
BATCH_SIZE = 32
# The model a forked worker process parses with (the parent's, when it was given one).
_WORKER_NLP = None
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


def _parse(texts: list[str], nlp=None) -> list[list[list[str]]]:
    """[[text, label], ...] for each text, parsed in this process."""
    if nlp is None:
        from .coder import load_model
        nlp = load_model()
    return [[[" ".join(ent.text.split()), ent.label_] for ent in parsed.ents
             if ent.label_ in ENTITY_LABELS and ent.text.strip()]
            for parsed in nlp.pipe(texts, disable=_ner_only(nlp), batch_size=BATCH_SIZE)]


def _parse_in_worker(texts: list[str]) -> list[list[list[str]]]:
    return _parse(texts, _WORKER_NLP)


class EntityParser:
    """Parses texts for entities in `processes` worker processes, in the background: `submit`
    returns at once and the caller collects the entities later (`ParseJob.get`), so a stage
    can parse its next batch while it works on this one. The workers start on the first
    batch large enough to share and are reused until `close` (or the end of a `with`). Only
    the entity lists travel back from a worker, not spaCy documents. With one process, or a
    batch smaller than `MIN_TEXTS_PER_PROCESS` per process, texts are parsed in this process
    when `submit` is called. The entities are the same either way."""

    def __init__(self, processes: int = 1, nlp=None):
        self.processes, self.nlp = max(1, int(processes)), nlp
        self._pool = None

    def submit(self, texts: Iterable[str]) -> ParseJob:
        texts = [text if isinstance(text, str) else "" for text in texts]
        if min(self.processes, len(texts) // MIN_TEXTS_PER_PROCESS) <= 1:
            return ParseJob(done=_parse(texts, self.nlp) if texts else [])
        if self._pool is None:
            import multiprocessing
            global _WORKER_NLP
            _WORKER_NLP = self.nlp  # forked workers inherit it; spawned ones load the model
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self._pool = context.Pool(self.processes)
        batches = [texts[i:i + BATCH_SIZE] for i in range(0, len(texts), BATCH_SIZE)]
        return ParseJob(pending=self._pool.map_async(_parse_in_worker, batches, chunksize=1))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is not None and self._pool is not None:
            self._pool.terminate()
        self.close()


class ParseJob:
    """Entities of one submitted batch, in order, once `get` has waited for them."""

    def __init__(self, done: list | None = None, pending=None):
        self._done, self._pending = done, pending

    def get(self) -> list[list[list[str]]]:
        if self._done is None:
            self._done = [found for batch in self._pending.get() for found in batch]
            self._pending = None
        return self._done


def extract_entities(texts: Iterable[str], nlp=None, processes: int = 1) -> list[list[list[str]]]:
    """[[text, label], ...] for each text, in order, from the spaCy NER of the coding model;
    `processes` > 1 parses large batches in that many worker processes (same entities)."""
    with EntityParser(processes, nlp) as parser:
        return parser.submit(texts).get()


def valid_entities(value) -> bool:
    """Whether a value already is an entity list this module would produce."""
    return isinstance(value, list) and all(
        isinstance(item, (list, tuple)) and len(item) == 2
        and all(isinstance(part, str) for part in item) for item in value)


def article_entities(docs: list[dict], nlp=None, processes: int = 1) -> list[dict]:
    """Attach `entities` to every article dict that has none yet (in place) and return the ones
    that were parsed now, so the caller can store them. Articles that already carry a valid
    entity list (stored earlier, or given in the input) are not parsed again."""
    todo = articles_to_parse(docs)
    for doc, entities in zip(todo, extract_entities([entity_text(d) for d in todo], nlp,
                                                    processes)):
        doc["entities"] = entities
    return todo


def articles_to_parse(docs: list[dict]) -> list[dict]:
    """The article dicts that carry no valid entity list yet."""
    return [doc for doc in docs
            if isinstance(doc, dict) and not valid_entities(doc.get("entities"))]
