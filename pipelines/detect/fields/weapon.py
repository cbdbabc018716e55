"""Weapon: the attack type nearest the mention, from the sentence, then its neighbours and the title."""

from __future__ import annotations

from pipelines.detect import windows as WIN
from pipelines.detect.actors import canonical_actor, default_registry
from pipelines.detect.document import Cue, Document, Mention, dist
from pipelines.detect.fields.actor import actor

# Shelling words are generic: a named weapon right next to one says what was fired.
_SPECIFIC_OVER_ARTILLERY = ("rocket", "missile", "drone", "mortar")


def attack_type(doc: Document, i: int, m: Mention) -> str:
    """The weapon nearest the mention, from the sentence, then its neighbours, the title and the rest."""
    sents = doc.sents
    typed = [a for a in sents[i].attacks() if a.has("t_")]
    before = [a for a in typed if a.end <= m.start and m.start - a.end <= WIN.WEAPON_BEFORE_CHARS]
    if before:  # "a drone attack on X, a rocket attack on Y": the weapon precedes its target
        return _specific(typed, before[-1])
    if typed:
        return _specific(typed, min(typed, key=lambda a: (dist(a, m), a.start)))
    # Then the rest of the article, nearest first: the weapon is often named further down
    # ("the wreckage of two drones"), and any named weapon says more than "other".
    rest = sorted((j for j in range(len(sents)) if j not in (i, i - 1, i + 1, i - 2, 0)), key=lambda j: abs(j - i))
    for j in (i - 1, i + 1, i - 2, 0, *rest):
        if 0 <= j < len(sents):
            typed = [a for a in sents[j].attacks() if a.has("t_")]
            if typed:
                return str(typed[0].has("t_"))[2:]
    return _unarmed(doc, i, m)


def _unarmed(doc: Document, i: int, m: Mention) -> str:
    """No weapon anywhere in the article: an armed group (the actor registry's kind "group") that
    attacked a base without a named rocket, drone, missile or bomb came at it in person, a ground
    assault; a state's forces or an unknown attacker leave the means unstated ("other")."""
    entry = default_registry().resolve(canonical_actor(actor(doc, i, m), doc.lex))
    return "ground_assault" if entry is not None and entry.kind == "group" else "other"


def _specific(typed: list[Cue], chosen: Cue) -> str:
    """"Shelled with rockets": a named weapon right next to a generic shelling word wins."""
    kind = str(chosen.has("t_"))[2:]
    if kind == "artillery":
        for a in typed:
            other = str(a.has("t_"))[2:]
            if other in _SPECIFIC_OVER_ARTILLERY and dist(a, chosen) <= WIN.SPECIFIC_WEAPON_CHARS:
                return other
    return kind
