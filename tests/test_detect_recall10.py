"""Recall and attacker of unseen news outside Arabic, Persian and Urdu (issue 16): short Russian and
Ukrainian excerpts, Crimea's airfields struck by Ukraine, and the other languages' leftovers. The
articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday


def _first_report(text: str, lang: str) -> tuple[str | None, str, str | None]:
    """The installation, attack type and attacker of the first report of a text that must be a strike."""
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    report = found.reports[0]
    return report.base_id, report.attack_type, report.actor


# A strike dealt with its weapon between the verb and its noun ('нанесли ракетный удар': the weapon
# compound holds the verb's noun), and the Ukrainian perfective 'вдарили' with 'балістикою'.
STRIKE_DEALT = [
    ("ru", "Российская армия нанесла ракетный удар по аэродрому Миргород в Полтавской области.",
     "ua-myrhorod", "missile", "Russia"),
    ("ru", "По аэродрому Кульбакино нанесен ракетный удар, заявили в штабе.", "ua-kulbakino", "missile", None),
    ("uk", "Росіяни вдарили балістикою по аеродрому Миргород.", "ua-myrhorod", "missile", "Russia"),
]

# The same words where nothing was dealt: a threat, and the noun of a past strike retold.
STRIKE_NOT_DEALT = [
    ("ru", "Эксперт предупредил, что армия может нанести ракетный удар по аэродрому Миргород."),
    ("uk", "Генерал пригрозив, що росіяни можуть вдарити по аеродрому Миргород."),
]

# Occupied Crimea's airfields are held by Russia: Ukraine, or its service, is the attacker there.
CRIMEA_STRUCK = [
    ("ru", "ВСУ нанесли удар по аэродрому Кача ракетами ATACMS.", "ua-kacha", "missile", "Ukraine"),
    ("uk", "СБУ атакувала дронами аеродром Саки вранці.", "ua-saky", "drone", "Security Service of Ukraine (SBU)"),
]


def _ids(cases: list[tuple]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


@pytest.mark.parametrize("lang,text,base,kind,attacker", STRIKE_DEALT, ids=_ids(STRIKE_DEALT))
def test_a_strike_dealt_with_its_weapon_between(lang: str, text: str, base: str, kind: str, attacker: str) -> None:
    assert _first_report(text, lang) == (base, kind, attacker)


@pytest.mark.parametrize("lang,text", STRIKE_NOT_DEALT, ids=_ids(STRIKE_NOT_DEALT))
def test_a_strike_threatened_stays_no_strike(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind,attacker", CRIMEA_STRUCK, ids=_ids(CRIMEA_STRUCK))
def test_ukraine_strikes_an_airfield_russia_holds(lang: str, text: str, base: str, kind: str, attacker: str) -> None:
    assert _first_report(text, lang) == (base, kind, attacker)
