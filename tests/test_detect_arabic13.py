"""Arabic strike reports the detector missed (recall13): the Iraqi and Gulf colloquial hit verb ('طقوا'), the
Iraqi hilltop outpost ('ربيئة'), an army strongpoint ('ارتكازا أمنيا للجيش'), and a Sudanese infantry division
written with 'في' or 'بمدينة' before its town ('الفرقة 22 مشاة في مدينة بابنوسة'). Each has controls that share
its trigger words. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

# (what, text, base id or None, country): reports that must alert, with where.
ALERTS = [
    ("colloquial-hit-headline", "طقوا حرير\n\nمسلحون طقوا قاعدة حرير الجوية فجر اليوم بطائرة مسيرة.",
     "iq-harir", "IQ"),
    ("colloquial-hit-singular", "قالت مصادر أمنية إن فصيلا طق قاعدة فكتوريا قرب مطار بغداد مساء الأحد.",
     "iq-victory", "IQ"),
    ("hilltop-outpost", "هاجم عناصر من داعش ربيئة للجيش العراقي في قضاء الطارمية، ما أسفر عن استشهاد جنديين.",
     None, "IQ"),
    ("hilltop-outpost-toll", "قتل ثلاثة جنود بهجوم شنه مسلحون على ربيئة عسكرية في قضاء الطارمية.", None, "IQ"),
    ("army-strongpoint", "هاجم مسلحون ارتكازا أمنيا للجيش في جنوب مدينة العريش فجر اليوم، ما أدى إلى مقتل مجند.",
     None, "EG"),
    ("division-in-town", "هاجمت قوات الدعم السريع الفرقة 19 مشاة في مروي بالمسيرات فجر اليوم.", "sd-merowe-19th",
     "SD"),
    ("division-in-the-town-of", "هاجمت قوات الدعم السريع مقر الفرقة 22 مشاة في مدينة بابنوسة بالمدفعية الثقيلة.",
     "sd-babanusa-22nd", "SD"),
    ("division-command", "قصفت قوات الدعم السريع قيادة الفرقة السادسة مشاة في الفاشر بالمدافع، ما أدى إلى مقتل "
     "جنديين.", "sd-el-fasher-6th", "SD"),
    # the Egyptian press's 'security ambush': a checkpoint the army holds
    ("army-checkpoint-eg", "هاجم مسلحون كمينا أمنيا تابعا للجيش جنوب العريش، ما أسفر عن مقتل مجندين.", None, "EG"),
]

# (what, text): the same trigger words with no attack on an installation told.
QUIET = [
    ("idle-talk", "كان الاجتماع مجرد طق حنك ولم يخرج بنتيجة تذكر."),
    ("weather", "طقس بارد وأمطار غزيرة تضرب مناطق واسعة من العراق اليوم."),
    ("pivot-points", "حددت الحكومة نقاط ارتكاز لتوزيع المساعدات في رفح."),
    ("strongpoint-opened", "افتتح محافظ شمال سيناء ارتكازا أمنيا جديدا على الطريق الدولي لتأمين المواطنين."),
    ("outpost-rebuilt-history", "أعاد الجيش بناء ربيئة عسكرية على الحدود كانت قد تعرضت لهجوم عام 2015."),
    ("division-speaks", "أعلنت قيادة الفرقة السادسة مشاة صد هجوم الدعم السريع على مدينة الفاشر."),
    ("ambush-for-smugglers", "نصبت قوات الجيش كمينا أمنيا محكما لتجار المخدرات على الطريق الدولي وضبطت شحنة كبيرة."),
    ("traffic-checkpoint", "أقامت الشرطة كمينا أمنيا على طريق القاهرة الإسكندرية لضبط السيارات المخالفة."),
    ("division-team", "فاز فريق الفرقة الأولى مشاة في مدينة ود مدني ببطولة كرة القدم العسكرية."),
]


@pytest.mark.parametrize("what,text,base,country", ALERTS, ids=[a[0] for a in ALERTS])
def test_report_alerts(what, text, base, country):
    det = detect(text, language="ar", published=PUB)
    assert det.reports, what
    first = det.reports[0]
    assert first.base_id == base
    assert first.country == country


@pytest.mark.parametrize("what,text", QUIET, ids=[q[0] for q in QUIET])
def test_no_attack_on_an_installation(what, text):
    assert not detect(text, language="ar", published=PUB).reports, what


# A headline that is an installation's name with 'again' or a day is news, not a profile's title; one with no such
# word still titles a profile whose body retells an old attack.
HEADLINES = [
    ("again", "قاعدة عين الأسد مجددا\n\nاستهدفت قاعدة عين الأسد للمرة الثانية خلال أسبوع بصواريخ كاتيوشا سقطت داخلها.",
     "iq-ain-al-asad"),
    ("a-day", "قاعدة حرير يوم الأحد\n\nاستهدفت طائرة مسيرة قاعدة حرير الجوية شمال أربيل، بحسب مصادر أمنية.", "iq-harir"),
]


@pytest.mark.parametrize("what,text,base", HEADLINES, ids=[h[0] for h in HEADLINES])
def test_a_name_headline_that_says_again_or_when_is_news(what, text, base):
    det = detect(text, language="ar", published=PUB)
    assert [r.base_id for r in det.reports] == [base]


def test_a_name_headline_over_a_profile_stays_quiet():
    text = ("قاعدة عين الأسد الجوية\n\nقاعدة عين الأسد هي قاعدة جوية في محافظة الأنبار. قصفت إيران القاعدة بصواريخ "
            "باليستية ردا على اغتيال سليماني.")
    assert not detect(text, language="ar", published=PUB).reports
