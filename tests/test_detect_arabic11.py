"""Arabic strike reports told in ways the detector's code missed (issue 16, unseen news): a base named with
explosions in one sentence and the attack told with an object pronoun in the next ('استهدفتها'), and the
purpose clause ('لصد أي عدوان') that tells what defences are for, not an attack. Every sentence is written for
these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (what, text, base id, attack type): the base named with explosions only, the attack told in the next sentence
# by a verb whose object is a pronoun (the base).
PRONOUN_LINKED = [
    ("drone-targeted-it", "دوت انفجارات في قاعدة حرير الجوية. وأفاد مصدر بأن طائرة مسيرة استهدفتها.",
     "iq-harir", "drone"),
    ("rockets-hit-it", "سمعت انفجارات في قاعدة عين الأسد الجوية. وقالت خلية الإعلام الأمني إن ثلاثة صواريخ "
     "طالتها دون إصابات.", "iq-ain-al-asad", "rocket"),
    ("raids-shelled-it-masculine", "انفجارات في مطار المزة العسكري. وقالت مصادر محلية إن غارات إسرائيلية قصفته "
     "بعد منتصف الليل.", "sy-mezzeh", "airstrike"),
]

# (what, text): explosions at a base, and a next sentence that does not tell an attack on it.
NOT_LINKED = [
    # the attack verb takes another object (a convoy): no pronoun refers back
    ("other-object", "دوت انفجارات في قاعدة حرير الجوية. وأفاد مصدر بأن طائرة مسيرة استهدفت موكبا قريبا."),
    # a drill, and no one targeted it
    ("drill", "دوت انفجارات في قاعدة حرير الجوية خلال تدريب روتيني. وقال الجيش إن أحدا لم يستهدفها."),
]

# (what, text): the attack or interception as the purpose of defences, against 'any' attack.
PURPOSES = [
    ("repel-any-aggression", "أرسلت وزارة الدفاع منظومات دفاع جوي لصد أي عدوان على قاعدة حميميم."),
    ("intercept-any-attack", "نشر الجيش بطاريات صواريخ لاعتراض أي هجوم على قاعدة عين الأسد الجوية."),
    ("face-any-attacks", "عززت القوات الأمريكية دفاعاتها في قاعدة التنف لمواجهة أي هجمات بالطائرات المسيرة."),
]

# (what, text, base id, attack type): the same purpose prefix inside real reports, which keep their fields.
PURPOSE_CONTROLS = [
    # an interception that happened: 'had to intercept' two missiles that were fired
    ("had-to-intercept", "اضطرت الدفاعات الجوية لاعتراض صاروخين أطلقا باتجاه قاعدة حميميم فجر اليوم.",
     "sy-hmeimim", "rocket"),
    # 'any drone' as the purpose, and the attack told after it
    ("purpose-then-attack", "أطلقت الدفاعات الجوية صواريخ لاعتراض أي طائرة مسيرة تقترب من قاعدة حميميم، بعد أن "
     "هاجمت مسيرات القاعدة فجر اليوم.", "sy-hmeimim", "drone"),
    ("tried-then-fell", "سارعت منظومة سي رام لاعتراض أي صاروخ، لكن قذيفتين سقطتا داخل قاعدة فكتوريا فجر اليوم.",
     "iq-victory", "rocket"),
    # the preposition la- before an attack noun after 'was subjected to'
    ("subjected-to", "تعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة فجر اليوم.", "iq-ain-al-asad", "drone"),
]


@pytest.mark.parametrize("what,text,base,kind", PRONOUN_LINKED + PURPOSE_CONTROLS,
                         ids=[c[0] for c in PRONOUN_LINKED + PURPOSE_CONTROLS])
def test_arabic_reports_alert(what, text, base, kind):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    r = d.reports[0]
    assert (r.base_id, r.attack_type) == (base, kind), what


@pytest.mark.parametrize("what,text", NOT_LINKED + PURPOSES, ids=[c[0] for c in NOT_LINKED + PURPOSES])
def test_no_attack_on_the_base_told(what, text):
    assert not detect(text, published=PUB).strike, what


# (what, text, base id, attack type): a projectile that falls, in the present as headlines write it.
FALLS = [
    ("headline-rocket-falls", "صاروخ يسقط داخل قاعدة فكتوريا قرب مطار بغداد", "iq-victory", "rocket"),
    ("shells-fall-inside", "تسقط قذائف صاروخية بشكل متكرر داخل قاعدة عين الأسد الجوية.", "iq-ain-al-asad", "rocket"),
    ("shells-keep-falling", "تتساقط القذائف على معسكر للجيش في ريف حماة منذ فجر اليوم.", None, None),
    # controls: the other senses of 'fall' beside a real attack in the same sentence
    ("after-the-regime-fell", "بعد سقوط النظام، قصفت طائرات إسرائيلية مطار المزة العسكري فجر اليوم.", "sy-mezzeh",
     "airstrike"),
    ("rain-then-shells", "سقطت الأمطار بغزارة فجر اليوم، ثم سقطت ثلاث قذائف صاروخية داخل قاعدة عين الأسد الجوية.",
     "iq-ain-al-asad", "rocket"),
]

# (what, text): 'fall' in its other senses beside a base.
NOT_FALLS = [
    ("rain-falls", "تسقط الأمطار بغزارة على قاعدة حميميم الجوية منذ الصباح."),
    ("rain-fell", "سقطت الأمطار بغزارة على قاعدة حميميم الجوية منذ الصباح."),
    ("regime-falls", "يسقط النظام إذا خسر قاعدة حميميم، بحسب محللين."),
    ("government-falls", "تسقط الحكومة العراقية إذا لم تغلق قاعدة عين الأسد، يقول نائب."),
    ("trainer-crashes", "طائرة تدريب تسقط قرب قاعدة عين الأسد الجوية بسبب عطل فني."),
]


@pytest.mark.parametrize("what,text,base,kind", FALLS, ids=[c[0] for c in FALLS])
def test_a_projectile_falls(what, text, base, kind):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    r = d.reports[0]
    if base:
        assert (r.base_id, r.attack_type) == (base, kind), what


@pytest.mark.parametrize("what,text", NOT_FALLS, ids=[c[0] for c in NOT_FALLS])
def test_fall_in_its_other_senses(what, text):
    assert not detect(text, published=PUB).strike, what


# (what, text): plural sites where no attack is told, or sites that are no installations: no alert.
NOT_SITES = [
    ("threat", "هددت الفصائل باستهداف مواقع عسكرية أمريكية في المنطقة إذا استمرت الحرب."),
    ("denial", "نفى الجيش أن تكون المسيرات قد استهدفت مواقع عسكرية في الشمال."),
    ("visit", "زار الوزير عددا من المواقع العسكرية في الجنوب اليوم."),
    ("tally-of-the-bases", "استهدفت الفصائل القواعد الأمريكية في العراق وسوريا أكثر من 170 مرة منذ أكتوبر."),
    ("news-websites", "هاجم مستخدمون مواقع إخبارية عسكرية على مواقع التواصل."),
    ("hackers", "استهدفت حملة إلكترونية مواقع عسكرية حكومية بهجمات قرصنة."),
]


@pytest.mark.parametrize("what,text", NOT_SITES, ids=[c[0] for c in NOT_SITES])
def test_plural_sites_with_no_attack(what, text):
    assert not detect(text, published=PUB).strike, what
