"""Hard negatives of unseen news (issue 16, classes 1-3), each a class of wording with its rule, and the
real reports that share the rule's trigger words and must stay strikes with the same fields. The articles
are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# Munitions that went off in their store (a depot, an arsenal, "stored", "на складах рвутся"), with no
# attack verb, attacker or claim in the sentence: an accident, not an attack (score.py, stored.py).
STORED = [
    ("en", "stored-shells", "Explosions at army arsenal",
     "A series of explosions shook an army arsenal near the Harir air base on Monday as shells stored there "
     "went off, local officials said. Investigators blamed the heat."),
    ("fr", "obus-stockes", "Explosions dans un dépôt de munitions",
     "Une série d'explosions a secoué lundi un dépôt de munitions d'une base militaire, où des obus stockés ont "
     "pris feu, ont indiqué les autorités. Les habitants ont été évacués."),
    ("ru", "rvutsya", "На складах под Белгородом рвутся снаряды",
     "На складах боеприпасов воинской части в Белгородской области после пожара рвутся снаряды, сообщили "
     "власти. Жителей соседних сёл эвакуировали."),
    ("pl", "skladowane", "Wybuchy w składzie amunicji",
     "W poniedziałek w składzie amunicji jednostki wojskowej doszło do serii wybuchów, gdy składowane pociski "
     "zapaliły się, podały władze."),
    ("uk", "rvutsya", "На складах рвуться снаряди",
     "На складах боєприпасів військової частини після пожежі рвуться снаряди, повідомила влада. Мешканців "
     "сусідніх сіл евакуювали."),
]

# The same store words beside a real attack: each stays a strike on its base with its weapon.
STORED_CONTROLS = [
    ("en", "A drone exploded over Harir air base late on Monday, officials said.", "iq-harir", "drone"),
    ("en", "A rocket exploded near the arsenal of Ain al-Asad air base on Monday, officials said.",
     "iq-ain-al-asad", "rocket"),
    ("en", "An ammunition depot at Engels air base was shelled overnight, setting off explosions, officials said.",
     "ru-engels", "artillery"),
    ("en", "Stored ammunition exploded at Ain al-Asad air base on Monday after rockets fired from a nearby village "
     "hit it.", "iq-ain-al-asad", "rocket"),
    ("fr", "Une roquette a explosé lundi près de l'arsenal de la base aérienne d'Ain al-Asad, selon un responsable.",
     "iq-ain-al-asad", "rocket"),
    ("ru", "Ракета взорвалась возле склада боеприпасов на аэродроме Бельбек в понедельник, сообщил источник.",
     "ua-belbek", "rocket"),
    ("ru", "Беспилотники атаковали склад боеприпасов на аэродроме Бельбек в ночь на понедельник, после чего там "
     "рвутся снаряды.", "ua-belbek", "drone"),
    ("uk", "Дрони атакували склад боєприпасів на аеродромі Саки в ніч на понеділок, там рвуться снаряди.",
     "ua-saky", "drone"),
    ("pl", "Drony uderzyły w poniedziałek w skład amunicji na lotnisku Saki, wywołując wybuchy.", "ua-saky", "drone"),
    ("it", "Droni hanno colpito lunedì il deposito di munizioni della base aerea di Ain al-Asad, provocando "
     "esplosioni.", "iq-ain-al-asad", "drone"),
    ("pt", "Drones atingiram na segunda-feira o paiol da base aérea de Ain al-Asad, provocando explosões.",
     "iq-ain-al-asad", "drone"),
]


@pytest.mark.parametrize("lang,what,title,text", STORED, ids=[f"{c[0]}-{c[1]}" for c in STORED])
def test_stored_munitions_that_went_off_are_no_attack(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", STORED_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(STORED_CONTROLS)])
def test_an_attack_beside_a_store_of_arms_stays_a_strike(lang: str, text: str, base: str, kind: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike
    assert (found.reports[0].base_id, found.reports[0].attack_type) == (base, kind)

# A background line dated by a month marked as past ("last July", "juillet dernier", "تموز الماضي", "Juli
# lalu") in an article about something else: as certain as a stated day long before publication (score.py).
LAST_MONTH = [
    ("fr", "juillet-dernier", "Le Premier ministre irakien reçoit l'envoyé américain",
     "Le Premier ministre irakien a reçu lundi l'envoyé américain à Bagdad. En juillet dernier, des roquettes "
     "avaient frappé la base aérienne d'Ain al-Asad. Les discussions reprendront le mois prochain."),
    ("ar", "tammuz-almadi", "رئيس الوزراء يستقبل السفيرة الأمريكية",
     "استقبل رئيس الوزراء العراقي السفيرة الأمريكية في بغداد اليوم. وفي تموز الماضي استهدفت صواريخ قاعدة "
     "عين الأسد. وبحث الجانبان مستقبل التحالف."),
    ("es", "julio-pasado", "El primer ministro iraquí recibe al enviado estadounidense",
     "El primer ministro iraquí recibió el lunes al enviado estadounidense en Bagdad. En julio pasado, varios "
     "cohetes impactaron en la base aérea de Ain al-Asad. Las conversaciones seguirán el mes próximo."),
    ("id", "juli-lalu", "Perdana menteri Irak terima utusan AS",
     "Perdana menteri Irak menerima utusan AS di Baghdad pada Senin. Pada Juli lalu, roket menghantam "
     "Pangkalan Udara Ain al-Asad. Pembicaraan akan dilanjutkan bulan depan."),
]

# The same past month beside a new attack: told with a day word, or as the start of a count ("since").
LAST_MONTH_CONTROLS = [
    ("fr", "Nouvelle attaque contre Ain al-Asad",
     "Des roquettes ont frappé ce matin la base aérienne d'Ain al-Asad. La base avait déjà été visée en juillet "
     "dernier. Aucun blessé n'a été signalé.", "iq-ain-al-asad"),
    ("fr", "Nouvelle attaque contre Ain al-Asad",
     "Des roquettes ont frappé la base aérienne d'Ain al-Asad dans la nuit. C'est la première attaque depuis "
     "juillet dernier, selon un responsable.", "iq-ain-al-asad"),
    ("ar", "استهداف قاعدة عين الأسد",
     "استهدفت صواريخ قاعدة عين الأسد فجر اليوم، وهو أول هجوم منذ تموز الماضي.", "iq-ain-al-asad"),
    ("id", "Roket hantam pangkalan",
     "Roket menghantam Pangkalan Udara Nevatim pada Senin pagi. Pangkalan itu juga diserang pada Juli lalu.",
     "il-nevatim"),
]


@pytest.mark.parametrize("lang,what,title,text", LAST_MONTH, ids=[f"{c[0]}-{c[1]}" for c in LAST_MONTH])
def test_a_background_line_dated_last_month_is_no_report(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,title,text,base", LAST_MONTH_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(LAST_MONTH_CONTROLS)])
def test_a_new_attack_beside_last_month_stays_a_strike(lang: str, title: str, text: str, base: str) -> None:
    found = detect(text, title=title, language=lang, published=PUB)
    assert found.strike and found.reports[0].base_id == base

# A trial: a court that jails or indicts men for an attack on a base judges an old attack (the lexicons'
# plot group: "jailed", "tribunal", "בתכנון").
TRIALS = [
    ("en", "jailed", "Court jails men over base attack",
     "A court on Monday jailed three men for the rocket attack on Ain al-Asad air base in 2019. The judge said "
     "the men had fired the rockets from a truck."),
    ("fr", "tribunal", "Condamnation à Bagdad",
     "Un tribunal a condamné lundi trois hommes pour l'attaque à la roquette contre la base aérienne d'Ain "
     "al-Asad en 2020."),
    ("he", "betichnun", "נאשם בתכנון פיגוע בבסיס",
     "כתב אישום הוגש היום נגד צעיר שתכנן לפגוע בבסיס צבאי בצפון באמצעות מטען. הצעיר נעצר לפני שביצע את זממו."),
]

# A road, a city or a convoy beside a base is the target: 'jalan' (road) and 'kota' (city) in Indonesian; in
# a sentence with no attack verb, the attacker noun ("Teröristler") is the doer, so the convoy nearer the bomb
# attack is its target.
ROADS = [
    ("id", "jalan", "Bom di jalan dekat pangkalan",
     "Sebuah bom meledak di jalan dekat Pangkalan Udara Nevatim pada Senin dan melukai dua warga."),
    ("id", "kota", "Roket hantam Haifa",
     "Roket dari Lebanon menghantam kota Haifa pada Senin, dekat Pangkalan Udara Ramat David. Dua warga terluka."),
    ("tr", "konvoy", "Konvoya bombalı saldırı",
     "Teröristler, Zilkan üs bölgesi yakınındaki yolda askeri konvoya bombalı saldırı düzenledi. İki asker "
     "yaralandı."),
]

# The trial words beside a new attack, a court's earlier ruling told as what came first, and the same
# sentence shapes aimed at the base itself.
TRIAL_ROAD_CONTROLS = [
    ("en", "Drone hits Harir", "A drone struck Harir air base on Monday, days after a court jailed a militia "
     "leader, officials said.", "iq-harir"),
    ("en", "Rockets hit Ain al-Asad", "Rockets hit Ain al-Asad air base on Monday, wounding two soldiers. "
     "Separately, a court in Baghdad jailed a militia commander for an unrelated killing.", "iq-ain-al-asad"),
    ("fr", "Roquettes sur Ain al-Asad", "Des roquettes ont frappé lundi la base aérienne d'Ain al-Asad. Le "
     "tribunal de Bagdad doit juger mardi un chef de milice.", "iq-ain-al-asad"),
    ("id", "Roket hantam pangkalan", "Roket menghantam Pangkalan Udara Nevatim pada Senin, dan jalan menuju "
     "pangkalan ditutup.", "il-nevatim"),
    ("tr", "Üsse saldırı", "Teröristler bugün İncirlik Hava Üssü'ne İHA ile saldırdı.", "tr-incirlik"),
    ("id", "Roket hantam pangkalan", "Roket menghantam Pangkalan Udara Nevatim di dekat kota Beersheba pada Senin.",
     "il-nevatim"),
    ("id", "Drone serang pangkalan", "Drone menyerang Pangkalan Udara Ain al-Asad di kota al-Baghdadi pada Senin, "
     "kata pejabat.", "iq-ain-al-asad"),
]


@pytest.mark.parametrize("lang,what,title,text", TRIALS + ROADS, ids=[f"{c[0]}-{c[1]}" for c in TRIALS + ROADS])
def test_a_trial_or_a_road_beside_a_base_is_no_report(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,title,text,base", TRIAL_ROAD_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TRIAL_ROAD_CONTROLS)])
def test_an_attack_beside_a_trial_or_a_road_stays_a_strike(lang: str, title: str, text: str, base: str) -> None:
    found = detect(text, title=title, language=lang, published=PUB)
    assert found.strike and found.reports[0].base_id == base

# The Urdu condition: 'اگر' (if) ... the attack verb ... 'تو' (then). 'If' alone also opens asides of real
# reports, and 'جب ... تو' (when ... then) tells a real attack.
URDU_CONDITIONS = [
    ("ur", "agar-karen-to", "بنوں کینٹ کی سیکیورٹی",
     "ترجمان نے کہا کہ اگر ڈرون بنوں کینٹ پر حملہ کریں تو فوج بھرپور جواب دے گی۔"),
    ("ur", "agar-kiya-to", "بنوں کینٹ کی سیکیورٹی",
     "وزیر نے کہا کہ اگر شدت پسندوں نے بنوں کینٹ پر حملہ کیا تو انہیں سخت جواب ملے گا۔"),
]
URDU_CONTROLS = [
    "شدت پسندوں نے بنوں کینٹ پر حملہ کیا، حکام کے مطابق اگر بروقت کارروائی نہ ہوتی تو نقصان زیادہ ہوتا۔",
    "جب شدت پسندوں نے پیر کو بنوں کینٹ پر حملہ کیا تو فوج نے بھرپور جواب دیا۔",
    "حکام کے مطابق اگر چہ شدت پسندوں نے پیر کو بنوں کینٹ پر حملہ کیا مگر فوج نے اسے ناکام بنا دیا۔",
]


@pytest.mark.parametrize("lang,what,title,text", URDU_CONDITIONS, ids=[f"{c[0]}-{c[1]}" for c in URDU_CONDITIONS])
def test_an_urdu_condition_is_no_report(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("text", URDU_CONTROLS, ids=[f"ur-{i}" for i in range(len(URDU_CONTROLS))])
def test_an_urdu_report_with_if_or_when_stays_a_strike(text: str) -> None:
    found = detect(text, title="بنوں کینٹ پر حملہ", language="ur", published=PUB)
    assert found.strike and found.reports[0].base_id == "pk-bannu-cantonment"

# A background line that opens with a month named well before publication ("In February, drones struck
# ..."), in the body of an article about something else, tells the past as a stated day does (score.py).
NAMED_MONTH = [
    ("en", "The coalition's future", "The coalition's future was discussed in Baghdad on Monday. In February, drones "
     "struck Ain al-Asad air base, wounding three soldiers. Talks resume next week."),
    ("tr", "Koalisyonun geleceği", "Koalisyonun geleceği pazartesi Bağdat'ta görüşüldü. Şubat ayında İHA'lar "
     "İncirlik Hava Üssü'ne saldırdı. Görüşmeler sürecek."),
    ("he", "עתיד הקואליציה", "עתיד הקואליציה נדון היום בבגדד. בפברואר פגעו כטב\"מים בבסיס רמת דוד. השיחות יימשכו."),
    ("ar", "مستقبل التحالف", "ناقش المسؤولون مستقبل التحالف في بغداد اليوم. وفي شباط استهدفت طائرات مسيرة قاعدة "
     "عين الأسد. وستستأنف المحادثات."),
    ("ru", "Будущее коалиции", "Будущее коалиции обсудили в Багдаде в понедельник. В феврале беспилотники "
     "атаковали аэродром Бельбек. Переговоры продолжатся."),
    ("fa", "آینده ائتلاف", "آینده ائتلاف روز دوشنبه در بغداد بررسی شد. در فوریه پهپادها به پایگاه عین الاسد حمله "
     "کردند. گفتگوها ادامه دارد."),
]

# A new attack with the month as an aside after it, in a repeat, or after "since": the report stands.
NAMED_MONTH_CONTROLS = [
    ("en", "Drone attack in western Iraq", "Drones struck Ain al-Asad air base, which was also hit in February, "
     "officials said.", "iq-ain-al-asad"),
    ("ru", "Атака в Крыму", "Беспилотники вновь атаковали аэродром Бельбек, который уже подвергался атаке в "
     "феврале.", "ua-belbek"),
    ("fr", "Attaque dans l'ouest de l'Irak", "Des drones ont de nouveau frappé la base aérienne d'Ain al-Asad, "
     "déjà visée en février.", "iq-ain-al-asad"),
    ("en", "Rockets hit Ain al-Asad", "Rockets hit Ain al-Asad air base. It was the fifth attack since February, "
     "officials said.", "iq-ain-al-asad"),
]


@pytest.mark.parametrize("lang,title,text", NAMED_MONTH, ids=[c[0] for c in NAMED_MONTH])
def test_a_background_line_opened_by_an_old_month_is_no_report(lang: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,title,text,base", NAMED_MONTH_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED_MONTH_CONTROLS)])
def test_an_old_month_beside_a_new_attack_keeps_the_report(lang: str, title: str, text: str, base: str) -> None:
    found = detect(text, title=title, language=lang, published=PUB)
    assert found.strike and found.reports[0].base_id == base

# Last year opening a body line's attack ("In 2023, drones struck ...") tells the past as an older year does.
LAST_YEAR = [
    ("en", "The coalition's future", "The coalition's future was discussed in Baghdad on Monday. In 2023, drones "
     "struck Ain al-Asad air base, wounding three soldiers. Talks resume next week."),
    ("id", "Masa depan koalisi", "Masa depan koalisi dibahas di Baghdad pada Senin. Pada 2023, drone menyerang "
     "Pangkalan Udara Ain al-Asad. Pembicaraan berlanjut."),
    ("he", "עתיד הקואליציה", "עתיד הקואליציה נדון היום בבגדד. ב-2023 פגעו כטב\"מים בבסיס רמת דוד. השיחות יימשכו."),
]
LAST_YEAR_CONTROLS = [
    "Drones struck Ain al-Asad air base, which was also hit in 2023, officials said.",
    "Drones struck Ain al-Asad air base in the first attack since 2023, officials said.",
    "Since 2023, militias have struck Ain al-Asad air base dozens of times; drones hit it again overnight.",
]


@pytest.mark.parametrize("lang,title,text", LAST_YEAR, ids=[c[0] for c in LAST_YEAR])
def test_a_background_line_opened_by_last_year_is_no_report(lang: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("text", LAST_YEAR_CONTROLS, ids=[f"en-{i}" for i in range(len(LAST_YEAR_CONTROLS))])
def test_last_year_beside_a_new_attack_keeps_the_report(text: str) -> None:
    found = detect(text, title="Drone attack in western Iraq", language="en", published=PUB)
    assert found.strike and found.reports[0].base_id == "iq-ain-al-asad"
