"""A formation written with its number as the object of an attack ('قصفت طائرات إسرائيلية الفوج 137', 'غارات على
اللواء 47', 'تیپ ۴۷ ... را بمباران کردند') is a hit on where it is quartered (recall15, pipelines/detect/units.py).
Controls share the words: the unit as the attacker (right after the verb, or with a target of its own after it),
drills, a visit, a new commander, soldiers of a unit hit on a bus. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("ar-regiment-jets", "ar", "قصفت طائرات إسرائيلية الفوج 137 في كفرسوسة بدمشق فجر اليوم.", "SY"),
    ("ar-brigade-raids-on", "ar", "شنت طائرات حربية غارات على اللواء 47 قرب حماة وسط سوريا.", "SY"),
    ("ar-battalion-artillery", "ar", "قصفت المدفعية التركية الكتيبة 93 في عين عيسى بريف الرقة.", "SY"),
    ("ar-division-raid-on", "ar", "شنت طائرات التحالف غارة على الفرقة 17 شمال مدينة الرقة.", "SY"),
    ("ar-brigade-drone", "ar", "هاجمت طائرة مسيرة مجهولة اللواء 93 في عين عيسى صباح الخميس.", "SY"),
    ("fa-brigade-jets", "fa", "جنگنده‌های اسرائیلی تیپ ۴۷ ارتش سوریه را در حماه بمباران کردند.", "SY"),
    ("fa-division-drones", "fa", "پهپادهای انتحاری لشکر ۱۷ را در رقه هدف قرار دادند.", "SY"),
]

QUIET = [
    ("ar-unit-attacks", "ar", "هاجم اللواء 12 مواقع تنظيم داعش في البادية."),
    ("ar-unit-artillery", "ar", "قصفت مدفعية اللواء 47 قرى سهل الغاب في ريف حماة."),
    ("ar-unit-repels", "ar", "صدت الفرقة 16 مشاة هجوما لقوات الدعم السريع على نيالا."),
    ("ar-drills", "ar", "نفذ اللواء 105 مناورات بالذخيرة الحية في ريف دمشق."),
    ("ar-commander", "ar", "عين الرئيس قائدا جديدا للفرقة 17 بعد الغارات الأخيرة على الرقة."),
    ("ar-bus", "ar", "استهدفت عبوة ناسفة حافلة تقل عناصر من الفرقة الرابعة على طريق تدمر."),
    ("ar-moved", "ar", "نقلت وزارة الدفاع اللواء 82 إلى ريف درعا بعد الغارات."),
    ("fa-visit", "fa", "فرمانده ارتش از تیپ ۶۵ در حومه دمشق بازدید کرد."),
    ("fa-drill", "fa", "رزمایش تیپ ۶۵ در حومه دمشق برگزار شد."),
]


@pytest.mark.parametrize("what,lang,text,country", ALERTS, ids=[a[0] for a in ALERTS])
def test_a_numbered_unit_hit_alerts(what, lang, text, country):
    det = detect(text, language=lang, published=PUB)
    assert det.reports, what
    assert det.reports[0].country == country


@pytest.mark.parametrize("what,lang,text", QUIET, ids=[q[0] for q in QUIET])
def test_a_numbered_unit_not_hit_stays_quiet(what, lang, text):
    assert not detect(text, language=lang, published=PUB).reports, what
