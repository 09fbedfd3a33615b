"""The story stage over the store: cluster pending articles and sync stored stories with the result.

One run reads pending articles (and recent stored ones as context), feeds them to an
`OnlineClusterer`, then reconciles the store with what the clusterer did: stories it created or
extended, stored stories it merged into others (`take_absorbed`), and stored articles it re-homed
into a story begun later (`take_moved`). Everything is written in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..coding.named_entities import EntityParser, ParseJob, articles_to_parse, entity_text
from ..config import StoriesSettings
from ..progress import progress_bar
from ..store import Store
from ..store.articles import article_doc
from . import actor_signals
from .intake import ArticleRejected
from .online import OnlineClusterer
from .records import StoryState
from .storyline_stage import build_storylines
from .summary import summarise_story


@dataclass
class ChunkDocs:
    """A chunk's articles as the story stage reads them, their missing entities being parsed."""

    docs: list[dict]
    parsing: list[dict]  # the docs whose entities the job is parsing
    job: ParseJob


def submit_docs(store: Store, articles: list[dict], parser: EntityParser) -> ChunkDocs:
    """Articles as the story stage reads them; named entities stored earlier are attached,
    the others handed to `parser` (coding/named_entities.py), which may parse them in the
    background while the caller works on something else."""
    docs = [article_doc(a) for a in articles]
    stored = store.article_entities(int(d["id"]) for d in docs)
    for doc in docs:
        if int(doc["id"]) in stored:
            doc["entities"] = stored[int(doc["id"])]
    parsing = articles_to_parse(docs)
    return ChunkDocs(docs, parsing, parser.submit(entity_text(d) for d in parsing))


def collect_docs(store: Store, chunk: ChunkDocs) -> list[dict]:
    """The chunk's docs with every entity list, once parsed; the new ones are stored for
    later runs."""
    for doc, entities in zip(chunk.parsing, chunk.job.get()):
        doc["entities"] = entities
    store.save_article_entities({int(d["id"]): d["entities"] for d in chunk.parsing})
    return chunk.docs


def docs_with_entities(store: Store, articles: list[dict], processes: int = 1) -> list[dict]:
    """Articles as the story stage reads them, with their named entities: read back from the
    store, or extracted now (once, in `processes` processes) and stored for later runs."""
    with EntityParser(processes) as parser:
        return collect_docs(store, submit_docs(store, articles, parser))


@dataclass
class ClusterRun:
    """What one chunk of the clusterer's run did, as the store must learn it."""

    docs: list[dict]  # the chunk's articles (the first chunk: context first), as fed
    states: list[StoryState]  # every story the clusterer tracks after the chunk
    merged: dict[str, str]  # absorbed story key -> surviving key (merge pass and rescues)
    moved: dict[str, str]  # stored article id re-homed -> the key it left
    rejected: list[str]  # why each rejected pending article was left out


@dataclass
class StageTally:
    """What a whole run did, summed over its chunks, for the report line."""

    assigned: int = 0
    touched: set[str] = field(default_factory=set)
    merged: int = 0
    moved: int = 0
    rejected: list[str] = field(default_factory=list)


