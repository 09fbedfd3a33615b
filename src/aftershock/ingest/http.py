"""Polite HTTP fetching: timeouts, byte caps, bounded redirects, a real User-Agent, conditional GET."""
from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from .. import __version__
from .records import IngestError

USER_AGENT = f"aftershock/{__version__} (+https://aftershock.example/bot; news early-warning)"
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(15.0, connect=5.0)


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


class Fetcher:
    """One HTTP client for a run; `get` raises IngestError naming the URL on any failure."""

    def __init__(self, max_bytes: int = MAX_BYTES, timeout: httpx.Timeout = TIMEOUT,
                 transport: httpx.BaseTransport | None = None):
        self.max_bytes = max_bytes
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
            transport=transport)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                if resp.status_code == 304:
                    return Fetched(str(resp.url), 304, b"", dict(resp.headers))
                if resp.status_code >= 400:
                    raise IngestError(f"HTTP {resp.status_code}")
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise IngestError(f"response too large: {int(declared):,} bytes declared "
                                      f"(limit {self.max_bytes:,})")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise IngestError(f"response too large: over {self.max_bytes:,} bytes")
                    chunks.append(chunk)
                return Fetched(str(resp.url), resp.status_code, b"".join(chunks),
                               dict(resp.headers))
        except httpx.TooManyRedirects:
            raise IngestError(f"more than {MAX_REDIRECTS} redirects") from None
        except httpx.TimeoutException:
            raise IngestError("timed out") from None
        except httpx.HTTPError as exc:
            raise IngestError(f"fetch failed: {exc.__class__.__name__}: {exc}") from None

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
