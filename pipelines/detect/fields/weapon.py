"""Weapon: the attack type nearest the mention, from the sentence, then its neighbours and the title."""

from __future__ import annotations

import functools

from pipelines.detect import windows as WIN
from pipelines.detect.actors import ActorEntry, canonical_actor, default_registry
from pipelines.detect.document import Cue, Document, Mention, Sentence, dist
from pipelines.detect.fields.actor import actor
from pipelines.detect.fields.casualties import casualties
from pipelines.detect.fields.place import where
from pipelines.detect.fields.phrase import phrase_owner
from pipelines.detect.written import clause_break

# Generic words and the more specific weapon that, written right next to them, says what was
# fired: "shelled with rockets"; "ballistic rockets", "a long-range cruise rocket" are missiles.
# The more specific weapon first, for a word typed two ways.
_KIND_ORDER = ("missile", "ied", "drone", "rocket", "mortar", "airstrike", "artillery", "ground_assault", "other")
_SPECIFIC_OVER = {"artillery": ("rocket", "missile", "drone", "mortar"), "rocket": ("missile",)}
_UNARMED_KINDS = ("ground_assault", "other")  # types that name no weapon fired


def attack_type(doc: Document, i: int, m: Mention) -> str:
    """The weapon nearest the mention, from the sentence, then its neighbours, the title and the rest.

    An armed group flies no warplanes: beside its attack an aircraft word names the target
    ("destroyed three warplanes at the base") or the other side's raids, not its means. When the
    article names no other means, the group is more likely the attacked side than the attacker,
    and the aircraft word stands. A state's forces fire missiles: their rocket word (Arabic
    "صاروخ", Russian "ракета" name both) is a missile.
    """
    entry = _attacker(doc, i, m)
    if entry is not None and entry.kind == "group":
        kind = _nearest(doc, i, m, entry, grounded=True)
        if kind != "other":
            return kind
    kind = _nearest(doc, i, m, entry)
    return "missile" if kind == "rocket" and entry is not None and entry.kind == "state" else kind


def _nearest(doc: Document, i: int, m: Mention, entry: ActorEntry | None, grounded: bool = False) -> str:
    """attack_type() over the weapon cues (without aircraft words when grounded)."""
    kind = _nearest_kind(doc, i, m, entry, grounded)
    if kind == "airstrike" and i + 1 < len(doc.sents):
        # "Russia launched an air attack on the airfield. It was carried out with cruise missiles
        # and drones": the next sentence names what the air attack was (in its own sentence,
        # "warplanes fired missiles", the aircraft are the means)
        named = [_kind(a) for a in _weapons(doc.sents[i + 1], grounded)]
        return next((k for k in named if k in ("missile", "drone")), kind)
    return kind


def _nearest_kind(doc: Document, i: int, m: Mention, entry: ActorEntry | None, grounded: bool = False) -> str:
    """The nearest weapon's type: the mention's sentence, its neighbours, the title, then the rest."""
    sents = doc.sents
    typed = _weapons(sents[i], grounded)
    # An attacker noun typed as a ground assault ("militants", "боевики", "teröristler") says who
    # attacked, not how: a weapon in the same sentence wins over it ("teröristler İHA ile saldırdı")
    typed = [a for a in typed if not _attacker_noun(a)] or typed
    before = [a for a in typed if a.end <= m.start and m.start - a.end <= WIN.WEAPON_BEFORE_CHARS]
    if before:  # "a drone attack on X, a rocket attack on Y": the weapon precedes its target
        means = _means_after(doc, sents[i], typed, m) if _kind(before[-1]) in _UNARMED_KINDS else None
        return means or _specific(doc, i, typed, before[-1], grounded)
    if typed:
        return _specific(doc, i, typed, min(typed, key=lambda a: (dist(a, m), a.start)), grounded)
    # Then the rest of the article, nearest first: the weapon is often named further down
    # ("the wreckage of two drones"), and any named weapon says more than "other".
    rest = sorted((j for j in range(len(sents)) if j not in (i, i - 1, i + 1, i - 2, 0)), key=lambda j: abs(j - i))
    for j in (i - 1, i + 1, i - 2, 0, *rest):
        if 0 <= j < len(sents):
            typed = _weapons(sents[j], grounded)
            if typed:
                return _qualified(doc, typed[0], grounded) or _kind(typed[0])
    return _unarmed(doc, i, m, entry)


def _means_after(doc: Document, sent: Sentence, typed: list[Cue], m: Mention) -> str | None:
    """A weapon written right after the installation and a means word of the lexicon ("with", "using", "au")
    is the means of an attack that the words before it tell only as an assault ("fighters attacked the base
    with mortars", "insurgents attacked X with drones"): what was fired, where the assault words say who
    attacked. "... the base where drones are kept" names no means."""
    for a in typed:
        if (0 <= a.start - m.end <= WIN.MEANS_AFTER_CHARS and sent.ntext[m.end:a.start].strip() in doc.lex.means_words
                and _kind(a) not in _UNARMED_KINDS and not clause_break(doc.text, sent, m.end, a.start)):
            return _kind(a)
    return None


