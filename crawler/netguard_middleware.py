"""Downloader middleware: refuse requests, redirect hops included, to addresses a feed must not make us reach."""

from __future__ import annotations

import asyncio
import logging

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

from pipelines.netguard import IPAddress, Policy, host_of, numeric_addresses, origins, parse_networks, resolve

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
        self._resolved: dict[str, tuple[IPAddress, ...]] = {}

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
        raise RefusedAddress(f"refused {url} ({refusal})")

    async def _addresses(self, host: str) -> tuple[IPAddress, ...]:
        """Numeric hosts at once; names in a thread (DNS must not stall the reactor), once per cycle."""
        if not host:
            return ()
        found = self._resolved.get(host)
        if found is None:
            found = numeric_addresses(host)
            if found is None:
                found = await asyncio.get_running_loop().run_in_executor(None, resolve, host)
            self._resolved[host] = found
        return found
