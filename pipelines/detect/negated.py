"""An attack the sentence negates: 'no projectiles hit the base', 'دون تسجيل أي سقوط للصواريخ'."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.detect.document import Cue, Sentence
from pipelines.detect.supplied import weapon_noun

# How far before its attack word a negator may stand (the weapon nouns of its phrase between them).
NEG_CHARS = 30
# Cues that may stand between a negator and the attack word it negates: the weapon the phrase names ("no
# rockets hit"), a second negator ("aucune roquette n a touché"), a conjunction ("no rockets or drones hit"),
# a relative word ("tidak ada rudal yang mengenai").
_GAP_GROUPS = frozenset({"negator", "conj", "relative"})
# How far after its weapon (the clause's subject) a verb-final negative verb may stand: the object between them.
NEG_AFTER_CHARS = 45


def attack_negated(sent: Sentence, marks: Callable[[], list[int]]) -> bool:
    """Every attack event of the sentence (a verb, an interception, an attack noun: not a bare weapon nor an
    air-defence system) follows a negator of the lexicon's `negator` group, with only weapon nouns, other
    negators, conjunctions or a relative word between them ("air defences were on alert, but no projectiles hit
    the base", "دون تسجيل أي سقوط للصواريخ", "ни одна ракета не попала", "aucune roquette n a touché la base"),
    and no claim: the sentence says the attack did not happen. "No one was hurt when rockets hit the base" and
    "not only struck the base" have other words between; "did not hit the town but struck the base" leaves its
    second verb bare."""
    negators, after = sent.of("negator"), sent.of("negator_after")
    if not (negators or after) or sent.of("claim"):
        return False
    attacks = [a for a in sent.attacks() if "defence" not in a.groups]
    events = [a for a in attacks if not weapon_noun(a)]
    if negators and events and all(_negated(sent, a, negators) for a in events):
        return True
    return bool(after) and bool(attacks) and all(_negated_after(sent, a, after, marks) for a in attacks)


def _negated_after(sent: Sentence, a: Cue, after: list[Cue], marks: Callable[[], list[int]]) -> bool:
    """A verb-final language negates the verb at the clause's end (the lexicon's `negator_after` group: 'hiçbir
    roket üsse isabet etmedi', 'İHA'lar üsse saldıramadı', 'پهپادها به پایگاه حمله نکردند'): an attack event
    written right before its negative light verb or holding it ('حمله نکردند', 'هدف قرار ندادند'), or the
    weapon that is the clause's subject, within NEG_AFTER_CHARS before it in the same clause (no clause mark,
    conjunction or contrast word between). 'حمله کردند اما تلفاتی ایجاد نکردند' negates the toll, not the attack:
    its verb is not followed by the negative one."""
    for n in after:
        if n.start <= a.start < n.end:  # the negative verb holds the attack word ('isabet etmedi')
            return True
        if n.start < a.end or n.start - a.end > NEG_AFTER_CHARS:
            continue
        if not weapon_noun(a):
            if not sent.ntext[a.end:n.start].strip():
                return True
            continue
        if not any(a.end <= k <= n.start for k in marks()) and not any(
                a.end <= c.start and c.end <= n.start for c in sent.of("conj", "contrast", "contrast_after")):
            return True
    return False


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
