"""A moving target (a convoy, a patrol, a bus) that left an installation or was bound for one, hit on the way:
the installation names where it came from or went, not what was struck."""

from __future__ import annotations

from pipelines.detect.document import Mention, Sentence

# "a convoy leaving Camp Taji", "a logistics convoy that had departed Ain al-Asad": how far before the
# installation the departure word may end, and how far before that word the moving target may end.
DEPARTURE_CHARS = 12
MOVER_CHARS = 25


def left_from(sent: Sentence, m: Mention) -> bool:
    """A word of the lexicon's `departure` group ("leaving", "that left", "bound for", "returning to") is
    written right before the installation and a target of the `excluded` group just before it ("a convoy
    that had just left Harir air base was hit"). Without that target before it the word tells no journey
    ("a strike that left Harir air base in flames")."""
    for d in sent.of("departure"):
        if 0 <= m.start - d.end <= DEPARTURE_CHARS and any(
                0 <= d.start - c.end <= MOVER_CHARS for c in sent.of("excluded")):
            return True
    return False
