"""Gazetteer breadth: the installations added for news nobody tuned for resolve in every script they list."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipelines.detect import detect, load_gazetteer
from pipelines.detect.normalize import norm, script_of

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 5, 11, 6, 0, tzinfo=UTC)

# The entries added for breadth, by region (ids in config/bases.yaml).
SOUTH_ASIA = (
    "pk-lahore-cantt", "pk-multan-cantt", "pk-gujranwala-cantt", "pk-jhelum-cantt", "pk-malir-cantt",
    "pk-hyderabad-cantt", "pk-okara-cantt", "pk-bahawalpur-cantt", "pk-mangla-cantt", "pk-nowshera-cantt",
    "pk-cherat", "pk-khuzdar-cantt", "pk-loralai-cantt", "pk-dg-khan-cantt", "pk-pano-aqil-cantt", "pk-karsaz",
    "pk-tarbela-ghazi", "pk-chitral-scouts", "in-agra", "in-bareilly", "in-gorakhpur", "in-jodhpur",
    "in-chandigarh", "in-sarsawa", "in-thoise", "in-nyoma", "in-pune", "in-tezpur", "in-hasimara", "in-bagdogra",
    "in-kalaikunda", "in-amritsar-afs", "in-jalandhar-cantt", "in-ferozepur-cantt", "in-akhnoor", "af-sharana",
    "af-camp-arena", "af-camp-morehead", "af-fahim-ndu", "af-fob-gamberi", "af-camp-eggers", "af-kunduz-airfield",
)
AFRICA = (
    "ml-boni", "ml-konna", "ml-nara", "ml-niono", "ml-anefis", "ml-tenenkou", "ml-nioro", "ml-kayes",
    "ml-tinzaouaten", "ml-bandiagara", "ml-mourdiah", "ml-sokolo", "bf-fada", "bf-titao", "bf-sebba", "bf-markoye",
    "bf-gorgadji", "bf-nouna", "bf-dedougou", "bf-tougan", "ne-torodi", "ne-makalondi", "ne-nguigmi", "ng-dikwa",
    "ng-gwoza", "ng-damboa", "ng-buni-yadi", "ng-gajiram", "ng-mafa", "ng-wajiroko", "ng-kukawa", "ng-bama",
    "ng-yola-naf", "ng-makurdi-naf", "sd-wad-madani-1st", "sd-shendi-3rd", "sd-kadugli-14th", "sd-geneina-15th",
    "sd-sinja-17th", "sd-kosti-18th", "sd-ed-daein-20th", "sd-zalingei-21st", "sd-babanusa-22nd", "so-bulo-burte",
    "so-halgan", "so-el-bur", "so-wajid", "so-hudur", "so-burhakaba", "so-qoryoley", "so-merca", "so-awdheegle",
    "so-bariire", "so-luuq", "so-garbaharey", "so-jazeera", "ke-moi-air-base", "ke-laikipia", "ke-wajir",
    "ke-kahawa", "ke-lanet", "et-harar-meda",
)
MIDDLE_EAST_EUROPE_GULF = (
    "ye-al-hafa", "ye-al-sawad", "ye-nahdain", "ye-jabal-attan", "ye-jabal-nuqum", "ye-al-urdi",
    "ye-first-armoured", "ye-balhaf", "ye-buraiqa-coalition", "il-elyakim", "il-nimra", "il-mount-adir",
    "il-al-abbad", "il-jal-al-deir", "il-ir-habahadim", "sy-ruwaisat-al-qarn", "sy-mastumah", "sy-marj-al-sultan",
    "lb-sheikh-abdallah", "lb-benoit-barakat", "lb-hamames-hill", "lb-labbouneh-hill", "lb-jabal-blat",
    "lb-aweida-hill", "il-ramot-naftali", "sy-birkat-al-naqar", "iq-batifa", "iq-deraluk", "iq-kdpi-koya",
    "iq-komala-zrgwez", "iq-kalsu", "by-machulishchy", "by-baranovichi", "ua-havryshivka", "ua-honcharivske",
    "ua-oktiabrske", "ru-zhukovsky", "az-nasosnaya", "az-kurdamir", "az-dollyar", "ae-al-bateen", "om-al-musannah",
    "td-baga-sola", "cm-amchide", "ml-farabougou", "ml-anderamboukane", "pk-mardan-cantt", "pk-attock-cantt",
    "pk-sibi-cantt", "in-jorhat", "in-chabua", "in-mamun-cantt", "ng-jakana", "ng-goniri",
)
NEW = SOUTH_ASIA + AFRICA + MIDDLE_EAST_EUROPE_GULF

# A neutral attack sentence per script, the alias in the slot. Hebrew writes the preposition as a
# clitic on the name, so that template also checks the clitic is peeled off.
TEMPLATES = {
    "other": "Drones struck {} before dawn on Sunday.",
    "arabic": "استهدفت طائرات مسيرة {} فجر اليوم",
    "hebrew": "כטב\"ם פגע ב{} הלילה",
    "cyrillic": "Беспилотники атаковали {} ночью.",
    "indic": "ड्रोन ने {} पर हमला किया",
}


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(ROOT / "config" / "bases.yaml")


def _named(gaz, text: str) -> list[str]:
    """Ids of the installations a sentence names outright."""
    return [h.base.id for h in gaz.find_both(norm(text))[0]]


def _beside(gaz, text: str) -> list[str]:
    """Ids of the installations a sentence places something next to."""
    return [h.base.id for h in gaz.find_both(norm(text))[1]]


def test_every_new_installation_is_in_the_gazetteer_once(gaz) -> None:
    assert len(set(NEW)) == len(NEW) >= 150
    missing = [i for i in NEW if gaz.get(i) is None]
    assert not missing


@pytest.mark.parametrize("base_id", NEW)
def test_each_name_and_alias_resolves_in_a_sentence_of_its_script(gaz, base_id: str) -> None:
    base = gaz.get(base_id)
    assert base is not None
    for alias in (base.name, *base.aliases):
        text = TEMPLATES[script_of(norm(alias))].format(alias)
        assert _named(gaz, text) == [base_id], (alias, text)


@pytest.mark.parametrize("base_id", NEW)
def test_each_town_beside_a_new_installation_places_it_but_does_not_name_it(gaz, base_id: str) -> None:
    base = gaz.get(base_id)
    assert base is not None
    for town in base.near:
        text = TEMPLATES[script_of(norm(town))].format(town)
        assert _named(gaz, text) == [] and _beside(gaz, text) == [base_id], (town, text)


def test_no_new_hindi_alias_is_a_single_word(gaz) -> None:
    """The file's rule: a one-word Devanagari name can read like a common phrase once normalised."""
    for base in map(gaz.get, NEW):
        for alias in (base.name, *base.aliases, *base.near):
            if script_of(norm(alias)) == "indic":
                assert len(norm(alias).split()) >= 2, (base.id, alias)


