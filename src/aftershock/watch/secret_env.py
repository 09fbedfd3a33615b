"""Which environment variables a watchlist may name for its secrets, and reading them.

A watchlist's webhook `secret_env` and e-mail `password_env` name an environment variable of the
process that delivers alerts. Watchlists arrive from API tokens too, so the names are limited to an
allow-list: AFTERSHOCK_HOOK_SECRET and AFTERSHOCK_SMTP_PASSWORD, plus the comma-separated names in
$AFTERSHOCK_SECRET_ENV_ALLOW. Any other name is refused when the watchlist is validated, whether
or not the variable exists, so a spec cannot probe the server's environment; a name outside the
list is never read at delivery either.
"""
from __future__ import annotations

import os
import re

ALLOW_ENV = "AFTERSHOCK_SECRET_ENV_ALLOW"
DEFAULT_ALLOWED = ("AFTERSHOCK_HOOK_SECRET", "AFTERSHOCK_SMTP_PASSWORD")
SECRET_ENV_FIELDS = {"webhook": "secret_env", "email": "password_env"}
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")


def allowed_secret_env(environ=None) -> tuple[str, ...]:
    """The variable names watchlists may name: the defaults, then $AFTERSHOCK_SECRET_ENV_ALLOW."""
    extra = (os.environ if environ is None else environ).get(ALLOW_ENV, "")
    names = list(DEFAULT_ALLOWED) + [n.strip() for n in extra.split(",")
                                     if ENV_NAME.match(n.strip())]
    return tuple(dict.fromkeys(names))


def secret_env_problem(value, environ=None) -> str | None:
    """Why `value` cannot be a secret variable name (None when it may be used). The answer never
    depends on whether the variable is set."""
    allowed = allowed_secret_env(environ)
    if isinstance(value, str) and value in allowed:
        return None
    shown = repr(value) if isinstance(value, str) and len(value) <= 128 else "this value"
    return (f"{shown} is not an environment variable watchlists may name; use one of "
            f"{', '.join(allowed)} (the server's operator can add names to {ALLOW_ENV})")


def read_secret_env(name: str | None, environ=None) -> str | None:
    """The value of an allowed secret variable (None when unset, empty or not allowed)."""
    if not name or secret_env_problem(name, environ) is not None:
        return None
    return (os.environ if environ is None else environ).get(name) or None


def unset_secret_envs(spec: dict, environ=None) -> list[str]:
    """Problems for the validated spec's secret variables that are not set here, each naming the
    field, the variable and why it matters (for the operator's CLI, never for API answers)."""
    problems = []
    for index, channel in enumerate(spec.get("deliver") or []):
        field = SECRET_ENV_FIELDS.get(channel.get("type"))
        name = channel.get(field) if field else None
        if name and read_secret_env(name, environ) is None:
            use = ("signs each webhook POST (X-Aftershock-Signature) so the receiver can trust it; "
                   "alerts are not sent unsigned" if field == "secret_env"
                   else "is the SMTP login password")
            problems.append(f"deliver[{index}].{field}: set the environment variable {name} "
                            f"(here and where `aftershock watch run` runs): its value {use}")
    return problems
