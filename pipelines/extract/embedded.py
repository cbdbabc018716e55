"""Article HTML that a page ships inside its scripts for JavaScript to render.

Sites built on Next.js, React Query, Nuxt or similar frameworks often send an empty shell and put
the article in a JSON payload (``__NEXT_DATA__``, a dehydrated query cache, an RSC stream). A reader
without JavaScript, trafilatura included, sees no article. The body is then a JSON string literal
holding HTML paragraphs; RSC streams wrap that JSON in another string literal, so literals are read
twice over. Only used when the rendered page yields (almost) nothing.
"""

from __future__ import annotations

import json
import re

from lxml import html as lxml_html
from lxml.etree import ParserError

from pipelines.extract.complete import BLOCKS, outside_article
from pipelines.extract.text import tokens

# A JSON string literal of some length: escapes are taken whole so an escaped quote never ends it.
_STRING_LITERAL = re.compile(r'"((?:[^"\\]|\\.){200,})"', re.S)
_PARAGRAPH_TAG = re.compile(r"<(p|br|h[2-4]|li)\b", re.I)
MAX_SCRIPT_CHARS = 4_000_000  # payloads bigger than this are app state, not an article
MIN_PARAGRAPHS = 2
TITLE_SHARE = 0.3  # share of the title's words a payload must contain to be this page's article
_DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # CJK and Hangul: few or no spaces


def _literals(text: str, depth: int = 2):
    """Decoded string literals in a script, and the literals inside those (RSC wraps JSON in a string)."""
    for match in _STRING_LITERAL.finditer(text):
        try:
            value = json.loads(f'"{match.group(1)}"')
        except ValueError:
            continue
        if not isinstance(value, str):
            continue
        # "\ud800" decodes to a lone surrogate, which no parser or database takes.
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        yield value
        if depth > 1 and '"' in value:
            yield from _literals(value, depth - 1)


def html_to_lines(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment as lines; <br> breaks a paragraph into lines too."""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return []
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    lines: list[str] = []
    blocks = [node for node in root.iter(*BLOCKS) if not outside_article(node)]
    # Nested blocks (a <p> inside an <li>) are read once, at the outer one.
    inner = {child for node in blocks for child in node.iterdescendants(*BLOCKS)}
    for node in blocks:
        if node in inner:
            continue
        for line in node.text_content().split("\n"):
            line = " ".join(line.split())
            if line:
                lines.append(line)
    if not blocks:
        lines = [" ".join(line.split()) for line in root.text_content().split("\n") if line.strip()]
    return lines


def title_keys(title: str | None) -> set[str]:
    """Pieces of a title to look for in a text: words of four letters or more, and two-character
    pieces of words in scripts written without (many) spaces."""
    keys: set[str] = set()
    for word in tokens((title or "").casefold()):
        if _DENSE_SCRIPT.search(word):
            keys.update(word[i:i + 2] for i in range(0, max(len(word) - 1, 1), 2))
        elif len(word) >= 4:
            keys.add(word)
    return keys


def mentions_title(text: str, keys: set[str]) -> bool:
    """True when a text contains enough of the title's pieces to be about the same story."""
    if not keys:
        return True
    folded = text.casefold()
    return sum(key in folded for key in keys) >= TITLE_SHARE * len(keys)


def embedded_article(scripts: list[str], title: str | None) -> str:
    """The longest article-like HTML held in the page's script payloads, as text ('' when none).

    A payload counts when it holds at least two paragraphs and, when the page has a title, contains
    some of the title's words: app state also carries other stories' teasers."""
    keys = title_keys(title)
    best, best_size = "", 0
    for script in scripts:
        if len(script) > MAX_SCRIPT_CHARS or '"' not in script:
            continue
        for value in _literals(script):
            if len(_PARAGRAPH_TAG.findall(value)) < MIN_PARAGRAPHS:
                continue
            text = "\n".join(html_to_lines(value))
            words = tokens(text)
            if len(words) <= best_size:
                continue
            if not mentions_title(text, keys):
                continue
            best, best_size = text, len(words)
    return best


def page_scripts(tree) -> list[str]:
    """The text of the page's inline scripts (JSON-LD excluded: it is read as structured data)."""
    out = []
    for script in tree.iter("script"):
        if script.get("src") or "ld+json" in (script.get("type") or "").lower():
            continue
        if script.text:
            out.append(script.text)
    return out
