"""Publication dates from the many ways news sources write them, as naive UTC datetimes."""
from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

from ..errors import AftershockError
from ..published import future_tolerance, too_far_ahead

EARLIEST = datetime(1900, 1, 1)


class DateError(AftershockError, ValueError):
    """A publication date that cannot be read or is implausible (a ValueError too)."""


def _read(value) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=UTC)
    if not (isinstance(value, str) and value.strip()):
        raise DateError(f"unparsable date {value!r}")
    text = value.strip()
    try:
        return datetime.fromisoformat(text)  # takes "Z" since Python 3.11
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return dateutil_parser.parse(text)
    except (ValueError, OverflowError, TypeError) as exc:
        raise DateError(f"unparsable date {value!r}") from exc


def parse_published(value, *, local: bool = False) -> datetime:
    """Parse an ISO 8601 / RFC 2822 / common date string, a struct_time or a datetime.

    Times without a zone are taken as UTC. Raises DateError (a ValueError) naming the value when
    it cannot be read or is implausible: before 1900, or further ahead of the clock than
    aftershock.published.future_tolerance(local) (`local`: the date comes from the user's own
    file, not from a fetched page or feed)."""
    try:
        dt = _read(value)
        if dt.tzinfo is not None:
            dt = dt.astimezone(UTC).replace(tzinfo=None)
    except DateError:
        raise
    except (ValueError, OverflowError) as exc:  # a zone offset that pushes past year 1 or 9999
        raise DateError(f"unparsable date {value!r}") from exc
    if dt < EARLIEST:
        raise DateError(f"implausible date {value!r}: before {EARLIEST.year}")
    if too_far_ahead(dt, local=local):
        raise DateError(f"implausible date {value!r}: more than "
                        f"{future_tolerance(local).days} days ahead of the clock")
    return dt
