"""Choose the article headline among the page's title candidates and drop site names, dates and kickers.

A page states its headline several times: JSON-LD ``headline``, ``og:title``, ``twitter:title``, the
visible ``<h1>`` and ``<title>``. They are often the same words decorated differently ("Headline |
Site", "Section - Headline", "Headline | DW | 28.04.2023"), and sometimes genuinely different
wordings (an SEO headline and a social one). The chooser:

1. cleans every candidate the same way: site-name, section (as the page's meta tags name it),
   date and byline segments are cut from either end, and a candidate that is another candidate
   plus extra segments is cut down to it;
2. takes the first usable candidate in a fixed order (JSON-LD, OpenGraph, Twitter, h1, <title>),
   skipping ones that only name the site or are generic labels;
3. reconciles the two headlines the publisher writes for machines, JSON-LD and og:title: when one
   is the other plus a kicker in front or extra words behind, the words both state are the headline
   (the extra is a label or an SEO extension; which field carries it varies by site);
4. refines it by agreement: when another candidate states the same words without a kicker or
   label that the first one puts in front ("Kicker: Headline" against "Headline"), the part both
   agree on is the headline.

When the page's JSON-LD holds several article objects with different headlines, the headline
candidate is the one another candidate confirms.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import urlsplit

from pipelines.extract.cleanup import is_byline, is_date_line
from pipelines.extract.metadata import PageMeta, clean_inline

_SEPARATOR = re.compile(r"\s+[|\-–—·•»/:*]\s+|\s*[|ㅣ｜：]\s*|:\s+")
# Separators that set a kicker or label apart from the headline that follows it.
_KICKER_SEPARATOR = re.compile(r"\s*[|/]\s+|:\s+|\s+[-–—]\s+|\s*\n\s*")
_MAX_SUFFIX_WORDS = 6
_MAX_SECTION_WORDS = 3
_MAX_KICKER_WORDS = 8
_MIN_CORE_WORDS = 3
_GENERIC_LABELS = frozenset({"www", "m", "amp", "news", "com", "co", "org", "net", "de", "uk"})
_GENERIC_TITLES = frozenset({
    "home", "homepage", "startseite", "news", "nachrichten", "article", "artikel", "untitled", "index",
    "accueil", "inicio", "portada", "notizie", "nyheter", "nieuws", "aktuelles", "breaking news",
})
_WORD = re.compile(r"\w+")
# Meta fields that name the page's section ("Politik", "정치"), which titles often carry as a tail.
_SECTION_FIELDS = ("article:section", "og:section", "section", "articlesection", "category",
                   "content_category", "content_subcategory", "parsely-section")
# A section name glued to the headline's end with a dash or bar and no spaces ("...커졌다-정치ㅣSite").
_GLUED_TAIL = re.compile(r"[-–—|/·]\s*([^-–—|/·]{1,40})$")
_QUOTES = "\"'«»„“”‘’‚‹›「」『』"


_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum() refuses: \w is letters, digits and "_"


@functools.lru_cache(maxsize=4096)  # the same few titles and segments are folded over and over
def _key(text: str | None) -> str:
    """Text folded for comparison: letters and digits only, case-folded."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text or "").casefold())


def _words(text: str | None) -> tuple[str, ...]:
    """Case-folded word tokens, for 'same words' comparisons that ignore punctuation and quote style."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text or "").casefold()))


def _site_keys(meta: PageMeta, url: str) -> list[str]:
    """Folded names the site goes by: og:site_name, application-name, and its domain labels."""
    keys = [_key(meta.meta.get(name)) for name in ("og:site_name", "application-name", "publisher", "twitter:site")]
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        host = ""
    labels = [label for label in host.split(".")[:-1] if label not in _GENERIC_LABELS]
    keys.extend(_key(label) for label in labels)
    return [key for key in keys if len(key) >= 2]


def _section_keys(meta: PageMeta) -> set[str]:
    """Folded names of the page's section from its meta tags (comma-separated lists split)."""
    names = (part for field in _SECTION_FIELDS for part in (meta.meta.get(field) or "").split(","))
    return {key for key in map(_key, names) if key}


