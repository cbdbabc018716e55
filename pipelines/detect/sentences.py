"""Sentence splitting that works across scripts, keeping offsets for evidence."""

from __future__ import annotations

import re

# A break after . ! ? and their Arabic/Urdu/Devanagari forms when the next word does not
# start in lower case (so "U.S. forces" stays whole), and at every line break.
# The pattern starts with a character class so the regex engine can skip ahead to the candidate
# characters instead of trying both alternatives at every position; the match includes the
# stop itself (a sentence ends just after it) and leaves spaces before a line break to the trim.
_BREAK = re.compile(r"[.!?؟۔।\n](?:(?<=[.!?؟۔।])[\"'»”’)\]]*\s+(?=[^a-z0-9])|(?<=\n)\s*)")
_MAX = 600  # very long run-ons are cut at semicolons so one clause does not span a page


def split(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in text, blank ones dropped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        stop = m.start()
        _add(text, pos, stop if text[stop] == "\n" else stop + 1, spans)
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
