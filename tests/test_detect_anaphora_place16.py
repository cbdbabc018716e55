"""An anaphora noun ("the airfield", "القاعدة الجوية", "la base") that its own sentence does not place, written after
an installation with a report of its own, is that installation told again: a country named in a sentence around it
("Russia's border regions", "تركيا") is no second place, so it opens no second report (and no second incident)."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _placed(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(r.base_id, r.country) for r in detect(text, language=lang).reports]


@pytest.mark.parametrize(("lang", "text", "base", "country"), [
    ("en", "Missiles hit Kanatove airfield overnight, the governor said. Fighting has raged across Russia's border "
           "regions for weeks. A second missile struck the airfield at dawn.", "ua-kanatove", "UA"),
    ("ar", "استهدفت طائرة مسيرة قاعدة الشدادي في الحسكة فجر اليوم. وتواصل تركيا قصف القرى الحدودية منذ أسبوع. "
           "ثم أصاب صاروخ القاعدة الجوية ظهرا.", "sy-shaddadi", "SY"),
    ("fr", "Des drones ont frappé la base aérienne d'Ain al-Asad mardi. La Syrie voisine connaît des combats depuis "
           "des mois. Un autre drone a frappé la base dans la soirée.", "iq-ain-al-asad", "IQ"),
])
def test_the_installation_told_again_is_no_second_place(lang: str, text: str, base: str, country: str) -> None:
    assert _placed(text, lang) == [(base, country)]


@pytest.mark.parametrize(("lang", "text", "second"), [
    # the second airfield has a place of its own: another attack
    ("en", "Missiles hit Kanatove airfield overnight, the governor said. Fighting has raged across Russia's border "
           "regions for weeks. A second missile struck an airfield near Kursk at dawn.", "RU"),
    ("en", "Drones hit Harir air base in Erbil overnight. A second drone attack targeted an airbase in Syria's "
           "Hasakah province, the group said.", "SY"),
    ("ar", "قصفت صواريخ قاعدة عين الأسد في الأنبار. كما استهدفت طائرة مسيرة قاعدة جوية في ريف الحسكة السوري.", "SY"),
])
def test_an_installation_placed_in_its_own_sentence_stays_apart(lang: str, text: str, second: str) -> None:
    placed = _placed(text, lang)
    assert len(placed) == 2 and placed[1] == (None, second)
