"""Whole articles that mention an attack on an installation and report no new one (issue 16), with
fresh reports written in the same press style that must stay strikes: each negative is caught by a
grammar cue or a lexicon class of its language, never by its own words."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (language, what, title, text): no new attack on an installation.
NEGATIVES = [
    # An attack told with its own date, weeks before publication, in a report about something else.
    ("en", "stated-old-day", "Senate panel questions the Pentagon on troop levels in Iraq",
     "A Senate panel questioned Pentagon officials on Monday about troop levels in Iraq.\n"
     "Senators asked how long the deployment would last and what it costs each year.\n"
     "On 9 February, a salvo of rockets struck Ain al-Asad air base, wounding three US service members.\n"
     "The panel will meet again in June."),
    ("tr", "stated-old-day", "Meclis'te bütçe görüşmeleri sürüyor",
     "Plan ve Bütçe Komisyonu bugün savunma bütçesini görüştü.\n"
     "9 Şubat'ta Zilkan üssüne roketli saldırı düzenlenmiş, üç asker yaralanmıştı.\n"
     "Görüşmeler yarın devam edecek."),
    ("id", "stated-old-day", "Parlemen Irak bahas kehadiran pasukan asing",
     "Parlemen Irak kembali membahas kehadiran pasukan asing pada Senin.\n"
     "Pada 9 Februari, roket menghantam pangkalan udara Ain al-Asad dan melukai tiga tentara AS.\n"
     "Pemungutan suara ditunda hingga bulan depan."),
    # ... or weeks before, in an analysis of the week.
    ("en", "stated-day-weeks-before", "Analysis: why the militias went quiet",
     "The militias that target US forces have been quiet for two weeks.\n"
     "On 18 April, a salvo of rockets struck Ain al-Asad air base, wounding three US service members.\n"
     "Since then, officials say, Tehran has urged restraint."),
    ("he", "stated-day-weeks-before", "ניתוח: השקט בצפון",
     "בשבועיים האחרונים שורר שקט יחסי בגבול הצפון.\n"
     "ב-18 באפריל פגעו רקטות בבסיס מירון וגרמו נזק קל.\n"
     "מאז לא נורו רקטות לעבר הגליל."),
    ("tr", "stated-day-weeks-before", "Analiz: Irak'ın kuzeyinde sessizlik",
     "Irak'ın kuzeyinde iki haftadır sessizlik hakim.\n"
     "18 Nisan'da Zilkan üssüne roketli saldırı düzenlenmiş, üç asker yaralanmıştı."),
    ("id", "stated-day-weeks-before", "Analisis: milisi Irak menahan diri",
     "Milisi di Irak tidak melancarkan serangan selama dua pekan terakhir.\n"
     "Pada 18 April, roket menghantam pangkalan udara Ain al-Asad dan melukai tiga tentara AS."),
    # ... or counted back in weeks.
    ("en", "weeks-ago", "Analysis: why the militias went quiet",
     "The militias have held their fire since a salvo of rockets struck Ain al-Asad air base three weeks ago."),
    ("he", "weeks-ago", "ניתוח: השקט בצפון",
     "לפני שלושה שבועות פגעו רקטות בבסיס מירון, ומאז שורר שקט בגליל."),
    ("tr", "weeks-ago", "Analiz: Irak'ın kuzeyinde sessizlik",
     "Üç hafta önce Zilkan üssüne roketli saldırı düzenlenmişti, o günden beri bölge sakin."),
    # ... or told in the Turkish pluperfect, the tense of a background paragraph.
    ("tr", "pluperfect-background", "Irak Başbakanı Ankara'da",
     "Irak Başbakanı bugün Ankara'da Cumhurbaşkanı ile görüştü.\n"
     "Görüşmede sınır güvenliği ele alındı; Zilkan üssüne İHA ile saldırı düzenlenmişti.\n"
     "İki lider ortak basın toplantısı düzenledi."),
    ("tr", "pluperfect-passive", "Irak Başbakanı Ankara'da",
     "Irak Başbakanı bugün Ankara'da Cumhurbaşkanı ile görüştü.\n"
     "Zilkan üssü PKK tarafından roketlerle vurulmuştu."),
    # A timeline of past attacks, each line with its own date.
    ("en", "timeline", "A list of attacks on US troops in the region",
     "US troops in the region have been attacked many times this year. Some of the attacks:\n"
     "Feb. 9: A salvo of rockets struck Ain al-Asad air base, wounding three service members.\n"
     "Feb. 16: A drone hit the Tower 22 outpost in Jordan.\n"
     "March 2: Rockets were fired at al-Tanf garrison in Syria."),
    # An attack foiled before it was launched: a plan stopped, rockets seized before they could be fired.
    ("en", "foiled-before-launch", "Police foil rocket attack on Ain al-Asad air base",
     "Iraqi police on Monday foiled a rocket attack on Ain al-Asad air base, seizing a launcher with six rockets "
     "before they could be fired, an interior ministry official said.\n"
     "Three men were detained on a farm outside Hit."),
    ("en", "foiled-a-plan", "Police foil rocket attack on Ain al-Asad air base",
     "Iraqi police on Monday foiled a plan to fire rockets at Ain al-Asad air base, an official said.\n"
     "A launcher with six rockets was found on a farm outside Hit and three men were detained."),
    ("tr", "foiled-before-launch", "Zilkan üssüne roketli saldırı önlendi",
     "Güvenlik güçleri, Zilkan üssüne yönelik roketli saldırıyı roketler atılmadan önce önledi.\n"
     "Bir tarlada iki rampa bulundu, dört şüpheli gözaltına alındı."),
    ("tr", "prevented-at-the-last-moment", "Zilkan üssüne saldırı girişimi",
     "Jandarma, Zilkan üssüne yönelik roketli saldırıyı son anda önledi.\n"
     "Bir tarlada iki rampa bulundu, dört şüpheli gözaltına alındı."),
    ("tr", "ready-to-be-fired", "Zilkan üssüne saldırı girişimi",
     "Jandarma, Zilkan üssüne fırlatılmaya hazır altı roketi bir tarlada ele geçirdi.\n"
     "Roketlerin bu gece üsse atılacağı belirlendi."),
    ("en", "ready-to-be-fired", "Rockets found near Ain al-Asad",
     "Police found six rockets ready to be fired at Ain al-Asad air base on Monday, an official said."),
    ("id", "ready-to-be-fired", "Roket ditemukan di dekat pangkalan",
     "Polisi menemukan enam roket yang siap ditembakkan ke pangkalan udara Ain al-Asad pada Senin."),
    ("id", "foiled-before-launch", "Polisi Irak gagalkan serangan roket",
     "Polisi Irak menggagalkan serangan roket ke pangkalan udara Ain al-Asad dengan menyita enam roket sebelum "
     "sempat diluncurkan.\n"
     "Tiga pria ditahan di sebuah kebun di luar kota Hit."),
    # An attack told in the future or a modal mood (analyses, op-eds, warnings): not yet done.
    ("tr", "may-target", "Analiz: Gerilim nereye varır?",
     "Bölgedeki gerilim sürüyor ve Ankara gelişmeleri izliyor.\n"
     "Bazı uzmanlara göre Tahran, İsrail saldırısına karşılık olarak İncirlik Hava Üssü'nü hedef alabilir."),
    ("tr", "may-be-hit", "Analiz: Irak'ın kuzeyinde riskler",
     "Uzmanlar, çatışmalar yayılırsa Zilkan üssünün de roketlerle vurulabileceğini söylüyor."),
    ("tr", "will-carry-out-attacks", "Örgütten yeni açıklama",
     "Örgüt, yayımladığı bildiride Zilkan üssüne yeni saldırılar düzenleyeceğini duyurdu.\n"
     "Bildiri sosyal medyada yayıldı."),
    ("tr", "if-it-attacks", "Analiz: Ankara'nın kırmızı çizgisi",
     "Yetkililere göre örgüt Zilkan üssüne yeniden saldırırsa Türkiye sert karşılık verecek."),
    ("id", "will-target", "Pemimpin milisi berpidato",
     "Pemimpin milisi itu berpidato di depan pendukungnya pada Minggu malam.\n"
     "Ia mengatakan kelompoknya akan menargetkan pangkalan udara Ain al-Asad dengan drone."),
    ("id", "could-target", "Analisis: ke mana konflik ini bergerak",
     "Menurut seorang pengamat, drone milisi dapat menargetkan pangkalan udara Ain al-Asad jika perundingan gagal."),
    ("id", "expected-to-pound", "Analisis: balasan Iran",
     "Iran diperkirakan menggempur pangkalan udara Ain al-Asad dalam beberapa hari ke depan, kata pengamat."),
    ("he", "expected-to-launch", "הערכת מצב בפיקוד הצפון",
     "בפיקוד הצפון מעריכים כי חיזבאללה צפוי לשגר רקטות לעבר בסיס מירון בימים הקרובים.\n"
     "התושבים התבקשו להישמע להנחיות."),
    # Poised, preparing or planning to attack: not yet done.
    ("en", "poised-to-strike", "Analysis: the calm before Iran's reply",
     "Tehran has promised a measured answer, and diplomats are trying to keep it small.\n"
     "Iran appears poised to strike Nevatim air base within days, two Western officials said."),
    ("id", "preparing-to-launch", "Analisis: milisi Irak bersiap",
     "Intelijen AS menyebut milisi itu bersiap meluncurkan drone ke pangkalan udara Ain al-Asad."),
    ("id", "planning-to-fire", "Analisis: milisi Irak bersiap",
     "Menurut pejabat keamanan, milisi itu berencana menembakkan roket ke pangkalan udara Ain al-Asad."),
    ("he", "preparing-to-launch", "הערכה בצה\"ל",
     "בצה\"ל מעריכים כי חיזבאללה מתכונן לשגר רקטות לעבר בסיס מירון."),
    ("tr", "preparing-to-attack", "İstihbarat uyarısı",
     "İstihbarat kaynaklarına göre örgütün Zilkan üssüne saldırı düzenlemeye hazırlandığı belirlendi."),
    # A court report and an explainer retell an attack of the past.
    ("en", "court-report", "Man jailed for 20 years over Fort Dix plan",
     "A federal judge on Monday sent a New Jersey man to prison for 20 years.\n"
     "Prosecutors said he had bought rifles and planned to attack soldiers at Fort Dix.\n"
     "His lawyer said he would appeal."),
    ("id", "court-report", "Dua pria divonis penjara",
     "Pengadilan Negeri Jayapura pada Senin menjatuhkan hukuman kepada dua pria.\n"
     "Keduanya terbukti ikut menyerang pos TNI di Nduga dan menewaskan dua prajurit.\n"
     "Jaksa menyatakan pikir-pikir."),
    ("he", "explainer", "מה שצריך לדעת על בסיס נבטים",
     "בסיס נבטים הוא אחד מבסיסי חיל האוויר הגדולים בישראל.\n"
     "באפריל פגעו בו כמה טילים איראניים."),
    ("he", "stated-old-day", "ועדת החוץ והביטחון דנה בתקציב",
     "ועדת החוץ והביטחון דנה היום בתקציב הביטחון לשנה הבאה.\n"
     "ב-9 בפברואר פגעו רקטות בבסיס נבטים וגרמו נזק קל.\n"
     "הדיון יימשך בשבוע הבא."),
    # A crime on a base: a soldier who opened fire on his comrades after a quarrel.
    ("tr", "soldier-shot-his-comrades", "Kışlada bir asker arkadaşlarını yaraladı",
     "Zilkan üssünde bir uzman çavuş, tartıştığı silah arkadaşlarına ateş açtı, iki asker yaralandı.\n"
     "Olayla ilgili soruşturma başlatıldı."),
    # A claimed attack that officials say did not happen, the denial's object written as "the base".
    ("en", "claim-then-no-attack-on-the-base", "Militia says it hit Tower 22",
     "A militia in Iraq said on Monday that its drones had struck the Tower 22 outpost in Jordan.\n"
     "A Pentagon spokesman said there was no attack on the base."),
    ("en", "claim-then-base-not-attacked", "Militia says it hit Tower 22",
     "A militia in Iraq said on Monday that its drones had struck the Tower 22 outpost in Jordan.\n"
     "A Pentagon spokesman said the base was not attacked."),
    ("id", "claim-then-no-attack-on-the-base", "Milisi klaim serang Tower 22",
     "Sebuah milisi mengklaim drone mereka menghantam pos Tower 22 di Yordania pada Senin.\n"
     "Juru bicara Pentagon mengatakan tidak ada serangan ke pangkalan tersebut."),
]

# (language, what, title, text): a fresh attack, worded like the negatives, that must stay a strike.
POSITIVES = [
    ("en", "stated-recent-day", "Rockets hit Ain al-Asad air base",
     "A Senate panel questioned Pentagon officials on Monday about troop levels in Iraq.\n"
     "On 4 May, a salvo of rockets struck Ain al-Asad air base, wounding three US service members.\n"
     "The panel will meet again in June."),
    ("en", "fresh-beside-old-day", "Drones strike Ain al-Asad air base",
     "Two drones struck Ain al-Asad air base in western Iraq on Monday morning, a US official said.\n"
     "On 9 February, a salvo of rockets struck the same base, wounding three service members."),
    ("tr", "fresh-beside-old-day", "Zilkan üssüne İHA saldırısı",
     "Irak'ın kuzeyindeki Zilkan üssüne bu sabah insansız hava aracıyla saldırı düzenlendi.\n"
     "9 Şubat'ta da üsse roketli saldırı düzenlenmiş, üç asker yaralanmıştı."),
    ("id", "fresh-beside-old-day", "Drone serang pangkalan udara Ain al-Asad",
     "Dua drone menyerang pangkalan udara Ain al-Asad di Irak barat pada Senin pagi.\n"
     "Pada 9 Februari, roket juga menghantam pangkalan itu dan melukai tiga tentara AS."),
    # A late report that states its day in the first line, and a fresh one measured against an earlier day.
    ("en", "stated-day-in-the-first-line", "Rockets struck Ain al-Asad air base on 18 April, Pentagon says",
     "The Pentagon said on Monday that three service members were wounded in the attack."),
    ("en", "fresh-since-a-stated-day", "Drones strike Ain al-Asad air base",
     "Two drones struck Ain al-Asad air base on Monday, the first attack on the base since 18 April."),
    # A fresh attack beside the one of some weeks ago.
    ("en", "fresh-beside-weeks-ago", "Drones strike Ain al-Asad air base",
     "Two drones struck Ain al-Asad air base on Monday, an official said.\n"
     "Rockets hit the same base three weeks ago."),
    ("he", "fresh-beside-weeks-ago", "כטב\"ם פגע בבסיס מירון",
     "כטב\"ם ששוגר מלבנון פגע הבוקר בבסיס מירון.\n"
     "לפני שלושה שבועות פגעו רקטות באותו בסיס."),
    ("tr", "fresh-beside-weeks-ago", "Zilkan üssüne yine saldırı",
     "Zilkan üssüne bu sabah yine İHA ile saldırı düzenlendi.\n"
     "Üs, üç hafta önce de roketlerle vurulmuştu."),
    ("tr", "fresh-beside-pluperfect", "Zilkan üssüne İHA saldırısı",
     "Zilkan üssüne bu sabah İHA ile saldırı düzenlendi.\n"
     "Üs, geçtiğimiz aylarda da roketlerle vurulmuştu."),
    # Drones downed over the base, and an attack thwarted by air defences, are attacks on it.
    ("en", "thwarted-by-air-defences", "Army thwarts drone attack on Ain al-Asad air base",
     "The army said on Monday that it had thwarted a drone attack on Ain al-Asad air base, as air defences shot "
     "down four drones over the base."),
    ("en", "downed-before-they-hit", "Drones downed over Ain al-Asad air base",
     "Air defences at Ain al-Asad air base shot down three drones on Monday before they could hit the hangars, "
     "an official said."),
    # A fresh attack with an earlier foiled or denied one in its background: that denial is of the earlier attack.
    ("en", "fresh-beside-foiled-earlier", "Drones strike Ain al-Asad air base",
     "Two drones struck Ain al-Asad air base on Monday morning, wounding a contractor, an official said.\n"
     "In March, police foiled a plan to fire rockets at Ain al-Asad air base, seizing a launcher before it could "
     "be fired."),
    ("en", "fresh-beside-denied-earlier", "Drones strike Ain al-Asad air base",
     "Two drones struck Ain al-Asad air base on Monday morning, wounding a contractor, an official said.\n"
     "Last month the ministry denied reports that rockets had hit Ain al-Asad air base."),
    ("tr", "fresh-beside-foiled-earlier", "Zilkan üssüne İHA saldırısı",
     "Irak'ın kuzeyindeki Zilkan üssüne bu sabah insansız hava aracıyla saldırı düzenlendi.\n"
     "Geçen ay da Zilkan üssüne yönelik bir saldırı, roketler atılmadan önce önlenmişti."),
    # A fresh attack followed by a warning of more: the warning has its own sentence.
    ("tr", "fresh-then-may-be-hit-again", "Zilkan üssüne roketli saldırı",
     "Zilkan üssü bu sabah roketlerle vuruldu, iki asker yaralandı.\n"
     "Yetkililer üssün yeniden hedef alınabileceğini söyledi."),
    ("en", "fresh-then-preparing-more", "Drones strike Nevatim air base",
     "Two drones struck Nevatim air base early on Monday, the army said.\n"
     "Officials said Iran was preparing to launch more drones."),
    ("tr", "fresh-then-if-they-go-on", "Zilkan üssüne İHA saldırısı",
     "Zilkan üssüne bu sabah İHA ile saldırı düzenlendi; bakanlık, saldırılar sürerse karşılık verileceğini "
     "açıkladı."),
    ("id", "fresh-then-will-target-again", "Drone hantam pangkalan udara Ain al-Asad",
     "Dua drone menghantam pangkalan udara Ain al-Asad pada Senin pagi dan melukai seorang kontraktor.\n"
     "Milisi itu mengatakan akan menargetkan pangkalan tersebut lagi."),
    ("he", "fresh-then-expected-again", "כטב\"ם פגע בבסיס מירון",
     "כטב\"ם ששוגר מלבנון פגע הבוקר בבסיס מירון, ולא היו נפגעים.\n"
     "בצה\"ל מעריכים כי חיזבאללה צפוי לשגר כטב\"מים נוספים."),
    # A fresh attack beside a court's sentence of the attackers' comrades.
    ("en", "fresh-beside-a-sentence", "Militants attack army post in Nduga",
     "Militants attacked an army post in Nduga on Monday, wounding two soldiers.\n"
     "The attack came a week after a court sentenced two members of the group to prison."),
    ("id", "fresh-beside-a-sentence", "KKB serang pos TNI",
     "KKB menyerang pos TNI di Nduga pada Senin pagi dan melukai dua prajurit.\n"
     "Serangan terjadi sepekan setelah pengadilan menjatuhkan vonis kepada dua anggota kelompok itu."),
    ("tr", "wounded-shielding-comrades", "Zilkan üssüne saldırı",
     "Teröristler bu sabah Zilkan üssüne saldırdı; iki asker silah arkadaşlarını korurken yaralandı."),
    # A denial of the toll, not of the attack, beside "the base".
    ("en", "toll-denied-at-the-base", "Drones hit Tower 22",
     "Two drones hit the Tower 22 outpost in Jordan early on Monday, a Pentagon official said.\n"
     "The army denied that anyone was killed at the base."),
]


def _strike(language: str, title: str, text: str) -> bool:
    return detect(text, title=title, language=language, published=PUB).strike


@pytest.mark.parametrize(("language", "what", "title", "text"), NEGATIVES,
                         ids=[f"{n[0]}-{n[1]}" for n in NEGATIVES])
def test_article_without_a_new_attack_is_not_a_strike(language: str, what: str, title: str, text: str) -> None:
    assert not _strike(language, title, text)


@pytest.mark.parametrize(("language", "what", "title", "text"), POSITIVES,
                         ids=[f"{p[0]}-{p[1]}" for p in POSITIVES])
def test_fresh_attack_in_the_same_style_stays_a_strike(language: str, what: str, title: str, text: str) -> None:
    assert _strike(language, title, text)
