"""Remove page parts that are never the article before the extractor sees the page."""

from __future__ import annotations

import logging

from lxml.html import HtmlElement

log = logging.getLogger(__name__)

LINK_LIST_SHARE = 0.7  # a list whose text is mostly link text is navigation or "related" teasers
_MAX_LISTS = 2000


def _text_len(element: HtmlElement) -> int:
    """Length of an element's visible text, whitespace ignored."""
    try:
        return len("".join(element.text_content().split()))
    except ValueError:
        return 0


def prune_link_lists(tree: HtmlElement) -> int:
    """Drop lists made of links (related stories, tags, breadcrumbs); returns how many went."""
    removed = 0
    body = tree.find("body")
    if body is None:
        return 0
    lists = [element for element in body.iter("ul", "ol")][:_MAX_LISTS]
    for element in lists:
        parent = element.getparent()
        if parent is None:
            continue
        items = [child for child in element if child.tag == "li"]
        if len(items) < 2:
            continue
        total = _text_len(element)
        if total == 0:
            continue
        linked = sum(_text_len(anchor) for anchor in element.iter("a"))
        if linked / total >= LINK_LIST_SHARE:
            _remove_keeping_tail(element, parent)
            removed += 1
    return removed


def _remove_keeping_tail(element: HtmlElement, parent: HtmlElement) -> None:
    """Remove an element but keep the text that follows it in place."""
    tail = element.tail
    previous = element.getprevious()
    parent.remove(element)
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
