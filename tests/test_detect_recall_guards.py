"""Recall guards for the blocker and other-target words of issue 16's lexicon work: a word added to argue
against an attack that also has a common second sense in real attack reports (an idiom, a party or
newspaper name, a conjunction, an attribution) must not block them. Each case uses that second sense in
a report of a fresh attack, and each was missed while the word stood bare. Every sentence is written for
these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (language, what, text): a new attack on an installation, told with the other sense of a lexicon word.
GUARDS = [
    # Arabic 'لو' is a counterfactual 'if' only before the verb it makes unreal ('لو أصابت'); 'ولو أن' is
    # 'even though', and French titles ('لو فيغارو') are written with it.
    ("ar", "even-though", "قصفت فصائل مسلحة قاعدة عين الأسد الجوية بالصواريخ، ولو أن الأضرار كانت محدودة."),
    # Arabic 'الحي' is the quarter, but also 'live' in live fire ('الرصاص الحي').
    ("ar", "live-fire", "أطلق مسلحون الرصاص الحي على قاعدة زليكان التركية مساء الأحد."),
    # Arabic 'مزارع' (farms) names the Shebaa Farms, where the positions attacked stand.
    ("ar", "shebaa-farms", "قصفت المقاومة في مزارع شبعا المحتلة موقع رويسات العلم بالصواريخ صباح اليوم."),
    # Arabic 'جامعة' (university) is also the Arab League that condemns the attack.
    ("ar", "arab-league", "أدانت جامعة الدول العربية الهجوم الصاروخي على قاعدة عين الأسد الجوية صباح اليوم."),
    # Arabic 'العمال' and Persian 'کارگران' (workers, a nearer target) also name the PKK ('حزب العمال', 'حزب کارگران').
    ("ar", "pkk-short-name", "هاجم مقاتلو حزب العمال قاعدة زليكان التركية فجر اليوم."),
    ("fa", "pkk-persian-name", "شبه‌نظامیان حزب کارگران کردستان امروز پایگاه زلیکان را با پهپاد هدف قرار دادند."),
    # Turkish 'halinde' is 'in case of' after a verbal noun, but 'in the form of' after a plain noun: drones
    # in a swarm, attackers in a group.
    ("tr", "in-a-swarm", "İHA'lar sürü halinde İncirlik Üssü'ne saldırdı, iki asker yaralandı."),
    ("tr", "in-a-group", "Teröristler gece saatlerinde grup halinde Zilkan üssüne saldırı düzenledi."),
    # Persian 'خنثی' foils a plot, but also neutralises one drone of several that struck.
    ("fa", "one-drone-neutralised", "دو پهپاد بامداد امروز به پایگاه حریر حمله کردند که یکی از آنها خنثی شد."),
    ("fa", "neutralised-then-hit", "پدافند یکی از پهپادها را خنثی کرد اما پهپاد دوم به پایگاه عین الاسد اصابت کرد."),
    # Russian 'как сообщалось' and Ukrainian 'як повідомлялося' open a background paragraph only with 'earlier'
    # or 'already'; with a source after them they attribute the fresh news.
    ("ru", "as-reported-by", "Как сообщалось в канале губернатора, ночью дроны атаковали аэродром Морозовск."),
    # Norwegian 'rett etter' / 'like etter' open an earlier event's clause only with 'at' (after that ...); before a
    # time they date the news.
    ("no", "right-after-midnight", "Like etter midnatt angrep droner flybasen Ain al-Asad i Irak, opplyser amerikanske "
     "tjenestemenn."),
    ("no", "just-after-midnight", "Rett etter midnatt traff tre raketter Ain al-Asad-basen i Irak."),
    # Norwegian 'medsoldat' (comrade) is a quarrel's victim only as the object of a soldier's shot.
    ("no", "a-comrade-says", "Tre soldater ble såret da militærleiren ble angrepet med raketter søndag, opplyser en "
     "medsoldat."),
    # Greek 'λίγο μετά', 'αμέσως μετά', 'λίγες ώρες μετά' open an earlier event's clause with its article ('μετά την
    # επίθεση'); before a time ('μετά τα μεσάνυχτα') they date the news.
    ("el", "shortly-after-midnight", "Λίγο μετά τα μεσάνυχτα drones έπληξαν τη βάση Ain al-Asad στο Ιράκ, σύμφωνα με "
     "Αμερικανούς αξιωματούχους."),
    ("el", "right-after-midnight", "Αμέσως μετά τα μεσάνυχτα ρουκέτες έπληξαν τη βάση Ain al-Asad στο Ιράκ."),
    ("el", "hours-after-midnight", "Λίγες ώρες μετά τα μεσάνυχτα drones επιτέθηκαν στη βάση Harir στο Ερμπίλ."),
    # Greek 'συνάδελφοι' (colleagues) are a quarrel's victims only as the object of a soldier's shot.
    ("el", "colleagues-say", "Ρουκέτες έπληξαν το στρατόπεδο Ain al-Asad την Κυριακή και τραυμάτισαν τρεις στρατιώτες, "
     "σύμφωνα με συναδέλφους τους."),
    # English, French, Swahili and Hebrew prior words ('shortly after', 'peu après', 'muda mfupi baada ya', 'שעות
    # לאחר') before a time of day date the news: no earlier event's clause.
    ("en", "shortly-after-midnight", "Shortly after midnight drones struck Ain al-Asad air base in western Iraq, US "
     "officials said."),
    ("en", "just-after-dawn", "Just after dawn two rockets hit Victory base near Baghdad airport."),
    ("en", "soon-after-sunset", "Soon after sunset militants attacked an army camp in northern Burkina Faso, killing "
     "six soldiers."),
    ("fr", "peu-apres-minuit", "Peu après minuit des drones ont frappé la base aérienne d'Aïn al-Assad en Irak."),
    ("sw", "shortly-after-midnight", "Muda mfupi baada ya saa sita usiku wanamgambo walishambulia kambi ya jeshi ya "
     "Manda Bay."),
    ("sw", "hours-after-dawn", "Saa chache baada ya alfajiri wapiganaji walishambulia kambi ya jeshi karibu na mpaka."),
    ("he", "hours-after-midnight", "שעות לאחר חצות שוגרו רקטות לעבר בסיס מירון."),
    # Hindi: the soldiers' service rifles return fire in a real attack (only one's own rifle turned on one's own
    # comrades, 'अपने साथियों पर', is a quarrel), and suspects are arrested after real attacks.
    ("hi", "service-rifles", "आतंकवादियों ने आज सुबह पठानकोट एयरबेस पर हमला किया, जवानों ने सर्विस राइफल से जवाबी "
     "फायरिंग की।"),
    ("hi", "comrades-fired-on", "आतंकियों ने आज तड़के सेना के शिविर पर हमला किया और जवानों के साथियों पर भी गोलियां चलाईं।"),
    ("hi", "suspects-arrested", "पठानकोट एयरबेस पर आज सुबह ड्रोन हमला हुआ, दो संदिग्ध गिरफ्तार किए गए।"),
    # Suspects arrested after a real attack (an arrest alone is no plot; Gujarati 'પોલીસે' is the police as the doer,
    # no target), and Tamil comrades who tell of it.
    ("gu", "suspects-arrested", "આતંકવાદીઓએ પઠાણકોટ એરબેઝમાં ઘૂસીને ગોળીબાર કર્યો, પોલીસે બે શંકાસ્પદોની ધરપકડ કરી."),
    ("ml", "suspects-arrested", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഇന്ന് പുലർച്ചെ ഡ്രോൺ ആക്രമണം ഉണ്ടായി, രണ്ട് പേരെ "
     "അറസ്റ്റ് ചെയ്തു."),
    ("ta", "suspects-arrested", "பதான்கோட் விமானப்படை தளத்தின் மீது இன்று அதிகாலை ட்ரோன் தாக்குதல் நடத்தப்பட்டது, இருவர் "
     "கைது செய்யப்பட்டனர்."),
    ("ta", "comrades-say", "பதான்கோட் விமானப்படை தளத்தின் மீது இன்று அதிகாலை ராக்கெட் தாக்குதல் நடத்தப்பட்டது என்று சக "
     "வீரர்கள் தெரிவித்தனர்."),
    ("sw", "suspects-arrested", "Watu wenye silaha walivamia kambi ya kijeshi ya El Adde leo na kuwaua askari watano, "
     "washukiwa wawili walikamatwa."),
    # English and Indonesian: suspects arrested after a real attack, and a fellow soldier who tells of it.
    ("en", "police-arrested", "Rockets struck Ain al-Asad air base on Sunday, and police arrested two suspects."),
    ("en", "fellow-soldier-told", "Three soldiers were wounded when rockets hit Ain al-Asad air base on Sunday, a "
     "fellow soldier told reporters."),
    ("id", "suspects-arrested", "Pos TNI di Intan Jaya diserang KKB pada Senin pagi, dua tersangka ditangkap."),
    ("id", "police-arrested", "Pos TNI di Intan Jaya diserang KKB pada Senin pagi, polisi menangkap dua tersangka."),
    # Swahili 'baada ya miaka' is 'after years': the first attack in years is news.
    ("sw", "first-in-years", "Wanamgambo wa al-Shabaab walishambulia kambi ya jeshi ya Manda Bay leo, shambulio la kwanza "
     "baada ya miaka miwili."),
    ("uk", "as-reported-by", "Як повідомлялося у каналі Генштабу, вночі дрони атакували аеродром Саки."),
]

# (language, what, text): the plain wording of a fresh attack in a language's own grammar, missed while a
# blocker word stood for something else in it.
PLAIN = [
    # Turkish tells the toll as 'fell as martyrs' ('şehit düştü', 'şehit düşen'), no crash.
    ("tr", "fell-as-martyrs", "Zilkan üssüne bu sabah roketli saldırı düzenlendi, iki asker şehit düştü."),
    ("tr", "martyrs-toll-rose", "İncirlik Üssü'ne yapılan İHA saldırısında şehit düşen asker sayısı ikiye yükseldi."),
    # The verb ends the clause, so the rockets that fell stand apart from 'düştü' ('roketler ... üssüne düştü').
    ("tr", "rockets-fell-on", "Roketler bu sabah Zilkan üssüne düştü."),
    ("tr", "mortars-fell-on", "Havan mermileri dün gece Başika üssüne düştü."),
    # English: the weapon written between the verb and 'at' ('fired rockets at', 'launched drones at').
    ("en", "fired-rockets-at", "Militants fired rockets at Victory base near Baghdad airport."),
    ("en", "fired-missiles-at", "Hezbollah fired guided missiles at the Ruwaisat al-Alam outpost."),
    ("en", "launched-drones-at", "The Houthis launched drones at Tower 22 in Jordan."),
    # French and Ukrainian: the weapon launched or fired ('ont lancé des drones contre', 'випустили ракети по').
    ("fr", "launched-drones-against", "Les Houthis ont lancé des drones contre la base Tower 22 en Jordanie."),
    ("uk", "fired-missiles-at", "Окупанти випустили ракети по аеродрому Миргород."),
    # Arabic 'تحطم' is an aircraft's crash, but also the windows an attack shattered.
    ("ar", "windows-shattered", "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية فجر اليوم ما أدى إلى تحطم نوافذ عدد "
     "من المباني."),
]


@pytest.mark.parametrize(("language", "what", "text"), PLAIN, ids=[f"{l}-{w}" for l, w, _ in PLAIN])
def test_plain_wording_of_an_attack_is_a_report(language: str, what: str, text: str) -> None:
    assert detect(text, language=language, published=PUB).strike


@pytest.mark.parametrize(("language", "what", "text"), GUARDS, ids=[f"{l}-{w}" for l, w, _ in GUARDS])
def test_second_sense_of_a_lexicon_word_does_not_block_a_report(language: str, what: str, text: str) -> None:
    assert detect(text, language=language, published=PUB).strike
