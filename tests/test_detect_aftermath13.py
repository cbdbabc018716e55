"""Hard negatives of unseen news, PREC13: an earlier attack as the topic of what came after it (questions put
to officials, a hearing or debate, a lawsuit, damages, a medal or promotion; aftermath.py), and the real reports
that share those words, which must stay strikes with their base. The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

# The proceeding is the news; the attack is its topic.
DISCUSSED = [
    ("en", "Lawmakers questioned Pentagon officials on Tuesday about the drone attack on Tower 22 that killed "
     "three US soldiers."),
    ("en", "A Senate panel grilled the head of Central Command on Wednesday over the Iranian missile attack on "
     "Ain al-Asad air base."),
    ("en", "Iraqi MPs questioned the defence minister on Monday about the rocket attack on Balad air base."),
    ("en", "A Pentagon study released on Thursday examined how a drone evaded air defences and hit Tower 22."),
    ("en", "Pilots were honoured in Washington on Friday for downing drones during the Iranian attack on Nevatim "
     "air base."),
    ("he", "ראשי חיל האוויר נשאלו ביום רביעי בוועדה על הפגיעה בבסיס נבטים מהטילים האיראניים."),
    ("he", "בוועדת החוץ והביטחון התקיים ביום שני דיון על הכשלים שאפשרו את הפגיעה בבסיס נבטים."),
    ("he", "המדינה תשלם פיצויים למשפחות החיילים שנהרגו בפגיעת הטיל בבסיס גולני."),
    ("tr", "TBMM'de milletvekilleri Salı günü bakanlık yetkililerine Dağlıca taburuna düzenlenen saldırıyı sordu."),
    ("tr", "Dağlıca saldırısında şehit düşen askerlerin aileleri Pazartesi günü tazminat davası açtı."),
    ("tr", "Aktütün baskınında kahramanlık gösteren subaylar Pazartesi günü terfi etti."),
    ("tr", "Dağlıca saldırısında yaralanan askerlere Çarşamba günü devlet övünç madalyası verildi."),
    ("id", "Komisi I DPR pada Selasa mempertanyakan kepada Panglima TNI soal serangan ke pos militer di Intan Jaya."),
    ("id", "Anggota DPR mempertanyakan serangan KKB terhadap pos TNI di Kiwirok dalam rapat dengar pendapat pada "
     "Selasa."),
    ("ar", "استجوب نواب في البرلمان العراقي الثلاثاء وزير الدفاع بشأن الهجوم الصاروخي على قاعدة عين الأسد."),
]

# The same classes in French, Russian, Ukrainian and Persian, and an exercise or a plot in Arabic.
MORE_LANGUAGES = [
    ("fr", "Les députés ont interrogé mardi le ministre des Armées sur l'attaque contre la base de Ménaka."),
    ("ru", "Депутаты Госдумы во вторник расспросили министра об атаке беспилотников на аэродром Энгельс."),
    ("uk", "Суд у понеділок розглянув справу про обстріл аеродрому Миргород."),
    ("fa", "نمایندگان مجلس روز سه‌شنبه از وزیر دفاع درباره حمله به پایگاه هوایی شیراز سؤال کردند."),
    ("ar", "نفذت القوات الأمريكية الاثنين تمرينا على صد الهجمات بالطائرات المسيرة في قاعدة حرير."),
    ("ar", "اعتقلت القوات الأمنية الاثنين ثلاثة متهمين بالتخطيط لاستهداف قاعدة عين الأسد بالصواريخ."),
]

# The same words beside an attack told as news: in a clause of its own, or dated on its own.
TOLD = [
    ("en", "Drones struck Tower 22 on Sunday, wounding three soldiers, and lawmakers questioned the Pentagon about "
     "the base's defences."),
    ("en", "Officials were questioned about Sunday's drone attack on Tower 22, which wounded three soldiers."),
    ("en", "Rockets hit Harir air base on Monday; police questioned two suspects later in the day."),
    ("en", "A drone hit Al Udeid air base early today, hours after MPs debated the US presence there."),
    ("he", "רקטות פגעו הבוקר בבסיס נבטים, ובכנסת שאלו את השר על ההגנה האווירית."),
    ("tr", "Teröristler Pazar günü Dağlıca taburuna roketle saldırdı; milletvekilleri konuyu Meclis'te sordu."),
    ("tr", "Bakan, Pazartesi günü Çukurca'daki askeri üsse düzenlenen saldırının ardından komutanlarla görüştü."),
    ("id", "KKB menembaki pos TNI di Intan Jaya pada Senin, ujar juru bicara TNI saat ditanyai wartawan."),
    ("ar", "استهدف صاروخان قاعدة عين الأسد الجوية الاثنين، وطالب نواب باستجواب وزير الدفاع."),
    ("fr", "Des jihadistes ont attaqué lundi la base militaire de Ménaka; un suspect a ensuite été interrogé par les "
     "gendarmes."),
    # a verb-final attack clause joined by 'and' to the questions: no date, the conjunction ends the topic
    ("fa", "پایگاه هوایی شیراز هدف حمله پهپادی قرار گرفت و نمایندگان از وزیر دفاع سؤال کردند."),
    ("ru", "Беспилотники атаковали аэродром Энгельс в понедельник; депутаты спросили министра о защите."),
    ("uk", "Росія в понеділок обстріляла аеродром Миргород, а депутати запитали міністра про ППО."),
    ("ar", "أعلنت الفصائل أنها استهدفت قاعدة حرير بالمسيرات الاثنين بعد التخطيط للعملية منذ أسابيع."),
]


@pytest.mark.parametrize("lang,text", DISCUSSED + MORE_LANGUAGES)
def test_an_attack_discussed_is_no_report(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("lang,text", TOLD)
def test_an_attack_told_beside_those_words_stands(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    assert found.reports and found.reports[0].country, text