def _attacker(doc: Document, i: int, m: Mention) -> ActorEntry | None:
    """The registry entry of the report's attacker (None when unknown)."""
    return default_registry().resolve(canonical_actor(actor(doc, i, m), doc.lex))


def _weapons(sent: Sentence, grounded: bool = False) -> list[Cue]:
    """The sentence's weapon cues, without aircraft words when grounded, without the weapons a host
    word gives the installation ("a base that hosts US drones", "قاعدة تضم طائرات مسيرة": its
    garrison's arms, not the attack's means). Worked out once per sentence: callers only read it."""
    key = "weapons_grounded" if grounded else "weapons"
    found = sent.memo.get(key)
    if found is None:
        typed = [a for a in sent.attacks() if a.has("t_") and not _hosted(sent, a)]
        found = sent.memo[key] = [a for a in typed if _kind(a) != "airstrike"] if grounded else typed
    return found


def _hosted(sent: Sentence, a: Cue) -> bool:
    """A weapon written just after a host word, in its clause: no attack or interception word
    between them ("where an air regiment is based, a drone was shot down" names the attack's)."""
    verbs = [c for c in (*sent.attacks(), *sent.of("intercept")) if "verb" in c.groups or "intercept" in c.groups]
    return any(0 <= a.start - c.end <= WIN.HOST_CHARS and not any(c.end <= v.start < a.start for v in verbs)
               for c in sent.of("host"))


def _attacker_noun(cue: Cue) -> bool:
    """A ground-assault word that names the attackers ("militants", "боевики"), not their means."""
    return "actor" in cue.groups and _kind(cue) == "ground_assault"


def _unarmed(doc: Document, i: int, m: Mention, entry: ActorEntry | None) -> str:
    """No weapon anywhere in the article: an armed group (the actor registry's kind "group") named
    in the attack's own sentence that attacked a base without a named rocket, drone, missile or
    bomb came at it in person, a ground assault; so did one named elsewhere when the attack's
    sentence counts its dead or wounded (without a weapon, people were killed at close quarters).
    A state's forces, an unknown attacker, or a group named only in an overview with no toll
    ("the attacks included an attack on X") leave the means unstated ("other"), unless the state's
    strikes abroad have one means (the registry's abroad_means) and the installation is abroad, or is
    another state's by its phrase ("склад боєприпасів російської армії")."""
    if entry is not None and entry.means:  # "unknown planes bombed the base": an airstrike
        return entry.means
    if entry is not None and entry.abroad_means and entry.country:
        country = m.base.country if m.base else where(doc, i, m)[0] or phrase_owner(doc, doc.sents[i], m)
        if country is not None and country != entry.country:
            return entry.abroad_means
    if entry is None or entry.kind != "group":
        return "other"
    registry = default_registry()
    here = any(registry.resolve(c.text) is entry for c in doc.sents[i].of("actor"))
    return "ground_assault" if here or any(n is not None for n in casualties(doc, i)) else "other"


def _kind(cue: Cue) -> str:
    """The attack type of a weapon cue. A word two merged lexicons type differently (Russian
    "ракета" a rocket, Ukrainian a missile, when an unknown language reads them all; French
    "kamikaze" a suicide bombing, English a drone) takes the first of _KIND_ORDER, whatever the
    order of its groups (a frozenset: the order changed with Python's hash seed)."""
    return _kind_of(cue.groups)


@functools.lru_cache(maxsize=4096)
def _kind_of(groups: frozenset[str]) -> str:
    """_kind() by the cue's groups (the same few sets recur in every article)."""
    kinds = [g[2:] for g in groups if g.startswith("t_")]
    return min(kinds, key=lambda k: _KIND_ORDER.index(k) if k in _KIND_ORDER else len(_KIND_ORDER))


def _specific(doc: Document, i: int, typed: list[Cue], chosen: Cue, grounded: bool = False) -> str:
    """"Shelled with rockets", "ballistic rockets": a more specific weapon right next to a generic one wins."""
    kind = _kind(chosen)
    better = _SPECIFIC_OVER.get(kind, ())
    for a in typed:
        other = _kind(a)
        if other in better and dist(a, chosen) <= WIN.SPECIFIC_WEAPON_CHARS:
            return other
    if kind == "artillery" and "verb" in chosen.groups:
        # A shelling verb ("обстреляли", "shelled") names no weapon: the rocket, missile, drone or
        # mortar the article names elsewhere, the nearest sentence first, is what was fired ("six
        # rockets were launched")
        for j in sorted(range(len(doc.sents)), key=lambda j: abs(j - i)):
            named = [_kind(a) for a in _weapons(doc.sents[j], grounded) if _kind(a) in better]
            if named:
                return named[0]
    return _qualified(doc, chosen, grounded) or kind


def _qualified(doc: Document, chosen: Cue, grounded: bool) -> str | None:
    """The type of the article's qualified form of a bare weapon word: once it writes "air raids",
    its bare "raids" are those air raids, not a ground raid."""
    bare = f" {chosen.text} "
    for sent in doc.sents:
        for a in _weapons(sent, grounded):
            if a.text != chosen.text and bare in f" {a.text} " and _kind(a) != _kind(chosen):
                return _kind(a)
    return None
