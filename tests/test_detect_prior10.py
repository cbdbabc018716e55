"""A clause about an earlier attack (issue 16, class 1): "months after" and "a year after" open one, like
"days after". The installation written inside it is background; a prior word after an attack that its
sentence tells first measures that new attack against the old one, it does not date it. The articles
are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 3, 12, 9, 0, tzinfo=timezone.utc)  # a Tuesday

# The installation is the target of the earlier attack only.
BACKGROUND = [
    "Bombers moved\nSatellite pictures show the bombers have left Engels, months after Ukrainian drones hit the airfield.",
    "Runway repaired\nEngineers finished the runway at Saky on Friday, a month after missiles struck the airfield.",
    "Dining hall reopens\nThe army reopened the dining hall at Camp Lemonnier, a year after a rocket attack on the camp.",
]

# A new attack told first, an earlier one measured against it.
NEW_ATTACK = [
    ("Drone strike\nDrones hit Harir air base on Sunday night, a year after militias first targeted it, officials said.",
     "iq-harir"),
    ("Rockets again\nRockets struck Ain al-Asad air base on Monday, months after the last attack on it.",
     "iq-ain-al-asad"),
    ("Renewed attacks\nMonths after a lull, drones struck the Conoco base in eastern Syria on Tuesday.", "sy-conoco"),
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_an_installation_in_a_clause_about_an_earlier_attack_is_background(text: str) -> None:
    assert not detect(text, language="en", published=PUB).strike, text


@pytest.mark.parametrize("text,base", NEW_ATTACK)
def test_a_new_attack_measured_against_an_earlier_one_is_a_strike(text: str, base: str) -> None:
    found = detect(text, language="en", published=PUB)
    assert found.strike, text
    assert found.reports[0].base_id == base
