"""Country of an unnamed installation (issue 16, class 4): where it lies, never its owner's or its attacker's country."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _countries(text: str, gaz) -> list[str | None]:
    det = detect(text, gazetteer=gaz)
    assert det.reports, text
    assert all(r.base_id is None for r in det.reports)  # unnamed: the country comes from the text
    return [r.country for r in det.reports]


@pytest.mark.parametrize(("text", "country"), [
    # the owner in the possessive before the noun, the place after it
    ("Turkey's military base in Qatar was hit by two drones on Monday.", "QA"),
    ("Russia's military base in Syria came under drone attack overnight.", "SY"),
    # Persian: the attacking army opens the sentence, the place follows the noun
    ("ارتش اسرائیل یک پایگاه نظامی در سوریه را بمباران کرد.", "SY"),
    # French: the origin country and the place stand as far from the noun
    ("Des roquettes tirées depuis le Liban ont frappé une base militaire dans le nord d'Israël.", "IL"),
    # a group's name is no plural of a town ("Hamas" is not the Syrian town Hama)
    ("Israeli forces raided a Hamas compound in Gaza's Khan Younis.", "PS"),
])
def test_the_country_in_the_installations_own_phrase_places_it(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


def test_a_country_qualifying_the_weapon_is_the_attacker_in_a_verb_final_sentence(places_gaz) -> None:
    # "Israeli warplanes struck a military airfield last night": Israel owns the weapon, not the airfield
    text = "İsrail savaş uçakları dün gece bir askeri havaalanını vurdu, iki asker öldü."
    assert _countries(text, places_gaz) == [None]


@pytest.mark.parametrize(("text", "country"), [
    # controls: a country before the noun still places it when nothing after the noun does
    ("Russia's air base came under attack by Ukrainian drones overnight, the governor said.", "RU"),
    # a country after a clause mark is the speaker's, not the phrase's
    ("Rockets hit a US base in Syria on Monday, Iraq's Islamic Resistance said.", "SY"),
    ("Israeli jets struck a base used by Iran in Syria early on Friday.", "SY"),
    # Turkish: a locative with its case ending keeps placing the airfield
    ("İsrail, Suriye'deki bir askeri havaalanını vurdu.", "SY"),
])
def test_controls_of_the_phrase_country(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "country"), [
    # Ukrainian and Russian oblast adjectives whose ending is longer than the matcher's three letters
    ("Росія завдала ракетного удару по аеродрому в Житомирській області.", "UA"),
    ("Російські дрони атакували військовий аеродром у Черкаській області вночі.", "UA"),
    ("Ракеты поразили военный аэродром в Закарпатской области, сообщили власти.", "UA"),
    # states, regions and towns of Nigeria, Mali and Somalia the places list lacked
    ("Boko Haram fighters attacked a military base in Bauchi State on Sunday, killing four soldiers.", "NG"),
    ("Des jihadistes ont attaqué le camp militaire de Diabaly dans la nuit de dimanche.", "ML"),
    ("Al-Shabaab fighters stormed a military base in Togdheer, officials said.", "SO"),
])
def test_provinces_and_towns_of_the_wider_region_place_the_installation(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "base_id"), [
    ("Беспилотники атаковали военный аэродром в Ейске, сообщил губернатор.", "ru-yeysk"),
    ("Дроны атаковали аэродром в Энгельсе Саратовской области.", "ru-engels"),
    ("Дроны атаковали военный аэродром под Борисоглебском.", "ru-borisoglebsk"),
    ("Російські ракети влучили в аеродром у Старокостянтинові.", "ua-starokostiantyniv"),
])
def test_an_airfield_in_the_town_it_dominates_is_that_base(text: str, base_id: str) -> None:
    assert base_id in [r.base_id for r in detect(text).reports]


@pytest.mark.parametrize("text", [
    "KYIV, Ukraine (AP) — Ukrainian drones struck a military airfield overnight, officials said.",
    "RIYADH, Saudi Arabia (AP) — Coalition jets bombed a Houthi military camp overnight.",
])
def test_the_datelines_country_is_where_the_report_was_filed_not_the_attack(text: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [None]


@pytest.mark.parametrize(("text", "country"), [
    # controls: the place after the dateline still places the installation
    ("BEIRUT, Lebanon (AP) — Israeli jets struck a Hezbollah military site near Nabatieh on Thursday.", "LB"),
    ("AMMAN, Jordan (AP) — Iranian missiles hit an Israeli air base in the Negev overnight.", "IL"),
    ("BAGHDAD (Reuters) - Rockets hit a military base in Syria on Monday, a war monitor said.", "SY"),
])
def test_controls_after_a_dateline(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize("text", [
    # Arabic headline order, the subject before its verb
    "إيران تستهدف قاعدة جوية بالصواريخ الباليستية فجر اليوم.",
    # Russian: the verb's own words stand between the attacker and the strike noun
    "Россия нанесла массированный удар по военному аэродрому.",
])
def test_the_attacker_opening_the_sentence_does_not_place_the_installation(text: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [None]


@pytest.mark.parametrize(("text", "country"), [
    # controls: a country before an unknown verb with a known word between is still the scene
    ("Iraq witnessed another rocket attack on a military base on Monday.", "IQ"),
    ("Syria saw renewed strikes on a military airport overnight.", "SY"),
    ("في سوريا، قصفت طائرات إسرائيلية قاعدة عسكرية فجر اليوم.", "SY"),
])
def test_controls_of_the_opening_subject(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "country"), [
    ("A drone struck a military base overnight. Officials accused Iran of being behind the attack on the base in Syria.",
     "SY"),
    # control: the accuser, here the country struck, still places it
    ("Drones struck a military base overnight. Iraq blamed Iran for the attack.", "IQ"),
])
def test_the_accused_country_is_not_where_the_base_is(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "country"), [
    # the attackers' cause, in a line before the one that places the base
    ("Hezbollah said it fired drones at an army base on Sunday. The group said it was retaliating for Israeli "
     "strikes on southern Lebanon. The base lies near Safed.", "IL"),
    ("Українські дрони атакували військовий аеродром. Удар завдано у відповідь на обстріли Харківщини. "
     "Аеродром розташований у Курській області.", "RU"),
])
def test_the_region_the_attackers_answer_is_not_where_the_base_is(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize("text", [
    "Israel atacó una base militar anoche, según fuentes locales.",
    "Israele ha colpito una base militare nella notte.",
    "Rosja zaatakowała lotnisko wojskowe w nocy.",
    "Israel bombardeou uma base militar durante a noite.",
])
def test_the_attacker_opening_the_sentence_places_nothing_in_every_subject_first_language(text: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [None]


@pytest.mark.parametrize(("text", "country"), [
    # controls: a locative with its preposition, or a heading with a colon, still places it
    ("En Siria, drones atacaron una base militar anoche.", "SY"),
    ("Siria: drones atacaron una base militar anoche.", "SY"),
    ("In Siria, droni hanno colpito una base militare nella notte.", "SY"),
    ("W Rosji drony zaatakowały lotnisko wojskowe w nocy.", "RU"),
])
def test_controls_of_the_subject_first_languages(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]
