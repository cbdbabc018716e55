"""Scrapy glue for pipelines.netguard: refuse requests to addresses a feed must not reach, connect only to checked ones."""

from __future__ import annotations

import asyncio
import logging

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError
from twisted.internet.threads import deferToThread

from pipelines.netguard import IPAddress, Policy, host_of, origins, parse_networks, resolve, resolved

log = logging.getLogger(__name__)


class RefusedAddress(IgnoreRequest):
    """A request to a non-public address outside its source's own origin: the errback sees this."""


class NetGuardMiddleware:
    """Each request's host is resolved and must be public, unless the URL is on its source's own origin
    (a configured feed, sitemap, section or homepage) or in NETGUARD_ALLOWED_NETWORKS.

    Redirects come back through process_request as new requests, so every hop is judged. Registered
    before the robots.txt middleware, so a refused request never causes a robots.txt fetch either.
    """

    def __init__(self, stats, *, allowed_networks: list[str]):
        self.stats = stats
        self.allowed = parse_networks(allowed_networks)
        self.policies: dict[str, Policy] = {}  # source id -> its policy
        self.any_source = Policy(frozenset(), self.allowed)  # robots.txt requests carry no source

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("NETGUARD_ENABLED", True):
            raise NotConfigured
        middleware = cls(crawler.stats, allowed_networks=settings.getlist("NETGUARD_ALLOWED_NETWORKS"))
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider) -> None:
        self.trust_plan(getattr(spider, "plan", ()))

    def trust_plan(self, plan: list[dict]) -> None:
        """Each planned source trusts its own origins (written by the cycle runner; else its feed URLs)."""
        every: set[str] = set()
        for source in plan:
            own = origins(source.get("origins") or [feed["url"] for feed in source.get("feeds", ())])
            self.policies[source["source_id"]] = Policy(own, self.allowed)
            every |= own
        self.any_source = Policy(frozenset(every), self.allowed)

    async def process_request(self, request, spider=None):
        source_id = request.meta.get("source_id")
        policy = self.policies.get(source_id, self.any_source)
        url = request.url
        if policy.trusts(url):
            return None
        refusal = policy.refusal_for(url, await self._addresses(host_of(url)))
        if refusal is None:
            return None
        self.stats.inc_value(f"netguard/refused/{refusal.kind}")
        log.warning("source %s: refused %s (%s)", source_id or "-", url, refusal)
        raise RefusedAddress(f"refused ({refusal}): {url}")  # the class first: `sources` shows 60 characters

    @staticmethod
    async def _addresses(host: str) -> tuple[IPAddress, ...]:
        """Once per cycle, in a thread: DNS must not stall the reactor."""
        if not host:
            return ()
        found = resolved(host)
        if found is None:
            found = await asyncio.get_running_loop().run_in_executor(None, resolve, host)
        return found


class CheckedResolver(CachingThreadedResolver):
    """Scrapy's resolver answering from pipelines.netguard's cache: a connection goes to the very address
    the middleware checked, so a DNS answer that changes after the check (rebinding) is never used.

    IPv4 only, like Scrapy's own. Hosts never checked (a source's own origin) are resolved the same way.
    """

    def getHostByName(self, name: str, timeout=()) -> Deferred:
        found = resolved(name)
        lookup = defer.succeed(found) if found is not None else deferToThread(resolve, name)
        return lookup.addCallback(self._first_ipv4, name)

    @staticmethod
    def _first_ipv4(addresses: tuple[IPAddress, ...], name: str) -> str:
        for address in addresses:
            if address.version == 4:
                return str(address)
        raise DNSLookupError(f"address {name!r} not found")