# Everyday sentences of our own that name no installation, only towns: the new aliases must not read
# into them (a town beside a base is a place next to it, never the base itself).
EVERYDAY = (
    "The army chief visited Lahore and Karachi to meet traders; the cantonment board raised taxes.",
    "Kabul said flights resumed and the airport reopened to passengers on Monday.",
    "وزير الدفاع زار المعسكر الجديد في العاصمة وتحدث عن التدريب والجاهزية",
    "لاہور میں بارش کے بعد شہر کی سڑکیں پانی میں ڈوب گئیں اور فوج نے مدد کی",
    "وزیر دفاع در کابل گفت که ارتش آماده است و فرودگاه باز است",
    "आज सेना प्रमुख ने आगरा और जोधपुर में जवानों से मुलाकात की",
    "Министр обороны посетил аэродром и встретился с лётчиками",
    "Le ministre s'est rendu à Kayes et à Nara pour inaugurer un marché et une école.",
    "Wakulima wa Wajir na Merca walipata mvua nzuri msimu huu.",
    "The governor opened a new hospital in Bama and a school in Gwoza on Monday.",
    # India has a Punjab Regimental Centre too (Ramgarh); "an island camp" is no Mogadishu camp
    "Recruits marched at the Punjab Regimental Centre in Ramgarh on Saturday.",
    "أقام الصيادون معسكر جزيرة صغيرة قرب الشاطئ",
    "הוא חזר מזה שבוע מהמילואים ולא שמע על כך",
)


