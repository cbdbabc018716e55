"""Russian rockets or shells that hit ('Ракеты попали в военную базу'), as they fell ('ракеты упали'), and the
Urdu army's checkpost written with the possessive ('فوج کی چیک پوسٹ'), as the FC's was (recall15). Controls
share the words: soldiers who landed in hospital or captivity ('попали в больницу', 'попал в плен'), the
police's checkpost. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("ru-rockets-hit", "ru", "Обстрел Сирии\n\nРакеты попали в военную базу под Дамаском, сообщили источники.", "SY"),
    ("ru-shell-hit", "ru", "Снаряд попал в военный аэродром под Донецком, есть пострадавшие.", "UA"),
    ("ur-army-checkpost", "ur", "دہشت گردوں نے شمالی وزیرستان میں پاک فوج کی چیک پوسٹ پر حملہ کیا۔", "PK"),
    ("ur-army-checkpost-toll", "ur", "شدت پسندوں نے جنوبی وزیرستان میں فوج کی چیک پوسٹ پر فائرنگ کی جس سے دو سپاہی شہید ہوگئے۔", "PK"),
]

QUIET = [
    ("ru-hospital", "ru", "Два военнослужащих с авиабазы попали в больницу после ДТП."),
    ("ru-captivity", "ru", "Солдат с военной базы попал в плен в Курской области."),
    ("ur-police-checkpost", "ur", "دہشت گردوں نے پولیس چیک پوسٹ پر حملہ کیا، دو پولیس اہلکار زخمی ہوئے۔"),
    ("ur-army-checkpost-visit", "ur", "کور کمانڈر نے شمالی وزیرستان میں فوج کی چیک پوسٹ کا دورہ کیا۔"),
]


@pytest.mark.parametrize("what,lang,text,country", ALERTS, ids=[a[0] for a in ALERTS])
def test_hits_alert(what, lang, text, country):
    det = detect(text, language=lang, published=PUB)
    assert det.reports, what
    assert det.reports[0].country == country


@pytest.mark.parametrize("what,lang,text", QUIET, ids=[q[0] for q in QUIET])
def test_look_alikes_stay_quiet(what, lang, text):
    assert not detect(text, language=lang, published=PUB).reports, what
