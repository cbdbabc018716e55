"""Which addresses a fetch may reach: public ones, the source's own origin, and networks the operator allows.

Everything a feed or a redirect names is untrusted: a link to 127.0.0.1, to a cloud metadata address
or to a host name that resolves to one would make the crawler read the operator's own network and
store the answer. Plain functions; the Scrapy middleware and the urllib tools share them.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from pipelines.config_models import SourceConfig

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

DEFAULT_PORTS = {"http": 80, "https": 443}
UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")
UNRESOLVABLE = "unresolvable"
NOT_HTTP = "not-http"


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDR strings (a bare address is a /32 or /128); ValueError names the bad one."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(str(value).strip(), strict=False))
        except ValueError:
            raise ValueError(f"not an IP network in CIDR notation: {value!r}") from None
    return tuple(networks)


def address_class(address: IPAddress) -> str | None:
    """Why an address is not public ("loopback", "private", ...), or None for a public one."""
    if address.version == 6 and address.ipv4_mapped is not None:
        return "ipv4-mapped"  # ::ffff:127.0.0.1 reaches 127.0.0.1 through a dual-stack socket
    if address.is_unspecified:
        return "unspecified"  # 0.0.0.0 and :: connect to this machine
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"  # 169.254.169.254: cloud metadata
    if address.version == 6 and address in UNIQUE_LOCAL:
        return "unique-local"
    if address.is_multicast:
        return "multicast"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "reserved"  # shared (100.64/10), documentation, benchmarking and other special ranges
    return None


def host_of(url: str) -> str:
    """The URL's host, lower-cased, without brackets or a trailing dot ("" when there is none)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return normal_host(host)


def origin(url: str) -> str | None:
    """scheme://host:port with the default port filled in; None for a URL without an http(s) host."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = host_of(url)
    if scheme not in DEFAULT_PORTS or not host:
        return None
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}:{port or DEFAULT_PORTS[scheme]}"


def origins(urls: Iterable[str | None]) -> frozenset[str]:
    """The origins of the URLs that have one."""
    return frozenset(found for url in urls if url and (found := origin(url)))


def own_urls(source: SourceConfig) -> list[str]:
    """Every URL the operator configured for a source."""
    urls = [item.url for item in (*source.feeds, *source.sitemaps, *source.sections)]
    return urls + ([source.homepage] if source.homepage else [])


def numeric_addresses(host: str) -> tuple[IPAddress, ...] | None:
    """The address a numeric host stands for (also 2130706433, 0x7f.1, 127.1); None for a host name."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP, flags=socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError, ValueError):
        return None
    return _addresses(infos)


# Host -> its addresses, for one crawl cycle or one command. Connections use these same answers, so a
# name that answers differently after the check (DNS rebinding) is not followed within it.
_resolved: dict[str, tuple[IPAddress, ...]] = {}


def forget_addresses() -> None:
    """Between the cycles of a long-lived crawl process: an outlet that moved, or a lookup that failed
    once, is looked up again next cycle instead of for the life of the process."""
    _resolved.clear()


def normal_host(name: str) -> str:
    """A host name as the cache keys it: lower-cased, without a trailing dot."""
    return name.rstrip(".").lower()


def resolved(host: str) -> tuple[IPAddress, ...] | None:
    """The addresses already found for a host in this process, or None."""
    return _resolved.get(normal_host(host))


def resolve(host: str) -> tuple[IPAddress, ...]:
    """Every address a host resolves to (empty when it does not resolve); the first answer is kept."""
    host = normal_host(host)
    found = _resolved.get(host)
    if found is not None:
        return found
    found = numeric_addresses(host)
    if found is None:
        try:
            found = _addresses(socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP))
        except (socket.gaierror, UnicodeError, ValueError, OSError):
            found = ()
    return _resolved.setdefault(host, found)  # two threads racing: both use the answer stored first


def connect(address: tuple[str, int], timeout: float | None = None,
            source_address: tuple[str, int] | None = None) -> socket.socket:
    """socket.create_connection over the addresses resolve() gave (and the check saw), not a new lookup."""
    host, port = address
    addresses = resolve(host)
    if not addresses:
        raise OSError(f"host {host} does not resolve")
    error: OSError | None = None
    for ip in addresses:
        try:
            return socket.create_connection((str(ip), port), timeout, source_address)
        except OSError as exc:
            error = exc
    raise error


def _addresses(infos) -> tuple[IPAddress, ...]:
    found = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])  # drop an IPv6 zone id
        if address not in found:
            found.append(address)
    return tuple(found)


@dataclass(frozen=True)
class Refusal:
    """A URL that may not be fetched, and why."""

    url: str
    host: str
    kind: str  # an address class, "unresolvable" or "not-http"
    address: str | None = None

    def __str__(self) -> str:
        if self.kind == UNRESOLVABLE:
            return f"host {self.host} does not resolve"
        if self.kind == NOT_HTTP:
            return "not an http(s) URL"
        return f"{self.kind} address {self.address}"


@dataclass(frozen=True)
class Policy:
    """Origins trusted as they are (the source's own configured URLs) and private networks the operator allows."""

    trusted: frozenset[str] = frozenset()
    allowed: tuple[IPNetwork, ...] = field(default=())

    @classmethod
    def build(cls, trusted_urls: Iterable[str | None] = (), allowed_networks: Iterable[str] = ()) -> Policy:
        return cls(origins(trusted_urls), parse_networks(allowed_networks))

    @classmethod
    def for_source(cls, source: SourceConfig, allowed_networks: Iterable[str] = ()) -> Policy:
        """A source's own origins are those of its feeds, sitemaps, section pages and homepage."""
        return cls.build(own_urls(source), allowed_networks)

    def trusts(self, url: str) -> bool:
        return origin(url) in self.trusted

    def refusal_for(self, url: str, addresses: tuple[IPAddress, ...]) -> Refusal | None:
        """Judge a URL whose host resolved to `addresses`: every one of them must pass."""
        host = host_of(url)
        if origin(url) is None:
            return Refusal(url, host, NOT_HTTP)
        if not addresses:
            return Refusal(url, host, UNRESOLVABLE)
        for address in addresses:
            kind = address_class(address)
            if kind is not None and not self._allows(address):
                return Refusal(url, host, kind, _shown(address))
        return None

    def check(self, url: str) -> Refusal | None:
        """None when the URL may be fetched; resolves its host (cached) unless its origin is trusted."""
        if self.trusts(url):
            return None
        host = host_of(url)
        return self.refusal_for(url, resolve(host) if host else ())

    def _allows(self, address: IPAddress) -> bool:
        """In an allowed network; a mapped IPv6 address also by the IPv4 address it carries."""
        mapped = address.ipv4_mapped if address.version == 6 else None
        return any(address in network or (mapped is not None and mapped in network) for network in self.allowed)


def _shown(address: IPAddress) -> str:
    """An address as operators write it (::ffff:127.0.0.1 rather than ::ffff:7f00:1)."""
    mapped = address.ipv4_mapped if address.version == 6 else None
    return f"::ffff:{mapped}" if mapped is not None else str(address)