# More spellings of installations already listed, as the Urdu and Hindi press writes them: the noun
# "air base" written as one word or two ("ایئربیس" / "ایئر بیس", "एयरबेस" / "एयर बेस"), each side's
# bases in the other side's script, Israeli air bases in both.
@pytest.mark.parametrize(("text", "base_id"), [
    ("ایران نے رامون ایئربیس پر میزائل داغے", "il-ramon"),
    ("रात में नेवातिम एयरबेस पर मिसाइलें गिरीं", "il-nevatim"),
    ("حتسور ایئربیس پر ڈرون حملہ ہوا", "il-hatzor"),
    ("رات گئے پٹھانکوٹ ایئر بیس پر دھماکے سنے گئے", "in-pathankot"),
    ("आतंकियों ने पठानकोट एयर बेस पर हमला किया", "in-pathankot"),
    ("بھارتی ڈرون نے ہلواڑہ ائیر بیس کو نشانہ بنایا", "in-halwara"),
    ("پاکستانی میزائلوں نے بٹھنڈہ ایئربیس کو نشانہ بنایا", "in-bhisiana"),
    ("भारतीय वायुसेना ने स्कर्दू एयर बेस पर हमला किया", "pk-skardu"),
    ("मियांवाली एयरबेस पर ड्रोन गिरा", "pk-mianwali"),
    # the Hindi press also writes "air force station" and "air force base" in Hindi words; the Urdu
    # press writes the PAF's own "PAF Base X" in Urdu letters
    ("पाकिस्तानी ड्रोन अंबाला एयरफोर्स स्टेशन के पास गिरा", "in-ambala"),
    ("भारत ने सरगोधा वायुसेना अड्डे को निशाना बनाया", "pk-sargodha"),
    ("हलवारा वायुसेना स्टेशन के पास धमाका हुआ", "in-halwara"),
    ("آئی ایس پی آر کے مطابق پی اے ایف بیس نور خان پر میزائل گرے", "pk-nur-khan"),
    ("پی اے ایف بیس مرید پر ڈرون حملہ ہوا", "pk-murid"),
])
def test_urdu_and_hindi_spellings_of_air_bases(gaz, text: str, base_id: str) -> None:
    assert _named(gaz, text) == [base_id]


# The Arabic and Persian press named the Indian and Pakistani air bases struck in 2025 in its own spelling.
@pytest.mark.parametrize(("text", "base_id"), [
    ("استهدفت صواريخ هندية قاعدة نور خان الجوية قرب راولبندي", "pk-nur-khan"),
    ("قصفت باكستان قاعدة باثانكوت الجوية بالمسيرات", "in-pathankot"),
    ("ضربت مسيرات بقاعدة أدامبور فجر السبت", "in-adampur"),
    ("حمله موشکی به پایگاه هوایی سرگودها", "pk-sargodha"),
    ("پایگاه هوایی پاتانکوت هدف پهپادها قرار گرفت", "in-pathankot"),
])
def test_arabic_and_persian_spellings_of_south_asian_air_bases(gaz, text: str, base_id: str) -> None:
    assert _named(gaz, text) == [base_id]


# Russian and Ukrainian decline the noun that opens an alias ("на аэродроме Ейск", "по аэродрому",
# "на аеродромі Кача"); the matcher allows an ending only after the whole alias.
OBLIQUE = {
    "аэродром": ("аэродрома", "аэродроме", "аэродрому"), "аеродром": ("аеродрому", "аеродромі"),
    "авиабаза": ("авиабазы", "авиабазе", "авиабазу"), "авіабаза": ("авіабази", "авіабазі", "авіабазу"),
}


