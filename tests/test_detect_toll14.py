"""A weak installation noun ('موقعا', 'نقطة', 'مقرا') whose toll counts members of a force, a people word with a
military qualifier right after it ('مقتل أربعة عناصر من الجيش', 'خمسة من منتسبي الجيش'), is a military one
(arabic14; the soldiers' toll of tolled.py). Controls share the trigger words: police members, civilians killed
by the army, a crash, the attackers' own dead, civilian places. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("members-of-the-army", "هاجم مسلحون موقعا في بادية حمص، ما أسفر عن مقتل أربعة عناصر من الجيش.", "SY"),
    ("members-of-forces", "هاجم عناصر من تنظيم داعش نقطة في ريف دير الزور الشرقي، ما أسفر عن مقتل ثلاثة عناصر "
     "من قوات النظام.", "SY"),
    ("affiliates-of-the-army", "شن مسلحون هجوما على موقع في محافظة ديالى أسفر عن مقتل خمسة من منتسبي الجيش "
     "العراقي.", "IQ"),
    ("two-members-wounded", "هاجم مسلحون مقرا في ريف درعا الغربي ما أدى إلى إصابة عنصرين من الجيش.", "SY"),
]

QUIET = [
    ("police-members", "هاجم مسلحون موقعا في كركوك ما أسفر عن مقتل أربعة عناصر من الشرطة."),
    ("civilians-by-army", "سقطت قذيفة على موقع في ريف إدلب ما أسفر عن مقتل ثلاثة مدنيين برصاص الجيش."),
    ("crash", "قتل أربعة عناصر من الجيش في حادث سير قرب موقع في الطريق إلى كركوك."),
    ("attackers-dead", "هاجم الجيش موقعا لداعش في وادي حوران ما أسفر عن مقتل خمسة من عناصر التنظيم."),
    ("news-site", "نشر موقع إخباري خبر مقتل ثلاثة عناصر من الجيش في اشتباك مع مهربين."),
    ("restaurant", "هاجم مسلحون مطعما في الرمادي ما أسفر عن مقتل عنصرين من الجيش كانا في إجازة."),
    ("polling-station", "هاجم مسلحون مركز اقتراع في الموصل وأصيب عنصران من الشرطة."),
]


@pytest.mark.parametrize("what,text,country", ALERTS, ids=[a[0] for a in ALERTS])
def test_toll_of_a_force_makes_the_site_military(what, text, country):
    det = detect(text, language="ar", published=PUB)
    assert det.reports, what
    assert det.reports[0].country == country


@pytest.mark.parametrize("what,text", QUIET, ids=[q[0] for q in QUIET])
def test_no_military_site_without_the_force(what, text):
    assert not detect(text, language="ar", published=PUB).reports, what
