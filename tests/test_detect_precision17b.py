"""Strike precision gaps left by PREC17 (PREC17B): verb-final negation (tr, fa: negated.py); air defences placed
in case of attacks (ru, uk: supplied.py); a Hebrew installation written with the clitic 'from' ('תקיפה מבסיס
רמון': a strike launched FROM Ramon, clitic.py). Controls: a negated toll, attacks told beside the precaution;
the same headlines with 'in' and 'on', and a noun that itself begins with the clitic's letter ('מוצב'). Every
sentence is written for these tests."""

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


# Verb-final negation (negated.py, `negator_after`): the negative attack verb ends the clause ('saldıramadı',
# 'حمله نکردند', 'هدف قرار ندادند'). Controls: a negated toll after the attack, a second weapon that missed.
NEGATED_AT_THE_END = [
    ("tr-could-not-attack", "tr", "Kimliği belirsiz İHA'lar dün gece Zilkan üssüne saldıramadı."),
    ("fa-did-not-attack", "fa", "به گفته مقامات پهپادها به پایگاه حریر حمله نکردند."),
    ("fa-did-not-target", "fa", "به گفته مقامات موشک ها پایگاه عین الاسد را هدف قرار ندادند."),
    ("fa-was-not-targeted", "fa", "پایگاه عین الاسد امروز هدف حمله قرار نگرفت."),
]

NEGATED_AT_THE_END_CONTROLS = [
    ("fa-no-damage", "fa", "دو موشک امروز به پایگاه عین الاسد اصابت کرد و خسارتی وارد نکرد."),
    ("fa-no-toll", "fa", "پهپادها امروز به پایگاه حریر حمله کردند اما تلفاتی ایجاد نکردند."),
    ("tr-second-missed", "tr", "İHA'lar dün gece Zilkan üssüne saldırdı, füzeler ise üssü vuramadı."),
    ("tr-no-toll", "tr", "Roketler dün gece Bamarni üssünü vurdu, can kaybı yaşanmadı."),
]


@pytest.mark.parametrize("what,lang,text", NEGATED_AT_THE_END, ids=[n[0] for n in NEGATED_AT_THE_END])
def test_a_verb_final_negation_stays_quiet(what, lang, text):
    assert not detect(text, language=lang, published=PUB).strike, what


@pytest.mark.parametrize("what,lang,text", NEGATED_AT_THE_END_CONTROLS,
                         ids=[n[0] for n in NEGATED_AT_THE_END_CONTROLS])
def test_a_negated_toll_or_miss_keeps_the_attack(what, lang, text):
    assert detect(text, language=lang, published=PUB).strike, what
