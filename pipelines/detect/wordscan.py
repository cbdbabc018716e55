"""finditer() over normalised text for term patterns that open with normalize.BEFORE, without
trying them at every character (as scan.py's lexicon scanner does).

A pattern that opens with a lookbehind gives `re` no character to skip to, so it is tried at every
position of the text. In normalised text the only characters outside words are spaces and
newlines: written with one consumed space or newline in place of the lookbehind (and matched on its
own at the text's start), the pattern opens with a two-character class, and `re` skips to the next
space in C. Terms open with a word character, so no match can start where the previous one ended:
the two find the same matches, with the same groups. Only the whole match's start differs (it
holds the consumed space): callers read the groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from pipelines.detect.normalize import BEFORE, SEPARATORS

_SEPARATOR = f"[{SEPARATORS}]"  # what stands before a word in normalised text, but at its start
# Kept by the pattern's id, with the pattern itself (so the id is not reused while the entry lives): a
# compiled pattern's hash is not cached, and hashing a lexicon's trie pattern reads all of its code.
_SCANNERS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
_MAX_SCANNERS = 256  # a few patterns per language; bounded all the same


def scanner(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The regex with its opening BEFORE written as one consumed space or newline (its groups
    unchanged), kept per pattern; None for a regex of another shape."""
    entry = _SCANNERS.get(id(regex))
    if entry is not None and entry[0] is regex:
        return entry[1]
    found = None
    if regex.pattern.startswith(BEFORE) and not regex.flags & re.MULTILINE:
        found = re.compile(_SEPARATOR + regex.pattern[len(BEFORE):], regex.flags)
        if found.groupindex != regex.groupindex or found.groups != regex.groups:
            found = None
    if len(_SCANNERS) >= _MAX_SCANNERS:
        _SCANNERS.clear()
    _SCANNERS[id(regex)] = (regex, found)
    return found


def word_finditer(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """regex.finditer(text) as its groups go, for a pattern that opens with BEFORE and normalised text."""
    scan = scanner(regex)
    if scan is None:
        return regex.finditer(text)
    first = regex.match(text)
    if first is None:
        return scan.finditer(text)
    return chain((first,), scan.finditer(text, first.end()))
