"""Hard negatives of unseen news, third pass (issue 16): a claim of an attack that its own sentence calls false;
each class with the real reports that share its trigger words and must stay strikes with the same fields. The
articles are our own."""

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

# One sentence names a claim of an attack and calls it false (the hearsay and falsity groups, falsified.py): the
# attack is only claimed.
CALLED_FALSE = [
    ("en", "untrue", "Claims that gunmen attacked Kandahar air base during the night are untrue, an army "
     "spokesman said."),
    ("en", "as-false", "The Pentagon on Monday dismissed as false the reports that Iranian missiles struck Al "
     "Udeid air base."),
    ("he", "shikriyot", "הטענות ברשתות כי טילים פגעו בבסיס חצרים הן שקריות, מסרו בצבא."),
    ("tr", "yalan", "Bakanlık kaynakları: Kürecik Radar Üssü'nün İHA ile vurulduğu iddiası yalan."),
    ("id", "tidak-sesuai-fakta", "Kapendam menyebut klaim kelompok bersenjata menembaki pos militer di Nduga tidak "
     "sesuai fakta."),
    ("id", "keliru", "Informasi soal serangan drone ke Pangkalan Udara Ain al-Asad yang beredar di media sosial "
     "keliru, kata seorang pejabat Irak."),
]

# The same falsity words beside a real attack: a toll or a detail called false, or the attack told before the claim.
CALLED_FALSE_CONTROLS = [
    ("en", "Rockets hit Ain al-Asad air base on Monday; militia claims that 30 soldiers were killed are false, the "
     "Pentagon said.", "iq-ain-al-asad", "rocket"),
    ("en", "Drones struck Al Udeid air base on Monday, officials said, adding that early reports of heavy damage were "
     "incorrect.", "qa-al-udeid", "drone"),
    ("en", "Iranian missiles struck Al Udeid air base on Monday. Claims by Tehran that the base was destroyed are "
     "false, the Pentagon said.", "qa-al-udeid", "missile"),
    ("he", "רקטה פגעה הבוקר בבסיס נבטים. הטענות האיראניות על הרס הבסיס הן שקריות, אמרו בצבא.", "il-nevatim", "rocket"),
    ("tr", "İncirlik Hava Üssü'ne bugün roket saldırısı düzenlendi, üssün yok edildiği iddiası ise yalan.",
     "tr-incirlik", "rocket"),
    ("id", "Drone menghantam Pangkalan Udara Ain al-Asad pada Senin. Pejabat menyebut laporan awal soal jumlah korban "
     "keliru.", "iq-ain-al-asad", "drone"),
]


