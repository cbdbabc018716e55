"""Country and attacker on unseen news (FIELDS12): the reporting side, the attacker and the target's
owner are three slots; a group's home and a place held by another state. The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday


def _first(text: str, lang: str):
    """The first report of a text that must be a strike."""
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    return found.reports[0]


def _ids(cases: list[tuple]) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


# The party whose statement names another attacker only reports it; an unnamed installation in occupied
# Crimea is Russia's, so Ukraine may strike it.
SAYERS = [
    ("en", "Russia said Ukraine attacked a military airfield in Crimea overnight with 20 drones.", "Ukraine"),
    ("en", "The SDF said a Turkish drone hit a military base in Hasakah province on Tuesday.", "Turkey"),
    ("en", "Afghanistan's Taliban government said Pakistani jets struck a military post in Khost province.", "Pakistan"),
    ("ar", "قالت قوات سوريا الديمقراطية إن طائرة مسيرة تركية قصفت قاعدة عسكرية في ريف الحسكة.", "Turkey"),
    ("ru", "Минобороны РФ заявило, что Украина атаковала военный аэродром в Крыму беспилотниками.", "Ukraine"),
]

# Alone, or with the other party its own side, the speaker keeps its claim.
SPEAKERS_KEPT = [
    ("en", "Hezbollah said it fired rockets at an Israeli army base near Safed on Tuesday.", "Hezbollah"),
    ("en", "Israel's army said Hezbollah fired rockets at a military base in northern Israel on Monday.", "Hezbollah"),
    ("en", "Ukrainian forces struck a military airfield near Melitopol overnight, the town's exiled mayor said.",
     "Ukraine"),
]


@pytest.mark.parametrize("lang,text,attacker", SAYERS + SPEAKERS_KEPT, ids=_ids(SAYERS + SPEAKERS_KEPT))
def test_the_sayer_yields_to_the_attacker_it_names(lang: str, text: str, attacker: str) -> None:
    assert _first(text, lang).actor == attacker


# States by their bare names as subjects, in the scripts that write them so.
STATE_NAMES = [
    ("fa", "روسیه اعلام کرد اوکراین با پهپاد به یک فرودگاه نظامی در کریمه حمله کرد.", "Ukraine"),
    ("fa", "ارتش روسیه با موشک به یک فرودگاه نظامی در استان اودسا حمله کرد.", "Russia"),
    ("ur", "روس نے کہا کہ یوکرین نے کریمیا میں ایک فوجی ہوائی اڈے پر ڈرون سے حملہ کیا۔", "Ukraine"),
    ("hi", "रूस ने यूक्रेन के पोल्टावा क्षेत्र में एक सैन्य हवाई अड्डे पर मिसाइल हमला किया।", "Russia"),
    ("he", "כלי תקשורת בסוריה דיווחו כי ישראל תקפה בסיס צבאי ליד חומס.", "Israel"),
    ("fr", "La Russie a frappé un aérodrome militaire dans la région de Poltava, a indiqué l'armée de l'air.", "Russia"),
    ("fr", "Les médias syriens ont indiqué qu'Israël avait frappé une base militaire près de Damas.", "Israel"),
    ("uk", "Сили оборони уразили військовий аеродром у Саратовській області.", "Ukraine"),
]


@pytest.mark.parametrize("lang,text,attacker", STATE_NAMES, ids=_ids(STATE_NAMES))
def test_a_state_named_bare_is_the_attacker(lang: str, text: str, attacker: str) -> None:
    assert _first(text, lang).actor == attacker


def test_a_state_is_never_the_attacker_of_its_own_base() -> None:
    report = _first("موشک‌های روسی یک فرودگاه نظامی در اوکراین را هدف قرار دادند.", "fa")
    assert report.actor != "Ukraine"


# Turkish: a state in the genitive is the subject of the verbal noun or attack noun after it; a
# case-marked name between is a place, a bare one another subject.
GENITIVES = [
    ("tr", "Rusya Savunma Bakanlığı, Ukrayna'nın Belgorod bölgesindeki bir askeri havaalanına İHA'larla "
           "saldırdığını açıkladı.", "Ukraine"),
    ("tr", "İsrail'in Suriye'deki bir askeri üsse düzenlediği hava saldırısında iki asker öldü.", "Israel"),
    ("tr", "Rusya'nın Kırım'daki askeri havaalanına Ukrayna İHA'larla saldırdı.", "Ukraine"),
]


@pytest.mark.parametrize("lang,text,attacker", GENITIVES, ids=_ids(GENITIVES))
def test_a_genitive_state_did_the_attack(lang: str, text: str, attacker: str) -> None:
    assert _first(text, lang).actor == attacker


# The group owning the installation through an owner link is its side, never the attacker.
def test_the_owner_after_a_link_is_not_the_attacker() -> None:
    report = _first('מטוסי קרב של חיל האוויר תקפו בסיס של חיזבאללה בבקעת הלבנון, כך נמסר מצה"ל.', "he")
    assert report.actor != "Hezbollah"
    assert _first('חיזבאללה שיגר כטב"ם לעבר בסיס של צה"ל בגליל.', "he").actor == "Hezbollah"


# A speaker that goes on as the subject of the attack claims it; one that tells what it suffered or
# repelled does not.
SELF_CLAIMS = [
    ("ar", "أعلن الجيش الإسرائيلي أنه شن غارات على قاعدة عسكرية قرب دمشق.", "Israel"),
    ("ar", "قالت وزارة الدفاع الروسية إنها استهدفت مطارا عسكريا أوكرانيا في منطقة بولتافا.", "Russia"),
    ("fr", "L'armée israélienne a annoncé avoir frappé une base militaire près de Damas.", "Israel"),
    ("ar", "قال الجيش العراقي إنه صد هجوما على قاعدة عسكرية في محافظة ديالى.", None),
    ("ar", "قال الجيش الأمريكي إنه تعرض لهجوم بطائرة مسيرة في قاعدة عسكرية شرق سوريا.", None),
]


@pytest.mark.parametrize("lang,text,attacker", SELF_CLAIMS, ids=_ids(SELF_CLAIMS))
def test_a_speaker_claiming_its_own_attack(lang: str, text: str, attacker: str | None) -> None:
    assert _first(text, lang).actor == attacker


# The group's home places a base its men stormed, not one it fired at from afar.
HOMES = [
    ("en", "Somalia's al-Shabaab militants stormed a military base early on Tuesday, killing five soldiers.", "SO"),
    ("en", "Nigeria's ISWAP fighters stormed an army base early on Saturday, killing nine soldiers.", "NG"),
    ("en", "Lebanon's Hezbollah fired rockets at an army base on Monday, the group said.", None),
    ("en", "Yemen's Houthis fired a ballistic missile at a military base on Thursday.", None),
]


@pytest.mark.parametrize("lang,text,country", HOMES, ids=_ids(HOMES))
def test_the_home_of_a_group_that_stormed_the_base(lang: str, text: str, country: str | None) -> None:
    assert _first(text, lang).country == country


# Regions the places list now spells as their press does.
REGIONS = [
    ("ur", "بلوچ لبریشن آرمی نے کیچ میں ایف سی کے ایک کیمپ پر حملے کی ذمہ داری قبول کر لی۔", "PK"),
    ("ru", "Дроны атаковали военный аэродром в Оренбургской области.", "RU"),
    ("ru", "Беспилотники атаковали военный аэродром в Ивановской области.", "RU"),
    ("uk", "Сили оборони уразили військовий аеродром у Ліпецькій області.", "RU"),
    ("fa", "گروه الشباب به یک پایگاه نظامی در منطقه شبیله سفلی حمله کرد.", "SO"),
    ("ar", "هاجم مسلحون موقعا عسكريا في إقليم بلوشستان جنوب غربي البلاد.", "PK"),
    ("tr", "Eş-Şebab militanları Aşağı Şabelle bölgesindeki bir askeri üsse saldırdı.", "SO"),
]


@pytest.mark.parametrize("lang,text,country", REGIONS, ids=_ids(REGIONS))
def test_a_region_places_the_base(lang: str, text: str, country: str) -> None:
    assert _first(text, lang).country == country


# A party right before the attack verb is its subject even after a statement verb ("mengatakan militer Ukraina
# menyerang"); one right after an attack noun with "against" after it is its doer ("une attaque du JNIM contre").
SUBJECTS = [
    ("id", "Gubernur wilayah Kursk mengatakan militer Ukraina menyerang pangkalan udara militer di wilayahnya.",
     "Ukraine"),
    ("fr", "L'armée malienne a repoussé une attaque du JNIM contre un camp militaire près de Mopti.", "JNIM"),
]


@pytest.mark.parametrize("lang,text,attacker", SUBJECTS, ids=_ids(SUBJECTS))
def test_the_subject_of_the_attack_is_its_attacker(lang: str, text: str, attacker: str) -> None:
    assert _first(text, lang).actor == attacker


def test_the_speaker_after_the_attack_is_not_its_attacker() -> None:
    report = _first("Drones attacked a military base in eastern Syria overnight, said the US military.", "en")
    assert report.actor != "United States"
