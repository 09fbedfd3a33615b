"""Web stage: the dashboard and JSON HTTP API (FastAPI) over the Aftershock Python API."""
from aftershock.web.app import create_app
from aftershock.web.security import create_token, hash_token
from aftershock.web.server import serve

__all__ = ["create_app", "create_token", "hash_token", "serve"]
