"""`aftershock serve`: run the web app with uvicorn, on loopback unless told otherwise."""
from __future__ import annotations

import errno
import ipaddress
import socket

from ..errors import AftershockError

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


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or AftershockError saying why not (a busy port)."""
    try:
        family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, socket.SOCK_STREAM)
    except OSError as exc:
        raise AftershockError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        reason = "the port is already in use" if exc.errno == errno.EADDRINUSE \
            else exc.strerror or str(exc)
        raise AftershockError(f"cannot serve on {host}:{port}: {reason}") from None
    return sock


def serve(db: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          echo=print, log_level: str = "warning") -> None:
    """Bind first (a busy port is an error before anything is announced), then serve."""
    import uvicorn

    from .app import create_app
    app = create_app(db)
    sock = bind(host, port)
    echo(start_message(host, port))
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level,
                                           server_header=False))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
