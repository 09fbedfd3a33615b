"""`aftershock serve` answers without Nagle's delay: the socket it binds makes asyncio turn on
TCP_NODELAY for every connection, so a response written as headers then body is not held back
until the client's delayed ACK (40 ms on Linux, on every request)."""
from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import threading
import time

import httpx
import pytest

from aftershock.web.server import bind

from .web_fixtures import free_port


def test_connections_accepted_on_the_bound_socket_have_nodelay():
    listener = bind("127.0.0.1", 0)
    port = listener.getsockname()[1]
    seen = []

    async def main():
        def accepted(reader, writer):
            sock = writer.get_extra_info("socket")
            seen.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(accepted, sock=listener)
        async with server:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            for _ in range(100):
                if seen:
                    break
                await asyncio.sleep(0.01)
            writer.close()

    # in a thread of its own: another test's event loop (Playwright's) may be running in this one
    runner = threading.Thread(target=asyncio.run, args=(main(),))
    runner.start()
    runner.join(30)
    assert seen and seen[0] != 0


@pytest.mark.slow
def test_serve_answers_small_requests_in_well_under_the_delayed_ack(tmp_path):
    port = free_port()
    env = {**os.environ, "AFTERSHOCK_DB": f"sqlite:///{tmp_path / 'fast.db'}"}
    process = subprocess.Popen([sys.executable, "-m", "aftershock.cli", "serve", "--port",
                                str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=env)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/api/regions")
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline and process.poll() is None
                    time.sleep(0.2)
            took = []
            for _ in range(15):
                started = time.perf_counter()
                assert client.get("/api/regions").status_code == 200
                took.append((time.perf_counter() - started) * 1000)
        assert statistics.median(took) < 30, took  # Nagle + delayed ACK: >= 40 ms each
    finally:
        process.terminate()
        process.wait(timeout=30)
