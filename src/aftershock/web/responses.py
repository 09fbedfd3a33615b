"""HTTP plumbing shared by the API routes: opaque keyset cursors, JSON/CSV bodies with ETags."""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import json

from fastapi import HTTPException, Request
from fastapi.responses import Response

MAX_LIMIT = 500


def encode_cursor(values) -> str:
    """An opaque cursor from the keyset values of a page's last row."""
    raw = json.dumps(list(values), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, size: int) -> tuple | None:
    """The keyset values inside a cursor; a 400 naming the cursor when it is not one of ours."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        values = None
    if not isinstance(values, list) or len(values) != size:
        raise HTTPException(400, f"cursor {cursor[:40]!r} is not a cursor from this API")
    return tuple(values)


def page(rows: list[dict], limit: int, key) -> tuple[list[dict], str | None]:
    """Rows of one page (the store was asked for limit + 1) and the cursor of the next."""
    if len(rows) > limit:
        rows = rows[:limit]
        return rows, encode_cursor(key(rows[-1]))
    return rows, None


def etag_for(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(request: Request, etag: str) -> bool:
    header = request.headers.get("if-none-match", "")
    tags = {t.strip().removeprefix("W/") for t in header.split(",") if t.strip()}
    return etag in tags or "*" in tags


def with_etag(request: Request, body: bytes, media_type: str, headers: dict | None = None
              ) -> Response:
    """The body with a strong ETag; 304 with no body when the client already holds it."""
    etag = etag_for(body)
    all_headers = {"ETag": etag, "Cache-Control": "no-cache", **(headers or {})}
    if _matches(request, etag):
        return Response(status_code=304, headers=all_headers)
    return Response(body, media_type=media_type, headers=all_headers)


def json_response(request: Request, payload, headers: dict | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode()
    return with_etag(request, body, "application/json", headers)


def csv_response(request: Request, rows: list[dict], columns: list[str], filename: str
                 ) -> Response:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(row.get(k)) for k in columns})
    return with_etag(request, buffer.getvalue().encode(), "text/csv; charset=utf-8",
                     {"Content-Disposition": f'attachment; filename="{filename}"'})


def _csv_cell(value):
    """Neutralise spreadsheet formulas in hostile text (a cell starting =, +, - or @)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
