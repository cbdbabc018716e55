"""English: a country in the possessive that owns an attack noun ("Israel's strike on ...") is the doer of the
attack, not the place of the installation it struck; a country that owns the installation, or a phrase ended
before the attack, still places it."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _countries(text: str) -> list[str | None]:
    det = detect(text, language="en")
    assert det.reports, text
    return [r.country for r in det.reports]


@pytest.mark.parametrize(("text", "country"), [
    # the doer is the only country written: the report stays unplaced rather than placed at the attacker's home
    ("Israel's overnight airstrikes on an army base killed three soldiers, a war monitor said on Monday.", None),
    ("Ukraine's overnight drone attack on an air base\n\nDrones struck an air base in the Saratov region, its governor "
     "said on Sunday.", "RU"),
])
def test_the_possessive_doer_of_an_attack_places_nothing(text: str, country: str) -> None:
    assert _countries(text) == [country]


@pytest.mark.parametrize(("text", "country"), [
    # the country owns the installation, and the attack comes after it
    ("Syria's Shayrat airbase hit\n\nMissiles struck an airbase in the desert overnight, killing four soldiers.", "SY"),
    # the possessed phrase ends before the attack: the army of the country that was hit
    ("Lebanon's army said an Israeli drone strike hit one of its posts in the south on Sunday, wounding a soldier.",
     "LB"),
    ("Pakistan's army said gunmen attacked an army camp in the restive southwest, killing three soldiers.", "PK"),
])
def test_controls_of_the_possessive_doer(text: str, country: str) -> None:
    assert _countries(text) == [country]
