"""Recover article paragraphs the extractor dropped, from the page's own markup of its body blocks.

trafilatura sometimes stops at a box inside the article (a "read more" teaser, a newsletter form)
and loses every paragraph after it. Content systems mark their body blocks alike
(``<p class="articleBodyBlock">``, ``<p class="article__paragraph">``): when most extracted
paragraphs carry the same class and sit in one container, the other blocks with that class in the
container are the article too, and are put back in page order.
"""

from __future__ import annotations

from collections import Counter

from pipelines.extract.text import TextIndex, tokens

BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote")  # the elements article text is written in
_OUTSIDE_ARTICLE_TAGS = frozenset({"aside", "figure", "figcaption", "nav", "footer", "form", "header"})
_OUTSIDE_ARTICLE_CLASSES = ("related", "teaser", "promo", "newsletter", "advert", "caption", "credit", "share", "comment")
MIN_MATCHED = 3  # fewer matched paragraphs say nothing about the page's markup
CLASS_SHARE = 0.6  # share of matched paragraphs that must carry the class
MIN_LINE_CHARS = 20
ALREADY_HELD = 0.5  # a block whose word runs are mostly in the text is already there
LINK_SHARE = 0.5  # a block that is mostly link text is a teaser
# Blocks after the last extracted paragraph are taken only as a run this long: the article went on
# past a box, not a closing pitch or disclaimer that shares the body's markup.
MIN_TAIL_BLOCKS = 3
# A recovered run must read like article prose: teaser titles and labels are short.
MIN_RUN_TOKENS = 40
MIN_MEAN_BLOCK_TOKENS = 10


def _norm(text: str) -> str:
    return " ".join(text.split())


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def _common_ancestor(elements: list):
    """The innermost element that holds all the given ones."""
    chain = list(elements[0].iterancestors())
    for element in elements[1:]:
        ancestors = set(element.iterancestors())
        chain = [node for node in chain if node in ancestors]
    return chain[0] if chain else None


def outside_article(element, container=None) -> bool:
    """True for a block inside a figure, an aside, a caption or a teaser box (below the container, if given)."""
    for node in element.iterancestors():
        if node is container:
            return False
        if node.tag in _OUTSIDE_ARTICLE_TAGS:
            return True
        classes = (node.get("class") or "").lower()
        if any(name in classes for name in _OUTSIDE_ARTICLE_CLASSES):
            return True
    return False


def _mostly_links(element, text: str) -> bool:
    linked = sum(len(_norm(link.text_content())) for link in element.iter("a"))
    return bool(text) and linked >= LINK_SHARE * len(text)


def complete_lines(tree, lines: list[str]) -> list[str]:
    """The extracted lines with the article's dropped body blocks put back in page order."""
    wanted = {_norm(line): index for index, line in enumerate(lines) if len(line) >= MIN_LINE_CHARS}
    if len(wanted) < MIN_MATCHED:
        return lines
    blocks = list(tree.iter(*BLOCKS))
    texts = {element: _norm(element.text_content()) for element in blocks}
    matched = [element for element in blocks if texts[element] in wanted]
    if len(matched) < MIN_MATCHED:
        return lines
    counts = Counter(name for element in matched for name in _classes(element))
    if not counts:
        return lines
    name, count = counts.most_common(1)[0]
    if count < max(MIN_MATCHED, CLASS_SHARE * len(matched)):
        return lines
    marked = [element for element in matched if name in _classes(element)]
    container = _common_ancestor(marked)
    if container is None:
        return lines
    held = TextIndex("\n".join(lines))
    inserts: dict[int, list[str]] = {}
    anchor = -1  # the line after which the next recovered block goes
    for element in container.iter(*BLOCKS):
        if name not in _classes(element):
            continue
        text = texts.get(element, "")
        if text in wanted:
            anchor = wanted[text]
            continue
        if anchor < 0 or not tokens(text) or _mostly_links(element, text) or outside_article(element, container):
            continue
        if held.support(text) >= ALREADY_HELD:
            continue
        inserts.setdefault(anchor, []).append(text)
    last = max(wanted.values())
    for anchor, run in list(inserts.items()):
        size = sum(len(tokens(text)) for text in run)
        if size < MIN_RUN_TOKENS or size < MIN_MEAN_BLOCK_TOKENS * len(run) or (
                anchor == last and len(run) < MIN_TAIL_BLOCKS):
            del inserts[anchor]
    if not inserts:
        return lines
    out = []
    for index, line in enumerate(lines):
        out.append(line)
        out.extend(inserts.get(index, []))
    return out
