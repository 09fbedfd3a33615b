"""The Aftershock Python API: one object over one store, running every stage of the pipeline.
The CLI and the web app are thin shells over it."""
from __future__ import annotations

import json
import time
from datetime import datetime, timedelta
from pathlib import Path

from .config import Settings, event_filter, load_settings, use_settings
from .config import settings as active_settings
from .errors import AftershockError  # the project's error base, re-exported here
from .ingest import IngestReport, ingest
from .progress import progress_bar, tracked
from .store import Store
from .store.articles import article_doc


def candidate_summary(candidate: dict) -> dict:
    """What a ranked story candidate shows: id, headline, date, size, score (and `origin_of`,
    the best-matching story, when the candidate was chosen as that story's storyline origin)."""
    keys = ("id", "headline", "first_seen", "n_articles", "n_outlets", "score", "relevance",
            "coverage", "matched", "origin_of")
    return {k: candidate.get(k) for k in keys}


class Aftershock:
    """aftershock over a database URL (or $AFTERSHOCK_DB, or ./aftershock.db)."""

    def __init__(self, db: str | None = None, store: Store | None = None,
                 settings: Settings | str | Path | None = None):
        """`settings`: a Settings object or a settings file to put in force (see
        aftershock.config); None keeps those in force."""
        if settings is not None:
            use_settings(settings if isinstance(settings, Settings) else load_settings(settings))
        self.settings = active_settings()
        self.store = store or Store(db)
        self._coder = None

    # ingest -------------------------------------------------------------------
    def ingest(self, inputs, progress: bool = False, **kwargs) -> IngestReport:
        return ingest(self.store, inputs, progress=progress, **kwargs)

    def import_gdelt(self, paths):
        """Import GDELT 2.0 event files (zipped or not); importing a file twice adds nothing.
        Returns a report with the counts and the rejected lines."""
        from .ingest.gdelt import import_gdelt
        return import_gdelt(self.store, paths)

    def export_events(self, fmt: str, output: Path | None, since=None, until=None) -> int:
        """Write the stored events in `fmt` (gdelt, csv, jsonl, parquet) to `output` (stdout
        when None); returns how many."""
        from .export import export_events
        return export_events(self.store, fmt, output, since, until)

    def close(self) -> None:
        """Let go of the database (opening it first: a bad URL fails here)."""
        self.store.close()

    # stories ------------------------------------------------------------------
    def build_stories(self, progress: bool = False) -> str:
        """Assign pending articles to stories, extending stories stored by earlier runs.

        The clusterer re-homes articles (`OnlineClusterer.rehome`; `rehome_margin=None` turns
        it off): an article stored by an earlier run can move to a story begun after it.
        Stored articles of the last [stories] `context_days` before the first pending one are
        read back as context. `progress` shows a bar on stderr (aftershock.progress)."""
        from .stories.stage import build_stories
        return build_stories(self.store, self.settings.stories, progress)

    def build_storylines(self) -> str:
        """Relink every stored story into storylines (the `stories` stage does it after each
        run; aftershock.stories.storylines)."""
        from .stories.storyline_stage import build_storylines
        return build_storylines(self.store, self.settings.stories)

    def storylines(self, since: datetime | None = None, min_stories: int = 1) -> list[dict]:
        """Storylines, latest activity first: each with its key, dates, counts, the headline of
        its largest story and its stories earliest first. `since` keeps storylines active on
        or after it; `min_stories` those of at least that many stories."""
        from .stories.storyline_stage import storyline_record
        grouped = self.store.storyline_stories(since=since, min_stories=min_stories)
        records = [storyline_record(key, stories) for key, stories in grouped.items()]
        return sorted(records, key=lambda r: (r["last_seen"], r["storyline"]), reverse=True)

    def storyline_of(self, story_id: int) -> str | None:
        """The key of the storyline a story belongs to, or None before the stories stage
        linked it."""
        return self.store.storyline_of(story_id)

    def storyline(self, key_or_story_id: str | int) -> dict:
        """One storyline by its key, or the storyline of a story given by id (an int or a
        string of digits); an error when there is none."""
        from .stories.storyline_stage import storyline_record
        text = str(key_or_story_id).strip()
        key = text
        if isinstance(key_or_story_id, int) or text.isdigit():
            key = self.store.storyline_of(int(text)) if 0 < int(text) < 2 ** 63 else None
            if key is None:
                raise AftershockError(f"no storyline for story {text} (no such story, or "
                                      "the `stories` stage has not linked it yet)")
        stories = self.store.storyline_stories([key]).get(key)
        if not stories:
            raise AftershockError(f"no storyline {key!r}")
        return storyline_record(key, stories)

    # coding -------------------------------------------------------------------
    @property
    def coder(self):
        if self._coder is None:
            from .coding import Coder
            self._coder = Coder()
        return self._coder

    def code_events(self, n_process: int = 1, progress: bool = False) -> str:
        """Code every article not yet coded; each article's events commit with it."""
        pending = self.store.articles(pending_coding=True)
        self.coder.n_process = n_process
        n_events = 0
        coded = self.coder.code_documents(article_doc(a) for a in pending)
        for doc_id, events in tracked(coded, "code", len(pending), progress):
            n_events += self.store.replace_events(int(doc_id), events)
        return f"code: {len(pending)} articles coded, {n_events} events"

    # signals ------------------------------------------------------------------
    def compute_signals(self, min_score: float | None = None, progress: bool = False) -> str:
        from .signals import detect_anomalies, dyad_series, load_regions, region_series
        from .signals.series import current_events
        if min_score is None:
            min_score = self.settings.signals.min_score
        with progress_bar("signals", 5, progress) as bar:
            events = current_events(self.store.events(**event_filter(self.settings.signals)),
                                    self.settings.signals.recollection_days)
            bar.advance()
            rows = dyad_series(events)
            bar.advance()
            rows += region_series(events, load_regions())
            bar.advance()
            anomalies = detect_anomalies(rows, events, min_score=min_score)
            bar.advance()
            self.store.replace_signals(rows, anomalies)
            bar.advance()
        n_series = len({(r["kind"], r["key"]) for r in rows})
        return f"signals: {n_series} series over {len(rows)} days, {len(anomalies)} anomalies"

    # ripple -------------------------------------------------------------------
    def find_story(self, story_id_or_query: str | int) -> dict:
        """A story by id (an int, or a string of digits), or the best story for a text query
        (aftershock.ripple.story_search); see resolve_trigger for the runners-up."""
        return self.resolve_trigger(story_id_or_query)[0]

    def resolve_trigger(self, story_id_or_query: str | int) -> tuple[dict, list[dict]]:
        """(the story, the ranked candidates) for a story id or a text query. An id gives no
        candidates; a query that names no story raises an error naming the closest ones."""
        from .ripple.story_search import resolve_story
        if isinstance(story_id_or_query, bool):
            raise AftershockError("a trigger is a story id or a text query, not true/false")
        text = str(story_id_or_query).strip()
        if not text:
            raise AftershockError("no trigger given: name a story by id or by a text query")
        if isinstance(story_id_or_query, int) or text.isdigit():
            # (ids the store can hold; a larger number names no story)
            story = self.store.story(int(text)) if 0 < int(text) < 2 ** 63 else None
            if story is None:
                raise AftershockError(f"no story with id {text}")
            return story, []
        return resolve_story(self.store, text, self.settings.ripple)

    def search_stories(self, query: str, limit: int = 20) -> list[dict]:
        """Stories ranked for a text query, best first, each with `score`, `relevance`,
        `coverage` and the query terms it `matched` (aftershock.ripple.story_search)."""
        from .ripple.story_search import search_stories
        return search_stories(self.store, query, self.settings.ripple, limit=limit)

    def ripple(self, trigger: str | int, watch, window_days: int | None = None,
               baseline_days: int | None = None, **link_options) -> dict:
        """Analyse how the trigger story ripples into the watched region (a name, slug or
        signals.Region); stored and returned. Windows default to the [ripple] settings;
        `link_options` (link_model, link_threshold, keep_features) go to analyze_ripple."""
        from .gazetteer import UnknownRegionError
        from .ripple import analyze_ripple
        from .signals import Region, resolve_region
        story, candidates = self.resolve_trigger(trigger)
        try:
            region = watch if isinstance(watch, Region) else resolve_region(watch)
        except UnknownRegionError as exc:
            raise AftershockError(str(exc).strip("'\"")) from None
        knobs = self.settings.ripple
        window_days = window_days or knobs.window_days
        baseline_days = baseline_days or knobs.baseline_days
        start = datetime.fromisoformat(story["first_seen"]).replace(tzinfo=None)
        since, until = start - timedelta(days=baseline_days), start + timedelta(days=window_days)
        articles = self.store.articles(since=since, until=until)
        events = self.store.events(since=since.date(), until=until.date(),
                                   **event_filter(knobs))
        stories = self.store.stories(ids={a["story_id"] for a in articles if a["story_id"]})
        report = analyze_ripple(story, region, articles, stories, events,
                                window_days=window_days, baseline_days=baseline_days,
                                alpha=knobs.alpha, min_series_events=knobs.min_series_events,
                                max_evidence=knobs.max_evidence, **link_options)
        if candidates:  # how a text query chose the story, and the runners-up
            report["trigger"]["resolution"] = {
                "query": str(trigger).strip(),
                "candidates": [candidate_summary(c) for c in candidates]}
        ripple_id = self.store.save_ripple(story["id"], region.slug, window_days, report)
        report = {**report, "id": ripple_id}
        self.store.save_ripple(story["id"], region.slug, window_days, report)
        return report

    def ripple_markdown(self, report: dict) -> str:
        from .ripple import ripple_to_markdown
        return ripple_to_markdown(report)

    def auto_ripples(self, regions=None) -> list[dict]:
        """Automatic ripple mode: every high-impact story into each region (names, slugs or
        Regions; default: the regions of the stored watchlists). See aftershock.ripple.auto."""
        from .signals import Region, resolve_region
        from .watch import auto_ripples, validate_watchlist, watch_scope
        if regions is None:
            found = {r.slug: r for w in self.store.watchlists()
                     for r in watch_scope(validate_watchlist(w["spec"], w["name"])).regions}
            regions = list(found.values())
        return auto_ripples(self, [r if isinstance(r, Region) else resolve_region(r)
                                   for r in regions])

    # watchlists and alerts (aftershock.watch) ------------------------------------
    def add_watchlist(self, spec_or_path) -> list[dict]:
        """Validate and store watchlists from a spec dict or a YAML/TOML file path."""
        from .watch import read_watchlist_file, validate_watchlist
        specs = [validate_watchlist(spec_or_path)] if isinstance(spec_or_path, dict) \
            else read_watchlist_file(spec_or_path)
        for spec in specs:
            self.store.save_watchlist(spec["name"], spec)
        return specs

    def run_watchlists(self, names=None, echo=print, deliver: bool = True, now=None):
        """Evaluate the stored watchlists, record new alerts, deliver what waits (RunReport)."""
        from .watch import run_watchlists
        return run_watchlists(self, names, echo=echo, deliver=deliver, now=now)

    def mute_watchlist(self, name: str, seconds: float | None) -> dict:
        """Mute a watchlist for `seconds` from now (None unmutes)."""
        from .watch import mute_for, mute_watchlist
        return mute_watchlist(self.store, name, None) if seconds is None \
            else mute_for(self.store, name, seconds)

    def monitor(self, feeds, interval: float = 300.0, echo=print, max_cycles=None,
                watchlists=None) -> int:
        """Poll feeds and run the pipeline and watchlists until SIGINT/SIGTERM; returns cycles."""
        from .watch import Monitor
        return Monitor(self, feeds, interval=interval, echo=echo,
                       watchlists=watchlists).run(max_cycles=max_cycles)

    # briefs -------------------------------------------------------------------
    def brief_model(self, story_id: int | None = None, ripple_id: int | None = None,
                    save: bool = True) -> dict:
        """The brief's JSON model (aftershock.briefs.build); polished by an LLM only when
        AFTERSHOCK_LLM_BASE_URL and AFTERSHOCK_LLM_MODEL are set (aftershock.briefs.polish).
        Stored for later reads unless `save` is false (the web app's GETs never write)."""
        from .briefs.inputs import ripple_brief_inputs, story_brief_inputs
        from .briefs.polish import polish_from_env
        from .registry import component
        writer = component("brief_writer")
        if ripple_id is not None:
            row = self.store.ripple(ripple_id)
            if row is None:
                raise AftershockError(f"no ripple with id {ripple_id}")
            report = row["report"]
            articles, events, stories = ripple_brief_inputs(self.store, report)
            brief = polish_from_env(writer.ripple(report, articles, events, stories))
            if save:
                self._keep_brief("ripple", ripple_id, brief)
            return brief
        story = self.store.story(story_id)
        if story is None:
            raise AftershockError(f"no story with id {story_id}")
        articles, events = story_brief_inputs(self.store, story)
        brief = polish_from_env(writer.story(story, articles, events))
        if save:
            self._keep_brief("story", story_id, brief)
        return brief

    def _keep_brief(self, kind: str, ref_id: int, brief: dict) -> None:
        """Save a brief for later reads; a read-only store still gets its brief, unsaved."""
        from .store import StoreReadOnlyError
        try:
            self.store.save_brief(kind, ref_id, brief)
        except StoreReadOnlyError:
            pass

    def brief(self, story_id: int | None = None, ripple_id: int | None = None,
              fmt: str = "md") -> str:
        from .briefs import render_html, render_json, render_markdown
        model = self.brief_model(story_id=story_id, ripple_id=ripple_id)
        return {"md": render_markdown, "html": render_html, "json": render_json}[fmt](model)

    # reading the store (what the web layer shows) ----------------------------------
    # Thin reads over the store, so the web layer calls only this API. Filters are the store's
    # (aftershock/store/web.py, watch.py); pages take `after` (a decoded cursor) and `limit`.
    def story(self, story_id: int) -> dict | None:
        """One stored story, or None."""
        return self.store.story(story_id)

    def story_page(self, **filters) -> list[dict]:
        """Stories, most recently active first, filtered by countries, since, until, query and
        ids."""
        return self.store.story_page(**filters)

    def story_outlets(self, story_ids) -> dict[int, list[str]]:
        """Each story's outlets, most articles first."""
        return self.store.story_outlets(story_ids)

    def articles(self, **filters) -> list[dict]:
        """Stored articles, filtered by ids, story_ids, since and until."""
        return self.store.articles(**filters)

    def events(self, **filters) -> list[dict]:
        """Coded events, filtered by since, until, article_ids, story_ids and countries."""
        return self.store.events(**filters)

    def placed_events(self, since=None, until=None) -> list[dict]:
        """Events with a place the coder named (the map's points)."""
        return self.store.placed_events(since=since, until=until)

    def outlet_leads(self, outlets) -> dict[str, list]:
        """The opening characters of each outlet's articles (to read its datelines)."""
        return self.store.outlet_leads(outlets)

    def saved_ripple(self, ripple_id: int) -> dict | None:
        """One stored ripple analysis (its row, the report under `report`), or None."""
        return self.store.ripple(ripple_id)

    def ripple_list(self, trigger_story_id: int | None = None, *, after: tuple | None = None,
                    limit: int | None = None) -> list[dict]:
        """Stored ripple analyses, newest first (a summary of each)."""
        return self.store.ripple_list(trigger_story_id, after=after, limit=limit)

    def ripple_reports(self, region: str | None = None) -> list[dict]:
        """Stored ripple analyses with their full reports, newest first; of one watched region
        or all."""
        return self.store.ripple_reports(region=region)

    def saved_brief(self, kind: str, ref_id: int) -> dict | None:
        """The brief last saved for a story or ripple, or None."""
        return self.store.saved_brief(kind, ref_id)

    def series(self, kind: str | None = None, key: str | None = None) -> list[dict]:
        """Stored daily series rows of a dyad or region (the signals stage's)."""
        return self.store.series(kind, key)

    def country_daily(self, code: str, since=None, until=None) -> list[dict]:
        """Daily event counts of events with a country on either side."""
        return self.store.country_daily(code, since=since, until=until)

    def country_conflict(self, since=None, until=None) -> list[dict]:
        """Events and conflict shares per country (the world map's)."""
        return self.store.country_conflict(since=since, until=until)

    def cached_aggregate(self, key: tuple, compute, *, depends=("events",), copy=None):
        """`compute()`, computed once while the stored tables in `depends` are unchanged (for
        views that read every event; store/event_aggregates.py)."""
        return self.store.cached_aggregate(key, compute, depends=depends, copy=copy)

    def cached_body(self, key: tuple, compute, *, depends=("events",)):
        """`compute()` (an encoded response body or a rendered fragment), kept while the
        stored tables in `depends` are unchanged."""
        return self.store.cached_body(key, compute, depends=depends)

    def warm_story_search(self) -> int:
        """Build the story-search documents of the most recently active stories ahead of the
        first query (aftershock.ripple.story_search); how many are held."""
        from .ripple.story_search import warm_documents
        return warm_documents(self.store, self.settings.ripple)

    def dyad_quad_totals(self, since=None, until=None) -> list[dict]:
        """Events per directed country pair and quad class."""
        return self.store.dyad_quad_totals(since=since, until=until)

    def event_date_span(self) -> tuple[str | None, str | None]:
        """The first and last day of the coded events."""
        return self.store.event_date_span()

    def stories(self, **filters) -> list[dict]:
        """Stored stories, largest first (filters: ids, active_since, order)."""
        return self.store.stories(**filters)

    def add_api_token(self, name: str, token_hash: str) -> int:
        """Store a new API token's hash under `name` (web.security.create_token makes one)."""
        return self.store.add_api_token(name, token_hash)

    def api_token_list(self) -> list[dict]:
        """Every API token's name and dates (never its hash)."""
        return self.store.api_token_list()

    def delete_api_token(self, name: str) -> bool:
        """Revoke a token; False when there was none by that name."""
        return self.store.delete_api_token(name)

    def api_token_by_hash(self, token_hash: str) -> dict | None:
        """The API token record with this hash, or None."""
        return self.store.api_token_by_hash(token_hash)

    def api_token_by_id(self, token_id: int) -> dict | None:
        """The API token record with this id, or None."""
        return self.store.api_token_by_id(token_id)

    def touch_api_token(self, token_id: int) -> None:
        """Record that a token was just used."""
        self.store.touch_api_token(token_id)

    def event_page(self, **filters) -> list[dict]:
        """Coded events, newest first, filtered by actor, source, target, country, code, quad,
        since, until, place and story_id."""
        return self.store.event_page(**filters)

    def dyad_totals(self, since=None, until=None, min_events: int = 1) -> list[dict]:
        """Events per directed country pair, most first."""
        return self.store.dyad_totals(since=since, until=until, min_events=min_events)

    def anomalies(self, kind: str | None = None, key: str | None = None,
                  limit: int | None = None, country: str | None = None,
                  keys=None) -> list[dict]:
        """Anomalies, newest first (`country`: dyad anomalies with it on either side; `keys`:
        of any of these keys)."""
        return self.store.anomalies_for(kind, key, keys=keys, limit=limit, country=country)

    def alert_page(self, **filters) -> list[dict]:
        """Alerts, newest first, filtered by watchlist and rule."""
        return self.store.alert_page(**filters)

    def alerts(self, watchlist: str | None = None, limit: int | None = None) -> list[dict]:
        """Alerts, newest first, of one watchlist or all."""
        return self.store.alerts(watchlist, limit=limit)

    def add_alert(self, watchlist: str, rule: str, ref: str, payload: dict,
                  status: str | None = None) -> int | None:
        """Record an alert once: its id, or None when (watchlist, rule, ref) has already fired
        (`status="muted"` records it without it waiting for delivery)."""
        return self.store.add_alert(watchlist, rule, ref, payload, status=status)

    def deliver_alerts(self, specs, echo=print, sleep=None) -> dict:
        """Send the waiting alerts of the watchlists in `specs` (name -> validated spec) on
        their channels (aftershock.watch.delivery); counts of delivered and failed sends."""
        from .watch.delivery import deliver_pending
        return deliver_pending(self.store, specs, echo=echo, sleep=sleep or time.sleep)

    def watchlists(self) -> list[dict]:
        """Every stored watchlist, by name."""
        return self.store.watchlists()

    def watchlist(self, name: str) -> dict | None:
        """One stored watchlist, or None."""
        return self.store.watchlist(name)

    def delete_watchlist(self, name: str) -> bool:
        """Delete a watchlist; False when there was none by that name."""
        return self.store.delete_watchlist(name)


