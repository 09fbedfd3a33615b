"""The one gazetteer of aftershock: countries (names, adjectives and demonyms, capitals), named
places, international and non-state organisations with CAMEO codes, and watched regions.

One packaged data folder (`aftershock/data/gazetteer/`), read once per process. Coding builds
its actor dictionary from it; stories, signals, ripple, briefs, watch, web and export name and
find countries through it.
"""
from __future__ import annotations

from .countries import (
    COUNTRIES,
    Country,
    country_name,
    country_terms,
    is_country_code,
    load_document,
    organisation_name,
)
from .regions import (
    GROUP_PREFIX,
    Region,
    UnknownRegionError,
    country_group,
    load_regions,
    resolve_region,
    slugify,
)

__all__ = [
    "COUNTRIES",
    "GROUP_PREFIX",
    "Country",
    "Region",
    "UnknownRegionError",
    "country_group",
    "country_name",
    "country_terms",
    "is_country_code",
    "load_document",
    "load_regions",
    "organisation_name",
    "resolve_region",
    "slugify",
]
