"""Canonical URLs: one spelling per article, without fragments, tracking parameters or noise."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "ga_", "hsa_")
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mkt_tok", "ocid", "cmpid",
    "ref", "ref_src", "referrer", "source", "smid", "s_cid", "share", "spm", "_ga", "guccounter",
}
DEFAULT_PORTS = {"http": "80", "https": "443"}


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default port, fragment and tracking query parameters,
    sort the remaining parameters and strip a trailing slash from non-root paths."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    host = host.removeprefix("www.")
    port = parts.port
    netloc = host if port is None or str(port) == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))
