"""The installation's phrase after its noun: a country written as the noun's genitive ("the base of Turkey's
army") names its owner, and the country after it where it lies; a state with bases abroad named so places
nothing by itself, and is never taken for the attacker."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _fields(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    det = detect(text, language=lang)
    assert det.reports, text
    return [(r.country, r.actor) for r in det.reports]


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("ru", "Ночью беспилотники атаковали базу армии Турции в Ираке, сообщили местные источники.", "IQ"),
    ("fa", "پهپادها بامداد امروز به یک پایگاه ارتش ترکیه در عراق حمله کردند.", "IQ"),
    ("sw", "Wapiganaji wameshambulia kambi ya jeshi la Kenya nchini Somalia usiku wa kuamkia leo na kuua askari watatu.",
     "SO"),
])
def test_the_owner_in_the_phrase_yields_to_the_place_after_it(lang: str, text: str, country: str) -> None:
    assert [c for c, _ in _fields(text, lang)] == [country]


@pytest.mark.parametrize(("lang", "text"), [
    ("fa", "پهپادها بامداد امروز به یک پایگاه ارتش ترکیه حمله کردند و دو سرباز زخمی شدند."),
    ("ru", "Ночью беспилотники атаковали базу армии Турции, ранены двое военных."),
])
def test_a_state_with_bases_abroad_owning_the_base_is_neither_place_nor_attacker(lang: str, text: str) -> None:
    assert _fields(text, lang) == [(None, None)]


@pytest.mark.parametrize(("lang", "text", "country"), [
    # the first country comes after a preposition: it is where the base lies, whoever owns it
    ("en", "Drones struck a military base in Syria belonging to Russia overnight, a war monitor said.", "SY"),
    ("fr", "Des drones ont frappé une base militaire en Syrie près de l'Irak dans la nuit, selon une ONG.", "SY"),
    ("fa", "پهپادها بامداد امروز به یک پایگاه نظامی در سوریه متعلق به روسیه حمله کردند.", "SY"),
    # a genitive owner that is the country it lies in
    ("ru", "Ночью беспилотники атаковали базу армии Сирии под Хамой, сообщили местные источники.", "SY"),
])
def test_controls_of_the_owner_in_the_phrase(lang: str, text: str, country: str) -> None:
    assert [c for c, _ in _fields(text, lang)] == [country]
