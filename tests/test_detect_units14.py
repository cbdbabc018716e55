"""A plural installation noun owned by a numbered unit written right after it ('مواقع اللواء 90', 'مواقع الفرقة 4')
is the sites of one formation, as a counted plural is, not sites in general (arabic14). Controls share the
words: the unit deploying, a visit, the unit as the attacker, a handover, a threat. Every sentence is written
for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("brigade-positions", "قصف الاحتلال مواقع اللواء 90 في ريف القنيطرة فجر اليوم.", "SY"),
    ("brigade-positions-turkey", "قصفت القوات التركية مواقع اللواء 80 في ريف الحسكة.", "SY"),
]

QUIET = [
    ("deployed", "انتشرت قوات اللواء 90 في مواقع جديدة قرب الحدود."),
    ("visit", "تفقد وزير الدفاع مواقع اللواء 90 في ريف القنيطرة."),
    ("unit-attacks", "هاجم اللواء 90 مواقع المعارضة في ريف درعا."),
    ("handover", "سلم اللواء 47 مواقعه للجيش بعد انسحاب الفصائل."),
    ("threat", "هددت الفصائل بقصف مواقع اللواء 90 إذا تقدم نحو المدينة."),
]


@pytest.mark.parametrize("what,text,country", ALERTS, ids=[a[0] for a in ALERTS])
def test_numbered_unit_sites_alert(what, text, country):
    det = detect(text, language="ar", published=PUB)
    assert det.reports, what
    assert det.reports[0].country == country


@pytest.mark.parametrize("what,text", QUIET, ids=[q[0] for q in QUIET])
def test_unit_sites_without_attack_stay_quiet(what, text):
    assert not detect(text, language="ar", published=PUB).reports, what
