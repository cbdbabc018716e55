"""Latin spellings of names written in other scripts, for readers of the English alerts."""

from __future__ import annotations

import unicodedata

from anyascii import anyascii


def latin(text: str | None) -> str | None:
    """The text in Latin letters ("аэродром Моздок" -> "aerodrom Mozdok"), or None when it is
    already written in them (or empty). Arabic and Hebrew script write no short vowels, so their
    transliteration is the consonants as written: a key to read the name by, not its spelling."""
    if not text or not any(_non_latin_letter(ch) for ch in text):
        return None
    return " ".join(anyascii(text).split()) or None


def with_latin(name: str) -> str:
    """A name as the article writes it, with its Latin spelling after it where it is in another script."""
    spelled = latin(name)
    return f"{name} [{spelled}]" if spelled else name


def _non_latin_letter(ch: str) -> bool:
    return ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN")
