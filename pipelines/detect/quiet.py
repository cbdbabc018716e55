"""Sentences that name weapons at an installation but tell no attack on it: air defences sent, sirens sounded."""

from __future__ import annotations

from pipelines.detect.document import Sentence
from pipelines.detect.supplied import air_defences_delivered, weapon_noun


def no_attack_told(sent: Sentence) -> str | None:
    """The frame of a sentence that names weapons around an installation and tells no attack on it, as its
    note ("air-defences-delivered", "sirens-only"); None when the sentence may tell one."""
    if air_defences_delivered(sent):
        return "air-defences-delivered"
    if sirens_only(sent):
        return "sirens-only"
    return None


def sirens_only(sent: Sentence) -> bool:
    """Sirens sounded at or near the installation (the lexicon's `siren` group: "sirens sounded at the base",
    "אזעקות הופעלו בבסיס") and the sentence names weapons only as nouns or launches ("after rockets were
    launched from Lebanon", "בעקבות שיגור רקטות"), with no attack verb, interception or claim: a warning for
    the area, not a hit. "Sirens sounded as rockets hit the base" has its attack verb."""
    attacks = sent.attacks()
    return bool(sent.of("siren")) and bool(attacks) and not sent.of("claim") and all(
        weapon_noun(a) or "siren" in a.groups for a in attacks)
