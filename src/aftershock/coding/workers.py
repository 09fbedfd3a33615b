"""Coding in several processes: documents go to worker processes in chunks, events come back.

Each worker runs the whole coder (parse and extraction) on its chunk and sends back only the
event dicts, which are small, instead of parsed spaCy Docs (whose serialisation costs as much as
a good part of the parse). Where the platform can fork, workers inherit the parent's loaded
model and caches (copy-on-write): no model load per worker. Elsewhere each worker loads its own.
Chunks come back in input order.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

CHUNK_DOCUMENTS = 256  # a chunk ends at this many documents or CHUNK_CHARS of text: big enough
CHUNK_CHARS = 10_000    # for efficient parse batches, small enough to keep both workers busy

_worker_coder = None  # the coder a worker process uses (inherited on fork, else built)


def _start_worker(coder) -> None:
    global _worker_coder
    if coder is not None:
        _worker_coder = coder
    if _worker_coder is None:
        from aftershock.coding.coder import Coder
        _worker_coder = Coder()
    _worker_coder.n_process = 1


def _code_chunk(chunk: list[dict]) -> tuple[list[tuple[str, list[dict]]], list[dict], dict]:
    coder = _worker_coder
    coder.warnings, coder.stats = [], {"sentences": 0, "parsed": 0}
    results = list(coder.code_documents(chunk))
    return results, coder.warnings, coder.stats


def _chunks(docs: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk, length = [], 0
    for doc in docs:
        chunk.append(doc)
        text = doc.get("text") if isinstance(doc, dict) else doc
        length += len(text) if isinstance(text, str) else 0
        if len(chunk) >= size or length >= CHUNK_CHARS:
            yield chunk
            chunk, length = [], 0
    if chunk:
        yield chunk


def code_in_processes(coder, docs: Iterable[dict], n_process: int,
                      chunk_size: int = CHUNK_DOCUMENTS) -> Iterator[tuple[str, list[dict]]]:
    """(id, events) per document, in input order, coded by `n_process` worker processes; the
    workers' warnings and statistics are added to `coder`'s."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        _ = coder.nlp, coder.cached_pipes  # load once here; the workers inherit them
        context, inherited = multiprocessing.get_context("fork"), coder
    else:
        context, inherited = multiprocessing.get_context("spawn"), None
    with context.Pool(n_process, initializer=_start_worker, initargs=(inherited,)) as pool:
        for results, warnings, stats in pool.imap(_code_chunk, _chunks(docs, chunk_size)):
            coder.warnings.extend(warnings)
            for key, value in stats.items():
                coder.stats[key] = coder.stats.get(key, 0) + value
            yield from results
