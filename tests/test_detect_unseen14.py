"""Hard negatives of unseen news, PREC14, and the real reports that share their words (which must stay strikes).
The articles are our own. Classes: an attack dated to a past year or month inside a sentence whose day is that of
a medal, an inquiry or a promotion (background.py); a convoy that left an installation and was hit on the road
(departed.py); an interception over an installation of a launch aimed at a town (aimed.py); a meeting or a case
about an earlier attack, and 'after' between the two (aftermath.py); a hobby, toy or smugglers' drone; an idiom
of 'strike' and a displaced persons' camp in Arabic; a trial, a plot and a book in English."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

NEGATIVES = [
    # the past year or month dates the attack phrase; the day is the medal's, the inquiry's, the promotion's
    ("en", "The Pentagon on Tuesday promoted two officers who led the defence of Ain al-Asad air base during the "
     "Iranian ballistic missile attack in January 2020."),
    ("en", "The Army presented citations on Thursday to medics who treated the injured at Ain al-Asad air base after "
     "the missile strike in 2020."),
    ("en", "An Army inquiry released on Thursday found that guards at Tower 22 in Jordan failed to identify the "
     "drone that struck the outpost in January 2024."),
    ("en", "The commander who oversaw the response to the 2020 missile attack on Ain al-Asad air base was promoted "
     "to major general on Thursday."),
    ("en", "The Israeli Air Force decorated a technician who kept the runway at Nevatim air base open during the "
     "Iranian missile barrage in April, the army said on Sunday."),
    # a convoy that left the installation, hit on the road
    ("en", "A convoy leaving Camp Taji was struck by a roadside bomb on the highway near Baghdad on Monday, "
     "wounding two Iraqi soldiers, police said."),
    ("en", "A logistics convoy that had departed Ain al-Asad air base was hit by an improvised explosive device "
     "near Ramadi on Tuesday, officials said."),
    ("en", "A US convoy that had just left Harir air base was hit by a roadside bomb on Monday on the road to Erbil."),
    ("ar", "تعرض رتل دعم لوجستي قادم من قاعدة حرير لهجوم بطائرة مسيرة على طريق أربيل يوم الأحد."),
    # an interception of a launch aimed at a town
    ("en", "Air defences at Erbil air base intercepted a drone that was heading toward the city of Duhok on "
     "Sunday, officials said."),
    ("he", "מערכת כיפת ברזל יירטה ביום שני רקטה ששוגרה לעבר קריית שמונה, מעל בסיס ביריה."),
    ("ar", "اعترضت الدفاعات الجوية في قاعدة حرير يوم الأحد طائرة مسيرة كانت متجهة نحو أربيل."),
    ("ru", "ПВО в понедельник сбила над аэродромом Энгельс беспилотник, летевший в сторону Саратова."),
    ("uk", "Над аеродромом Миргород у понеділок збили ракету, що летіла у бік Полтави."),
    # a meeting or a case about an earlier attack
    ("tr", "Meclis araştırma komisyonu, Dağlıca taburuna düzenlenen saldırıyı görüştü."),
    ("tr", "Genelkurmay heyeti, Irak'taki Bamerni üssüne yönelik roket saldırısını Iraklı yetkililerle görüştü."),
    ("tr", "Aktütün baskınına ilişkin dava, Pazartesi günü Hakkari'de görülmeye devam etti."),
    ("id", "Keluarga korban serangan ke markas Koramil di Nduga menggugat pemerintah ke pengadilan."),
    # a hobby, toy or smugglers' drone
    ("he", "רחפן של חובבים נפל ביום שני סמוך לבסיס חצרים, והמשטרה פתחה בחקירה."),
    ("he", "רחפן צעצוע נחת בתוך בסיס רמת דוד ביום שלישי, ונער בן 15 נחקר."),
    ("he", "רחפן הברחות שהמריא מסיני נפל ביום שני סמוך לבסיס עובדה, ונתפסו עליו אקדחים."),
    ("id", "Sebuah drone mainan jatuh di dekat markas Lanud Halim pada Minggu, polisi memeriksa pemiliknya."),
    # Arabic: 'set an example', a displaced persons' camp
    ("ar", "ضرب الجنود مثالا في الشجاعة خلال الدفاع عن قاعدة عين الأسد، بحسب قائد القوات."),
    ("ar", "ضرب الطيارون أروع الأمثلة في حماية قاعدة الملك فيصل الجوية، قال قائد القوات الجوية."),
    ("ar", "قصفت قوات الدعم السريع معسكر زمزم للنازحين قرب الفاشر يوم الأحد، ما أسفر عن مقتل عشرة مدنيين."),
    # English: a trial, men planning to fire, a book, a minibus by the gate
    ("en", "A military court on Wednesday began the trial of a soldier accused of leaking details of the missile "
     "attack on Ain al-Asad air base to a journalist."),
    ("en", "Iraqi police arrested three men on Tuesday who were planning to fire rockets at Balad air base, a "
     "security source said."),
    ("en", "A new book by a former officer describes the Iranian missile strike on Ain al-Asad air base in vivid "
     "detail."),
    ("en", "A roadside bomb struck a civilian minibus near the gate of Camp Speicher on Monday, killing three "
     "passengers."),
    # troops moved or defences readied ahead of an attack still expected
    ("en", "US troops were moved out of Ain al-Asad air base on Monday ahead of an expected Iranian missile strike, "
     "officials said."),
    ("en", "Air defences at Al Udeid air base were put on high alert on Tuesday ahead of a possible Iranian strike."),
]

# The same words beside an attack told as news.
CONTROLS = [
    ("en", "Rockets struck Ain al-Asad air base on Sunday, the first attack on the base since January 2024, "
     "officials said."),
    ("en", "Rockets struck Harir air base on Sunday, weeks after a drone attack in January, a Kurdish official said."),
    ("en", "Drones attacked Erbil air base on Monday; the base was also hit in 2022."),
    ("en", "Iran fired ballistic missiles at Ain al-Asad air base on Tuesday in an attack like the one in 2020."),
    ("en", "A drone struck a convoy inside Ain al-Asad air base on Tuesday, officials said."),
    ("en", "A drone strike that left Harir air base in flames on Monday was claimed by the Islamic Resistance in "
     "Iraq."),
    ("en", "A drone struck Harir air base on Monday shortly after a convoy left, officials said."),
    ("en", "Air defences intercepted two drones heading toward Erbil air base on Sunday, the Kurdish "
     "counter-terrorism service said."),
    ("en", "Air defences intercepted two drones over Erbil air base on Sunday night, the Kurdish authorities said."),
    ("en", "A rocket fired toward northern Israel struck the Biria base on Monday, wounding two soldiers."),
    ("he", "כיפת ברזל יירטה ביום שני רקטות ששוגרו לעבר בסיס ביריה, ורקטה אחת פגעה בבסיס."),
    ("ar", "اعترضت الدفاعات الجوية طائرة مسيرة باتجاه قاعدة حرير يوم الأحد."),
    ("en", "Three rockets struck Ain al-Asad air base on Monday, and senators questioned the Pentagon after the "
     "attack."),
    ("tr", "Bakan, dün gece Zilkan üssüne düzenlenen roket saldırısını Iraklı mevkidaşıyla görüştü."),
    ("tr", "PKK'lı teröristler Pazartesi gecesi Dağlıca taburuna saldırdı, iki asker yaralandı. Bakan daha sonra "
     "komutanlarla görüştü."),
    ("id", "Keluarga korban mengatakan KKB menyerang pos TNI di Kiwirok pada Senin dini hari."),
    ("he", "רחפן נפץ ששוגר מלבנון פגע ביום שני בבסיס רמת דוד, כך מסר צה\"ל."),
    ("ar", "ضربت طائرة مسيرة قاعدة حرير يوم الاثنين، في مثال جديد على تصاعد الهجمات، بحسب مصدر كردي."),
    ("ar", "قصفت قوات الدعم السريع معسكرا للجيش قرب الفاشر يوم الأحد، ما أسفر عن مقتل عشرة جنود."),
    ("en", "Rockets struck Camp Taji on Monday, wounding two Iraqi soldiers, police said."),
    ("en", "Iranian missiles struck Ain al-Asad air base on Monday, hours after troops were moved ahead of the "
     "attack."),
    ("en", "The expected Iranian missile strike hit Nevatim air base on Sunday night, damaging a hangar, the army "
     "said."),
]


@pytest.mark.parametrize("lang,text", NEGATIVES)
def test_unseen_hard_negative_is_no_report(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("lang,text", CONTROLS)
def test_a_report_sharing_those_words_stands(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    assert found.reports and found.reports[0].country, text
