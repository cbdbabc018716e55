"""Sentence splitting that works across scripts, keeping offsets for evidence."""

from __future__ import annotations

import re

# A break after . ! ? and their Arabic/Urdu/Devanagari forms when the next word does not
# start in lower case (so "U.S. forces" stays whole), and at every line break.
_BREAK = re.compile(r"(?<=[.!?؟۔।])[\"'»”’)\]]*\s+(?=[^a-z0-9])|\s*\n\s*")
_MAX = 600  # very long run-ons are cut at semicolons so one clause does not span a page


def split(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in text, blank ones dropped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        _add(text, pos, m.start(), spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append a span, trimmed, cutting overlong ones at ';'."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    if end - start > _MAX:
        cut = text.rfind(";", start + 100, end)
        if cut > start:
            _add(text, start, cut + 1, spans)
            _add(text, cut + 1, end, spans)
            return
    spans.append((start, end))
