"""An attack the sentence negates: 'no projectiles hit the base', 'دون تسجيل أي سقوط للصواريخ'."""

from __future__ import annotations

from pipelines.detect.document import Cue, Sentence
from pipelines.detect.supplied import weapon_noun

# How far before its attack word a negator may stand (the weapon nouns of its phrase between them).
NEG_CHARS = 30
# Cues that may stand between a negator and the attack word it negates: the weapon the phrase names ("no
# rockets hit"), a second negator ("aucune roquette n a touché"), a conjunction ("no rockets or drones hit"),
# a relative word ("tidak ada rudal yang mengenai").
_GAP_GROUPS = frozenset({"negator", "conj", "relative"})


def attack_negated(sent: Sentence) -> bool:
    """Every attack event of the sentence (a verb, an interception, an attack noun: not a bare weapon nor an
    air-defence system) follows a negator of the lexicon's `negator` group, with only weapon nouns, other
    negators, conjunctions or a relative word between them ("air defences were on alert, but no projectiles hit
    the base", "دون تسجيل أي سقوط للصواريخ", "ни одна ракета не попала", "aucune roquette n a touché la base"),
    and no claim: the sentence says the attack did not happen. "No one was hurt when rockets hit the base" and
    "not only struck the base" have other words between; "did not hit the town but struck the base" leaves its
    second verb bare."""
    negators = sent.of("negator")
    if not negators or sent.of("claim"):
        return False
    events = [a for a in sent.attacks() if not weapon_noun(a) and "defence" not in a.groups]
    return bool(events) and all(_negated(sent, a, negators) for a in events)


def _negated(sent: Sentence, a: Cue, negators: list[Cue]) -> bool:
    """A negator stands within NEG_CHARS before the attack word, only the allowed cues between them."""
    for n in negators:
        if n.end > a.start or a.start - n.end > NEG_CHARS:
            continue
        gap = list(sent.ntext[n.end:a.start])
        for c in sent.cues:
            if n.end <= c.start and c.end <= a.start and (c.groups & _GAP_GROUPS or (c.has("t_") and weapon_noun(c))):
                gap[c.start - n.end:c.end - n.end] = " " * (c.end - c.start)
        if not "".join(gap).strip():
            return True
    return False
