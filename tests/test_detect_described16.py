"""Words that describe an installation as a frequent target ("the most frequently targeted base", "among the
most heavily attacked bases") tell a statistic, not an attack: they are the lexicon's tally words. Air defences
that are to be deployed at a base ("plans to deploy", "would deploy") are a delivery, as "deployed" already was.
A sentence that also tells its own attack, with a day or before the description, still alerts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.detect import detect

PUBLISHED = datetime(2026, 3, 10, 9, tzinfo=UTC)


def _alerts(text: str) -> bool:
    return detect(text, language="en", published=PUBLISHED).strike


@pytest.mark.parametrize("text", [
    "The sprawling Ain al-Asad air base has been one of the most frequently targeted installations in Iraq.",
    "Ain al-Asad is among the most heavily attacked bases in the country, analysts say.",
    "The Pentagon plans to deploy more air defences to Ain al-Asad and Harir.",
    "Officials said they would deploy two Patriot batteries to Harir air base to counter drone attacks.",
])
def test_a_description_or_a_delivery_is_no_attack(text: str) -> None:
    assert not _alerts(text)


@pytest.mark.parametrize("text", [
    "Drones struck Ain al-Asad, the most frequently targeted base in Iraq, on Monday.",
    "Two drones attacked Harir, the most often targeted base in Erbil province, officials said.",
    "A drone attacked Ain al-Asad air base, the most attacked US site in Iraq, security sources said.",
    "Drones attacked Harir air base, where the US plans to deploy more air defences, officials said on Sunday.",
])
def test_an_attack_told_beside_the_description_still_alerts(text: str) -> None:
    assert _alerts(text)
