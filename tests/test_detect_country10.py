"""Country of an unnamed installation on unseen news (issue 16, class 4): the owner's nationality, origins, victims."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _countries(text: str, gaz) -> list[str | None]:
    det = detect(text, gazetteer=gaz)
    assert det.reports, text
    assert all(r.base_id is None for r in det.reports)  # unnamed: the country comes from the text
    return [r.country for r in det.reports]


@pytest.mark.parametrize(("text", "country"), [
    # the nationality of a state with no installations abroad, on the installation itself, places it
    ("Militants attack army post\nMilitants attacked a Pakistani security post overnight, killing two soldiers.", "PK"),
    ("Gunmen stormed an Indian army camp before dawn, killing three soldiers.", "IN"),
    ("Jihadists overran a Malian army camp on Sunday, killing at least ten soldiers.", "ML"),
    ("Des jihadistes ont attaqué un camp militaire malien dimanche, tuant dix soldats.", "ML"),
    ("Des hommes armés ont attaqué un poste de l'armée pakistanaise dans la nuit.", "PK"),
    ("Боевики атаковали пакистанский военный пост ночью, погибли два солдата.", "PK"),
    # Arabic: the masculine and indefinite forms of the nationality, after the noun
    ("هاجم مسلحون موقعا للجيش الباكستاني فجر اليوم ما أدى إلى مقتل جنديين.", "PK"),
    ("هاجم مسلحون قاعدة عسكرية باكستانية فجر اليوم.", "PK"),
])
def test_the_owners_nationality_places_an_installation_nothing_else_places(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "country"), [
    # states with installations abroad: their nationality alone says nothing of where it lies
    ("Gunmen attacked a Turkish military outpost overnight, killing one soldier.", None),
    ("Al-Shabaab attacked a Kenyan army camp on Tuesday, killing four soldiers.", None),
    ("Drones struck a Russian airfield overnight, damaging two aircraft, the ministry said.", None),
    ("هاجم مسلحون قاعدة عسكرية تركية فجر اليوم.", None),
    # the attacker's nationality, with the attack words between, is not the owner's
    ("Pakistani jets struck an Afghan army post overnight, killing three soldiers.", "AF"),
    ("Syrian rebels overran an army post on Sunday, killing four soldiers.", None),
    # a place the text names still comes first
    ("Gunmen attacked a Nigerian army base in Borno State, killing six soldiers.", "NG"),
    ("Militants attacked a Pakistani army post in Paktika province overnight.", "AF"),
])
def test_controls_of_the_owners_nationality(text: str, country: str | None, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


def _placed(text: str) -> list[tuple[str | None, str | None]]:
    det = detect(text)  # the shipped gazetteer: named bases resolve
    assert det.reports, text
    return [(r.base_id, r.country) for r in det.reports]


def test_a_groups_home_country_in_the_lede_does_not_place_the_headlines_base() -> None:
    # "Yemen's" qualifies the group that fired: the headline's unnamed base is the named one, in Israel
    text = ("Houthis claim strike on Israeli base\n"
            "Yemen's Houthi movement said its forces fired two drones at Nevatim airbase overnight. "
            "The Israeli military said one drone was intercepted.")
    assert _placed(text) == [("il-nevatim", "IL")]


@pytest.mark.parametrize(("text", "country"), [
    ("Lebanon's Hezbollah fired rockets at an army post on Tuesday, the Israeli military said.", None),
    # controls: the group's home stands aside; the place the line names still places the base
    ("Militants storm army base\nSomalia's al-Shabaab said its fighters overran a military base in Lower Shabelle.",
     "SO"),
    ("Drone strikes army base\nYemen's army said a Houthi drone struck a military base in Marib.", "YE"),
    # a heading's country before a colon, and a group named by what its men are, are no group's home
    ("Pakistan: militants attacked an army post overnight, killing two soldiers.", "PK"),
    ("Rockets hit a military base in Syria on Monday. Lebanon's Hezbollah denied any part in the attack.", "SY"),
])
def test_a_country_owning_the_group_after_it_is_not_the_place(text: str, country: str | None, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "country"), [
    # where the weapon came from is the attacker's side: Hebrew writes "from" as a clitic on the country
    ("רקטה ששוגרה מלבנון פגעה בבסיס צבאי, לא היו נפגעים.", None),
    ('כטב"ם ששוגר מלבנון פגע בבסיס צבאי בצפון, שני חיילים נפצעו.', None),
    # Arabic: "from" right after the launch verb or the weapon
    ("طائرة مسيرة أطلقت من لبنان استهدفت قاعدة عسكرية، بحسب الجيش.", None),
    ("صواريخ أطلقت من العراق سقطت على قاعدة عسكرية فجر اليوم.", None),
    ("صواريخ أطلقت من جنوب لبنان سقطت على قاعدة عسكرية في الجليل الأعلى.", "IL"),
    ("استهدفت طائرة مسيرة قاعدة عسكرية بالقرب من دمشق فجر اليوم.", "SY"),
    # French: the singular and feminine participles before "depuis" are origins too
    ("Un drone lancé depuis le Liban a frappé une base militaire.", None),
    # controls: the place after the origin, and a locative clitic, still place it
    ("רקטה ששוגרה מלבנון פגעה בבסיס צבאי ברמת הגולן, לא היו נפגעים.", "SY"),
    ('כטב"ם פגע בבסיס צבאי בלבנון, כך נמסר.', "LB"),
    ("Un drone lancé depuis le Yémen a frappé une base militaire en Arabie saoudite.", "SA"),
])
def test_the_country_a_weapon_was_launched_from_does_not_place_the_base(text: str, country: str | None,
                                                                        places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "country"), [
    # Golan towns and Mount Hermon take the recognised code (SY), as the gazetteer's Golan sites do
    ("Hezbollah fired rockets at an army post near Majdal Shams on Sunday.", "SY"),
    ("A drone struck a military position on Mount Hermon overnight, the army said.", "SY"),
    ("רחפן נפץ פגע במוצב צבאי בהר החרמון.", "SY"),
    # spellings the places list lacked
    ("Rockets struck a military base near Hilla, police said.", "IQ"),
    ("Ukrainian drones attacked a military site in Novorossiysk overnight.", "RU"),
    ("Українські дрони атакували військовий аеродром у Таганрозі вночі.", "RU"),
    ("Al-Shabaab fighters attacked a military base in Galmudug, killing four soldiers.", "SO"),
    # Turkish: Damascus and Homs only in their place phrases (bare "Şam" and "humus" are pistachio and hummus)
    ("İsrail savaş uçakları Şam yakınlarındaki bir askeri üssü vurdu, iki asker öldü.", "SY"),
    ("Şam fıstığı hasadı başladı; İsrail uçakları Humus yakınlarındaki bir askeri üssü vurdu.", "SY"),
    # collision control: the Lebanese village of Shebaa stays in Lebanon
    ("An Israeli drone struck a Hezbollah position near Shebaa on Monday.", "LB"),
])
def test_places_the_regional_press_names(text: str, country: str, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]


@pytest.mark.parametrize(("text", "country"), [
    # the country that suffers the attack, opening the sentence, is the victim: where the base is
    ("Siria sufrió un nuevo ataque contra una base militar el lunes.", "SY"),
    ("Сирия подверглась новому удару по военной базе ночью.", "SY"),
    ("Україна зазнала нового удару по військовому аеродрому вночі.", "UA"),
    ("Suriye, askeri bir üsse yönelik yeni bir saldırıya maruz kaldı.", "SY"),
    # controls: the striker opening the sentence stays the striker when the suffering is another clause's
    ("İsrail savaş uçakları dün gece bir askeri üssü vurdu; üs ağır hasara maruz kaldı.", None),
    ("Israel struck an army base in the night, killing two soldiers.", None),
    ("Iraq suffered another drone attack on a military base on Sunday.", "IQ"),
])
def test_a_country_suffering_the_attack_is_where_it_was(text: str, country: str | None, places_gaz) -> None:
    assert _countries(text, places_gaz) == [country]
