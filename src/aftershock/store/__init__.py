"""aftershock's store: schema, migrations and every query, over SQLite or PostgreSQL."""
from .database import Store
from .engine import StoreError, StoreFullError, StoreReadOnlyError, resolve_url
from .migrations import MIGRATIONS

__all__ = ["MIGRATIONS", "Store", "StoreError", "StoreFullError", "StoreReadOnlyError",
           "resolve_url"]
