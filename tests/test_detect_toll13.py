"""A weak installation noun ('post', 'position', 'site', 'موقعا', 'مقرا') whose sentence counts soldiers among
the dead or wounded after it is a military one, however far the toll is written from the noun (recall13):
'Militants stormed a security post in North Waziristan overnight, killing four soldiers'. Soldiers are the
lexicon's people words that are also military qualifiers. Controls share the trigger words: civilian posts and
sites with soldiers in the toll, civilians killed, a crash, a raid by the army. Every sentence is written for
these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("en-security-post", "en", "Militants stormed a security post in North Waziristan overnight, killing four "
     "soldiers, the military's media wing said.", "PK"),
    ("en-position", "en", "Gunmen on motorbikes attacked a position near Tera in western Niger on Monday, killing "
     "12 soldiers, the defence ministry said.", "NE"),
    ("en-soldiers-before-verb", "en", "Terrorists attacked a post in Lakki Marwat district on Thursday night; three "
     "soldiers were killed and two wounded in the exchange of fire.", "PK"),
    ("fr-position", "fr", "Des hommes armés ont attaqué dimanche une position située près de Banibangou, dans la "
     "région de Tillabéri, tuant cinq militaires.", "NE"),
    ("ar-site", "ar", "هاجم مسلحون موقعا قرب بلدة الطارمية شمال بغداد فجر اليوم، ما أسفر عن مقتل ثلاثة جنود وإصابة "
     "اثنين.", "IQ"),
    ("ur-post", "ur", "شمالی وزیرستان میں دہشت گردوں نے ایک پوسٹ پر حملہ کیا جس کے نتیجے میں چار فوجی شہید ہو گئے۔",
     "PK"),
    ("ar-hq-dual", "ar", "هاجم مسلحون مقرا في منطقة جبل مكحول ليلة أمس، ما أدى إلى استشهاد جنديين وإصابة ضابط.", None),
]

QUIET = [
    ("en-polling-station", "en", "Militants attacked a polling station in North Waziristan on election day, killing "
     "two soldiers who guarded it."),
    ("en-civilians", "en", "A drone struck a compound in Idlib on Monday, killing four civilians, rescuers said."),
    ("en-crash", "en", "Four soldiers were killed when their helicopter crashed near a site in Balochistan during a "
     "training flight."),
    ("en-army-raid", "en", "Army troops raided a compound used by militants in Bajaur, killing four fighters; two "
     "soldiers were wounded."),
    ("en-history", "en", "In 2009 militants stormed a post in South Waziristan, killing 12 soldiers, the army "
     "recalled on Monday."),
    ("fr-mining-site", "fr", "Des jihadistes ont attaqué un site minier près de Djibo, tuant trois soldats chargés de "
     "sa sécurité."),
    ("ur-police-post", "ur", "دہشت گردوں نے پولیس پوسٹ پر حملہ کیا جس میں دو پولیس اہلکار شہید ہو گئے۔"),
    ("ur-post-mortem", "ur", "حملے میں شہید ہونے والے فوجیوں کا پوسٹ مارٹم ہسپتال میں کیا گیا۔"),
    ("ur-facebook-post", "ur", "فوج کے ترجمان نے فیس بک پوسٹ میں دہشت گردوں کے حملے کی مذمت کی۔"),
    ("ar-polling", "ar", "هاجم مسلحون مركز اقتراع في الموصل، ما أسفر عن مقتل جنديين كانا يحرسانه."),
    ("ar-vehicle-accident", "ar", "انقلبت عربة عسكرية قرب موقع في صحراء الأنبار، ما أدى إلى مقتل ثلاثة جنود."),
]


@pytest.mark.parametrize("what,lang,text,country", ALERTS, ids=[a[0] for a in ALERTS])
def test_a_toll_of_soldiers_makes_the_weak_noun_military(what, lang, text, country):
    det = detect(text, language=lang, published=PUB)
    assert det.reports, what
    assert det.reports[0].country == country


@pytest.mark.parametrize("what,lang,text", QUIET, ids=[q[0] for q in QUIET])
def test_no_attack_on_an_installation(what, lang, text):
    assert not detect(text, language=lang, published=PUB).reports, what
