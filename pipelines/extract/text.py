"""Compare texts by shared word runs, the way readers see two paragraphs as the same."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    """Word tokens, case kept."""
    return _TOKEN.findall(text or "")


def shingle_set(words: list[str]) -> set[tuple[str, ...]]:
    """Runs of SHINGLE tokens; a shorter text is one short run."""
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


class TextIndex:
    """A reference text prepared for fast 'how much of this line does it contain' questions."""

    def __init__(self, text: str):
        words = tokens(text)
        self.shingles = shingle_set(words)
        self.joined = " " + " ".join(words) + " "
        self.size = len(words)

    def support(self, line: str) -> float:
        """Share of the line's word runs found in the reference (short lines: as a phrase)."""
        words = tokens(line)
        if not words:
            return 0.0
        if len(words) < SHINGLE:
            return 1.0 if f" {' '.join(words)} " in self.joined else 0.0
        runs = [tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
        return sum(run in self.shingles for run in runs) / len(runs)


def coverage(part: str, whole: str) -> float:
    """Share of part's word runs that occur in whole."""
    return TextIndex(whole).support(part)
