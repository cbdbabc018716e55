"""A base named as the direction an attack came from ("from the direction of al-Tanf", "من اتجاه", "از سمت",
"yönünden") is where the aircraft flew from, not a target; the installation they struck still is."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _bases(text: str, lang: str) -> list[str | None]:
    return [r.base_id for r in detect(text, language=lang).reports]


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("ar", "أطلقت طائرات حربية صواريخها من اتجاه قاعدة التنف واستهدفت مطار الشعيرات العسكري فجر اليوم.", "sy-shayrat"),
    ("en", "Jets fired missiles from the direction of al-Tanf at the Shayrat airbase overnight, state media said.",
     "sy-shayrat"),
    ("fa", "جنگنده‌ها بامداد امروز از سمت پایگاه التنف به فرودگاه نظامی الشعیرات حمله کردند.", "sy-shayrat"),
])
def test_the_base_an_attack_came_from_is_not_a_target(lang: str, text: str, target: str) -> None:
    assert _bases(text, lang) == [target]


@pytest.mark.parametrize(("lang", "text", "target"), [
    # "on the other hand" opens the sentence, far from the base
    ("ar", "من جهة أخرى، استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد بطائرة مسيرة فجر اليوم.",
     "iq-ain-al-asad"),
    # the area launched from is a town; the base after the verb is the target
    ("en", "Drones launched from the area of Qaim struck Ain al-Asad air base overnight, officials said.",
     "iq-ain-al-asad"),
])
def test_controls_of_the_direction_of_origin(lang: str, text: str, target: str) -> None:
    assert _bases(text, lang) == [target]