def _is_site_name(segment: str, site_keys: list[str]) -> bool:
    """True when a title segment names the site rather than the story: the site's name is (most of) it."""
    key = _key(segment)
    if not key:
        return True
    for site in site_keys:
        if key == site:
            return True
        if len(site) >= 4 and site in key and 2 * len(site) >= len(key):
            return True
        if len(key) >= 4 and key in site:
            return True
    return False


def _is_decoration(segment: str, site_keys: list[str], section_keys: set[str] = frozenset()) -> bool:
    """A title segment that is not the story: the site's name, the page's section, a date, or a byline."""
    if len(segment.split()) <= _MAX_SUFFIX_WORDS and (_is_site_name(segment, site_keys) or _key(segment) in section_keys):
        return True
    return is_date_line(segment) or is_byline(segment)


def strip_site_suffix(title: str, site_keys: list[str], other_keys: set[str],
                      section_keys: set[str] = frozenset()) -> str:
    """The title without ' | Site', ' - Section | Site', ' | DW | 28.04.2023' or ' | by Author' tails,
    without a leading 'Site: ', and cut down to another candidate it merely decorates (never to nothing)."""
    # A candidate that is another candidate plus separated segments is that candidate.
    for match in _SEPARATOR.finditer(title):
        head, tail = title[: match.start()].strip(), title[match.end():].strip()
        if head and _key(head) in other_keys:
            return head
    dropped_site = False
    for _ in range(4):
        parts = list(_SEPARATOR.finditer(title))
        if not parts:
            break
        last = parts[-1]
        prefix, suffix = title[: last.start()].strip(), title[last.end():].strip()
        if not prefix:
            break
        if _is_decoration(suffix, site_keys, section_keys):
            dropped_site = True
        elif not (dropped_site and len(suffix.split()) <= _MAX_SECTION_WORDS and ":" not in last.group()):
            break
        title = prefix
    # Only between the headline and a site name is a glued tail a section; elsewhere it is a
    # compound word ("deal-breaker").
    glued = _GLUED_TAIL.search(title) if dropped_site else None
    if glued and glued.start() > 0 and _key(glued.group(1)) in section_keys:
        title = title[: glued.start()].rstrip()
    parts = list(_SEPARATOR.finditer(title))
    if parts:
        head, rest = title[: parts[0].start()].strip(), title[parts[0].end():].strip()
        if rest and len(head.split()) <= _MAX_SUFFIX_WORDS and _is_site_name(head, site_keys):
            title = rest
    return title


def _usable(candidate: str, site_keys: list[str]) -> bool:
    """A candidate that could be a headline: not empty, not only the site name, not a generic label."""
    if not candidate:
        return False
    if _key(candidate) in {_key(label) for label in _GENERIC_TITLES}:
        return False
    return not (_is_site_name(candidate, site_keys) and len(candidate.split()) <= 3)


def _tails(title: str) -> list[str]:
    """What follows each kicker separator in a title ('Kicker: Headline' -> 'Headline'), longest first.

    A separator inside a quotation ("'I did it - and so can you'") does not end a kicker."""
    out = []
    for match in _KICKER_SEPARATOR.finditer(title):
        head, tail = title[: match.start()].strip(), title[match.end():].strip()
        if not head or not tail or len(_words(head)) > _MAX_KICKER_WORDS:
            continue
        if head[0] in _QUOTES and not any(ch in _QUOTES for ch in head[1:]):
            continue
        out.append(tail)
    return out


def _states(candidate: str, words: tuple[str, ...]) -> bool:
    """True when a candidate is these words, or these words behind a kicker."""
    return _words(candidate) == words or any(_words(tail) == words for tail in _tails(candidate))


