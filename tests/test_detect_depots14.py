"""Arabic and Persian depots of ammunition, arms or missiles are installations, as the English 'ammunition depot'
is (arabic14): 'استهدفت طائرة مسيرة مستودع ذخيرة للجيش', 'مخزنا للأسلحة', 'انبار مهمات', 'زرادخانه'. A bare store
('مستودع', 'مخزن', 'انبار') is any store. Controls share the trigger words: depots found, seized, built, threatened
or denied, a depot that blew up in a fire, stores of food, medicine and fuel. Every sentence is written for these
tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

# (what, lang, text, country, attack type): reports that must alert
ALERTS = [
    ("ar-ammo-depot", "ar", "استهدفت طائرة مسيرة مستودع ذخيرة تابعا للجيش السوري في ريف حماة فجر اليوم، ما أدى "
     "إلى انفجارات متتالية.", "SY", "drone"),
    ("ar-arms-store", "ar", "استهدفت غارة أمريكية مخزن سلاح لجماعة الحوثيين في محافظة صعدة مساء الأحد.", "YE",
     "airstrike"),
    ("ar-depot-for-ammo", "ar", "قصفت قوات الدعم السريع مستودعا للذخيرة تابعا للقوات المسلحة في مدينة الأبيض "
     "بالطائرات المسيرة.", "SD", "drone"),
    ("ar-missile-store", "ar", "دمرت غارة جوية مخزن صواريخ للحوثيين في محافظة الحديدة فجر اليوم.", "YE", "airstrike"),
    ("ar-depots-plural", "ar", "قصفت مسيرات أوكرانية مستودعات ذخيرة للجيش الروسي في مقاطعة بيلغورود.", "RU",
     "drone"),
    ("ar-passive", "ar", "تعرض مستودع للأسلحة تابع للجيش الليبي في منطقة الجفرة لقصف بطائرة مسيرة.", "LY",
     "drone"),
    ("fa-ammo-depot", "fa", "پهپادهای اسرائیلی بامداد امروز یک انبار مهمات ارتش سوریه را در حومه حماه هدف قرار "
     "دادند.", "SY", "drone"),
    ("fa-arsenal", "fa", "پهپادهای اوکراینی زرادخانه ارتش روسیه در منطقه بریانسک را هدف قرار دادند.", "RU",
     "drone"),
    ("fa-arms-depot", "fa", "پهپادهای اوکراینی یک انبار تسلیحات ارتش روسیه را در استان بلگورود هدف قرار دادند.",
     "RU", "drone"),
]

QUIET = [
    ("ar-fire", "ar", "انفجر مستودع ذخيرة تابع للجيش في منطقة الزعفرانية بسبب تماس كهربائي، ولم تسجل إصابات."),
    ("ar-stored-went-off", "ar", "اندلع حريق في مخزن أسلحة تابع لوزارة الدفاع ما أدى إلى انفجار صواريخ مخزنة فيه."),
    ("ar-seized", "ar", "ضبطت قوات الأمن مستودعا للأسلحة في مزرعة جنوب بغداد واعتقلت ثلاثة متهمين."),
    ("ar-found", "ar", "عثرت القوات الأمنية على مخازن أسلحة لداعش في وادي حوران."),
    ("ar-threat", "ar", "هدد الجيش الإسرائيلي بقصف مستودعات الأسلحة التابعة لحزب الله في الضاحية."),
    ("ar-built", "ar", "بدأت وزارة الدفاع بناء مستودع ذخيرة جديد في منطقة الحبانية."),
    ("ar-food-store", "ar", "قصفت طائرات مخزنا للمساعدات الغذائية في رفح."),
    ("ar-fuel-store", "ar", "استهدفت مسيرة مخزنا للوقود في محطة مدنية بأم درمان."),
    ("ar-remembered", "ar", "استذكر أهالي المدينة انفجار مستودع الذخيرة الذي وقع قبل سنوات."),
    ("fa-fire", "fa", "آتش سوزی در انبار مهمات یک پادگان ارتش در اصفهان به دلیل گرمای هوا رخ داد."),
    ("fa-found", "fa", "نیروهای امنیتی یک انبار سلاح گروهک تروریستی را در سیستان و بلوچستان کشف کردند."),
    ("fa-threat", "fa", "اسرائیل تهدید کرد انبارهای موشک حزب الله را هدف قرار خواهد داد."),
    ("fa-shown", "fa", "ایران زرادخانه موشکی خود را به نمایش گذاشت."),
    ("fa-denied", "fa", "سپاه خبر حمله به انبار مهمات در کرمانشاه را تکذیب کرد."),
    ("fa-goods-store", "fa", "آتش سوزی در انبار کالا در بازار تهران خسارت زیادی به بار آورد."),
]


@pytest.mark.parametrize("what,lang,text,country,kind", ALERTS, ids=[a[0] for a in ALERTS])
def test_depot_strike_alerts(what, lang, text, country, kind):
    det = detect(text, language=lang, published=PUB)
    assert det.reports, what
    assert det.reports[0].country == country
    assert det.reports[0].attack_type == kind


@pytest.mark.parametrize("what,lang,text", QUIET, ids=[q[0] for q in QUIET])
def test_no_strike_on_a_depot(what, lang, text):
    assert not detect(text, language=lang, published=PUB).reports, what
