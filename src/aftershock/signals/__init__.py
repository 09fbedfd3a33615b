"""Signals stage: daily per-dyad, per-country and per-region event series and their anomalies."""
from aftershock.gazetteer import Region, UnknownRegionError, load_regions, resolve_region
from aftershock.signals.anomalies import detect_anomalies
from aftershock.signals.series import country_series, dyad_series, region_series, series_events

__all__ = [
    "Region",
    "UnknownRegionError",
    "country_series",
    "detect_anomalies",
    "dyad_series",
    "load_regions",
    "region_series",
    "resolve_region",
    "series_events",
]
