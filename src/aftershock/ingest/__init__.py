"""Ingest stage: news from JSONL, folders, feeds and web pages into the store, deduplicated."""
from .ingestor import IngestReport, Ingestor, ingest
from .records import IngestError, Rejection

__all__ = ["IngestReport", "Ingestor", "ingest", "IngestError", "Rejection"]
