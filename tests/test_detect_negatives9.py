"""Hard negatives of unseen news, second pass (issue 16): a soldier who shot his own comrades, arms delivered
to a base, sirens over a base, claims of a hit called false; each class with the real reports that share its
trigger words and must stay strikes with the same fields. The articles are our own."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday


def _first_report(text: str, lang: str) -> tuple[str | None, str, date | None]:
    """The installation, attack type and day of the first report of a text that must stay a strike."""
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    report = found.reports[0]
    return report.base_id, report.attack_type, report.event_date

# A soldier who turned his gun on his own comrades after a quarrel: a crime at a base, no enemy attack
# (the plot group: 'fire on * comrade*', 'on his comrades', 'النار على زملائه').
INSIDER = [
    ("en", "comrades", "Soldier kills two comrades at army barracks",
     "A soldier opened fire on his comrades at an army barracks near Kandahar air base on Monday after a quarrel, "
     "killing two, the ministry said. He was arrested."),
    ("ar", "zumalaihi", "جندي يطلق النار على زملائه",
     "أطلق جندي النار على زملائه في قاعدة عين الأسد اليوم إثر خلاف، ما أسفر عن مقتل اثنين."),
]

# Comrades in an innocent role beside a real attack, and an Afghan soldier who fired on coalition troops.
INSIDER_CONTROLS = [
    ("en", "Gunmen opened fire on Kandahar air base on Monday, killing two soldiers. A wounded soldier said he saw "
     "his comrades fall at the gate.", "af-kandahar", "ground_assault"),
    ("en", "Drones struck Ain al-Asad air base on Monday. 'I kept firing at the drones to protect my comrades,' one "
     "soldier said.", "iq-ain-al-asad", "drone"),
    ("en", "An Afghan soldier opened fire on US troops at Kandahar air base on Monday, killing two, officials said.",
     "af-kandahar", "ground_assault"),
    ("ar", "أطلق مسلحون النار على قاعدة عين الأسد اليوم، وقتل جندي كان يحاول حماية زملائه.",
     "iq-ain-al-asad", "ground_assault"),
]


@pytest.mark.parametrize("lang,what,title,text", INSIDER, ids=[f"{c[0]}-{c[1]}" for c in INSIDER])
def test_a_soldier_who_shot_his_comrades_is_no_attack(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", INSIDER_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(INSIDER_CONTROLS)])
def test_comrades_beside_a_real_attack_stay_a_strike(lang: str, text: str, base: str, kind: str) -> None:
    assert _first_report(text, lang) == (base, kind, PUB.date())

# Arms stolen from a depot or base, told in the Turkish passive ('çalındı'; 'çaldı' is also a siren that rang):
# a crime, no attack (the plot group).
THEFT = [
    ("tr", "calindi", "Silah deposundan roket çalındı",
     "İncirlik Hava Üssü'ndeki silah deposundan roketler ve el bombaları çalındı. Jandarma soruşturma başlattı."),
]

THEFT_CONTROLS = [
    ("tr", "İncirlik Hava Üssü'ne bugün roketlerle saldırı düzenlendi, üste sirenler çaldı ve iki asker yaralandı.",
     "tr-incirlik", "rocket"),
    ("tr", "Teröristler bugün Zilkan üs bölgesine havanla saldırdı; saldırıda çalınan araçlar kullanıldı.",
     "iq-zilkan", "mortar"),
]


@pytest.mark.parametrize("lang,what,title,text", THEFT, ids=[f"{c[0]}-{c[1]}" for c in THEFT])
def test_arms_stolen_from_a_depot_are_no_attack(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", THEFT_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(THEFT_CONTROLS)])
def test_a_siren_that_rang_or_stolen_cars_beside_an_attack_stay_a_strike(lang: str, text: str, base: str,
                                                                         kind: str) -> None:
    assert _first_report(text, lang) == (base, kind, PUB.date())

# Air defences sent, delivered or deployed to a base, the attack words only in the purpose ('to counter missile
# attacks', 'to protect troops from drones'): a delivery, no attack (supplied.py).
SUPPLIED = [
    ("en", "sends", "US sends air defences to base",
     "The United States sends Patriot air defences to Ain al-Asad air base to protect troops from drones and "
     "rockets, officials said on Monday."),
    ("en", "deployed", "Patriot batteries deployed",
     "Patriot batteries were deployed at Incirlik air base on Monday to counter missile and drone attacks."),
]

# The same delivery words beside a real attack: told before the delivery, or with no purpose word before it.
SUPPLIED_CONTROLS = [
    ("en", "Drones attacked Incirlik air base, where Patriot batteries are deployed, on Monday, officials said.",
     "tr-incirlik", "drone"),
    ("en", "Patriot batteries deployed at Ain al-Asad air base intercepted two ballistic missiles on Monday, "
     "officials said.", "iq-ain-al-asad", "missile"),
    ("en", "The US deployed air defences at Ain al-Asad air base; rockets fired from a nearby village struck it on "
     "Monday.", "iq-ain-al-asad", "rocket"),
    ("en", "A drone slipped past the air defences deployed at Tower 22 on Monday and hit the troops' living "
     "quarters.", "jo-tower-22", "drone"),
]


@pytest.mark.parametrize("lang,what,title,text", SUPPLIED, ids=[f"{c[0]}-{c[1]}" for c in SUPPLIED])
def test_air_defences_sent_to_a_base_are_no_attack(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", SUPPLIED_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SUPPLIED_CONTROLS)])
def test_an_attack_beside_deployed_air_defences_stays_a_strike(lang: str, text: str, base: str, kind: str) -> None:
    assert _first_report(text, lang) == (base, kind, PUB.date())

# A base told hit only in a claim or report ('iddia edildi', 'claimed', 'reports said'), and a later line that
# calls the claims themselves false ('iddiaların gerçeği yansıtmadığını', 'the claims are not true'): a denial
# of that base (hearsay.py, and the Turkish '-dığını' forms of the denial group).
HEARSAY = [
    ("tr", "iddia-edildi", "Üs vuruldu iddiası",
     "Sosyal medyada İncirlik Hava Üssü'nün vurulduğu iddia edildi. Bakanlık, iddiaların gerçeği yansıtmadığını "
     "bildirdi."),
    ("tr", "dogru-olmadigi", "Roket iddiası",
     "Bazı hesaplarda Ayn el-Esed üssüne roket saldırısı düzenlendiği iddiası paylaşıldı. Yetkililer, söz konusu "
     "iddianın doğru olmadığını açıkladı."),
    ("en", "claims-not-true", "Posts claim base was hit",
     "Social media posts claimed Ain al-Asad air base was hit by rockets on Monday. The Pentagon said the claims "
     "are not true."),
    ("en", "reports-baseless", "Reports denied",
     "Several reports said Incirlik air base was struck by a drone on Monday. A ministry spokesman called the "
     "reports baseless."),
]

# A real attack, then a denial of some other content of the claims (the toll, an evacuation, a confirmed attack
# with a denied death toll): the attack stands with its fields.
HEARSAY_CONTROLS = [
    ("en", "Rockets reportedly hit Ain al-Asad air base on Monday, officials said. A spokesman denied the claims "
     "that troops had been evacuated.", "iq-ain-al-asad", "rocket"),
    ("en", "The Islamic Resistance in Iraq claimed a drone attack on Ain al-Asad air base on Monday. US officials "
     "said the claims of casualties were not true.", "iq-ain-al-asad", "drone"),
    ("tr", "Ayn el-Esed üssüne bugün İHA saldırısı düzenlendiği iddia edildi; ABD'li yetkililer saldırıyı "
     "doğruladı. Ölü olduğu iddiaları ise yalanlandı.", "iq-ain-al-asad", "drone"),
    ("tr", "İHA'lar bugün İncirlik Hava Üssü'nü vurdu. Üssün boşaltıldığı yönündeki haberlerin doğru olmadığı "
     "açıklandı.", "tr-incirlik", "drone"),
]


@pytest.mark.parametrize("lang,what,title,text", HEARSAY, ids=[f"{c[0]}-{c[1]}" for c in HEARSAY])
def test_claims_of_a_hit_called_false_are_no_report(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", HEARSAY_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(HEARSAY_CONTROLS)])
def test_a_denial_of_other_content_leaves_the_attack(lang: str, text: str, base: str, kind: str) -> None:
    assert _first_report(text, lang) == (base, kind, PUB.date())

# Sirens sounded at or near a base while rockets were launched at the area, with no attack verb: a warning, not
# a hit (quiet.py, the siren group).
SIRENS = [
    ("he", "shigur", "אזעקות בחיפה", "אזעקות הופעלו היום בבסיס רמת דוד ובחיפה בעקבות שיגור רקטות מלבנון."),
    ("en", "wailed", "Sirens in the north",
     "Sirens wailed at Ramat David air base on Monday amid a wave of rockets from Lebanon."),
]

# Sirens beside a hit: each stays a strike; 'air raid sirens' no longer read as an air raid, so the type is the
# missiles' own.
SIRENS_CONTROLS = [
    ("he", "רקטה פגעה היום בבסיס רמת דוד לאחר שהופעלו אזעקות באזור.", "il-ramat-david", "rocket"),
    ("he", "אזעקות הופעלו היום בבסיס נבטים, וטילים פגעו בבסיס.", "il-nevatim", "missile"),
    ("en", "Sirens sounded as rockets hit Ramat David air base on Monday.", "il-ramat-david", "rocket"),
    ("en", "Air raid sirens sounded at Nevatim air base on Monday as Iranian missiles slammed into the base.",
     "il-nevatim", "missile"),
]


@pytest.mark.parametrize("lang,what,title,text", SIRENS, ids=[f"{c[0]}-{c[1]}" for c in SIRENS])
def test_sirens_at_a_base_without_a_hit_are_no_report(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", SIRENS_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SIRENS_CONTROLS)])
def test_sirens_beside_a_hit_stay_a_strike(lang: str, text: str, base: str, kind: str) -> None:
    assert _first_report(text, lang) == (base, kind, PUB.date())

# A count of attacks over a period ('struck 40 times this year', 'מאז תחילת המלחמה שוגרו 300 רקטות') with no
# day of its own: a statistic, not a report (quiet.py, the tally group).
TALLY = [
    ("en", "times-this-year", "By the numbers",
     "Ain al-Asad air base has been struck 40 times this year, according to figures compiled by the Pentagon."),
    ("he", "since-the-war", "נתונים", "מאז תחילת המלחמה שוגרו 300 רקטות לעבר בסיס רמת דוד, לפי נתוני צה\"ל."),
]

# A new attack told in a clause of its own before the count, or with its day: each stays a strike.
TALLY_CONTROLS = [
    ("en", "Rockets hit Ain al-Asad air base on Monday, the 170th attack on US forces since October, according to a "
     "Pentagon tally.", "iq-ain-al-asad", "rocket", date(2024, 5, 6)),
    ("en", "Rockets struck Ain al-Asad air base, the 170th attack on US forces since October, according to a "
     "Pentagon tally.", "iq-ain-al-asad", "rocket", None),
    ("he", "רקטות פגעו היום בבסיס רמת דוד. מאז תחילת המלחמה שוגרו לעבר הבסיס מאות רקטות, לפי נתוני צה\"ל.",
     "il-ramat-david", "rocket", date(2024, 5, 6)),
    ("he", "רקטות נורו לעבר בסיס נבטים; מאז תחילת המלחמה זהו המטח הגדול ביותר לעבר הבסיס.", "il-nevatim", "rocket",
     None),
]


@pytest.mark.parametrize("lang,what,title,text", TALLY, ids=[f"{c[0]}-{c[1]}" for c in TALLY])
def test_a_count_of_attacks_is_no_report(lang: str, what: str, title: str, text: str) -> None:
    assert not detect(text, title=title, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind,day", TALLY_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TALLY_CONTROLS)])
def test_an_attack_before_its_count_stays_a_strike(lang: str, text: str, base: str, kind: str,
                                                   day: date | None) -> None:
    assert _first_report(text, lang) == (base, kind, day)


def test_indonesian_air_defences_sent_to_a_base_are_no_attack() -> None:
    text = ("AS mengirim sistem pertahanan udara Patriot ke Pangkalan Udara Ain al-Asad untuk menangkal serangan drone "
            "dan roket.")
    assert not detect(text, title="Patriot", language="id", published=PUB).strike


def test_indonesian_drone_hit_despite_deployed_air_defences_stays_a_strike() -> None:
    text = ("Drone menghantam Pangkalan Udara Ain al-Asad pada Senin meski AS telah menempatkan sistem pertahanan udara "
            "Patriot di sana.")
    assert _first_report(text, "id") == ("iq-ain-al-asad", "drone", PUB.date())
