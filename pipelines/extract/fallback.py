"""Read a page too deeply nested for lxml: its visible text, from a pass that builds no tree.

libxml2 stops parsing at 256 nested elements (2048 with XML_PARSE_HUGE) and drops everything after
that point, so of a page of 100,000 nested divs trafilatura sees the head and the menu alone.
Python's html.parser only streams tags and text, so nesting costs it nothing: it keeps no stack,
only how many skipped elements (scripts, navigation) are open.
"""

from __future__ import annotations

from html.parser import HTMLParser

# Never article text: code, markup islands and page furniture.
_SKIPPED = frozenset({
    "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object",
    "select", "textarea", "button", "nav", "header", "footer", "aside",
})
# Each ends a line of text.
_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "article",
    "section", "main", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "hr", "body",
})
# Shorter lines are labels, menus and buttons, not sentences someone reports a strike in.
MIN_LINE_WORDS = 6


def cut_short_by_depth(tree: object) -> bool:
    """True when lxml stopped parsing this tree at its nesting limit (call it right after parsing:
    the parser's log is that of its last document)."""
    try:
        errors = tree.getroottree().parser.error_log  # type: ignore[attr-defined]
    except AttributeError:
        return False
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in errors)


class _TextPass(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._skipped_open = 0

    def _break(self) -> None:
        if not self._line:
            return
        words = " ".join(self._line).split()
        self._line = []
        if len(words) >= MIN_LINE_WORDS:
            self.lines.append(" ".join(words))

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body":
            self._skipped_open = 0  # a <head> (or anything in it) left open ends here
        if tag in _SKIPPED:
            self._skipped_open += 1
        if tag in _BLOCKS:
            self._break()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skipped_open:
            self._skipped_open -= 1
        if tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._skipped_open:
            self._line.append(data)


def visible_text(html: str) -> str:
    """The page's lines of prose, one per block, outside scripts, styles and page furniture."""
    reader = _TextPass()
    reader.feed(html)
    reader.close()
    reader._break()
    return "\n".join(reader.lines)
