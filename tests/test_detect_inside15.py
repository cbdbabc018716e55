"""A target written as inside an installation (a convoy, vehicles, a generator, planes inside or at a base) is a
hit on the base: the nearer target no longer makes the base a landmark (recall15, pipelines/detect/inside.py:
lexicon groups within / within_after). Controls share the words: a civilian convoy near a base, a convoy that
left a base, drills or a fair held inside a base, a police station. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("ar-convoy", "ar", "استهدفت طائرة مسيرة رتلا عسكريا داخل قاعدة عين الأسد غربي العراق فجر اليوم.",
     "iq-ain-al-asad"),
    ("ar-trucks", "ar", "استهدفت عبوة ناسفة شاحنات للتحالف الدولي داخل قاعدة فكتوريا قرب مطار بغداد.", "iq-victory"),
    ("ar-tankers", "ar", "استهدفت طائرة مسيرة صهاريج وقود داخل قاعدة الشدادي.", "sy-shaddadi"),
    ("fa-vehicles", "fa", "پهپادها خودروهای نظامی را در داخل پایگاه حریر اربیل هدف قرار دادند.", "iq-harir"),
    ("ru-column", "ru", "Беспилотник атаковал колонну техники внутри авиабазы Хмеймим.", "sy-hmeimim"),
    ("ur-vehicles", "ur", "ڈرون نے نور خان ایئربیس کے اندر گاڑیوں کو نشانہ بنایا۔", "pk-nur-khan"),
]

QUIET = [
    ("ar-civilian-convoy-near", "ar", "استهدفت مسيرة رتلا مدنيا على الطريق قرب قاعدة التنف."),
    ("ar-convoy-left", "ar", "استهدفت عبوة ناسفة رتلا للدعم اللوجستي بعد مغادرته قاعدة عين الأسد على الطريق الدولي."),
    ("ar-car-around", "ar", "استهدفت مسيرة سيارة مدنية في محيط مطار القامشلي."),
    ("ar-truck-broke-down", "ar", "تعطلت شاحنة وقود داخل قاعدة حرير وتم سحبها."),
    ("ar-book-fair", "ar", "افتتح معرض للكتاب داخل قاعدة الملك عبد العزيز الجوية."),
    ("ru-drills", "ru", "Внутри авиабазы Хмеймим прошли учения расчетов ПВО."),
    ("ru-column-left", "ru", "Беспилотник атаковал колонну, выехавшую с авиабазы Хмеймим."),
    ("fa-civilian-convoy", "fa", "پهپاد کاروان غیرنظامی را در جاده نزدیک پایگاه عین الاسد هدف قرار داد."),
    ("ur-police-station", "ur", "دہشت گردوں نے پولیس اسٹیشن کے اندر گاڑیوں کو نشانہ بنایا۔"),
    ("tr-drill", "tr", "Bamerni üssü içinde tatbikat düzenlendi."),
]


@pytest.mark.parametrize("what,lang,text,base", ALERTS, ids=[a[0] for a in ALERTS])
def test_a_target_inside_a_base_is_a_hit_on_it(what, lang, text, base):
    det = detect(text, language=lang, published=PUB)
    assert det.reports, what
    assert det.reports[0].base_id == base


@pytest.mark.parametrize("what,lang,text", QUIET, ids=[q[0] for q in QUIET])
def test_targets_near_or_leaving_a_base_stay_quiet(what, lang, text):
    assert not detect(text, language=lang, published=PUB).reports, what
