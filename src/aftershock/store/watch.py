"""Store queries for watchlists and the alerts they raise."""
from __future__ import annotations

from sqlalchemy import delete, insert, select, update

from . import schema as t
from .analysis import _plain
from .articles import utcnow


class WatchQueries:
    """Mixed into Store: watchlists (name -> spec) and alerts."""

    def save_watchlist(self, name: str, spec: dict) -> int:
        """Create or replace the watchlist called `name`; returns its id."""
        now = utcnow()
        with self.begin() as conn:
            row = conn.execute(select(t.watchlists.c.id).where(t.watchlists.c.name == name)
                               ).first()
            if row:
                conn.execute(update(t.watchlists).where(t.watchlists.c.id == row[0]).values(
                    spec=spec, updated_at=now))
                return row[0]
            return conn.execute(insert(t.watchlists).values(
                name=name, spec=spec, created_at=now, updated_at=now)).inserted_primary_key[0]

    def watchlists(self) -> list[dict]:
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(
                select(t.watchlists).order_by(t.watchlists.c.name))]

    def watchlist(self, name: str) -> dict | None:
        with self.connect() as conn:
            row = conn.execute(select(t.watchlists).where(t.watchlists.c.name == name)).first()
        return _plain(row) if row else None

    def delete_watchlist(self, name: str) -> bool:
        with self.begin() as conn:
            return conn.execute(delete(t.watchlists).where(t.watchlists.c.name == name)
                                ).rowcount > 0

    def add_alert(self, watchlist: str, rule: str, ref: str, payload: dict) -> int | None:
        """Record an alert once: None when (watchlist, rule, ref) has already fired."""
        with self.begin() as conn:
            row = conn.execute(select(t.alerts.c.id).where(
                t.alerts.c.watchlist == watchlist, t.alerts.c.rule == rule,
                t.alerts.c.ref == ref)).first()
            if row:
                return None
            return conn.execute(insert(t.alerts).values(
                watchlist=watchlist, rule=rule, ref=ref, payload=payload,
                created_at=utcnow())).inserted_primary_key[0]

    def mark_alert_delivered(self, alert_id: int) -> None:
        with self.begin() as conn:
            conn.execute(update(t.alerts).where(t.alerts.c.id == alert_id)
                         .values(delivered_at=utcnow()))

    def alerts(self, watchlist: str | None = None, undelivered: bool = False,
               limit: int | None = None) -> list[dict]:
        q = select(t.alerts)
        if watchlist:
            q = q.where(t.alerts.c.watchlist == watchlist)
        if undelivered:
            q = q.where(t.alerts.c.delivered_at.is_(None))
        q = q.order_by(t.alerts.c.created_at.desc(), t.alerts.c.id.desc())
        if limit:
            q = q.limit(limit)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]
