"""Countries and organisations of the packaged gazetteer: display names, the strings that mean a
country in running text, and the raw documents the coder's actor dictionary is built from."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml


@cache
def load_document(name: str) -> dict:
    """A packaged gazetteer file (`countries`, `organisations` or `regions`), parsed once."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = resources.files("aftershock").joinpath("data", "gazetteer", f"{name}.yaml") \
        .read_text("utf-8")
    return yaml.load(text, Loader=loader)


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    takes_article: bool
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every form but the display name: other names, adjectives, capitals."""
        seen = {self.name}
        out = []
        for form in (*self.names, *self.adjectives, *self.capitals):
            if form not in seen:
                seen.add(form)
                out.append(form)
        return tuple(out)

    @property
    def terms(self) -> tuple[str, ...]:
        """The name and every alias: the strings that mean this country in running text."""
        return (self.name, *self.aliases)


def _countries(document: Mapping) -> dict[str, Country]:
    entries = document["countries"]
    # An alias that is a whole word of another country's form ("Korea" in "North Korea",
    # "Congo" in "Republic of the Congo") would match the other country in running text.
    forms = [(entry["iso"], form) for entry in entries
             for form in (*entry["names"], *(entry.get("adj") or ()))]

    def ambiguous(iso: str, alias: str) -> bool:
        pattern = re.compile(r"(?<![\w.])" + re.escape(alias) + r"(?![\w])")
        return any(other != iso and form != alias and pattern.search(form)
                   for other, form in forms)

    out = {}
    for entry in entries:
        iso, names = entry["iso"], tuple(entry["names"])
        name = entry.get("name") or names[0]
        out[iso] = Country(
            code=iso, name=name, takes_article=bool(entry.get("the")),
            names=tuple(n for n in names if n == name or not ambiguous(iso, n)),
            adjectives=tuple(a for a in entry.get("adj") or () if not ambiguous(iso, a)),
            capitals=tuple(entry.get("capitals") or ()))
    return out


COUNTRIES: dict[str, Country] = _countries(load_document("countries"))


@lru_cache(maxsize=1)
def _organisation_names() -> dict[str, str]:
    """Actor code -> display name for the international organisations (first entry wins)."""
    names: dict[str, str] = {}
    for entry in load_document("organisations")["organisations"]:
        code = entry["code"]
        if code.startswith("IGO") and code not in names:
            first = entry.get("name") or entry["names"][0]
            names[code] = f"the {first}" if entry.get("the") else first
    return names


def organisation_name(code: str) -> str | None:
    return _organisation_names().get((code or "").upper())


def is_country_code(code: str | None) -> bool:
    return bool(code) and code.upper() in COUNTRIES


def country_name(code: str | None, with_article: bool = True, capitalise: bool = False) -> str:
    """Display name for an ISO3 code ("the United States") or an IGO actor code; the code
    itself if unknown."""
    if not code:
        return ""
    country = COUNTRIES.get(code.upper())
    if country is None:
        name = organisation_name(code) or code
        if not with_article:
            name = name.removeprefix("the ")
    else:
        name = f"the {country.name}" if (with_article and country.takes_article) else country.name
    if capitalise and name:
        name = name[0].upper() + name[1:]
    return name


def country_terms(code: str) -> tuple[str, ...]:
    """Strings that refer to the country (name, demonyms, capital); empty if the code is unknown."""
    country = COUNTRIES.get((code or "").upper())
    return country.terms if country else ()
