"""The actor registry: one English name per group in every script, unknown groups as written, a clear
error for a bad registry, and the canonical name in reports, mails and exports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import write_config
from crawler.cli.contracts import detection_record
from pipelines import export
from pipelines.alerts import mail
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.detect import default_gazetteer, detect
from pipelines.detect.actors import canonical_actor, default_registry, load_registry
from pipelines.detect.lexicon import get_lexicon, languages, raw_lexicons, LEXICON_DIR
from pipelines.errors import ConfigError
from pipelines.ingest import FetchedArticle, Ingestor
from pipelines.records import Extracted

PUB = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("lang, text, written", [
    ("ar", "أعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة عين الأسد بصاروخين فجر اليوم.",
     "المقاومة الإسلامية في العراق"),
    ("fa", "مقاومت اسلامی عراق بامداد امروز با پهپاد به پایگاه حریر حمله کرد.", "مقاومت اسلامی عراق"),
    ("en", "The Islamic Resistance in Iraq said its drones hit Harir air base before dawn.",
     "Islamic Resistance in Iraq"),
    ("ru", "Исламское сопротивление в Ираке атаковало беспилотником авиабазу Харир.",
     "Исламское сопротивление в Ираке"),
])
def test_one_group_in_any_script_has_one_english_name(lang: str, text: str, written: str) -> None:
    (report,) = detect(text, language=lang, published=PUB).reports
    assert report.actor == "Islamic Resistance in Iraq"
    assert report.actor_written == written


@pytest.mark.parametrize("written, name", [
    ("أنصار الله", "Houthis"), ("انصار الله", "Houthis"), ("Ansarullah", "Houthis"), ("الحوثيون", "Houthis"),
    ("ХАМАС", "Hamas"), ("كتائب القسام", "Hamas"), ("חמאס", "Hamas"),
    ("Хезболлы", "Hezbollah"), ("حزب‌الله", "Hezbollah"),
    ("Iran-backed Kataib Hezbollah", "Kataib Hezbollah"),  # the longest name inside wins, the patron does not
    ("the paramilitary Rapid Support Forces (RSF)", "Rapid Support Forces"),
    ("فتنۃ الخوارج", "TTP"), ("जैश ए मोहम्मद", "Jaish-e-Mohammed"), ("PKK'lı teröristler", "PKK"),
    ("US", "United States"),
])
def test_registry_resolves_every_spelling(written: str, name: str) -> None:
    assert canonical_actor(written) == name


def test_militias_described_by_their_patron_have_one_name() -> None:
    assert canonical_actor("Iran-backed militias") == canonical_actor("الفصائل الموالية لإيران") == "Iran-aligned militias"


@pytest.mark.parametrize("written", ["Moscow-backed separatists", "Saraya Kafr Wadi", "a cell that told us nothing"])
def test_unknown_or_patron_only_names_stay_as_written(written: str) -> None:
    assert canonical_actor(written) == written


def test_unknown_claimant_stays_as_written_in_the_report() -> None:
    text = ("Rockets hit Camp Taji late on Saturday. A group calling itself Saraya Kafr Wadi "
            "claimed responsibility for the attack.")
    (report,) = detect(text, language="en", published=PUB).reports
    assert report.actor == report.actor_written == "Saraya Kafr Wadi"


def test_registry_aliases_are_the_lexicons_actor_cues() -> None:
    ru = get_lexicon("ru")
    assert "actor" in ru.groups("исламское сопротивление в ираке")
    assert "actor" not in get_lexicon("en").groups("исламское сопротивление в ираке")  # Russian only


def test_every_lexicon_actor_table_names_a_registry_entry() -> None:
    names = default_registry().names
    for lang in languages():
        raw, file = raw_lexicons(str(LEXICON_DIR))[lang]
        unknown = set(raw.get("actors") or {}) - names
        assert not unknown, f"{file}: actors not in config/actors.yaml: {sorted(unknown)}"


def test_detect_jsonl_line_carries_both_forms() -> None:
    det = detect("استهدفت جماعة أنصار الله قاعدة عين الأسد بطائرة مسيرة.", language="ar", published=PUB)
    (line,) = detection_record("x1", det)["reports"]
    assert (line["actor"], line["actor_written"]) == ("Houthis", "جماعة أنصار الله")



# ------------------------------------------------------------------ registry breadth

# Groups and state forces that attack bases across the region, each in the scripts its press uses:
# one sentence per new alias, scanned as a cue in that language and reported under its English name.
BREADTH = [
    # Iraq's fronts
    ("en", "A group called Saraya Awliya al-Dam fired rockets at Ain al-Asad air base on Tuesday.", "Saraya Awliya al-Dam"),
    ("ar", "استهدفت سرايا أولياء الدم قاعدة عين الأسد بثلاثة صواريخ مساء الثلاثاء.", "Saraya Awliya al-Dam"),
    ("fa", "سرایا اولیاء الدم با سه موشک به پایگاه عین الاسد حمله کرد.", "Saraya Awliya al-Dam"),
    ("ar", "تبنت أصحاب الكهف الهجوم بطائرة مسيرة على قاعدة حرير.", "Ashab al-Kahf"),
    ("ar", "أعلنت عصبة الثائرين مسؤوليتها عن قصف قاعدة عين الأسد.", "Usbat al-Thaireen"),
    ("ru", "Бойцы «ан-Нуджаба» атаковали беспилотником авиабазу Харир.", "Harakat al-Nujaba"),
    # Iran's Kurdish and Baloch groups
    ("fa", "پژاک به یک پایگاه سپاه در مریوان حمله کرد و دو نفر کشته شدند.", "PJAK"),
    ("en", "PJAK fighters attacked an army base near Marivan, killing two guards.", "PJAK"),
    ("fa", "انصار الفرقان مسئولیت حمله به پایگاه نظامی در سراوان را بر عهده گرفت.", "Ansar al-Furqan"),
    # the PKK's armed wing
    ("en", "HPG fighters attacked a Turkish army base near Zakho with heavy weapons.", "PKK"),
    ("ar", "هاجمت قوات الدفاع الشعبي قاعدة تركية قرب زاخو بالأسلحة الثقيلة.", "PKK"),
    ("ru", "Боевики ПКК атаковали турецкую военную базу на севере Ирака.", "PKK"),
    # Syria
    ("en", "Fighters of the Sultan Murad Division shelled an SDF base near Manbij.", "Syrian National Army"),
    ("ar", "قصفت فرقة الحمزة قاعدة عسكرية لقسد قرب منبج.", "Syrian National Army"),
    ("en", "Hurras al-Din fighters stormed a Syrian army base in Latakia.", "Hurras al-Din"),
    ("ar", "هاجم مقاتلو حراس الدين قاعدة عسكرية للجيش السوري في ريف اللاذقية.", "Hurras al-Din"),
    ("he", "ארגון היאת תחריר א-שאם תקף בסיס צבאי בסוריה.", "Hayat Tahrir al-Sham"),
    # Sahel, Lake Chad, Horn
    ("ar", "هاجمت نصرة الإسلام والمسلمين معسكرا للجيش المالي قرب تمبكتو.", "JNIM"),
    ("ru", "Джамаат нусрат аль-ислам валь-муслимин атаковала военную базу в Мали.", "JNIM"),
    ("en", "Islamic State Sahel fighters overran the Tessit military camp on Sunday.", "IS-Sahel"),
    ("ar", "هاجم داعش الساحل معسكرا للجيش في النيجر.", "IS-Sahel"),
    ("ar", "هاجم داعش غرب أفريقيا قاعدة عسكرية في ولاية بورنو.", "ISWAP"),
    ("en", "ISIS-Somalia fighters attacked a military base in Puntland's Bari region.", "IS-Somalia"),
    ("fa", "الشباب به یک پایگاه نظامی در سومالی حمله کرد.", "al-Shabaab"),
    ("ru", "Боевики «Аш-Шабаб» атаковали военную базу в Сомали.", "al-Shabaab"),
    ("tr", "Eş-Şebab militanları Somali'de bir askeri üsse saldırdı.", "al-Shabaab"),
    ("he", "ארגון א-שבאב תקף בסיס צבאי בסומליה.", "al-Shabaab"),
    ("hi", "अल-शबाब के आतंकवादियों ने सोमालिया में एक सैन्य अड्डे पर हमला किया।", "al-Shabaab"),
    ("en", "Allied Democratic Forces rebels attacked an army camp in North Kivu.", "ADF (IS Central Africa)"),
    ("fr", "Les rebelles touaregs ont attaqué le camp militaire de Tessalit.", "Azawad Liberation Front (FLA)"),
    ("fr", "Le Front de libération de l'Azawad a attaqué le camp militaire de Tessalit.", "Azawad Liberation Front (FLA)"),
    # Libya, Sudan, Yemen
    ("en", "Haftar's forces launched drones at Mitiga air base overnight.", "Libyan National Army (LNA)"),
    ("ar", "قصفت قوات حفتر قاعدة معيتيقة الجوية بطائرات مسيرة.", "Libyan National Army (LNA)"),
    ("ar", "استهدفت قوات حكومة الوفاق قاعدة الجفرة الجوية بطائرة مسيرة.", "Libyan GNU forces"),
    ("ru", "Силы быстрого реагирования атаковали беспилотниками авиабазу Мероэ.", "Rapid Support Forces"),
    ("tr", "Hızlı Destek Kuvvetleri, Merowe hava üssüne İHA ile saldırdı.", "Rapid Support Forces"),
    ("ar", "هاجمت قوات الحزام الأمني معسكرا للجيش في أبين.", "Southern Transitional Council (STC)"),
    ("ar", "هاجمت ألوية العمالقة معسكرا للحوثيين في شبوة.", "Giants Brigades"),
    ("es", "Los hutíes atacaron con drones una base militar en Arabia Saudí.", "Houthis"),
    # Pakistan
    ("en", "Jamaat-ul-Ahrar militants attacked an army camp in Mohmand.", "Jamaat-ul-Ahrar"),
    ("en", "The Hafiz Gul Bahadur group claimed the suicide attack on Bannu Cantonment.", "Hafiz Gul Bahadur group"),
    ("ur", "حافظ گل بہادر گروپ نے بنوں کینٹ پر حملے کی ذمہ داری قبول کر لی۔", "Hafiz Gul Bahadur group"),
    ("ur", "پاکستانی طالبان نے ایک فوجی کیمپ پر حملہ کیا۔", "TTP"),
    ("ur", "مجید بریگیڈ نے فوجی کیمپ پر حملے کی ذمہ داری قبول کی۔", "Baloch Liberation Army"),
    ("en", "Fitna al-Hindustan terrorists attacked an army camp in Balochistan.", "Baloch militants"),
    ("fa", "ارتش آزادی بخش بلوچستان به یک پایگاه ارتش پاکستان حمله کرد.", "Baloch Liberation Army"),
    # India
    ("en", "The People's Anti-Fascist Front said its fighters attacked an army camp in Rajouri.", "People's Anti-Fascist Front (PAFF)"),
    ("en", "Kashmir Tigers militants attacked an army camp in Doda district.", "Kashmir Tigers"),
    ("en", "Maoists attacked a security forces camp in Sukma district with grenades.", "CPI (Maoist)"),
    ("hi", "नक्सलियों ने सुकमा में सीआरपीएफ कैंप पर हमला किया।", "CPI (Maoist)"),
    ("en", "ULFA-I militants fired on an army camp in Tinsukia.", "ULFA (Independent)"),
    # the Caucasus
    ("ru", "Боевики Имарата Кавказ напали на военную базу в Дагестане.", "Caucasus Emirate"),
    # Sinai, the West Bank, Hezbollah's units; the units of Russia's and Ukraine's forces
    ("ar", "هاجم مسلحو ولاية سيناء معسكرا للجيش المصري في رفح.", "IS-Sinai"),
    ("en", "Sinai Province militants attacked an army camp near Rafah.", "IS-Sinai"),
    ("en", "Fighters of the Jenin Battalion opened fire on an Israeli army post near the camp.", "Jenin Battalion"),
    ("ar", "أطلقت كتيبة جنين النار على موقع عسكري إسرائيلي.", "Jenin Battalion"),
    ("he", "כוח רדואן תקף מוצב של צה\"ל בגבול הצפון.", "Hezbollah"),
    ("ru", "ВКС России нанесли удар по аэродрому Миргород.", "Russia"),
    ("uk", "Сили безпілотних систем атакували аеродром Бельбек у Криму.", "Ukraine"),
    ("en", "Madyar's Birds drones struck the Belbek air base in Crimea.", "Ukraine"),
    # the class-8 languages' scripts
    ("ta", "மாவோயிஸ்டுகள் சுக்மாவில் உள்ள சிஆர்பிஎஃப் முகாம் மீது தாக்குதல் நடத்தினர்.", "CPI (Maoist)"),
    ("ml", "മാവോയിസ്റ്റുകൾ സുക്മയിലെ സിആർപിഎഫ് ക്യാമ്പിന് നേരെ ആക്രമണം നടത്തി.", "CPI (Maoist)"),
    ("gu", "નક્સલીઓએ સુકમામાં સીઆરપીએફ કેમ્પ પર હુમલો કર્યો.", "CPI (Maoist)"),
    ("ta", "இஸ்லாமிய அரசு அமைப்பு ஒரு இராணுவ தளத்தின் மீது தாக்குதல் நடத்தியது.", "Islamic State"),
    ("el", "Το Εργατικό Κόμμα του Κουρδιστάν επιτέθηκε σε τουρκική στρατιωτική βάση στο βόρειο Ιράκ.", "PKK"),
]


@pytest.mark.parametrize("lang, text, name", BREADTH)
def test_a_group_of_the_wider_region_is_named_in_its_own_script(lang: str, text: str, name: str) -> None:
    reports = detect(text, language=lang, published=PUB).reports
    assert reports and reports[0].actor == name


@pytest.mark.parametrize("text, name", [
    ("Saudi warplanes struck Al-Dulaimi Air Base in Sanaa overnight.", "Saudi Arabia"),
    ("Jordanian jets bombed a Syrian army base near Suwayda.", "Jordan"),
    ("Egyptian warplanes struck a military base near Derna.", "Egypt"),
])
def test_the_state_whose_warplanes_struck_is_the_attacker(text: str, name: str) -> None:
    (report,) = detect(text, language="en", published=PUB).reports
    assert report.actor == name


@pytest.mark.parametrize("written", ["ADF", "BRAS", "STC", "FLA", "JAS"])
def test_an_acronym_that_is_also_a_word_resolves_but_is_no_cue(written: str) -> None:
    assert canonical_actor(written) != written
    assert "actor" not in get_lexicon("en").groups(written.lower())



# A claim in every language with a lexicon: the group that claimed an attack told in an earlier
# sentence is its attacker, a name the registry lacks as written (Latin script), and a group that
# says it did it ("said it had targeted") claims it.
CLAIMS = [
("es", "Varios cohetes cayeron sobre la base aérea de Ain al-Asad el domingo. Una milicia que se hace llamar Saraya Kafr Wadi reivindicó el ataque.", "Saraya Kafr Wadi"),
("es", "Un dron alcanzó la base aérea de Ain al-Asad. Horas después, un grupo llamado Saraya Kafr Wadi se atribuyó la autoría.", "Saraya Kafr Wadi"),
("it", "Alcuni razzi hanno colpito la base aerea di Ain al-Asad. Un gruppo chiamato Saraya Kafr Wadi ha rivendicato l'attacco.", "Saraya Kafr Wadi"),
("pt", "Foguetes atingiram a base aérea de Ain al-Asad no domingo. Um grupo chamado Saraya Kafr Wadi reivindicou o ataque.", "Saraya Kafr Wadi"),
("pl", "Rakiety uderzyły w bazę lotniczą Ain al-Asad w niedzielę. W poniedziałek grupa Saraya Kafr Wadi przyznała się do ataku.", "Saraya Kafr Wadi"),
("hu", "Vasárnap drónok támadták meg a Harir légitámaszpontot. A Saraya Kafr Wadi magára vállalta a támadást.", "Saraya Kafr Wadi"),
("en", "Rockets hit Ain al-Asad air base on Sunday, wounding two soldiers. In a statement, Saraya Kafr Wadi said it had targeted the base with five rockets.", "Saraya Kafr Wadi"),
("az", "Dronlar Harir hava bazasına hücum edib. Kataib Hizbullah hücumun məsuliyyətini öz üzərinə götürüb.", "Kataib Hezbollah"),
("bn", "রবিবার একটি সামরিক ঘাঁটিতে ড্রোন হামলা হয়েছে। কেউ হতাহত হয়নি। পরে হিজবুল্লাহ এর দায় স্বীকার করেছে।", "Hezbollah"),
("id", "Drone menyerang pangkalan udara Harir. Perlawanan Islam di Irak mengaku bertanggung jawab atas serangan itu.", "Islamic Resistance in Iraq"),
("es", "Varios cohetes cayeron sobre la base aérea de Ain al-Asad el domingo. Kataib Hezbolá reivindicó el ataque en un comunicado.", "Kataib Hezbollah"),
]


@pytest.mark.parametrize("lang, text, name", CLAIMS)
def test_a_claim_names_the_attacker_in_every_language(lang: str, text: str, name: str) -> None:
    reports = detect(text, language=lang, published=PUB).reports
    assert reports and reports[0].actor == name



# A comma between a group and the installation ends the group's phrase: it is the sentence's subject
# (Turkish and Azerbaijani write "X, Y üssüne saldırdı") or the claimant after the base, not the
# installation's owner as "Kataib Hizbullah Harir" without the comma would read.
COMMA_SUBJECT = [
("tr", "Nujaba Hareketi, Harir üssüne SİHA ile saldırdı.", "Harakat al-Nujaba"),
("tr", "Irak İslami Direnişi, Harir üssünü İHA ile vurdu.", "Islamic Resistance in Iraq"),
("az", "Kataib Hizbullah, Harir hava bazasına dronla hücum edib.", "Kataib Hezbollah"),
("ar", "سقطت صواريخ على قاعدة عين الأسد، كتائب حزب الله تبنت الهجوم.", "Kataib Hezbollah"),
("ar", "استهدفت طائرة مسيرة قاعدة حرير، المقاومة الإسلامية في العراق أعلنت ذلك في بيان.", "Islamic Resistance in Iraq"),
]


@pytest.mark.parametrize("lang, text, name", COMMA_SUBJECT)
def test_a_group_set_off_by_a_comma_does_not_qualify_the_base(lang: str, text: str, name: str) -> None:
    reports = detect(text, language=lang, published=PUB).reports
    assert reports and reports[0].actor == name



# The party the attackers answer is not the attacker: named in the clause of a motive word ("in
# retaliation for", "در پاسخ به", the Turkish postposition "misilleme olarak" after its cause). A
# comma ends that clause, and it ends an attack verb's object too ("In response to Israeli strikes,
# Hezbollah fired ...": Hezbollah is not what the strikes hit).
ANSWERED = [
    ("en", "Rockets hit Ain al-Asad air base on Sunday in retaliation for Israel's war on Gaza.", None),
    ("en", "Drones hit Harir air base overnight in response to Iran's call for revenge.", None),
    ("fa", "پایگاه حریر در پاسخ به اقدامات ایران هدف حمله پهپادی قرار گرفت.", None),
    ("tr", "Harir üssüne, İran'a misilleme olarak İHA ile saldırı düzenlendi.", None),
    ("en", "In response to Israeli strikes, Hezbollah fired rockets at the Meron base.", "Hezbollah"),
    # controls: the attacker written after the motive's clause, or before the Turkish postposition's cause
    ("en", "In retaliation for the killing of its commander, Hezbollah fired rockets at Meron base.", "Hezbollah"),
    ("tr", "İsrail'in saldırılarına misilleme olarak Hizbullah, Meron üssünü roketlerle vurdu.", "Hezbollah"),
]


@pytest.mark.parametrize("lang, text, name", ANSWERED)
def test_the_party_an_attack_answers_is_not_its_attacker(lang: str, text: str, name: str | None) -> None:
    reports = detect(text, language=lang, published=PUB).reports
    assert reports and reports[0].actor == name



# The doer of a passive, written after its agent word ("attacked by", "visée par", "со стороны",
# "diserang oleh", "angrepet av"), is the attacker, not the object of the attack verb before it.
PASSIVE = [
("en", "Bagram air base was attacked by Taliban fighters on Sunday.", "Taliban"),
("en", "Ain al-Asad air base was targeted by the Islamic Resistance in Iraq on Sunday.", "Islamic Resistance in Iraq"),
("en", "Israeli troops at the Meron base came under attack from Hezbollah drones.", "Hezbollah"),
("fr", "La base d'Ain al-Asad a été visée par le Hezbollah dimanche.", "Hezbollah"),
("ru", "Авиабаза Хмеймим подверглась атаке беспилотников со стороны боевиков ХТШ.", "Hayat Tahrir al-Sham"),
("id", "Pangkalan udara Harir diserang oleh Perlawanan Islam di Irak pada Minggu.", "Islamic Resistance in Iraq"),
("no", "Flybasen Harir ble angrepet av Hizbollah søndag.", "Hezbollah"),
("uk", "Авіабазу Хмеймім атаковано з боку хуситів у неділю.", "Houthis"),
    # control: the garrison after a host word stays the target's side, "by" or not
    ("en", "Drones hit a base manned by US forces in eastern Syria on Sunday.", None),
]


@pytest.mark.parametrize("lang, text, name", PASSIVE)
def test_the_doer_of_a_passive_is_the_attacker(lang: str, text: str, name: str | None) -> None:
    reports = detect(text, language=lang, published=PUB).reports
    assert reports and reports[0].actor == name



# A state's forces named in a form the registry resolves but does not scan (its not_cues) are the
# attacker when they are the subject of the attack's own sentence: an attack word right after them,
# or the agent marker where the doer takes one.
STATE_SUBJECT = [
("en", "The Pakistan Army shelled Indian army posts along the Line of Control in Kupwara.", "Pakistan"),
("hi", "पाकिस्तानी सेना ने कुपवाड़ा में भारतीय सेना की चौकियों पर गोलीबारी की।", "Pakistan"),
("en", "Azerbaijani forces shelled Armenian army positions near Sotk.", "Azerbaijan"),
("en", "Saudi forces shelled a Houthi military camp in Saada province.", "Saudi Arabia"),
# controls: the state that speaks, and the state whose installation it is
("en", "The Pakistan Army said terrorists attacked the Bannu Cantonment overnight.", "Militants"),
("en", "The Pakistan Army repulsed an attack on the Bannu Cantonment overnight.", None),
("en", "The Pakistan Army repulsed an attack on an army post in North Waziristan.", None),
# the country a foreign-held outpost lies in, before the toll: a place, not the subject
("en", "A drone attack hit the Tower 22 outpost in Jordan overnight, killing three US soldiers.", None),
("en", "Rockets struck the Tanf garrison in Syria on Monday, wounding two soldiers.", None),
]


@pytest.mark.parametrize("lang, text, name", STATE_SUBJECT)
def test_a_state_force_as_the_subject_is_the_attacker(lang: str, text: str, name: str | None) -> None:
    reports = detect(text, language=lang, published=PUB).reports
    assert reports and reports[0].actor == name



# The state that owns the news outlet reporting the attack is its source, not its attacker ("Iran's
# Tasnim news agency", "خبرگزاری تسنیم ایران", "İran devlet televizyonu": the lexicons' media nouns).
OUTLETS = [
("en", "According to Iran's Tasnim news agency, drones hit Harir air base overnight.", None),
("en", "Drones hit Harir air base overnight, Iran's state television reported.", None),
("fa", "به گزارش خبرگزاری تسنیم ایران، پهپادها به پایگاه حریر حمله کردند.", None),
("tr", "İran devlet televizyonu, Harir üssüne İHA saldırısı düzenlendiğini bildirdi.", None),
# controls: a group's own channel carries its claim; a state that struck, told by its media
("en", "Hezbollah's Al-Manar television said the group's fighters hit the Meron base with drones.", "Hezbollah"),
("en", "Russian missiles hit the Starokostiantyniv air base overnight, Ukrainian television reported.", "Russia"),
]


@pytest.mark.parametrize("lang, text, name", OUTLETS)
def test_the_state_of_the_reporting_outlet_is_not_the_attacker(lang: str, text: str, name: str | None) -> None:
    reports = detect(text, language=lang, published=PUB).reports
    assert reports and reports[0].actor == name



# A party that denies its role in an attack ("denied any involvement", "نفت ... أي علاقة", "هرگونه
# دخالت ... را تکذیب کرد") neither denies the attack nor made it: the report stands, with no attacker.
DISOWNED = [
("en", "Rockets hit Ain al-Asad air base on Sunday. Iran denied any involvement in the attack.", None),
("ar", "سقطت صواريخ على قاعدة عين الأسد فجر اليوم. ونفت إيران أي علاقة لها بالهجوم.", None),
("fa", "پهپادها بامداد امروز به پایگاه حریر حمله کردند. ایران هرگونه دخالت در این حمله را تکذیب کرد.", None),
("fr", "Des roquettes ont frappé la base d'Ain al-Asad dimanche. L'Iran a démenti toute implication dans l'attaque.", None),
]


@pytest.mark.parametrize("lang, text, name", DISOWNED)
def test_a_party_denying_its_role_is_neither_a_denial_nor_the_attacker(lang: str, text: str, name: None) -> None:
    reports = detect(text, language=lang, published=PUB).reports
    assert reports and reports[0].actor == name


@pytest.mark.parametrize("text", [
    "The Pentagon denied that any rockets hit Ain al-Asad air base on Sunday.",
    "Rockets hit Ain al-Asad air base on Sunday. The Pentagon denied that any attack took place.",
])
def test_a_denial_of_the_attack_itself_still_blocks_it(text: str) -> None:
    assert not detect(text, language="en", published=PUB).strike


# ------------------------------------------------------------------ a bad registry


def _registry(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_an_alias_in_two_entries_is_refused_naming_both(tmp_path: Path) -> None:
    path = _registry(tmp_path, """
