"""Parse feed bytes that the crawler fetched (never a URL) into entries."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None
    summary: str | None
    published: datetime | None
    language: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    entries: tuple[FeedEntry, ...]
    language: str | None = None
    ttl_minutes: int | None = None
    error: str | None = None  # set when the feed was malformed; entries hold what could be read


def _entry_time(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _lang(value: str | None) -> str | None:
    if not value:
        return None
    return value.strip().lower().replace("_", "-").split("-")[0][:2] or None


_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


def declares_entities(body: bytes) -> bool:
    """A prolog that declares entities: billion laughs or external entities, never needed by a real feed."""
    start = _FIRST_ELEMENT.search(body)
    prolog = body[: start.start()] if start else body
    return bool(_ENTITY.search(prolog))


def parse_feed(body: bytes, *, content_type: str | None = None, max_entries: int = 500) -> ParsedFeed:
    """Entries with a link, newest first as the feed gives them; a broken feed keeps what parsed."""
    if declares_entities(body):
        # feedparser keeps "safe" internal entities and its loose parser expands them: refuse first.
        return ParsedFeed((), error="refused: the feed declares XML entities (DOCTYPE with ENTITY)")
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    feed_language = _lang(parsed.feed.get("language"))
    entries = []
    for entry in parsed.entries[:max_entries]:
        link = entry.get("link") or next(
            (l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not link or not link.startswith(("http://", "https://")):
            continue
        entries.append(FeedEntry(
            url=link.strip(), title=entry.get("title"), summary=entry.get("summary"),
            published=_entry_time(entry), language=_lang(entry.get("language")) or feed_language,
        ))
    error = None  # minor breakage with entries left is not an error: the entries are kept
    if parsed.get("bozo") and not entries:
        error = f"malformed feed: {parsed.get('bozo_exception')!s}"[:500]
    elif not parsed.get("version") and not entries:
        error = "not a feed: no RSS or Atom document found"
    ttl = parsed.feed.get("ttl")
    try:
        ttl_minutes = int(ttl) if ttl else None
    except ValueError:
        ttl_minutes = None
    return ParsedFeed(tuple(entries), feed_language, ttl_minutes, error)
