"""Parse feed bytes that the crawler fetched (never a URL) into entries."""

from __future__ import annotations

import calendar
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
from feedparser.encodings import convert_to_utf8

from pipelines.language import normalise_tag
from pipelines.sources.xmlguard import declares_entities


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



_CHARREF = rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));"
# A reference, and the one right after it when there is one (looked at, not consumed).
_CHARREFS = re.compile(_CHARREF + rb"(?:(?=" + _CHARREF + rb"))?")
_REPLACEMENT = b"&#xFFFD;"
# A cheap first look: references that may name a surrogate half (D800-DFFF) or a number past U+10FFFF.
_SUSPECT = re.compile(rb"&#(?:[xX]0*(?:[dD][89a-fA-F][0-9a-fA-F]{2}|[0-9a-fA-F]{6,})|0*(?:5[5-7][0-9]{3}|[0-9]{7,}));")


def _code(hex_digits: bytes | None, digits: bytes | None) -> int:
    """The code point a reference names; any number too long to be one is past Unicode."""
    text = (hex_digits or digits).lstrip(b"0") or b"0"
    if len(text) > 8:
        return 0x110000
    return int(text, 16) if hex_digits else int(text)


def safe_charrefs(document: bytes) -> bytes:
    """References to UTF-16 halves or past U+10FFFF, which make feedparser raise, made safe.

    A high half right before a low half is the character the pair encodes (how JavaScript-minded
    tools write an emoji); any other half, or a number past Unicode, is U+FFFD.
    """
    if not _SUSPECT.search(document):
        return document  # feeds written in numeric references (whole Arabic feeds) skip the slow pass
    swallow = -1  # where the low half of a pair just written starts

    def fix(match: re.Match) -> bytes:
        nonlocal swallow
        if match.start() == swallow:
            return b""
        code = _code(match[1], match[2])
        if 0xD800 <= code <= 0xDBFF and (match[3] or match[4]):
            low = _code(match[3], match[4])
            if 0xDC00 <= low <= 0xDFFF:
                swallow = match.end()
                return b"&#x%X;" % (0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return _REPLACEMENT
        return match[0]

    return _CHARREFS.sub(fix, document)


def _utf8_document(body: bytes, headers: dict) -> tuple[bytes, Exception | None]:
    """The document as feedparser decodes it (BOM, HTTP charset, XML declaration), in UTF-8."""
    result: dict = {}
    document = convert_to_utf8(headers, body, result)
    if not result.get("encoding"):  # no encoding fits: feedparser would read it as UTF-8 with replacements
        document = body.decode("utf-8", "replace").encode("utf-8")
    return document, result.get("bozo_exception")


def parse_feed(body: bytes, *, content_type: str | None = None, max_entries: int = 500) -> ParsedFeed:
    """Entries with a link, newest first as the feed gives them; a broken feed keeps what parsed. Never raises."""
    try:
        return _parse(body, content_type, max_entries)
    except Exception as exc:  # feedparser has raised on odd input: one bad feed must not take its source down
        return ParsedFeed((), error=f"unparsable feed: {type(exc).__name__}: {exc}"[:500])


def _parse(body: bytes, content_type: str | None, max_entries: int) -> ParsedFeed:
    headers = {"content-type": content_type} if content_type else {}
    document, encoding_problem = _utf8_document(body, headers)
    if declares_entities(document):
        # feedparser keeps "safe" internal entities and its loose parser expands them: refuse first.
        return ParsedFeed((), error="refused: the feed declares XML entities (DOCTYPE with ENTITY)")
    # Already UTF-8 with a declaration saying so: no headers, so feedparser does not decode it twice.
    # A stream, never bytes: feedparser opens bytes as a file name when such a file exists.
    parsed = feedparser.parse(io.BytesIO(safe_charrefs(document)), response_headers={}, sanitize_html=False,
                              resolve_relative_uris=False)
    feed_language = normalise_tag(parsed.feed.get("language"))
    entries = []
    for entry in parsed.entries[:max_entries]:
        link = entry.get("link") or next(
            (l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not link or not link.startswith(("http://", "https://")):
            continue
        entries.append(FeedEntry(
            url=link.strip(), title=entry.get("title"), summary=entry.get("summary"),
            published=_entry_time(entry), language=normalise_tag(entry.get("language")) or feed_language,
        ))
    error = None  # minor breakage with entries left is not an error: the entries are kept
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else encoding_problem
    if problem and not entries:
        error = f"malformed feed: {problem!s}"[:500]
    elif not parsed.get("version") and not entries:
        error = "not a feed: no RSS or Atom document found"
    ttl = parsed.feed.get("ttl")
    try:
        ttl_minutes = int(ttl) if ttl else None
    except ValueError:
        ttl_minutes = None
    return ParsedFeed(tuple(entries), feed_language, ttl_minutes, error)
