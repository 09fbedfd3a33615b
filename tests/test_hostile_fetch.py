"""Fetching safely: URLs from users, feeds and redirects are resolved and checked before any
connection; loopback, private, link-local, metadata, unspecified and multicast addresses (also
IPv4 inside IPv6) are refused unless allowed in config, and only http(s) is fetched."""
import socket

import pytest

from aftershock.ingest import IngestError, Ingestor
from aftershock.ingest.http import Fetcher
from aftershock.ingest.netguard import ENV_VAR, NetworkPolicy, address_class

from .rogue_server import ALLOW_LOOPBACK, RogueServer, loopback_ipv6_available, send

PAGE = (b"<html><head><title>Harbour news</title></head><body><article><p>"
        + b"The harbour council met on Monday and voted to keep the lighthouse staffed. " * 6
        + b"</p></article></body></html>")

# host (as written in a URL) -> the class the refusal must name
FORBIDDEN_HOSTS = {
    "127.0.0.1": "loopback", "127.8.9.10": "loopback", "[::1]": "loopback",
    "localhost": "loopback", "2130706433": "loopback", "0x7f000001": "loopback",
    "127.1": "loopback",
    "10.0.0.1": "private", "172.16.5.4": "private", "192.168.1.1": "private",
    "[fc00::1]": "private", "[fd12:3456::1]": "private",
    "169.254.1.1": "link-local", "169.254.169.254": "cloud metadata", "[fe80::1]": "link-local",
    "[fd00:ec2::254]": "cloud metadata",
    "0.0.0.0": "unspecified", "0": "unspecified", "[::]": "unspecified",
    "224.0.0.1": "multicast", "239.255.255.250": "multicast", "[ff02::1]": "multicast",
    "[::ffff:127.0.0.1]": "loopback", "[::ffff:10.0.0.1]": "private",
    "[::ffff:169.254.169.254]": "cloud metadata", "[::ffff:0.0.0.0]": "unspecified",
    "[2002:7f00:1::]": "loopback", "[64:ff9b::a9fe:a9fe]": "cloud metadata",
    "100.64.0.1": "carrier-grade NAT", "192.0.2.10": "special-purpose",
    "0.1.2.3": "special-purpose",
    "198.18.0.1": "special-purpose", "240.0.0.1": "reserved", "255.255.255.255": "reserved",
}


@pytest.fixture
def rogue_server():
    with RogueServer() as server:
        yield server


@pytest.fixture(autouse=True)
def no_allowlist(monkeypatch):
    """Each test starts from the default: nothing but public addresses."""
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.mark.parametrize("host", sorted(FORBIDDEN_HOSTS))
def test_each_forbidden_address_class_is_refused_before_connecting(host, rogue_server):
    rogue_server.routes["/"] = lambda h: send(h, PAGE)
    url = f"http://{host}:{rogue_server.port}/"
    with Fetcher() as fetcher, pytest.raises(IngestError) as refused:
        fetcher.get(url)
    assert str(refused.value).startswith("refused: "), refused.value
    assert FORBIDDEN_HOSTS[host] in str(refused.value)
    assert ENV_VAR in str(refused.value)  # the message says how to allow it
    assert rogue_server.hits["/"] == 0  # loopback ones point at a live server: never reached


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1:25/_HELO", "data:text/html,hi",
    "javascript:alert(1)", "dict://127.0.0.1:11211/stats", "localhost:8080/x", "//127.0.0.1/",
    "http:///no-host",
])
def test_only_http_and_https_urls_are_fetched(url):
    with Fetcher(allow_networks=["0.0.0.0/0", "::/0"]) as fetcher, \
            pytest.raises(IngestError, match="only http and https|no host"):
        fetcher.get(url)


def test_loopback_is_fetched_when_allowed_in_config(monkeypatch, rogue_server):
    rogue_server.routes["/page"] = lambda h: send(h, PAGE)
    monkeypatch.setenv(ENV_VAR, "127.0.0.0/8")
    with Fetcher() as fetcher:
        assert fetcher.get(rogue_server.url("/page")).content == PAGE
        assert fetcher.get(rogue_server.url("/page", host="localhost")).content == PAGE
    with Fetcher(policy=NetworkPolicy(), allow_networks=["127.0.0.1/32"]) as fetcher:
        assert fetcher.get(rogue_server.url("/page")).status == 200
    assert rogue_server.hits["/page"] == 3


def test_allowing_one_network_does_not_allow_another(rogue_server):
    rogue_server.routes["/page"] = lambda h: send(h, PAGE)
    with Fetcher(allow_networks=["10.0.0.0/8", "fc00::/7"]) as fetcher, \
            pytest.raises(IngestError, match="loopback"):
        fetcher.get(rogue_server.url("/page"))
    assert rogue_server.hits["/page"] == 0


def test_ipv4_mapped_form_follows_the_ipv4_allowlist():
    policy = NetworkPolicy.allowing("127.0.0.0/8")
    import ipaddress
    assert policy.forbidden_kind(ipaddress.ip_address("::ffff:127.0.0.1")) is None
    assert "private" in policy.forbidden_kind(ipaddress.ip_address("::ffff:10.1.1.1"))
    assert address_class(ipaddress.ip_address("93.184.216.34")) is None  # public: fine
    assert address_class(ipaddress.ip_address("2606:4700::1111")) is None


@pytest.mark.skipif(not loopback_ipv6_available(), reason="no IPv6 loopback here")
def test_ipv6_loopback_allowed_explicitly():
    with RogueServer(host="::1") as server:
        server.routes["/six"] = lambda h: send(h, PAGE)
        url = f"http://[::1]:{server.port}/six"
        with Fetcher() as fetcher, pytest.raises(IngestError, match="loopback"):
            fetcher.get(url)
        with Fetcher(allow_networks=["::1/128"]) as fetcher:
            assert fetcher.get(url).content == PAGE
        assert server.hits["/six"] == 1


