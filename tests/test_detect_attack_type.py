"""The attack type on unseen news (issue 16): what says how a base was attacked, and what only says
who attacked it. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipelines.detect import detect
from pipelines.detect.actors import load_registry
from pipelines.errors import ConfigError

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday


def _types(text: str, language: str) -> list[str]:
    found = detect(text, language=language, published=PUB)
    assert found.strike, text
    return [r.attack_type for r in found.reports]


# An attacker noun the lexicons type as a ground assault ("attackers", "teröristler", "боевики",
# "assaillants") names who attacked; a weapon in the same sentence says how.
ATTACKER_NOUN_AND_WEAPON = [
    ("tr", "Teröristler Hakurk bölgesindeki askeri üsse İHA ile saldırdı.", "drone"),
    ("en", "Attackers hit the army base in Bannu with a drone on Monday.", "drone"),
    ("ru", "Боевики обстреляли российскую военную базу Хмеймим из миномета.", "mortar"),
    ("fr", "Des assaillants ont visé le camp militaire de Boni avec des obus de mortier.", "mortar"),
]

# Controls: with no weapon in the sentence the attackers came at the base themselves.
ATTACKER_NOUN_ALONE = [
    ("tr", "Teröristler Hakurk bölgesindeki askeri üsse saldırdı.", "ground_assault"),
    ("en", "Gunmen stormed the army base in Bannu on Monday.", "ground_assault"),
]


@pytest.mark.parametrize(("language", "text", "kind"), ATTACKER_NOUN_AND_WEAPON + ATTACKER_NOUN_ALONE)
def test_a_weapon_in_the_sentence_beats_an_attacker_noun(language: str, text: str, kind: str) -> None:
    assert _types(text, language) == [kind]


# A state whose strikes abroad its air force flies (config/actors.yaml abroad_means): with no weapon
# named, its strike on a base outside its own country is an air strike.
STRIKES_ABROAD = [
    ("en", "Israel struck the T4 air base in Syria overnight.", "airstrike"),
    ("fa", "رژیم صهیونیستی بامداد امروز پایگاه تی ۴ در سوریه را هدف قرار داد.", "airstrike"),
    ("ar", "استهدفت إسرائيل فجر اليوم مطار التيفور العسكري في ريف حمص.", "airstrike"),
    ("ru", "Израиль нанес удар по авиабазе Т-4 в Сирии.", "airstrike"),
    # Ukraine's strikes inside Russia are by long-range drones
    ("en", "Ukraine attacked the Morozovsk air base in Russia overnight.", "drone"),
    ("ru", "Украина атаковала аэродром Морозовск в Ростовской области.", "drone"),
    ("uk", "Україна атакувала аеродром Морозовськ у Ростовській області.", "drone"),
    # Iran's own strikes on bases abroad are missile strikes
    ("en", "Iran struck the Al Udeid air base in Qatar on Monday evening.", "missile"),
    ("fa", "سپاه پاسداران پایگاه نظامی عین الاسد در عراق را هدف قرار داد.", "missile"),
    ("ar", "استهدف الحرس الثوري الإيراني قاعدة عين الأسد الجوية غرب العراق.", "missile"),
]

# Controls: a weapon named says more; a state whose strikes abroad have no one norm keeps "other".
STRIKES_ABROAD_CONTROLS = [
    ("en", "Israel fired a missile at the T4 air base in Syria overnight.", "missile"),
    ("en", "Russia struck the Myrhorod airfield overnight.", "other"),
    ("en", "Ukraine fired ATACMS missiles at the Morozovsk air base in Russia overnight.", "missile"),
    ("en", "Iran launched drones at the Nevatim air base in Israel on Monday.", "drone"),
    # the groups a state backs do not take its means
    ("en", "Iran-backed militias attacked the Ain al-Asad air base on Monday.", "ground_assault"),
]


@pytest.mark.parametrize(("language", "text", "kind"), STRIKES_ABROAD + STRIKES_ABROAD_CONTROLS)
def test_a_state_strike_abroad_takes_its_usual_means(language: str, text: str, kind: str) -> None:
    assert _types(text, language) == [kind]


def test_an_unknown_abroad_means_is_refused_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n- {id: a, name: A, kind: state, country: IL, abroad_means: jets}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    assert (err.value.entry, err.value.field) == ("a", "abroad_means")
    assert "unknown attack type 'jets'" in str(err.value)


# A shelling verb ("обстреляли") names no weapon: the rocket the article names elsewhere was fired;
# with none named it is artillery fire, and the attacker noun before it makes no ground assault.
SHELLING = [
    ("ru", "Боевики обстреляли военную базу Хмеймим. По данным военных, было выпущено шесть реактивных снарядов.",
     "rocket"),
    ("ru", "Боевики обстреляли военную базу Хмеймим в Сирии.", "artillery"),
]


@pytest.mark.parametrize(("language", "text", "kind"), SHELLING)
def test_a_shelling_verb_takes_the_weapon_named_elsewhere(language: str, text: str, kind: str) -> None:
    assert _types(text, language) == [kind]


# A weapon a host word gives the installation ("which hosts drones") is its garrison's, not the
# attack's means; a host clause ends at the next attack or interception word.
HOSTED_WEAPONS = [
    ("en", "The Ain al-Asad air base, which hosts US drones and fighter jets, was hit by rockets on Monday.", "rocket"),
    ("fr", "La base aérienne de Tessalit, qui abrite des drones de l'armée, a été visée par des roquettes lundi.",
     "rocket"),
    ("ru", "Аэродром Хмеймим, где базируются беспилотники, был обстрелян из минометов.", "mortar"),
    ("ar", "تعرضت قاعدة عين الأسد التي تضم طائرات مسيرة أمريكية لهجوم بالصواريخ.", "rocket"),
]

# Control: the drone after the interception verb is the attack's, though a host word stands before it.
HOSTED_CONTROLS = [
    ("en", "Near Gvardeyskoye, where a bomber regiment is based, air defences shot down a drone on Monday.", "drone"),
]


@pytest.mark.parametrize(("language", "text", "kind"), HOSTED_WEAPONS + HOSTED_CONTROLS)
def test_the_weapons_a_base_hosts_are_not_the_means(language: str, text: str, kind: str) -> None:
    assert _types(text, language) == [kind]
