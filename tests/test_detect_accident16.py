"""An accident word told after a weapon strike on a named installation is the strike's effect, not a mishap
("Iranian missiles struck Al Udeid air base; a fire broke out in a hangar"), and a generic noun that refers back
to the installation named in the line before is placed by that installation, not by a country word of that line
(recall16: pipelines/detect/blocking.py, fields/place.py). Controls share the words: fires, crashes and
detonations with no strike, a crash near a base, a strike ruled out. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("en-fire-hangar", "en", "Iranian missiles struck Al Udeid air base on Monday; a fire broke out in a hangar", "qa-al-udeid"),
    ("en-aircraft-caught-fire", "en", "A Russian missile hit a Ukrainian air base near Starokostiantyniv on Friday, "
     "and several aircraft caught fire.", "ua-starokostiantyniv"),
    ("ru-detonation", "ru", "Украинские беспилотники атаковали аэродром Моздок, удар вызвал детонацию боеприпасов "
     "на складе.", "ru-mozdok"),
]

QUIET = [
    ("en-depot-fire", "en", "A fire broke out at an ammunition depot at a military base in Bulgaria on Monday; "
     "no attack was suspected."),
    ("en-helicopter-crash", "en", "A military helicopter crashed near an air base in Texas during a training flight, "
     "killing two crew."),
    ("en-short-circuit", "en", "A short circuit caused a fire at the air base's fuel depot, officials said, "
     "ruling out any attack."),
    ("en-fault-not-strike", "en", "The army said a fire broke out at the base after an electrical fault; earlier "
     "reports of a missile strike were false."),
    ("ru-careless", "ru", "На складе боеприпасов воинской части в Приморье произошла детонация боеприпасов из-за "
     "неосторожного обращения с огнем."),
    ("ru-plane-crash", "ru", "Военный самолет потерпел катастрофу при заходе на посадку на аэродром Чкаловский."),
    ("fa-jet-crash", "fa", "یک فروند جنگنده ارتش در نزدیکی پایگاه هوایی همدان دچار سانحه شد و سقوط کرد."),
]


@pytest.mark.parametrize("what,lang,text,base", ALERTS, ids=[a[0] for a in ALERTS])
def test_an_accident_word_after_a_strike_on_a_named_base_alerts(what, lang, text, base):
    det = detect(text, language=lang, published=PUB)
    assert det.strike, what
    assert base in {r.base_id for r in det.reports}


@pytest.mark.parametrize("what,lang,text", QUIET, ids=[q[0] for q in QUIET])
def test_accidents_with_no_strike_stay_quiet(what, lang, text):
    assert not detect(text, language=lang, published=PUB).strike, what


def test_the_generic_noun_after_a_named_base_is_placed_by_it():
    """'the airfield' after a line that names Myrhorod airfield and Russia's war is Myrhorod, in Ukraine: no
    second report in Russia (the doer's possessive in its own line places nothing)."""
    text = ("Russian forces launched an airstrike on Myrhorod military airfield in Poltava Oblast on Saturday, the "
            "governor said. Myrhorod airfield suffered similar attacks during Russia's full-scale war. In Russia's "
            "April 2022 missile strike targeting the airfield, the governor said then that the runway was damaged.")
    det = detect(text, language="en")
    assert det.strike
    assert {r.country for r in det.reports} == {"UA"}


def test_an_airfield_elsewhere_keeps_its_own_place():
    """A second airfield placed in its own line stays a report of its own."""
    text = ("Ukrainian drones struck Saky airfield in Crimea on Monday. In a separate attack, drones struck an "
            "airfield in Russia's Kursk region.")
    det = detect(text, language="en", published=PUB)
    assert {r.country for r in det.reports} == {"UA", "RU"}
