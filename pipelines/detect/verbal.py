"""Attacks in words: an attack verb whose object is a decision, a plan or a statement, not a place."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.detect.document import Cue, Sentence

# How far from the verb its object noun is written ("attacked the government's decision", "هاجم النائب قرار").
OBJECT_CHARS = 25


def attacked_in_words(sent: Sentence, marks: Callable[[], list[int]], verb_final: bool) -> bool:
    """Every attack cue of the sentence is a verb whose object is a word of the lexicon's `discourse` group (a
    decision, plan, deal, statement: "MPs attacked the government's decision to expand the air base", "תקפו את
    החלטת הממשלה", "هاجم النائب قرار الحكومة", "menyerang keputusan", "hükümete saldırdı"): written within
    OBJECT_CHARS after it (before it in a verb-final language), with no installation or clause mark between,
    and no weapon named in the sentence. A politician's criticism, not a strike. "Militants attacked the base
    in protest at the decision" has the installation as the verb's object."""
    discourse = sent.of("discourse")
    attacks = sent.attacks()
    if not discourse or not attacks or any(a.has("t_") for a in attacks):
        return False
    places = [*sent.named, *sent.near, *sent.of("installation", "installation_plural", "weak", "anaphora")]
    return all(_takes_a_word(a, discourse, places, marks, verb_final) for a in attacks)


def _takes_a_word(a: Cue, discourse: list[Cue], places: list, marks: Callable[[], list[int]],
                  verb_final: bool) -> bool:
    """A discourse word is the attack verb's object: on its object side, near, nothing between."""
    for d in discourse:
        lo, hi = (d.end, a.start) if verb_final else (a.end, d.start)
        if 0 <= hi - lo <= OBJECT_CHARS and not any(lo <= p.start and p.end <= hi for p in places) \
                and not any(lo <= k < hi for k in marks()):
            return True
    return False
