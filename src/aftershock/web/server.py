"""`aftershock serve`: run the web app with uvicorn, on loopback unless told otherwise."""
from __future__ import annotations

import ipaddress

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def start_message(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    where = "loopback only" if is_loopback(host) else \
        "ALL listed interfaces: other machines can reach it; writes still need a token"
    return f"aftershock serving http://{shown}:{port}/ ({where}); API docs at /docs"


def serve(db: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          echo=print, log_level: str = "warning") -> None:
    import uvicorn

    from .app import create_app
    app = create_app(db)
    echo(start_message(host, port))
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
