"""The project's vocabularies, each defined once: attack types and the blockers that argue against an attack.

Lexicon files, the scorer, alert rules, mails, the dashboard and exports all read these; a lexicon
or an alert rule naming a key that is not here fails at load, and a key here without its label or
weight cannot exist.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttackType:
    """One kind of attack: its key (lexicons, reports, alert rules) and its label (mails, dashboard)."""

    key: str
    label: str
    weapon_noun: bool = False  # the weapon's noun often appears with no attack at all ("drone footage")


@dataclass(frozen=True)
class Blocker:
    """A reason a sentence does not report a new attack, and how much it weighs against one."""

    key: str
    weight: float
    means: str


ATTACK_TYPES: tuple[AttackType, ...] = (
    AttackType("rocket", "Rocket attack", weapon_noun=True),
    AttackType("drone", "Drone attack", weapon_noun=True),
    AttackType("missile", "Missile strike", weapon_noun=True),
    AttackType("mortar", "Mortar attack"),
    AttackType("artillery", "Artillery fire"),
    AttackType("airstrike", "Air strike"),
    AttackType("ied", "IED attack"),
    AttackType("ground_assault", "Ground assault"),
    AttackType("other", "Attack"),  # an attack whose means the text does not state
)

BLOCKERS: tuple[Blocker, ...] = (
    Blocker("threat", 0.50, "a threat or warning"),
    Blocker("denial", 0.70, "a denial that it happened"),
    Blocker("hypothetical", 0.30, "a possibility, not an event"),
    Blocker("history", 0.40, "an earlier attack recalled"),
    Blocker("exercise", 0.45, "a drill or exercise"),
    Blocker("accident", 0.40, "an accident"),
    Blocker("disaster", 0.50, "a storm, fire or other disaster"),
    Blocker("visit", 0.30, "a visit"),
    Blocker("withdrawal", 0.30, "a withdrawal or handover"),
    Blocker("protest", 0.35, "a protest"),
    Blocker("plot", 0.45, "a foiled plot"),
    Blocker("surveillance", 0.30, "surveillance or reconnaissance"),
    Blocker("sport", 0.45, "a game or match (a team that struck twice in the second half)"),
    Blocker("construction", 0.30, "building work or an expansion (what satellite pictures of a base show)"),
)

ATTACK_KEYS: tuple[str, ...] = tuple(a.key for a in ATTACK_TYPES)
ATTACK_LABELS: dict[str, str] = {a.key: a.label for a in ATTACK_TYPES}
BLOCK_KEYS: tuple[str, ...] = tuple(b.key for b in BLOCKERS)
BLOCK_WEIGHTS: dict[str, float] = {b.key: b.weight for b in BLOCKERS}
WEAPON_NOUNS: tuple[str, ...] = tuple(a.key for a in ATTACK_TYPES if a.weapon_noun)
STATED_MEANS: tuple[str, ...] = tuple(k for k in ATTACK_KEYS if k != "other")  # the types that name a weapon or mode
