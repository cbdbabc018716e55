"""Fetch each source's feeds, news sitemaps, section pages and homepage once and say which answer, move, are blocked or parse.

For operators with internet access: the catalog cannot be verified from the build machines.
Plain `urllib.request` in a thread pool (no extra dependency); every request has a time bound,
and a bad site becomes a verdict, never an exception.
"""

from __future__ import annotations

import http.client
import logging
import os
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urljoin, urlsplit


from pipelines.sources.sections import section_entries
from pipelines.sources.sitemaps import SITEMAP_URL_LIMIT, parse_sitemap
from pipelines import netguard
from pipelines.config_models import DEFAULT_CONFIG_DIR, CrawlSettings, SourceConfig
from pipelines.config import load_settings
from pipelines.sources.feeds import parse_feed
from pipelines.netguard import UNRESOLVABLE, Policy, Refusal

log = logging.getLogger(__name__)

Kind = Literal["feed", "sitemap", "section", "channel", "homepage"]

ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
          "text/html;q=0.8, */*;q=0.5")
BLOCKED_STATUSES = {401, 403, 429, 451}
PERMANENT = {301, 308}
MAX_REDIRECTS = 5

# Verdicts, in the order an operator should care about them.
OK, MOVED, REDIRECTED = "ok", "moved", "redirected"
BLOCKED, NOT_FOUND, NOT_A_FEED, ERROR, UNREACHABLE = "blocked", "not_found", "not_a_feed", "error", "unreachable"
REFUSED = "refused"  # a private address outside the source's own origin: never fetched
WORKING = {OK, MOVED, REDIRECTED}


@dataclass(frozen=True)
class Fetched:
    """One GET, with every redirect hop, as far as it got."""

    url: str
    final_url: str
    status: int | None = None
    hops: tuple[tuple[int, str], ...] = ()  # (status, location) of each redirect
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-cased names
    body: bytes = b""
    error: str | None = None
    truncated: bool = False
    seconds: float = 0.0
    refused: str | None = None  # why final_url was not fetched (a private address, ...)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def permanently_moved(self) -> bool:
        """Every hop permanent: the config should say the final URL."""
        return bool(self.hops) and all(status in PERMANENT for status, _ in self.hops)


