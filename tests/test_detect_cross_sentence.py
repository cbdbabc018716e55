"""Strikes told across sentences (issue 16): an installation named with fire or smoke at it, and an attack
told in a neighbouring sentence with no target of its own (candidates._damaged). Each report failed before the
rule; each control is a near shape it must leave alone. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (language, what, text, base id, attack type): the attack on the installation whose damage is written nearby.
REPORTS = [
    # the damage first, then the damage at the installation's parts, then the attack with no target
    ("en", "burning-then-runway", "Millerovo air base has been burning since the night.\nFlames and smoke were "
     "seen near the aircraft stands and the runway.\nA drone attack probably took place.", "ru-millerovo", "drone"),
    ("ru", "burning-then-runway", "Военный аэродром Миллерово горит с ночи.\nДым поднимается над стоянками "
     "самолетов и взлетной полосой.\nВероятно, произошла атака беспилотников.", "ru-millerovo", "drone"),
    ("uk", "burning-then-stands", "Військовий аеродром Міллерово палає з ночі.\nПожежа охопила стоянки "
     "літаків.\nЙмовірно, відбулася атака БПЛА.", "ru-millerovo", "drone"),
    ("ar", "fire-then-runway", "اندلع حريق كبير في قاعدة حرير الجوية فجر اليوم.\nوتصاعدت أعمدة الدخان فوق "
     "المدرج.\nوأفادت مصادر محلية بأن طائرات مسيرة شنت هجوما.", "iq-harir", "drone"),
    ("fa", "fire-then-smoke", "آتش سوزی بزرگی در پایگاه حریر رخ داد.\nستون های دود از باند فرودگاه بلند "
     "شد.\nگزارش ها از حمله پهپادی حکایت دارد.", "iq-harir", "drone"),
    # the damage two lines before the attack, with a line between that names no target and tells no attack
    ("en", "burning-a-line-apart", "Millerovo air base has been burning since the night.\nThe governor gave no "
     "details.\nA drone attack probably took place.", "ru-millerovo", "drone"),
    # the attack first, then the fire at the base in the next sentence
    ("en", "attack-then-fire", "Drones attacked overnight, the governor said.\nA large blaze is raging at "
     "Millerovo air base.", "ru-millerovo", "drone"),
    ("ru", "attack-then-fire", "Ночью беспилотники атаковали, сообщил губернатор.\nНа аэродроме Миллерово "
     "горят ангары.", "ru-millerovo", "drone"),
]

# (language, what, text): no attack on the installation.
CONTROLS = [
    # a fire at a base with an accident word near it
    ("en", "accident", "Smoke rose over Millerovo air base after a fuel tank accident.\nA drone attack "
     "was reported later."),
    # ... or an accident word in the line right after them, beyond the headline and lead
    ("en", "accident-after", "Sirens sounded in the north of the region late on Sunday.\nResidents posted videos "
     "all night.\nOfficials gave no details at first.\nMillerovo air base has been burning since the night.\n"
     "Smoke hung over the runway.\nA drone attack probably took place.\nBy noon the ministry blamed an accident "
     "with fuel."),
    # the fire is at another target near the base
    ("en", "convoy-burning", "A drone attack probably took place.\nA supply convoy was burning on the road by "
     "Millerovo air base."),
    # a drill: the fire and the attack are an exercise's
    ("en", "drill", "Smoke and flames were seen at Millerovo air base during exercises.\nA drone attack "
     "was simulated."),
    ("ru", "drill", "Над аэродромом Миллерово поднимался дым во время учений.\nАтака беспилотников была "
     "отражена."),
    # the attack names a city of its own
    ("en", "city", "Smoke rose over Millerovo air base on Monday.\nDrones attacked the city of Belgorod "
     "overnight."),
    # a sentence naming another target stands between the fire and the attack
    ("en", "convoy-between", "Millerovo air base has been burning since the night.\nA supply convoy was "
     "seen on the highway.\nA drone attack took place."),
    ("ar", "convoy-between", "اندلع حريق في قاعدة حرير الجوية.\nوكانت قافلة عسكرية تمر على الطريق.\n"
     "وقد شنت طائرات مسيرة هجوما."),
    # explosions alone at the base are the attack of their own sentence, not damage from the next one's
    ("en", "explosions-alone", "Explosions shook the walls of the barracks at Millerovo air base long ago.\n"
     "A truck bomb was detonated."),
    # the fire is three sentences before the attack, with other lines between
    ("uk", "too-far", "Військовий аеродром Міллерово палає з ночі.\nОчевидці публікують відео.\n"
     "Губернатор поки мовчить.\nЙмовірно, відбулася атака БПЛА."),
]


@pytest.mark.parametrize(("language", "what", "text", "base", "kind"), REPORTS,
                         ids=[f"{c[0]}-{c[1]}" for c in REPORTS])
def test_an_attack_next_to_damage_at_a_base_is_that_bases(
        language: str, what: str, text: str, base: str, kind: str) -> None:
    found = detect(text, language=language, published=PUB)
    assert found.strike
    assert [r.base_id for r in found.reports] == [base]
    assert found.reports[0].attack_type == kind


@pytest.mark.parametrize(("language", "what", "text"), CONTROLS, ids=[f"{c[0]}-{c[1]}" for c in CONTROLS])
def test_damage_or_an_attack_of_another_shape_is_no_report(language: str, what: str, text: str) -> None:
    assert not detect(text, language=language, published=PUB).strike
