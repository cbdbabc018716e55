"""Choose the article headline among the page's title candidates and drop site-name suffixes."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from pipelines.extract_metadata import PageMeta, clean_inline

_SEPARATOR = re.compile(r"\s+[|\-–—·•»/:]\s+|\s*[|ㅣ]\s*")
_MAX_SUFFIX_WORDS = 6
_GENERIC_LABELS = frozenset({"www", "m", "amp", "news", "com", "co", "org", "net", "de", "uk"})


def _key(text: str | None) -> str:
    """Text folded for comparison: letters and digits only, case-folded."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _site_keys(meta: PageMeta, url: str) -> list[str]:
    """Folded names the site goes by: og:site_name, application-name, and its domain labels."""
    keys = [_key(meta.meta.get(name)) for name in ("og:site_name", "application-name", "publisher", "twitter:site")]
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        host = ""
    labels = [label for label in host.split(".")[:-1] if label not in _GENERIC_LABELS]
    keys.extend(_key(label) for label in labels)
    return [key for key in keys if len(key) >= 4]


def _is_site_name(suffix: str, site_keys: list[str]) -> bool:
    """True when a title's trailing segment names the site rather than the story."""
    key = _key(suffix)
    if not key:
        return True
    return any(site in key or (len(key) >= 4 and key in site) for site in site_keys)


def strip_site_suffix(title: str, site_keys: list[str], other_keys: set[str]) -> str:
    """The title without ' | Site' or ' - Section | Site' tails (and never down to nothing)."""
    for _ in range(3):
        parts = list(_SEPARATOR.finditer(title))
        if not parts:
            break
        last = parts[-1]
        prefix, suffix = title[: last.start()].strip(), title[last.end():].strip()
        if not prefix:
            break
        if _key(prefix) in other_keys:
            return prefix
        if len(suffix.split()) > _MAX_SUFFIX_WORDS or not _is_site_name(suffix, site_keys):
            break
        title = prefix
    return title


def choose_title(meta: PageMeta, url: str) -> str | None:
    """The headline: JSON-LD, then OpenGraph, Twitter, the first h1, <title>; site suffixes removed."""
    article = meta.article
    candidates = [
        clean_inline(article.headline if article else None),
        clean_inline(meta.meta.get("og:title")),
        clean_inline(meta.meta.get("twitter:title")),
        clean_inline(meta.h1[0] if meta.h1 else None),
        clean_inline(meta.title_tag),
    ]
    site_keys = _site_keys(meta, url)
    for index, candidate in enumerate(candidates):
        if not candidate or _is_site_name(candidate, site_keys) and len(candidate.split()) <= 3:
            continue
        others = {_key(other) for i, other in enumerate(candidates) if i != index and other}
        return strip_site_suffix(candidate, site_keys, others)
    return None
