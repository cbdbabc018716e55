"""Mentions as written: an unnamed installation keeps the words that place it, and no more."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _mentions(text: str, places_gaz) -> list[str | None]:
    det = detect(text, gazetteer=places_gaz)
    assert det.reports, text
    return [r.mention for r in det.reports]


@pytest.mark.parametrize(("text", "mention"), [
    # a time phrase after the place: weekday, "early on", "overnight", a relative day, a month
    ("Gunmen attacked a military camp in Bannu early on Monday, killing four soldiers.", "military camp in Bannu"),
    ("A drone hit an army base near Kirkuk overnight and set a fuel depot on fire.", "army base near Kirkuk"),
    ("Insurgents shelled a military post in Gao yesterday after nightfall.", "military post in Gao"),
    ("Rockets struck an air base in Hasakah in March as talks stalled.", "air base in Hasakah"),
    ("Jihadists attacked an army camp in Boni on Tuesday, killing two soldiers.", "army camp in Boni"),
    # a verb after the name ("wurde"), a relative clause ("which had been"), an owner's nationality
    ("Ein Raketenangriff auf den Luftwaffenstützpunkt Kleinhausen wurde am Dienstag gemeldet.",
     "Luftwaffenstützpunkt Kleinhausen"),
    ("Al-Shabaab attacked a Somali army base in Hiran region which had been reinforced.",
     "Somali army base in Hiran region"),
    ("Gunmen attacked the Bakassi military base of the Nigerian army on Sunday.", "Bakassi military base"),
    # a distance with its count places the camp; a border is kept as the place phrase
    ("Militants attacked an army camp 15 km from Bannu on Friday.", "army camp 15 km from Bannu"),
    ("Militants attacked two military camps near the Afghan border on Sunday, killing three soldiers.",
     "military camps near the Afghan border"),
    # a preposition the lexicon lacks, before a name, with its particles
    ("Des jihadistes ont attaqué un camp militaire près de Boni lundi soir.", "camp militaire près de Boni"),
    ("Hombres armados atacaron una base militar cerca de Boni el lunes.", "base militar cerca de Boni"),
    # other languages: the date words of each lexicon end the phrase
    ("Terroristi hanno attaccato una base militare nella regione di Tillabéri lunedì sera.",
     "base militare nella regione di Tillabéri"),
    ("هاجم مسلحون معسكرا للجيش في محافظة شبوة فجر اليوم وقتلوا ثلاثة جنود.", "معسكرا للجيش في محافظة شبوة"),
    ("פגז נחת על בסיס צבאי בגליל העליון ביום שני בבוקר.", "בסיס צבאי בגליל העליון"),
    ("پهپادها بامداد امروز یک پایگاه نظامی در استان کرمانشاه را هدف قرار دادند.", "پایگاه نظامی در استان کرمانشاه"),
])
def test_the_place_phrase_ends_where_the_sentence_goes_on(text: str, mention: str, places_gaz) -> None:
    assert _mentions(text, places_gaz) == [mention]


def _countries(text: str, places_gaz) -> list[str | None]:
    det = detect(text, gazetteer=places_gaz)
    assert det.reports, text
    assert all(r.base_id is None for r in det.reports)
    return [r.country for r in det.reports]


@pytest.mark.parametrize("text", [
    "An army base in Boni was struck by Israel on Monday, killing two soldiers.",
    "A military camp near Boni came under attack from Iran overnight.",
    "La base militaire de Boni a été visée par la Russie lundi.",
    # the agent words of the es, it, pt and ar lexicons, and the Turkish postposition after its doer
    "Una base militar en Boni fue atacada por Israel el lunes.",
    "Una base militare a Boni è stata colpita da Israele lunedì.",
    "Uma base militar em Boni foi atacada por Israel na segunda-feira.",
    "تم استهداف قاعدة عسكرية في بوني من قبل إسرائيل.",
    "Boni'deki bir askeri üs İsrail tarafından vuruldu.",
    "מוצב צבאי הותקף על ידי איראן הלילה.",
])
def test_the_doer_of_a_passive_does_not_place_the_installation(text: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [None]  # Boni is in two countries, so nothing else places it


def test_the_doer_of_a_passive_leaves_the_place_named_with_the_installation(places_gaz) -> None:
    assert _countries("A military camp in Tartus province was hit by Israel overnight.", places_gaz) == ["SY"]


def test_an_unplaced_installation_takes_the_country_the_rest_of_the_article_agrees_on(places_gaz) -> None:
    lines = ["Jihadists attacked an army camp in Boni on Tuesday, killing two soldiers.",
             "The army sent reinforcements.", "Officials gave no toll.", "Residents fled the area.",
             "Traders said the road between Douentza and Hombori was closed."]
    assert _countries(" ".join(lines), places_gaz) == ["ML"]
    lines[-1] = "Traders said the road between Djibo and Douentza was closed."
    assert _countries(" ".join(lines), places_gaz) == [None]  # towns of two countries: no agreement


@pytest.mark.parametrize(("text", "mention"), [
    # the region's noun after its name is a town word of the lexicon: part of the place phrase
    ("Беспилотники атаковали военный аэродром в Курской области в ночь на вторник.", "военный аэродром в Курской области"),
    ("Дрони атакували військовий аеродром у Курській області вночі.", "військовий аеродром у Курській області"),
    ("Ракеты ударили по военной базе в Краснодарском крае в понедельник.", "военной базе в Краснодарском крае"),
    ("Drones struck a military airfield in the Bryansk region overnight.", "military airfield in the Bryansk region"),
])
def test_the_region_noun_after_the_place_belongs_to_the_phrase(text: str, mention: str, places_gaz) -> None:
    assert _mentions(text, places_gaz) == [mention]
