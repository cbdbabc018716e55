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
# German writes the day as an ordinal before a capitalised month ("am 5. März"): no break there.
_ORDINAL_DAY = re.compile(r"\d{1,2}\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
                          r"|November|Dezember)\b")


def split(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in text, blank ones dropped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        stop = m.start()
        if text[stop] == "." and (_ordinal_day(text, stop) or _ordinal_before_lower(text, stop, m.end())):
            continue
        _add(text, pos, stop if text[stop] == "\n" else stop + 1, spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def _ordinal_day(text: str, stop: int) -> bool:
    """Whether the stop at `stop` ends the ordinal day of a date ("5. März"), not a sentence."""
    first = stop
    while first > 0 and stop - first < 3 and text[first - 1].isdigit():
        first -= 1
    return 0 < stop - first <= 2 and (first == 0 or not text[first - 1].isdigit()) and bool(_ORDINAL_DAY.match(text, first))


def _ordinal_before_lower(text: str, stop: int, after: int) -> bool:
    """Whether the stop ends a day or count written as an ordinal ("szeptember 17. óta", "5. září") before a
    word in lower case of any script: a sentence starts in upper case, and ASCII lower case never breaks."""
    digits = 0
    while digits < 3 and stop - digits > 0 and text[stop - digits - 1].isdigit():
        digits += 1
    return (1 <= digits <= 2 and (stop - digits == 0 or not text[stop - digits - 1].isalnum())
            and after < len(text) and text[after].islower())


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
