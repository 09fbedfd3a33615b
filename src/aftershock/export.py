"""Export coded and imported events as GDELT 2.0 rows, CSV, JSON Lines or Parquet."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from .ingest.gdelt import gdelt_row

FORMATS = ("gdelt", "csv", "jsonl", "parquet")
FLAT_COLUMNS = ("id", "origin", "ext_id", "article_id", "date", "sentence", "sentence_start",
                "sentence_end", "source_text", "source_code", "source_country", "target_text",
                "target_code", "target_country", "cameo", "root", "quad", "penta", "goldstein",
                "plover", "place", "confidence", "url")


def _flat(event: dict) -> dict:
    row = {k: event.get(k) for k in FLAT_COLUMNS if k != "url"}
    row["url"] = event.get("article_url") or event.get("source_url")
    return row


def _contract(event: dict) -> dict:
    """The DESIGN.md event line (nested actors), with the event's id and URL added."""
    def actor(side):
        if not event.get(f"{side}_code") and not event.get(f"{side}_text"):
            return None
        return {"text": event.get(f"{side}_text"), "code": event.get(f"{side}_code"),
                "country": event.get(f"{side}_country")}
    return {"id": event["id"], "sentence": event.get("sentence"), "source": actor("source"),
            "target": actor("target"), "cameo": event["cameo"], "root": event["root"],
            "quad": event["quad"], "penta": event["penta"], "goldstein": event["goldstein"],
            "plover": event.get("plover"), "date": event.get("date"), "place": event.get("place"),
            "start": event.get("sentence_start"), "end": event.get("sentence_end"),
            "url": event.get("article_url") or event.get("source_url"),
            "origin": event.get("origin")}


def export_events(store, fmt: str, output: Path | None, since=None, until=None) -> int:
    """Write the store's events in `fmt` to `output` (stdout when None); returns the count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    events = store.export_events(since=since, until=until)
    if fmt == "parquet":
        if output is None:
            raise ValueError("parquet export needs -o FILE")
        return _parquet(events, output)
    # closed below unless it is stdout
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    n = 0
    try:
        if fmt == "gdelt":
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                                escapechar=None)
            for n, ev in enumerate(events, start=1):
                writer.writerow(gdelt_row(ev, ev.get("article_url")))
        elif fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for n, ev in enumerate(events, start=1):
                writer.writerow(_flat(ev))
        else:
            for n, ev in enumerate(events, start=1):
                fh.write(json.dumps(_contract(ev), ensure_ascii=False) + "\n")
    finally:
        if output:
            fh.close()
    return n


def _parquet(events, output: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq
    numbers = {"id": pa.int64(), "article_id": pa.int64(), "sentence_start": pa.int64(),
               "sentence_end": pa.int64(), "quad": pa.int8(), "penta": pa.int8(),
               "goldstein": pa.float64(), "confidence": pa.float64()}
    schema = pa.schema([(column, numbers.get(column, pa.string())) for column in FLAT_COLUMNS])
    n = 0
    with pq.ParquetWriter(str(output), schema) as writer:
        chunk = []
        for ev in events:
            chunk.append(_flat(ev))
            n += 1
            if len(chunk) >= 10_000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk = []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    return n
