"""GDELT 2.0 event files: the 61-column layout, reading export files (tab-separated, zipped or
not) as events, and writing aftershock events back in the same layout."""
from __future__ import annotations

import io
import lzma
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .records import IngestError, Rejection

COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]
INDEX = {name: i for i, name in enumerate(COLUMNS)}
MAX_LINE = 100_000
ASCII_DIGITS = re.compile(r"[0-9]+")


def _penta(root: int) -> int:
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def event_from_fields(fields: list[str]) -> dict:
    """One GDELT row as an events-table row; IngestError names the bad column."""
    if len(fields) != len(COLUMNS):
        raise IngestError(f"expected {len(COLUMNS)} tab-separated columns, got {len(fields)}")
    if any("\x00" in cell for cell in fields):
        raise IngestError("line contains a NUL character")
    get = fields.__getitem__
    ext_id = get(0).strip()
    if not ASCII_DIGITS.fullmatch(ext_id) or len(ext_id) > 20:
        raise IngestError(f"GLOBALEVENTID {ext_id[:30]!r} is not a number")
    when = _event_day(get(1).strip())
    code, root2 = _cameo(get(26).strip(), get(28).strip())
    quad, goldstein = _quad_and_goldstein(get(29), get(30))
    return {
        "origin": "gdelt", "ext_id": ext_id, "article_id": None, "event_index": 0,
        "date": when, "sentence": "",
        "source_code": get(5) or None, "source_text": get(6) or None,
        "source_country": get(7)[:3] or None,
        "target_code": get(15) or None, "target_text": get(16) or None,
        "target_country": get(17)[:3] or None,
        "cameo": code, "root": root2, "quad": quad, "penta": _penta(int(root2)),
        "goldstein": goldstein, "plover": None, "place": get(52) or None,
        "source_url": get(60).strip() or None,
    }


def _event_day(day: str) -> date:
    """SQLDATE (YYYYMMDD) as a date."""
    try:  # ASCII digits only: str.isdigit() also takes "²" and "٣", which int() may refuse
        when = date(int(day[:4]), int(day[4:6]), int(day[6:8])) \
            if len(day) == 8 and ASCII_DIGITS.fullmatch(day) else None
    except ValueError:
        when = None
    if when is None:
        raise IngestError(f"SQLDATE {day[:30]!r} is not a YYYYMMDD date")
    return when


def _cameo(code: str, root: str) -> tuple[str, str]:
    """(EventCode, two-digit EventRootCode), the code starting with its root."""
    if not (ASCII_DIGITS.fullmatch(code) and 2 <= len(code) <= 4) or \
            not (ASCII_DIGITS.fullmatch(root) and len(root) <= 2) or \
            not 1 <= int(root) <= 20 or not code.startswith(root.zfill(2)):
        raise IngestError(f"EventCode {code[:10]!r} / EventRootCode {root[:10]!r} is not CAMEO")
    return code, root.zfill(2)


def _quad_and_goldstein(quad_text: str, goldstein_text: str) -> tuple[int, float]:
    """QuadClass (1-4) and GoldsteinScale (-10 to 10)."""
    try:
        quad = int(quad_text)
        goldstein = float(goldstein_text)
    except ValueError:
        raise IngestError(f"QuadClass {quad_text[:10]!r} or GoldsteinScale "
                          f"{goldstein_text[:10]!r} is not a number") from None
    if not 1 <= quad <= 4 or not -10.0 <= goldstein <= 10.0:
        raise IngestError(f"QuadClass {quad} or GoldsteinScale {goldstein} out of range")
    return quad, goldstein


def _open_lines(path: Path) -> Iterator[bytes]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                with zf.open(name) as fh:
                    yield from io.BufferedReader(fh)
    else:
        with open(path, "rb") as fh:
            yield from fh


