"""Strike precision on news nobody tuned for (PREC17): sentences that name weapons at an installation and say the
attack did not happen ('no projectiles hit the base': negated.py). Controls: a real hit whose toll is negated
('no one was hurt when rockets hit the base'), and negated words elsewhere in an attack sentence. Every sentence is
written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Tuesday

NEGATED = [
    ("en-alert", "en", "Air defences around Erbil air base stayed on high alert overnight, but no projectiles hit the base."),
    ("ar-sirens", "ar", "دوت صافرات الإنذار في قاعدة حرير مساء أمس دون تسجيل أي سقوط للصواريخ."),
]

NEGATED_CONTROLS = [
    ("en-toll", "en", "No one was hurt when two rockets hit Ain al-Asad air base on Monday, the coalition said."),
    ("en-no-casualties", "en", "Rockets hit Erbil air base on Monday night; no casualties were reported."),
    ("en-not-only", "en", "Militants not only struck Harir air base on Monday but also shelled a nearby village."),
    ("ar-toll", "ar", "سقطت صواريخ على قاعدة بلد الجوية مساء الاثنين ولم تسفر عن إصابات."),
    ("fr-toll", "fr", "Des drones ont frappé la base d'Ain al-Asad lundi, sans faire de victimes."),
]


@pytest.mark.parametrize("what,lang,text", NEGATED, ids=[n[0] for n in NEGATED])
def test_a_negated_attack_stays_quiet(what, lang, text):
    assert not detect(text, language=lang, published=PUB).strike, what


@pytest.mark.parametrize("what,lang,text", NEGATED_CONTROLS, ids=[n[0] for n in NEGATED_CONTROLS])
def test_a_negated_toll_keeps_the_attack(what, lang, text):
    assert detect(text, language=lang, published=PUB).strike, what


# A fault a cause word heads ('due to', 'بسبب', 'nedeniyle' after it) says why the aircraft fell: an accident, even
# where the fall is told with an attack verb and a weapon before it (faults.py). A bare fault, or a fault of the air
# defences, leaves the attack standing.
FAULTS = [
    ("en-result", "en", "A coalition drone fell near Harir air base on Monday as a result of a technical malfunction."),
    ("en-owing", "en", "An MQ-9 drone came down near Erbil air base on Monday owing to an engine failure."),
    ("ar-cause", "ar", "سقطت طائرة مسيرة أمريكية قرب قاعدة عين الأسد نتيجة عطل فني، بحسب مصدر أمني."),
    ("id-cause", "id", "Sebuah drone AS jatuh di dekat Pangkalan Udara Ain al-Asad akibat kerusakan mesin pada hari Senin."),
    ("he-cause", "he", "כטב\"ם של חיל האוויר נפל ליד בסיס נבטים בשל תקלה טכנית."),
]

FAULT_CONTROLS = [
    ("en-bare-fault", "en", "A drone struck Harir air base on Monday; officials first blamed a technical fault but later "
                            "confirmed the attack."),
    ("en-fire-after", "en", "A drone struck Harir air base on Monday and a fire broke out in a hangar."),
    ("ru-defences", "ru", "Беспилотники атаковали авиабазу Хмеймим ночью; ПВО не сработала из-за технического сбоя."),
]


@pytest.mark.parametrize("what,lang,text", FAULTS, ids=[f[0] for f in FAULTS])
def test_an_aircraft_lost_to_a_fault_stays_quiet(what, lang, text):
    assert not detect(text, language=lang, published=PUB).strike, what


@pytest.mark.parametrize("what,lang,text", FAULT_CONTROLS, ids=[f[0] for f in FAULT_CONTROLS])
def test_a_bare_or_defence_fault_keeps_the_attack(what, lang, text):
    assert detect(text, language=lang, published=PUB).strike, what


# A cause ruled out is a denial ('investigators ruled out an attack', 'استبعدت السلطات وقوع هجوم', 'a écarté la piste
# d une attaque'); a ruled-out fault or accident is not, and neither blocks as an accident (blocking.py). An attack
# still expected ('לקראת תקיפה אפשרית') is a possibility (he).
RULED_OUT = [
    ("en", "Explosions hit an ammunition store at Camp Taji on Monday; investigators ruled out an attack and blamed the heat."),
    ("ar", "استبعدت السلطات وقوع هجوم على قاعدة بلد بعد الانفجار الذي هز مخزن العتاد."),
    ("fr", "L'armée a écarté la piste d'une attaque après l'incendie du dépôt de munitions de la base."),
    ("he", "מערכות ההגנה האווירית סביב בסיס נבטים הוצבו בכוננות גבוהה לקראת תקיפה אפשרית."),
]

RULED_OUT_CONTROLS = [
    ("en", "Investigators ruled out a technical fault, saying a drone struck Harir air base on Monday."),
    ("ar", "استبعدت السلطات فرضية العطل الفني وأكدت أن طائرة مسيرة استهدفت قاعدة حرير مساء الاثنين."),
]


@pytest.mark.parametrize("lang,text", RULED_OUT, ids=[r[0] for r in RULED_OUT])
def test_an_attack_ruled_out_stays_quiet(lang, text):
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text", RULED_OUT_CONTROLS, ids=[r[0] for r in RULED_OUT_CONTROLS])
def test_a_fault_ruled_out_keeps_the_attack(lang, text):
    assert detect(text, language=lang, published=PUB).strike


# The installation as a landmark: a road without the article ('على طريق قرب قاعدة بلد'; 'عن طريق' is 'by means of' and
# stays no target), rockets that fell in open ground near a community ('נפלו בשטח פתוח'). Hebrew: a soldier killed by
# his comrade's fire is a quarrel or a mishap, not an attack; comrades who stop an infiltrator are no quarrel.
LANDMARK_OR_QUARREL = [
    ("ar-road", "ar", "انفجرت عبوة ناسفة على طريق قرب قاعدة بلد مستهدفة رتلا مدنيا."),
    ("he-open-ground", "he", "רקטות נורו לעבר יישוב הסמוך לבסיס נבטים ונפלו בשטח פתוח."),
    ("he-comrade", "he", "חייל נהרג מירי של חברו לנשק בבסיס תל נוף, והמשטרה הצבאית פתחה בחקירה."),
]

LANDMARK_CONTROLS = [
    ("ar-means", "ar", "استهدفت فصائل مسلحة قاعدة عين الأسد عن طريق طائرة مسيرة فجر اليوم."),
    ("he-hit", "he", "רקטות נורו לעבר בסיס נבטים ושתיים מהן פגעו בבסיס עצמו."),
    ("he-infiltrator", "he", "מחבל חדר לבסיס צבאי בצפון ופתח בירי, שני חיילים נפצעו; חבריו לנשק נטרלו אותו."),
]


@pytest.mark.parametrize("what,lang,text", LANDMARK_OR_QUARREL, ids=[x[0] for x in LANDMARK_OR_QUARREL])
def test_a_landmark_or_a_quarrel_stays_quiet(what, lang, text):
    assert not detect(text, language=lang, published=PUB).strike, what


@pytest.mark.parametrize("what,lang,text", LANDMARK_CONTROLS, ids=[x[0] for x in LANDMARK_CONTROLS])
def test_the_attack_on_the_installation_stands(what, lang, text):
    assert detect(text, language=lang, published=PUB).strike, what
