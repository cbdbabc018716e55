"""Arabic strike reports the detector missed (arabic14): an installation joined to another target by the
conjunction written on its first word ('حاملة الطائرات أيزنهاور وقاعدة نيفاتيم': both were struck, the nearer
one is no landmark), and the border guard as the owner that makes a headquarters military ('مقر فوج حرس
الحدود'). Controls share the trigger words. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("carrier-and-base", "أكدت القوات المسلحة اليمنية استهداف حاملة الطائرات أيزنهاور وقاعدة نيفاتيم في عمليتين "
     "منفصلتين.", "il-nevatim"),
    ("refinery-and-airport", "استهدفت مسيرات انتحارية مصفاة بورتسودان ومطار مروي العسكري فجر الأحد.", "sd-merowe"),
    ("ship-and-naval-base", "شنت الطائرات الإسرائيلية غارات على سفينة في ميناء اللاذقية وقاعدة بحرية في طرطوس.",
     "sy-tartus"),
    ("power-plant-and-air-base", "قصفت القوات الروسية محطة كهرباء وقاعدة جوية في منطقة خميلنيتسكي.", None),
    ("base-and-ship", "أعلن الحوثيون استهداف سفينة تجارية في البحر الأحمر وقاعدة العديد في قطر.", "qa-al-udeid"),
    ("border-guard-hq", "هاجم مسلحون مقر فوج حرس الحدود في محافظة الأنبار فجر اليوم.", None),
]

QUIET = [
    ("ship-and-claim", "استهدف الحوثيون سفينة تجارية وأعلنوا أنها تابعة لإسرائيل."),
    ("convoy-then-toll", "استهدفت مسيرة قافلة عسكرية وأصابت عددا من الجنود قرب قاعدة حرير."),
    ("tanker-destroyed", "استهدفت المسيرات ناقلة نفط ودمرتها بالكامل قرب قاعدة فلامنغو."),
    ("market-and-civil-airport", "استهدفت مسيرة سوقا شعبيا في مدينة الفاشر ومطارها المدني."),
    ("fire-brigade", "استهدف هجوم مسلح مقر فوج الإطفاء في بيروت."),
    ("tourist-group", "تعرض فوج سياحي لهجوم مسلح قرب موقع أثري في الأقصر."),
    ("border-guard-seizure", "ضبط حرس الحدود شحنة مخدرات في موقع قرب الحدود."),
]


@pytest.mark.parametrize("what,text,base", ALERTS, ids=[a[0] for a in ALERTS])
def test_report_alerts(what, text, base):
    det = detect(text, language="ar", published=PUB)
    assert det.reports, what
    assert any(r.base_id == base for r in det.reports)


@pytest.mark.parametrize("what,text", QUIET, ids=[q[0] for q in QUIET])
def test_no_strike_on_an_installation(what, text):
    assert not detect(text, language="ar", published=PUB).reports, what