def test_redirect_from_an_allowed_server_to_a_forbidden_one_is_refused():
    with RogueServer("127.0.0.1") as allowed, RogueServer("127.0.0.2") as inside:
        inside.routes["/admin"] = lambda h: send(h, b"<p>internal admin page</p>")
        targets = {
            "/to-inside": inside.url("/admin"),
            "/to-metadata": "http://169.254.169.254/latest/meta-data/iam/",
            "/to-mapped": f"http://[::ffff:127.0.0.2]:{inside.port}/admin",
            "/to-file": "file:///etc/passwd",
            "/to-gopher": f"gopher://127.0.0.2:{inside.port}/admin",
        }
        for path, target in targets.items():
            allowed.routes[path] = lambda h, t=target: send(h, b"", status=302,
                                                               headers={"Location": t})
        with Fetcher(allow_networks=["127.0.0.1/32"]) as fetcher:
            for path, target in targets.items():
                with pytest.raises(IngestError) as refused:
                    fetcher.get(allowed.url(path))
                assert str(refused.value).startswith(f"redirect to {target}"), refused.value
                assert "refused" in str(refused.value) or "only http" in str(refused.value)
        assert inside.hits["/admin"] == 0
        assert all(allowed.hits[path] == 1 for path in targets)


def test_relative_redirects_stay_checked_and_bounded(rogue_server):
    rogue_server.routes["/a"] = lambda h: send(h, b"", status=301, headers={"Location": "/b"})
    rogue_server.routes["/b"] = lambda h: send(h, b"", status=307, headers={"Location": "/a"})
    with Fetcher(allow_networks=[ALLOW_LOOPBACK.split(",")[0]]) as fetcher, \
            pytest.raises(IngestError, match="more than 5 redirects"):
        fetcher.get(rogue_server.url("/a"))
    assert rogue_server.hits["/a"] + rogue_server.hits["/b"] == 6


def test_the_connection_goes_to_the_address_that_was_checked(monkeypatch):
    """DNS rebinding: the name first resolves to the allowed server, then to a forbidden one.
    The fetch resolves once and connects to the address it checked."""
    real = socket.getaddrinfo
    lookups = []

    with RogueServer("127.0.0.1") as allowed, RogueServer("127.0.0.2") as inside:
        allowed.routes["/news"] = lambda h: send(h, PAGE)
        inside.routes["/news"] = lambda h: send(h, b"<p>internal</p>")

        def rebinding(host, port, *args, **kwargs):
            if host == "news.rebind.test":
                lookups.append(host)
                host = "127.0.0.1" if len(lookups) == 1 else "127.0.0.2"
            return real(host, port, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", rebinding)
        with Fetcher(allow_networks=["127.0.0.1/32"]) as fetcher:
            got = fetcher.get(f"http://news.rebind.test:{allowed.port}/news")
        assert got.content == PAGE
        assert lookups == ["news.rebind.test"]
        assert inside.hits["/news"] == 0


def test_a_name_that_also_resolves_inside_is_refused(monkeypatch):
    real = socket.getaddrinfo

    def split_horizon(host, port, *args, **kwargs):
        if host == "mixed.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                    (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", split_horizon)
    expected = r"mixed.example resolves to 10.0.0.7, a private"
    with Fetcher() as fetcher, pytest.raises(IngestError, match=expected):
        fetcher.get("http://mixed.example/")


def test_proxy_settings_in_the_environment_are_not_a_way_around(monkeypatch):
    with RogueServer("127.0.0.1") as allowed, RogueServer("127.0.0.2") as proxy:
        allowed.routes["/page"] = lambda h: send(h, PAGE)
        monkeypatch.setenv("HTTP_PROXY", proxy.url(""))
        monkeypatch.setenv("http_proxy", proxy.url(""))
        with Fetcher(allow_networks=["127.0.0.1/32"]) as fetcher:
            assert fetcher.get(allowed.url("/page")).content == PAGE
        assert sum(proxy.hits.values()) == 0


def test_ingest_reports_refused_urls_and_goes_on(store, fixtures, rogue_server, monkeypatch):
    rogue_server.routes["/page"] = lambda h: send(h, PAGE)
    inputs = ["http://169.254.169.254/latest/meta-data/", rogue_server.url("/page"),
              "file:///etc/passwd", str(fixtures / "ingest" / "feed.atom")]
    report = Ingestor(store).ingest(inputs)
    reasons = {r.where: r.reason for r in report.rejections}
    assert "cloud metadata" in reasons[inputs[0]]
    assert "loopback" in reasons[inputs[1]]
    assert report.stored == 2  # the Atom file's two entries
    assert rogue_server.hits["/page"] == 0
    monkeypatch.setenv(ENV_VAR, ALLOW_LOOPBACK)
    again = Ingestor(store).ingest([rogue_server.url("/page")])
    assert again.stored == 1 and rogue_server.hits["/page"] == 1


def test_a_bad_allowlist_setting_is_named_and_files_still_ingest(store, fixtures, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "127.0.0.0/8, loopback-please")
    report = Ingestor(store).ingest(["https://news.example/feed",
                                     str(fixtures / "ingest" / "feed.atom")])
    assert report.stored == 2
    (rejection,) = report.rejections
    assert rejection.where == "https://news.example/feed"
    assert ENV_VAR in rejection.reason
    assert "'loopback-please' is not an IP network" in rejection.reason
