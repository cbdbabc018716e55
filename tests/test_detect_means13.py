"""The means written right after the target: an attack told by assault words before the installation ("fighters
attacked") takes the weapon that a means word introduces after it ("with mortars", "mit Drohnen"), and only that."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)


def _type(text: str, language: str) -> str:
    reports = detect(text, language=language, published=PUB).reports
    assert reports, text
    return reports[0].attack_type


@pytest.mark.parametrize("text, language, kind", [
    ("Base shelled\n\nAl-Shabaab fighters attacked the Kismayo airport base with mortars on Sunday.", "en", "mortar"),
    ("Drone attack\n\nInsurgents attacked Balad Air Base with drones overnight, officials said.", "en", "drone"),
    ("Taji hit\n\nFighters attacked Camp Taji using rockets late on Saturday, police said.", "en", "rocket"),
    ("Angriff\n\nKämpfer griffen den Stützpunkt Ain al-Asad mit Drohnen an, teilte das Militär am Sonntag mit.", "de",
     "drone"),
])
def test_the_means_after_the_target_names_the_weapon(text: str, language: str, kind: str) -> None:
    assert _type(text, language) == kind


@pytest.mark.parametrize("text, language", [
    # no means word: the drones are where they are kept, not what was fired
    ("Harir attacked\n\nFighters attacked the Harir base where drones of the coalition are kept, officials said on "
     "Sunday.", "en"),
    # a clause of its own: the drones circle, the fighters storm
    ("Balad attacked\n\nInsurgents attacked Balad Air Base, with drones circling overhead, officials said.", "en"),
    # what they did next, not what they fired
    ("Balad attacked\n\nInsurgents attacked Balad Air Base and later destroyed two drones parked on the runway, "
     "officials said.", "en"),
    # arms that name no weapon type stay an assault
    ("Taji stormed\n\nGunmen stormed Camp Taji with rifles overnight, killing two soldiers, police said.", "en"),
])
def test_an_assault_keeps_its_type_without_a_means_after_the_target(text: str, language: str) -> None:
    assert _type(text, language) == "ground_assault"