class _Refused(Exception):
    """A redirect hop the address policy refused."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal


class _RecordingRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects but remember each hop, so moves can be reported; each hop must pass the policy."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, policy: Policy) -> None:
        self.hops: list[tuple[int, str]] = []
        self.policy = policy

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.hops.append((code, newurl))
        refusal = self.policy.check(newurl)
        if refusal is not None:
            fp.close()
            raise _Refused(refusal)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _CheckedHTTPConnection(http.client.HTTPConnection):
    """Connects to the addresses the policy saw (netguard's cache), never to a fresh DNS answer (rebinding)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = netguard.connect


class _CheckedHTTPSConnection(http.client.HTTPSConnection):
    """The same for HTTPS; the certificate is still checked against the host name."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = netguard.connect


class _CheckedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_CheckedHTTPConnection, req)


class _CheckedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_CheckedHTTPSConnection, req, context=self._context)


def _opener(redirects: _RecordingRedirects) -> urllib.request.OpenerDirector:
    """HTTP(S) only (no file:, ftp: or data: handlers, even after a redirect); proxies from the environment."""
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), _CheckedHTTPHandler(), _CheckedHTTPSHandler(),
                    urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor(), redirects):
        opener.add_handler(handler)
    return opener


def _decompress(body: bytes, encoding: str | None, max_bytes: int) -> bytes:
    """Gzip or deflate bodies (Content-Encoding or a .gz sitemap), never past max_bytes."""
    if body[:2] == b"\x1f\x8b" or (encoding or "").lower() in ("gzip", "x-gzip"):
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif (encoding or "").lower() == "deflate":
        decoder = zlib.decompressobj()
    else:
        return body
    try:
        return decoder.decompress(body, max_bytes)
    except zlib.error:
        return body


def _read(response, deadline: float, max_bytes: int) -> tuple[bytes, bool]:
    """The body, checking the deadline between socket reads (read1), so a trickling server cannot hold us."""
    read = getattr(response, "read1", response.read)
    chunks, size = [], 0
    while size < max_bytes:
        if time.monotonic() > deadline:
            raise TimeoutError("body took longer than the time limit")
        chunk = read(min(65536, max_bytes - size))
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks), bool(read(1))


def fetch(url: str, *, user_agent: str, timeout: float = 20.0, max_bytes: int = 10_000_000,
          policy: Policy | None = None, source: str = "-") -> Fetched:
    """GET a URL once; never raises for anything the site or the network does.

    `policy` says which private addresses it may reach (default: only the URL's own origin); a refused
    URL or redirect hop is logged with `source` and not fetched.
    """
    started = time.monotonic()
    deadline = started + timeout
    policy = policy if policy is not None else Policy.build([url])
    redirects = _RecordingRedirects(policy)
    opener = _opener(redirects)
    request = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept": ACCEPT,
                                                   "Accept-Encoding": "gzip"})

    def done(**fields) -> Fetched:
        return Fetched(url=url, final_url=fields.pop("final_url", url), hops=tuple(redirects.hops),
                       seconds=round(time.monotonic() - started, 3), **fields)

    def refused(refusal: Refusal) -> Fetched:
        if refusal.kind == UNRESOLVABLE:  # nothing to guard: the fetch itself would have failed
            return done(final_url=refusal.url, error=f"unreachable: {refusal}")
        log.warning("source %s: refused %s (%s)", source, refusal.url, refusal)
        return done(final_url=refusal.url, refused=str(refusal), error=f"refused: {refusal}")

    if urlsplit(url).scheme not in ("http", "https"):
        return done(error="unreachable: not an http(s) URL")
    refusal = policy.check(url)
    if refusal is not None:
        return refused(refusal)
    try:
        response = opener.open(request, timeout=timeout)
    except _Refused as exc:
        return refused(exc.refusal)
    except urllib.error.HTTPError as exc:  # a status the site chose: keep it and a bit of the body
        headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
        try:
            body, truncated = _read(exc, deadline, min(max_bytes, 256_000))
        except Exception:
            body, truncated = b"", False
        body = _decompress(body, headers.get("content-encoding"), max_bytes)
        error = None
        if 300 <= exc.code < 400:  # the redirect handler gave up on this one
            location = headers.get("location", "")
            error = (f"redirect to a non-http(s) URL not followed: {location}"[:300]
                     if location and urlsplit(urljoin(exc.geturl() or url, location)).scheme not in ("http", "https")
                     else "redirect loop or too many redirects")
        return done(final_url=exc.geturl() or url, status=exc.code, headers=headers, body=body, truncated=truncated,
                    error=error)
    except (TimeoutError, socket.timeout):
        return done(error=f"timed out after {timeout:g}s")
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            return done(error=f"timed out after {timeout:g}s")
        if isinstance(reason, ssl.SSLError):
            return done(error=f"TLS error: {reason}")
        return done(error=f"unreachable: {reason}")
    except Exception as exc:  # bad URL, protocol error, redirect loop...
        return done(error=f"{type(exc).__name__}: {exc}"[:300])
    with response:
        headers = {k.lower(): v for k, v in response.headers.items()}
        try:
            body, truncated = _read(response, deadline, max_bytes)
        except (TimeoutError, socket.timeout):
            return done(final_url=response.geturl(), status=response.status, headers=headers,
                        error=f"timed out after {timeout:g}s while reading")
        except Exception as exc:
            return done(final_url=response.geturl(), status=response.status, headers=headers,
                        error=f"{type(exc).__name__}: {exc}"[:300])
    body = _decompress(body, headers.get("content-encoding"), max_bytes)
    return done(final_url=response.geturl(), status=response.status, headers=headers, body=body,
                truncated=truncated)


# What challenge and block pages say about themselves, lower-cased.
_WALLS = (
    ("cf-mitigated", "Cloudflare challenge"),
    ("<title>just a moment", "Cloudflare challenge"),
    ("challenge-platform", "Cloudflare challenge"),
    ("cf-browser-verification", "Cloudflare challenge"),
    ("attention required! | cloudflare", "Cloudflare block"),
    ("_incapsula_resource", "Imperva/Incapsula"),
    ("incapsula incident", "Imperva/Incapsula"),
    ("ddos-guard", "DDoS-Guard"),
    ("sucuri website firewall", "Sucuri firewall"),
    ("the requested url was rejected", "F5 firewall"),
    ("you don't have permission to access", "Akamai (access denied)"),
    ("px-captcha", "PerimeterX captcha"),
    ("captcha-delivery.com", "DataDome captcha"),
    ("g-recaptcha", "captcha page"),
    ("h-captcha", "captcha page"),
)


def bot_wall(fetched: Fetched) -> str | None:
    """Name the bot protection a response shows, if any (header or challenge page)."""
    if fetched.headers.get("cf-mitigated"):
        return "Cloudflare challenge"
    server = fetched.headers.get("server", "").lower()
    if fetched.status in BLOCKED_STATUSES | {503} and "cloudflare" in server:
        return "Cloudflare"
    head = fetched.body[:65536].decode("utf-8", "replace").lower()
    if "<html" not in head and "<!doctype" not in head:
        return None
    return next((name for marker, name in _WALLS if marker in head), None)


@dataclass(frozen=True)
class Check:
    """The outcome for one URL of one source."""

    source_id: str
    kind: Kind
    url: str
    verdict: str
    status: int | None = None
    final_url: str | None = None  # set when redirects led elsewhere
    items: int | None = None  # feed entries or sitemap URLs
    note: str | None = None
    seconds: float = 0.0


def _moved(fetched: Fetched) -> tuple[str, str | None]:
    if fetched.final_url == fetched.url or not fetched.hops:
        return OK, None
    return (MOVED if fetched.permanently_moved else REDIRECTED), fetched.final_url


def judge(source_id: str, kind: Kind, fetched: Fetched, *, article_pattern: str | None = None) -> Check:
    """Turn one fetch into a verdict an operator can act on."""
    base = dict(source_id=source_id, kind=kind, url=fetched.url, status=fetched.status, seconds=fetched.seconds)
    final = fetched.final_url if fetched.final_url != fetched.url else None
    if fetched.refused:
        return Check(**{**base, "status": None}, verdict=REFUSED, final_url=final,
                     note=f"{fetched.refused}, outside the source's own origin (crawl.allow_private_networks)")
    if fetched.status is None:
        return Check(**base, verdict=UNREACHABLE, note=fetched.error)
    wall = bot_wall(fetched)
    if fetched.status in BLOCKED_STATUSES or (wall and fetched.status != 200):
        return Check(**base, verdict=BLOCKED, final_url=final, note=wall or f"HTTP {fetched.status}")
    if fetched.status in (404, 410):
        return Check(**base, verdict=NOT_FOUND, final_url=final)
    if fetched.status != 200:
        return Check(**base, verdict=ERROR, final_url=final, note=fetched.error or f"HTTP {fetched.status}")
    if fetched.error:
        return Check(**base, verdict=ERROR, final_url=final, note=fetched.error)
    verdict, final = _moved(fetched)
    truncated = "; body cut at the size limit" if fetched.truncated else ""
    if kind == "feed":
        parsed = parse_feed(fetched.body, content_type=fetched.content_type, max_entries=100_000)
        if parsed.entries:
            language = f"language {parsed.language}" if parsed.language else "no language stated"
            return Check(**base, verdict=verdict, final_url=final, items=len(parsed.entries),
                         note=language + truncated)
        looks_html = b"<html" in fetched.body[:4096].lower()
        note = wall or ("an HTML page, not a feed" if looks_html else parsed.error or "feed has no entries")
        return Check(**base, verdict=BLOCKED if wall else NOT_A_FEED, final_url=final, items=0, note=note)
    if kind == "sitemap":
        info = parse_sitemap(fetched.body, max_entries=SITEMAP_URL_LIMIT)
        if info.kind is None or not info.locs:
            note = wall or info.error or f"empty {info.kind}"
            return Check(**base, verdict=BLOCKED if wall else NOT_A_FEED, final_url=final, items=0, note=note)
        if info.kind == "sitemapindex":
            note = f"sitemap index of {len(info.locs)} sitemaps"
        else:
            note = "news sitemap" if info.news else "no news: namespace (general sitemap?)"
        return Check(**base, verdict=verdict, final_url=final, items=len(info.locs), note=note + truncated)
    if wall:
        return Check(**base, verdict=BLOCKED, final_url=final, note=wall)
    if kind == "channel":
        return _judge_channel(base, fetched, verdict, final)
    if kind == "section":
        links = section_entries(fetched.body, fetched.final_url, article_pattern or ".", max_links=100_000)
        if not links:
            return Check(**base, verdict=NOT_A_FEED, final_url=final, items=0, note="no link matches article_pattern")
        return Check(**base, verdict=verdict, final_url=final, items=len(links), note="article links")
    return Check(**base, verdict=verdict, final_url=final, note=fetched.content_type)


def _judge_channel(base: dict, fetched: Fetched, verdict: str, final: str | None) -> Check:
    """A Telegram preview (.../s/NAME): its messages counted, its newest message's time noted."""
    from pipelines.sources.telegram import parse_preview

    channel = urlsplit(fetched.url).path.rstrip("/").rsplit("/", 1)[-1]
    page = parse_preview(fetched.body, channel)
    if page.error or not page.messages:
        note = page.error or "the preview shows no messages (a private channel, or one that never posted)"
        return Check(**base, verdict=NOT_A_FEED, final_url=final, items=0, note=note)
    dates = [message.published for message in page.messages if message.published]
    newest = f"newest message {max(dates):%Y-%m-%d %H:%M} UTC" if dates else "no message dates"
    return Check(**base, verdict=verdict, final_url=final, items=len(page.messages),
                 note=f"{page.title or channel}: {newest}")


@dataclass(frozen=True)
class SourceReport:
    source_id: str
    enabled: bool
    checks: tuple[Check, ...]

    @property
    def usable(self) -> bool:
        """At least one feed, sitemap or section page answered and parsed: the source can be polled."""
        return any(c.kind != "homepage" and c.verdict in WORKING for c in self.checks)


def _targets(source: SourceConfig, telegram_base_url: str = "https://t.me") -> list[tuple[Kind, str, str | None]]:
    """(kind, url, article pattern) for everything a source polls, then its homepage."""
    from pipelines.sources.telegram import preview_url

    targets: list[tuple[Kind, str, str | None]] = [("feed", f.url, None) for f in source.feeds]
    targets += [("sitemap", s.url, None) for s in source.sitemaps]
    targets += [("section", s.url, s.article_pattern) for s in source.sections]
    if source.channel:
        targets.append(("channel", preview_url(source.channel, base=telegram_base_url), None))
    if source.homepage:
        targets.append(("homepage", source.homepage, None))
    return targets


class _HostLimit:
    """At most `per_host` requests in flight to one host: politeness even when checking many sources."""

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self._lock = threading.Lock()
        self._semaphores: dict[str, threading.BoundedSemaphore] = {}

    def __call__(self, url: str) -> threading.BoundedSemaphore:
        host = urlsplit(url).hostname or ""
        with self._lock:
            return self._semaphores.setdefault(host, threading.BoundedSemaphore(self.per_host))


def check_url(source_id: str, kind: Kind, url: str, *, user_agent: str, timeout: float = 20.0,
              max_bytes: int = 10_000_000, article_pattern: str | None = None, policy: Policy | None = None) -> Check:
    """Fetch and judge one URL; any surprise becomes an `error` verdict."""
    try:
        fetched = fetch(url, user_agent=user_agent, timeout=timeout, max_bytes=max_bytes, policy=policy,
                        source=source_id)
        return judge(source_id, kind, fetched, article_pattern=article_pattern)
    except Exception as exc:  # a bug or a parser blow-up must not stop the other checks
        return Check(source_id=source_id, kind=kind, url=url, verdict=ERROR, note=f"{type(exc).__name__}: {exc}"[:300])


def check_sources(sources: Iterable[SourceConfig], *, user_agent: str, timeout: float = 20.0, workers: int = 8,
                  per_host: int = 2, max_bytes: int = 10_000_000, allowed_networks: Iterable[str] = (),
                  telegram_base_url: str = "https://t.me") -> list[SourceReport]:
    """Every source's URLs, fetched concurrently, reported in config order.

    Each source may reach its own origins and the allowed networks; other private addresses are refused.
    """
    sources = list(sources)
    limit = _HostLimit(per_host)

    def one(source_id: str, policy: Policy, kind: Kind, url: str, pattern: str | None) -> Check:
        with limit(url):
            return check_url(source_id, kind, url, user_agent=user_agent, timeout=timeout, max_bytes=max_bytes,
                             article_pattern=pattern, policy=policy)

    policies = [Policy.for_source(s, allowed_networks) for s in sources]
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="source-check") as pool:
        futures = [[pool.submit(one, s.id, policy, *target) for target in _targets(s, telegram_base_url)]
                   for s, policy in zip(sources, policies)]
        return [SourceReport(s.id, s.enabled, tuple(f.result() for f in fs)) for s, fs in zip(sources, futures)]


def crawl_settings(config_dir: str | Path | None) -> CrawlSettings:
    """The crawl settings (User-Agent, limits) without needing the rest of the config to be valid."""
    base = Path(config_dir or os.environ.get("BASEWATCH_CONFIG") or DEFAULT_CONFIG_DIR)
    return load_settings(base / "settings.yaml").crawl


def reports_json(reports: Iterable[SourceReport]) -> list[dict]:
    """Plain data for --json: one object per source with its checks."""
    return [{"source_id": r.source_id, "enabled": r.enabled, "usable": r.usable,
             "checks": [asdict(c) for c in r.checks]} for r in reports]


_STYLES = {OK: "green", MOVED: "yellow", REDIRECTED: "yellow", BLOCKED: "red", NOT_FOUND: "red",
           NOT_A_FEED: "red", ERROR: "red", UNREACHABLE: "red", REFUSED: "red"}


def print_reports(reports: list[SourceReport], console=None) -> None:
    """A rich table, one row per URL, and a one-line summary."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = console or Console()
    table = Table(title=f"{len(reports)} sources checked")
    for column in ("source", "what", "url", "verdict", "HTTP", "items", "final URL / note"):
        table.add_column(column, overflow="fold")
    for report in reports:
        name = report.source_id + ("" if report.enabled else " (disabled)")
        for index, check in enumerate(report.checks):
            detail = " ".join(part for part in (check.final_url and f"-> {check.final_url}", check.note) if part)
            table.add_row(name if index == 0 else "", check.kind, escape(check.url),
                          f"[{_STYLES.get(check.verdict, 'white')}]{check.verdict}[/]",
                          str(check.status or "-"), "-" if check.items is None else str(check.items), escape(detail))
        if not report.checks:
            table.add_row(name, "-", "-", "[red]nothing to check[/]", "-", "-", "no feeds, sitemaps or homepage")
    console.print(table)
    usable = sum(r.usable for r in reports)
    moved = sum(c.verdict == MOVED for r in reports for c in r.checks)
    blocked = sum(c.verdict == BLOCKED for r in reports for c in r.checks)
    console.print(f"{usable} of {len(reports)} sources have a working feed or sitemap; "
                  f"{moved} URL(s) moved permanently (update the config), {blocked} blocked.")
