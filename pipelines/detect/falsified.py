"""Claims of an attack that their own sentence calls false: the attack is told only inside the claim."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.detect.document import Cue, Sentence

# "dismissed as false the reports that ...": a falsity word written right before the claim it judges.
BEFORE_CLAIM_CHARS = 12


def called_false(sent: Sentence, marks: Callable[[], list[int]], clause_before_noun: bool) -> bool:
    """The sentence names a claim or report (the lexicon's `hearsay` group) and calls it false (the
    `falsity` group: "Reports that drones struck the base are false", "the claims ... הן שקריות",
    "Kürecik Üssü'nün vurulduğu iddiası yalan", "klaim ... menyerang markas TNI tidak sesuai fakta"), and
    every attack cue stands inside that claim: after the hearsay word and before the falsity word, or, where
    the language writes the claimed clause before its noun (`clause_before_noun`: "vurulduğu iddiası"),
    right before the hearsay word with no clause mark between. A toll, a role or a claim of responsibility
    in the sentence leaves the attack standing ("reports that 30 soldiers were killed are false"); an attack
    told before the claim ("Drones struck the base; reports of heavy damage were false") is told as fact."""
    falsity, hearsay, attacks = sent.of("falsity"), sent.of("hearsay"), sent.attacks()
    if not (falsity and hearsay and attacks) or sent.of("claim", "role", "killed", "wounded"):
        return False
    return any(_inside(sent, h, f, attacks, marks, clause_before_noun) for h in hearsay for f in falsity)


def _inside(sent: Sentence, h: Cue, f: Cue, attacks: list[Cue], marks: Callable[[], list[int]],
            clause_before_noun: bool) -> bool:
    """Each attack cue lies in the claim that hearsay word h names and falsity word f judges."""
    if f.end <= h.start:  # the verdict first: "dismissed as false the reports that ..."
        return h.start - f.end <= BEFORE_CLAIM_CHARS and all(a.start >= h.end for a in attacks)
    if not all(a.end <= f.start for a in attacks):
        return False
    if all(a.start >= h.end for a in attacks):
        return True
    return clause_before_noun and all(a.end <= h.start for a in attacks) and not any(
        a.end <= k < h.start for a in attacks for k in marks())
