"""Publication dates from the many ways news sources write them, as naive UTC datetimes."""
from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

EARLIEST = datetime(1900, 1, 1)


def parse_published(value) -> datetime:
    """Parse an ISO 8601 / RFC 2822 / common date string, a struct_time or a datetime.

    Times without a zone are taken as UTC. Raises ValueError naming the value when it cannot be
    read or is implausible (before 1900 or more than two days in the future)."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, time.struct_time):
        dt = datetime(*value[:6], tzinfo=UTC)
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            try:
                dt = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                try:
                    dt = dateutil_parser.parse(text)
                except (ValueError, OverflowError, TypeError) as exc:
                    raise ValueError(f"unparsable date {value!r}") from exc
    else:
        raise ValueError(f"unparsable date {value!r}")
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    now = datetime.now(UTC).replace(tzinfo=None)
    if dt < EARLIEST or (dt - now).days > 2:
        raise ValueError(f"implausible date {value!r}")
    return dt
