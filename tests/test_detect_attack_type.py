"""The attack type on unseen news (issue 16): what says how a base was attacked, and what only says
who attacked it. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday


def _types(text: str, language: str) -> list[str]:
    found = detect(text, language=language, published=PUB)
    assert found.strike, text
    return [r.attack_type for r in found.reports]


# An attacker noun the lexicons type as a ground assault ("attackers", "teröristler", "боевики",
# "assaillants") names who attacked; a weapon in the same sentence says how.
ATTACKER_NOUN_AND_WEAPON = [
    ("tr", "Teröristler Hakurk bölgesindeki askeri üsse İHA ile saldırdı.", "drone"),
    ("en", "Attackers hit the army base in Bannu with a drone on Monday.", "drone"),
    ("ru", "Боевики обстреляли российскую военную базу Хмеймим из миномета.", "mortar"),
    ("fr", "Des assaillants ont visé le camp militaire de Boni avec des obus de mortier.", "mortar"),
]

# Controls: with no weapon in the sentence the attackers came at the base themselves.
ATTACKER_NOUN_ALONE = [
    ("tr", "Teröristler Hakurk bölgesindeki askeri üsse saldırdı.", "ground_assault"),
    ("en", "Gunmen stormed the army base in Bannu on Monday.", "ground_assault"),
]


@pytest.mark.parametrize(("language", "text", "kind"), ATTACKER_NOUN_AND_WEAPON + ATTACKER_NOUN_ALONE)
def test_a_weapon_in_the_sentence_beats_an_attacker_noun(language: str, text: str, kind: str) -> None:
    assert _types(text, language) == [kind]
