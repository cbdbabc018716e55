"""Recall across sentences (issue 16): the installation named in one sentence and the attack told in
the next ("Harir air base hosts US troops. A drone targeted it on Sunday"), as Arabic, Persian,
Russian and Ukrainian reports often write it, and the guards that keep such a link from reading a
visit or a list of bases as an attack. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect
from pipelines.detect.detector import analyse

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (language, text): the attack sentence names no target; the sentence before names one installation.
LINKED = [
    ("ar", "قاعدة حرير الجوية في أربيل تستضيف قوات أمريكية. وقد استهدفتها طائرة مسيرة مساء الأحد."),
    ("ar", "تقع قاعدة عين الأسد في محافظة الأنبار غرب العراق. وقد قصفتها ثلاثة صواريخ فجر اليوم."),
    ("en", "Harir air base near Erbil hosts American troops. Late on Sunday a drone targeted it, officials said."),
    ("ru", "Авиабаза Хмеймим расположена в провинции Латакия. В воскресенье ее атаковали беспилотники."),
    ("uk", "Аеродром Бельбек розташований поблизу Севастополя. Вночі його атакували дрони."),
    ("fa", "پایگاه عین الاسد در استان الانبار قرار دارد. یکشنبه شب سه موشک به آن اصابت کرد."),
]

# (language, what, text): the attack sentence names no target, yet the link must not make a report.
NOT_LINKED = [
    # Two installations before: which one was hit is not said.
    ("en", "two-bases", "Harir and Ain al-Asad air bases host American troops. Late on Sunday a drone targeted it, "
     "officials said."),
    # The sentence naming the base tells a visit: its blocker weighs on the linked attack too.
    ("en", "visit", "The defence minister visited Incirlik air base on Monday. A drone strike was reported "
     "overnight."),
    # The attack sentence has a target of its own.
    ("ar", "own-target", "زار وزير الدفاع قاعدة عين الأسد يوم الاثنين. وفي وقت لاحق قصفت طائرات مسيرة مدينة "
     "الرمادي."),
]


# (language, text): class 6 of issue 16, installations in the plural that are military by themselves.
PLURALS = [
    ("en", "Militants attacked military camps near the Niger border on Sunday, killing seven soldiers."),
]


# (language, text): an armed group that killed soldiers at an installation attacked it, with no attack
# word ("killed" alone is a toll); "broke out" of an insurgency is no accident that frames the article.
ARMED_KILLINGS = [
    ("en", "Al-Shabaab fighters killed five Kenyan soldiers at a remote army camp near the border on Sunday."),
    ("en", "Jihadists from Boko Haram killed three soldiers at a military outpost on Monday. The insurgency broke "
     "out in northeastern Nigeria and spread to Chad."),
]
# (language, text): killings that are not an armed group's attack on the installation.
NOT_ARMED_KILLINGS = [
    ("en", "Troops killed four Boko Haram fighters who approached the military outpost on Monday."),
    ("en", "A soldier killed two comrades at Camp Taji after a quarrel, police said."),
]


@pytest.mark.parametrize(("language", "text"), ARMED_KILLINGS)
def test_armed_group_killing_soldiers_at_an_installation_is_a_report(language: str, text: str) -> None:
    assert detect(text, language=language, published=PUB).strike


@pytest.mark.parametrize(("language", "text"), NOT_ARMED_KILLINGS)
def test_killing_without_an_armed_group_subject_is_not_a_report(language: str, text: str) -> None:
    assert not detect(text, language=language, published=PUB).strike


@pytest.mark.parametrize(("language", "text"), PLURALS)
def test_military_plural_is_a_report(language: str, text: str) -> None:
    assert detect(text, language=language, published=PUB).strike


@pytest.mark.parametrize(("language", "text"), LINKED, ids=[f"{l}-{n}" for n, (l, _) in enumerate(LINKED)])
def test_attack_in_the_next_sentence_is_a_report_on_the_named_base(language: str, text: str) -> None:
    found = analyse(text, language=language, published=PUB)
    assert found.detection.strike
    report = found.detection.reports[0]
    assert report.base_id is not None
    assert report.mention and report.mention in text  # the installation as written in its own sentence


@pytest.mark.parametrize(("language", "what", "text"), NOT_LINKED, ids=[f"{l}-{w}" for l, w, _ in NOT_LINKED])
def test_link_needs_one_installation_and_no_blocker(language: str, what: str, text: str) -> None:
    assert not detect(text, language=language, published=PUB).strike


# (language, text): Arabic installations written as "airport X the-military" or as a headquarters of
# the Popular Mobilisation Forces, a state force.
ARABIC = [
    ("ar", "قصفت القوات الأوكرانية مطار بلبيك العسكري في شبه جزيرة القرم بصواريخ أتاكمز."),
    ("ar", "وقع انفجار في مقر للحشد الشعبي في بابل، ويرجح أنه ناجم عن غارة جوية بطائرة مسيرة مجهولة."),
]


@pytest.mark.parametrize(("language", "text"), ARABIC)
def test_arabic_airport_and_state_force_headquarters(language: str, text: str) -> None:
    assert detect(text, language=language, published=PUB).strike


@pytest.mark.parametrize("text", [
    # 'عن طريق' is 'by means of', not a road: the drone between the verb and the base is the means.
    "استهدفت المقاومة الإسلامية في العراق عن طريق طائرة مسيرة قاعدة عين الأسد الجوية صباح اليوم.",
    "هاجمت الفصائل عن طريق صواريخ كاتيوشا قاعدة فكتوريا قرب مطار بغداد مساء الأحد.",
])
def test_an_attack_by_means_of_a_weapon_is_not_a_road_near_the_base(text):
    assert detect(text, language="ar", published=PUB).strike


@pytest.mark.parametrize("language, text, strike", [
    # The vehicle written as one phrase with the weapon word is the weapon, not another target.
    ("en", "A suicide bomber rammed an explosives-laden car into the gate of the army base in Mogadishu on Friday.", True),
    ("en", "Attackers drove an explosives-laden car into the gate of the Bannu cantonment before dawn.", True),
    # controls: a car that is hit is still another target, near or at the base
    ("en", "A drone struck cars parked near the air base in Erbil on Friday.", False),
    ("en", "A drone struck a car near the Harir air base on Friday.", False),
])
def test_a_vehicle_that_carries_the_weapon_is_not_another_target(language: str, text: str, strike: bool) -> None:
    assert detect(text, language=language, published=PUB).strike is strike
