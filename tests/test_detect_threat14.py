"""An Arabic threat written after the installation and after an attack verb of its sentence, in a clause of its
own (a comma, or the conjunction written on the threat word: 'وتوعدت', 'وهدد'), warns of more attacks; the attack
told before it stands (arabic14). Controls: a threat before the installation speaks of it, a threat verb in the
future tense is no attack, a drone seen or a visit is none. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

ALERTS = [
    ("vowed-more", "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بطائرة مسيرة، وتوعدت بمزيد من العمليات "
     "ضد قوات الاحتلال.", "sy-al-tanf"),
    ("threatened-to-widen", "استهدفت فصائل عراقية قاعدة حرير بطائرتين مسيرتين فجر اليوم وهددت بتوسيع عملياتها.",
     "iq-harir"),
    ("victim-warns", "قصفت مسيرة قاعدة فكتوريا الليلة الماضية، وحذرت واشنطن من أنها سترد في الوقت المناسب.",
     "iq-victory"),
    ("pentagon-threatens", "سقطت صواريخ على قاعدة عين الأسد، وهدد البنتاغون بالرد.", "iq-ain-al-asad"),
]

QUIET = [
    ("threat-names-the-base", "قصفت الطائرات الإسرائيلية منازل في غزة، وهددت الفصائل باستهداف قاعدة حرير."),
    ("future-verb", "قالت الفصائل إنها ستستهدف قاعدة عين الأسد، وتوعدت بمزيد من الهجمات."),
    ("drone-seen", "رصدت طائرة مسيرة فوق قاعدة حرير، وهددت الفصائل باستهدافها."),
    ("visit", "زار قائد القيادة المركزية قاعدة عين الأسد، وهددت الفصائل باستهدافها."),
    ("if-it-goes-on", "حذر الحوثيون من أنهم سيضربون قاعدة نيفاتيم إذا استمر العدوان."),
]


@pytest.mark.parametrize("what,text,base", ALERTS, ids=[a[0] for a in ALERTS])
def test_warning_of_more_keeps_the_attack(what, text, base):
    det = detect(text, language="ar", published=PUB)
    assert det.reports, what
    assert det.reports[0].base_id == base


@pytest.mark.parametrize("what,text", QUIET, ids=[q[0] for q in QUIET])
def test_threat_alone_stays_quiet(what, text):
    assert not detect(text, language="ar", published=PUB).reports, what
