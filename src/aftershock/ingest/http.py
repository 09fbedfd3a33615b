"""Polite, guarded HTTP fetching: public addresses only (netguard), byte caps counted after
decompression, per-read timeouts and a whole-request deadline, bounded redirects each checked
like the first URL, a real User-Agent and conditional GET."""
from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpcore
import httpx

from .. import __version__
from .netguard import BlockedURL, GuardedBackend, NetworkPolicy, deadline, deadline_passed
from .records import IngestError

USER_AGENT = f"aftershock/{__version__} (+https://aftershock.example/bot; news early-warning)"
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
TOTAL_TIMEOUT = 60.0  # seconds for a whole fetch, redirects included
REDIRECT_STATUSES = (301, 302, 303, 307, 308)


@dataclass
class Fetched:
    url: str  # final URL after redirects
    status: int
    content: bytes = b""
    headers: dict = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def encoding(self) -> str | None:
        ctype = self.headers.get("content-type", "")
        for part in ctype.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"')
        return None


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool opening sockets through `GuardedBackend`."""

    def __init__(self, policy: NetworkPolicy):
        super().__init__(trust_env=False)
        # httpx takes no network backend argument: build the pool it would build, with ours
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=10, max_keepalive_connections=5, keepalive_expiry=5.0,
            network_backend=GuardedBackend(policy))


class BodyDecoder:
    """Content-Encoding decoding that never produces more than the bytes still allowed, so a
    small compressed body cannot expand past the cap (a "zip bomb") even for a moment."""

    def __init__(self, content_encoding: str | None):
        self.name = (content_encoding or "identity").strip().lower()
        if self.name in ("", "identity"):
            self.inflater = None
        elif self.name in ("gzip", "x-gzip"):
            self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.name == "deflate":
            self.inflater = zlib.decompressobj()
        else:
            raise IngestError(f"unsupported Content-Encoding {content_encoding!r}")
        self.started = False

    def decode(self, data: bytes, room: int) -> bytes:
        """Decoded bytes of `data`, at most room + 1 of them (one more than fits means too
        large)."""
        if self.inflater is None:
            return data[:room + 1]
        try:
            out = self.inflater.decompress(data, room + 1)
        except zlib.error as exc:
            if self.name == "deflate" and not self.started:  # raw deflate, without zlib header
                self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self.started = True
                return self.decode(data, room)
            raise IngestError(f"corrupt {self.name} body: {exc}") from None
        self.started = True
        return out


class Fetcher:
    """One HTTP client for a run; `get` raises IngestError naming the problem on any failure.

    Addresses are checked by `policy` (default: $AFTERSHOCK_FETCH_ALLOW_NETWORKS) plus any
    `allow_networks` given; a test passes `allow_networks=["127.0.0.0/8"]` for its own server."""

    def __init__(self, max_bytes: int = MAX_BYTES, timeout: httpx.Timeout = TIMEOUT,
                 transport: httpx.BaseTransport | None = None,
                 total_timeout: float = TOTAL_TIMEOUT, policy: NetworkPolicy | None = None,
                 allow_networks: Iterable[str] = ()):
        self.max_bytes = max_bytes
        self.total_timeout = total_timeout
        base = policy if policy is not None else NetworkPolicy.from_env()
        self.policy = NetworkPolicy(base.allowed + NetworkPolicy.allowing(*allow_networks).allowed)
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout, follow_redirects=False, trust_env=False,
            transport=transport or GuardedTransport(self.policy))

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with deadline(self.total_timeout):
            try:
                return self._follow(url, headers)
            except httpx.TimeoutException:
                if deadline_passed():
                    raise IngestError(self._too_slow()) from None
                raise IngestError("timed out") from None
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                raise IngestError(f"fetch failed: {exc.__class__.__name__}: {exc}") from None

    def _too_slow(self) -> str:
        return f"gave up after {self.total_timeout:g} s (the total time limit for one fetch)"

    def _follow(self, url: str, headers: dict) -> Fetched:
        """GET, following redirects by hand so that every hop passes the same checks."""
        current = url
        for hop in range(MAX_REDIRECTS + 1):
            try:
                self.policy.check_url(current)
                with self.client.stream("GET", current, headers=headers) as resp:
                    location = resp.headers.get("location")
                    if resp.status_code in REDIRECT_STATUSES and location:
                        current = urljoin(str(resp.url), location.strip())
                        continue
                    return self._read(resp)
            except BlockedURL as exc:
                if hop == 0:
                    raise
                raise BlockedURL(f"redirect to {current[:300]}: {exc}") from None
        raise IngestError(f"more than {MAX_REDIRECTS} redirects")

    def _read(self, resp: httpx.Response) -> Fetched:
        if resp.status_code == 304:
            return Fetched(str(resp.url), 304, b"", dict(resp.headers))
        if resp.status_code >= 400:
            raise IngestError(f"HTTP {resp.status_code}")
        declared = resp.headers.get("content-length", "").strip()
        if declared.isascii() and declared.isdigit() and \
                (len(declared) > 15 or int(declared) > self.max_bytes):
            shown = (
                f"{int(declared):,}"
                if len(declared) <= 15
                else f"a {len(declared)}-digit number of"
            )
            raise IngestError(f"response too large: {shown} bytes declared "
                              f"(limit {self.max_bytes:,})")
        decoder = BodyDecoder(resp.headers.get("content-encoding"))
        chunks, size = [], 0
        for raw in resp.iter_raw():
            if deadline_passed():
                raise IngestError(self._too_slow())
            chunk = decoder.decode(raw, self.max_bytes - size)
            size += len(chunk)
            if size > self.max_bytes:
                raise IngestError(f"response too large: over {self.max_bytes:,} bytes"
                                  + (f" after {decoder.name} decoding"
                                     if decoder.inflater is not None else ""))
            chunks.append(chunk)
        return Fetched(str(resp.url), resp.status_code, b"".join(chunks), dict(resp.headers))

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
