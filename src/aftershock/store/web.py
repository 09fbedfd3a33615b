"""Store queries the web app needs: keyset-paginated stories and events, aggregates, API tokens."""
from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    String,
    Table,
    and_,
    case,
    cast,
    delete,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB, array

from . import schema as t
from .analysis import _plain, _to_date, _to_datetime
from .articles import utcnow
from .event_aggregates import EventAggregateCache

api_tokens = Table(
    "api_tokens",
    t.metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # SHA-256 hex, never the token
    Column("created_at", DateTime, nullable=False),
    Column("last_used_at", DateTime),
)

# Indexes for the web app's filters and keyset orders (created by migration m009). Plain DDL, not
# Index objects, so they stay out of the shared table definitions that other migrations create.
WEB_INDEXES = {
    "ix_stories_last_seen_id": "stories (last_seen, id)",
    "ix_events_date_id": "events (date, id)",
    "ix_events_source_country_date": "events (source_country, date)",
    "ix_events_target_country_date": "events (target_country, date)",
    "ix_events_cameo": "events (cameo)",
}

SEARCHES_KEPT = 256  # distinct story searches whose results are kept (cached_search)
BODIES_KEPT = 1024  # response bodies and page fragments kept (cached_body)
STORY_COLUMNS = [c for c in t.stories.c]
EVENT_COLUMNS = [*t.events.c, t.articles.c.story_id,
                 func.coalesce(t.articles.c.url, t.events.c.source_url).label("article_url"),
                 t.articles.c.title.label("article_title")]


def create_web_tables(conn) -> None:
    """What migration m009 does: the api_tokens table and the web indexes."""
    t.metadata.create_all(conn, tables=[api_tokens], checkfirst=True)
    for name, target in WEB_INDEXES.items():
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def _matching_article_ids(conn, query: str):
    """A subquery of article ids whose title or text match `query` (FTS5, or tsvector)."""
    import re
    words = re.findall(r"\w+", query)
    if not words:
        return None
    if conn.dialect.name == "sqlite":
        match = " ".join(f'"{w}"' for w in words)
        return text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :fts_q").bindparams(
            fts_q=match).columns(rowid=Integer).subquery()
    return select(t.articles.c.id).where(text(
        "to_tsvector('english', articles.title || ' ' || articles.text) @@ "
        "plainto_tsquery('english', :fts_q)").bindparams(fts_q=" ".join(words))).subquery()


def _story_has_country(conn, codes: list[str]):
    if conn.dialect.name == "sqlite":
        each = func.json_each(t.stories.c.countries).table_valued("value")
        return exists(select(literal_column("1")).select_from(each).where(each.c.value.in_(codes)))
    return cast(t.stories.c.countries, JSONB).has_any(array(codes))


