"""The publication times the pipeline accepts: one future limit shared by every stage.

How far past the wall clock a date may be depends on who wrote it ([ingest] in the settings):
a fetched page or feed gets `future_days`, the user's own files get `file_future_days`. Ingest
applies the limit that fits each input, and every later stage takes what ingest accepts: the
story stage, which reads stored articles and user files alike, checks only the wider limit, so
no stored article can stall a stage."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta


def future_tolerance(local: bool = False) -> timedelta:
    """How far ahead of the clock a publication time may be: dates from the user's own files
    (`local`) or from a third party (a fetched page or feed)."""
    from .config import settings

    section = settings().ingest
    return timedelta(days=section.file_future_days if local else section.future_days)


def too_far_ahead(moment: datetime, now: datetime | None = None, *, local: bool = False) -> bool:
    """Is `moment` further past `now` (default: the wall clock) than future_tolerance(local)?
    Naive times are taken as UTC; `moment` and `now` may be naive or aware independently."""
    now = now or datetime.now(UTC)
    return _aware(moment) - _aware(now) > future_tolerance(local)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
