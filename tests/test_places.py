"""Places (config/places.yaml): an unnamed installation takes the country of the town or province named with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ONE_FAR_BASE
from pipelines.detect import detect, load_gazetteer
from pipelines.detect.gazetteer import load_places
from pipelines.detect.normalize import norm
from pipelines.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "config" / "places.yaml"


def _countries(text: str, places_gaz) -> list[str | None]:
    det = detect(text, gazetteer=places_gaz)
    assert det.reports, text
    assert all(r.base_id is None for r in det.reports)  # unnamed: the country must come from the place
    return [r.country for r in det.reports]


@pytest.mark.parametrize(("text", "country"), [
    # Arabic: an army camp in a Yemeni governorate
    ("هاجم مسلحون من تنظيم القاعدة معسكرا للجيش في محافظة شبوة فجر اليوم، ما أسفر عن مقتل خمسة جنود.", "YE"),
    # Turkish: a base in a district of Şırnak, the province written with its genitive suffix
    ("PKK'lı teröristler dün gece Şırnak'ın Beytüşşebap ilçesindeki bir askeri üsse havan topuyla saldırdı, "
     "iki asker yaralandı.", "TR"),
    # Russian: an airfield in an oblast written as an inflected adjective
    ("Беспилотники атаковали военный аэродром в Тамбовской области, сообщил губернатор.", "RU"),
    # Persian: Tehran counts as a place in a Persian location phrase
    ("شب گذشته چند پایگاه نظامی در جنوب غرب تهران هدف حمله پهپادی قرار گرفت.", "IR"),
])
def test_unnamed_installation_takes_the_country_of_its_province(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize("text", [
    "Drones launched from Turkey struck a military camp in Duhok province on Friday, wounding three guards.",
    "هاجمت طائرتان مسيرتان قاعدة عسكرية تركية في ناحية بامرني بمحافظة دهوك صباح اليوم.",
])
def test_the_owner_or_origin_country_does_not_override_the_place(text: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == ["IQ"]


def test_a_capital_that_names_its_government_is_not_a_place(places_gaz) -> None:
    text = "Tehran-backed militias launched a drone attack on a US military base in eastern Syria on Tuesday."
    assert _countries(text, places_gaz) == ["SY"]


def test_bad_country_code_names_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "places.yaml"
    bad.write_text("places:\n- {name: Abyan, country: YE}\n- {name: Testville, country: Yemen}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_places(bad)
    assert (err.value.file, err.value.entry, err.value.field) == (str(bad), "Testville", "country")
    assert str(bad) in str(err.value) and "Testville" in str(err.value)
    # the gazetteer reads places.yaml beside bases.yaml: the same error reaches the operator from there
    (tmp_path / "bases.yaml").write_text(ONE_FAR_BASE, encoding="utf-8")
    with pytest.raises(ConfigError, match="Testville"):
        load_gazetteer(tmp_path / "bases.yaml")


def test_shipped_places_are_valid_broad_and_unambiguous() -> None:
    places = load_places(PLACES)
    assert len(places) >= 600
    assert len({p.country for p in places}) >= 25
    owner: dict[str, str] = {}
    for place in places:
        for alias in (place.name, *place.aliases):
            key = norm(alias).strip()
            assert owner.setdefault(key, place.country) == place.country, f"{alias!r} is in two countries"


def test_no_place_hides_an_installation_name() -> None:
    """A place starts before the installation name written inside it and would win the match."""
    gaz = load_gazetteer(ROOT / "config" / "bases.yaml")
    names = {norm(a).strip() for b in gaz for a in (b.name, *b.aliases, *b.near)}
    for place in load_places(PLACES):
        for alias in (place.name, *place.aliases):
            words = norm(alias).split()
            inner = {" ".join(words[i:j]) for i in range(1, len(words)) for j in range(i + 1, len(words) + 1)}
            assert not inner & names, f"{alias!r} hides {inner & names}"


def test_a_place_the_attack_came_from_is_not_where_it_landed() -> None:
    from pipelines.detect import detect

    (report,) = detect("A military outpost was struck overnight by drones launched from Duhok.", language="en").reports
    assert report.base_id is None and report.country is None  # the text says where the drones came from, not the post
    (report,) = detect("Drones launched from Duhok struck a military outpost in Hakkari province overnight.",
                       language="en").reports
    assert report.country == "TR"


@pytest.mark.parametrize(("text", "country"), [
    ("Militants overrun army outpost\nThe attackers came at dawn. Officials in Shabwa said four soldiers "
     "were killed at the outpost.", "YE"),
    ("Suicide bombers hit army base\nFour soldiers were killed and nine wounded, officials in Mogadishu "
     "said on Friday.", "SO"),
])
def test_a_headline_installation_is_placed_by_the_lines_under_it(text: str, country: str, places_gaz) -> None:
    assert set(_countries(text, places_gaz)) == {country}


def test_a_country_the_attack_came_from_is_not_where_it_landed(places_gaz) -> None:
    assert _countries("Drones launched from Syria hit a military outpost overnight, wounding two soldiers.", places_gaz) == [None]


def test_a_country_far_off_in_another_clause_does_not_place_the_installation(places_gaz) -> None:
    text = ("Gunmen attacked an army outpost at dawn on Sunday, days after a drone strike that the group blamed "
            "on its rivals killed two of its commanders in Syria.\nThe outpost lies on the edge of Shabwa, officials said.")
    assert set(_countries(text, places_gaz)) == {"YE"}


@pytest.mark.parametrize(("text", "country"), [
    ("Due droni hanno colpito una base militare americana nel sud della Siria, vicino al confine con l'Iraq "
     "e la Giordania.", "SY"),
    ("Un ataque con drones alcanzó una base militar en el norte de Siria, según fuentes locales.", "SY"),
    ("Drony zaatakowały bazę wojskową w Syrii, poinformowały lokalne źródła.", "SY"),
    ("নাইজেরিয়ার একটি সামরিক ঘাঁটিতে জঙ্গিরা হামলা চালিয়েছে।", "NG"),
])
def test_country_names_in_each_language_place_the_installation(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "country"), [
    ("Foguetes lançados a partir do Iraque atingiram ontem uma base militar. A base fica na Síria, perto da "
     "fronteira.", "SY"),
    ("Des roquettes tirées depuis l'Irak ont frappé un poste militaire. Le poste se trouve en Syrie, près "
     "de la frontière.", "SY"),
])
def test_the_country_an_attack_came_from_is_passed_over_in_each_language(text: str, country: str, places_gaz) -> None:
    assert set(_countries(text, places_gaz)) == {country}


def test_a_dateline_town_far_off_yields_to_the_country_next_to_the_installation(places_gaz) -> None:
    text = ("BAGHDAD, March 3 (Wire Service) - Several rockets were fired late on Sunday night toward a remote military base "
            "in Syria that hosts coalition troops, officials said.")
    assert _countries(text, places_gaz) == ["SY"]


@pytest.mark.parametrize(("text", "country"), [
    # German writes the region into the country's name
    ("Eine Drohne traf in der Nacht einen Militärstützpunkt im Nordirak, teilte das Militär mit.", "IQ"),
    # Hebrew: "in the south of the country" is Israel in the Israeli press
    ("רקטה נפלה בבסיס צבאי בדרום הארץ, כך מסר צה\"ל.", "IL"),
    # Azerbaijani: a place with its locative suffix, beside the attacking country's name
    ("Ermənistan silahlı qüvvələri Naxçıvandakı hərbi bazanı atəşə tutub.", "AZ"),
    # Portuguese: a Mozambican province
    ("Insurgentes atacaram uma base militar na província de Cabo Delgado, segundo fontes locais.", "MZ"),
])
def test_regions_written_into_a_word_or_a_phrase_place_the_installation(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


def test_the_dateline_town_a_report_is_filed_from_does_not_place_the_installation(places_gaz) -> None:
    text = ("KIRKUK (Wire Service) – Two rockets were fired late on Friday in north-eastern Syria, a statement "
            "said.\nThe US patrol base was hit by both rockets at night, the statement added.")
    assert set(_countries(text, places_gaz)) == {"SY"}


# Failure class 4: a country that opens the sentence and is followed by the attack words is the
# attacker ("Israel struck ..."), so with no place written it does not place the installation.
@pytest.mark.parametrize("text", [
    "Israel struck an army base near the village of Qatana overnight, state media said.",
    "Israël a frappé une base militaire iranienne dans la nuit, selon les médias d'État.",
    "Израиль нанес удар по военной базе этой ночью, сообщили государственные СМИ.",
])
def test_the_attacking_country_at_the_head_of_the_sentence_does_not_place_the_installation(text: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [None]


# Arabic writes the subject after the verb: the country right after the attack verb struck.
@pytest.mark.parametrize(("text", "country"), [
    ("قصفت إسرائيل قاعدة عسكرية بطائرات مسيرة فجر اليوم.", None),
    ("هاجمت إيران قاعدة عسكرية في العراق بالصواريخ.", "IQ"),
    # Urdu marks the doer with نے: the country it follows struck; میں (in) marks a place
    ("اسرائیل نے رات گئے ایک فوجی اڈے پر ڈرون حملہ کیا۔", None),
    ("شام میں ایک فوجی اڈے پر ڈرون حملہ کیا گیا۔", "SY"),
])
def test_the_country_after_the_attack_verb_is_its_subject(text: str, country: str | None, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


# Control: a country whose army reports the attack is not its subject.
def test_the_country_whose_army_speaks_still_places_the_installation(places_gaz) -> None:
    text = "Pakistan's army said gunmen attacked an army camp in the restive southwest, killing three soldiers."
    assert _countries(text, places_gaz) == ["PK"]


# Controls: a country after a preposition or before a comma or colon is where the base lies.
@pytest.mark.parametrize("text", [
    "In Syria, rockets hit a military base that hosts coalition troops, officials said.",
    "Syria: jets struck a military base overnight, state media said.",
    "En Syrie, des roquettes ont frappé une base militaire de la coalition.",
])
def test_a_country_opening_a_locative_phrase_still_places_the_installation(text: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == ["SY"]


# A nationality written with a town noun places a town the places list lacks; before the noun in
# English and Russian, after the noun (and the town's name) in Arabic, French and Hebrew.
@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen stormed an army post in the Iranian city of Dehbar overnight, killing two guards.", "IR"),
    ("هاجم مسلحون مقرا عسكريا في مدينة دهبار الإيرانية فجر اليوم، ما أسفر عن مقتل حارسين.", "IR"),
    ("Des hommes armés ont attaqué un camp militaire dans la localité nigérienne de Tamou, tuant six soldats.", "NE"),
    ("Беспилотники атаковали военную базу в сирийском городе Тель-Хамис, сообщили местные источники.", "SY"),
    ("רחפן נפץ פגע הלילה בבסיס צבאי בעיירה הלבנונית דבל, כך נמסר.", "LB"),
    # a capital is a town noun too
    ("A drone struck a military base near the Iranian capital before dawn, state media said.", "IR"),
    ("Des hommes armés ont attaqué un camp militaire près de la capitale malienne.", "ML"),
])
def test_a_nationality_with_a_town_noun_places_an_unknown_town(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


# Control: a nationality that does not qualify the town names the attacker, not the place.
def test_a_nationality_away_from_the_town_noun_places_nothing(places_gaz) -> None:
    text = "Iranian drones struck an army post near the town of Dehbar, officials said."
    assert _countries(text, places_gaz) == [None]


# A country named as the group's patron or as the attack's motive is not where the base lies.
@pytest.mark.parametrize("text", [
    "Late on Sunday, Iran-backed fighters attacked a military base near Qatana, the coalition said.",
    "Fighters backed by Iran attacked a military base near Qatana overnight, the coalition said.",
    "استهدفت فصائل مدعومة من إيران قاعدة عسكرية فجر اليوم، وفق مصادر محلية.",
    "The group attacked an American base in response to the crimes of the enemy in the Gaza Strip.",
    "استهدفت المقاومة قاعدة أمريكية بطائرة مسيرة ردا على مجازر الاحتلال في غزة.",
])
def test_a_patron_or_a_motive_does_not_place_the_installation(text: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [None]


# Control: the place written with the installation still counts beside a motive.
def test_the_place_beside_a_motive_still_places_the_installation(places_gaz) -> None:
    text = "The group attacked a US base in Syria in response to the crimes of the enemy in the Gaza Strip."
    assert _countries(text, places_gaz) == ["SY"]


# The region names the town phrase, so two unknown towns of one country are two regions.
def test_a_town_placed_by_its_nationality_keeps_its_name_in_the_region(places_gaz) -> None:
    regions = []
    for town in ("دهبار", "كوهسار"):
        det = detect(f"هاجم مسلحون مقرا عسكريا في مدينة {town} الإيرانية فجر اليوم.", gazetteer=places_gaz)
        assert [r.country for r in det.reports] == ["IR"]
        regions.append(det.reports[0].region)
    assert len(set(regions)) == 2


# A border named by the country across it: the installation lies beside that country, mostly in the
# other one, so the country word does not place it; a place or country written as its location still does.
@pytest.mark.parametrize(("text", "country"), [
    ("Insurgents overran an army outpost close to the border with Niger before dawn, killing six soldiers.", None),
    ("Insurgents overran an army outpost close to the Pakistan-Afghanistan border, killing six soldiers.", None),
    ("Insurgents overran an army outpost in Mali close to the border with Niger, killing six soldiers.", "ML"),
    ("اقتحم مسلحون معسكرا للجيش بالقرب من الحدود مع السعودية وقتلوا ثلاثة جنود.", None),
    ("قصفت طائرة مسيرة قاعدة عسكرية في سوريا بالقرب من الحدود مع العراق.", "SY"),
    ("شبه‌نظامیان شب گذشته به یک پاسگاه نظامی نزدیک مرز افغانستان حمله کردند.", None),
    ("عسکریت پسندوں نے رات گئے افغانستان کی سرحد کے قریب ایک فوجی چوکی پر حملہ کیا۔", None),
    ("Ночью дроны атаковали военный аэродром недалеко от границы с Украиной.", None),
    ("Teröristler gece saatlerinde Irak sınırına yakın bir askeri üsse saldırdı.", None),
    ("Des hommes armés ont attaqué un camp militaire non loin de la frontière avec le Niger.", None),
    ("מחבלים פתחו באש לעבר מוצב צבאי סמוך לגבול עם לבנון.", None),
])
def test_the_country_across_a_border_does_not_place_the_installation(text: str, country: str | None, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


# Where the verb ends the clause, a country opening the sentence bare, with a comma or the object
# marker after it, is the subject that struck; a locative carries its case ending or preposition.
@pytest.mark.parametrize(("text", "country"), [
    ("İsrail, başkent yakınlarındaki bir askeri havaalanını gece saatlerinde füzelerle vurdu.", None),
    ("اسرائیل به یک پایگاه نظامی نزدیک پایتخت حمله کرد.", None),
    ("اسرائیل، یک پایگاه نظامی نزدیک پایتخت را هدف قرار داد.", None),
    ("İran, Irak'taki bir askeri üsse füzelerle saldırdı.", "IQ"),
    ("Suriye'de bir askeri üsse gece saatlerinde İHA ile saldırı düzenlendi.", "SY"),
])
def test_a_country_opening_a_verb_final_sentence_is_its_subject(text: str, country: str | None, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


# A base named after its town: "the US base in the town of X" names the base, and the town noun
# after the installation noun only says where it is, so it is no other target.
TOWN_BASE = """
bases:
- id: sy-test-town-base
  name: Nouriya base
  aliases: [Nouriya, النورية, قاعدة النورية]
  country: SY
  lat: 36.0
  lon: 40.0
  source: written for a test
  kind: army base
