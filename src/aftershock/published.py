"""The publication times the pipeline accepts: one future limit shared by every stage."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

# How far past the wall clock a publication time may be: a time zone written wrong or a feed
# dated ahead is still news. Ingest accepts up to this and every later stage takes what ingest
# accepts, so no stored article can stall a stage.
FUTURE_TOLERANCE = timedelta(days=3)


def too_far_ahead(moment: datetime, now: datetime | None = None) -> bool:
    """Is `moment` more than FUTURE_TOLERANCE past `now` (default: the wall clock)? Naive times
    are taken as UTC; `moment` and `now` may be naive or aware independently."""
    now = now or datetime.now(UTC)
    return _aware(moment) - _aware(now) > FUTURE_TOLERANCE


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
