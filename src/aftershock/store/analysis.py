"""Store queries for what the analysis stages write: stories, events, series, ripples, briefs."""
from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import delete, func, insert, select, update

from . import schema as t
from .articles import utcnow


def _iso(value):
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC).isoformat() if value.tzinfo is None \
            else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _plain(row) -> dict:
    return {k: _iso(v) for k, v in row._mapping.items()}


def _to_date(value) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def _to_datetime(value) -> datetime:
    if isinstance(value, datetime):
        dt = value
    else:
        dt = datetime.fromisoformat(str(value))
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt




def flatten_event(event: dict) -> dict:
    """A coder event (DESIGN.md contract, nested actors) as a flat events-table row."""
    src = event.get("source") or {}
    tgt = event.get("target") or {}
    return {
        "sentence_index": event.get("sentence_index"), "sentence": event["sentence"],
        "sentence_start": event.get("start"), "sentence_end": event.get("end"),
        "source_text": src.get("text"), "source_code": src.get("code"),
        "source_country": src.get("country"), "target_text": tgt.get("text"),
        "target_code": tgt.get("code"), "target_country": tgt.get("country"),
        "cameo": event["cameo"], "root": event["root"], "quad": event["quad"],
        "penta": event["penta"], "goldstein": event["goldstein"], "plover": event.get("plover"),
        "place": event.get("place"), "confidence": event.get("confidence"),
        "method": event.get("method"), "date": _to_date(event.get("date")),
    }


