"""The FastAPI application: JSON API, dashboard pages, vendored static files, security headers."""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException

from .. import __version__
from ..api import Aftershock, AftershockError
from ..watch.spec import WatchlistError
from . import api_routes, desk_routes, pages
from .brief_cache import BriefCache
from .security import CSRF_COOKIE, DOCS_CSP, PAGE_CSP, Sessions, Signer

STATIC = Path(__file__).parent / "static"
log = logging.getLogger(__name__)


def create_app(db: str | None = None, *, aftershock: Aftershock | None = None,
               secret: bytes | None = None) -> FastAPI:
    """The web app over a database URL (or an Aftershock already open)."""
    app = FastAPI(
        title="aftershock", version=__version__,
        description="Stories, coded events, daily signals, ripple analyses and sourced briefs. "
                    "Reads are open; writes need `Authorization: Bearer <token>` from "
                    "`aftershock token create`.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.aftershock = aftershock or Aftershock(db)
    app.state.signer = Signer(secret)
    app.state.sessions = Sessions()
    app.state.briefs = BriefCache()
    app.include_router(api_routes.router)
    app.include_router(pages.router)
    app.include_router(desk_routes.api)
    app.include_router(desk_routes.pages)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(AftershockError)
    async def pipeline_error(request: Request, exc: AftershockError):
        return _error(request, api_routes.error_status(exc), str(exc))

    @app.exception_handler(WatchlistError)
    async def bad_watchlist(request: Request, exc: WatchlistError):
        # (every bad field named; a well-formed request whose spec cannot be used)
        return _error(request, 422, str(exc))

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError):
        return _error(request, 400, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return _error(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                             for e in exc.errors())
        return _error(request, 422, problems)

    return app


class SecurityHeaders:
    """Pure ASGI middleware: the CSP and hardening headers on every response, and the CSRF seed
    cookie when a page made one. It is also the app's one handler of unexpected errors, so a 500
    carries the same headers as every other answer."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        csp = DOCS_CSP if scope["path"] == "/docs" else PAGE_CSP

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "content-security-policy" not in headers:
                    headers["Content-Security-Policy"] = csp
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")
                headers.setdefault("X-Frame-Options", "SAMEORIGIN")
                seed = scope.get("state", {}).get("new_csrf_seed")
                if seed:
                    headers.append("Set-Cookie", f"{CSRF_COOKIE}={seed}; HttpOnly; Path=/; "
                                                 "SameSite=Strict")
            await send(message)

        started = False

        async def send_tracked(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, receive, send_tracked)
        except Exception:  # every unexpected error ends here: a 500 with the same headers
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await internal_error(Request(scope, receive))(scope, receive, send_with_headers)


def internal_error(request: Request):
    """The 500 answer: JSON under /api, else the error page (plain text if that fails too);
    nothing of the exception reaches the client."""
    message = "internal error; the server log has the details"
    try:
        return _error(request, 500, message)
    except Exception:  # noqa: BLE001 - the page itself failed (say, the store is down)
        return PlainTextResponse(message, status_code=500)


def _error(request: Request, status: int, message: str, headers=None):
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    return pages.error_page(request, status, message, headers)
