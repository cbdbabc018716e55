"""Find the standfirst (the lead paragraph under the headline) that extractors often drop."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from pipelines.extract.metadata import clean_inline
from pipelines.extract.text import coverage

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "svg", "button", "option"})
_TOKEN = re.compile(r"\w+")
_MAX_SCANNED = 200_000  # text nodes looked at before giving up: keeps huge pages fast


def _probe(description: str) -> str:
    """The first few words of the description, folded, to spot it in text nodes."""
    return " ".join(_TOKEN.findall(description.casefold())[:6])


def _block(element: HtmlElement) -> HtmlElement:
    """The nearest enclosing block-level element of a text node's element."""
    node = element
    while node is not None and node.tag in ("a", "span", "strong", "em", "b", "i", "u", "mark", "small"):
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return node if node is not None else element


def find_standfirst(tree: HtmlElement, description: str | None) -> str | None:
    """The visible paragraph that states the page's description, when the body shows one."""
    description = clean_inline(description)
    if not description or len(_TOKEN.findall(description)) < 6:
        return None
    probe = _probe(description)
    body = tree.find("body")
    if body is None or not probe:
        return None
    scanned = 0
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        text = element.text or ""
        scanned += 1
        if scanned > _MAX_SCANNED:
            return None
        if len(text) < 15 or probe not in " ".join(_TOKEN.findall(text.casefold())):
            continue
        if any(ancestor.tag in _SKIP for ancestor in element.iterancestors()):
            continue
        block = _block(element)
        try:
            visible = clean_inline(block.text_content())
        except ValueError:
            continue
        if len(visible) > 2 * len(description) + 100:
            visible = clean_inline(text)
        if coverage(description, visible) >= 0.8 or coverage(visible, description) >= 0.8:
            return visible
    return None
