"""Air defences sent or deployed to an installation: a delivery the sentence tells, not an attack on it."""

from __future__ import annotations

from pipelines.detect import scoring as W
from pipelines.detect.document import Cue, Sentence


def air_defences_delivered(sent: Sentence) -> bool:
    """The sentence sends, delivers or deploys air defences (the lexicon's `supply` and `defence` groups:
    "The US sends Patriot batteries to the base to protect troops from drones") and tells no attack: each
    attack event is a defence system itself or is written after a purpose word that follows the delivery
    ("deployed ... to counter missile attacks"), and no claim is named (the sender is often a state, an
    actor). "Drones attacked the base where Patriot batteries are deployed" tells its attack before the
    delivery, and "Patriot batteries deployed at the base intercepted two missiles" has no purpose word
    before the interception."""
    supply = sent.of("supply")
    if not supply or not sent.of("defence") or sent.of("claim"):
        return False
    first = supply[0].start
    purposes = [c.start for c in sent.of("purpose") if c.start > first]
    return all(weapon_noun(a) or "defence" in a.groups or any(p < a.start for p in purposes)
               for a in sent.attacks())


def weapon_noun(a: Cue) -> bool:
    """A weapon named without an attack verb (drones, rockets): no event by itself."""
    kind = a.has("t_")
    return not a.groups & {"verb", "intercept"} and (kind is None or kind[2:] in W.WEAPONS)
