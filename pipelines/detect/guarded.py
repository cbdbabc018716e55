"""Troops or defences sent to an installation against attacks: the attacks are what they guard against, not events."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.detect.document import Cue, Sentence
from pipelines.detect.supplied import weapon_noun

# How far a guard word reaches to the attack noun it takes ("to guard against possible militant attacks",
# "olası füze saldırılarına karşı"): a noun phrase, not a clause.
GUARD_CHARS = 40


def sent_to_guard(sent: Sentence, marks: Callable[[], list[int]], postpositions: bool) -> bool:
    """The sentence sends, deploys or reinforces (the lexicon's `supply` group) and names attacks only as
    what the move guards against (the `guard` group: "moved troops to the base to guard against militant
    attacks", "İHA saldırılarına karşı ... üssüne konuşlandırıldı", "מפני רקטות", "untuk mengantisipasi
    serangan"): every attack cue is a weapon noun, an air-defence system, or the object of a guard word
    (after it; before it where the language writes postpositions), with no clause mark between; no claim.
    "Drones struck the base, and Patriots were sent to guard against further attacks" tells its attack
    outside the guard phrase."""
    guards = sent.of("guard")
    if not guards or not sent.of("supply") or sent.of("claim"):
        return False
    attacks = sent.attacks()
    guarded = [a for a in attacks if _guarded(a, guards, marks, postpositions)]
    return bool(guarded) and all(
        weapon_noun(a) or "defence" in a.groups or a in guarded for a in attacks)


def _guarded(a: Cue, guards: list[Cue], marks: Callable[[], list[int]], postpositions: bool) -> bool:
    """The attack cue is the object of a guard word: within GUARD_CHARS after it (before it with
    postpositions) and no clause mark between."""
    for g in guards:
        lo, hi = (a.end, g.start) if postpositions else (g.end, a.start)
        if 0 <= hi - lo <= GUARD_CHARS and not any(lo <= k < hi for k in marks()):
            return True
    return False