class AnalysisQueries:
    """Mixed into Store: everything the stages after ingest read and write."""

    # stories ---------------------------------------------------------------
    def save_story(self, record: dict, conn=None) -> int:
        """Insert or update the story with this key; pass `conn` from `Store.transaction()` to
        make it part of a larger write (the story stage commits a whole run at once)."""
        values = {
            "key": record["key"], "headline": record["headline"],
            "first_seen": _to_datetime(record["first_seen"]),
            "last_seen": _to_datetime(record["last_seen"]),
            "n_articles": record["n_articles"], "n_outlets": record["n_outlets"],
            "countries": sorted(record.get("countries") or []),
            "entities": list(record.get("entities") or []), "updated_at": utcnow(),
        }
        with self._conn(conn, write=True) as c:
            row = c.execute(select(t.stories.c.id).where(t.stories.c.key == values["key"])
                            ).first()
            if row:
                c.execute(update(t.stories).where(t.stories.c.id == row[0]).values(**values))
                return row[0]
            return c.execute(insert(t.stories).values(**values)).inserted_primary_key[0]

    def assign_story(self, article_ids, story_id: int, conn=None) -> None:
        with self._conn(conn, write=True) as c:
            c.execute(update(t.articles).where(t.articles.c.id.in_(list(article_ids)))
                      .values(story_id=story_id))

    def delete_stories(self, keys, conn=None) -> None:
        """Remove stories (merged into others) once none of their articles points at them."""
        with self._conn(conn, write=True) as c:
            ids = [r[0] for r in c.execute(select(t.stories.c.id).where(
                t.stories.c.key.in_(list(keys))))]
            if ids:
                c.execute(update(t.articles).where(t.articles.c.story_id.in_(ids))
                          .values(story_id=None))
                c.execute(delete(t.storylines).where(t.storylines.c.story_id.in_(ids)))
                c.execute(delete(t.stories).where(t.stories.c.id.in_(ids)))

    def stories(self, *, ids=None, active_since: datetime | None = None,
                order: str = "size") -> list[dict]:
        q = select(t.stories)
        if ids is not None:
            q = q.where(t.stories.c.id.in_(list(ids)))
        if active_since is not None:
            q = q.where(t.stories.c.last_seen >= active_since)
        if order == "size":
            q = q.order_by(t.stories.c.n_outlets.desc(), t.stories.c.n_articles.desc(),
                           t.stories.c.id)
        else:
            q = q.order_by(t.stories.c.first_seen, t.stories.c.id)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]

    def story(self, story_id: int) -> dict | None:
        found = self.stories(ids=[story_id])
        return found[0] if found else None

    def story_keys(self) -> dict[int, str]:
        with self.connect() as conn:
            return {r[0]: r[1] for r in conn.execute(select(t.stories.c.id, t.stories.c.key))}

    # storylines ------------------------------------------------------------
    def replace_storylines(self, storyline_of: dict[int, str], story_ids=None,
                           conn=None) -> None:
        """Store each story's storyline ({story id: storyline key}), replacing the rows of
        `story_ids` (default: every row)."""
        now = utcnow()
        with self._conn(conn, write=True) as c:
            if story_ids is None:
                c.execute(delete(t.storylines))
            else:
                ids = sorted(set(story_ids) | set(storyline_of))
                for start in range(0, len(ids), 500):
                    c.execute(delete(t.storylines).where(
                        t.storylines.c.story_id.in_(ids[start:start + 500])))
            if storyline_of:
                c.execute(insert(t.storylines), [
                    {"story_id": i, "storyline": key, "updated_at": now}
                    for i, key in sorted(storyline_of.items())])

    def placed_article_texts(self, story_ids=None):
        """(story id, title, text, published, article id) of every article in a story, or in
        one of `story_ids`."""
        columns = (t.articles.c.story_id, t.articles.c.title, t.articles.c.text,
                   t.articles.c.published, t.articles.c.id)
        if story_ids is None:
            batches = [select(*columns).where(t.articles.c.story_id.is_not(None))]
        else:
            ids = sorted(set(story_ids))
            batches = [select(*columns).where(t.articles.c.story_id.in_(ids[i:i + 500]))
                       for i in range(0, len(ids), 500)]
        with self.connect() as conn:
            for q in batches:
                for row in conn.execute(q.order_by(t.articles.c.id)):
                    yield (row[0], row[1], row[2], _iso(row[3]), row[4])

    def storylines_of(self, story_ids) -> dict[int, str]:
        """{story id: storyline key} for those of `story_ids` that are linked."""
        ids = sorted(set(story_ids))
        found: dict[int, str] = {}
        with self.connect() as conn:
            for start in range(0, len(ids), 500):
                found.update(conn.execute(select(
                    t.storylines.c.story_id, t.storylines.c.storyline).where(
                    t.storylines.c.story_id.in_(ids[start:start + 500]))).all())
        return found

    def storyline_sizes(self) -> dict[str, int]:
        """{storyline key: how many stories it holds}."""
        with self.connect() as conn:
            return dict(conn.execute(select(t.storylines.c.storyline, func.count()).group_by(
                t.storylines.c.storyline)).all())

    def storyline_count(self) -> int:
        with self.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.storylines)).scalar_one()

    def storyline_of(self, story_id: int) -> str | None:
        with self.connect() as conn:
            return conn.execute(select(t.storylines.c.storyline).where(
                t.storylines.c.story_id == story_id)).scalar_one_or_none()

    def storyline_stories(self, storylines=None, *, since: datetime | None = None,
                          min_stories: int = 1) -> dict[str, list[dict]]:
        """{storyline key: its stories, earliest first}, for the given keys (default all);
        `since` keeps storylines active on or after it, `min_stories` those that long."""
        q = select(t.stories, t.storylines.c.storyline).join(
            t.storylines, t.storylines.c.story_id == t.stories.c.id)
        if storylines is not None:
            q = q.where(t.storylines.c.storyline.in_(list(storylines)))
        q = q.order_by(t.stories.c.first_seen, t.stories.c.id)
        grouped: dict[str, list[dict]] = {}
        with self.connect() as conn:
            for row in conn.execute(q):
                story = _plain(row)
                grouped.setdefault(story.pop("storyline"), []).append(story)
        since_text = _iso(since) if since is not None else None
        return {k: v for k, v in grouped.items() if len(v) >= min_stories and (
            since_text is None or max(s["last_seen"] for s in v) >= since_text)}

    # events ----------------------------------------------------------------
    def replace_events(self, article_id: int, events: list[dict]) -> int:
        """Replace an article's events and mark it coded, in one transaction."""
        return self.replace_events_many([(article_id, events)])

    def replace_events_many(self, coded: list[tuple[int, list[dict]]]) -> int:
        """Replace the events of several articles and mark them coded, in one transaction
        (a batch: all of it is stored, or none)."""
        rows = []
        for article_id, events in coded:
            for i, ev in enumerate(events):
                row = flatten_event(ev)
                row.update(article_id=article_id, event_index=i)
                rows.append(row)
        ids = [article_id for article_id, _ in coded]
        with self.begin() as conn:
            conn.execute(delete(t.events).where(t.events.c.article_id.in_(ids)))
            if rows:
                conn.execute(insert(t.events), rows)
            conn.execute(update(t.articles).where(t.articles.c.id.in_(ids))
                         .values(coded_at=utcnow()))
        return len(rows)

    def events(self, *, since=None, until=None, article_ids=None, story_ids=None,
               countries=None, min_confidence: float | None = None,
               model_events: bool = True) -> list[dict]:
        """Events with their article's story id, in date order; `min_confidence` leaves out
        events the coder is less sure of, `model_events=False` those of its learned fallback
        (rows from before the coder said how it found them count as its patterns')."""
        e = t.events.c
        q = (select(t.events, t.articles.c.story_id,
                    t.articles.c.published.label("article_published"))
             .outerjoin(t.articles, t.articles.c.id == e.article_id))
        if min_confidence:
            q = q.where(e.confidence.is_(None) | (e.confidence >= min_confidence))
        if not model_events:
            q = q.where(e.method.is_(None) | (e.method != "model"))
        if since is not None:
            q = q.where(t.events.c.date >= _to_date(since))
        if until is not None:
            q = q.where(t.events.c.date <= _to_date(until))
        if article_ids is not None:
            q = q.where(t.events.c.article_id.in_(list(article_ids)))
        if story_ids is not None:
            q = q.where(t.articles.c.story_id.in_(list(story_ids)))
        if countries is not None:
            cs = list(countries)
            q = q.where(t.events.c.source_country.in_(cs) | t.events.c.target_country.in_(cs))
        q = q.order_by(t.events.c.date, t.events.c.article_id, t.events.c.event_index)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]

    def insert_imported_events(self, rows: list[dict]) -> int:
        """Insert events from another dataset (origin + ext_id), skipping those already stored;
        returns how many were new."""
        if not rows:
            return 0
        origin = rows[0]["origin"]
        with self.begin() as conn:
            seen = set()
            ids = [r["ext_id"] for r in rows]
            for i in range(0, len(ids), 900):
                seen |= {r[0] for r in conn.execute(select(t.events.c.ext_id).where(
                    t.events.c.origin == origin, t.events.c.ext_id.in_(ids[i:i + 900])))}
            fresh, batch_ids = [], set()
            for r in rows:
                if r["ext_id"] not in seen and r["ext_id"] not in batch_ids:
                    batch_ids.add(r["ext_id"])
                    fresh.append(r)
            if fresh:  # plain DB-API executemany: bulk imports run at millions of rows
                cols = list(fresh[0])
                mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
                sql = (f"INSERT INTO events ({', '.join(cols)}) "
                       f"VALUES ({', '.join([mark] * len(cols))})")
                as_text = conn.dialect.name == "sqlite"  # SQLite keeps dates as ISO text
                conn.exec_driver_sql(sql, [tuple(
                    v.isoformat() if as_text and isinstance(v, date) else v
                    for v in r.values()) for r in fresh])
        return len(fresh)

    def export_events(self, since=None, until=None):
        """Every event with its article's URL, in id order, as an iterator (export)."""
        q = (select(t.events, t.articles.c.url.label("article_url"))
             .outerjoin(t.articles, t.articles.c.id == t.events.c.article_id))
        if since is not None:
            q = q.where(t.events.c.date >= _to_date(since))
        if until is not None:
            q = q.where(t.events.c.date <= _to_date(until))
        with self.connect() as conn:
            for row in conn.execution_options(yield_per=5000).execute(q.order_by(t.events.c.id)):
                yield _plain(row)

    # signals ---------------------------------------------------------------
    def replace_signals(self, series: list[dict], anomalies: list[dict]) -> None:
        """Replace every series and every anomaly in one transaction: a signals run killed
        half-way leaves the old pair or the new one, never new series with old anomalies."""
        with self.begin() as conn:
            self.replace_series(series, conn=conn)
            self.replace_anomalies(anomalies, conn=conn)

    def replace_series(self, rows: list[dict], conn=None) -> None:
        cols = {c.name for c in t.series.columns}
        clean = [{k: (_to_date(v) if k == "date" else v) for k, v in r.items() if k in cols}
                 for r in rows]
        with self._conn(conn, write=True) as c:
            c.execute(delete(t.series))
            if clean:
                c.execute(insert(t.series), clean)

    def series(self, kind: str | None = None, key: str | None = None) -> list[dict]:
        q = select(t.series)
        if kind:
            q = q.where(t.series.c.kind == kind)
        if key:
            q = q.where(t.series.c.key == key)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q.order_by(t.series.c.kind, t.series.c.key,
                                                                 t.series.c.date))]

    def replace_anomalies(self, rows: list[dict], conn=None) -> None:
        cols = {c.name for c in t.anomalies.columns} - {"id"}
        clean = [{k: (_to_date(v) if k == "date" else v) for k, v in r.items() if k in cols}
                 for r in rows]
        with self._conn(conn, write=True) as c:
            c.execute(delete(t.anomalies))
            if clean:
                c.execute(insert(t.anomalies), clean)

    def anomalies(self) -> list[dict]:
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(
                select(t.anomalies).order_by(t.anomalies.c.score.desc()))]

    # ripples and briefs -----------------------------------------------------
    def save_ripple(self, trigger_story_id: int, region: str, window_days: int,
                    report: dict) -> int:
        key = (t.ripples.c.trigger_story_id == trigger_story_id) & \
              (t.ripples.c.region == region) & (t.ripples.c.window_days == window_days)
        with self.begin() as conn:
            row = conn.execute(select(t.ripples.c.id).where(key)).first()
            if row:
                conn.execute(update(t.ripples).where(t.ripples.c.id == row[0]).values(
                    report=report, created_at=utcnow()))
                return row[0]
            return conn.execute(insert(t.ripples).values(
                trigger_story_id=trigger_story_id, region=region, window_days=window_days,
                report=report, created_at=utcnow())).inserted_primary_key[0]

    def ripple(self, ripple_id: int) -> dict | None:
        with self.connect() as conn:
            row = conn.execute(select(t.ripples).where(t.ripples.c.id == ripple_id)).first()
        return _plain(row) if row else None

    def save_brief(self, kind: str, ref_id: int, brief: dict) -> int:
        with self.begin() as conn:
            row = conn.execute(select(t.briefs.c.id).where(
                t.briefs.c.kind == kind, t.briefs.c.ref_id == ref_id)).first()
            if row:
                conn.execute(update(t.briefs).where(t.briefs.c.id == row[0]).values(
                    brief=brief, created_at=utcnow()))
                return row[0]
            return conn.execute(insert(t.briefs).values(
                kind=kind, ref_id=ref_id, brief=brief, created_at=utcnow())
            ).inserted_primary_key[0]