class WebQueries:
    """Mixed into Store: what the dashboard and HTTP API read, newest first, a page at a time."""

    # stories ----------------------------------------------------------------
    def story_page(self, *, countries=None, since=None, until=None, query: str | None = None,
                   after: tuple | None = None, limit: int = 50, ids=None) -> list[dict]:
        """Stories by last activity, newest first; `after` is the (last_seen, id) of the last row
        of the previous page. `countries`: any of them among the story's countries; `ids`:
        only these stories."""
        q = select(*STORY_COLUMNS)
        if ids is not None:
            q = q.where(t.stories.c.id.in_([int(i) for i in ids]))
        with self.connect() as conn:
            if countries:
                q = q.where(_story_has_country(conn, [c.upper() for c in countries]))
            if since is not None:
                q = q.where(t.stories.c.last_seen >= _to_datetime(since))
            if until is not None:
                q = q.where(t.stories.c.first_seen <= _to_datetime(until))
            if query is not None:
                matches = _matching_article_ids(conn, query)
                if matches is None:
                    return []
                q = q.where(t.stories.c.id.in_(
                    select(t.articles.c.story_id).where(
                        t.articles.c.id.in_(select(matches.c[0])))))
            if after is not None:
                seen, sid = _to_datetime(after[0]), int(after[1])
                q = q.where(or_(t.stories.c.last_seen < seen,
                                and_(t.stories.c.last_seen == seen, t.stories.c.id < sid)))
            q = q.order_by(t.stories.c.last_seen.desc(), t.stories.c.id.desc()).limit(limit)
            return [_plain(r) for r in conn.execute(q)]

    def story_outlets(self, story_ids) -> dict[int, list[str]]:
        """Outlet names carrying each story, most articles first."""
        q = (select(t.articles.c.story_id, t.sources.c.name, func.count().label("n"))
             .join(t.sources, t.sources.c.id == t.articles.c.source_id)
             .where(t.articles.c.story_id.in_(list(story_ids)))
             .group_by(t.articles.c.story_id, t.sources.c.name)
             .order_by(t.articles.c.story_id, func.count().desc(), t.sources.c.name))
        out: dict[int, list[str]] = {}
        with self.connect() as conn:
            for story_id, name, _n in conn.execute(q):
                out.setdefault(story_id, []).append(name)
        return out

    # events -----------------------------------------------------------------
    def event_page(self, *, actor: str | None = None, source: str | None = None,
                   target: str | None = None, country: str | None = None,
                   code: str | None = None, quad: int | None = None, since=None, until=None,
                   place: str | None = None, story_id: int | None = None,
                   after: tuple | None = None, limit: int = 100) -> list[dict]:
        """Events newest first, with their article's story, URL and title. `actor` is a CAMEO
        actor code prefix on either side (USA, USAGOV); `source`/`target`/`country` are country
        codes; `code` a CAMEO code prefix; `after` the (date, id) of the previous page's last row.
        """
        ev = t.events.c
        q = select(*EVENT_COLUMNS).outerjoin(t.articles, t.articles.c.id == ev.article_id)
        if actor:
            prefix = actor.upper() + "%"
            q = q.where(or_(ev.source_code.like(prefix), ev.target_code.like(prefix)))
        if source:
            q = q.where(ev.source_country == source.upper())
        if target:
            q = q.where(ev.target_country == target.upper())
        if country:
            c = country.upper()
            q = q.where(or_(ev.source_country == c, ev.target_country == c))
        if code:
            q = q.where(ev.cameo.like(code + "%"))
        if quad is not None:
            q = q.where(ev.quad == int(quad))
        if since is not None:
            q = q.where(ev.date >= _to_date(since))
        if until is not None:
            q = q.where(ev.date <= _to_date(until))
        if place:
            q = q.where(func.lower(ev.place).like("%" + place.lower() + "%"))
        if story_id is not None:
            q = q.where(t.articles.c.story_id == story_id)
        if after is not None:
            day, eid = (_to_date(after[0]) if after[0] else None), int(after[1])
            if day is None:
                q = q.where(ev.date.is_(None), ev.id < eid)
            else:
                q = q.where(or_(ev.date < day, and_(ev.date == day, ev.id < eid),
                                ev.date.is_(None)))
        q = q.order_by(ev.date.desc(), ev.id.desc()).limit(limit)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]

    def country_daily(self, code: str, since=None, until=None) -> list[dict]:
        """Per day, the events a country took part in (as source or target): count, quad
        counts, mean Goldstein and conflict share (quads 3 and 4). Cached while the events are
        unchanged (event_aggregates.py)."""
        return self._event_aggregates.get(
            self, ("country_daily", code.upper(), _to_date(since), _to_date(until)),
            lambda: self._country_daily(code, since, until))

    def _country_daily(self, code: str, since, until) -> list[dict]:
        ev = t.events.c
        c = code.upper()
        conds = [or_(ev.source_country == c, ev.target_country == c), ev.date.is_not(None)]
        if since is not None:
            conds.append(ev.date >= _to_date(since))
        if until is not None:
            conds.append(ev.date <= _to_date(until))
        quads = [func.sum(case((ev.quad == k, 1), else_=0)).label(f"q{k}") for k in (1, 2, 3, 4)]
        q = (select(ev.date, func.count().label("n"), *quads,
                    func.avg(ev.goldstein).label("goldstein_mean"))
             .where(*conds).group_by(ev.date).order_by(ev.date))
        rows = []
        with self.connect() as conn:
            for r in conn.execute(q):
                row = _plain(r)
                row["conflict_share"] = (row["q3"] + row["q4"]) / row["n"] if row["n"] else 0.0
                rows.append(row)
        return rows

    def dyad_totals(self, since=None, until=None, min_events: int = 1) -> list[dict]:
        """Country-to-country event totals (source != target): count, cooperative (quads 1-2)
        and conflictual (quads 3-4) counts, mean Goldstein. Cached while the events are
        unchanged (event_aggregates.py)."""
        return self._event_aggregates.get(
            self, ("dyad_totals", _to_date(since), _to_date(until), min_events),
            lambda: self._dyad_totals(since, until, min_events))

    @property
    def _event_aggregates(self) -> EventAggregateCache:
        return self.__dict__.setdefault("_event_aggregate_cache", EventAggregateCache())

    def cached_aggregate(self, key: tuple, compute, *, depends=("events",), copy=None):
        """`compute()`, computed once while the tables in `depends` are unchanged
        (event_aggregates.py): for views that read every event."""
        return self._event_aggregates.get(self, key, compute, depends=depends, copy=copy)

    def cached_body(self, key: tuple, compute, *, depends=("events",)):
        """`compute()` (an encoded response body, a rendered fragment), kept while the tables
        in `depends` are unchanged (event_aggregates.ANY_CHANGE: until anything commits, and
        on SQLite only); apart from the aggregates, at most BODIES_KEPT."""
        cache = self.__dict__.setdefault("_body_cache", EventAggregateCache(BODIES_KEPT))
        return cache.get(self, key, compute, depends=depends, copy=lambda body: body)

    def cached_search(self, key: tuple, compute):
        """`compute()` (a list of row dicts), computed once while the articles and the stories
        are unchanged: repeated story searches. Apart from the aggregates, so a stream of
        distinct queries cannot push them out."""
        cache = self.__dict__.setdefault("_search_cache", EventAggregateCache(SEARCHES_KEPT))
        return cache.get(self, key, compute, depends=("articles", "stories"))

    def _dyad_totals(self, since, until, min_events: int) -> list[dict]:
        ev = t.events.c
        conds = [ev.source_country.is_not(None), ev.target_country.is_not(None),
                 ev.source_country != ev.target_country]
        if since is not None:
            conds.append(ev.date >= _to_date(since))
        if until is not None:
            conds.append(ev.date <= _to_date(until))
        q = (select(ev.source_country.label("source"), ev.target_country.label("target"),
                    func.count().label("n"),
                    func.sum(case((ev.quad <= 2, 1), else_=0)).label("cooperation"),
                    func.sum(case((ev.quad >= 3, 1), else_=0)).label("conflict"),
                    func.avg(ev.goldstein).label("goldstein_mean"))
             .where(*conds).group_by(ev.source_country, ev.target_country)
             .having(func.count() >= min_events).order_by(func.count().desc()))
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]

    def country_conflict(self, since=None, until=None) -> list[dict]:
        """Per country (as source or target): events, conflictual events, mean Goldstein.
        Cached while the events are unchanged (event_aggregates.py)."""
        return self._event_aggregates.get(
            self, ("country_conflict", _to_date(since), _to_date(until)),
            lambda: self._country_conflict(since, until))

    def _country_conflict(self, since, until) -> list[dict]:
        ev = t.events.c
        rows: dict[str, dict] = {}
        for side in (ev.source_country, ev.target_country):
            conds = [side.is_not(None)]
            if since is not None:
                conds.append(ev.date >= _to_date(since))
            if until is not None:
                conds.append(ev.date <= _to_date(until))
            q = (select(side, func.count(), func.sum(case((ev.quad >= 3, 1), else_=0)),
                        func.sum(ev.goldstein)).where(*conds).group_by(side))
            with self.connect() as conn:
                for code, n, conflict, gsum in conn.execute(q):
                    row = rows.setdefault(code, {"country": code, "n": 0, "conflict": 0,
                                                 "goldstein_sum": 0.0})
                    row["n"] += n
                    row["conflict"] += int(conflict or 0)
                    row["goldstein_sum"] += float(gsum or 0.0)
        for row in rows.values():
            row["conflict_share"] = row["conflict"] / row["n"] if row["n"] else 0.0
            row["goldstein_mean"] = row.pop("goldstein_sum") / row["n"] if row["n"] else 0.0
        return sorted(rows.values(), key=lambda r: (-r["n"], r["country"]))

    def event_date_span(self) -> tuple[str | None, str | None]:
        """The first and last event dates: two lookups at the ends of the date index (one query
        asking for both would scan every event)."""
        day = t.events.c.date
        with self.connect() as conn:
            lo, hi = conn.execute(select(select(func.min(day)).scalar_subquery(),
                                         select(func.max(day)).scalar_subquery())).one()
        return (_to_date(lo).isoformat() if lo else None, _to_date(hi).isoformat() if hi else None)

    # anomalies, ripples, briefs ------------------------------------------------
    def anomalies_for(self, kind: str | None = None, key: str | None = None,
                      keys=None, limit: int | None = None, country: str | None = None
                      ) -> list[dict]:
        """Anomalies newest first; `country`: dyad anomalies with that country on either side."""
        q = select(t.anomalies)
        if kind:
            q = q.where(t.anomalies.c.kind == kind)
        if key:
            q = q.where(t.anomalies.c.key == key)
        if country:
            c = country.upper()
            q = q.where(t.anomalies.c.kind == "dyad", or_(t.anomalies.c.key.like(c + ">%"),
                                                         t.anomalies.c.key.like("%>" + c)))
        if keys is not None:
            q = q.where(t.anomalies.c.key.in_(list(keys)))
        q = q.order_by(t.anomalies.c.date.desc(), t.anomalies.c.score.desc())
        if limit:
            q = q.limit(limit)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]

    def ripple_list(self, trigger_story_id: int | None = None, *, after: tuple | None = None,
                    limit: int | None = None) -> list[dict]:
        """Stored ripples, newest first, with their trigger headline, summary and verdict (no
        report);
        `after` is the (created_at, id) of the previous page's last row."""
        r = t.ripples.c
        q = select(t.ripples)
        if trigger_story_id is not None:
            q = q.where(r.trigger_story_id == trigger_story_id)
        if after is not None:
            made, rid = _to_datetime(after[0]), int(after[1])
            q = q.where(or_(r.created_at < made, and_(r.created_at == made, r.id < rid)))
        q = q.order_by(r.created_at.desc(), r.id.desc())
        if limit:
            q = q.limit(limit)
        out = []
        with self.connect() as conn:
            for r in conn.execute(q):
                row = _plain(r)
                report = row.pop("report") or {}
                row["headline"] = (report.get("trigger") or {}).get("headline")
                row["region_name"] = (report.get("region") or {}).get("name", row["region"])
                row["summary"] = report.get("summary") or {}
                verdict = report.get("verdict")
                row["verdict"] = ({k: v for k, v in verdict.items() if k != "event_ids"}
                                  if isinstance(verdict, dict) else None)
                out.append(row)
        return out

    def saved_brief(self, kind: str, ref_id: int) -> dict | None:
        """The brief last saved for a story or ripple, with when it was made."""
        with self.connect() as conn:
            row = conn.execute(select(t.briefs).where(
                t.briefs.c.kind == kind, t.briefs.c.ref_id == ref_id)).first()
        return _plain(row) if row else None

    def alert_page(self, *, watchlist: str | None = None, rule: str | None = None,
                   after: tuple | None = None, limit: int = 100) -> list[dict]:
        """Alerts newest first; `after` is the (created_at, id) of the previous page's last row."""
        a = t.alerts.c
        q = select(t.alerts)
        if watchlist:
            q = q.where(a.watchlist == watchlist)
        if rule:
            q = q.where(a.rule == rule)
        if after is not None:
            made, aid = _to_datetime(after[0]), int(after[1])
            q = q.where(or_(a.created_at < made, and_(a.created_at == made, a.id < aid)))
        q = q.order_by(a.created_at.desc(), a.id.desc()).limit(limit)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]

    # API tokens --------------------------------------------------------------
    def add_api_token(self, name: str, token_hash: str) -> int:
        with self.begin() as conn:
            if conn.execute(select(api_tokens.c.id).where(api_tokens.c.name == name)).first():
                raise ValueError(f"a token named {name!r} already exists")
            return conn.execute(insert(api_tokens).values(
                name=name, token_hash=token_hash, created_at=utcnow())).inserted_primary_key[0]

    def api_token_by_hash(self, token_hash: str) -> dict | None:
        with self.connect() as conn:
            row = conn.execute(select(api_tokens).where(
                api_tokens.c.token_hash == token_hash)).first()
        return _plain(row) if row else None

    def api_token_by_id(self, token_id: int) -> dict | None:
        with self.connect() as conn:
            row = conn.execute(select(api_tokens).where(api_tokens.c.id == token_id)).first()
        return _plain(row) if row else None

    def touch_api_token(self, token_id: int) -> None:
        with self.begin() as conn:
            conn.execute(update(api_tokens).where(api_tokens.c.id == token_id)
                         .values(last_used_at=utcnow()))

    def api_token_list(self) -> list[dict]:
        """Tokens by name, without their hashes."""
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(
                select(api_tokens.c.id, api_tokens.c.name, api_tokens.c.created_at,
                       api_tokens.c.last_used_at).order_by(api_tokens.c.name))]

    def delete_api_token(self, name: str) -> bool:
        with self.begin() as conn:
            return conn.execute(delete(api_tokens).where(api_tokens.c.name == name)
                                ).rowcount > 0

    # desk: places and quad classes -----------------------------------------------
    def placed_events(self, since=None, until=None, limit: int = 20000) -> list[dict]:
        """Events whose coder named a place, newest first (the map's points): place, date,
        CAMEO code, quad class, Goldstein, actors, sentence, story and article URL."""
        ev = t.events.c
        q = (select(ev.id, ev.place, ev.date, ev.cameo, ev.quad, ev.goldstein, ev.source_code,
                    ev.target_code, ev.source_country, ev.target_country, ev.sentence,
                    t.articles.c.story_id)
             .outerjoin(t.articles, t.articles.c.id == ev.article_id)
             .where(ev.place.is_not(None), ev.place != ""))
        if since is not None:
            q = q.where(ev.date >= _to_date(since))
        if until is not None:
            q = q.where(ev.date <= _to_date(until))
        q = q.order_by(ev.date.desc(), ev.id.desc()).limit(limit)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]

    def dyad_quad_totals(self, since=None, until=None) -> list[dict]:
        """Country-to-country event counts (source != target) split by quad class: one row per
        source, target and quad with its count `n`. Cached while the events are unchanged
        (event_aggregates.py)."""
        return self._event_aggregates.get(
            self, ("dyad_quad_totals", _to_date(since), _to_date(until)),
            lambda: self._dyad_quad_totals(since, until))

    def _dyad_quad_totals(self, since, until) -> list[dict]:
        ev = t.events.c
        conds = [ev.source_country.is_not(None), ev.target_country.is_not(None),
                 ev.source_country != ev.target_country, ev.quad.is_not(None)]
        if since is not None:
            conds.append(ev.date >= _to_date(since))
        if until is not None:
            conds.append(ev.date <= _to_date(until))
        q = (select(ev.source_country.label("source"), ev.target_country.label("target"),
                    ev.quad, func.count().label("n"))
             .where(*conds).group_by(ev.source_country, ev.target_country, ev.quad))
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]

    def outlet_leads(self, outlets, chars: int = 160, per_outlet: int = 200) -> dict[str, list]:
        """The opening `chars` characters of each named outlet's articles, newest first, at most
        `per_outlet` each (where an outlet's datelines are read from), by outlet name."""
        names = [str(n) for n in outlets]
        if not names:
            return {}
        a = t.articles.c
        q = (select(t.sources.c.name, func.substr(a.text, 1, chars))
             .join(t.sources, t.sources.c.id == a.source_id)
             .where(t.sources.c.name.in_(names)).order_by(a.published.desc(), a.id.desc()))
        out: dict[str, list] = {n: [] for n in names}
        with self.connect() as conn:
            for name, lead in conn.execute(q):
                if len(out[name]) < per_outlet:
                    out[name].append(lead or "")
        return out
