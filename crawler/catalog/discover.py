"""Find a site's feeds and news sitemaps from its homepage, and write a config entry ready to paste.

Candidates come from <link rel="alternate">, common feed paths and robots.txt; each one is
fetched and parsed, so only URLs that answered with entries are proposed.
"""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.html
import pycountry

from crawler.catalog.check import REFUSED, WORKING, Check, Fetched, bot_wall, fetch, judge
from pipelines.sources.sitemaps import SITEMAP_URL_LIMIT, parse_sitemap
from pipelines.sources.feeds import parse_feed
from pipelines.language import normalise_tag
from pipelines.netguard import Policy

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
FEED_PATHS = ("feed", "rss", "rss.xml", "feed.xml", "atom.xml", "index.xml", "rss/")
NEWS_SITEMAP_PATHS = ("news-sitemap.xml", "sitemap_news.xml", "news_sitemap.xml", "sitemap-news.xml")
MAX_ROBOTS_SITEMAPS = 8
MAX_INDEX_CHILDREN = 4
# Country-code domains mostly sold as generic names: they say nothing about where an outlet is.
GENERIC_CCTLDS = {"tv", "io", "co", "me", "fm", "ai", "cc", "ws", "to", "ly", "gg", "la", "am", "im", "sh", "ac"}
SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "news", "info"}
LANGUAGE_LABELS = {"english": "en", "arabic": "ar", "persian": "fa", "farsi": "fa", "en": "en", "ar": "ar", "fa": "fa",
                   "ku": "ku", "tr": "tr", "he": "he", "fr": "fr"}


@dataclass(frozen=True)
class Found:
    """A feed or news sitemap that answered and parsed."""

    url: str
    via: str  # how it was found, for the comment in the entry
    items: int
    language: str | None = None
    news: bool = True


@dataclass(frozen=True)
class Discovery:
    homepage: str
    final_url: str
    status: int | None
    note: str | None
    site_name: str | None
    html_lang: str | None
    feeds: tuple[Found, ...]
    sitemaps: tuple[Found, ...]
    general_sitemaps: tuple[str, ...] = ()
    tried: tuple[Check, ...] = ()
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    channel: str | None = None  # a Telegram channel (t.me/NAME) whose preview showed messages
    channel_messages: int = 0

    @property
    def usable(self) -> bool:
        return bool(self.feeds or self.sitemaps or self.channel_messages)

    @property
    def language(self) -> str | None:
        """The page's declared language, else the feeds' most common one."""
        if self.html_lang:
            return self.html_lang
        languages = [f.language for f in self.feeds if f.language]
        return max(set(languages), key=languages.count) if languages else None



def _page_facts(fetched: Fetched) -> tuple[list[tuple[str, str]], str | None, str | None]:
    """Feed links (url, type), the declared language and the site's name, from the homepage HTML."""
    if not fetched.body.strip():
        return [], None, None
    try:
        doc = lxml.html.document_fromstring(fetched.body)
    except (ValueError, lxml.etree.ParserError):
        return [], None, None
    links = []
    for link in doc.iter("link"):
        rel = {token.lower() for token in (link.get("rel") or "").split()}
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        href = (link.get("href") or "").strip()
        absolute = urljoin(fetched.final_url, href) if href else ""
        if "alternate" in rel and kind in FEED_TYPES and absolute.startswith(("http://", "https://")):
            links.append((absolute, kind))
    language = normalise_tag(doc.get("lang") or doc.get("xml:lang"))
    if language is None:
        locale = doc.xpath("//meta[@property='og:locale']/@content")
        language = normalise_tag(locale[0]) if locale else None
    names = doc.xpath("//meta[@property='og:site_name']/@content") or doc.xpath("//title/text()")
    name = " ".join(names[0].split())[:80] if names else None
    return links, language, name or None


