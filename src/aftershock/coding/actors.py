"""Actor dictionary: countries, sector agents, organisations and dated office holders -> CAMEO
actor codes.

Coding rules (documented choices):
- a city or region of the `places` list ("Kharkiv", "El Fasher") codes as its
  country (``UKR``), as a place: it locates, but never speaks for a government;
- a country name codes as its ISO alpha-3 code (``PRK``); a capital used as a
  metonym ("Pyongyang said") codes as the government (``PRKGOV``); seats of
  power code by their role ("the Pentagon" -> ``USAMIL``);
- country + sector compose: "North Korea's foreign ministry" -> ``PRKGOV``,
  "U.S. special forces" -> ``USAMIL``, "the president of Venezuela" -> ``VENGOV``;
- a sector alone ("the ministry") codes as the bare role (``GOV``, no country);
- a person codes by the office held on the article's date (``KORGOV``), else as
  the bare country; without a date the most recent office counts;
- the coder (not this module) adds ``GOV`` to a bare country that is the
  source of an event: a country that acts is acting as a state.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import yaml

from aftershock.coding.cameo import data_path
from aftershock.coding.lexicon import parse_date, phrase_regex, plural_forms
from aftershock.gazetteer import load_document
from aftershock.text import dateline_place

COUNTRY_KINDS = ("country", "capital", "adjective", "place")
_POSSESSIVE = r"(?:\s*['’]s)?"


@dataclass(frozen=True)
class Actor:
    """One actor mention: CAMEO code, ISO country (None for IGOs and bare sectors) and span."""
    code: str
    country: str | None
    text: str
    start: int = 0
    end: int = 0
    kind: str = ""  # country | capital | adjective | place | sector | agent | organisation | person
    role: str = ""
    name: str = ""  # canonical name of a person (lets a later bare surname resolve)

    def as_dict(self) -> dict:
        return {"text": self.text, "code": self.code, "country": self.country}


SURNAME_FIRST = ("CHN", "PRK", "KOR", "VNM", "TWN")


@dataclass
class _Person:
    name: str
    country: str
    # (role, from, to, country): an office's own country is "" unless it differs from the
    # person's (a national leader who later heads an IGO: Rutte NLD, then IGOWSTNAT)
    offices: list[tuple[str, dt.date, dt.date | None, str]] = field(default_factory=list)
    surname: str = ""

    def __post_init__(self):
        if not self.surname:
            words = self.name.split()
            self.surname = words[0] if self.country in SURNAME_FIRST else words[-1]

    def code_on(self, day: dt.date | None) -> tuple[str, str, str | None] | None:
        """(code, role, country) on a day; the bare country outside any office (None for IGO
        staff). The country is None when the code is an IGO's."""
        offices = sorted(self.offices, key=lambda office: office[1])
        if day is None:
            chosen = offices[-1] if offices else None
        else:
            chosen = next((office for office in offices
                           if office[1] <= day and (office[2] is None or day <= office[2])), None)
        if chosen is not None:
            country = chosen[3] or self.country
            return country + chosen[0], chosen[0], None if _is_igo(country) else country
        if _is_igo(self.country):
            return None
        return self.country, "", self.country


def _is_igo(code: str) -> bool:
    return code.startswith(("IGO", "NGO"))


