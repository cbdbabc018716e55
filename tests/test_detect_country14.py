"""Country of an unnamed installation where the parties are in different countries (COUNTRY14): the state that
struck, written as the genitive of an attack noun, is no place."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _countries(text: str, lang: str) -> list[str | None]:
    det = detect(text, language=lang)
    assert det.reports, text
    return [r.country for r in det.reports]


@pytest.mark.parametrize(("lang", "text", "country"), [
    # the doer right after the attack noun, the target marked after it: one report, placed by the lede
    ("fa", "حمله اسرائیل به فرودگاه نظامی\n\nجنگنده‌های اسرائیلی یک فرودگاه نظامی در استان حمص سوریه را بمباران کردند.",
     "SY"),
    ("fa", "حمله پهپادی اوکراین به فرودگاه نظامی\n\nپهپادها بامداد امروز یک فرودگاه نظامی در استان ساراتوف را هدف قرار دادند.",
     "RU"),
    ("ru", "Удар Израиля по авиабазе\n\nИзраильские самолеты нанесли удар по авиабазе в провинции Хомс.", "SY"),
    ("uk", "Удар України по аеродрому\n\nДрони уразили військовий аеродром у Саратовській області, повідомили джерела.",
     "RU"),
    ("he", "תקיפת ישראל בבסיס אווירי\n\nמטוסי קרב תקפו בסיס אווירי ליד חומס, דיווחה סוכנות הידיעות הסורית.", "SY"),
    # where the attack noun closes the phrase, its genitive agrees with it: Israel's attack on a base
    ("ur", "اسرائیل کا فوجی اڈے پر حملہ\n\nاسرائیلی طیاروں نے حمص کے قریب ایک فوجی اڈے پر بمباری کی۔", "SY"),
    ("hi", "इजरायल का सैन्य अड्डे पर हमला\n\nइजरायली विमानों ने सीरिया के होम्स के पास एक सैन्य अड्डे पर बमबारी की।",
     "SY"),
    # in the headline over a lede that names no place, the country struck places it, not the one that struck
    ("ru", "Удар Израиля по Сирии\n\nСамолеты нанесли удар по военной авиабазе ночью, сообщили местные СМИ.", "SY"),
    ("uk", "Удар Росії по Україні\n\nРосійські ракети влучили у військовий аеродром уночі, повідомили в Повітряних силах.",
     "UA"),
    ("he", "תקיפת ישראל בסוריה\n\nמטוסי קרב תקפו בסיס צבאי הלילה, כך דווח.", "SY"),
])
def test_the_doer_of_an_attack_noun_places_nothing(lang: str, text: str, country: str) -> None:
    assert _countries(text, lang) == [country]


@pytest.mark.parametrize(("lang", "text", "country"), [
    # the genitive is the installation's owner (oblique "کے", "के"), or the country struck
    ("ur", "پاکستان کے فوجی اڈے پر حملہ\n\nدہشت گردوں نے رات گئے ایک فوجی اڈے پر حملہ کیا، دو اہلکار شہید ہو گئے۔", "PK"),
    ("hi", "पाकिस्तान के सैन्य अड्डे पर हमला\n\nआतंकवादियों ने रात में एक सैन्य अड्डे पर हमला किया, दो जवान मारे गए।", "PK"),
    ("ur", "حملہ\n\nبھارت کا پاکستان کے فوجی اڈے پر حملہ ناکام بنا دیا گیا۔", "PK"),
    ("ru", "Удар по Сирии\n\nИзраильские самолеты нанесли удар по авиабазе ночью, сообщили сирийские СМИ.", "SY"),
    ("fa", "حمله اسرائیل به سوریه\n\nجنگنده‌ها بامداد امروز یک پایگاه نظامی را بمباران کردند.", "SY"),
    ("fa", "بمباران سوریه\n\nجنگنده‌ها بامداد امروز یک پایگاه نظامی را بمباران کردند.", "SY"),
    ("fa", "حمله به پایگاه نظامی سوریه\n\nپهپادها یک پایگاه نظامی را هدف قرار دادند.", "SY"),
])
def test_controls_of_the_doer_of_an_attack_noun(lang: str, text: str, country: str) -> None:
    assert _countries(text, lang) == [country]
