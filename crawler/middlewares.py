"""Downloader middlewares for politeness: Retry-After per host, and robots.txt that fails closed."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from scrapy import signals
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


MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309: parse at least the first 500 KiB
FORGET_ROBOTS_AFTER = timedelta(days=30)  # rows of hosts no longer polled are dropped


def _settles_rules(status: int) -> bool:
    """Answers worth keeping: 2xx (the rules) and 4xx (no rules: allow all), except 429 (asked to wait)."""
    return 200 <= status < 300 or (400 <= status < 500 and status != 429)


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt handling, except that a 5xx or unreachable robots.txt means disallow,
    a 4xx means allow all (RFC 9309), and a robots.txt that settled the rules is reused across
    cycles for ROBOTSTXT_CACHE_SECONDS (at most 24 h) from the `robots_txt` table.

    5xx and unreachable answers are never cached: the next cycle asks again, and disallows again.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.cache_seconds = min(settings.getint("ROBOTSTXT_CACHE_SECONDS", 86400), 86400)
        self.database_url = settings.get("BASEWATCH_DATABASE_URL") if self.cache_seconds > 0 else None
        self._cached: dict[str, tuple[int, bytes]] = {}  # origin -> (status, body), fresh at spider open
        self._origins: dict[str, str] = {}  # netloc -> origin of the robots.txt asked for this cycle
        self._fetched: dict[str, tuple[int, bytes, datetime]] = {}  # to store at the end of the cycle
        if self.database_url:
            crawler.signals.connect(self._load_cache, signal=signals.spider_opened)
            crawler.signals.connect(self._save_cache, signal=signals.spider_closed)

    def _engine(self):
        from pipelines.store import models as store

        return store.open_engine(self.database_url, create=False)

    def _load_cache(self, spider=None) -> None:
        """One query at spider open: every robots.txt fetched recently enough."""
        from sqlalchemy import select

        from pipelines.store import models as store

        fresh_since = datetime.now(UTC) - timedelta(seconds=self.cache_seconds)
        engine = self._engine()
        try:
            with engine.connect() as conn:
                rows = conn.execute(select(store.RobotsTxt.origin, store.RobotsTxt.status, store.RobotsTxt.body)
                                    .where(store.RobotsTxt.fetched_at > fresh_since))
                self._cached = {origin: (status, bytes(body or b"")) for origin, status, body in rows}
        except Exception:  # no cache is slower, never wrong
            log.exception("robots.txt cache not read; every host's robots.txt is fetched")
            self._cached = {}
        finally:
            engine.dispose()

    def _save_cache(self, spider=None, reason=None) -> None:
        """One transaction at the end of the cycle (a killed cycle only means fetching them again)."""
        if not self._fetched:
            return
        from sqlalchemy import delete

        from pipelines.store import models as store

        engine = self._engine()
        try:
            with store.session_factory(engine).begin() as session:
                origins = list(self._fetched)
                for start in range(0, len(origins), 500):
                    session.execute(delete(store.RobotsTxt).where(store.RobotsTxt.origin.in_(origins[start:start + 500])))
                session.execute(delete(store.RobotsTxt).where(
                    store.RobotsTxt.fetched_at < datetime.now(UTC) - FORGET_ROBOTS_AFTER))
                session.add_all(store.RobotsTxt(origin=origin, status=status, body=body, fetched_at=at)
                                for origin, (status, body, at) in self._fetched.items())
            self.crawler.stats.set_value("robotstxt/cache_stored", len(self._fetched))
        except Exception:  # e.g. another node stored the same host at the same moment
            log.warning("robots.txt cache not stored", exc_info=True)
        finally:
            engine.dispose()

    def _parser_for(self, status: int, body: bytes):
        return self._parserimpl.from_crawler(self.crawler, body if 200 <= status < 300 else b"")

    def robot_parser(self, request, spider):
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            origin = f"{url.scheme}://{netloc}"
            cached = self._cached.get(origin)
            if cached is not None:
                self.crawler.stats.inc_value("robotstxt/cache_hit")
                self._parsers[netloc] = self._parser_for(*cached)
            else:
                self._origins[netloc] = origin
        return super().robot_parser(request, spider)

    def process_request_2(self, rp, request, spider):
        if isinstance(rp, _DisallowAll):
            self.crawler.stats.inc_value("robotstxt/forbidden_unavailable")
            raise IgnoreRequest(f"robots.txt unavailable ({rp.reason}): treated as disallow")
        return super().process_request_2(rp, request, spider)

    def _parse_robots(self, response, netloc, spider):
        if response.status >= 500:
            self.crawler.stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            self._settle(netloc, _DisallowAll(f"HTTP {response.status}"))
            return None
        if not _settles_rules(response.status):  # 429, or redirects that never ended: as Scrapy does
            return super()._parse_robots(response, netloc, spider)
        self.crawler.stats.inc_value("robotstxt/response_count")
        self.crawler.stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        body = response.body[:MAX_ROBOTS_BYTES] if 200 <= response.status < 300 else b""
        origin = self._origins.get(netloc)
        if origin is not None and self.database_url:
            self._fetched[origin] = (response.status, body, datetime.now(UTC))
        self._settle(netloc, self._parser_for(response.status, body))
        return None

    def _logerror(self, failure, request, spider):
        """One line, no traceback: with the network down every host's robots.txt fails the same way."""
        if failure.type is not IgnoreRequest:
            log.warning("robots.txt %s unreachable, treated as disallow: %s", request.url, failure.value)
        return failure

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