def build_stories(store: Store, settings: StoriesSettings, progress: bool = False) -> str:
    """Assign pending articles to stories, extending stories stored by earlier runs; the
    one-line report the `stories` command prints. See `Aftershock.build_stories`.

    One clusterer takes the pending articles in publication order, `chunk_articles` at a time,
    in two passes. The first reads each chunk, parses its missing entities (in [stories]
    ner_processes worker processes, the next chunk while this one is counted), stores them and
    counts the chunk's document frequencies, as `prime` would over the whole backlog. The
    second assigns each chunk and commits it. Memory holds two chunks (and the stories still
    active), not the backlog, and the stories come out as from one run over all of it."""
    pending_ids = store.pending_story_ids()
    if not pending_ids:
        if store.storyline_count() == 0 and store.story_keys():
            return "stories: no pending articles, " + build_storylines(store, settings)
        return "stories: no pending articles"
    size = max(1, int(settings.chunk_articles))
    chunks = [pending_ids[i:i + size] for i in range(0, len(pending_ids), size)]
    clusterer = OnlineClusterer(settings, **actor_signals())
    tally = StageTally()
    first = datetime.fromisoformat(_articles_in_order(store, chunks[0][:1])[0]["published"])
    first = first.replace(tzinfo=None)
    context = _context_articles(store, first, settings.context_days)
    with EntityParser(settings.ner_processes) as parser:
        whole = _count_pass(store, clusterer, context, chunks, parser)
    with progress_bar("stories", len(pending_ids), progress) as bar:
        for number, chunk_ids in enumerate(chunks):
            seeds = context if number == 0 else []
            docs = whole or docs_with_entities(store, seeds + _articles_in_order(store, chunk_ids))
            run = _run_chunk(store, clusterer, seeds, docs, last=number + 1 == len(chunks),
                             bar=bar)
            pending = {d["id"] for d in docs[len(seeds):]}
            _commit_chunk(store, run, pending, tally)
            tally.assigned += len(pending) - len(run.rejected)
            clusterer.drain_closed()  # stored above; a story out of the window is final
    lines = build_storylines(store, settings, since=None if not store.storyline_count()
                             else first - timedelta(days=settings.storyline_max_gap_days))
    return (f"stories: {tally.assigned} articles assigned, {len(tally.touched)} "
            f"stories created or extended, {tally.merged} merged, {tally.moved} moved"
            + f", {lines}" + "".join(f"; rejected {reason}" for reason in tally.rejected))


def _articles_in_order(store: Store, ids: list[int]) -> list[dict]:
    """The stored articles of `ids`, in that order (read 500 at a time)."""
    found = {}
    for start in range(0, len(ids), 500):
        found.update((a["id"], a) for a in store.articles(ids=ids[start:start + 500]))
    return [found[i] for i in ids if i in found]


def _context_articles(store: Store, earliest: datetime, window_days: float) -> list[dict]:
    """Stored articles of the last `window_days` before the first pending one, already placed."""
    return [a for a in store.articles(since=earliest - timedelta(days=window_days))
            if a["story_id"] is not None]


def _count_pass(store: Store, clusterer: OnlineClusterer, context: list[dict],
                chunks: list[list[int]], parser: EntityParser) -> list[dict] | None:
    """Parse and store every chunk's missing entities and count its document frequencies;
    a single chunk is primed instead, and its docs (context first) returned for assigning."""
    upcoming = _submit_chunk(store, context, chunks[0], parser)
    for number in range(len(chunks)):
        current = upcoming
        if number + 1 < len(chunks):  # parsed by the workers while this chunk is counted
            upcoming = _submit_chunk(store, [], chunks[number + 1], parser)
        docs = collect_docs(store, current)
        if len(chunks) == 1:
            clusterer.prime(docs)
            return docs
        clusterer.count_terms(docs)
    return None


def _submit_chunk(store: Store, context: list[dict], chunk_ids: list[int],
                  parser: EntityParser) -> ChunkDocs:
    """Read a chunk's articles (after the context, for the first) and submit their parse."""
    return submit_docs(store, context + _articles_in_order(store, chunk_ids), parser)


def _run_chunk(store: Store, clusterer: OnlineClusterer, context: list[dict], docs: list[dict],
               last: bool, bar) -> ClusterRun:
    """Seed the context under its stored keys (first chunk), add the chunk's pending articles
    (their terms counted by `_count_pass`) and, after the last chunk, merge."""
    keys = store.story_keys() if context else {}
    rejected = []
    for a, doc in zip(context, docs):
        try:
            clusterer.seed(doc, keys[a["story_id"]])
        except ArticleRejected:
            pass  # its stored assignment stands
    for doc in docs[len(context):]:
        try:
            clusterer.add(doc)
        except ArticleRejected as error:
            rejected.append(str(error))
        bar.advance()
    if last:
        clusterer.merge_pass()
    merged = clusterer.take_absorbed()  # merge pass and straggler rescues alike
    moved = clusterer.take_moved()  # stored articles re-homed into a story begun later
    return ClusterRun(docs, clusterer.stories(), merged, moved, rejected)


