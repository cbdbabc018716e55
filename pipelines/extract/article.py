"""Extract the article from a fetched page: text, title, dates, author, language, canonical URL."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import trafilatura

from pipelines.extract import rules
from pipelines.extract.cleanup import clean_text, normalise_text
from pipelines.extract.complete import complete_lines
from pipelines.extract.dates import first_plausible, htmldate_guess, title_stamp, utc_now
from pipelines.extract.embedded import embedded_article, page_scripts
from pipelines.extract.fallback import cut_short_by_depth, visible_text
from pipelines.extract.html import inline_ruby, joiners_kept, looks_binary, parse, to_text
from pipelines.extract.lead import find_standfirst
from pipelines.extract.merge import Choice, choose_body
from pipelines.extract.prune import prune_other_articles
from pipelines.extract.metadata import PageMeta, canonical_url, clean_inline, read_page_meta
from pipelines.extract.text import coverage, tokens
from pipelines.extract.title import choose_title
from pipelines.language import identify_language
from pipelines.records import Extracted

log = logging.getLogger(__name__)

EMPTY = Extracted(text="")
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "article.published", "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
    "date", "og:updated_time",
)
_MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "last-modified", "dcterms.modified", "article.updated",
)
_EXTENSIVE_DATE_SEARCH_CHARS = 1_500_000  # htmldate's full-text search is slow on bigger pages
# Embedded posts from social networks quote other people, not the article.
_PRUNE_XPATH = [
    "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'twitter-video')"
    " or contains(@class, 'instagram-media') or contains(@class, 'tiktok-embed')"
    " or contains(@class, 'bluesky-embed') or contains(@class, 'threads-post') or contains(@class, 'reddit-embed')"
    " or @data-bluesky-uri or @data-instgrm-permalink]",
    # What a browser without JavaScript shows: "please enable JavaScript" banners, not the article. A
    # long one is a stray <noscript> the parser let run over the page ('<noscript><div></noscript>').
    "//noscript[string-length(normalize-space(.)) < 1000]",
]
# A page whose rendered text is shorter than this may be a JavaScript shell with the article in a payload.
_SHELL_MAX_TOKENS = 40
_AUTHOR_META = ("author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl")


def extract(html: str | bytes, url: str, *, fetched_at: datetime | None = None, search_date: bool = True) -> Extracted:
    """The article a page holds; an empty Extracted (and a log line) when there is none.

    `search_date=False` when the caller already has the publication date (a feed entry's, which
    ingest prefers): the date is then read only where the page states it in data, without
    htmldate's search of the page, which on a fresh worker loads dateparser's locales (most of a
    worker's cost on its first pages).
    """
    try:
        return _extract(html, url, fetched_at, search_date)
    except RecursionError:
        log.warning("extract: page too deeply nested, nothing extracted: %s", url)
    except MemoryError:
        log.warning("extract: out of memory on page, nothing extracted: %s", url)
    except Exception:  # noqa: BLE001 - one bad page must never stop a crawl cycle
        log.exception("extract: unexpected failure, nothing extracted: %s", url)
    return EMPTY


def _extract(html: str | bytes, url: str, fetched_at: datetime | None, search_date: bool = True) -> Extracted:
    """extract() without the safety net."""
    if fetched_at is None:
        fetched_at = utc_now()
    elif fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=timezone.utc)
    fetched_at = fetched_at.astimezone(timezone.utc)
    if html is None or not isinstance(html, (str, bytes, bytearray, memoryview)):
        log.warning("extract: input is %s, not a page: %s", type(html).__name__, url)
        return EMPTY
    text_in = to_text(html)
    if looks_binary(text_in):
        log.warning("extract: input looks binary, not HTML: %s", url)
        return EMPTY
    tree = parse(text_in)
    if tree is None:
        log.warning("extract: empty or unparseable page: %s", url)
        return EMPTY
    cut_short = cut_short_by_depth(tree)
    inline_ruby(tree)
    meta = read_page_meta(tree, url)
    title = choose_title(meta, url)
    body, method = _body(tree, url, meta, title)
    if cut_short:
        body, method = _past_the_depth_limit(text_in, url, title, body, method)
    if not body:
        log.info("extract: no article text found: %s", url)
    language = identify_language(body or title or "", _declared_language(meta))
    return Extracted(
        text=body,
        title=title,
        published=_published(meta, tree, url, fetched_at, search=search_date,
                             extensive=len(text_in) < _EXTENSIVE_DATE_SEARCH_CHARS),
        modified=_modified(meta, fetched_at),
        author=_author(meta),
        language=language,
        canonical_url=canonical_url(meta, url),
        method=method,
    )


def _trafilatura(tree: object, url: str) -> str:
    """trafilatura's reading of the main text (it works on its own copy of the tree)."""
    if rules.active() and rules.on("prune_embeds"):
        for element in tree.xpath("|".join(_PRUNE_XPATH)):
            rules.record("prune_embeds", element.text_content())
    with joiners_kept(tree) as restore:  # trafilatura would drop the zero-width non-joiners of Persian words
        try:
            text = trafilatura.extract(tree, url=url or None, include_comments=False,
                                       prune_xpath=_PRUNE_XPATH if rules.on("prune_embeds") else None)
        except Exception:  # noqa: BLE001 - trafilatura failing leaves the structured data
            log.debug("trafilatura failed on %s", url, exc_info=True)
            return ""
    return normalise_text(restore(text or ""))


def _body(tree: object, url: str, meta: PageMeta, title: str | None) -> tuple[str, str]:
    """The article text: trafilatura and JSON-LD weighed against each other, plus the standfirst;
    the article in a script payload when the rendered page holds next to nothing."""
    # Lists of links are left to trafilatura: pruning them first cost article lists (deals, link
    # posts) on trafilatura's evaluation pages and gained next to nothing on Fundus.
    if rules.on("prune_other_articles"):
        prune_other_articles(tree, title)
    extracted = _trafilatura(tree, url)
    article = meta.article
    structured = normalise_text(article.body) if article else ""
    if rules.on("merge_jsonld") or not extracted:
        choice = choose_body(extracted, structured)
        if rules.active():
            kept = set(choice.text.split("\n"))
            rules.record("merge_jsonld", "\n".join(line for line in extracted.split("\n") if line not in kept))
    else:
        choice = Choice(extracted, "trafilatura")
    if len(tokens(choice.text)) < _SHELL_MAX_TOKENS and rules.on("embedded"):
        embedded = normalise_text(embedded_article(page_scripts(tree), title))
        if len(tokens(embedded)) > 2 * max(len(tokens(choice.text)), _SHELL_MAX_TOKENS // 2):
            choice = Choice(embedded, "embedded")
    lines = choice.text.split("\n") if choice.text else []
    if choice.method == "trafilatura" and rules.on("complete_lines"):
        lines = complete_lines(tree, lines)
    description = meta.meta.get("og:description") or meta.meta.get("description") or (article.description if article else None)
    standfirst = find_standfirst(tree, description)
    if standfirst and (not lines or coverage(standfirst, choice.text) < 0.5) and rules.on("standfirst"):
        lines.insert(0, standfirst)
    text = clean_text("\n".join(lines), title)
    return text, choice.method if text else "none"


def _past_the_depth_limit(text_in: str, url: str, title: str | None, body: str, method: str) -> tuple[str, str]:
    """The prose of a page nested past lxml's limit, read as plain text. The tree held only the
    page's start: an article found there (a JSON-LD articleBody in the head) stays when the plain
    text has no more, but a few lines of menu do not, so with no prose the body is empty and the
    feed entry is analysed instead."""
    text = clean_text(visible_text(text_in), title)
    found = len(tokens(body))
    if found >= _SHELL_MAX_TOKENS and found >= len(tokens(text)):
        return body, method
    log.info("extract: page nested too deeply for lxml, read as plain text: %s", url)
    return text, "text-pass" if text else "none"


def _published(meta: PageMeta, tree: object, url: str, fetched_at: datetime, *, search: bool = True,
               extensive: bool = True) -> datetime | None:
    """Publication time from structured data, then meta tags, then (if `search`) htmldate's search."""
    candidates: list[object] = []
    for article in meta.jsonld:
        candidates.extend(article.published)
    candidates.extend(meta.meta[key] for key in _PUBLISHED_META if key in meta.meta)
    candidates.extend(meta.itemprop_published)
    candidates.extend(meta.time_datetimes[:1])
    # The page's own date stamp on its titles beats htmldate's search, which can pick a teaser's date.
    candidates.extend(stamp for stamp in (title_stamp(meta.meta.get("og:title")), title_stamp(meta.title_tag)) if stamp)
    found = first_plausible(candidates, fetched_at)
    if found is not None or not search:
        return found
    return htmldate_guess(tree, url, fetched_at, extensive=extensive)


def _modified(meta: PageMeta, fetched_at: datetime) -> datetime | None:
    """Last modification time as the page states it."""
    candidates: list[object] = []
    for article in meta.jsonld:
        candidates.extend(article.modified)
    candidates.extend(meta.meta[key] for key in _MODIFIED_META if key in meta.meta)
    candidates.extend(meta.itemprop_modified)
    return first_plausible(candidates, fetched_at)


def _author(meta: PageMeta) -> str | None:
    """The byline from JSON-LD, then author meta tags (URLs are not names)."""
    article = meta.article
    if article and article.author:
        return article.author
    for key in _AUTHOR_META:
        value = clean_inline(meta.meta.get(key))
        if value and not value.startswith(("http://", "https://")):
            return value
    return None


def _declared_language(meta: PageMeta) -> str | None:
    """The language the page declares: <html lang>, JSON-LD, then meta tags."""
    article = meta.article
    return (
        meta.html_lang
        or (article.language if article else None)
        or meta.meta.get("og:locale")
        or meta.meta.get("content-language")
        or meta.meta.get("language")
    )
