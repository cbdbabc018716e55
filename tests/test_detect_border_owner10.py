"""A nationality that names a border is not the installation's owner (issue 16, class 4): "army camps
near the Afghan border" lie beside Afghanistan, most often across it, so the adjective places nothing;
"an Afghan army post near the border" is Afghanistan's. The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 3, 12, 9, 0, tzinfo=timezone.utc)

BESIDE_A_BORDER = [
    ("Camps attacked\nMilitants stormed two army camps near the Afghan border overnight, killing five soldiers.", "AF"),
    ("Post overrun\nGunmen overran an army post along the Iraqi border on Sunday, killing three soldiers.", "IQ"),
]

OWNED = [
    ("Post attacked\nMilitants stormed an Afghan army post near the border overnight, killing five soldiers.", "AF"),
]


@pytest.mark.parametrize("text,neighbour", BESIDE_A_BORDER)
def test_a_nationality_on_a_border_does_not_place_the_installation(text: str, neighbour: str) -> None:
    found = detect(text, language="en", published=PUB)
    assert found.strike, text
    assert found.reports[0].country != neighbour


@pytest.mark.parametrize("text,owner", OWNED)
def test_the_owner_nationality_still_places_it(text: str, owner: str) -> None:
    found = detect(text, language="en", published=PUB)
    assert found.strike, text
    assert found.reports[0].country == owner
