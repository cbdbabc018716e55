"""An installation described as a frequent target ("the most frequently targeted base", "among the most heavily
attacked bases", "القاعدة الأكثر تعرضا للهجمات"): the attack word is graded by a superlative, a statistic about the
place; the sentence tells no attack of its own. Read by quiet.py."""

from __future__ import annotations

from pipelines.detect.document import Cue, Sentence
from pipelines.detect.supplied import weapon_noun

# Words between the superlative and the attack word it grades: "most frequently targeted", "أكثر القواعد استهدافا".
GRADED_WORDS = 2


def described_as_target(sent: Sentence) -> bool:
    """Every attack word of the sentence is one a superlative grades (the lexicon's `superlative` group) or a
    weapon named without a verb. "Drones struck the most heavily fortified base" tells its attack with a verb
    no superlative grades; "أكثر من 20 صاروخا" grades a weapon noun, which is no attack word of its own."""
    superlatives = sent.of("superlative")
    if not superlatives:
        return False
    graded = [a for a in sent.attacks() if "verb" in a.groups and any(_grades(sent, s, a) for s in superlatives)]
    return bool(graded) and all(any(a is g for g in graded) or weapon_noun(a) for a in sent.attacks())


def _grades(sent: Sentence, s: Cue, a: Cue) -> bool:
    """The attack word follows the superlative with at most GRADED_WORDS words between. A clitic written on the
    attack word ('للهجمات': the cue starts after 'لل') is part of it, no word between."""
    if a.start < s.end:
        return False
    between = sent.ntext[s.end:a.start]
    words = between.split()
    if words and not between[-1].isspace():
        words.pop()  # the attack word's own clitic prefix
    return len(words) <= GRADED_WORDS
