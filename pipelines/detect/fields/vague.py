"""Spans of days with no day of their own ("earlier this week", "на выходных", "اوایل این هفته"): an attack a
sentence dates by one has no fixed day, so neither the statement's day nor a neighbouring line's stands in."""

from __future__ import annotations

import re

from pipelines.detect.document import Sentence
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.normalize import AFTER, BEFORE, WORD_TAIL


def vague(sent: Sentence, lex: Lexicon) -> bool:
    """Whether the sentence writes one of the lexicon's vague_day spans. They are read here, not by the
    scanning regex: a longer phrase there would hide the blocker words it holds ("last week")."""
    rx = _pattern(lex)
    return rx is not None and rx.search(sent.ntext) is not None


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """The vague_day spans as one regex (None for none), built once and kept with the lexicon."""
    if "vague_days" not in lex.memo:
        alts = "|".join(_words(w) for w in sorted(lex.vague_days, key=len, reverse=True))
        lex.memo["vague_days"] = re.compile(rf"{BEFORE}(?:{alts}){AFTER}") if alts else None
    return lex.memo["vague_days"]


def _words(words: str) -> str:
    """A normalised phrase as regex: spaces as runs of spaces, * as the rest of a word ("hafta sonu*")."""
    return WORD_TAIL.join(re.escape(p).replace(r"\ ", " +") for p in words.split("*"))
