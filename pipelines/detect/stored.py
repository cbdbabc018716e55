"""Stored munitions that went off: an explosion at a store of arms that the sentence tells as no attack."""

from __future__ import annotations

from pipelines.detect.document import Cue, Sentence, dist

# Munitions a store holds: shells, rockets and missiles go off there after a fire. A drone, an air
# strike, a bomb or an assault is never a depot's stock: a sentence with one tells an attack.
_STOCK = frozenset({"t_rocket", "t_missile", "t_mortar", "t_artillery"})
# A munition is the store's stock when a store word is written right beside it ("shells stored there",
# "stored rockets", "obus stockés", "рвутся снаряды"); "a rocket exploded near the arsenal" is no stock.
STOCK_CHARS = 12


def stored_munitions_went_off(sent: Sentence) -> bool:
    """The sentence names a store of arms or munitions told as stored (the lexicon's `store` group:
    "ammunition depot", "arsenal", "stored", "склад боеприпасов", "dépôt de munitions") and tells no
    attack: each attack cue is an explosion (`blast`) or a munition written right beside a store word,
    with no attack verb, and no attacker or claim is named in it. "Stored rockets exploded at an
    ammunition depot after a fire" is such an accident; "A drone exploded over the air base" names no
    store, "A rocket exploded near the arsenal" no stock, and "Drones hit an ammunition depot" has an
    attack verb."""
    stores = sent.of("store")
    if not stores or sent.of("actor", "claim"):
        return False
    return all("blast" in a.groups or _stock(a, stores) for a in sent.attacks())


def _stock(a: Cue, stores: list[Cue]) -> bool:
    """A munition noun, not an attack verb, written within STOCK_CHARS of a store word."""
    return bool(a.groups & _STOCK) and not a.groups & {"verb", "intercept"} and any(
        dist(a, c) <= STOCK_CHARS for c in stores)
