"""Read the metadata a page states about itself: JSON-LD, OpenGraph, meta tags, links."""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

log = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle",
    "satiricalarticle", "advertisercontentarticle", "medicalscholarlyarticle", "posting",
})
_PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "mediapage"})
_MAX_JSONLD_CHARS = 2_000_000
_MAX_DEPTH = 12
_TAGS = re.compile(r"<[^>]{0,2000}>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


@dataclass
class JsonLdArticle:
    """The article fields one JSON-LD object holds."""

    body: str = ""
    headline: str | None = None
    published: list[object] = field(default_factory=list)
    modified: list[object] = field(default_factory=list)
    author: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None
    is_article: bool = True


@dataclass
class PageMeta:
    """Everything the page states about itself, before any judgement."""

    jsonld: list[JsonLdArticle] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased property/name -> first content
    html_lang: str | None = None
    canonical: str | None = None
    title_tag: str | None = None
    h1: list[str] = field(default_factory=list)
    time_datetimes: list[str] = field(default_factory=list)
    itemprop_published: list[str] = field(default_factory=list)
    itemprop_modified: list[str] = field(default_factory=list)

    @property
    def article(self) -> JsonLdArticle | None:
        """The JSON-LD object most likely to be this page's article: longest body, then first."""
        articles = [item for item in self.jsonld if item.is_article]
        if not articles:
            return None
        return max(articles, key=lambda item: (len(item.body), bool(item.headline)))


def clean_inline(text: object) -> str:
    """Plain one-line text from a metadata value that may carry entities or tags."""
    if not isinstance(text, str):
        return ""
    text = html.unescape(_TAGS.sub(" ", text)) if ("<" in text or "&" in text) else text
    return _SPACES.sub(" ", text).strip()


def clean_body(text: object) -> str:
    """Plain paragraphs from a JSON-LD articleBody, which may hold HTML or entities."""
    if not isinstance(text, str) or not text.strip():
        return ""
    if "<" in text and re.search(r"</?(p|br|div|h\d|li|span|a|strong|em|b|i)\b", text, re.I):
        text = re.sub(r"(?i)<\s*(br|/p|/div|/h\d|/li|/blockquote)\s*/?>", "\n", text)
        text = _TAGS.sub("", text)
    text = html.unescape(html.unescape(text)) if "&" in text else text
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _types(obj: dict) -> set[str]:
    """The lower-cased schema.org type names of an object, without URL prefixes."""
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {str(value).rsplit("/", 1)[-1].lower() for value in values if isinstance(value, str)}


def _name(value: object, depth: int = 0) -> list[str]:
    """Names from a schema.org person/organisation value (string, object or list)."""
    if depth > 3:
        return []
    if isinstance(value, str):
        name = clean_inline(value)
        return [name] if name and not name.startswith(("http://", "https://", "/")) else []
    if isinstance(value, dict):
        return _name(value.get("name"), depth + 1)
    if isinstance(value, list):
        return [name for item in value[:20] for name in _name(item, depth + 1)]
    return []


def _walk(node: object, found: list[dict], depth: int = 0) -> None:
    """Collect every dict in a JSON-LD document that could describe the article."""
    if depth > _MAX_DEPTH or len(found) > 200:
        return
    if isinstance(node, list):
        for item in node[:200]:
            _walk(item, found, depth + 1)
    elif isinstance(node, dict):
        types = _types(node)
        if types & (ARTICLE_TYPES | _PAGE_TYPES) or "articleBody" in node:
            found.append(node)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement", "item"):
            if key in node:
                _walk(node[key], found, depth + 1)


def _language(value: object) -> str | None:
    """A language tag from inLanguage, which may be a string or a Language object."""
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    if isinstance(value, list) and value:
        return _language(value[0])
    return value.strip() if isinstance(value, str) and value.strip() else None


def _first_str(value: object) -> object:
    """The first item of a list value, or the value itself."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _jsonld_article(obj: dict) -> JsonLdArticle:
    """The article fields of one JSON-LD object."""
    types = _types(obj)
    url = _first_str(obj.get("url"))
    if not isinstance(url, str):
        page = obj.get("mainEntityOfPage")
        url = page.get("@id") if isinstance(page, dict) else page if isinstance(page, str) else None
    authors = _name(obj.get("author")) or _name(obj.get("creator"))
    headline = clean_inline(_first_str(obj.get("headline"))) or None
    if headline is None and types & ARTICLE_TYPES:
        headline = clean_inline(_first_str(obj.get("name"))) or None
    return JsonLdArticle(
        body=clean_body(_first_str(obj.get("articleBody")) or _first_str(obj.get("text")) or ""),
        headline=headline,
        published=[v for v in (obj.get("datePublished"), obj.get("dateCreated"), obj.get("uploadDate")) if v],
        modified=[v for v in (obj.get("dateModified"),) if v],
        author=", ".join(dict.fromkeys(authors)) or None,
        language=_language(obj.get("inLanguage")),
        url=url if isinstance(url, str) else None,
        description=clean_inline(_first_str(obj.get("description"))) or None,
        is_article=bool(types & ARTICLE_TYPES) or "articleBody" in obj,
    )


def _load_json(raw: str) -> object:
    """JSON-LD as pages really write it: CDATA wrappers, trailing junk, raw newlines in strings."""
    raw = raw.strip()
    if raw.startswith("<!--") or raw.startswith("//<![CDATA["):
        raw = re.sub(r"^(<!--|//<!\[CDATA\[)|(-->|//\]\]>)$", "", raw).strip()
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        pass
    try:
        return json.JSONDecoder(strict=False).raw_decode(raw)[0]
    except ValueError:
        # Unescaped control characters are the usual fault; replace them and retry once.
        try:
            return json.loads(re.sub(r"[\x00-\x1f]", " ", raw), strict=False)
        except ValueError:
            return None


def read_jsonld(tree: HtmlElement) -> list[JsonLdArticle]:
    """Article-like objects from every JSON-LD script on the page, in page order."""
    articles: list[JsonLdArticle] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > _MAX_JSONLD_CHARS:
            continue
        data = _load_json(raw)
        if data is None:
            log.debug("unreadable JSON-LD block skipped")
            continue
        found: list[dict] = []
        _walk(data, found)
        articles.extend(_jsonld_article(obj) for obj in found)
    return articles


def _http_url(value: str | None, base: str) -> str | None:
    """An absolute http(s) URL, or None."""
    if not value or not value.strip():
        return None
    try:
        absolute = urljoin(base or "", value.strip())
        parts = urlsplit(absolute)
    except ValueError:
        return None
    return absolute if parts.scheme in ("http", "https") and parts.netloc else None


def _text(element: HtmlElement) -> str:
    """An element's visible text on one line."""
    try:
        return clean_inline(element.text_content())
    except ValueError:
        return ""


def read_page_meta(tree: HtmlElement, url: str) -> PageMeta:
    """Everything the page states about itself, read in one pass over the head and a few tags."""
    meta = PageMeta(jsonld=read_jsonld(tree))
    for tag in tree.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv") or "")
        key = key.strip().lower()
        content = tag.get("content")
        if key and content and content.strip() and key not in meta.meta:
            meta.meta[key] = content.strip()
        prop = (tag.get("itemprop") or "").lower()
        if prop == "datepublished" and content:
            meta.itemprop_published.append(content)
        elif prop == "datemodified" and content:
            meta.itemprop_modified.append(content)
    root_lang = tree.get("lang") or tree.get("xml:lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    meta.html_lang = root_lang.strip() if root_lang and root_lang.strip() else None
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and meta.canonical is None:
            meta.canonical = _http_url(link.get("href"), url)
    title = tree.find(".//title")
    meta.title_tag = _text(title) if title is not None else None
    meta.h1 = [text for text in (_text(h) for h in tree.iter("h1")) if text][:5]
    for element in tree.iter("time"):
        if element.get("datetime"):
            meta.time_datetimes.append(element.get("datetime"))
        if len(meta.time_datetimes) >= 10:
            break
    for element in tree.xpath('//*[@itemprop="datePublished" or @itemprop="dateModified"][not(self::meta)]'):
        value = element.get("datetime") or element.get("content") or _text(element)
        target = meta.itemprop_published if element.get("itemprop") == "datePublished" else meta.itemprop_modified
        if value:
            target.append(value)
    return meta


def canonical_url(meta: PageMeta, url: str) -> str | None:
    """The page's own canonical address: link rel=canonical, then og:url, then the fetched URL."""
    return meta.canonical or _http_url(meta.meta.get("og:url"), url) or _http_url(url, "")
