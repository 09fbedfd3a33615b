"""Readers for local inputs: JSONL article files and folders of .txt, .html and .json files."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from .pages import extract_html, sniff_binary
from .records import Candidate, IngestError, Rejection

MAX_LINE_BYTES = 3_000_000
FOLDER_SUFFIXES = {".txt", ".html", ".htm", ".json", ".jsonl"}


def parse_json(data: bytes, line_numbers: bool = True):
    """Decode UTF-8 JSON the way every reader does; raise IngestError naming the problem for
    undecodable bytes, malformed JSON, nesting too deep for the parser and numbers too long to
    read (an integer of more than 4,300 digits), never any other exception."""
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"undecodable bytes (not UTF-8) at byte {exc.start}") from None
    try:
        return json.loads(decoded)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}" if line_numbers else f"column {exc.colno}"
        raise IngestError(f"invalid JSON: {exc.msg} at {where}") from None
    except RecursionError:
        raise IngestError("invalid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise IngestError(f"invalid JSON: {exc}"[:200]) from None


def read_jsonl(path: Path) -> Iterator[Candidate | Rejection]:
    """One candidate per line; a line that is not UTF-8 JSON is a rejection, never a stop."""
    with open(path, "rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            where = f"{path}:{lineno}"
            if not line.strip():
                continue
            if len(line) > MAX_LINE_BYTES:
                yield Rejection(where, f"line too large: {len(line):,} bytes")
                continue
            try:
                obj = parse_json(line, line_numbers=False)
            except IngestError as exc:
                yield Rejection(where, str(exc))
                continue
            yield Candidate(where, obj)


def read_text_file(path: Path) -> Candidate:
    """A .txt article: optional `Key: value` header lines (Title, Source, URL, Published), a blank
    line, then the body. Without headers the first line is the title, the folder names the
    outlet and the file's modification time is the publication time."""
    data = path.read_bytes()
    kind = sniff_binary(data)
    if kind:
        raise IngestError(f"not a text file: {kind}")
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"undecodable bytes (not UTF-8) at byte {exc.start}") from None
    lines = content.lstrip("\ufeff").splitlines()
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and ":" in lines[i] and lines[i].split(":", 1)[0].strip().lower() in {
            "title", "source", "url", "published", "date", "id", "lang"}:
        key, value = lines[i].split(":", 1)
        headers[key.strip().lower()] = value.strip()
        i += 1
    body_lines = lines[i:]
    if "title" not in headers:
        while body_lines and not body_lines[0].strip():
            body_lines.pop(0)
        headers["title"] = body_lines.pop(0).strip() if body_lines else ""
    mtime = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).isoformat()
    return Candidate(str(path), {
        "id": headers.get("id", path.stem), "url": headers.get("url", path.resolve().as_uri()),
        "source": headers.get("source", path.parent.name or "local"), "title": headers["title"],
        "published": headers.get("published", headers.get("date", mtime)),
        "text": "\n".join(body_lines).strip(), "lang": headers.get("lang"),
    })


def read_html_file(path: Path) -> Candidate:
    data = path.read_bytes()
    mtime = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).isoformat()
    raw = extract_html(data, url=path.resolve().as_uri(), fallback_source=path.parent.name,
                       fallback_published=mtime)
    raw.setdefault("id", path.stem)
    return Candidate(str(path), raw)


def read_json_file(path: Path) -> Iterator[Candidate | Rejection]:
    """A .json file holding one article object or a list of them; a file that cannot be read as
    JSON is one rejection naming it."""
    try:
        obj = parse_json(path.read_bytes())
    except IngestError as exc:
        yield Rejection(str(path), str(exc))
        return
    items = obj if isinstance(obj, list) else [obj]
    for n, item in enumerate(items):
        yield Candidate(f"{path}[{n}]" if isinstance(obj, list) else str(path), item)


def read_path(path: Path) -> Iterator[Candidate | Rejection]:
    """Every candidate in a file or (recursively, sorted) a folder."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.suffix.lower() in FOLDER_SUFFIXES and not child.name.startswith("."):
                yield from read_path(child)
        return
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(path)
        elif suffix == ".json":
            yield from read_json_file(path)
        elif suffix in {".html", ".htm"}:
            yield read_html_file(path)
        elif suffix == ".txt":
            yield read_text_file(path)
        else:
            yield Rejection(str(path), f"unsupported file type {suffix or '(none)'!r}")
    except IngestError as exc:
        yield Rejection(str(path), str(exc))
    except OSError as exc:
        yield Rejection(str(path), f"cannot read: {exc.strerror or exc}")
