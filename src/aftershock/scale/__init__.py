"""Scale stage: the pipeline's stages over large archives, in parallel on Dask distributed."""
from .backfill import BackfillReport, backfill

__all__ = ["BackfillReport", "backfill"]
