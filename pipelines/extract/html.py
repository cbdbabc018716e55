"""Turn raw page bytes or text into a parsed lxml tree, safely and within bounds."""

from __future__ import annotations

import codecs
import logging
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from lxml import etree
from lxml import html as lxml_html
from lxml.etree import ParserError

log = logging.getLogger(__name__)

MAX_INPUT_CHARS = 8_000_000  # bigger pages are cut: no article needs more, parsers slow down
_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG: browsers read these labels as their supersets, and so do pages' authors.
_SUPERSETS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
              "iso-8859-9": "cp1254", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_local = threading.local()


def _parser() -> lxml_html.HTMLParser:
    """One lxml parser per thread: lxml parser objects must not be shared across threads."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = lxml_html.HTMLParser(collect_ids=False, remove_comments=True, remove_pis=True, default_doctype=False)
        _local.parser = parser
    return parser


def _codec(label: bytes | str) -> str | None:
    """Python's name for a declared charset label, or None when unknown."""
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its BOM, XML declaration or meta tags."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return _codec(match.group(1)) if match else None


def decode(data: bytes) -> str:
    """Decode page bytes: BOM first, then valid UTF-8, then the declared charset, then a guess."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, "replace")
    try:
        # Valid UTF-8 with non-ASCII bytes is almost never legacy text, whatever the meta says.
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16-le", "utf-16-be", "utf-16"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            log.debug("declared charset %s does not fit the bytes", declared)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, "replace")
    except Exception:  # noqa: BLE001 - a guesser failure must not lose the page
        log.debug("charset guess failed", exc_info=True)
    return data.decode(declared or "utf-8", "replace")


def looks_binary(text: str) -> bool:
    """True for text that is mostly control characters or replacement marks: not a web page."""
    sample = text[:20_000]
    if not sample:
        return False
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad / len(sample) > 0.05


def to_text(page: str | bytes) -> str:
    """Page as bounded, parser-safe text."""
    if isinstance(page, (bytes, bytearray, memoryview)):
        page = decode(bytes(page[: MAX_INPUT_CHARS * 2]))
    if len(page) > MAX_INPUT_CHARS:
        log.warning("page of %d chars cut to %d", len(page), MAX_INPUT_CHARS)
        page = page[:MAX_INPUT_CHARS]
    page = _XML_DECL.sub("", page, count=1)
    return page.replace("\x00", "")


def parse(text: str) -> lxml_html.HtmlElement | None:
    """Parse page text into an HTML tree, or None when there is nothing parseable."""
    if not text.strip():
        return None
    try:
        tree = lxml_html.document_fromstring(text, parser=_parser())
    except (ParserError, ValueError, TypeError) as err:
        log.debug("lxml could not parse the page: %s", err)
        return None
    return tree


ZWNJ = "\u200c"
# A printable symbol news text does not use: trafilatura drops every non-printable character, and the
# zero-width non-joiner is one, though Persian (and Kurdish, Urdu) words are spelt with it: نکرده‌اند.
_ZWNJ_STAND_IN = "\u237c"


_HAS_ZWNJ = etree.XPath(f"boolean(//text()[contains(., '{ZWNJ}')])")
_HAS_STAND_IN = etree.XPath(f"boolean(//text()[contains(., '{_ZWNJ_STAND_IN}')])")


def _swap_text(tree: lxml_html.HtmlElement, old: str, new: str) -> None:
    for element in tree.iter():
        if isinstance(element.text, str) and old in element.text:
            element.text = element.text.replace(old, new)
        if isinstance(element.tail, str) and old in element.tail:
            element.tail = element.tail.replace(old, new)


@contextmanager
def joiners_kept(tree: lxml_html.HtmlElement) -> Iterator[Callable[[str], str]]:
    """While an extractor that drops zero-width non-joiners reads the tree, they wear a printable stand-in;
    yields the function that puts them back in the extractor's text. The tree is restored after."""
    # Most pages have no joiner: lxml's XPath answers that without a Python loop over every node.
    if not _HAS_ZWNJ(tree) or _HAS_STAND_IN(tree):
        yield lambda text: text  # nothing to keep, or the stand-in is taken: leave the page as it is
        return
    _swap_text(tree, ZWNJ, _ZWNJ_STAND_IN)
    try:
        yield lambda text: text.replace(_ZWNJ_STAND_IN, ZWNJ)
    finally:
        _swap_text(tree, _ZWNJ_STAND_IN, ZWNJ)


def inline_ruby(tree: lxml_html.HtmlElement) -> int:
    """Write each ``<ruby>`` annotation as plain text in its sentence; returns how many.

    Japanese pages gloss names and rare words with ruby
    (``<rb>尹錫悦</rb><rp>（</rp><rt>…</rt><rp>）</rp>``). trafilatura splits the sentence around the
    element, drops the reading and then often the short first half as well. The text kept is what
    the author gave readers without ruby support: base and reading in the ``<rp>`` brackets, or the
    base alone when there are no brackets."""
    count = 0
    for ruby in list(tree.iter("ruby")):
        if ruby.getparent() is None:
            continue
        if next(ruby.iter("rp"), None) is None:
            for reading in list(ruby.iter("rt", "rtc")):
                reading.drop_tree()
        text = " ".join(ruby.text_content().split())
        for child in list(ruby):
            ruby.remove(child)
        ruby.text = text
        ruby.drop_tag()
        count += 1
    return count
