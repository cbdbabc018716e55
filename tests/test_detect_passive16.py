"""Arabic writes a hit on an installation with the passive verb that also says a person was wounded: 'أصيب مطار
كسلا العسكري بمسيرة' (the airport was hit by a drone). With the installation right after the verb and a weapon
bearing the instrument ب after it in its clause, the verb is an attack verb (recall16: pipelines/detect/passive.py).
Controls share the verb: people wounded, an airport paralysed by rain, damage from a storm, a technical fault,
a drill, a road accident, confusion after a rumour. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("airport-drone", "أصيب مطار كسلا العسكري بمسيرة انتحارية فجر اليوم، وفق مصادر محلية.", None),
    ("base-in-duhok", "أصيبت قاعدة عسكرية تركية في دهوك بطائرة مسيرة مفخخة مساء الأحد.", "IQ"),
]

QUIET = [
    ("soldier-wounded", "أصيب جندي بشظايا قذيفة داخل القاعدة خلال تدريب روتيني."),
    ("airport-paralysed", "أصيب مطار كسلا بالشلل بسبب الأمطار الغزيرة."),
    ("storm-damage", "أصيبت القاعدة بأضرار طفيفة جراء العاصفة الرملية."),
    ("technical-fault", "أصيب مطار المدينة المدني بعطل فني في نظام الملاحة."),
    ("drill", "أصيبت قاعدة عين الأسد بصاروخ خلال مناورات عسكرية بالذخيرة الحية."),
    ("road-accident", "أصيب ثلاثة جنود بجروح في حادث سير قرب معسكر الجيش."),
    ("confusion", "أصيب مطار كسلا العسكري بحالة من الارتباك بعد أنباء عن صاروخ."),
]


@pytest.mark.parametrize("what,text,country", ALERTS, ids=[a[0] for a in ALERTS])
def test_an_installation_hit_in_the_passive_alerts(what, text, country):
    det = detect(text, language="ar", published=PUB)
    assert det.strike, what
    if country:  # the bare town name of Kassala places nothing yet
        assert det.reports[0].country == country


@pytest.mark.parametrize("what,text", QUIET, ids=[q[0] for q in QUIET])
def test_the_passive_of_wounds_and_damage_stays_quiet(what, text):
    assert not detect(text, language="ar", published=PUB).strike, what