def test_every_russian_and_ukrainian_airfield_alias_resolves_in_its_oblique_cases(gaz) -> None:
    checked = 0
    for base in gaz:
        for alias in base.aliases:
            head, _, rest = alias.partition(" ")
            for form in OBLIQUE.get(head, ()):
                text = f"Ночью дроны ударили по {form} {rest}, есть повреждения."
                assert base.id in _named(gaz, text), (base.id, form, rest)
                checked += 1
    assert checked >= 300


@pytest.mark.parametrize(("text", "base_id"), [
    ("Ночью беспилотники атаковали самолёты на аэродроме Ейск.", "ru-yeysk"),
    ("Удар по аэродрому Борисоглебск нанесли ночью.", "ru-borisoglebsk"),
    ("Сили оборони уразили літаки на аеродромі Кача.", "ua-kacha"),
    ("Ракета попала в здание штаба Черноморского флота.", "ua-black-sea-fleet-hq"),
    ("Вибухи пролунали на військово-морській базі Очаків.", "ua-ochakiv"),
    ("Ракетный удар пришёлся по полигону Мулино.", "ru-mulino"),
    ("Бої точилися в аеропорту Гостомель.", "ua-hostomel"),
    ("ГУР уразило гелікоптери на аеродромі Октябрське в Криму.", "ua-oktiabrske"),
])
def test_a_declined_installation_noun_still_names_the_installation(gaz, text: str, base_id: str) -> None:
    assert _named(gaz, text) == [base_id]


# Turkish and Azerbaijani add the case to a lower-case possessive noun with no apostrophe to split it off.
def test_every_turkish_base_noun_alias_resolves_with_its_case_suffixes(gaz) -> None:
    suffixes = {"üssü": ("ne", "nde", "nden", "ndeki"), "karakolu": ("na", "nda"), "bölgesi": ("ne", "nde", "ndeki"),
                "bazası": ("na", "nda")}
    checked = 0
    for base in gaz:
        for alias in base.aliases:
            for suffix in suffixes.get(alias.split()[-1], ()):
                text = f"Gece saatlerinde {alias}{suffix} saldırı düzenlendi."
                assert base.id in _named(gaz, text), (base.id, alias + suffix)
                checked += 1
    assert checked >= 60


@pytest.mark.parametrize(("text", "base_id"), [
    ("Terör örgütü Bamerni üssüne roketli saldırı düzenledi.", "iq-bamarni"),
    ("Çukurca karakoluna yapılan saldırıda iki asker şehit oldu.", "tr-cukurca"),
    ("Hakurk üs bölgesindeki askerlerimize taciz ateşi açıldı.", "iq-hakurk"),
    ("PUA Kürdəmir hava bazasına düşdü.", "az-kurdamir"),
])
def test_a_turkish_case_suffix_on_the_base_noun_still_names_the_installation(gaz, text: str, base_id: str) -> None:
    assert _named(gaz, text) == [base_id]


# The Indian English press writes an air force station as "X Air Force base", "X IAF base", "the IAF base in X".
@pytest.mark.parametrize(("text", "base_id"), [
    ("Pakistani drones were shot down near the Bhuj Air Force base.", "in-bhuj"),
    ("Debris fell inside the Halwara IAF base, officials said.", "in-halwara"),
    ("An attack on the IAF base in Awantipora was foiled.", "in-awantipora"),
])
def test_indian_english_names_of_air_force_stations(gaz, text: str, base_id: str) -> None:
    assert _named(gaz, text) == [base_id]