"""


@pytest.mark.parametrize(("text", "strike"), [
    ("أعلنت الفصائل أنها قصفت القاعدة الأمريكية بمدينة النورية بالصواريخ فجر اليوم.", True),
    ("أعلنت الفصائل أنها قصفت القاعدة العسكرية في بلدة النورية بطائرة مسيرة.", True),
    # the town itself struck, the base a landmark
    ("قصفت الطائرات مدينة النورية قرب القاعدة الأمريكية، ما أدى إلى مقتل مدنيين.", False),
])
def test_a_town_noun_after_the_installation_noun_places_the_base_named_after_it(
        text: str, strike: bool, tmp_path: Path) -> None:
    (tmp_path / "bases.yaml").write_text(TOWN_BASE, encoding="utf-8")
    det = detect(text, gazetteer=load_gazetteer(tmp_path / "bases.yaml", places=PLACES))
    assert [(r.base_id, r.country) for r in det.reports] == ([("sy-test-town-base", "SY")] if strike else [])


# Spellings the places list lacked: French, Turkish, Urdu and a Russian oblast adjective.
@pytest.mark.parametrize(("text", "country"), [
    ("Des drones ont visé une base militaire près de Hassaké dans la nuit, selon une ONG.", "SY"),
    ("Des drones ont visé une base militaire près de Palmyre dans la nuit, selon une ONG.", "SY"),
    ("Teröristler Menbiç yakınlarındaki bir askeri üsse roketlerle saldırdı.", "SY"),
    ("خوارج نے مہمند میں ایک فوجی کیمپ پر رات گئے حملہ کیا۔", "PK"),
    ("Беспилотники атаковали военный аэродром в Житомирской области, сообщили в штабе.", "UA"),
    ("Des hommes armés ont attaqué un camp militaire dans la province du Soum.", "BF"),
])
def test_more_spellings_of_places_place_the_installation(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


# Countries in the language of the press that reports attacks there (the English names alone did
# not read "Ürdün", "اردن", "Пакистан", "Кувейт", "ניגריה", "Koweït").
@pytest.mark.parametrize(("text", "country"), [
    ("Militanlar dün gece Ürdün'deki bir askeri üsse İHA'larla saldırdı, iki asker yaralandı.", "JO"),
    ("عسکریت پسندوں نے اردن میں ایک فوجی اڈے پر ڈرون حملہ کیا۔", "JO"),
    ("Бойовики атакували військову базу в Пакистані, загинули троє військових.", "PK"),
    ("Беспилотник атаковал военную базу в Кувейте, сообщили военные.", "KW"),
    ("מחבלים תקפו בסיס צבאי בניגריה והרגו חמישה חיילים.", "NG"),
    ("Un drone a frappé une base militaire au Koweït, selon l'armée.", "KW"),
    ("Gunmen attacked an army camp in Egypt's north, killing four soldiers.", "EG"),
    ("افراد مسلح به یک پایگاه نظامی در نیجر حمله کردند.", "NE"),
])
def test_country_names_in_the_language_of_the_press(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


# Hebrew merges the article into a prefix ("בגליל" is in the Galilee): a place spelled with the
# article is also matched without it.
@pytest.mark.parametrize(("text", "country"), [
    ("חיזבאללה שיגר רקטות לעבר בסיס צבאי בגליל העליון, כך נמסר.", "IL"),
    ("כטב\"ם נפל בשטח בסיס צבאי בנגב, כך נמסר מצה\"ל.", "IL"),
    ("מטוסי קרב תקפו מחנה צבאי של חיזבאללה בבקאע, כך נמסר.", "LB"),
])
def test_a_hebrew_place_after_a_prefix_without_its_article(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


# In the title or the line before, the country that struck is not where the installation is: the
# country it struck, written after it, is.
@pytest.mark.parametrize(("text", "country"), [
    ("Israel hits Syria again\n\nWarplanes struck an army base close to the capital before dawn, a monitor said.", "SY"),
    ("Israel attacked Iran early on Saturday.\n\nWarplanes struck an army base close to the capital, state media said.", "IR"),
    ("إسرائيل تقصف سوريا مجددا\n\nقصفت طائرات حربية قاعدة عسكرية قرب العاصمة قبيل الفجر، وفق مرصد.", "SY"),
    ("حمله دوباره اسرائیل به سوریه\n\nجنگنده‌ها سحرگاه به یک پایگاه نظامی در نزدیکی پایتخت حمله کردند.", "SY"),
    ("Израиль ударил по Сирии снова\n\nСамолеты ночью ударили по военной базе под столицей, сообщили наблюдатели.", "SY"),
    ("İsrail, Suriye'yi yine vurdu\n\nSavaş uçakları gece saatlerinde başkent yakınlarındaki bir askeri üssü vurdu.", "SY"),
    # the country whose army reports it, not striking, still places it
    ("Pakistan's army said on Monday it had repelled an attack.\n\nGunmen stormed an army camp overnight, "
     "killing three soldiers.", "PK"),
])
def test_the_country_that_struck_in_another_line_does_not_place_the_installation(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "country"), [
    # the border oblasts as the Spanish, French, German and Polish press spell them
    ("Drones alcanzaron un aeródromo militar en la región de Bélgorod el lunes por la noche.", "RU"),
    ("Des drones ont frappé un aérodrome militaire dans la région de Koursk dans la nuit de lundi.", "RU"),
    ("Drohnen griffen in der Nacht einen Militärflugplatz im Gebiet Woronesch an.", "RU"),
    ("Rakiety spadły na bazę wojskową w obwodzie Briańsk w nocy.", "RU"),
    ("Un misil impactó contra una base militar en Járkov el martes.", "UA"),
    # towns of North Waziristan, Hiiraan and the Juba valley, Niger, Jammu and Manipur
    ("Militants attacked an army camp in Mir Ali late on Sunday, killing two soldiers.", "PK"),
    ("میر علی میں سیکیورٹی فورسز کے کیمپ پر حملہ کیا گیا۔", "PK"),
    ("Al-Shabaab fighters overran an army base in Mahas in the early hours, residents said.", "SO"),
    ("Militants stormed a military base in Sakow and seized weapons.", "SO"),
    ("Gunmen attacked an army base in Zinder overnight, killing three soldiers.", "NE"),
    ("Terrorists attacked an army camp in Udhampur early on Monday.", "IN"),
    ("Militants fired on an army post in Thoubal district on Wednesday.", "IN"),
    # Nigeria's Niger State is not the country Niger
    ("Bandits attacked a military base in Niger State, killing five soldiers.", "NG"),
    # the Spanish, French and Portuguese press's spellings of Middle Eastern places
    ("Un dron atacó una base militar en Raqa el domingo por la noche.", "SY"),
    ("Des roquettes ont visé une base militaire près de Mossoul dans la nuit.", "IQ"),
    ("Foguetes atingiram uma base militar na Galileia na segunda-feira.", "IL"),
    ("Un misil alcanzó una base militar en el valle de la Becá el martes.", "LB"),
    ("Milicianos atacaron una base militar en Hudaida el sábado.", "YE"),
])
def test_places_where_unnamed_installations_are_attacked(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]
