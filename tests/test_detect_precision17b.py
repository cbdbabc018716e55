"""Strike precision gaps left by PREC17 (PREC17B): air defences placed in case of attacks (ru, uk: supplied.py);
a Hebrew installation written with the clitic 'from' ('תקיפה מבסיס רמון': a strike launched FROM Ramon,
clitic.py). Controls: attacks told beside the precaution; the same headlines with 'in' and 'on', and a noun that
itself begins with the clitic's letter ('מוצב'). Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Tuesday

FROM_A_BASE = [
    ("he-strike-from", "תקיפה מבסיס רמון", "מטוסי קרב תקפו הלילה מטרות בתימן."),
    ("he-attack-from-the", "מתקפה מהבסיס", "מטוסי קרב תקפו הלילה מטרות רחוקות."),
]

FROM_CONTROLS = [
    ("he-strike-in", "תקיפה בבסיס נבטים", "כמה טילים פגעו הלילה בבסיס נבטים וגרמו נזק קל."),
    ("he-strike-on", "תקיפה על בסיס רמון", "רחפן נפץ פגע הלילה בבסיס רמון ושני חיילים נפצעו."),
    ("he-outpost", "רחפן תקף מוצב צבאי", "רחפן נפץ תקף הלילה מוצב צבאי בצפון ושלושה חיילים נפצעו."),
]


@pytest.mark.parametrize("what,title,body", FROM_A_BASE, ids=[n[0] for n in FROM_A_BASE])
def test_a_strike_from_a_base_is_not_one_on_it(what, title, body):
    assert not detect(body, title=title, language="he", published=PUB).strike, what


@pytest.mark.parametrize("what,title,body", FROM_CONTROLS, ids=[n[0] for n in FROM_CONTROLS])
def test_a_strike_in_or_on_a_base_stands(what, title, body):
    assert detect(body, title=title, language="he", published=PUB).strike, what


# Air defences placed at an installation 'in case of' attacks ('на случай атак', 'на випадок атак'): a precaution
# the delivery frame tells (supplied.py), not an attack. Controls: an attack told before or without the purpose.
PRECAUTION = [
    ("ru-in-case", "ru", "На аэродроме Энгельс разместили дополнительные комплексы ПВО на случай атак беспилотников."),
    ("uk-in-case", "uk", "На аеродромі Старокостянтинів розмістили додаткові системи ППО на випадок атак дронів."),
    ("uk-moved", "uk", "До авіабази Миргород перекинули зенітні комплекси на випадок ракетних ударів."),
]

PRECAUTION_CONTROLS = [
    ("ru-attack-first", "ru", "Беспилотники атаковали аэродром Энгельс ночью, на случай повторных атак там усилили ПВО."),
    ("ru-shot-down-and-hit", "ru",
     "Комплексы ПВО, размещённые на авиабазе Хмеймим, сбили два беспилотника, а третий попал в ангар."),
    ("uk-hit-despite", "uk", "Ракети влучили в аеродром Миргород цієї ночі, хоча там розмістили ППО на випадок атак."),
]


@pytest.mark.parametrize("what,lang,text", PRECAUTION, ids=[n[0] for n in PRECAUTION])
def test_air_defences_placed_in_case_of_attacks_stay_quiet(what, lang, text):
    assert not detect(text, language=lang, published=PUB).strike, what


@pytest.mark.parametrize("what,lang,text", PRECAUTION_CONTROLS, ids=[n[0] for n in PRECAUTION_CONTROLS])
def test_an_attack_told_beside_the_precaution_stands(what, lang, text):
    assert detect(text, language=lang, published=PUB).strike, what