@pytest.mark.parametrize("lang,what,text", CALLED_FALSE, ids=[f"{c[0]}-{c[1]}" for c in CALLED_FALSE])
def test_a_claim_its_own_sentence_calls_false_is_no_attack(lang: str, what: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", CALLED_FALSE_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLED_FALSE_CONTROLS)])
def test_a_falsity_word_beside_a_real_attack_stays_a_strike(lang: str, text: str, base: str, kind: str) -> None:
    assert _first_report(text, lang) == (base, kind, PUB.date())

# Troops or air defences sent to an installation against attacks (the supply and guard groups, guarded.py): the attacks
# are the threat the move guards against, not an event. Turkish writes the threat before 'karşı' and the verb.
SENT_TO_GUARD = [
    ("en", "guard-against", "The army moved a further battalion to Kandahar air base on Monday to guard against "
     "militant attacks."),
    ("tr", "karsi-konuslandirildi", "Olası İHA saldırılarına karşı koruma amacıyla İncirlik Hava Üssü'ne yeni hava "
     "savunma sistemi konuşlandırıldı."),
    ("tr", "karsi-gonderdi", "ABD, İran'ın olası füze saldırılarına karşı İncirlik Hava Üssü'ne iki Patriot bataryası "
     "gönderdi."),
    ("tr", "riskine-karsi", "Pentagon, füze saldırısı riskine karşı İncirlik Hava Üssü'ndeki uçakları başka üslere "
     "taşıdı."),
    ("he", "mipnei", "סוללות כיפת ברזל נוספות נפרסו סביב בסיס רמת דוד כדי להגן עליו מפני רקטות ורחפנים."),
    ("id", "mengantisipasi", "Ratusan prajurit disiagakan di pos militer Intan Jaya untuk mengantisipasi serangan "
     "kelompok bersenjata."),
]

# The same guard words after a real attack, or beside an attacker the troops were sent to repel.
SENT_TO_GUARD_CONTROLS = [
    ("en", "Militants stormed Kandahar air base on Monday; the army then moved reinforcements to guard against further "
     "attacks.", "af-kandahar", "ground_assault"),
    ("en", "Reinforcements were sent to Kandahar air base on Monday to repel militants who stormed it.", "af-kandahar",
     "ground_assault"),
    ("en", "Iranian drones struck Al Udeid air base on Monday despite Patriot batteries deployed there to protect "
     "against such attacks.", "qa-al-udeid", "drone"),
    ("tr", "İncirlik Hava Üssü bugün İHA saldırısına uğradı, saldırılara karşı üsse ek hava savunma sistemi "
     "konuşlandırıldı.", "tr-incirlik", "drone"),
    ("he", "רקטה פגעה הבוקר בבסיס רמת דוד, ובעקבות זאת נפרסו סוללות נוספות כדי להגן מפני רקטות.", "il-ramat-david",
     "rocket"),
    ("id", "Drone menghantam Pangkalan Udara Ain al-Asad pada Senin meski AS telah mengirim sistem pertahanan udara "
     "untuk menangkal serangan.", "iq-ain-al-asad", "drone"),
]


@pytest.mark.parametrize("lang,what,text", SENT_TO_GUARD, ids=[f"{c[0]}-{c[1]}" for c in SENT_TO_GUARD])
def test_troops_or_defences_sent_against_attacks_are_no_attack(lang: str, what: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", SENT_TO_GUARD_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SENT_TO_GUARD_CONTROLS)])
def test_a_guard_word_beside_a_real_attack_stays_a_strike(lang: str, text: str, base: str, kind: str) -> None:
    assert _first_report(text, lang) == (base, kind, PUB.date())

# A launch aimed elsewhere and sirens at an installation (the siren group, quiet.sirens_after_a_launch): the base was
# only warned. Told launch first, or sirens at the base first and the launch aimed at a country or region after them.
SIRENS_AFTER_A_LAUNCH = [
    ("en", "toward-north", "Rockets were fired from Lebanon toward the north on Monday and sirens sounded at Ramat "
     "David air base."),
    ("en", "setting-off", "Hezbollah launched drones at the Galilee on Monday, setting off sirens at Meron base."),
    ("he", "launch-first", "כמה רקטות שוגרו מלבנון לעבר הגליל; אזעקות הופעלו גם בבסיס רמת דוד."),
    ("he", "sirens-first", "אזעקות הופעלו הלילה בבסיס נבטים לאחר שאיראן שיגרה טילים בליסטיים לעבר ישראל."),
    ("id", "ke-arah", "Sirene meraung di Pangkalan Udara Nevatim setelah Iran meluncurkan rudal balistik ke arah "
     "Israel."),
]

# Sirens beside a launch at the installation itself, or a hit told after the sirens.
SIRENS_AFTER_A_LAUNCH_CONTROLS = [
    ("en", "Hezbollah fired rockets at Ramat David air base on Monday, and sirens sounded across the north.",
     "il-ramat-david", "rocket"),
    ("en", "Sirens sounded at Nevatim air base on Monday as missiles launched from Iran struck it.", "il-nevatim",
     "missile"),
    ("en", "Iranian missiles struck Nevatim air base on Monday as sirens sounded across southern Israel.",
     "il-nevatim", "missile"),
    ("he", "חיזבאללה שיגר הבוקר רקטות לעבר בסיס רמת דוד, ואזעקות הופעלו באזור.", "il-ramat-david", "rocket"),
    ("id", "Sirene berbunyi di Pangkalan Udara Nevatim pada Senin sebelum rudal Iran menghantam pangkalan itu.",
     "il-nevatim", "missile"),
]


@pytest.mark.parametrize("lang,what,text", SIRENS_AFTER_A_LAUNCH,
                         ids=[f"{c[0]}-{c[1]}" for c in SIRENS_AFTER_A_LAUNCH])
def test_sirens_at_a_base_after_a_launch_aimed_elsewhere_are_no_attack(lang: str, what: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", SIRENS_AFTER_A_LAUNCH_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SIRENS_AFTER_A_LAUNCH_CONTROLS)])
def test_sirens_beside_a_launch_at_the_base_stay_a_strike(lang: str, text: str, base: str, kind: str) -> None:
    assert _first_report(text, lang) == (base, kind, PUB.date())

# A count of attacks over a period opened by a month ('since October', 'מאז אוקטובר'; quiet.counts_attacks): a
# statistic, not a report; the month opens the period and dates no attack of its own.
SINCE_A_MONTH = [
    ("en", "times-since", "Ain al-Asad air base has been hit by rockets and drones 40 times since October, "
     "Pentagon figures show."),
    ("he", "meaz", "מאז אוקטובר שוגרו יותר מ-250 רקטות לעבר בסיס רמת דוד, לפי נתוני הצבא."),
]

# The same month opening a period after a real attack: an ordinal, a count far from it, a clause of its own.
SINCE_A_MONTH_CONTROLS = [
    ("en", "Drones struck Ain al-Asad air base for the 3rd time since October.", "iq-ain-al-asad", "drone"),
    ("en", "Militants fired 3 rockets at Ain al-Asad air base in the first such attack since October.",
     "iq-ain-al-asad", "rocket"),
    ("en", "Rockets struck Ain al-Asad air base, the 170th attack on US forces since October.", "iq-ain-al-asad",
     "rocket"),
    ("he", "שתי רקטות פגעו בבסיס רמת דוד, לראשונה מאז אוקטובר.", "il-ramat-david", "rocket"),
]


@pytest.mark.parametrize("lang,what,text", SINCE_A_MONTH, ids=[f"{c[0]}-{c[1]}" for c in SINCE_A_MONTH])
def test_a_count_of_attacks_since_a_month_is_no_attack(lang: str, what: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", SINCE_A_MONTH_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(SINCE_A_MONTH_CONTROLS)])
def test_a_month_opening_a_period_after_a_real_attack_stays_a_strike(lang: str, text: str, base: str,
                                                                      kind: str) -> None:
    base_id, attack_type, _day = _first_report(text, lang)
    assert (base_id, attack_type) == (base, kind)

# An attack in words: the verb's object is a decision, plan or statement (the discourse group, verbal.py).
ATTACKED_IN_WORDS = [
    ("en", "decision", "Opposition MPs attacked the government's decision to expand Incirlik air base on Monday."),
    ("en", "hit-out", "The minister hit out at critics of the new Kandahar air base contract on Monday."),
    ("he", "hachlatat", "חברי כנסת מהאופוזיציה תקפו את החלטת הממשלה להעביר את בסיס נבטים."),
    ("tr", "hukumete", "Muhalefet milletvekilleri, İncirlik Hava Üssü kararı nedeniyle hükümete saldırdı."),
    ("id", "keputusan", "Seorang politisi menyerang keputusan pemindahan Pangkalan Udara Halim Perdanakusuma."),
    ("ar", "qarar", "هاجم النائب قرار الحكومة بشأن قاعدة عين الأسد الجوية."),
]

# The same words beside a real attack: the installation is the verb's object, the decision a motive or a source.
ATTACKED_IN_WORDS_CONTROLS = [
    ("en", "Insurgents attacked, according to an army statement, Kandahar air base on Monday.", "af-kandahar",
     "ground_assault"),
    ("en", "Iran attacked Ain al-Asad air base on Monday, hours after the US decision to send more troops.",
     "iq-ain-al-asad", "missile"),
    ("he", "מחבלים תקפו הבוקר את בסיס נבטים בעקבות החלטת הממשלה.", "il-nevatim", "ground_assault"),
    ("ar", "هاجم مسلحون قاعدة عين الأسد الجوية اليوم رداً على قرار الحكومة.", "iq-ain-al-asad", "ground_assault"),
    ("tr", "Hükümetin kararına tepki gösteren teröristler bugün İncirlik Hava Üssü'ne saldırdı.", "tr-incirlik",
     "ground_assault"),
]


@pytest.mark.parametrize("lang,what,text", ATTACKED_IN_WORDS, ids=[f"{c[0]}-{c[1]}" for c in ATTACKED_IN_WORDS])
def test_an_attack_in_words_is_no_attack(lang: str, what: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", ATTACKED_IN_WORDS_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ATTACKED_IN_WORDS_CONTROLS)])
def test_a_decision_beside_a_real_attack_stays_a_strike(lang: str, text: str, base: str, kind: str) -> None:
    assert _first_report(text, lang)[:2] == (base, kind)

# Beyond the named classes: a count in words (the tally group), an attack in case of one (the tr hypothetical group),
# a year after an attack (the id prior group).
BREADTH = [
    ("en", "dozens-of-times", "Iran-backed militias have attacked Ain al-Asad air base dozens of times, a report on "
     "Iraq's security says."),
    ("tr", "duzenlemesi-halinde", "Uzmanlar, İran'ın İncirlik Hava Üssü'ne füze saldırısı düzenlemesi halinde "
     "NATO'nun devreye gireceğini belirtti."),
    ("id", "setahun-setelah", "Setahun setelah serangan ke pos militer di Intan Jaya, warga masih trauma."),
]

BREADTH_CONTROLS = [
    ("en", "Rockets struck Ain al-Asad air base, which has been attacked dozens of times.", "iq-ain-al-asad",
     "rocket"),
    ("tr", "İncirlik Hava Üssü'ne bugün füze saldırısı düzenlendi; saldırıların sürmesi halinde karşılık verileceği "
     "belirtildi.", "tr-incirlik", "missile"),
    ("id", "Kelompok bersenjata menyerang pos militer di Intan Jaya pada Senin, setahun setelah serangan serupa di "
     "Nduga.", None, "ground_assault"),
]


@pytest.mark.parametrize("lang,what,text", BREADTH, ids=[f"{c[0]}-{c[1]}" for c in BREADTH])
def test_breadth_negatives_are_no_attack(lang: str, what: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", BREADTH_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(BREADTH_CONTROLS)])
def test_breadth_controls_stay_a_strike(lang: str, text: str, base: str | None, kind: str) -> None:
    assert _first_report(text, lang)[:2] == (base, kind)
