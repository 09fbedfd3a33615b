"""`aftershock serve`: run the web app with uvicorn, on loopback unless told otherwise."""
from __future__ import annotations

import errno
import gc
import ipaddress
import socket
import threading

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


class WatchSchedule:
    """Runs the stored watchlists every `every` seconds in a thread of the server process, on a
    store connection of its own, until stopped; a failing run is reported and the next one still
    runs on schedule."""

    def __init__(self, db: str | None, every: float, echo=print):
        if every <= 0:
            raise ValueError("the watch interval must be positive")
        self.db, self.every, self.echo = db, float(every), echo
        self.stop_event = threading.Event()
        self.runs = 0
        self.thread = threading.Thread(target=self._loop, name="aftershock-watch", daemon=True)

    def _loop(self) -> None:
        from ..api import Aftershock
        app = Aftershock(self.db)
        try:
            while not self.stop_event.is_set():
                try:
                    if app.store.watchlists():
                        self.echo(app.run_watchlists(echo=self.echo).summary())
                except Exception as exc:  # noqa: BLE001 - one bad run must not end the schedule
                    self.echo(f"watch: run failed: {exc.__class__.__name__}: {exc}")
                self.runs += 1
                self.stop_event.wait(self.every)
        finally:
            app.store.close()

    def start(self) -> WatchSchedule:
        self.echo(f"watch: running the watchlists every {self.every:g}s in this process")
        self.thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        self.stop_event.set()
        if self.thread.is_alive():
            self.thread.join(timeout)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or AftershockError saying why not (a busy port).

    Made with protocol IPPROTO_TCP, as uvicorn makes its own: asyncio turns Nagle's algorithm off
    (TCP_NODELAY) only on connections accepted from such a socket. Without it a response written
    in two pieces (headers, then body) waits for the client's delayed ACK: 40 ms on every
    request."""
    try:
        family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
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
          echo=print, log_level: str = "warning", watch_every: float | None = None,
          warm: bool = True) -> None:
    """Bind first (a busy port is an error before anything is announced), then fill the read
    caches (web/warm.py; connections made meanwhile wait in the listen queue), then serve; with
    `watch_every` (seconds), also run the watchlists on that schedule."""
    import time

    import uvicorn

    from .app import create_app
    from .warm import warm_caches
    app = create_app(db)
    sock = bind(host, port)
    echo(start_message(host, port))
    if warm:
        t0 = time.perf_counter()
        took = warm_caches(app.state.aftershock, echo)
        echo(f"caches warmed in {time.perf_counter() - t0:.1f}s ("
             + ", ".join(f"{part} {seconds:.1f}s" for part, seconds in took.items()) + ")")
    # What start-up made (modules, the model, the warmed caches: hundreds of thousands of
    # objects) lives as long as the server: out of the cycle collector's full passes, which
    # otherwise stop every request for 0.3 s at a 100k-article store.
    gc.collect()
    gc.freeze()
    schedule = WatchSchedule(db, watch_every, echo).start() if watch_every else None
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level,
                                           server_header=False))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        if schedule is not None:
            schedule.stop()
