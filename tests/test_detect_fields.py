"""Alert fields on texts with no publication date: the event date a text fixes, and the attack type."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.detect import detect
from pipelines.detect.dates import year_of_day


def _date(text: str, lang: str) -> date | None:
    reports = detect(text, language=lang).reports
    assert reports, text
    return reports[0].event_date


# A day and month with no year and no publication date: the weekday written with them fixes
# the year (nearest the latest year the article names), else the latest year stands in.
YEARLESS = [
    ("en", "Militants shelled the Kandahar air base with rockets on Saturday 14 April. "
           "The base was expanded in 2018.", date(2018, 4, 14)),
    ("fr", "Des roquettes ont frappé la base aérienne de Kandahar le mercredi 3 juillet. "
           "Le camp avait déjà été visé en 2019.", date(2019, 7, 3)),
    ("en", "Militants shelled the Kandahar air base with rockets on 14 April. "
           "The base was expanded in 2016.", date(2016, 4, 14)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEARLESS)
def test_yearless_day_month_takes_its_year_from_weekday_or_latest_year(lang: str, text: str, expected: date) -> None:
    assert _date(text, lang) == expected


def test_year_of_day_never_picks_a_future_year() -> None:
    # 20 January fell on a Saturday in 2018 and 2024 (and falls on one in 2029).
    assert year_of_day(1, 20, 5, None, this_year=2026) == 2024
    assert year_of_day(1, 20, 5, 2019, this_year=2026) == 2018
    assert year_of_day(1, 20, None, 2019, this_year=2026) == 2019


# Romance languages put "de" between the day and the month.
def test_day_de_month_is_a_date() -> None:
    text = ("Cohetes lanzados desde Irak alcanzaron la base militar de Rumalyn el domingo 3 de diciembre "
            "de 2023, según el Pentágono.")
    assert _date(text, "es") == date(2023, 12, 3)


# Languages whose lexicon had no weekday or month names.
OTHER_LANGUAGES = [
    ("pt", "Foguetes atingiram a base aérea de Ain al-Asad no domingo, 3 de dezembro de 2023.", date(2023, 12, 3)),
    ("it", "Razzi hanno colpito la base aerea di Ain al-Asad sabato 20 gennaio 2024.", date(2024, 1, 20)),
    ("pl", "Rakiety uderzyły w bazę lotniczą Ain al-Asad w sobotę 20 stycznia 2024 roku.", date(2024, 1, 20)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_LANGUAGES)
def test_month_names_of_more_languages(lang: str, text: str, expected: date) -> None:
    assert _date(text, lang) == expected


def _type(text: str, lang: str = "en") -> str:
    reports = detect(text, language=lang).reports
    assert reports, text
    return reports[0].attack_type


# The weapon may be named only further down the article, past the neighbouring sentences.
def test_weapon_named_far_from_the_mention_still_types_the_attack() -> None:
    text = ("Officials gave few details on Monday.\n\n"
            "Ain al-Asad air base was attacked overnight, the army said.\n\n"
            "Nobody was hurt, according to the statement.\n\n"
            "Sirens sounded across the area for an hour.\n\n"
            "Investigators later found the wreckage of two drones near the perimeter fence.")
    assert _type(text) == "drone"


# No weapon anywhere: an armed group's attack is a ground assault, a state's stays unstated.
UNARMED = [
    ("en", "Boko Haram attacked an army base in Monguno on Monday, killing 20 soldiers.", "ground_assault"),
    ("fr", "Des éléments du JNIM ont attaqué le camp militaire de Kati ce vendredi.", "ground_assault"),
    ("en", "Russia attacked the Belbek military airfield on Monday, the governor said.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UNARMED)
def test_armed_group_without_a_weapon_is_a_ground_assault(lang: str, text: str, expected: str) -> None:
    assert _type(text, lang) == expected


# A generic weapon word qualified by a more specific one: "ballistic rockets" are missiles.
def test_rocket_qualified_as_a_missile_is_a_missile() -> None:
    assert _type("Iran fired a dozen ballistic rockets at Ain al-Asad air base overnight.") == "missile"


# Spanish writes a drone as an "unmanned aircraft" in the singular too.
def test_spanish_unmanned_aircraft_is_a_drone() -> None:
    text = "Un grupo armado dijo que había atacado la base militar de Al Harir con un avión no tripulado."
    assert _type(text, "es") == "drone"


# A "missile strike" in Russian ("ракетный удар") and any Ukrainian "ракета" are missiles;
# a "ракетный обстрел" (rocket fire) stays rockets.
SLAVIC = [
    ("ru", "Ракетный удар нанесен по военному аэродрому Бельбек в Крыму ночью.", "missile"),
    ("uk", "Українські ракети уразили військовий аеродром Бельбек у Криму вночі.", "missile"),
    ("ru", "Боевики подвергли ракетному обстрелу авиабазу Хмеймим в Сирии.", "rocket"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SLAVIC)
def test_slavic_raketa_is_a_missile(lang: str, text: str, expected: str) -> None:
    assert _type(text, lang) == expected


# A headline names the attack, the lede under it dates it.
def test_headline_report_is_dated_by_its_lede() -> None:
    text = ("Drone attack hits Ain al-Asad air base\n\n"
            "Officials said on 5 November 2023 that nobody was hurt.\n\n"
            "An investigation is under way.")
    assert _date(text, "en") == date(2023, 11, 5)


# Failure class 9: one attack must not carry two dates. A headline with no place makes its own
# report; undated, it fell back to the publication date while the body's weekday gave another day.
def test_headline_and_body_reports_of_one_attack_share_its_date() -> None:
    from datetime import datetime, timezone

    published = datetime(2023, 8, 21, 10, 0, tzinfo=timezone.utc)  # a Monday
    text = ("Drones attack a military airfield\n\n"
            "On Saturday, Ukrainian drones attacked a military airfield in the Novgorod region, "
            "the ministry said.")
    reports = detect(text, published=published, language="en").reports
    assert reports
    assert {r.event_date for r in reports} == {date(2023, 8, 19)}


# The group must be named in the attack's own sentence: an overview of a campaign that says only
# "an attack on X" states no means, even when the group behind the campaign is named elsewhere.
def test_group_named_elsewhere_leaves_the_means_unstated() -> None:
    text = ("The Islamic Resistance in Iraq has escalated its campaign against US forces.\n\n"
            "The week's operations included an attack on Ain al-Asad air base on Sunday night.")
    assert _type(text) == "other"


# --explain says where a yearless date's year came from.
def test_explain_names_the_year_rule() -> None:
    from pipelines.detect.explain import explain

    text = ("Militants shelled the Kandahar air base with rockets on Saturday 14 April. "
            "The base was expanded in 2018.")
    report = explain(text, language="en")["reports"][0]
    assert report["event_date"] == "2018-04-14"
    assert "year from the weekday" in report["date_rule"]


# A word two merged lexicons type differently gets one type, not the one Python's hash seed puts
# first: Russian "ракета" (rocket) and Ukrainian (missile) in an article whose language has no
# lexicon (Bulgarian here); a suicide bomber's "kamikaze" and a drone's.
def test_a_word_typed_two_ways_gets_one_type() -> None:
    from pipelines.detect.document import Cue
    from pipelines.detect.fields.weapon import _kind

    assert _kind(Cue(frozenset({"t_rocket", "t_missile", "verb"}), 0, 6, "ракети")) == "missile"
    assert _kind(Cue(frozenset({"t_drone", "t_ied"}), 0, 8, "kamikaze")) == "ied"
    text = "Украински ракети удариха военното летище Белбек в Крим през нощта."
    assert _type(text, "bg") == "missile"
