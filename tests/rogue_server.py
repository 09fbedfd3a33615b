"""A real HTTP server on loopback for the hostile-input tests (tests/test_hostile_*.py): each
route writes raw bytes to the socket (wrong lengths, endless chunks, one byte a second), and every
request is counted."""
from __future__ import annotations

import collections
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ALLOW_LOOPBACK = "127.0.0.0/8,::1"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        server: RogueServer = self.server.owner
        path = self.path.split("?", 1)[0]
        server.hits[path] += 1
        route = server.routes.get(path)
        try:
            if route is None:
                send(self, b"not here", status=404)
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the client hung up: that is what these tests want
        self.close_connection = True

    def log_message(self, *args):
        pass


class RogueServer:
    """`server.routes["/x"] = fn` where fn(handler) writes the response; `server.url("/x")`."""

    def __init__(self, host: str = "127.0.0.1"):
        self.routes: dict[str, Callable] = {}
        self.hits: collections.Counter = collections.Counter()
        self.stopping = threading.Event()
        server_class = type("Server", (ThreadingHTTPServer,), {
            "address_family": socket.AF_INET6 if ":" in host else socket.AF_INET})
        self.httpd = server_class((host, 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self
        self.host, self.port = host, self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str, host: str | None = None) -> str:
        host = host or self.host
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def send(handler, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
         headers: dict | None = None, length: bool = True) -> None:
    """A whole response; without `length` the body ends when the connection closes."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    if length:
        handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(body)


def send_chunked(handler, chunks, content_type: str = "text/html; charset=utf-8") -> None:
    """A chunked response from an iterable of byte strings (it may never end)."""
    handler.send_response(200)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    for chunk in chunks:
        if handler.server.owner.stopping.is_set():
            return
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        handler.wfile.flush()
    handler.wfile.write(b"0\r\n\r\n")


def trickle(handler, data: bytes, every: float = 1.0) -> None:
    """Write raw bytes one at a time, `every` seconds apart, until done or the client leaves."""
    for i in range(len(data)):
        if handler.server.owner.stopping.is_set():
            return
        handler.wfile.write(data[i:i + 1])
        handler.wfile.flush()
        time.sleep(every)


def loopback_ipv6_available() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False
