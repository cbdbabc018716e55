"""Hard negatives of unseen news, PREC16, by the structure that tells them from a new strike: the attack in a
relative clause of the subject of an aftermath verb ("officers who defended the base during the attack were
promoted"), the attack only in a clause opened by a prior or since word beside another event, a launch aimed at
a country with its doer written between ("fired by Iran at Israel", "ditembakkan Iran ke Israel", Turkish
"İsrail'e fırlattığı"), and lexicon classes (sports, weather, Hebrew retellings,
take-offs, plots and interceptions). The real reports that share their words must stay strikes. The articles
are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

# Each of these alerted before.
QUIET = [
    # the attack describes who is honoured (a relative clause before the aftermath verb)
    ("en", "Two officers who defended Ain al-Asad air base during the Iranian missile attack were promoted on Monday."),
    ("en", "Soldiers who held off the attackers during the Taliban assault on Camp Bastion were honoured in London on "
     "Monday."),
    ("id", "Prajurit yang mempertahankan pos TNI saat diserang KKB menerima penghargaan dari Panglima, Senin."),
    # the attack only in a prior clause beside a visit; a since word opening the attack noun phrase
    ("en", "The defence secretary visited Ain al-Asad air base on Tuesday, months after a missile attack damaged it."),
    ("en", "The army chief toured Harir air base on Monday, weeks after a drone attack wounded two soldiers there."),
    ("en", "The Pentagon has added counter-drone systems at bases in Syria since the deadly drone attack on Tower 22 "
     "in January 2024."),
    ("en", "Troops at bases in Jordan have trained with new jammers since the deadly drone strike on Tower 22."),
    # a launch aimed at a country, its doer written between the launch verb and its aim
    ("en", "Air defences at Al Udeid air base intercepted missiles fired by Iran at Israel on Sunday night."),
    ("en", "Patriot batteries at Al Udeid air base shot down missiles launched by the Houthis at Saudi Arabia on "
     "Sunday."),
    ("id", "Sistem pertahanan udara di Pangkalan Udara Al Udeid mencegat rudal yang ditembakkan Iran ke Israel."),
    ("tr", "İncirlik Hava Üssü'ndeki hava savunma sistemleri, İran'ın İsrail'e fırlattığı füzeleri önledi."),
    ("he", "מערכת חץ שהוצבה בבסיס יירטה טיל ששוגר מתימן לעבר אילת."),
    # no attack: a game, weather
    ("en", "The Ramstein Royals struck three times in the third quarter to beat the Kaiserslautern team at the air "
     "base's field on Friday."),
    ("en", "The Harir FC striker hit the post twice before scoring at the stadium next to Harir air base on Sunday."),
    ("id", "Angin kencang merusak atap hanggar di Pangkalan Udara Hasanuddin pada Senin sore."),
    ("tr", "Sağanak yağış Merzifon Hava Üssü'nde su baskınlarına yol açtı."),
    # Hebrew: an interview retells, jets took off from the base, a planned attack in court, answers demanded
    ("he", "בראיון לערוץ 12 סיפר מפקד הבסיס על הלילה שבו טילים איראניים פגעו בבסיס נבטים."),
    ("he", "מטוסי חיל האוויר שיצאו מבסיס חצרים תקפו הלילה מטרות של חיזבאללה בדרום לבנון."),
    ("he", "בית המשפט גזר את דינו של נאשם שתכנן פיגוע בבסיס צבאי בצפון."),
    ("he", "חברי הכנסת דרשו תשובות על המחדל במתקפה על בסיס נחל עוז."),
    # Indonesian: a question put to the minister
    ("id", "Anggota Komisi I DPR bertanya kepada Menhan soal keamanan pangkalan militer dari serangan drone."),
    # a memory: "recalls the night"
    ("en", "In his new book, the former commander recalls the night Iranian missiles rained on Ain al-Asad air base."),
]

# The same words and structures beside an attack told as news.
STRIKES = [
    ("en", "Rockets struck Ain al-Asad air base on Tuesday, hours after the defence secretary visited it."),
    ("en", "US troops at Harir air base have been on high alert since drones struck the base on Sunday night."),
    ("en", "Drones struck Tower 22 on Sunday, the first attack on the outpost since the deadly strike of January 2024."),
    ("en", "Drones struck Tower 22 again today, the third attack since the deadly strike on the outpost in January."),
    ("en", "Taliban fighters who stormed Camp Bastion on Monday killed two soldiers, officials said."),
    ("en", "Gunmen who attacked a military checkpoint in North Waziristan on Tuesday were killed in the clash, the "
     "army said."),
    ("en", "Air defences at Al Udeid air base intercepted most of the missiles fired by Iran at the base on Monday, "
     "but two struck a hangar."),
    ("en", "Rockets fired by militants at Ain al-Asad air base on Sunday night damaged a runway, officials said."),
    ("en", "Drones launched by militias at Harir air base on Sunday were shot down, but one struck a hangar."),
    ("en", "A drone struck the stadium inside Ain al-Asad air base on Monday, wounding two soldiers."),
    ("en", "A drone struck Harir air base on Monday; officials first blamed a technical fault for the blast."),
    ("id", "Kelompok bersenjata yang menyerang pos TNI di Kiwirok pada Senin melukai dua prajurit."),
    ("id", "Rudal yang ditembakkan Iran ke Pangkalan Udara Nevatim menghantam hanggar pada Selasa."),
    ("id", "Drone yang diluncurkan milisi ke Pangkalan Udara Harir menghantam hanggar pada Senin."),
    ("id", "KKB menyerang pos TNI di Puncak pada Senin malam saat hujan deras mengguyur."),
    ("id", "KKB menyerang pos militer di Nduga pada Selasa, sehari setelah komandan pos menerima penghargaan."),
    ("tr", "Husilerin Nevatim Hava Üssü'ne fırlattığı füzeler salı günü bir hangarı vurdu."),
    ("tr", "İran'ın İsrail'e fırlattığı füzelerden ikisi salı günü Nevatim Hava Üssü'ne isabet etti."),
    ("tr", "Teröristler pazar gecesi Hakkari'deki bir askeri karakola saldırdı; saldırı sırasında askerler maç "
     "izliyordu."),
    ("he", "מערכת חץ יירטה חלק מהטילים, אך טיל אחד פגע הבוקר בבסיס נבטים."),
    ("he", "מחבלים שיצאו מעזה תקפו הבוקר את מוצב נחל עוז."),
    ("he", 'בראיון לכלי תקשורת אמר דובר צה"ל כי רחפן נפץ פגע הלילה בבסיס בצפון.'),
    ("he", "רקטות נפלו הלילה בבסיס צבאי בצפון, מחצית מהן יורטו."),
]


@pytest.mark.parametrize("lang,text", QUIET)
def test_no_new_attack_on_the_installation(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("lang,text", STRIKES)
def test_an_attack_told_beside_those_words_stands(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    assert found.reports and found.reports[0].mention, text
