"""Hard negatives of unseen news, PREC15: an attack as the topic of a meeting dated before the attack noun where
qualifiers follow their noun (aftermath.py), lectures, seminars and trials that retell an attack, a bird strike,
a town hit near an installation, a drill in Hebrew's past tense; and the real reports that share those words,
which must stay strikes. The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

# Each of these alerted before.
QUIET = [
    # the day is the meeting's: in Hebrew and Arabic a day qualifying the attack noun would follow it
    ("he", 'ועדת החוץ והביטחון דנה ביום שני במתקפת הכטב"ם על בסיס נבטים.'),
    ("he", "ועדת המשנה דנה ביום רביעי בפגיעת הרחפן בבסיס חצרים."),
    ("ar", "ناقشت لجنة الأمن والدفاع النيابية يوم الاثنين الهجوم بالطائرات المسيرة على قاعدة عين الأسد."),
    # a lecture, a conference, a seminar or a trial retells the attack
    ("he", "הטייס לשעבר סיפר בהרצאה ביום שלישי על הלילה שבו פגעו טילים בבסיס נבטים."),
    ("he", "בכנס ביטחוני ביום חמישי תיאר קצין בכיר את מתקפת הרחפנים על בסיס ברנית."),
    ("id", "Dalam seminar di Jakarta pada Selasa, peneliti membahas serangan KKB ke pos TNI di Nduga."),
    ("id", "Sidang kasus penyerangan markas Koramil di Maybrat kembali digelar di Pengadilan Negeri Sorong pada "
     "Senin."),
    # no attack at all: a bird flown into an aircraft, a drill
    ("en", "A bird strike forced a C-17 to return to RAF Mildenhall on Monday."),
    ("he", "חיל האוויר תרגל ביום שני הגנה מפני מתקפת רחפנים על בסיס רמת דוד."),
    # the town was hit; the installation only places it
    ("en", "Rockets hit the town of Baghdadi, near Ain al-Asad air base, on Sunday, wounding two civilians."),
    ("en", "Drones struck the town of Hit, near Ain al-Asad air base, on Tuesday, damaging a school."),
]

# The same words beside an attack told as news.
STRIKES = [
    ("he", 'רחפן פגע ביום שני בבסיס חצרים; ועדת החוץ והביטחון תדון באירוע.'),
    ("he", "ביום שני פגעו רקטות בבסיס מירון, כך נמסר."),
    ("ar", "استهدف هجوم بطائرة مسيرة يوم الاثنين قاعدة عين الأسد الجوية غربي العراق."),
    ("id", "Pada Senin, KKB menyerang pos militer di Intan Jaya; Komisi I DPR mempertanyakan pengamanan pos."),
    ("id", "Kelompok bersenjata menembaki markas Kodim Yahukimo di dekat gedung pengadilan pada Senin."),
    ("en", "A drone hit a lecture hall at Ain al-Asad air base on Monday, wounding two soldiers."),
    ("en", "Rockets struck Ain al-Asad air base on Monday during a lecture, officials said."),
    ("he", "רקטה פגעה ביום שני בבסיס נבטים במהלך כנס של טייסים."),
    ("en", "Rockets hit Ain al-Asad air base near the village of Baghdadi on Monday."),
    ("en", "A drone struck the Turkish base in the village of Zilkan on Monday, the ministry said."),
    ("en", "Drones struck Harir air base and a nearby village on Tuesday."),
    ("en", "Residents of a nearby village said drones struck Harir air base on Tuesday."),
]


@pytest.mark.parametrize("lang,text", QUIET)
def test_no_new_attack_on_the_installation(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("lang,text", STRIKES)
def test_an_attack_told_beside_those_words_stands(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    assert found.reports and found.reports[0].mention, text


# An interception of a launch aimed at a country, by defences at the installation: it was no target.
AIMED_ELSEWHERE = [
    ("en", "Patriot batteries at Al Udeid air base intercepted Iranian missiles fired at Israel on Monday."),
    ("en", "Air defences at Ain al-Asad air base shot down drones launched at Saudi Arabia on Tuesday."),
    # verb-final: the launch verb follows the place it aims at
    ("fa", "سامانه پدافند هوایی مستقر در پایگاه العدید روز دوشنبه موشک‌هایی را که به سمت اسرائیل شلیک شده بود "
     "رهگیری کرد."),
    ("fa", "پدافند پایگاه هوایی الظفره پهپادهایی را که به سوی عربستان در حرکت بودند رهگیری کرد."),
]

# The installation as the aim, or a hit told beside the interception.
AIMED_HERE = [
    ("en", "Air defences at Al Udeid air base intercepted missiles fired at the base on Monday; one struck a runway."),
    ("en", "Iranian missiles fired at Al Udeid air base on Monday were mostly intercepted, but two struck the base."),
    ("fa", "پایگاه العدید روز دوشنبه هدف حمله موشکی ایران قرار گرفت و پدافند برخی موشک‌ها را رهگیری کرد."),
]


@pytest.mark.parametrize("lang,text", AIMED_ELSEWHERE)
def test_an_interception_of_a_launch_aimed_elsewhere_is_no_report(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("lang,text", AIMED_HERE)
def test_a_launch_at_the_installation_stays_a_strike(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    assert found.reports and found.reports[0].base_id == "qa-al-udeid", text
