"""The one base class of aftershock's own errors: catch `AftershockError` to catch them all."""
from __future__ import annotations


class AftershockError(Exception):
    """A problem aftershock names for the user: bad input, an unknown id, an unusable setting.

    Every error the project raises on purpose derives from this class (IngestError, StoreError,
    the date and network errors), so a caller can tell "aftershock refused this input" from a bug.
    """
