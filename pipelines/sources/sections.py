"""Article links on a section page: plain functions, so sections can be tested without Scrapy."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urldefrag

import lxml.html
from lxml import etree

from pipelines.sources.feeds import FeedEntry


def section_entries(body: bytes | str, base_url: str, pattern: str, *, max_links: int = 50) -> tuple[FeedEntry, ...]:
    """Links whose absolute URL matches `pattern`, in page order, once each; the link text is the title."""
    if not body:
        return ()
    try:
        root = lxml.html.fromstring(body, parser=lxml.html.HTMLParser(no_network=True, huge_tree=False))
    except (etree.ParserError, ValueError):
        return ()
    wanted = re.compile(pattern)
    seen: set[str] = set()
    entries = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urldefrag(urljoin(base_url, href))[0]
        if not url.startswith(("http://", "https://")) or url in seen or not wanted.search(url):
            continue
        seen.add(url)
        title = " ".join(anchor.text_content().split()) or None
        entries.append(FeedEntry(url=url, title=title, summary=None, published=None))
        if len(entries) >= max_links:
            break
    return tuple(entries)


def utf8_text(body: bytes) -> str | None:
    """The body as UTF-8 when it is valid UTF-8: servers often declare a charset that lies."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def max_age_seconds(cache_control: str | None) -> int | None:
    """Cache-Control max-age (or s-maxage) in seconds; None when absent or unusable."""
    if not cache_control:
        return None
    found = re.search(r"(?:^|[,\s])(?:s-)?max-age\s*=\s*\"?(\d{1,9})", cache_control, re.IGNORECASE)
    return int(found.group(1)) if found else None
