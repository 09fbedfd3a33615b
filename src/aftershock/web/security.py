"""Who may write: API tokens (only their SHA-256 is stored), browser sessions, CSRF tokens and the
security headers every response carries."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time

from fastapi import HTTPException, Request

TOKEN_PREFIX = "ash_"
SESSION_COOKIE = "aftershock_session"
CSRF_COOKIE = "aftershock_csrf"
SESSION_SECONDS = 8 * 3600  # a browser session ends this long after sign-in
MAX_SESSIONS = 10_000  # beyond this many live sessions the oldest are dropped

# Pages run only scripts and styles served by this app; no inline script, no plugins, no framing
# by other sites, forms post only here.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; "
            "form-action 'self'")
# A brief is a standalone document with inline CSS and never any script.
BRIEF_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
             "base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
# Swagger UI styles its widgets inline.
DOCS_CSP = PAGE_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(tokens, name: str) -> str:
    """A new API token called `name`, kept by `tokens` (the Aftershock API, or a store) only as
    its hash, so show it once."""
    name = (name or "").strip()
    if not name:
        raise ValueError("a token needs a name")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    tokens.add_api_token(name, hash_token(token))
    return token


def token_record(tokens, token: str | None) -> dict | None:
    """The stored token record a presented token hashes to, or None; `tokens` is the Aftershock
    API (or a store). The row is found by the token's hash (never the token itself) and the
    hashes are compared in constant time."""
    if not token or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    presented = hash_token(token)
    record = tokens.api_token_by_hash(presented)
    if record is None or not hmac.compare_digest(str(record["token_hash"]), presented):
        return None
    return record


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def require_token(request: Request) -> dict:
    """FastAPI dependency for API writes: a valid `Authorization: Bearer` token. Cookies are not
    accepted here, so a cross-site page cannot ride a signed-in browser's session."""
    ash = request.app.state.aftershock
    record = token_record(ash, bearer_token(request))
    if record is None:
        raise HTTPException(401, "this endpoint needs an API token: send "
                                 "'Authorization: Bearer <token>' (make one with "
                                 "`aftershock token create NAME`)",
                            headers={"WWW-Authenticate": "Bearer"})
    ash.touch_api_token(record["id"])
    return record


class Signer:
    """HMAC signatures with a per-process secret, for session cookies and CSRF tokens."""

    def __init__(self, secret: bytes | None = None):
        self.secret = secret or secrets.token_bytes(32)

    def sign(self, value: str) -> str:
        mac = hmac.new(self.secret, value.encode(), hashlib.sha256).hexdigest()
        return f"{value}.{mac}"

    def unsign(self, signed: str | None) -> str | None:
        if not signed or "." not in signed:
            return None
        value, _, mac = signed.rpartition(".")
        good = hmac.new(self.secret, value.encode(), hashlib.sha256).hexdigest()
        return value if hmac.compare_digest(mac, good) else None

    def csrf_token(self, csrf_seed: str) -> str:
        return hmac.new(self.secret, b"csrf:" + csrf_seed.encode(), hashlib.sha256).hexdigest()


class Sessions:
    """Browser sessions held by the server: each sign-in gets a new random id that maps to the
    token it signed in with until it expires or is revoked (sign-out). In memory: a restart
    signs everyone out."""

    def __init__(self, seconds: float = SESSION_SECONDS, clock=time.monotonic):
        self.seconds = seconds
        self.clock = clock
        self._live: dict[str, tuple[int, float]] = {}  # id -> (token id, expiry)
        self._lock = threading.Lock()

    def create(self, token_id: int) -> str:
        session_id = secrets.token_urlsafe(32)
        now = self.clock()
        with self._lock:
            self._live = {k: v for k, v in self._live.items() if v[1] > now}
            while len(self._live) >= MAX_SESSIONS:
                del self._live[min(self._live, key=lambda k: self._live[k][1])]
            self._live[session_id] = (int(token_id), now + self.seconds)
        return session_id

    def token_id(self, session_id: str | None) -> int | None:
        if not session_id:
            return None
        with self._lock:
            found = self._live.get(session_id)
            if found and found[1] <= self.clock():
                del self._live[session_id]
                found = None
        return found[0] if found else None

    def revoke(self, session_id: str | None) -> None:
        with self._lock:
            self._live.pop(session_id or "", None)


def start_session(request: Request, token_id: int) -> str:
    """A new session for the token; the signed cookie value that names it."""
    session_id = request.app.state.sessions.create(token_id)
    return request.app.state.signer.sign(session_id)


def end_session(request: Request) -> None:
    """Revoke this browser's session on the server (its cookie names nothing any more)."""
    request.app.state.sessions.revoke(
        request.app.state.signer.unsign(request.cookies.get(SESSION_COOKIE)))


def session_user(request: Request) -> dict | None:
    """The token record behind a live signed-in browser session (token still existing), or
    None."""
    signer: Signer = request.app.state.signer
    token_id = request.app.state.sessions.token_id(
        signer.unsign(request.cookies.get(SESSION_COOKIE)))
    if token_id is None:
        return None
    return request.app.state.aftershock.api_token_by_id(token_id)


def csrf_seed(request: Request) -> str:
    """This browser's CSRF seed (from its cookie, or a new one the page will set)."""
    seed = request.cookies.get(CSRF_COOKIE)
    if seed and len(seed) <= 64 and seed.isalnum():
        return seed
    if not hasattr(request.state, "new_csrf_seed"):
        request.state.new_csrf_seed = secrets.token_hex(16)
    return request.state.new_csrf_seed


def check_form_origin(request: Request, form) -> None:
    """Reject a form post that did not come from one of this app's own pages: the CSRF field must
    match this browser's cookie, and an Origin header, when sent, must be this host."""
    origin = request.headers.get("origin")
    if origin and origin != "null":
        expected = f"{request.url.scheme}://{request.headers.get('host', '')}"
        if origin != expected:
            raise HTTPException(403, f"form posted from another origin ({origin})")
    seed = request.cookies.get(CSRF_COOKIE)
    sent = form.get("csrf_token") or ""
    if not seed or not hmac.compare_digest(str(sent), request.app.state.signer.csrf_token(seed)):
        raise HTTPException(403, "form is missing its CSRF token or it does not match; reload "
                                 "the page and submit again")