def _root(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def _path_candidates(homepage: str) -> list[str]:
    """Common feed paths at the site root and under the homepage's own folder (e.g. /english/)."""
    prefixes = [_root(homepage)]
    path = urlsplit(homepage).path or "/"
    last = path.rsplit("/", 1)[-1]
    folder = path.rsplit("/", 1)[0] + "/" if "." in last else path.rstrip("/") + "/"  # /english or /en/index.html
    if folder != "/":
        prefixes.append(urljoin(_root(homepage), folder))
    return [prefix + suffix for prefix in prefixes for suffix in FEED_PATHS]


def _robots_sitemaps(body: bytes) -> list[str]:
    text = body.decode("utf-8", "replace")
    return [line.split(":", 1)[1].strip() for line in text.splitlines()
            if line.strip().lower().startswith("sitemap:") and "://" in line]


def _dedupe(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(urls))


def discover(url: str, *, user_agent: str, timeout: float = 20.0, workers: int = 4,
             max_bytes: int = 10_000_000, allowed_networks: tuple[str, ...] = (),
             telegram_base_url: str = "https://t.me") -> Discovery:
    """Fetch the homepage, then every candidate feed and news sitemap, and keep what parses.

    Only the typed URL's origin is trusted: a link or redirect to another private address is refused.
    A t.me/NAME link is a Telegram channel: its public preview is read instead.
    """
    from pipelines.sources.telegram import channel_of

    if (urlsplit(url).hostname or "").lower() in ("t.me", "telegram.me") and channel_of(url):
        return discover_channel(channel_of(url), user_agent=user_agent, timeout=timeout, max_bytes=max_bytes,
                                allowed_networks=allowed_networks, base=telegram_base_url)
    policy = Policy.build([url], allowed_networks)
    get = lambda target: fetch(target, user_agent=user_agent, timeout=timeout, max_bytes=max_bytes,  # noqa: E731
                               policy=policy, source="discover")
    home = get(url)
    home_check = judge("discover", "homepage", home)
    base = home.final_url if home.status == 200 else url
    links, html_lang, site_name = _page_facts(home) if home.status == 200 and not bot_wall(home) else ([], None, None)
    link_urls = [u for u, _ in links]
    feed_candidates = _dedupe(link_urls + _path_candidates(base))
    root = _root(base)
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="discover") as pool:
        robots_future = pool.submit(get, root + "robots.txt")
        feed_fetches = list(pool.map(get, feed_candidates))
        robots = robots_future.result()
        listed = _robots_sitemaps(robots.body) if robots.status == 200 else []
        newsy = [u for u in listed if "news" in u.lower()]
        others = [u for u in listed if "news" not in u.lower()]
        sitemap_candidates = _dedupe(newsy[:MAX_ROBOTS_SITEMAPS] + [root + p for p in NEWS_SITEMAP_PATHS]
                                     + others[:max(0, MAX_ROBOTS_SITEMAPS - len(newsy))])
        sitemap_fetches = list(pool.map(get, sitemap_candidates))
        children = []
        for fetched in sitemap_fetches:
            info = parse_sitemap(fetched.body, max_entries=SITEMAP_URL_LIMIT) if fetched.status == 200 else None
            if info and info.kind == "sitemapindex":
                children += [u for u in info.locs if "news" in u.lower()][:MAX_INDEX_CHILDREN]
        children = [u for u in _dedupe(children) if u not in sitemap_candidates]
        sitemap_fetches += list(pool.map(get, children))
    tried = [home_check]
    feeds: list[Found] = []
    seen_finals: set[str] = set()
    seen_contents: set[tuple[str, ...]] = set()
    for candidate, fetched in zip(feed_candidates, feed_fetches):
        check = judge("discover", "feed", fetched)
        tried.append(check)
        if check.verdict not in WORKING:
            continue
        parsed = parse_feed(fetched.body, content_type=fetched.content_type)
        signature = tuple(entry.url for entry in parsed.entries[:20])
        if fetched.final_url in seen_finals or signature in seen_contents:
            continue  # the same feed under another path
        seen_finals.add(fetched.final_url)
        seen_contents.add(signature)
        via = "<link rel=alternate> on the homepage" if candidate in link_urls else "common feed path"
        feeds.append(Found(fetched.final_url, via, len(parsed.entries), parsed.language))
    sitemaps: list[Found] = []
    general: list[str] = []
    for fetched in sitemap_fetches:
        check = judge("discover", "sitemap", fetched)
        tried.append(check)
        if check.verdict not in WORKING:
            continue
        info = parse_sitemap(fetched.body, max_entries=SITEMAP_URL_LIMIT)
        if info.kind == "urlset" and info.news:
            via = "robots.txt" if fetched.url in listed else (
                "a sitemap index" if fetched.url in children else "common news-sitemap path")
            if fetched.final_url not in {s.url for s in sitemaps}:
                sitemaps.append(Found(fetched.final_url, via, len(info.locs)))
        elif fetched.final_url not in general:
            general.append(fetched.final_url)
    return Discovery(homepage=url, final_url=home.final_url, status=home.status,
                     note=None if home_check.verdict in WORKING else f"homepage {home_check.verdict}: "
                     f"{home_check.note or home.status}", site_name=site_name, html_lang=html_lang,
                     feeds=tuple(feeds), sitemaps=tuple(sitemaps), general_sitemaps=tuple(general),
                     tried=tuple(tried))


def discover_channel(channel: str, *, user_agent: str, timeout: float = 20.0, max_bytes: int = 10_000_000,
                     allowed_networks: tuple[str, ...] = (), base: str = "https://t.me") -> Discovery:
    """A Telegram channel's preview: its title, how many messages it shows, their language."""
    from pipelines.language import identify_language
    from pipelines.sources.telegram import parse_preview, preview_url

    url = preview_url(channel, base=base)
    fetched = fetch(url, user_agent=user_agent, timeout=timeout, max_bytes=max_bytes,
                    policy=Policy.build([url], allowed_networks), source="discover")
    check = judge("discover", "channel", fetched)
    page = parse_preview(fetched.body, channel) if check.verdict in WORKING else None
    # The channel's language is its messages' most common one (a flash may quote another language).
    languages = [identify_language(message.text) for message in (page.messages if page else ()) if message.text]
    language = max(set(languages) - {None}, key=languages.count, default=None)
    note = None if check.verdict in WORKING else f"preview {check.verdict}: {check.note or fetched.status}"
    return Discovery(homepage=f"https://t.me/{channel}", final_url=f"https://t.me/{channel}", status=fetched.status,
                     note=note,
                     site_name=page.title if page else None, html_lang=language,
                     feeds=(), sitemaps=(), tried=(check,), channel=channel,
                     channel_messages=len(page.messages) if page else 0)


