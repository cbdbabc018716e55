"""Spellings of installations the Arabic press writes that did not resolve (arabic14): Merowe's and Mitiga's
airports as 'مطار', the Khartoum corps bases with their district or town, the Misrata air academy with 'في'.
Controls share the names with no attack. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("merowe-airport", "تعرض مطار مروي في الولاية الشمالية، فجر اليوم، لهجوم بالطائرات المسيرة.", "sd-merowe"),
    ("mitiga-airport", "سقطت قذائف على مطار معيتيقة في طرابلس ما أدى إلى تعليق الرحلات.", "ly-mitiga"),
    ("armoured-corps-district", "شنت قوات الدعم السريع هجوما على سلاح المدرعات في منطقة الشجرة جنوب الخرطوم.",
     "sd-armoured-corps"),
    ("signal-corps-bahri", "هاجمت مسيرات الدعم السريع سلاح الإشارة في الخرطوم بحري صباح اليوم.", "sd-signal-corps"),
    ("engineers-omdurman", "قصفت قوات الدعم السريع سلاح المهندسين في أمدرمان بالمدفعية.", "sd-engineers-corps"),
    ("misrata-academy", "استهدفت طائرات مسيرة الكلية الجوية في مصراتة فجر اليوم.", "ly-misrata-academy"),
]

QUIET = [
    ("flights-resume", "استأنف مطار معيتيقة رحلاته بعد توقف بسبب الأحوال الجوية."),
    ("plane-lands", "هبطت طائرة تقل وزير الخارجية في مطار مروي اليوم."),
    ("anniversary", "احتفل سلاح المدرعات في منطقة الشجرة بذكرى تأسيسه بحضور قادة الجيش."),
    ("visit", "زار قائد الجيش سلاح الإشارة في الخرطوم بحري وتفقد القوات."),
]


@pytest.mark.parametrize("what,text,base", ALERTS, ids=[a[0] for a in ALERTS])
def test_spelling_resolves(what, text, base):
    det = detect(text, language="ar", published=PUB)
    assert det.reports, what
    assert det.reports[0].base_id == base


@pytest.mark.parametrize("what,text", QUIET, ids=[q[0] for q in QUIET])
def test_name_without_attack_stays_quiet(what, text):
    assert not detect(text, language="ar", published=PUB).reports, what
