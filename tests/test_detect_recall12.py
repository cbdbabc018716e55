"""Strike reports told in ways the detector missed (recall12): a hit whose place is a pronoun on a preposition
after a sentence that names the base with explosions ('سقطت عليه', 'انفجرت فيها'); a weak noun whose owner is
written after the phrase that places it ('موقعا في ... يتبع للجيش العراقي', 'a camp ... used by the army'); the
Lebanese army's post ('مركزا للجيش'); "the base" and "المطار" for the base named before; an IDF post as the
target of fire; a Sahel army detachment; and a protest word written as the attackers' motive after the attack ('in
protest at', 'احتجاجا على', 'pour protester contre'). Each has controls that share its trigger words. Every
sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

# (what, text, base id or None, country): reports that must alert, with where.
ALERTS = [
    # explosions at the named base, then the hit told with a pronoun on a preposition
    ("fell-on-it", "انفجارات في مطار المزة العسكري غرب دمشق. وذكرت مصادر محلية أن صواريخ إسرائيلية سقطت عليه "
     "بعد منتصف الليل.", "sy-mezzeh", "SY"),
    ("drone-exploded-in-it", "دوى انفجار قوي داخل قاعدة التنف الأمريكية. وقالت مصادر محلية إن طائرة مسيرة "
     "انفجرت فيها قرابة الساعة العاشرة ليلا.", "sy-al-tanf", "SY"),
    ("two-rockets-fell-in-it", "سمع دوي انفجارات في قاعدة حقل العمر شرق دير الزور. وأفاد ناشطون بأن صاروخين "
     "سقطا فيها مساء اليوم.", "sy-omar", "SY"),
    # the owner written after the place, in the noun's clause
    ("site-belongs-to-army", "هاجم مسلحون مجهولون موقعا في منطقة الطارمية شمال بغداد يتبع للجيش العراقي، ما "
     "أسفر عن مقتل جنديين.", None, "IQ"),
    ("hq-of-pmf", "استهدفت مسيرة مجهولة مقرا في بلدة آمرلي شرق صلاح الدين تابعا للحشد الشعبي.", None, None),
    ("camp-used-by-army", "Gunmen attacked a camp on the outskirts of the town of Tanout used by the Nigerien army "
     "on Sunday, killing four soldiers.", None, None),
    # the Lebanese army's post
    ("army-post-lebanon", "استهدفت مسيرة إسرائيلية مركزا للجيش اللبناني عند أطراف بلدة العديسة، ما أدى إلى "
     "إصابة جنديين.", None, "LB"),
    ("military-post-lebanon", "قصف الاحتلال مركزا عسكريا للجيش اللبناني في منطقة مرجعيون.", None, "LB"),
    # an anaphora term that is no installation noun alone ("the base", "المطار") is the base named before it, or
    # with a qualifier beside it a weak noun
    ("the-base-named-before", "Ain al-Asad air base in western Iraq hosts US troops. Three rockets hit the base on "
     "Monday night, officials said.", "iq-ain-al-asad", "IQ"),
    ("the-base-outpost", "Tower 22 is a logistics outpost in north-east Jordan. A one-way drone hit the base early "
     "on Sunday, killing three US soldiers.", "jo-tower-22", "JO"),
    ("the-airport-ar", "يقع مطار المزة العسكري غرب دمشق. وقصفت طائرات إسرائيلية المطار فجر اليوم بعدة صواريخ.",
     "sy-mezzeh", "SY"),
    ("the-camp-qualified", "The camp, which hosts Malian soldiers, came under mortar fire on Sunday morning, the "
     "army said.", None, None),
    # an IDF post as the target of fire, a Sahel army detachment
    ("idf-post-he", 'מחבלים ירו טיל נ"ט לעבר עמדת צה"ל סמוך לגבול הלבנון, לא היו נפגעים.', None, None),
    ("detachment-fr", "Des hommes armés ont attaqué samedi le détachement militaire de Koumbri, dans le nord du "
     "Burkina Faso, tuant plusieurs soldats.", None, "BF"),
    # a protest word as the attackers' motive, after the attack
    ("in-protest-at-en", "Militants attacked a military post in Zhob on Monday in protest at the army's operations "
     "in the area, killing two soldiers.", None, "PK"),
    ("in-protest-at-base", "Iraqi militants fired rockets at Victory base near Baghdad airport on Thursday in "
     "protest at the US strikes on their headquarters.", "iq-victory", "IQ"),
    ("in-protest-ar", "هاجم مسلحون نقطة عسكرية للجيش في بلدة درعا البلد احتجاجا على حملة الاعتقالات، ما أسفر "
     "عن مقتل جندي.", None, "SY"),
    ("pour-protester-fr", "Des hommes armés ont attaqué un poste de l'armée à Diffa dimanche pour protester contre "
     "l'arrestation de leur chef.", "ne-diffa", "NE"),
]

# (what, text): the same trigger words with no attack on an installation told.
QUIET = [
    # explosions at the base, and a pronoun on a preposition that tells no attack
    ("disposal-in-it", "دوت انفجارات في قاعدة عين الأسد الجوية مساء اليوم. وقالت وزارة الدفاع إن الانفجارات "
     "وقعت فيها خلال تفجير ذخائر منتهية الصلاحية."),
    ("fire-in-it", "دوى انفجار قوي في قاعدة التنف. وأوضح التحالف أن حريقا اندلع فيها بسبب ماس كهربائي."),
    ("nobody-targeted-it", "سمعت انفجارات في قاعدة حرير الجوية. وقال مسؤول كردي إن أحدا لم يستهدفها وإن "
     "الأصوات ناجمة عن تدريبات."),
    # an owner that is no military one
    ("website-of-paper", "هاجم مسلحون موقعا إلكترونيا في بغداد تابعا لصحيفة محلية."),
    ("party-office", "هاجم مسلحون مقرا في حي الكرادة ببغداد تابعا لحزب سياسي، ما أسفر عن أضرار مادية."),
    ("building-of-charity", "قصفت الطائرات مبنى في بلدة قرب الحدود تابعا لمنظمة إنسانية، ما أدى إلى مقتل مدنيين."),
    ("house-used-by-army", "A drone struck a house on the outskirts of the town used by the army as a depot, "
     "killing a farmer."),
    ("site-of-mining-firm", "Des jihadistes ont incendié dimanche un site à la sortie de la ville appartenant à une "
     "société minière."),
    # "the base" of a named base in a sentence that tells no new attack on it
    ("the-base-in-2020", "Ain al-Asad air base hosts US troops. The base was hit by Iranian ballistic missiles in "
     "January 2020."),
    ("the-base-threatened", "Harir air base lies north of Erbil. Militias have threatened to attack the base with "
     "drones."),
    ("near-the-base", "Ain al-Asad air base hosts US troops. Militants attacked a police checkpoint near the base on "
     "Monday, killing two policemen."),
    ("launched-from-the-airport-ar", "تضم قاعدة حميميم طائرات روسية. وأعلنت موسكو أن طائراتها أقلعت من المطار لقصف "
     "مواقع المسلحين في إدلب."),
    ("past-years-ar", "مطار المزة العسكري يقع غرب دمشق. وقد تعرض المطار لغارات إسرائيلية عديدة خلال السنوات "
     "الماضية."),
    # the army's stance, not its post; a detachment of gendarmes deployed
    ("idf-stance-he", 'לפי עמדת צה"ל, הרקטה שנורתה אמש נפלה בשטח פתוח.'),
    ("gendarmes-deployed-fr", "Un détachement de gendarmes a été déployé lundi pour sécuriser le marché après "
     "l'attaque contre un bus."),
    # a centre that is no army post
    ("city-centre", "قصفت قوات النظام مركز المدينة بالمدفعية، ما أدى إلى مقتل مدنيين."),
    ("health-centre", "استهدفت غارة إسرائيلية مركزا صحيا في بلدة الناقورة."),
    ("centre-opened", "افتتح الجيش اللبناني مركزا عسكريا جديدا في الجنوب، وسط تهديدات إسرائيلية بقصف المنطقة."),
    # the protest is the news: the attack words are what was protested
    ("rally-in-protest-at", "Hundreds rallied outside Ain al-Asad air base on Friday in protest at the US strikes "
     "in Iraq."),
    ("road-blocked-in-protest", "Residents blocked the road to the army camp in protest at the shelling of their "
     "village on Sunday."),
    ("protesters-ar", "تظاهر المئات قرب قاعدة عين الأسد احتجاجا على الغارات الأمريكية."),
    ("road-blocked-ar", "أغلق محتجون الطريق المؤدي إلى قاعدة عين الأسد احتجاجا على القصف الأمريكي."),
    # a labour strike in protest: no weapon, no toll
    ("workers-strike", "Civilian workers at the army camp struck on Monday in protest at unpaid wages."),
    ("demonstrators-fr", "Des centaines de personnes ont manifesté devant la base de Gao pour protester contre les "
     "frappes de l'armée."),
]


@pytest.mark.parametrize("what,text,base,country", ALERTS, ids=[c[0] for c in ALERTS])
def test_report_alerts(what, text, base, country):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    r = d.reports[0]
    assert r.base_id == base, what
    if country is not None:
        assert r.country == country, what


@pytest.mark.parametrize("what,text", QUIET, ids=[c[0] for c in QUIET])
def test_no_attack_on_an_installation(what, text):
    assert not detect(text, published=PUB).strike, what


def test_the_base_after_an_unnamed_installation_is_that_one():
    """"The base" with a qualifier beside it after an unnamed installation already told is that one, not a
    second report."""
    text = ("A rocket landed in a military base south of Ashkelon on Thursday morning, wounding five soldiers. "
            "Troops at the base told reporters about the panic that followed the rocket attack.")
    d = detect(text, published=PUB)
    assert d.strike
    assert len(d.reports) == 1


# A past threat recalled in the lead after a sentence that tells the attack is an aside, not the article's frame;
# after an attack dated in the past it still frames the look back.
THREAT_RECALLED = [
    ("en", "A drone struck Harir air base north of Erbil on Sunday, Kurdish officials said. The militias had "
     "threatened last week to step up attacks on US forces.", "iq-harir"),
    ("ar", "المقاومة الإسلامية في العراق تعلن استهداف قاعدة حرير\nأعلنت المقاومة الإسلامية في العراق، في بيان "
     "مقتضب، استهداف قاعدة حرير في أربيل بطائرة مسيرة. وكانت الفصائل قد هددت الأسبوع الماضي بتصعيد عملياتها ضد "
     "القوات الأمريكية.", "iq-harir"),
]
THREAT_AFTER_DATED_ATTACK = [
    ("en", "Drones attacked Tower 22 in January 2024, killing three US soldiers. Last month, militias warned they "
     "could strike again."),
    ("ar", "تعرضت قاعدة عين الأسد لقصف صاروخي إيراني في يناير 2020. وهددت الفصائل الأسبوع الماضي باستهداف القاعدة "
     "مجددا."),
]


@pytest.mark.parametrize("lang,text,base", THREAT_RECALLED, ids=[c[0] for c in THREAT_RECALLED])
def test_a_past_threat_after_the_attack_does_not_frame_it(lang, text, base):
    d = detect(text, language=lang, published=PUB)
    assert d.strike, text
    assert d.reports[0].base_id == base


@pytest.mark.parametrize("lang,text", THREAT_AFTER_DATED_ATTACK, ids=[c[0] for c in THREAT_AFTER_DATED_ATTACK])
def test_a_threat_after_a_dated_attack_still_frames_the_look_back(lang, text):
    assert not detect(text, language=lang, published=PUB).strike, text


# Another target written in the motive clause before the attack is why the group struck, not what it struck.
MOTIVE_TARGET = [
    ("villages-ar", "ردا على الاعتداءات الإسرائيلية على القرى الجنوبية، استهدف مجاهدو المقاومة الإسلامية موقع الراهب "
     "بقذائف المدفعية.", "il-raheb"),
    ("civilians-ar", "ردا على المجازر بحق المدنيين في غزة، هاجم مجاهدو المقاومة الإسلامية في العراق قاعدة عين الأسد "
     "بالطيران المسير.", "iq-ain-al-asad"),
]
# The other target in the attack's own clause is still the target.
MOTIVE_CONTROLS = [
    ("villages-struck-ar", "ردا على هجوم على قاعدة عين الأسد، قصفت الطائرات الأمريكية قرى في منطقة القائم."),
    ("house-struck-ar", "استهدفت طائرة مسيرة منزلا قرب قاعدة حرير ردا على الاعتداءات على القرى."),
    ("villages-struck-en", "Hezbollah fired rockets at villages near the Meron base on Sunday in response to Israeli "
     "strikes."),
]


@pytest.mark.parametrize("what,text,base", MOTIVE_TARGET, ids=[c[0] for c in MOTIVE_TARGET])
def test_a_target_in_the_motive_clause_is_no_other_target(what, text, base):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    assert d.reports[0].base_id == base


@pytest.mark.parametrize("what,text", MOTIVE_CONTROLS, ids=[c[0] for c in MOTIVE_CONTROLS])
def test_a_target_in_the_attack_clause_still_counts(what, text):
    assert not detect(text, published=PUB).strike, what
