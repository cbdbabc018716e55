"""Downloader middlewares for politeness: Retry-After per host, and robots.txt that fails closed."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.httpobj import urlparse_cached

log = logging.getLogger(__name__)


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """Retry-After as delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + timedelta(seconds=int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(when.astimezone(UTC), now)


class RetryAfterMiddleware:
    """A host that answers 429 (or 503 with Retry-After) is not asked again this cycle; the wait is recorded."""

    def __init__(self, stats, *, default_seconds: int, max_seconds: int):
        self.stats = stats
        self.default = timedelta(seconds=default_seconds)
        self.max = timedelta(seconds=max_seconds)
        self.blocked: dict[str, datetime] = {}

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("RETRYAFTER_ENABLED", True):
            raise NotConfigured
        return cls(crawler.stats, default_seconds=settings.getint("RETRYAFTER_DEFAULT_SECONDS", 600),
                   max_seconds=settings.getint("RETRYAFTER_MAX_SECONDS", 86400))

    def process_request(self, request, spider=None):
        host = urlparse_cached(request).netloc
        until = self.blocked.get(host)
        if until is not None and until > datetime.now(UTC):
            request.meta["retry_after_until"] = until
            self.stats.inc_value("retryafter/skipped")
            raise IgnoreRequest(f"{host} asked us to wait until {until:%Y-%m-%d %H:%M:%S}Z")
        return None

    def process_response(self, request, response, spider=None):
        if response.status not in (429, 503):
            return response
        now = datetime.now(UTC)
        until = parse_retry_after(response.headers.get("Retry-After", b"").decode("latin-1"), now)
        if until is None and response.status == 503:
            return response  # a plain server error: the retry middleware and backoff deal with it
        until = min(until or now + self.default, now + self.max)
        host = urlparse_cached(request).netloc
        self.blocked[host] = max(until, self.blocked.get(host, until))
        request.meta["retry_after_until"] = self.blocked[host]
        request.meta["dont_retry"] = True  # retrying at once is exactly what the host asked us not to do
        self.stats.inc_value(f"retryafter/received/{response.status}")
        log.info("%s answered %s: not asked again until %s", host, response.status, self.blocked[host])
        return response


class _DisallowAll:
    """A robots parser for a robots.txt that could not be read: RFC 9309 says assume complete disallow."""

    def __init__(self, reason: str):
        self.reason = reason

    def allowed(self, url, user_agent) -> bool:
        return False

    def sitemaps(self):
        return iter(())


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt handling, except that a 5xx or unreachable robots.txt means disallow."""

    def process_request_2(self, rp, request, spider):
        if isinstance(rp, _DisallowAll):
            self.crawler.stats.inc_value("robotstxt/forbidden_unavailable")
            raise IgnoreRequest(f"robots.txt unavailable ({rp.reason}): treated as disallow")
        return super().process_request_2(rp, request, spider)

    def _parse_robots(self, response, netloc, spider):
        if response.status < 500:
            return super()._parse_robots(response, netloc, spider)
        self.crawler.stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        self._settle(netloc, _DisallowAll(f"HTTP {response.status}"))
        return None

    def _robots_error(self, failure, netloc):
        if failure.type is IgnoreRequest:
            return super()._robots_error(failure, netloc)
        self.crawler.stats.inc_value(f"robotstxt/exception_count/{failure.type}")
        self._settle(netloc, _DisallowAll(f"{failure.type.__name__}"))
        return None

    def _settle(self, netloc, parser) -> None:
        pending = self._parsers.get(netloc)
        self._parsers[netloc] = parser
        if hasattr(pending, "callback"):
            pending.callback(parser)
