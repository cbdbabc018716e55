"""A fake Telegram preview host for tests: channel pages in Telegram's markup, paged as t.me/s/ pages it."""

from __future__ import annotations

from html import escape

from faults.helpers import FaultHandler


def _message_html(channel: str, title: str, message: dict) -> str:
    forwarded = ""
    if message.get("forwarded"):
        name, url = message["forwarded"]
        forwarded = (f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from '
                     f'<a class="tgme_widget_message_forwarded_from_name" href="{url}"><span dir="auto">'
                     f'{escape(name)}</span></a></div>')
    text = "<br/>".join(escape(line) for line in message["text"].split("\n"))
    return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message '
            f'js-widget_message" data-post="{channel}/{message["id"]}"><div class="tgme_widget_message_bubble">'
            f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" '
            f'href="https://t.me/{channel}"><span dir="auto">{escape(title)}</span></a></div>{forwarded}'
            f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>'
            f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info">'
            f'<span class="tgme_widget_message_views">{message.get("views", "1.1K")}</span>'
            f'<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" '
            f'href="https://t.me/{channel}/{message["id"]}"><time datetime="{message["at"].isoformat()}" '
            f'class="time">00:00</time></a></span></div></div></div></div></div>')


def preview_page(channel: str, title: str, messages: list[dict], *, newer: bool = False) -> bytes:
    """A channel preview page in Telegram's markup: channel header, message blocks, 'load more' link,
    and a link to newer messages when more follow."""
    ids = [message["id"] for message in messages]
    head = f'<link rel="prev" href="/s/{channel}?before={min(ids)}">' if ids else ""
    if newer and ids:
        head += f'<link rel="next" href="/s/{channel}?after={max(ids)}">'
    more = (f'<a href="/s/{channel}?before={min(ids)}" class="tme_messages_more js-messages_more" '
            f'data-before="{min(ids)}"></a>') if ids else ""
    blocks = "".join(_message_html(channel, title, message) for message in messages)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{escape(title)}">'
            f'{head}</head><body><div class="tgme_channel_info"><div class="tgme_channel_info_header_title">'
            f'<span dir="auto">{escape(title)}</span></div></div><section class="tgme_channel_history">'
            f'{more}{blocks}</section></body></html>').encode("utf-8")


class Channels:
    """What the preview host has published: the latest 20 messages, or with `?after=ID` the 20 that follow ID."""

    def __init__(self):
        self.posts: dict[str, tuple[str, list[dict]]] = {}
        self.asked: list[str] = []  # each preview request's path and query

    def route(self, channel: str):
        def serve(handler: FaultHandler) -> None:
            title, messages = self.posts[channel]
            self.asked.append(handler.path)
            query = handler.path.partition("?")[2]
            after = int(query.split("=", 1)[1]) if query.startswith("after=") else None
            if after is None:
                shown, newer = messages[-20:], False
            else:
                later = [message for message in messages if message["id"] > after]
                shown, newer = later[:20], len(later) > 20
            handler.reply(200, preview_page(channel, title, shown, newer=newer))
        return serve
