"""Watched regions: load the packaged gazetteer's regions.yaml (or a user's file) and resolve a
region by name or slug."""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml


class UnknownRegionError(KeyError):
    """Raised when a region name or slug matches no configured region."""

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return str(self.args[0]) if self.args else "unknown region"


@dataclass(frozen=True)
class Region:
    name: str
    slug: str
    countries: tuple[str, ...]

    def contains(self, country_code: str | None) -> bool:
        return bool(country_code) and country_code.upper() in self.countries

    def to_dict(self) -> dict:
        return {"slug": self.slug, "name": self.name, "countries": list(self.countries)}


def slugify(text: str) -> str:
    """Lower-case, hyphen-separated form of a region name ("Korean Peninsula" ->
    "korean-peninsula")."""
    return re.sub(r"[^a-z0-9]+", "-", text.strip().lower()).strip("-")


def _default_regions_text() -> str:
    return (
        resources.files("aftershock")
        .joinpath("data/gazetteer/regions.yaml")
        .read_text(encoding="utf-8")
    )


def load_regions(path: str | Path | None = None) -> dict[str, Region]:
    """Read regions from `path` (default: the packaged gazetteer's), keyed by slug."""
    text = Path(path).read_text(encoding="utf-8") if path else _default_regions_text()
    document = yaml.safe_load(text) or {}
    entries = document.get("regions", document) if isinstance(document, dict) else document
    regions: dict[str, Region] = {}
    for position, entry in enumerate(entries or []):
        name = entry.get("name")
        countries = entry.get("countries") or []
        if not name or not countries:
            raise ValueError(
                f"region #{position + 1} in {path or 'regions.yaml'} needs a name and countries"
            )
        slug = entry.get("slug") or slugify(name)
        if slug in regions:
            raise ValueError(f"duplicate region slug {slug!r} in {path or 'regions.yaml'}")
        regions[slug] = Region(
            name=name, slug=slug, countries=tuple(str(code).upper() for code in countries)
        )
    return regions


GROUP_PREFIX = "countries-"
_GROUP_SLUG = re.compile(r"^countries(-[a-z]{3})+$")


def country_group(codes) -> Region:
    """A region made of exactly these countries, named by them in full ("JPN, KOR, PRK") with a
    slug that says the same ("countries-jpn-kor-prk"), so any page or command resolves it."""
    codes = sorted({str(c).strip().upper() for c in codes if str(c).strip()})
    if not codes or any(not re.fullmatch(r"[A-Z]{3}", c) for c in codes):
        raise UnknownRegionError(f"a country group needs ISO alpha-3 codes, not {codes!r}")
    return Region(name=", ".join(codes), slug=GROUP_PREFIX + "-".join(c.lower() for c in codes),
                  countries=tuple(codes))


def resolve_region(name_or_slug: str, regions: dict[str, Region] | None = None) -> Region:
    """Find a region by slug or display name, case-insensitively, or a country group by its slug
    ("countries-jpn-kor"); raise UnknownRegionError naming it."""
    regions = regions if regions is not None else load_regions()
    wanted = slugify(name_or_slug or "")
    if _GROUP_SLUG.match(wanted) and wanted not in regions:
        return country_group(wanted.split("-")[1:])
    for region in regions.values():
        if wanted in (region.slug, slugify(region.name)):
            return region
    known = ", ".join(sorted(regions))
    raise UnknownRegionError(f"unknown region {name_or_slug!r}; known regions: {known}")