def _commit_chunk(store: Store, run: ClusterRun, pending_ids: set[str],
                  tally: StageTally) -> None:
    """Write the stories one chunk created, changed or merged away, in one transaction."""
    keys = store.story_keys()  # stories stored before this run and by its earlier chunks
    touched = _touched_stories(run, pending_ids)
    key_to_id = {k: i for i, k in keys.items()}
    placed = {int(i): s.key for s in run.states for i in s.article_ids}
    prepared = {int(d["id"]): d for d in run.docs}
    folded: dict[str, list[str]] = {}  # surviving key -> the stored keys merged into it
    for old_key, new_key in run.merged.items():
        if old_key in key_to_id:
            folded.setdefault(new_key, []).append(old_key)
    outcome = [_story_row(store, state, _story_members(store, state, folded.get(state.key, []),
                                                       key_to_id, placed), prepared)
               for state in touched]
    _save(store, outcome, [k for k in run.merged if k in key_to_id])
    # stories counted by an earlier chunk and merged away by this one are gone; this chunk's
    # own count includes merged-away ones, as a run of one chunk always has
    tally.touched.difference_update(run.merged)
    tally.touched.update(state.key for state in touched)
    tally.merged += len(run.merged)
    tally.moved += len(run.moved)
    tally.rejected.extend(run.rejected)


def _touched_stories(run: ClusterRun, pending_ids: set[str]) -> list[StoryState]:
    """Stories this run changed: they gained a pending article, absorbed a stored story,
    lost a re-homed article, or gained one."""
    left = {run.merged.get(key, key) for key in run.moved.values()}
    survivors = set(run.merged.values())
    return [s for s in run.states if s.key in survivors or s.key in left
            or any(i in pending_ids or i in run.moved for i in s.article_ids)]


def _story_members(store: Store, state: StoryState, folded: list[str],
                   key_to_id: dict[str, int], placed: dict[int, str]) -> set[int]:
    """Every article id of a story after this run: the clusterer's members, the stored members
    of the stored stories `folded` into it and its own stored members outside the window, less
    stored members this run placed in another story."""
    member_ids = {int(i) for i in state.article_ids}
    for old_key in folded:  # stored stories folded into this one
        member_ids |= {a["id"] for a in store.articles(story_ids=[key_to_id[old_key]])}
    if state.key in key_to_id:  # earlier articles outside the window
        member_ids |= {a["id"] for a in store.articles(story_ids=[key_to_id[state.key]])}
    # stored members this run placed in another story now belong there
    return {i for i in member_ids if placed.get(i, state.key) == state.key}


def _story_row(store: Store, state: StoryState, member_ids: set[int],
               prepared: dict[int, dict]) -> tuple[dict, set[int]]:
    """The story's stored row, summarised from all its members, with those members."""
    from ..coding.actors import countries_in
    members = store.articles(ids=member_ids)
    # docs prepared above are reused; only members of folded older stories are read now
    older = {int(d["id"]): d for d in docs_with_entities(
        store, [a for a in members if a["id"] not in prepared])}
    summary = summarise_story([prepared.get(a["id"]) or older[a["id"]] for a in members],
                              key=state.key, country_extractor=countries_in)
    first_seen, last_seen = summary.first_seen, summary.last_seen
    if first_seen is None:  # no member's date counted as time evidence: the stored
        stamps = sorted(a["published"] for a in members)  # dates still bound the story
        first_seen, last_seen = stamps[0], stamps[-1]
    return ({"key": state.key, "headline": summary.representative_headline or "",
             "first_seen": first_seen, "last_seen": last_seen,
             "n_articles": summary.n_articles, "n_outlets": summary.n_outlets,
             "countries": summary.countries, "entities": summary.top_entities}, member_ids)


def _save(store: Store, outcome: list[tuple[dict, set[int]]], absorbed_keys: list[str]) -> None:
    """All or nothing: a run killed before this commit leaves the store as it found it, and
    the next run clusters the same pending articles the same way."""
    with store.transaction() as conn:
        for record, member_ids in outcome:
            store.assign_story(member_ids, store.save_story(record, conn=conn), conn=conn)
        store.delete_stories(absorbed_keys, conn=conn)
