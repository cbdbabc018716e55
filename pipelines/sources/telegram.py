"""Read a public Telegram channel's web preview (t.me/s/NAME) into messages; plain functions over lxml.

The preview is the channel's public page: plain HTML, no account and no API key. It shows the
latest messages (about twenty a page) and pages through older (`?before=ID`) and newer
(`?after=ID`) ones. It never shows private channels, and a deleted message is simply absent.
Everything here treats the page as untrusted: a page that cannot be read gives an error, never
an exception, and only messages of the channel asked for are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import parse_qs, quote, urlsplit

from pipelines.records import Extracted

DEFAULT_BASE_URL = "https://t.me"
CANONICAL_BASE = "https://t.me"  # message URLs stay Telegram's own, whatever host served the preview
MAX_PAGE_BYTES = 5_000_000
MAX_MESSAGE_CHARS = 20_000
CHANNEL_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")  # Telegram's public username rule
_VIEWS = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*([KkMm]?)\s*$")
_BLOCK_TAGS = frozenset({"p", "div", "blockquote", "pre", "li"})


@dataclass(frozen=True)
class Message:
    """One channel message as the preview shows it."""

    channel: str
    id: int
    url: str  # https://t.me/NAME/ID
    text: str  # the message or its media caption, line breaks kept, links as "words (URL)"
    published: datetime | None = None  # UTC
    views: int | None = None
    forwarded_from: str | None = None  # the original channel's name (or the hidden author's)
    forwarded_url: str | None = None  # the original post, when the forward links to it
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class PreviewPage:
    title: str | None = None  # the channel's display name
    messages: tuple[Message, ...] = ()
    before: int | None = None  # older messages: ?before=ID
    after: int | None = None  # newer messages: ?after=ID
    error: str | None = None


def valid_channel(name: str) -> bool:
    return bool(CHANNEL_NAME.match(name or ""))


def preview_url(channel: str, *, base: str = DEFAULT_BASE_URL, after: int | None = None) -> str:
    """The preview page of a channel, or of its messages after `after`."""
    url = f"{base.rstrip('/')}/s/{quote(channel)}"
    return f"{url}?after={after}" if after is not None else url


def message_url(channel: str, message_id: int) -> str:
    return f"{CANONICAL_BASE}/{channel}/{message_id}"


def channel_of(value: str) -> str | None:
    """The channel name in 'NAME', '@NAME', 't.me/NAME', 't.me/s/NAME' or a message URL; None if none."""
    value = (value or "").strip()
    if "/" not in value:
        name = value.lstrip("@")
        return name if valid_channel(name) else None
    if "://" not in value:
        value = "https://" + value
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if (parts.hostname or "").lower() not in ("t.me", "telegram.me", "www.t.me"):
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if segments and segments[0] == "s":
        segments = segments[1:]
    return segments[0] if segments and valid_channel(segments[0]) else None


def parse_views(value: str | None) -> int | None:
    """'987', '1.2K', '3M' -> a count; None when there is none or it is not a count."""
    match = _VIEWS.match(value or "")
    if not match:
        return None
    number = float(match.group(1).replace(",", "."))
    return int(round(number * {"": 1, "k": 1_000, "m": 1_000_000}[match.group(2).lower()]))


def _time(value: str | None) -> datetime | None:
    try:
        moment = datetime.fromisoformat((value or "").strip())
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def _first(element, css_class: str, *, skip: str | None = None):
    """The first descendant with that class, outside any descendant with class `skip` (a quoted reply)."""
    for found in element.iterdescendants():
        if not isinstance(found.tag, str) or css_class not in _classes(found):
            continue
        if skip and _inside(found, element, skip):
            continue
        return found
    return None


def _inside(found, element, css_class: str) -> bool:
    for parent in found.iterancestors():
        if parent is element:
            return False
        if css_class in _classes(parent):
            return True
    return False


def _words(element) -> str:
    return " ".join(element.text_content().split()) if element is not None else ""


def message_text(element) -> tuple[str, tuple[str, ...]]:
    """Text of a message body with its line breaks, and its links (kept in the text as 'words (URL)')."""
    parts: list[str] = []
    links: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag in ("script", "style"):
            pass
        else:
            if tag in _BLOCK_TAGS and parts and not parts[-1].endswith("\n"):
                parts.append("\n")
            if node.text and tag:
                parts.append(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    parts.append(child.tail)
            href = node.get("href") if tag == "a" else None
            if href and href.startswith(("http://", "https://")):
                links.append(href)
                shown = " ".join(node.text_content().split())
                if shown and shown.rstrip("/") != href.rstrip("/") and "…" not in shown and "/" not in shown:
                    parts.append(f" ({href})")
            if tag in _BLOCK_TAGS:
                parts.append("\n")

    walk(element)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text[:MAX_MESSAGE_CHARS], tuple(dict.fromkeys(links))


def _page_number(href: str | None, key: str) -> int | None:
    if not href:
        return None
    try:
        values = parse_qs(urlsplit(href).query).get(key) or []
        return int(values[0]) if values and values[0].isdigit() else None
    except ValueError:
        return None


def _message(block, channel: str) -> Message | None:
    post = (block.get("data-post") or "").strip()
    name, _, number = post.partition("/")
    if name.lower() != channel.lower() or not number.isdigit():
        return None  # another channel's block (or none): a page speaks only for its own channel
    message_id = int(number)
    body = _first(block, "tgme_widget_message_text", skip="tgme_widget_message_reply")
    text, links = message_text(body) if body is not None else ("", ())
    date = _first(block, "tgme_widget_message_date")
    stamp = next((node for node in date.iter("time")), None) if date is not None else None
    views = _first(block, "tgme_widget_message_views")
    forwarded = _first(block, "tgme_widget_message_forwarded_from_name")
    forwarded_url = forwarded.get("href") if forwarded is not None else None
    return Message(channel=channel, id=message_id, url=message_url(channel, message_id), text=text,
                   published=_time(stamp.get("datetime")) if stamp is not None else None,
                   views=parse_views(_words(views)) if views is not None else None,
                   forwarded_from=(_words(forwarded) or None) if forwarded is not None else None,
                   forwarded_url=forwarded_url if forwarded_url and forwarded_url.startswith("http") else None,
                   links=links)


def parse_preview(body: bytes | str, channel: str) -> PreviewPage:
    """The messages of one preview page, oldest first; an unreadable page gives PreviewPage(error=...)."""
    try:
        return _parse(body, channel)
    except Exception as exc:  # hostile markup: the poll records an error, the cycle goes on
        return PreviewPage(error=f"could not read the preview: {type(exc).__name__}: {exc}"[:300])


def _parse(body: bytes | str, channel: str) -> PreviewPage:
    import lxml.html

    if not body or not body.strip():
        return PreviewPage(error="empty preview page")
    if len(body) > MAX_PAGE_BYTES:
        return PreviewPage(error=f"preview page larger than {MAX_PAGE_BYTES} bytes")
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    root = lxml.html.document_fromstring(body)
    messages: dict[int, Message] = {}
    blocks = [node for node in root.iter("div") if "tgme_widget_message" in _classes(node)]
    for block in blocks:
        message = _message(block, channel)
        if message is not None:
            messages.setdefault(message.id, message)
    title_node = next((node for node in root.iter() if isinstance(node.tag, str)
                       and "tgme_channel_info_header_title" in _classes(node)), None)
    title = _words(title_node) or None
    if title is None:
        title = next((meta.get("content") for meta in root.iter("meta") if meta.get("property") == "og:title"), None)
    has_info = title_node is not None or any("tgme_channel_info" in _classes(node)
                                             for node in root.iter() if isinstance(node.tag, str))
    if not blocks and not has_info:
        return PreviewPage(error="not a channel preview: a private channel, a wrong name, or changed markup")
    before = after = None
    for link in root.iter("link", "a"):
        rel, href = (link.get("rel") or "").lower(), link.get("href")
        if link.tag == "link" and rel == "prev" or "tme_messages_more" in _classes(link):
            before = before or _page_number(href, "before") or _page_number(f"?before={link.get('data-before')}",
                                                                              "before")
        if link.tag == "link" and rel == "next":
            after = after or _page_number(href, "after")
    ordered = tuple(sorted(messages.values(), key=lambda message: message.id))
    return PreviewPage(title=title, messages=ordered, before=before, after=after)


def as_extracted(message: Message, *, declared_language: str | None = None) -> Extracted:
    """A message as an extracted article: its text needs no page fetch; the original channel is its author."""
    return Extracted(text=message.text, published=message.published, canonical_url=message.url,
                     author=message.forwarded_from, language=declared_language, method="telegram")


def with_language(extracted: Extracted, declared: str | None) -> Extracted:
    """Identify the message's language (short posts keep the channel's declared one)."""
    from pipelines.language import identify_language

    return replace(extracted, language=identify_language(extracted.text, declared))
