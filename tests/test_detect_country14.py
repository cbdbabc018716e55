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


@pytest.mark.parametrize(("lang", "text", "country", "region"), [
    # places the regional press names beside unnamed installations, in its own script (places.yaml)
    ("ar", "هاجمت طائرات مسيرة أوكرانية مطارا عسكريا قرب مدينة أورينبورغ فجر اليوم.", "RU", "Orenburg"),
    ("fa", "پهپادهای اوکراینی بامداد امروز یک فرودگاه نظامی در نزدیکی اولیانوفسک را هدف قرار دادند.", "RU", "Ulyanovsk"),
    ("ar", "قصفت القوات الأوكرانية مطارا عسكريا قرب جانكوي في شبه جزيرة القرم.", "UA", "Dzhankoi"),
    ("fa", "روسیه با موشک به یک پایگاه نظامی در نزدیکی پاولوهراد حمله کرد.", "UA", "Pavlohrad"),
    ("ru", "Удар по базе\n\nИзраильские самолеты нанесли удар по военной базе в районе Кардахи, сообщили источники.", "SY", "Qardaha"),
    ("ru", "Удар по военной базе\n\nРакеты попали в военную базу в районе Байджи, сообщили иракские силовики.", "IQ", "Baiji"),
    ("ru", "Обстрел базы\n\nРакеты упали на территории военной базы у Баакубы, сообщили иракские силовики.", "IQ", "Baqubah"),
    ("he", "רחפן תקף בסיס צבאי סמוך לסולימאניה, כך דווח.", "IQ", "Sulaymaniyah"),
    ("he", "מטוסים תקפו בסיס צבאי בקלמון, כך דווח.", "SY", "Qalamoun"),
    ("ar", "هاجم مسلحون معسكرا للجيش في جيبو شمالي البلاد، ما أسفر عن مقتل جنود.", "BF", "Djibo"),
    ("ar", "هاجم مسلحون قاعدة عسكرية في منطقة دوينتزا وسط البلاد.", "ML", "Douentza"),
    ("ar", "اقتحم مقاتلو حركة الشباب قاعدة عسكرية في بلدة عيل بور وسط البلاد.", "SO", "El Bur"),
])
def test_places_in_the_press_own_script(lang: str, text: str, country: str, region: str) -> None:
    det = detect(text, language=lang)
    assert [(r.country, r.region) for r in det.reports] == [(country, region)]


def test_a_town_that_is_the_start_of_a_longer_word_stays_unmatched() -> None:
    # Arabic 'جيبو' (Djibo) is no part of 'جيبوتي' (Djibouti), where the word goes on
    det = detect("هاجم مسلحون قاعدة عسكرية في جيبوتي فجر اليوم.", language="ar")
    assert [r.country for r in det.reports] != ["BF"]


@pytest.mark.parametrize(("text", "country"), [
    # the sayer's country yields to the place the headline or another line gives: the base may lie abroad
    ("Rockets hit base in northern Iraq\n\nTurkey's defence ministry said rockets fired by PKK militants hit a "
     "Turkish military base overnight, killing one soldier.", ["IQ"]),
    ("Attack on Russian base in Syria\n\nRussia's defence ministry said militants fired drones at a Russian air base "
     "overnight, all of which were shot down.", ["SY"]),
])
def test_the_sayers_country_yields_to_a_place(text: str, country: list[str]) -> None:
    assert [r.country for r in detect(text, language="en").reports] == country


@pytest.mark.parametrize(("text", "country"), [
    # where nothing else places it, the sayer's country still does; a place in the sentence comes first
    ("Israeli jets strike air base\n\nSyria's army said Israeli jets struck an air base overnight, killing two "
     "soldiers.", ["SY"]),
    ("Airfield hit\n\nUkraine's air force said Russian missiles hit a military airfield overnight. Earlier, drones "
     "were launched from Russia's Kursk region.", ["UA"]),
    ("Base attacked\n\nIraq's security media cell said two rockets hit a base hosting US forces, without giving "
     "details.", ["IQ"]),
    ("Attack on Turkish base\n\nTurkey's defence ministry said PKK militants attacked a base in Duhok province, "
     "killing two soldiers.", ["IQ"]),
    ("Russia says airfield attacked\n\nRussia's defence ministry said Ukrainian drones attacked a military airfield "
     "overnight.", ["RU"]),
])
def test_controls_of_the_sayers_country(text: str, country: list[str]) -> None:
    assert [r.country for r in detect(text, language="en").reports] == country
