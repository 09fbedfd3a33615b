"""HTTP plumbing shared by the API routes: opaque keyset cursors, JSON/CSV bodies with ETags."""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
from datetime import datetime

from fastapi import HTTPException, Request
from fastapi.responses import Response

MAX_LIMIT = 500


def encode_cursor(values) -> str:
    """An opaque cursor from the keyset values of a page's last row."""
    raw = json.dumps(list(values), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


MAX_ID = 2 ** 63 - 1  # the largest row id the stores hold (a signed 64-bit integer)
MAX_OFFSET = 1_000_000  # the deepest an offset cursor may page


def row_id(value) -> int:
    """A row id from a cursor: an integer the store can hold."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ID:
        raise ValueError("not a row id")
    return value


def moment(value) -> str:
    """A date or date-time from a cursor, as the ISO text it was written as."""
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError("not a date")
    datetime.fromisoformat(value)
    return value


def optional_moment(value) -> str | None:
    return None if value is None else moment(value)


def offset(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_OFFSET:
        raise ValueError("not an offset")
    return value


def decode_cursor(cursor: str | None, *fields) -> tuple | None:
    """The keyset values inside a cursor, each checked by its field's function (row_id, moment,
    optional_moment, offset); a 400 naming the cursor when it is not one of ours."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != len(fields):
            raise ValueError("wrong shape")
        return tuple(check(value) for check, value in zip(fields, values, strict=True))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise HTTPException(400, f"cursor {cursor[:40]!r} is not a cursor from this API"
                            ) from None


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


def json_body(payload) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def json_response(request: Request, payload, headers: dict | None = None) -> Response:
    return with_etag(request, json_body(payload), "application/json", headers)


def cached_json_response(request: Request, ash, key: tuple, build, depends) -> Response:
    """json_response of `build()`, its body kept while the stored tables in `depends` are
    unchanged (Aftershock.cached_body): for answers that read whole tables."""
    body = ash.cached_body(key, lambda: json_body(build()), depends=depends)
    return with_etag(request, body, "application/json")


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