def _channel_entry(found: Discovery) -> str:
    day = found.checked_at.strftime("%Y-%m-%d")
    lines = [f"  # found by `basewatch sources discover t.me/{found.channel}` on {day}: its public preview showed "
             f"{found.channel_messages} messages; check name, country and kind"]
    if found.note:
        lines.append(f"  # {found.note}")
    slug = re.sub(r"[^a-z0-9]+", "-", found.channel.lower()).strip("-")
    lines += [f"  - id: {slug}-tg",
              f"    name: {_q((found.site_name or found.channel) + ' (Telegram)')}",
              f"    homepage: {_q(found.homepage)}",
              "    country: XX  # TODO: the outlet's country (ISO 3166 alpha-2, or INT)",
              f"    language: {found.language}  # from its messages" if found.language else
              "    language: xx  # TODO: the channel's language (ISO 639-1)",
              "    kind: regional  # TODO: regional | wire | state | partisan | defense | monitor"]
    if not found.channel_messages:
        lines += ["    enabled: false",
                  f"    disabled_reason: {_q('its preview showed no messages on ' + day)}"]
    lines.append(f"    channel: {found.channel}")
    return "\n".join(lines) + "\n"


def guess_id(url: str) -> str:
    """A slug from the domain, with a language suffix for en./english. subdomains or /ar/-style paths."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not host or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return "new-source"  # an IP address says nothing about the outlet
    labels = [label for label in host.split(".") if label and label != "www"]
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    name = labels[-1] if labels else "source"
    language = next((LANGUAGE_LABELS[label] for label in labels[:-1] if label in LANGUAGE_LABELS), None)
    first_segment = parts.path.strip("/").split("/")[0].lower()
    language = language or LANGUAGE_LABELS.get(first_segment)
    slug = re.sub(r"[^a-z0-9]+", "-", name).strip("-") or "source"
    return f"{slug}-{language}" if language else slug


def guess_country(url: str) -> str | None:
    """ISO country from a country-code domain (.iq, .com.tr, .co.il, .uk), None for generic ones."""
    tld = (urlsplit(url).hostname or "").rsplit(".", 1)[-1].lower()
    if tld == "uk":
        return "GB"
    if len(tld) != 2 or tld in GENERIC_CCTLDS:
        return None
    country = pycountry.countries.get(alpha_2=tld.upper())
    return country.alpha_2 if country else None


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def config_entry(found: Discovery) -> str:
    """A sources.yaml entry (indented for the `sources:` list) with comments saying how each URL was found."""
    if found.channel:
        return _channel_entry(found)
    day = found.checked_at.strftime("%Y-%m-%d")
    homepage = found.final_url if found.status == 200 else found.homepage
    language = found.language
    country = guess_country(homepage)
    lines = [f"  # found by `basewatch sources discover {found.homepage}` on {day}; check name, country and kind"]
    if found.note:
        lines.append(f"  # {found.note}")
    for check in found.tried:
        if check.verdict == REFUSED:
            lines.append(f"  # refused, not fetched: {check.final_url or check.url} ({check.note})")
    host = urlsplit(homepage).hostname or homepage
    lines += [f"  - id: {guess_id(homepage)}",
              f"    name: {_q(found.site_name or host)}",
              f"    homepage: {_q(homepage)}"]
    if country:
        lines.append(f"    country: {country}  # TODO: guessed from the .{host.rsplit('.', 1)[-1]} domain; check")
    else:
        lines.append("    country: XX  # TODO: the outlet's country (ISO 3166 alpha-2, or INT)")
    if language:
        lines.append(f"    language: {language}  # from the page")
    else:
        lines.append("    language: xx  # TODO: not declared by the page (ISO 639-1)")
    lines.append("    kind: regional  # TODO: regional | wire | state | partisan | defense | monitor")
    if not found.feeds and not found.sitemaps:
        lines += ["    enabled: false",
                  f"    disabled_reason: {_q('discover found no feed or news sitemap on ' + day)}"]
    lines.append("    feeds:" if found.feeds else "    feeds: []")
    for feed in found.feeds:
        lines.append(f"      # via {feed.via}; {feed.items} entries on {day}")
        lines.append(f"      - url: {_q(feed.url)}")
        if feed.language and language and feed.language != language:
            lines.append(f"        language: {feed.language}")
    lines.append("    sitemaps:" if found.sitemaps else "    sitemaps: []")
    for sitemap in found.sitemaps:
        lines.append(f"      # news sitemap via {sitemap.via}; {sitemap.items} URLs on {day}")
        lines.append(f"      - url: {_q(sitemap.url)}")
    for url in found.general_sitemaps:
        lines.append(f"    # not a news sitemap (not polled): {url}")
    return "\n".join(lines) + "\n"