def _ends_with(words: tuple[str, ...], end: tuple[str, ...]) -> bool:
    """True when the word sequence ends with the other one."""
    return len(words) >= len(end) and words[len(words) - len(end):] == end


def _agreed_core(chosen: str, others: list[str]) -> str:
    """The part of the chosen title that more candidates state without the chosen one's kicker than with it."""
    chosen_words = _words(chosen)
    # A candidate that ends with all of the chosen words (an extra label glued on without a separator,
    # "Label Kicker: Headline") backs the kicker, not a vote to drop it.
    with_kicker = [other for other in others if _states(other, chosen_words) or _ends_with(_words(other), chosen_words)]
    support = 1 + len(with_kicker)
    for tail in _tails(chosen):
        words = _words(tail)
        if len(words) < _MIN_CORE_WORDS:
            continue
        votes = sum(_states(other, words) for other in others if other not in with_kicker)
        if votes > support:
            return tail
    return chosen


def _shared_headline(first: str, second: str) -> str | None:
    """The shorter of two headlines when the longer is it behind a kicker or followed by more words."""
    if not first or not second:
        return None
    for longer, shorter in ((first, second), (second, first)):
        long_words, short_words = _words(longer), _words(shorter)
        if len(long_words) <= len(short_words) or len(short_words) < _MIN_CORE_WORDS:
            continue
        if any(_words(tail) == short_words for tail in _tails(longer)):
            return shorter
        # A shortened headline, not a cut-off one: "..." marks truncation, not a choice.
        if long_words[: len(short_words)] == short_words and not shorter.rstrip().endswith(("...", "…")):
            return shorter
    return None


def _jsonld_headline(meta: PageMeta, confirming: list[str]) -> str:
    """The JSON-LD headline; of several article objects that disagree, the one another candidate states."""
    article = meta.article
    chosen = clean_inline(article.headline if article else None)
    headlines = [clean_inline(item.headline) for item in meta.jsonld if item.is_article and item.headline]
    if len({_words(headline) for headline in headlines}) > 1:
        stated = {_words(candidate) for candidate in confirming if candidate}
        return next((headline for headline in headlines if _words(headline) in stated), chosen)
    return chosen


SOURCES = ("jsonld", "og", "twitter", "h1", "title")


def title_candidates(meta: PageMeta, url: str) -> dict[str, str]:
    """Each source's headline with decorations cut ("" when the page has none), in preference order."""
    rest = [
        clean_inline(meta.meta.get("og:title")),
        clean_inline(meta.meta.get("twitter:title")),
        clean_inline(meta.h1[0] if meta.h1 else None),
        clean_inline(meta.title_tag),
    ]
    raw = [_jsonld_headline(meta, rest[:3]), *rest]
    site_keys = _site_keys(meta, url)
    section_keys = _section_keys(meta)
    cleaned = {}
    for index, (source, candidate) in enumerate(zip(SOURCES, raw)):
        others = {_key(other) for i, other in enumerate(raw) if i != index and other}
        cleaned[source] = strip_site_suffix(candidate, site_keys, others, section_keys) if candidate else ""
    return cleaned


def choose_title(meta: PageMeta, url: str) -> str | None:
    """The headline: JSON-LD, then OpenGraph, Twitter, the first h1, <title>; decorations removed,
    JSON-LD and og:title reconciled, and a kicker dropped when another candidate states the headline without it."""
    site_keys = _site_keys(meta, url)
    candidates = {source: candidate if _usable(candidate, site_keys) else ""
                  for source, candidate in title_candidates(meta, url).items()}
    usable = [candidate for candidate in candidates.values() if candidate]
    if not usable:
        return None
    chosen = usable[0]
    if chosen in (candidates["jsonld"], candidates["og"]):
        chosen = _shared_headline(candidates["jsonld"], candidates["og"]) or chosen
    return " ".join(_agreed_core(chosen, usable[1:]).split())
