"""Store queries for watchlists and the alerts they raise."""
from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    inspect,
    select,
    update,
)

from . import schema as t
from .analysis import _plain
from .articles import utcnow

# One row per (alert, delivery channel): attempts, last error, when it got through (migration m007).
delivery_table = Table(
    "alert_deliveries",
    t.metadata,
    Column("alert_id", Integer, ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True),
    Column("channel", String(300), primary_key=True),  # "webhook:https://...", "email:a@b", ...
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text),
    Column("last_attempt_at", DateTime, nullable=False),
    Column("delivered_at", DateTime),
)


def create_watch_tables(conn) -> None:
    """alerts.status (added to old databases) and the alert_deliveries table."""
    columns = {c["name"] for c in inspect(conn).get_columns("alerts")}
    if "status" not in columns:
        conn.exec_driver_sql("ALTER TABLE alerts ADD COLUMN status VARCHAR(20)")
    t.metadata.create_all(conn, tables=[delivery_table], checkfirst=True)


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

    def add_alert(self, watchlist: str, rule: str, ref: str, payload: dict,
                  status: str | None = None) -> int | None:
        """Record an alert once: None when (watchlist, rule, ref) has already fired.
        `status="muted"` records it (so it never fires later) without it waiting for delivery."""
        with self.begin() as conn:
            row = conn.execute(select(t.alerts.c.id).where(
                t.alerts.c.watchlist == watchlist, t.alerts.c.rule == rule,
                t.alerts.c.ref == ref)).first()
            if row:
                return None
            return conn.execute(insert(t.alerts).values(
                watchlist=watchlist, rule=rule, ref=ref, payload=payload, status=status,
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
        if undelivered:  # waiting for delivery: not delivered and not recorded while muted
            q = q.where(t.alerts.c.delivered_at.is_(None),
                        t.alerts.c.status.is_(None) | (t.alerts.c.status != "muted"))
        q = q.order_by(t.alerts.c.created_at.desc(), t.alerts.c.id.desc())
        if limit:
            q = q.limit(limit)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(q)]

    def alert(self, alert_id: int) -> dict | None:
        with self.connect() as conn:
            row = conn.execute(select(t.alerts).where(t.alerts.c.id == alert_id)).first()
        return _plain(row) if row else None

    def record_delivery(self, alert_id: int, channel: str, error: str | None = None) -> None:
        """Count one delivery attempt on a channel: delivered when `error` is None."""
        now = utcnow()
        c = delivery_table.c
        with self.begin() as conn:
            row = conn.execute(select(c.attempts, c.delivered_at).where(
                c.alert_id == alert_id, c.channel == channel)).first()
            values = {"last_attempt_at": now, "last_error": error,
                      "delivered_at": now if error is None else None}
            if row is None:
                conn.execute(insert(delivery_table).values(
                    alert_id=alert_id, channel=channel, attempts=1, **values))
            elif row.delivered_at is None:
                conn.execute(update(delivery_table).where(
                    c.alert_id == alert_id, c.channel == channel).values(
                    attempts=row.attempts + 1, **values))

    def alert_deliveries(self, alert_id: int) -> list[dict]:
        """Each channel's attempts, last error and delivery time for one alert."""
        c = delivery_table.c
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(select(delivery_table).where(
                c.alert_id == alert_id).order_by(c.channel))]

    def ripple_reports(self, region: str | None = None,
                       trigger_story_id: int | None = None) -> list[dict]:
        """Stored ripples (with their reports), newest first."""
        q = select(t.ripples)
        if region:
            q = q.where(t.ripples.c.region == region)
        if trigger_story_id is not None:
            q = q.where(t.ripples.c.trigger_story_id == trigger_story_id)
        with self.connect() as conn:
            return [_plain(r) for r in conn.execute(
                q.order_by(t.ripples.c.created_at.desc(), t.ripples.c.id.desc()))]
