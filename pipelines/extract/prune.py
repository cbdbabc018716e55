"""Remove page parts that are never the article before the extractor sees the page."""

from __future__ import annotations

import logging
import re

from lxml.html import HtmlElement

from pipelines.extract import rules

log = logging.getLogger(__name__)


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


_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """Case-folded word tokens."""
    return _WORD.findall(text.casefold())


def _matches_title(heading: str, title_words: list[str]) -> bool:
    """True when a heading says (most of) the chosen title's words, or the title says the heading's."""
    words = _words(heading)
    if not words or not title_words:
        return False
    shared = len(set(words) & set(title_words))
    return shared >= 0.8 * min(len(set(words)), len(set(title_words)))


def prune_other_articles(tree: HtmlElement, title: str | None) -> int:
    """Drop the other stories a page carries in full (the next article loaded under this one).

    Only when the page has two or more <article> elements that each hold their own <h1>, and exactly
    one of those headings is the page's title: that article stays, the other headed ones go.
    Returns how many went."""
    title_words = _words(title or "")
    if not title_words:
        return 0
    headed = [element for element in tree.iter("article") if next(element.iter("h1"), None) is not None]
    outer = [element for element in headed if not any(ancestor in headed for ancestor in element.iterancestors())]
    if len(outer) < 2:
        return 0
    matching = [element for element in outer if _matches_title(_heading(element), title_words)]
    if len(matching) != 1:
        return 0
    removed = 0
    for element in outer:
        parent = element.getparent()
        if element is matching[0] or parent is None or matching[0] in element.iterdescendants():
            continue
        if rules.active():
            rules.record("prune_other_articles", element.text_content())
        _remove_keeping_tail(element, parent)
        removed += 1
    return removed


def _heading(element: HtmlElement) -> str:
    """The text of an element's first <h1>."""
    try:
        return next(element.iter("h1")).text_content()
    except (StopIteration, ValueError):
        return ""
