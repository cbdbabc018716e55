"""Parse news sitemap bytes (Google News format, and sitemap index files) into entries, safely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from pipelines.dates import parse_datetime
from pipelines.sources.feeds import FeedEntry, safe_charrefs
from pipelines.language import normalise_tag
from pipelines.sources.xmlguard import declares_entities

SM = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


SITEMAP_URL_LIMIT = 50_000  # the sitemaps.org protocol's maximum per file


@dataclass(frozen=True)
class ParsedSitemap:
    entries: tuple[FeedEntry, ...] = ()
    children: tuple[tuple[str, datetime | None], ...] = ()  # an index: (child sitemap URL, lastmod)
    error: str | None = None
    kind: str | None = None  # "urlset" or "sitemapindex"; None when it is not a sitemap
    news: bool = False  # declares the Google News namespace

    @property
    def locs(self) -> tuple[str, ...]:
        """The URLs it lists: articles, or an index's child sitemaps."""
        return tuple(entry.url for entry in self.entries) or tuple(url for url, _ in self.children)


def _parser() -> etree.XMLParser:
    """No entity expansion, no DTD or network access, no huge trees: sitemaps come from strangers."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           recover=True, remove_comments=True, remove_pis=True)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element, name: str) -> str | None:
    """The text of the first descendant with this local name, whatever namespace it was put in."""
    for node in element.iter():
        if _local(node.tag) == name and node.text and node.text.strip():
            return node.text.strip()
    return None



def parse_sitemap(body: bytes, *, max_entries: int = 500) -> ParsedSitemap:
    """Entries (loc, news:title, news:publication_date, news:language) or an index's child sitemaps. Never raises."""
    try:
        return _parse(body, max_entries)
    except Exception as exc:  # one odd sitemap must not take its source's poll down with it
        return ParsedSitemap(error=f"unparsable sitemap: {type(exc).__name__}: {exc}"[:500])


def _parse(body: bytes, max_entries: int) -> ParsedSitemap:
    if declares_entities(body):
        return ParsedSitemap(error="refused: the sitemap declares XML entities (DOCTYPE with ENTITY)")
    try:
        # lxml's recovering parser keeps references to surrogate halves, and reading such text raises.
        root = etree.fromstring(safe_charrefs(body), parser=_parser())
    except etree.XMLSyntaxError as exc:
        return ParsedSitemap(error=f"malformed sitemap: {exc}"[:500])
    if root is None:
        return ParsedSitemap(error="not a sitemap: empty document")
    kind = _local(root.tag)
    news = NEWS in (root.nsmap or {}).values() or any(
        isinstance(node.tag, str) and node.tag.startswith("{" + NEWS + "}") for node in root.iter())
    if kind == "sitemapindex":
        children = []
        for node in root:
            if _local(node.tag) != "sitemap":
                continue
            loc = _child_text(node, "loc")
            if loc and loc.startswith(("http://", "https://")):
                children.append((loc, parse_datetime(_child_text(node, "lastmod"))))
        return ParsedSitemap(children=tuple(children[:max_entries]), kind=kind, news=news)
    if kind != "urlset":
        return ParsedSitemap(error=f"not a sitemap: root element <{kind or '?'}>")
    entries = []
    for node in root:
        if _local(node.tag) != "url":
            continue
        loc = next((c.text.strip() for c in node if _local(c.tag) == "loc" and c.text), None)
        if not loc or not loc.startswith(("http://", "https://")):
            continue
        published = _child_text(node, "publication_date") or _child_text(node, "lastmod")
        entries.append(FeedEntry(url=loc, title=_child_text(node, "title"), summary=None,
                                 published=parse_datetime(published), language=normalise_tag(_child_text(node, "language"))))
        if len(entries) >= max_entries:
            break
    return ParsedSitemap(entries=tuple(entries), kind=kind, news=news)
