"""A fault written as the cause of what the sentence tells ('crashed near the base due to a technical fault',
'سقطت ... بسبب خلل فني', 'teknik bir arıza sebebiyle düştü'): an accident, not enemy fire."""

from __future__ import annotations

from pipelines.detect.document import Cue, Sentence

# How much text may stand between a cause word and its fault: an article or one short word ('as a result of a
# technical malfunction', 'en raison d une panne', 'teknik bir arıza sebebiyle').
GAP_CHARS = 8
# How near a fault an air-defence word makes it the defences' own ('the air defences failed due to a glitch').
DEFENCE_CHARS = 40


def caused_faults(sents: list[Sentence], postpositions: bool) -> None:
    """Give every fault cue (the lexicon's `fault` group) that a cause word heads (the `cause` group, written
    right before it, or right after it where the language has postpositions) the accident blocker's group and the
    group `caused`: the sentence says why its aircraft fell or its depot burned. A bare fault ('officials first
    blamed a technical fault, then confirmed an attack') stays no blocker, and so does a fault of the air defences
    (a defence or interception word within DEFENCE_CHARS: 'ПВО не сработала из-за технического сбоя'), which let
    the attack through."""
    for sent in sents:
        causes = sent.of("cause")
        if not causes:
            continue
        shields = sent.of("defence", "intercept")
        for f in sent.of("fault"):
            if any(abs(d.start - f.start) <= DEFENCE_CHARS for d in shields):
                continue
            if any(_heads(sent, c, f, postpositions) for c in causes):
                for g in ("b_accident", "caused"):
                    if g not in f.groups:
                        sent.add_group(f, g)


def _heads(sent: Sentence, cause: Cue, fault: Cue, postpositions: bool) -> bool:
    """The cause word stands right before the fault (at most one short word between), or right after it."""
    if cause.end <= fault.start:
        gap = sent.ntext[cause.end:fault.start].strip()
    elif postpositions and fault.end <= cause.start:
        gap = sent.ntext[fault.end:cause.start].strip()
    else:
        return False
    return len(gap) <= GAP_CHARS and " " not in gap
