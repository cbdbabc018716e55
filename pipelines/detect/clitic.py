"""'From' glued to the installation's noun as a clitic ("מבסיס רמון", "מהבסיס"): where a launch set out from."""

from __future__ import annotations

from pipelines.detect.document import Mention, Sentence

# Installation nouns: the cue that opens the mention's phrase carries the clitic letters before it.
_NOUNS = ("installation", "weak", "anaphora")


def from_clitic(sent: Sentence, m: Mention, clitics: frozenset[str]) -> bool:
    """The installation noun that opens the mention is written with a 'from' clitic of the lexicon's
    `origin_clitic` list ("תקיפה מבסיס רמון": a strike from Ramon, "שוגרו מהבסיס"): the letters between the
    word's start and the noun's cue are that clitic. A noun that begins with the same letter ("מחנה", "מוצב")
    has its cue at the word's start, so no clitic is read off it."""
    if not clitics:
        return False
    text = sent.ntext
    for c in sent.of(*_NOUNS):
        if m.start <= c.start < m.end:
            w = c.start
            while w > 0 and not text[w - 1].isspace():
                w -= 1
            return w < c.start and text[w:c.start] in clitics
    return False
