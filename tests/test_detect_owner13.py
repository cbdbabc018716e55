"""An armed group linked to the installation noun as its owner ("موقعا يتبع لحزب الله", "قاعدة تابعة لحزب الله")
is the target's side, also when the preposition is glued to the group's name; the strike's nationality word names
the attacker."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)


def _actor(text: str) -> str | None:
    reports = detect(text, language="ar", published=PUB).reports
    assert reports, text
    return reports[0].actor


@pytest.mark.parametrize("text", [
    "غارة على الجنوب\n\nاستهدفت غارة إسرائيلية موقعا يتبع لحزب الله في بلدة الخيام جنوب لبنان فجر الأحد.",
    "غارة على الجنوب\n\nاستهدفت غارة إسرائيلية موقعا تابعا لحزب الله قرب بلدة كفركلا مساء السبت.",
    "غارة على الجنوب\n\nاستهدفت غارة إسرائيلية قاعدة تابعة لحزب الله في بلدة الخيام جنوب لبنان فجر الأحد.",
])
def test_an_owner_linked_through_a_glued_preposition_is_not_the_attacker(text: str) -> None:
    assert _actor(text) == "Israel"


@pytest.mark.parametrize("text, attacker", [
    # the group as the subject that struck
    ("هجوم\n\nاستهدف حزب الله موقعا للجيش الإسرائيلي في مزارع شبعا بصاروخ موجه الأحد.", "Hezbollah"),
    # the link qualifies the fighters, not the installation
    ("هجوم\n\nهاجم مقاتلون تابعون لحزب الله موقعا للجيش الإسرائيلي قرب الحدود الأحد.", "Hezbollah"),
])
def test_the_group_that_strikes_stays_the_attacker(text: str, attacker: str) -> None:
    assert _actor(text) == attacker