def read_gdelt(path: Path) -> Iterator[dict | Rejection]:
    """Events from one GDELT 2.0 export file; each bad line is a Rejection naming its line."""
    try:
        lines = _open_lines(path)
        for lineno, raw in enumerate(lines, start=1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            if len(raw) > MAX_LINE:
                yield Rejection(where, f"line too large: {len(raw):,} bytes")
                continue
            try:
                fields = raw.decode("utf-8").rstrip("\r\n").split("\t")
                yield event_from_fields(fields)
            except UnicodeDecodeError as exc:
                yield Rejection(where, f"undecodable bytes (not UTF-8) at byte {exc.start}")
            except IngestError as exc:
                yield Rejection(where, str(exc))
    except (OSError, EOFError, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error,
            lzma.LZMAError, NotImplementedError, RuntimeError) as exc:
        # a damaged or unsupported zip (bad deflate data, an unknown method, a password)
        yield Rejection(str(path), f"cannot read: {exc.__class__.__name__}: {exc}")


@dataclass
class GdeltReport:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejections: list[Rejection] = field(default_factory=list)

    def summary(self) -> str:
        return (f"read {self.read}, stored {self.stored}, duplicates {self.duplicates}, "
                f"rejected {len(self.rejections)}")


def import_gdelt(store, paths, batch_size: int = 5000) -> GdeltReport:
    """Import GDELT 2.0 event files into the store; importing a file twice adds nothing."""
    report = GdeltReport()
    batch: list[dict] = []

    def flush():
        stored = store.insert_imported_events(batch)
        report.stored += stored
        report.duplicates += len(batch) - stored
        batch.clear()

    for path in paths:
        path = Path(path)
        if not path.exists():
            report.rejections.append(Rejection(str(path), "no such file"))
            continue
        for item in read_gdelt(path):
            report.read += 1
            if isinstance(item, Rejection):
                report.rejections.append(item)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                flush()
    if batch:
        flush()
    return report


def gdelt_row(event: dict, url: str | None) -> list[str]:
    """An aftershock event in GDELT 2.0 column order (columns it does not know stay empty)."""
    row = [""] * len(COLUMNS)
    day = date.fromisoformat(str(event["date"])[:10]) if event.get("date") else None
    row[INDEX["GLOBALEVENTID"]] = str(event["id"])
    if day:
        row[INDEX["SQLDATE"]] = day.strftime("%Y%m%d")
        row[INDEX["MonthYear"]] = day.strftime("%Y%m")
        row[INDEX["Year"]] = str(day.year)
        row[INDEX["FractionDate"]] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
        row[INDEX["DATEADDED"]] = day.strftime("%Y%m%d") + "000000"
    for side, n in (("source", 1), ("target", 2)):
        code = event.get(f"{side}_code") or ""
        country = event.get(f"{side}_country") or ""
        row[INDEX[f"Actor{n}Code"]] = code
        row[INDEX[f"Actor{n}Name"]] = (event.get(f"{side}_text") or "").upper()
        row[INDEX[f"Actor{n}CountryCode"]] = country
        if country and code.startswith(country) and len(code) >= len(country) + 3:
            row[INDEX[f"Actor{n}Type1Code"]] = code[len(country):len(country) + 3]
    cameo = str(event["cameo"])
    row[INDEX["IsRootEvent"]] = "1" if not event.get("sentence_index") else "0"
    row[INDEX["EventCode"]] = cameo
    row[INDEX["EventBaseCode"]] = cameo[:3]
    row[INDEX["EventRootCode"]] = str(event["root"])
    row[INDEX["QuadClass"]] = str(event["quad"])
    row[INDEX["GoldsteinScale"]] = f"{float(event['goldstein']):.1f}"
    for name in ("NumMentions", "NumSources", "NumArticles"):
        row[INDEX[name]] = "1"
    row[INDEX["ActionGeo_FullName"]] = (event.get("place") or "").replace("\t", " ")
    row[INDEX["SOURCEURL"]] = url or event.get("source_url") or ""
    return [cell.replace("\t", " ").replace("\n", " ") for cell in row]
