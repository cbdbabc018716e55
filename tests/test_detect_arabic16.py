"""Arabic's definite 'المسلحين' / 'المسلحون' (the gunmen) is the generic armed group as the bare forms are
(recall16, config/actors.yaml): the owner of positions and headquarters struck by an army ('قصفت مدفعية اللواء 47
مواقع المسلحين': the brigade's guns hit the gunmen's positions, no installation was attacked), and the attacker
of an army camp. Controls: the gunmen who attack a camp or a post still alert. Every sentence is written for these
tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

QUIET = [
    ("brigade-artillery", "قصفت مدفعية اللواء 47 مواقع المسلحين في ريف إدلب الجنوبي."),
    ("artillery-near-airport", "قصفت المدفعية مواقع المسلحين قرب مطار كسلا."),
    ("jets-headquarters", "دمر الطيران الحربي مقرات المسلحين في جبل الزاوية."),
]

ALERTS = [
    ("gunmen-camp", "هاجم المسلحون معسكرا للجيش في شمال سيناء فجر اليوم وقتلوا ثلاثة جنود.", "EG"),
    ("gunmen-post-mortars", "استهدف المسلحون نقطة عسكرية للجيش العراقي في الطارمية بقذائف الهاون.", "IQ"),
]


@pytest.mark.parametrize("what,text", QUIET, ids=[q[0] for q in QUIET])
def test_the_gunmens_positions_struck_stay_quiet(what, text):
    assert not detect(text, language="ar", published=PUB).strike, what


@pytest.mark.parametrize("what,text,country", ALERTS, ids=[a[0] for a in ALERTS])
def test_the_gunmen_who_attack_a_camp_are_its_attackers(what, text, country):
    det = detect(text, language="ar", published=PUB)
    assert det.strike, what
    assert det.reports[0].country == country
    assert det.reports[0].actor == "Militants"
