"""Where fetching may connect: only http(s), only public addresses, each checked when resolved.

A URL from a user, a feed or a redirect is fetched only if every address its host resolves to is
public. Loopback, private (RFC 1918, fc00::/7), link-local (169.254.0.0/16 with the cloud metadata
address, fe80::/10), unspecified, multicast, reserved and other non-global addresses are refused,
also when written as IPv4-mapped, 6to4, Teredo or NAT64 IPv6 addresses, unless the network is
allowed explicitly in `AFTERSHOCK_FETCH_ALLOW_NETWORKS` (comma-separated, e.g.
`127.0.0.0/8,::1`) or by `NetworkPolicy.allowing(...)`.

The check sits in the socket layer (`GuardedBackend`, an httpcore network backend): the name is
resolved once, the addresses are checked, and the connection is opened to the checked address, so
a DNS answer that changes between check and connect (DNS rebinding) cannot slip through. TLS still
verifies the certificate against the host name. The same layer holds a whole-request deadline:
each socket operation may wait only for what is left of it, so a server trickling one byte a
second is cut off on time, not just a server that goes quiet.
"""
from __future__ import annotations

import contextlib
import contextvars
import ipaddress
import os
import socket
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore

from .records import IngestError

ENV_VAR = "AFTERSHOCK_FETCH_ALLOW_NETWORKS"
SCHEMES = ("http", "https")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

METADATA_ADDRESSES = {
    ipaddress.ip_address("169.254.169.254"),
    ipaddress.ip_address("fd00:ec2::254"),
}
NAT64 = ipaddress.ip_network("64:ff9b::/96")
PRIVATE = tuple(ipaddress.ip_network(n) for n in
                ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"))
SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT


class BlockedURL(IngestError):
    """A URL aftershock will not fetch: a scheme other than http(s), or a forbidden address."""


class NetworkConfigError(IngestError):
    """An unusable network allowlist setting."""


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, Teredo, NAT64), if any."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_class(ip: IPAddress) -> str | None:
    """Why an address is not public ("loopback", "private", ...), or None for a public one."""
    inner = embedded_ipv4(ip)
    if inner is not None:
        kind = address_class(inner)
        return f"{kind} (IPv4 {inner} inside IPv6)" if kind else None
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("cloud metadata (link-local)", ip in METADATA_ADDRESSES),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", any(ip.version == n.version and ip in n for n in PRIVATE)),
        ("carrier-grade NAT", ip in SHARED),
        ("site-local", ip.version == 6 and ip.is_site_local),
        ("reserved", ip.is_reserved),
        ("special-purpose", ip.is_private or not ip.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def described(kind: str) -> str:
    """"a loopback address", "an unspecified address"."""
    return f"{'an' if kind[0] in 'aeiouAEIOU' else 'a'} {kind} address"


def parse_networks(
    values: Iterable[str], origin: str = "allowed networks"
) -> tuple[IPNetwork, ...]:
    """IP networks from strings ("10.0.0.0/8", "::1"); NetworkConfigError names a bad one."""
    networks = []
    for value in values:
        value = value.strip()
        if not value:
            continue
        try:
            networks.append(ipaddress.ip_network(value, strict=False))
        except ValueError:
            raise NetworkConfigError(f"{origin}: {value!r} is not an IP network "
                                     f"(write e.g. 127.0.0.0/8 or ::1)") from None
    return tuple(networks)


@dataclass(frozen=True)
class NetworkPolicy:
    """Which addresses fetching may connect to: public ones, plus the networks allowed here."""
    allowed: tuple[IPNetwork, ...] = ()

    @classmethod
    def allowing(cls, *networks: str) -> NetworkPolicy:
        return cls(parse_networks(networks))

    @classmethod
    def from_env(cls, environ=None) -> NetworkPolicy:
        """The policy set by $AFTERSHOCK_FETCH_ALLOW_NETWORKS (nothing extra when unset)."""
        value = (os.environ if environ is None else environ).get(ENV_VAR, "")
        return cls(parse_networks(value.replace(";", ",").split(","), ENV_VAR))

    def is_allowed(self, ip: IPAddress) -> bool:
        candidates = [ip] + [inner for inner in [embedded_ipv4(ip)] if inner is not None]
        return any(c in net for c in candidates for net in self.allowed if c.version == net.version)

    def forbidden_kind(self, ip: IPAddress) -> str | None:
        """The kind of a refused address ("loopback", "private", ...), None when allowed."""
        kind = address_class(ip)
        return None if kind is None or self.is_allowed(ip) else kind

    def check_url(self, url: str) -> None:
        """Refuse a URL that is not http(s) or names no host; an IP-literal host is checked here,
        a host name when it is resolved."""
        try:
            parts = urlsplit(url)
            host = parts.hostname
        except ValueError as exc:
            raise BlockedURL(f"malformed URL: {exc}") from None
        if parts.scheme.lower() not in SCHEMES:
            scheme = f"{parts.scheme}:" if parts.scheme else "a URL without a scheme"
            raise BlockedURL(f"only http and https URLs are fetched, not {scheme}")
        if not host:
            raise BlockedURL("URL has no host")
        try:
            ip = ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            return  # a name: checked when resolved
        kind = self.forbidden_kind(ip)
        if kind:
            raise BlockedURL(f"refused: {ip} is {described(kind)} (allow it with {ENV_VAR})")

    def resolve(self, host: str, port: int) -> list[tuple]:
        """Resolve once and check every address; the socket addresses to connect to, in order.
        Refused when any address is forbidden: a name that also points inside is not trusted."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise IngestError(f"cannot resolve host {host!r}: {exc}") from None
        targets = []
        for family, _type, _proto, _name, sockaddr in infos:
            if family not in (socket.AF_INET, socket.AF_INET6):
                continue
            ip = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
            kind = self.forbidden_kind(ip)
            if kind:
                raise BlockedURL(f"refused: {host} resolves to {ip}, {described(kind)} "
                                 f"(allow it with {ENV_VAR})")
            if sockaddr not in targets:
                targets.append(sockaddr)
        if not targets:
            raise IngestError(f"cannot resolve host {host!r}: no IPv4 or IPv6 address")
        return targets


# The whole-request deadline (time.monotonic() value) of the fetch running in this context.
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("fetch_deadline",
                                                                        default=None)


class DeadlineExceeded(httpcore.ReadTimeout):
    """The whole-request time limit ran out (httpx reports it as a timeout)."""


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Bound every socket wait inside the block by what is left of `seconds`."""
    token = _deadline.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def deadline_passed() -> bool:
    end = _deadline.get()
    return end is not None and time.monotonic() >= end


def _bounded(timeout: float | None) -> float | None:
    end = _deadline.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise DeadlineExceeded("total time limit reached")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write waits at most until the request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream):
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return DeadlineStream(self.inner.start_tls(ssl_context, server_hostname,
                                                   _bounded(timeout)))

    def get_extra_info(self, info: str):
        return self.inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Opens TCP connections only to addresses the policy allows, to the address it checked."""

    def __init__(self, policy: NetworkPolicy):
        self.policy = policy
        self.plain = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options=None,
    ) -> httpcore.NetworkStream:
        last_error: Exception | None = None
        for sockaddr in self.policy.resolve(host, port):
            try:  # connect to the checked address itself: no second lookup to rebind
                stream = self.plain.connect_tcp(sockaddr[0], port, _bounded(timeout),
                                                local_address, socket_options)
                return DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        raise last_error  # type: ignore[misc]

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise BlockedURL("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