actors:
- {id: houthis, name: Houthis, kind: group, aliases: {en: [ansar allah], ar: [أنصار الله]}}
- {id: other-ansar, name: Other Ansar, kind: group, aliases: {fa: [انصار الله]}}
""")
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    message = str(err.value)
    assert str(path) in message and "'other-ansar'" in message and "aliases.fa" in message
    assert "also in entry 'houthis'" in message and "\n" not in message


@pytest.mark.parametrize("entry, field", [
    ("{id: a, name: A, kind: militia}", "kind"),
    ("{id: a, name: A, kind: group, aliases: {english: [a group]}}", "aliases.english"),
    ("{id: a, name: A, kind: group, may_be: [nobody]}", "may_be"),
])
def test_a_bad_entry_is_one_line_naming_entry_and_field(tmp_path: Path, entry: str, field: str) -> None:
    path = _registry(tmp_path, f"actors:\n- {entry}\n")
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    assert (err.value.file, err.value.entry, err.value.field) == (str(path), "a", field)


def test_an_unknown_means_is_refused_naming_the_types(tmp_path: Path) -> None:
    path = _registry(tmp_path, "actors:\n- {id: a, name: A, kind: state, generic: true, means: bombing}\n")
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    assert (err.value.entry, err.value.field) == ("a", "means") and "unknown attack type 'bombing'" in str(err.value)


# ------------------------------------------------------------------ mails and exports


def test_mail_and_export_carry_the_canonical_name(tmp_path: Path, database_url: str) -> None:
    config = load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                      recipients=[{"email": "watch@basewatch.test"}]))
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    with sessions.begin() as session:
        session.add(store.Source(id="outlet-ar", name="Outlet AR", country="IQ", language="ar",
                                 kind="regional", error_streak=0, articles_total=0, extraction_failures=0))
    text = "أعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة عين الأسد بصاروخين فجر اليوم."
    fetched = FetchedArticle(source_id="outlet-ar", url="http://127.0.0.1:9/ar/story-1", fetched_at=PUB,
                             entry_title="استهداف قاعدة عين الأسد", entry_published=PUB, language="ar")
    with sessions.begin() as session:
        result = Ingestor(config, default_gazetteer()).ingest(
            session, fetched, Extracted(text=text, title="استهداف قاعدة عين الأسد", language="ar", method="test"),
            now=PUB)
    assert len(result.new_incidents) == 1
    with sessions() as session:
        (row,) = session.query(store.Outbox).all()
        message = mail.render(session, row, from_address="alerts@basewatch.test")
        (record,) = export.incident_records(session)
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    claimed = next(line for line in plain.splitlines() if line.startswith("Claimed by"))
    assert claimed.split(":", 1)[1].strip() == "Islamic Resistance in Iraq"
    assert "Islamic Resistance in Iraq" in html
    assert record.actor == "Islamic Resistance in Iraq"


# Attackers named only by what they are, in the Urdu and Hindi press's words ('شدت پسند',
# 'عسکریت پسند', 'उग्रवादी', 'आतंकवादी'): the registry's Militants, as 'militants' in English.
SOUTH_ASIAN_MILITANTS = [
("ur", "شدت پسندوں نے بنوں چھاؤنی پر حملہ کیا جس میں پانچ فوجی شہید ہوگئے۔"),
("ur", "عسکریت پسندوں نے رات گئے میران شاہ میں فوجی کیمپ پر راکٹ داغے۔"),
("hi", "उग्रवादियों ने मणिपुर में असम राइफल्स के शिविर पर हमला किया।"),
]


@pytest.mark.parametrize("lang, text", SOUTH_ASIAN_MILITANTS)
def test_militants_in_urdu_and_hindi_words_are_the_attacker(lang: str, text: str) -> None:
    reports = detect(text, language=lang, published=PUB).reports
    assert reports and reports[0].actor == "Militants"