class ActorDictionary:
    """Finds actors in text and resolves them to CAMEO codes for a date."""

    def __init__(self, countries: dict, agents: dict, organisations: dict, people: dict):
        self._named: dict[str, tuple[str, object]] = {}
        self._surnames: dict[str, list[_Person]] = {}
        self._blocked = set(countries.get("blocked", []))
        self._seat_roles = dict(countries.get("seat_roles", {}))
        # the order matters: a later kind replaces an earlier one's name (setdefault does not)
        self._name_countries(countries)
        for entry in organisations["organisations"]:
            for name in entry["names"]:
                self._named[name] = ("organisation", entry)
        self._name_people(people)
        for phrase in self._blocked:
            self._named[phrase] = ("blocked", None)
        self._named_regex = phrase_regex(self._named)
        self._surname_regex = phrase_regex(self._surnames)
        self._read_agents(agents)

    def _name_countries(self, countries: dict) -> None:
        """Country names, adjectives (and their plurals), capitals and other places."""
        for entry in countries["countries"]:
            iso = entry["iso"]
            for name in entry.get("names", []):
                self._named[name] = ("country", iso)
            for adjective in entry.get("adj", []):
                for form in (adjective, adjective + "s"):
                    self._named.setdefault(form, ("adjective", iso))
            for capital in entry.get("capitals", []):
                self._named[capital] = ("capital", iso)
        for iso, places in (countries.get("places") or {}).items():
            for place in places:
                self._named.setdefault(place, ("place", iso))

    def _name_people(self, people: dict) -> None:
        """People by their full, other and short names, and by surname."""
        for entry in people["people"]:
            person = _Person(
                entry["name"],
                entry["country"],
                [
                    (
                        office.get("role", "") or "",
                        parse_date(office["from"]),
                        parse_date(office.get("to")),
                        office.get("country", ""),
                    )
                    for office in entry.get("offices", [])
                ],
                entry.get("surname", ""),
            )
            self._surnames.setdefault(person.surname, []).append(person)
            for name in [entry["name"], *entry.get("names", []), *entry.get("short", [])]:
                self._named[name] = ("person", person)

    def _read_agents(self, agents: dict) -> None:
        """Sector words (and plurals) with their roles, sector blockers and the modifier
        patterns around sectors and people."""
        self._sector_role: dict[str, str] = {}
        for role, terms in agents["sectors"].items():
            for term in terms:
                for form in plural_forms(term.lower()):
                    self._sector_role.setdefault(form, role)
        self._sector_regex = phrase_regex(self._sector_role, ignore_case=True)
        self._blockers = {word.lower() for word in agents.get("sector_blockers", [])}
        modifiers = "|".join(re.escape(word) for word in agents.get("modifiers", []))
        self._modifier_words = re.compile(rf"^(?:{modifiers})$", re.IGNORECASE)
        self._country_then_sector = re.compile(
            rf"^{_POSSESSIVE}\s+(?:(?:{modifiers})\s+){{0,2}}$", re.IGNORECASE)
        self._sector_of_country = re.compile(r"^\s+(?:of|from)\s+(?:the\s+)?$")
        self._title_then_person = re.compile(r"^[\s,]*$")

    # -- raw mentions ---------------------------------------------------
    def _named_mentions(self, text: str, day: dt.date | None) -> list[Actor]:
        mentions = []
        for match in self._named_regex.finditer(text):
            kind, payload = self._named[match.group(0)]
            actor = self._resolve(kind, payload, match.group(0), match.start(), match.end(), day)
            if actor is not None:
                mentions.append(actor)
        return mentions

    def _resolve(self, kind, payload, text, start, end, day) -> Actor | None:
        if kind == "blocked":
            return None
        if kind in ("country", "adjective", "place"):
            return Actor(payload, payload, text, start, end, kind)
        if kind == "capital":
            role = self._seat_roles.get(text, "GOV")
            return Actor(payload + role, payload, text, start, end, kind, role)
        if kind == "organisation":
            code = payload["code"]
            for change in payload.get("dated", []):
                since = parse_date(change["from"])
                if day is None or day >= since:
                    code = change["code"]
            country = payload.get("country")
            return Actor(code, country, text, start, end, kind, code[3:] if country else "")
        resolved = payload.code_on(day)
        if resolved is None:
            return None
        return Actor(
            resolved[0], resolved[2], text, start, end, "person", resolved[1], payload.name
        )

    def _surname_mentions(
        self, text: str, day, seen_people: list[str], taken: list[Actor]
    ) -> list[Actor]:
        """Bare surnames ("Lee", "Kim") of people already named in full earlier in the document;
        the most recently named person with that surname wins."""
        mentions = []
        for match in self._surname_regex.finditer(text):
            start, end = match.span()
            if any(a.start < end and start < a.end for a in taken):
                continue
            people = {p.name: p for p in self._surnames[match.group(0)]}
            name = next((n for n in reversed(seen_people) if n in people), None)
            if name is not None:
                actor = self._resolve("person", people[name], match.group(0), start, end, day)
                if actor is not None:
                    mentions.append(actor)
        return mentions

    def _sector_mentions(self, text: str, taken: list[Actor]) -> list[Actor]:
        mentions = []
        for match in self._sector_regex.finditer(text):
            start, end = match.span()
            if any(a.start < end and start < a.end for a in taken):
                continue
            before = text[max(0, start - 20):start].split()
            if before and before[-1].lower() in self._blockers:
                continue
            found = match.group(0)
            role = self._sector_role.get(found.lower()) or self._sector_role.get(found.casefold())
            if role is None:  # a case-insensitive match ("ſ" for "s") that folds to no term
                continue
            mentions.append(Actor(role, None, match.group(0), start, end, "sector", role))
        return mentions

    # -- public API -----------------------------------------------------
    def find(self, text_or_doc, date=None, seen_people: list[str] | None = None) -> list[Actor]:
        """All actor mentions of a text (or spaCy Doc), composed and resolved for the date.
        `seen_people` (canonical names met earlier in the document, oldest first) lets bare
        surnames resolve; names found here are appended to it."""
        text = text_or_doc if isinstance(text_or_doc, str) else text_or_doc.text
        day = parse_date(date)
        named = self._named_mentions(text, day)
        if seen_people is not None:
            named += self._surname_mentions(text, day, seen_people, named)
            seen_people.extend(a.name for a in sorted(named, key=lambda a: a.start) if a.name)
        mentions = sorted(named + self._sector_mentions(text, named), key=lambda a: a.start)
        return self._compose(text, mentions)

    def _compose(self, text: str, mentions: list[Actor]) -> list[Actor]:
        composed: list[Actor] = []
        index = 0
        while index < len(mentions):
            current = mentions[index]
            index += 1
            while index < len(mentions):
                following = mentions[index]
                merged = self._merge(text, current, following)
                if merged is None:
                    break
                current = merged
                index += 1
            composed.append(current)
        return composed

    def _merge(self, text: str, left: Actor, right: Actor) -> Actor | None:
        gap = text[left.end:right.start]
        span_text = text[left.start:right.end]
        if left.kind in COUNTRY_KINDS + ("person",) and right.kind == "sector" \
                and left.country and self._country_then_sector.match(gap):
            # "North Korea's foreign ministry" -> PRKGOV; "Maduro's government" -> VENGOV
            return Actor(left.country + right.role, left.country, span_text, left.start,
                         right.end, "agent", right.role)
        if (
            left.kind == "sector"
            and right.kind in COUNTRY_KINDS
            and self._sector_of_country.match(gap)
        ):
            return Actor(right.country + left.role, right.country, span_text, left.start,
                         right.end, "agent", left.role)
        if (
            left.kind in ("sector", "agent")
            and right.kind == "person"
            and self._title_then_person.match(gap)
        ):
            return replace(right, text=span_text, start=left.start)
        if left.kind == "agent" and right.kind == "sector" and not gap.strip() \
                and left.role == right.role:
            return replace(left, text=span_text, end=right.end)
        if left.kind == "agent" and right.kind == "sector" and not gap.strip() \
                and self._modifier_words.match(left.text.split()[-1]):
            # "Syrian government forces", "Russian army troops": the last noun names the actor
            return Actor(left.country + right.role, left.country, span_text, left.start,
                         right.end, "agent", right.role)
        return None

    def match(self, span_text: str, date=None) -> Actor | None:
        """The actor a short span names ("U.S. forces" -> USAMIL), or None."""
        mentions = self.find(span_text, date)
        if not mentions:
            return None
        return max(mentions, key=lambda a: (a.end - a.start, a.kind != "sector"))

    def countries_in(self, text: str, date=None) -> set[str]:
        """ISO codes of the countries a text mentions (names, adjectives, capitals, leaders; not
        the cities and regions of `places`). Regex only, no parse: cheap enough for clustering
        whole corpora."""
        day = parse_date(date)
        return {actor.country for actor in self._named_mentions(text, day)
                if actor.country and actor.kind != "place"}

    def dateline_country(self, text: str) -> str | None:
        """The country of a news dateline ("SEOUL (Agency) —", "Caracas, Jan. 3 -"), if any."""
        place = dateline_place(text)
        if not place:
            return None
        for actor in self._named_mentions(place, None):
            if actor.kind in ("capital", "country") and actor.start == 0:
                return actor.country
        return None


def load_yaml(name: str) -> dict:
    """A packaged YAML data file (the C loader when PyYAML has it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data_path(name).read_text("utf-8"), Loader=loader)


@lru_cache(maxsize=1)
def load_actor_dictionary() -> ActorDictionary:
    """The packaged actor dictionary (loaded once per process)."""
    return ActorDictionary(load_document("countries"), load_yaml("agents.yaml"),
                           load_document("organisations"), load_yaml("people.yaml"))


def countries_in(text: str, date=None) -> set[str]:
    """ISO codes mentioned in a text, using the packaged dictionary."""
    return load_actor_dictionary().countries_in(text, date)
