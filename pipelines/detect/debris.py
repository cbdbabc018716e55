"""Debris of a downed weapon that fell near an installation: the weapon was stopped, the base was not hit."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.detect.document import Sentence
from pipelines.detect.supplied import weapon_noun

# The noun phrase the debris word heads ("debris from an intercepted drone", "Düşürülen İHA'nın enkazı"):
# how far before it a weapon or an interception of that phrase may stand.
PHRASE_CHARS = 30
# A verb-first language writes the fall right before its subject ("سقط حطام طائرة").
VERB_FIRST_CHARS = 2


def debris_fell(sent: Sentence, marks: Callable[[], list[int]]) -> bool:
    """The sentence tells debris (the lexicon's `debris` group: "debris", "fragments", "שברי", "حطام", "обломки",
    "enkaz", "serpihan") of a downed weapon (an interception in the debris phrase) that fell near the
    installation, and every attack cue belongs to that phrase: after the debris word (the weapon it came from,
    its interception, its fall), or a weapon noun or an interception just before it in the same phrase
    ("Düşürülen İHA'nın enkazı"), or a verb right before it where the verb comes first ("سقط حطام"). No claim.
    "Air defences downed drones over the base; debris fell in a field" tells its interception before the
    debris, in a clause of its own, "A drone struck the base and debris fell nearby" its hit, and "debris
    from a drone that struck the base" downs nothing: all stand."""
    debris = sent.of("debris")
    attacks = sent.attacks()
    if not debris or not attacks or sent.of("claim"):
        return False
    first = debris[0]
    cut = [k for k in marks() if k < first.start]
    downed = False
    for a in attacks:
        in_phrase = a.start >= first.start or (
            first.start - a.end <= PHRASE_CHARS and not any(a.end <= k for k in cut))
        downed = downed or (in_phrase and "intercept" in a.groups)
        if a.start < first.start and not ((in_phrase and (weapon_noun(a) or "intercept" in a.groups))
                                          or first.start - a.end <= VERB_FIRST_CHARS):
            return False
    return downed