# file-to-file modes (DESIGN.md contracts, no database) ---------------------------
def _read_docs(path: Path, required: tuple[str, ...]) -> tuple[list[dict], list[str]]:
    """The JSON objects of a JSONL file (read as ingest reads it) that have the required fields;
    every other line becomes an error naming its line."""
    from .ingest.files import read_jsonl
    from .ingest.records import Rejection
    docs, errors = [], []
    for item in read_jsonl(path):
        if isinstance(item, Rejection):
            errors.append(str(item))
            continue
        obj = item.raw
        missing = [k for k in required if not isinstance(obj, dict) or not obj.get(k)]
        if missing:
            errors.append(f"{item.where}: missing field: {', '.join(missing)}")
            continue
        docs.append(obj)
    return docs, errors


def _write_lines(rows, output: Path | None) -> None:
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if output is None:
        print(lines, end="")
    else:
        output.write_text(lines, encoding="utf-8")


def cluster_file(infile: Path, output: Path | None) -> tuple[int, int, list[str]]:
    """`aftershock cluster IN.jsonl -o OUT.jsonl`: {"id", "story"} per document."""
    from .coding.named_entities import article_entities
    from .stories import actor_signals, cluster_documents
    docs, errors = _read_docs(infile, ("id", "text"))
    article_entities(docs)  # once per document; an input `entities` list is used as given
    pairs = cluster_documents(docs, **actor_signals(), problems=errors)
    _write_lines(({"id": i, "story": s} for i, s in pairs), output)
    return len(docs), len({s for _, s in pairs}), errors


def train_stories(labels: Path, output: Path | None = None) -> tuple[Path, dict]:
    """`aftershock train stories LABELS.jsonl [-o MODEL]`: train the learned story scorer on
    labelled articles and write its model file (default: the [stories] `model` in force);
    returns the file and what it was trained on. Nothing is written on an error."""
    from .config import settings
    from .stories import actor_signals
    from .stories.learned import model_path
    from .stories.training import train_file
    output = output or model_path(settings().stories.model)
    model = train_file(labels, output, actor_signals())
    return output, model.trained_on


def code_file(infile: Path, output: Path | None, n_process: int = 1) -> tuple[int, int, list[str]]:
    """`aftershock code IN.jsonl -o OUT.jsonl`: one event per line, most salient first per id."""
    from .coding import Coder
    docs, errors = _read_docs(infile, ("id", "text"))
    coder = Coder(n_process=n_process)
    rows = [ev for _, events in coder.code_documents(docs) for ev in events]
    _write_lines(rows, output)
    return len(docs), len(rows), errors
