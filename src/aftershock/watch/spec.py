"""Watchlist specs: read them from YAML or TOML, check every field, and return the normal form.

A watchlist names what to watch (countries, regions, dyads, keywords), which rules fire (a new
story with conflict involving the watched actors, an anomaly above a score, a ripple detected into
the watched region), a cooldown, an optional mute, and where alerts go (terminal, webhook, e-mail).
Every problem is reported at once, each naming its field: `rules.anomaly.min_score: must be a
number, got 'high'`.
"""
from __future__ import annotations

import math
import re
import tomllib
from datetime import UTC, date, datetime
from pathlib import Path

import yaml

from aftershock.gazetteer import COUNTRIES, UnknownRegionError, load_regions, resolve_region
from aftershock.watch.secret_env import SECRET_ENV_FIELDS, secret_env_problem

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,199}$")
DYAD = re.compile(r"^\s*([A-Za-z]{3})\s*(?:>|->|→)\s*([A-Za-z]{3})\s*$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
METRICS = ("count", "goldstein_mean")
URL = re.compile(r"^https?://[^\s/]+\S*$", re.IGNORECASE)
HOST = re.compile(r"^(?:[A-Za-z0-9_-]{1,63}(?:\.[A-Za-z0-9_-]{1,63})*\.?"  # a name or IPv4
                  r"|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$")  # an IPv6 address, no brackets

# A rule's defaults; `min_score` and `window_days` are None here and read from the [signals]
# and [ripple] settings in force when a spec is read (rule_defaults).
RULE_DEFAULTS = {
    "new_story": {"enabled": True, "min_conflict_events": 1, "min_articles": 1},
    "anomaly": {"enabled": True, "min_score": None, "metrics": list(METRICS)},
    "ripple": {"enabled": True, "window_days": None, "min_outlets": 3, "min_material_conflict": 2,
               "max_goldstein": -5.0},
}


def rule_defaults() -> dict:
    """RULE_DEFAULTS with the anomaly score and the ripple window of the settings in force."""
    from aftershock.config import settings
    current = settings()
    from_settings = {"min_score": current.signals.min_score,
                     "window_days": current.ripple.window_days}
    return {name: {key: from_settings[key] if value is None else value
                   for key, value in defaults.items()}
            for name, defaults in RULE_DEFAULTS.items()}
CHANNEL_DEFAULTS = {
    "terminal": {},
    "webhook": {"secret": None, "secret_env": None, "retries": 3, "backoff": 0.5, "timeout": 10.0},
    "email": {"smtp_host": "localhost", "smtp_port": 25, "from": "aftershock@localhost",
              "starttls": False, "ssl": False, "username": None, "password_env": None,
              "timeout": 10.0, "retries": 2, "backoff": 0.5},
}


# Bounds of every number a watchlist may set (inclusive): a spec comes from API tokens as well as
# files, and `watch run` waits, retries and looks back by these values.
RULE_BOUNDS = {"min_conflict_events": (1, 100_000), "min_articles": (1, 100_000),
               "window_days": (1, 365), "min_outlets": (1, 10_000),
               "min_material_conflict": (1, 100_000), "max_goldstein": (-10, 10),
               "min_score": (0, 1_000)}
CHANNEL_BOUNDS = {"retries": (0, 10), "backoff": (0, 30), "timeout": (0.1, 120),
                  "smtp_port": (1, 65535)}
MAX_COOLDOWN = 366 * 86400.0
# The types of channel settings that are not numbers: (accepted types, what to write).
SETTING_TYPES = {"secret": (str, "a string"), "secret_env": (str, "an environment variable name"),
                 "password_env": (str, "an environment variable name"),
                 "username": (str, "a string"), "smtp_host": (str, "a host name"),
                 "from": (str, "an e-mail address"), "starttls": (bool, "true or false"),
                 "ssl": (bool, "true or false")}


class WatchlistError(ValueError):
    """A watchlist that cannot be used; `problems` lists every bad field."""

    def __init__(self, problems: list[str], source: str | None = None):
        self.problems = problems
        self.source = source
        where = f"watchlist {source}" if source else "watchlist"
        super().__init__(f"{where} is invalid:\n  " + "\n  ".join(problems))


def parse_duration(value) -> float:
    """Seconds from 90, "90s", "15m", "6h", "2d" or "1w"; ValueError naming the value otherwise."""
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")  # noqa: TRY004 - callers catch ValueError
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError(f"durations cannot be negative: {value!r}")
        return float(value)
    match = DURATION.match(str(value).lower())
    if not match:
        raise ValueError(f"not a duration (use e.g. 90s, 15m, 6h, 2d): {value!r}")
    return float(match.group(1)) * UNIT_SECONDS[match.group(2)]


def parse_when(value) -> datetime:
    """A naive UTC datetime from an ISO date or datetime (string, date or datetime)."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    else:
        parsed = datetime.fromisoformat(str(value).strip())
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


class _Checker:
    def __init__(self):
        self.problems: list[str] = []

    def bad(self, field: str, problem: str) -> None:
        self.problems.append(f"{field}: {problem}")

    def string_list(self, spec: dict, field: str) -> list[str]:
        value = spec.get(field)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.bad(field, f"must be a list of non-empty strings, got {value!r}")
            return []
        return [v.strip() for v in value]

    def number(self, field: str, value, *, integer=False, low=None, high=None):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                integer and not isinstance(value, int)) or not math.isfinite(value):
            self.bad(field, f"must be {'an integer' if integer else 'a number'}, got {value!r}")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = f"at least {low}" if high is None else f"between {low} and {high}"
            self.bad(field, f"must be {bounds}, got {value!r}")
            return None
        return value


def _countries(check: _Checker, spec: dict) -> list[str]:
    codes = []
    for code in check.string_list(spec, "countries"):
        if code.upper() not in COUNTRIES:
            check.bad("countries", f"unknown ISO 3166-1 alpha-3 code {code!r}")
        else:
            codes.append(code.upper())
    return list(dict.fromkeys(codes))


def _regions(check: _Checker, spec: dict) -> list[str]:
    known = load_regions()
    slugs = []
    for name in check.string_list(spec, "regions"):
        try:
            slugs.append(resolve_region(name, known).slug)
        except UnknownRegionError as exc:
            check.bad("regions", str(exc))
    return list(dict.fromkeys(slugs))


def _dyads(check: _Checker, spec: dict) -> list[str]:
    value = spec.get("dyads") or []
    if not isinstance(value, list):
        check.bad("dyads", f"must be a list such as [\"PRK>USA\"], got {value!r}")
        return []
    dyads = []
    for item in value:
        pair = item if isinstance(item, list) else None
        if isinstance(item, str):
            match = DYAD.match(item)
            pair = [match.group(1), match.group(2)] if match else None
        if not pair or len(pair) != 2 or not all(isinstance(c, str) for c in pair):
            check.bad("dyads", f"{item!r} is not a dyad; write SOURCE>TARGET, e.g. \"PRK>USA\"")
            continue
        source, target = (c.strip().upper() for c in pair)
        unknown = [c for c in (source, target) if c not in COUNTRIES]
        if unknown:
            check.bad("dyads", f"{item!r}: unknown country code {unknown[0]!r}")
            continue
        dyads.append(f"{source}>{target}")
    return list(dict.fromkeys(dyads))


def _rules(check: _Checker, spec: dict) -> dict:
    given = _given_rules(check, spec.get("rules"))
    for name in given:
        if name not in RULE_DEFAULTS:
            check.bad(f"rules.{name}", f"unknown rule; rules are {', '.join(RULE_DEFAULTS)}")
    return {name: _rule(check, name, defaults, given.get(name, True))
            for name, defaults in rule_defaults().items()}


def _given_rules(check: _Checker, given) -> dict:
    """The spec's `rules` as a mapping of rule name to settings: none is {}, a list of names
    enables just those."""
    if given is None:
        given = {}
    if isinstance(given, list):  # rules: [new_story, ripple] enables just those
        for position, rule in enumerate(given):
            if not isinstance(rule, str):
                check.bad(f"rules[{position}]", f"a list of rules names them (e.g. [new_story, "
                                                f"ripple]); to set a rule's settings make "
                                                f"`rules` a mapping, got {rule!r}")
            elif rule not in RULE_DEFAULTS:
                check.bad("rules", f"unknown rule {rule!r}; rules are {', '.join(RULE_DEFAULTS)}")
        given = {r: (r in given) for r in RULE_DEFAULTS}
    if not isinstance(given, dict):
        check.bad("rules", f"must be a mapping of rule name to settings, got {given!r}")
        given = {}
    return given


def _rule(check: _Checker, name: str, defaults: dict, settings) -> dict:
    """One rule's settings over its defaults (true or false: just enabled or not), each given
    setting checked."""
    if isinstance(settings, bool):
        settings = {"enabled": settings}
    if not isinstance(settings, dict):
        check.bad(f"rules.{name}", f"must be true, false or a mapping, got {settings!r}")
        settings = {}
    merged = {**defaults, **settings}
    for key in settings:
        if key not in defaults:
            check.bad(f"rules.{name}.{key}", f"unknown setting; settings are "
                                              f"{', '.join(defaults)}")
    if not isinstance(merged["enabled"], bool):
        check.bad(f"rules.{name}.enabled", f"must be true or false, got {merged['enabled']!r}")
    for key, default in defaults.items():
        if key == "enabled" or key not in settings:
            continue
        _check_rule_setting(check, f"rules.{name}.{key}", key, merged[key], default)
    return merged


def _check_rule_setting(check: _Checker, field: str, key: str, value, default) -> None:
    if key == "metrics":
        metrics = value if isinstance(value, list) else None
        if not metrics or any(m not in METRICS for m in metrics):
            check.bad(field, f"must list some of {', '.join(METRICS)}, got {value!r}")
    else:
        low, high = RULE_BOUNDS[key]
        check.number(field, value, low=low, high=high,
                     integer=isinstance(default, int) and not isinstance(default, bool))


def _channel(check: _Checker, index: int, item) -> dict | None:
    field = f"deliver[{index}]"
    kind, item = _channel_kind(check, field, item)
    if kind is None:
        return None
    channel = _channel_settings(check, field, kind, item)
    if kind == "webhook" and channel.get("url") and not (
            isinstance(channel["url"], str) and URL.match(channel["url"])):
        check.bad(f"{field}.url", f"must be an http:// or https:// URL, got {channel['url']!r}")
    for key, (kinds, what) in SETTING_TYPES.items():
        if key in item and channel.get(key) is not None and not isinstance(channel[key], kinds):
            check.bad(f"{field}.{key}", f"must be {what}, got {channel[key]!r}")
    if kind == "email":
        _check_email(check, field, channel)
    secret_field = SECRET_ENV_FIELDS.get(kind)
    if secret_field and isinstance(channel.get(secret_field), str):
        problem = secret_env_problem(channel[secret_field])
        if problem:  # (never whether the variable is set: that would probe the environment)
            check.bad(f"{field}.{secret_field}", problem)
    for key, (low, high) in CHANNEL_BOUNDS.items():
        if key in channel:
            check.number(f"{field}.{key}", channel[key], integer=key in ("retries", "smtp_port"),
                         low=low, high=high)
    return channel


def _channel_settings(check: _Checker, field: str, kind: str, item: dict) -> dict:
    """The channel's type and its known settings over the type's defaults; unknown and missing
    required settings are problems."""
    required = {"webhook": ("url",), "email": ("to",)}.get(kind, ())
    allowed = set(CHANNEL_DEFAULTS[kind]) | set(required)
    for key in item:
        if key not in allowed:
            check.bad(f"{field}.{key}", f"unknown setting for a {kind} channel")
    channel = {"type": kind, **CHANNEL_DEFAULTS[kind],
               **{k: v for k, v in item.items() if k in allowed}}
    for key in required:
        if not channel.get(key):
            check.bad(f"{field}.{key}", f"a {kind} channel needs {key}")
    return channel


def _channel_kind(check: _Checker, field: str, item) -> tuple[str | None, dict]:
    """(channel type, its other settings): a name alone is a channel of that type, and
    {webhook: URL} / {email: ADDRESS} shorthands name their type; (None, {}) if unknown."""
    if isinstance(item, str):
        item = {"type": item}
    if not isinstance(item, dict):
        check.bad(field, f"must be a channel name or mapping, got {item!r}")
        return None, {}
    item = dict(item)
    kind = item.pop("type", None)
    for shorthand in ("webhook", "email"):  # {webhook: URL} / {email: ADDRESS}
        if kind is None and shorthand in item:
            kind = shorthand
            item["url" if shorthand == "webhook" else "to"] = item.pop(shorthand)
    if not isinstance(kind, str) or kind not in CHANNEL_DEFAULTS:
        check.bad(field, f"unknown channel {kind!r}; channels are {', '.join(CHANNEL_DEFAULTS)}")
        return None, {}
    return kind, item


def _check_email(check: _Checker, field: str, channel: dict) -> None:
    """An e-mail channel's sender, SMTP host and recipients (`to` made a list)."""
    if isinstance(channel.get("from"), str) and not EMAIL.match(channel["from"]):
        check.bad(f"{field}.from", f"not an e-mail address: {channel['from']!r}")
    if isinstance(channel.get("smtp_host"), str) and not HOST.match(channel["smtp_host"]):
        check.bad(f"{field}.smtp_host", f"must be a host name or IP address, got "
                                        f"{channel['smtp_host']!r}")
    if channel.get("to"):
        to = channel["to"] if isinstance(channel["to"], list) else [channel["to"]]
        for address in to:
            if not isinstance(address, str) or not EMAIL.match(address):
                check.bad(f"{field}.to", f"not an e-mail address: {address!r}")
        channel["to"] = to


def validate_watchlist(spec, source: str | None = None) -> dict:
    """The normal form of a watchlist spec; WatchlistError listing every problem otherwise."""
    if not isinstance(spec, dict):
        raise WatchlistError([f"must be a mapping of fields, got {type(spec).__name__}"], source)
    check = _Checker()
    known = {"name", "description", "countries", "regions", "dyads", "keywords", "since",
             "rules", "cooldown", "muted_until", "deliver"}
    for key in spec:
        if key not in known:
            check.bad(str(key), f"unknown field; fields are {', '.join(sorted(known))}")
    name = spec.get("name")
    if not isinstance(name, str) or not NAME.match(name.strip()):
        check.bad("name", f"needs 1-200 letters, digits, spaces or _.- (first a letter or digit), "
                          f"got {name!r}")
    normal = {
        "name": name.strip() if isinstance(name, str) else name,
        "description": str(spec.get("description") or ""),
        "countries": _countries(check, spec),
        "regions": _regions(check, spec),
        "dyads": _dyads(check, spec),
        "keywords": check.string_list(spec, "keywords"),
        "since": None, "muted_until": None, "cooldown": 0.0,
    }
    if not (normal["countries"] or normal["regions"] or normal["dyads"]) and not any(
            p.startswith(("countries", "regions", "dyads")) for p in check.problems):
        check.bad("countries", "watch at least one country, region or dyad")
    _times(check, spec, normal)
    normal["rules"] = _rules(check, spec)
    normal["deliver"] = _deliver(check, spec.get("deliver", ["terminal"]))
    if check.problems:
        raise WatchlistError(check.problems, source or (name if isinstance(name, str) else None))
    return normal


def _times(check: _Checker, spec: dict, normal: dict) -> None:
    """`since` and `muted_until` as ISO date-times and `cooldown` in seconds, into `normal`."""
    for key in ("since", "muted_until"):
        if spec.get(key) not in (None, ""):
            try:
                normal[key] = parse_when(spec[key]).isoformat()
            except ValueError:
                check.bad(key, f"must be an ISO date or date-time, got {spec[key]!r}")
    if spec.get("cooldown") not in (None, ""):
        try:
            normal["cooldown"] = parse_duration(spec["cooldown"])
        except ValueError as exc:
            check.bad("cooldown", str(exc))
        else:
            if not normal["cooldown"] <= MAX_COOLDOWN:
                check.bad("cooldown", f"must be at most 366 days, got {spec['cooldown']!r}")
                normal["cooldown"] = 0.0


def _deliver(check: _Checker, deliver) -> list[dict]:
    """The checked channels (one channel alone counts as a list of one)."""
    if isinstance(deliver, (str, dict)):
        deliver = [deliver]
    if not isinstance(deliver, list):
        check.bad("deliver", f"must be a list of channels, got {deliver!r}")
        deliver = []
    return [c for i, item in enumerate(deliver) if (c := _channel(check, i, item)) is not None]


def read_watchlist_file(path: str | Path) -> list[dict]:
    """Validated watchlists from a YAML or TOML file (one spec, or a `watchlists:` list of them)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise WatchlistError([f"cannot read the file: {exc.strerror or exc}"], str(path)) from None
    try:
        if path.suffix.lower() == ".toml":
            document = tomllib.loads(text)
        elif path.suffix.lower() in (".yaml", ".yml"):
            document = yaml.safe_load(text)
        else:
            raise WatchlistError([(f"unknown file type {path.suffix or '(none)'!r}; use .yaml, "
                                   f".yml or .toml")], str(path))
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise WatchlistError([f"not valid {path.suffix[1:].upper()}: {exc}"], str(path)) from None
    specs = document.get("watchlists") if isinstance(document, dict) and \
        "watchlists" in document else [document]
    if not isinstance(specs, list) or not specs:
        raise WatchlistError(["`watchlists` must be a non-empty list"], str(path))
    problems, result = [], []
    for position, spec in enumerate(specs):
        try:
            result.append(validate_watchlist(spec))
        except WatchlistError as exc:
            label = f"watchlists[{position}]" if len(specs) > 1 else ""
            problems += [f"{label + '.' if label else ''}{p}" for p in exc.problems]
    if problems:
        raise WatchlistError(problems, str(path))
    return result