# The Hebrew press names the Iranian and Syrian bases Israel strikes in its own spelling.
@pytest.mark.parametrize(("text", "base_id"), [
    ('צה"ל תקף את מתחם פרצ\'ין הלילה', "ir-parchin"),
    ("מטוסי חיל האוויר תקפו בבסיס ח'לח'לה בדרום סוריה", "sy-khalkhalah"),
    ("פיצוצים נשמעו בשדה התעופה הצבאי מזה שבדמשק", "sy-mezzeh"),
    ("בסיס חיל האוויר בהמדאן הותקף בגל השני", "ir-hamadan"),
])
def test_hebrew_spellings_of_iranian_and_syrian_bases(gaz, text: str, base_id: str) -> None:
    assert _named(gaz, text) == [base_id]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_sentences_name_none_of_the_new_installations(gaz, text: str) -> None:
    assert not set(_named(gaz, text)) & set(NEW)


# End to end: a short report of our own per region resolves to the new entry and its country.
@pytest.mark.parametrize(("text", "language", "base_id", "country"), [
    ("Militants stormed Malir Cantonment in Karachi on Tuesday, killing two soldiers.", "en", "pk-malir-cantt", "PK"),
    ("Pakistani drones targeted the Jalandhar Cantonment overnight, officials said.", "en", "in-jalandhar-cantt", "IN"),
    ("ملیر کینٹ پر دہشت گردوں کے حملے میں دو فوجی شہید ہو گئے", "ur", "pk-malir-cantt", "PK"),
    ("पाकिस्तानी ड्रोन ने अमृतसर एयरबेस पर हमला किया", "hi", "in-amritsar-afs", "IN"),
    ("Jihadists attacked the military camp near Sokolo at dawn, killing four soldiers.", "en", "ml-sokolo", "ML"),
    ("Des terroristes ont attaqué le camp militaire de Nioro du Sahel mardi matin.", "fr", "ml-nioro", "ML"),
    ("ISWAP fighters overran the Dikwa military base on Friday night, the army said.", "en", "ng-dikwa", "NG"),
    ("قصفت قوات الدعم السريع قيادة الفرقة 22 مشاة ببابنوسة بالمدفعية", "ar", "sd-babanusa-22nd", "SD"),
    ("Al-Shabaab fighters attacked the Bulo Burte base with mortars on Sunday.", "en", "so-bulo-burte", "SO"),
    ("Wanamgambo wa al-Shabaab walishambulia kambi ya kijeshi ya Wajir usiku wa Jumamosi.", "sw", "ke-wajir", "KE"),
    ("US warplanes struck Jabal Attan in Sanaa overnight, the Houthis said.", "en", "ye-jabal-attan", "YE"),
    ("شنت طائرات التحالف غارات على معسكر الحفا في صنعاء", "ar", "ye-al-hafa", "YE"),
    ("استهدف المقاومون قاعدة إلياكيم بسرب من المسيرات الانقضاضية", "ar", "il-elyakim", "IL"),
    ("Hezbollah fighters fired rockets at the Jal al-Deir post on Tuesday.", "en", "il-jal-al-deir", "IL"),
    ("Turkish drones hit near the Batifa base while PKK fighters attacked it with mortars.", "en", "iq-batifa", "IQ"),
    ("Iranian missiles struck the KDPI headquarters in Koya on Wednesday.", "en", "iq-kdpi-koya", "IQ"),
    ("Дроны атаковали аэродром Мачулищи в ночь на воскресенье, повреждён самолёт А-50.", "ru", "by-machulishchy", "BY"),
    ("Росія завдала ракетного удару по Гончарівському, є загиблі військові.", "uk", "ua-honcharivske", "UA"),
    ("استهدف المقاومون موقع تلة الحمامص بالصواريخ", "ar", "lb-hamames-hill", "LB"),
    ("Hezbollah fighters fired rockets at the Ramot Naftali barracks on Tuesday.", "en", "il-ramot-naftali", "IL"),
    ("A suicide bomber attacked the Marshal Fahim military academy in Kabul, killing six cadets.", "en",
     "af-fahim-ndu", "AF"),
])
def test_a_report_on_a_new_installation_resolves_to_it(text: str, language: str, base_id: str, country: str) -> None:
    reports = detect(text, language=language, published=NOW).reports
    found = [(r.base_id, r.country) for r in reports]
    assert (base_id, country) in found, found
