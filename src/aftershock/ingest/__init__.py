"""Ingest stage: news from JSONL, folders, feeds and web pages into the store, deduplicated."""
from .ingestor import Ingestor, IngestReport, ingest
from .records import IngestError, Rejection

__all__ = ["IngestError", "IngestReport", "Ingestor", "Rejection", "ingest"]
