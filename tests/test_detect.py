"""Detector behaviour on short texts written for these tests, one phenomenon per row."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 3, 11, 9, 0, tzinfo=timezone.utc)  # a Monday

# (language, text, expected base ids in report order; [] means no report)
POSITIVE = [
    ("en", "Two drones attacked Ain al-Asad air base in western Iraq on Sunday, officials said.", ["iq-ain-al-asad"]),
    ("en", "Rockets were fired at the Victory base near Baghdad airport late last night.", ["iq-victory"]),
    ("en", "The Islamic Resistance in Iraq said it targeted the occupation base at Harir with a drone.", ["iq-harir"]),
    ("en", "A one-way attack drone struck Tower 22 in Jordan, killing three US soldiers.", ["jo-tower-22"]),
    ("en", "Gunmen stormed the Pathankot air force base before dawn.", ["in-pathankot"]),
    ("en", "A suicide car bomb exploded at the gate of Camp Taji.", ["iq-taji"]),
    ("en", "Ukrainian drones hit the Engels air base overnight, the governor said.", ["ru-engels"]),
    ("en", "Air defences shot down a drone over the Hmeimim air base.", ["sy-hmeimim"]),
    ("en", "Unidentified warplanes bombed Al-Watiya airbase overnight.", ["ly-al-watiya"]),
]

NEGATIVE = [
    ("en", "The defence minister visited Ain al-Asad air base and met troops there."),
    ("en", "Iran warned that US bases in the region would be targeted if it is attacked."),
    ("en", "The coalition denied reports that rockets hit the Conoco base."),
    ("en", "Families marked the tenth anniversary of the massacre at Camp Speicher."),
    ("en", "The hurricane hit Tyndall Air Force Base, destroying hangars."),
    ("en", "An avalanche hit Everest base camp, burying tents."),
    ("en", "Hackers attacked the customer database of a bank."),
    ("en", "A roadside bomb struck a coalition supply convoy on the highway."),
    ("en", "Troops held a live-fire exercise at Incirlik air base."),
    ("en", "Drones took off from Hmeimim and struck villages in Idlib."),
    ("en", "A fire broke out in an ammunition depot at the base after a lightning strike."),
]


@pytest.mark.parametrize(("lang", "text", "bases"), POSITIVE)
def test_strike_reports(lang: str, text: str, bases: list[str]) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, det
    assert [r.base_id for r in det.reports] == bases
    assert 0.5 <= det.score <= 1.0


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_not_reports(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert not det.strike, det.reports
    assert det.score < 0.5


def test_multi_attack_multi_site_like_the_seed() -> None:
    text = (
        "Iraqi resistance fighters launched five attacks on American positions overnight.\n"
        "The operations included a drone attack on Ain al-Asad air base, a rocket attack on the "
        "Harir base north of Erbil, another drone attack on Ain al-Asad, an attack on the Al-Tanf "
        "garrison, and a third attack on Ain al-Asad."
    )
    det = detect(text, language="en", published=PUB)
    ids = [r.base_id for r in det.reports]
    assert ids == ["iq-ain-al-asad", "iq-harir", "iq-ain-al-asad", "sy-al-tanf", "iq-ain-al-asad"]
    assert det.reports[0].attack_type == "drone"
    assert det.reports[1].attack_type == "rocket"
    assert all(r.actor == "Iraqi resistance" for r in det.reports)
    assert all(r.event_date in (date(2024, 3, 10), date(2024, 3, 11)) for r in det.reports)


def test_generic_reference_makes_unresolved_report() -> None:
    det = detect("A drone attacked a US base in eastern Syria on Saturday.", language="en", published=PUB)
    assert det.strike
    (r,) = det.reports
    assert r.base_id is None and r.base is None
    assert r.country == "SY"
    assert r.region == "eastern syria"
    assert r.attack_type == "drone"
    assert r.event_date == date(2024, 3, 9)


def test_generic_reference_resolves_through_nearby_place() -> None:
    det = detect("Rockets struck US positions near Erbil airport on Friday.", language="en", published=PUB)
    assert [r.base_id for r in det.reports] == ["iq-erbil"]
    assert det.reports[0].mention == "Erbil airport"


def test_fields_casualties_actor_evidence() -> None:
    text = "Hezbollah said its drone hit the Golani training base near Binyamina, killing four soldiers and wounding 67."
    det = detect(text, language="en", published=PUB)
    (r,) = det.reports
    assert r.base_id == "il-golani-training"
    assert r.actor == "Hezbollah"
    assert r.killed == 4 and r.wounded == 67
    assert r.evidence == text
    assert r.country == "IL"


def test_same_base_in_several_sentences_is_one_report() -> None:
    text = "Rockets hit Ain al-Asad air base on Sunday. The rockets at Ain al-Asad caused no damage."
    det = detect(text, language="en", published=PUB)
    assert [r.base_id for r in det.reports] == ["iq-ain-al-asad"]


def test_language_identified_when_not_given() -> None:
    det = detect("Two drones attacked Ain al-Asad air base in western Iraq on Sunday.", published=PUB)
    assert det.strike


def test_empty_text() -> None:
    det = detect("")
    assert not det.strike and det.reports == ()
